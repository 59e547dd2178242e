//! `/nhap`: the secretariat pastes a conclusion notice (in as many messages as Telegram needs)
//! or sends a `.txt`, `.docx`, `.xlsx` or `.csv`; the bot shows every proposed task, paged,
//! with buttons to drop or edit an item, change its unit, deadline or text, choose how groups
//! of units are assigned, and confirm. Nothing is saved as a task before the confirmation.

use super::dialogue::State;
use super::units::{self, Resolved};
use super::{Ctx, HandlerResult, UseCaseError, Who};
use crate::app::App;
use crate::domain::{Action, Lang, task_code};
use crate::i18n::{Args, I18n, Key};
use crate::import::commit::{self, CommitError, label, unassigned};
use crate::import::{self, Assignee, ImportError, MAX_CHARS, Reading};
use crate::store::{self, imports::Item};
use crate::text::fold::fold;
use crate::view::callback::{Callback, ImportAction};
use crate::view::import_preview::{self, PER_PAGE};
use crate::view::markup::truncate;
use crate::view::message::Button;
use crate::view::message::{button, keyboard};

type Toast = Result<Option<String>, UseCaseError>;

/// `/nhap [text]`: starts collecting a notice.
pub async fn command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let parts = if args.trim().is_empty() { Vec::new() } else { vec![args.to_string()] };
    cx.set_state(&State::ImportCollect { parts }).await?;
    let text = cx.t(Key::ImportAsk);
    cx.reply_keyboard(text, keyboard(vec![collect_row(cx)])).await
}

fn collect_row(cx: &Ctx<'_, '_>) -> Vec<Button> {
    vec![
        button(cx.t(Key::BtnImportProcess), Callback::ImportProcess),
        button(cx.t(Key::BtnCancel), Callback::Cancel),
    ]
}

/// One more piece of pasted text.
pub async fn collect_input(cx: &mut Ctx<'_, '_>, mut parts: Vec<String>, text: &str) -> HandlerResult {
    parts.push(text.to_string());
    let chars: usize = parts.iter().map(|p| p.chars().count()).sum();
    if chars > MAX_CHARS {
        cx.clear_state().await?;
        let text = error_text(cx, &ImportError::TooLarge);
        return cx.reply(text).await;
    }
    let count = parts.len();
    cx.set_state(&State::ImportCollect { parts }).await?;
    let args = Args::new().num("parts", count as f64).num("chars", chars as f64);
    let text = cx.ta(Key::ImportReceived, &args);
    cx.reply_keyboard(text, keyboard(vec![collect_row(cx)])).await
}

/// A notice read before the update's turn took the writer: a long `.docx`, PDF or pasted
/// notice takes a while to read, and everyone else's reports wait for the writer meanwhile.
#[derive(Debug)]
pub struct PreparedReading {
    pub fingerprint: String,
    pub reading: Result<Reading, ImportError>,
}

/// Reads the file `name` on a blocking thread, against the units as a reader sees them.
pub async fn prepare_file(app: &App, name: &str, bytes: Vec<u8>) -> Result<PreparedReading, UseCaseError> {
    let units = import::names_of(&store::units::list(&mut *app.store.conn().await?).await?);
    let (name, today) = (name.to_string(), app.today());
    let read = move || PreparedReading {
        fingerprint: file_fingerprint(&bytes),
        reading: import::read_file(&name, &bytes, &units, today),
    };
    tokio::task::spawn_blocking(read).await.map_err(|e| UseCaseError::Report(e.to_string()))
}

/// Reads what `who` has pasted during `/nhap`, as [`prepare_file`] does; `None` when they are
/// not collecting a notice.
pub async fn prepare_pasted(app: &App, who: &Who) -> Result<Option<PreparedReading>, UseCaseError> {
    let Some(State::ImportCollect { parts }) = who.dialogue.as_deref().and_then(State::from_json) else {
        return Ok(None);
    };
    let units = import::names_of(&store::units::list(&mut *app.store.conn().await?).await?);
    let today = app.today();
    let read = move || {
        let text = parts.join("\n");
        PreparedReading {
            fingerprint: import::fingerprint(&text),
            reading: import::read_text(&text, &units, today),
        }
    };
    tokio::task::spawn_blocking(read).await.map(Some).map_err(|e| UseCaseError::Report(e.to_string()))
}

fn file_fingerprint(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => import::fingerprint(text),
        Err(_) => import::fingerprint(&format!("{:x?}", &bytes[..bytes.len().min(1 << 16)])),
    }
}

/// "Xử lý": reads what was pasted.
pub async fn process_button(cx: &mut Ctx<'_, '_>) -> Toast {
    let Some(State::ImportCollect { parts }) = cx.state().await? else {
        return Ok(Some(cx.t(Key::ButtonStale)));
    };
    cx.clear_state().await?;
    let text = parts.join("\n");
    let fingerprint = import::fingerprint(&text);
    // Read before the turn, unless what was pasted changed in between.
    let reading = match cx.prepared.reading.take().filter(|p| p.fingerprint == fingerprint) {
        Some(prepared) => prepared.reading,
        None => {
            let units = store::units::list(cx.db()).await?;
            import::read_text(&text, &import::names_of(&units), cx.today())
        }
    };
    let name = cx.t(Key::ImportPastedName);
    handle_reading(cx, &name, reading, &fingerprint).await?;
    Ok(None)
}

/// A file sent during `/nhap` (or with `/nhap` as its caption), already downloaded and
/// usually already read.
pub async fn document(cx: &mut Ctx<'_, '_>, name: &str, bytes: &[u8]) -> HandlerResult {
    cx.clear_state().await?;
    // Read before the turn from these very bytes; read here only when it was not.
    let (reading, fingerprint) = match cx.prepared.reading.take() {
        Some(prepared) => (prepared.reading, prepared.fingerprint),
        None => {
            let units = store::units::list(cx.db()).await?;
            (import::read_file(name, bytes, &import::names_of(&units), cx.today()), file_fingerprint(bytes))
        }
    };
    handle_reading(cx, name, reading, &fingerprint).await
}

pub fn error_text(cx: &Ctx<'_, '_>, error: &ImportError) -> String {
    error_message(&cx.app.i18n, cx.lang(), error)
}

/// Why a file cannot be imported, in the user's words (the chat and `dondoc import` alike).
pub fn error_message(i18n: &I18n, lang: Lang, error: &ImportError) -> String {
    let key = match error {
        ImportError::Empty => Key::ImportEmpty,
        ImportError::TooLarge => Key::ImportTooLarge,
        ImportError::NotDocx => Key::ImportNotDocx,
        ImportError::NotPdf => Key::ImportNotPdf,
        ImportError::NoTextLayer => Key::ImportNoTextLayer,
        ImportError::NotSheet(_) => Key::ImportNotSheet,
        ImportError::MissingColumn(_) => Key::ImportMissingColumn,
        ImportError::NoTasks => Key::ImportNoTasks,
        ImportError::Unsupported => Key::ImportUnsupported,
    };
    let column = if let ImportError::MissingColumn(c) = error { *c } else { "" };
    i18n.t(lang, key, &Args::new().text("column", column).num("max", MAX_CHARS as f64))
}

async fn handle_reading(
    cx: &mut Ctx<'_, '_>,
    name: &str,
    reading: Result<Reading, ImportError>,
    fingerprint: &str,
) -> HandlerResult {
    let reading = match reading {
        Ok(r) => r,
        Err(e) => {
            let text = error_text(cx, &e);
            return cx.reply(text).await;
        }
    };
    let (member, now) = (cx.member_id(), cx.turn.now());
    let id = store::imports::create(cx.db(), member, name, &reading, fingerprint, now).await?;
    // Rows of a spreadsheet that carry the code of an existing task are that task: left out.
    let codes: Vec<String> = reading.proposals.iter().filter_map(|p| p.code.clone()).collect();
    if !codes.is_empty() {
        let existing = store::imports::existing_codes(cx.db(), &codes).await?;
        for mut item in store::imports::items(cx.db(), id).await? {
            if item.proposal.code.as_ref().is_some_and(|c| existing.contains(c)) {
                item.dropped = true;
                store::imports::update_item(cx.db(), id, &item).await?;
            }
        }
    }
    preview(cx, id, 0, false).await
}

/// A page of the preview (see [`crate::view::import_preview`]).
async fn preview(cx: &mut Ctx<'_, '_>, id: i64, page: usize, edit: bool) -> HandlerResult {
    let Some(header) = store::imports::get(cx.db(), id).await? else { return Ok(()) };
    let items = store::imports::items(cx.db(), id).await?;
    let units = store::units::list(cx.db()).await?;
    let shown = import_preview::Preview {
        import: &header,
        items: &items,
        units: &units,
        tasks: commit::task_count(&items, &units, header.split_groups),
        unassigned: unassigned(&items),
        page,
    };
    let (text, keyboard) = import_preview::page(&cx.app.i18n, cx.lang(), &shown);
    if edit { cx.edit_pressed(text, Some(keyboard)).await } else { cx.reply_keyboard(text, keyboard).await }
}

/// The import, if it is still under review and the member may act on it.
async fn open_import(cx: &mut Ctx<'_, '_>, id: i64) -> Result<Option<store::imports::Import>, UseCaseError> {
    if !cx.member().role.may(Action::Import) {
        return Ok(None);
    }
    Ok(store::imports::get(cx.db(), id).await?.filter(|i| i.state == "draft"))
}

async fn item(cx: &mut Ctx<'_, '_>, id: i64, seq: i64) -> store::Result<Option<Item>> {
    Ok(store::imports::items(cx.db(), id).await?.into_iter().find(|i| i.seq == seq))
}

fn page_of(seq: i64) -> usize {
    (seq.max(1) as usize - 1) / PER_PAGE
}

/// A button under a preview.
pub async fn button_pressed(cx: &mut Ctx<'_, '_>, id: i64, action: ImportAction) -> Toast {
    if !cx.member().role.may(Action::Import) {
        return Ok(Some(cx.t(Key::DeniedImport)));
    }
    let Some(header) = open_import(cx, id).await? else { return Ok(Some(cx.t(Key::ImportClosed))) };
    match action {
        ImportAction::Page(page) => preview(cx, id, page as usize, true).await?,
        ImportAction::Toggle(seq) => {
            let Some(mut it) = item(cx, id, seq).await? else { return Ok(Some(cx.t(Key::ButtonStale))) };
            it.dropped = !it.dropped;
            store::imports::update_item(cx.db(), id, &it).await?;
            preview(cx, id, page_of(seq), true).await?;
        }
        ImportAction::Split(split) => {
            store::imports::set_split(cx.db(), id, split).await?;
            preview(cx, id, 0, true).await?;
        }
        ImportAction::Edit(seq) => {
            let Some(it) = item(cx, id, seq).await? else { return Ok(Some(cx.t(Key::ButtonStale))) };
            let f = |key: Key, field: char| {
                button(cx.t(key), Callback::Import { id, action: ImportAction::Field(seq, field) })
            };
            let mut rows = vec![
                vec![f(Key::BtnImportLead, 'l'), f(Key::BtnImportDeadline, 'd')],
                vec![f(Key::BtnImportText, 't'), f(Key::BtnImportCoUnits, 'c')],
            ];
            if let Some(Assignee::Unknown(name)) =
                it.proposal.leads.iter().find(|l| matches!(l, Assignee::Unknown(_)))
            {
                rows.push(vec![button(
                    cx.ta(Key::BtnImportCreateUnit, &Args::new().text("name", truncate(name, 40))),
                    Callback::Import { id, action: ImportAction::CreateUnit(seq) },
                )]);
            }
            rows.push(vec![button(
                cx.t(Key::BtnBack),
                Callback::Import { id, action: ImportAction::Page(page_of(seq) as u32) },
            )]);
            let text = cx.ta(
                Key::ImportEditItem,
                &Args::new().text("label", label(&it)).text("text", truncate(&it.proposal.text, 600)),
            );
            cx.edit_pressed(text, Some(keyboard(rows))).await?;
        }
        ImportAction::Field(seq, field) => {
            let key = match field {
                'l' => Key::ImportAskLead,
                'd' => Key::ImportAskDeadline,
                't' => Key::ImportAskText,
                _ => Key::ImportAskCoUnits,
            };
            cx.set_state(&State::ImportEdit { import: id, seq, field }).await?;
            let text = cx.t(key);
            cx.reply_keyboard(text, keyboard(vec![vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]]))
                .await?;
        }
        ImportAction::CreateUnit(seq) => {
            let Some(it) = item(cx, id, seq).await? else { return Ok(Some(cx.t(Key::ButtonStale))) };
            let Some(Assignee::Unknown(name)) =
                it.proposal.leads.iter().find(|l| matches!(l, Assignee::Unknown(_))).cloned()
            else {
                return Ok(Some(cx.t(Key::ButtonStale)));
            };
            let now = cx.turn.now();
            let unit = match store::units::add(cx.db(), &name, &name, &[], now).await {
                Ok(unit) => unit,
                Err(store::units::UnitError::NameTaken) => {
                    store::units::id_by_name(cx.db(), &name).await?.unwrap_or_default()
                }
                Err(store::units::UnitError::Store(e)) => return Err(e.into()),
            };
            let by = cx.member_id();
            store::audit::record(
                cx.db(),
                by,
                "unit.added",
                "unit",
                Some(unit),
                serde_json::json!({ "name": name, "from": "import" }),
                now,
            )
            .await?;
            // Every item naming the same agency gets the new unit.
            for mut other in store::imports::items(cx.db(), id).await? {
                if other.proposal.leads.contains(&Assignee::Unknown(name.clone())) {
                    for l in other.proposal.leads.iter_mut() {
                        if *l == Assignee::Unknown(name.clone()) {
                            *l = Assignee::Unit(unit);
                        }
                    }
                    store::imports::update_item(cx.db(), id, &other).await?;
                }
            }
            preview(cx, id, page_of(seq), true).await?;
        }
        ImportAction::Cancel => {
            let now = cx.turn.now();
            store::imports::close(cx.db(), id, "cancelled", None, now).await?;
            let text = cx.t(Key::ImportCancelled);
            cx.edit_pressed(text, None).await?;
        }
        ImportAction::Confirm | ImportAction::Force => {
            let force = action == ImportAction::Force;
            if !force
                && let Some((at, count)) = store::imports::earlier(cx.db(), &header.fingerprint, id).await?
            {
                let args = Args::new()
                    .raw("date", cx.app.i18n.datetime(cx.lang(), at, cx.app.config.tz))
                    .num("count", count as f64);
                let text = cx.ta(Key::ImportDuplicate, &args);
                let rows = vec![vec![
                    button(cx.t(Key::BtnImportForce), Callback::Import { id, action: ImportAction::Force }),
                    button(cx.t(Key::BtnCancel), Callback::Import { id, action: ImportAction::Cancel }),
                ]];
                cx.reply_keyboard(text, keyboard(rows)).await?;
                return Ok(None);
            }
            let (app, by) = (cx.app, cx.member_id());
            match commit::commit(cx.db(), app, id, by).await {
                Ok(created) => {
                    // The new tasks' cards are in the outbox and their reminders planned: the
                    // sender and the scheduler hear once the turn commits.
                    cx.turn.queued_elsewhere();
                    cx.turn.schedule_changed();
                    let args = Args::new()
                        .num("count", created.len() as f64)
                        .raw("first", created.first().map(|t| task_code(*t)).unwrap_or_default())
                        .raw("last", created.last().map(|t| task_code(*t)).unwrap_or_default());
                    let text = cx.ta(Key::ImportDone, &args);
                    cx.edit_pressed(text, None).await?;
                }
                Err(CommitError::Unassigned(labels)) => {
                    let text = cx.ta(
                        Key::ImportProblems,
                        &Args::new().num("count", labels.len() as f64).text("labels", labels.join(", ")),
                    );
                    cx.reply(text).await?;
                }
                Err(CommitError::Closed) => return Ok(Some(cx.t(Key::ImportClosed))),
                Err(CommitError::Store(e)) => return Err(e.into()),
            }
        }
    }
    Ok(None)
}

/// The value typed for an item's field.
pub async fn edit_input(cx: &mut Ctx<'_, '_>, id: i64, seq: i64, field: char, text: &str) -> HandlerResult {
    cx.clear_state().await?;
    if open_import(cx, id).await?.is_none() {
        let text = cx.t(Key::ImportClosed);
        return cx.reply(text).await;
    }
    let Some(mut it) = item(cx, id, seq).await? else { return Ok(()) };
    let none = matches!(fold(text).as_str(), "khong" | "none" | "khong co");
    match field {
        'l' => match units::resolve(cx, text).await? {
            Resolved::One(unit) => it.proposal.leads = vec![Assignee::Unit(unit.id)],
            Resolved::Many(candidates) => {
                let names: Vec<&str> = candidates.iter().map(|u| u.name.as_str()).collect();
                let reply = cx.ta(Key::UnitAmbiguousText, &Args::new().text("names", names.join("; ")));
                cx.set_state(&State::ImportEdit { import: id, seq, field }).await?;
                return cx.reply(reply).await;
            }
            Resolved::NotFound => {
                cx.set_state(&State::ImportEdit { import: id, seq, field }).await?;
                return units::say_not_found(cx, text).await;
            }
        },
        'd' if none => it.proposal.deadline = None,
        'd' => match super::assign::read_deadline(cx, text) {
            Ok(d) => it.proposal.deadline = d,
            Err(problem) => {
                cx.set_state(&State::ImportEdit { import: id, seq, field }).await?;
                return cx.reply(problem).await;
            }
        },
        't' => it.proposal.text = text.to_string(),
        _ if none => it.proposal.co_units.clear(),
        _ => {
            let all = store::units::list(cx.db()).await?;
            let mut ids = Vec::new();
            for name in text.split([',', ';']).map(str::trim).filter(|n| !n.is_empty()) {
                match units::resolve_in(&all, name) {
                    Resolved::One(u) => ids.push(u.id),
                    _ => {
                        cx.set_state(&State::ImportEdit { import: id, seq, field }).await?;
                        let reply = cx.ta(Key::UnitsNotResolved, &Args::new().text("names", name));
                        return cx.reply(reply).await;
                    }
                }
            }
            it.proposal.co_units = ids;
        }
    }
    store::imports::update_item(cx.db(), id, &it).await?;
    preview(cx, id, page_of(seq), false).await
}
