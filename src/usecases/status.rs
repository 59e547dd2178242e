//! Status reports, the heart of dondoc: by button, by reply, or by `/capnhat`, all ending in the
//! same recorded report; obstacles forwarded to the secretariat; a finish sent for confirmation
//! (decided in [`super::decisions`]).

use super::decisions::request_extension;
use super::dialogue::State;
use super::{Ctx, HandlerResult, UseCaseError};
use crate::domain::{
    Action, Report, ReportRefused, ReportSource, Role, Task, TaskStatus, apply_report, parse_task_code,
    task_code,
};
use crate::i18n::{Args, Key};
use crate::store;
use crate::store::reminders::PlanningRow;
use crate::text::status::{self, StatusKind, Verdict};
use crate::view::callback::{Callback, StatusButton};
use crate::view::cards;
use crate::view::markup::truncate;
use crate::view::message::Button;
use crate::view::message::Outgoing;
use crate::view::message::{button, keyboard};

/// Open tasks offered when a member reports without saying which task.
const PICK_TASKS: usize = 8;

type Toast = Result<Option<String>, UseCaseError>;

fn source_name(source: ReportSource) -> &'static str {
    source.as_str()
}

fn source_from(name: &str) -> ReportSource {
    match name {
        "button" => ReportSource::Button,
        "command" => ReportSource::Command,
        _ => ReportSource::Reply,
    }
}

/// The task `/capnhat <code> <text>` reports on, if its code reads as one.
pub fn reports_on(args: &str) -> Option<i64> {
    parse_task_code(split_command(args).0)
}

fn split_command(args: &str) -> (&str, &str) {
    args.split_once(char::is_whitespace).unwrap_or((args, ""))
}

/// `/capnhat <code> <text>`.
pub async fn command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let (code, text) = split_command(args);
    let Some(id) = cx.task_named(code).await? else {
        let text = cx.t(Key::ReportUsage);
        return cx.reply(text).await;
    };
    let text = text.trim();
    if text.is_empty() {
        let Some(task) = cx.reportable_task(id).await? else { return Ok(()) };
        let text = cx.ta(Key::ReportAskStatus, &Args::new().raw("code", task.code()));
        let kb = cards::status_keyboard(&cx.app.i18n, cx.lang(), id);
        return cx.reply_with(Outgoing::text(cx.who.chat_id, text).keyboard(kb).about(id)).await;
    }
    free_text(cx, id, text, ReportSource::Command).await
}

/// Free text about a known task (a reply to one of the bot's task messages, or `/capnhat`).
pub async fn free_text(cx: &mut Ctx<'_, '_>, id: i64, text: &str, source: ReportSource) -> HandlerResult {
    let Some(task) = cx.reportable_task(id).await? else { return Ok(()) };
    let reading = status::read(text, cx.today());
    tracing::debug!(task = id, verdict = ?reading.verdict, cues = ?reading.cues, "status reply read");
    match reading.verdict {
        Verdict::Clear(StatusKind::Extension) => {
            request_extension(cx, &task, reading.extension_to, text).await
        }
        Verdict::Clear(kind) => {
            let said = Said { text, source, document: reading.document.as_deref() };
            record(cx, &task, report_of(kind, reading.percent), said).await
        }
        Verdict::Unsure(guesses) => ask_meaning(cx, &task, text, reading.percent, &guesses, source).await,
    }
}

fn report_of(kind: StatusKind, percent: Option<u8>) -> Report {
    match kind {
        StatusKind::Done => Report::Done,
        StatusKind::NotStarted => Report::NotStarted,
        StatusKind::Obstacle => Report::Obstacle { percent },
        StatusKind::InProgress | StatusKind::Extension => Report::InProgress { percent },
    }
}

/// Asks what the member meant, with a button per likely reading.
async fn ask_meaning(
    cx: &mut Ctx<'_, '_>,
    task: &Task,
    text: &str,
    percent: Option<u8>,
    guesses: &[StatusKind],
    source: ReportSource,
) -> HandlerResult {
    let state = State::ConfirmKind {
        task: task.id,
        text: text.to_string(),
        percent,
        source: source_name(source).into(),
    };
    cx.set_state(&state).await?;
    // Only the kinds the reply may mean, most likely first; "Hủy" lets the member say it again.
    let mut row: Vec<Button> = Vec::new();
    let mut rows = Vec::new();
    for &kind in guesses {
        let (key, b) = match kind {
            StatusKind::Done => (Key::BtnDone, StatusButton::Done),
            StatusKind::InProgress => (Key::BtnInProgress, StatusButton::InProgress),
            StatusKind::NotStarted => (Key::BtnNotStarted, StatusButton::NotStarted),
            StatusKind::Obstacle => (Key::BtnObstacle, StatusButton::Obstacle),
            StatusKind::Extension => continue,
        };
        row.push(button(cx.t(key), Callback::Meant { task: task.id, button: b }));
        if row.len() == 2 {
            rows.push(std::mem::take(&mut row));
        }
    }
    rows.push(row);
    rows.push(vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]);
    let args = Args::new().raw("code", task.code()).text("text", truncate(text, 200));
    let question = cx.ta(Key::ReportUnsure, &args);
    cx.reply_with(Outgoing::text(cx.who.chat_id, question).keyboard(keyboard(rows)).about(task.id)).await
}

/// What a member said in a report, and how.
pub(super) struct Said<'a> {
    text: &'a str,
    source: ReportSource,
    /// The document the words name ("45/KH-UBND"), kept as evidence.
    document: Option<&'a str>,
}

impl<'a> Said<'a> {
    fn button(text: &'a str) -> Self {
        Said { text, source: ReportSource::Button, document: None }
    }

    fn reply(text: &'a str) -> Self {
        Said { text, source: ReportSource::Reply, document: None }
    }
}

/// Records a report, tells the member what was recorded, and passes on what others must know.
pub(super) async fn record(
    cx: &mut Ctx<'_, '_>,
    task: &Task,
    report: Report,
    said: Said<'_>,
) -> HandlerResult {
    let Said { text, source, document } = said;
    cx.clear_state().await?;
    let member = cx.member();
    let by_officer = member.role == Role::Officer;
    let verify = cx.app.config.confirm_done;
    let after = match apply_report(task.progress_state(), report, by_officer, verify, cx.today()) {
        Ok(after) => after,
        Err(refused) => {
            let key = match refused {
                ReportRefused::AlreadyDone => Key::ReportTaskDone,
                ReportRefused::Cancelled => Key::ReportTaskCancelled,
            };
            let text = cx.ta(key, &Args::new().raw("code", task.code()));
            return cx.reply(text).await;
        }
    };
    let entry = store::tasks::NewReport {
        member_id: Some(member.id),
        kind: report.kind(),
        percent: report.percent(),
        text,
        source,
        document,
    };
    let now = cx.turn.now();
    store::tasks::record_report(cx.turn.tx(), task.id, task.progress_state(), after, &entry, now)?;
    // A report moves the quiet-task request; a done report stops the reminders.
    let before = task.status.is_chased().then(|| PlanningRow::of(task));
    let reported =
        after.status.is_chased().then(|| PlanningRow { last_report_at: Some(now), ..PlanningRow::of(task) });
    cx.replan_after_report(task.id, before.as_ref(), reported.as_ref()).await?;
    let updated = Task {
        status: after.status,
        progress: after.progress,
        has_obstacle: after.has_obstacle,
        completed_on: after.completed_on,
        ..task.clone()
    };

    let status = cards::status_text(&cx.app.i18n, cx.lang(), &updated);
    let key = match (report, after.status) {
        (_, TaskStatus::AwaitingConfirmation) => Key::ReportRecordedAwaiting,
        (Report::Obstacle { .. }, _) => Key::ReportRecordedObstacle,
        _ => Key::ReportRecorded,
    };
    let mut confirmation = cx.ta(key, &Args::new().raw("code", task.code()).html("status", status));
    let mut answer_keyboard = None;
    if after.status == TaskStatus::AwaitingConfirmation
        && by_officer
        && let Some((ask, buttons)) = ask_after_finish(cx, task.id).await?
    {
        confirmation.push_str("\n\n");
        confirmation.push_str(&ask);
        answer_keyboard = Some(buttons);
    }
    let mut answer = Outgoing::text(cx.who.chat_id, confirmation).about(task.id);
    if let Some(buttons) = answer_keyboard {
        answer = answer.keyboard(buttons);
    }
    cx.reply_with(answer).await?;

    if matches!(report, Report::Obstacle { .. }) {
        forward_obstacle(cx, &updated, text).await?;
    }
    if after.status == TaskStatus::AwaitingConfirmation {
        ask_confirmation(cx, &updated, document).await?;
    }
    Ok(())
}

async fn forward_obstacle(cx: &mut Ctx<'_, '_>, task: &Task, text: &str) -> HandlerResult {
    let reporter = cx.member().display_name.clone();
    let recipients = cx.secretariat().await?;
    let i18n = &cx.app.i18n;
    let code = task.code();
    let me = cx.member().id;
    for m in recipients.iter().filter(|m| m.id != me) {
        cx.notify(m, |lang| {
            let args = Args::new()
                .raw("code", &code)
                .text("unit", &task.lead.short_name)
                .text("who", &reporter)
                .text("text", truncate(text, 1500))
                .text("task", truncate(&task.text, 200));
            Outgoing::text(0, i18n.t(lang, Key::ObstacleNotice, &args)).about(task.id)
        })
        .await?;
    }
    Ok(())
}

/// The buttons the secretariat uses on a reported completion.
pub fn completion_row(cx: &Ctx<'_, '_>, task: i64) -> Vec<Button> {
    vec![
        button(cx.t(Key::BtnConfirmDone), Callback::Completion { task, confirm: true }),
        button(cx.t(Key::BtnReturnDone), Callback::Completion { task, confirm: false }),
    ]
}

async fn ask_confirmation(cx: &mut Ctx<'_, '_>, task: &Task, document: Option<&str>) -> HandlerResult {
    let reporter = cx.member().display_name.clone();
    let recipients = cx.secretariat().await?;
    let evidence = store::evidence::of_task(cx.db(), task.id).await?;
    let (i18n, tz, today) = (&cx.app.i18n, cx.app.config.tz, cx.today());
    let code = task.code();
    for m in &recipients {
        cx.notify(m, |lang| {
            let args =
                Args::new().raw("code", &code).text("unit", &task.lead.short_name).text("who", &reporter);
            let mut text = format!(
                "{}\n\n{}",
                i18n.t(lang, Key::CompletionNotice, &args),
                cards::card_with_evidence(i18n, lang, tz, task, today, &[], &evidence)
            );
            if let Some(document) = document {
                text.push('\n');
                text.push_str(&i18n.t(lang, Key::CardEvidence, &Args::new().text("document", document)));
            }
            if !evidence.is_empty() {
                text.push_str("\n\n");
                let count = Args::new().num("count", evidence.len() as f64);
                text.push_str(&i18n.t(lang, Key::CompletionEvidenceAttached, &count));
            }
            let row = vec![
                button(
                    i18n.t0(lang, Key::BtnConfirmDone),
                    Callback::Completion { task: task.id, confirm: true },
                ),
                button(
                    i18n.t0(lang, Key::BtnReturnDone),
                    Callback::Completion { task: task.id, confirm: false },
                ),
            ];
            Outgoing::text(0, text).keyboard(keyboard(vec![row])).about(task.id)
        })
        .await?;
        for e in &evidence {
            cx.notify(m, |lang| cards::evidence_message(i18n, lang, &code, e)).await?;
        }
    }
    Ok(())
}

/// Text sent in private with no question pending and not as a reply: if it reads as a status
/// report, ask which task it is about; otherwise show the help.
pub async fn unattached_text(cx: &mut Ctx<'_, '_>, text: &str) -> HandlerResult {
    let member = cx.member();
    let reads_as_report = status::read(text, cx.today()).clear().is_some();
    let unit = member.unit.as_ref().map(|u| u.id);
    if !reads_as_report || member.role != Role::Officer || unit.is_none() {
        let text = super::help::commands_for(cx, member.role, cx.who);
        return cx.reply(text).await;
    }
    let filter = store::tasks::Filter { unit_id: unit, ..Default::default() };
    let open = store::tasks::list(cx.db(), &filter).await?;
    ask_which(cx, text, &open).await
}

/// A reply to a person's reminder list: on the task it names; else, in private, the question
/// which of the list's tasks (still open) it is about.
pub async fn listed_text(cx: &mut Ctx<'_, '_>, tasks: &[i64], text: &str) -> HandlerResult {
    let mut named: Vec<(std::ops::Range<usize>, i64)> = Vec::new();
    for (range, code) in crate::domain::task_refs_in(text) {
        if let Some(id) = cx.turn.resolve(&code).await?
            && !named.iter().any(|(_, n)| *n == id)
        {
            named.push((range, id));
        }
    }
    if let [(range, id)] = named.as_slice() {
        // The words without the code, which is not part of the report ("NV-0042: đạt 60%").
        let cut = |c: char| c.is_whitespace() || matches!(c, ':' | '-' | ',' | '.');
        let before = text[..range.start].trim_end_matches(cut);
        let after = text[range.end..].trim_start_matches(cut);
        let rest = format!("{before} {after}");
        let rest = rest.trim();
        let words = if rest.is_empty() { text } else { rest };
        return free_text(cx, *id, words, ReportSource::Reply).await;
    }
    if !cx.who.is_private() {
        return Ok(());
    }
    // Naming no task, words that are no report (a leader's "đã nhận") get what unattached
    // words get.
    let member = cx.member();
    if named.is_empty() && (member.role != Role::Officer || status::read(text, cx.today()).clear().is_none())
    {
        let text = super::help::commands_for(cx, member.role, cx.who);
        return cx.reply(text).await;
    }
    // Named several: which of those; named none: which of the list's.
    let candidates: Vec<i64> =
        if named.len() > 1 { named.iter().map(|(_, id)| *id).collect() } else { tasks.to_vec() };
    let mut open = Vec::new();
    for id in candidates {
        if let Some(task) = cx.task(id).await?
            && task.status.is_chased()
        {
            open.push(task);
        }
    }
    ask_which(cx, text, &open).await
}

/// Asks which of `open` the words sent are about, with a button a task; the bot then waits
/// for the choice (or a code typed).
async fn ask_which(cx: &mut Ctx<'_, '_>, text: &str, open: &[Task]) -> HandlerResult {
    if open.is_empty() {
        let text = cx.t(Key::TasksNone);
        return cx.reply(text).await;
    }
    cx.set_state(&State::PickTask { text: text.to_string(), source: "reply".into() }).await?;
    let rows: Vec<Vec<Button>> = open
        .iter()
        .take(PICK_TASKS)
        .map(|t| {
            let label = format!("{} · {}", t.code(), truncate(&t.text, 40));
            vec![button(label, Callback::ForTask { task: t.id })]
        })
        .chain(std::iter::once(vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]))
        .collect();
    let more = open.len().saturating_sub(PICK_TASKS);
    let question = cx.ta(Key::ReportWhichTask, &Args::new().num("more", more as f64));
    cx.reply_keyboard(question, keyboard(rows)).await
}

// ---- buttons ----

/// A status button under a card or reminder.
pub async fn status_button(cx: &mut Ctx<'_, '_>, id: i64, b: StatusButton) -> Toast {
    let Some(task) = cx.reportable_task(id).await? else { return Ok(None) };
    if !task.status.is_open() {
        let key =
            if task.status == TaskStatus::Done { Key::ReportTaskDone } else { Key::ReportTaskCancelled };
        return Ok(Some(cx.ta(key, &Args::new().raw("code", task.code()))));
    }
    let code = Args::new().raw("code", task.code());
    match b {
        StatusButton::Done => record(cx, &task, Report::Done, Said::button(&cx.t(Key::BtnDone))).await?,
        StatusButton::NotStarted => {
            record(cx, &task, Report::NotStarted, Said::button(&cx.t(Key::BtnNotStarted))).await?
        }
        StatusButton::InProgress => {
            cx.set_state(&State::Percent { task: id }).await?;
            let row = [25u8, 50, 75]
                .into_iter()
                .map(|v| button(format!("{v}%"), Callback::Percent { task: id, value: v }))
                .collect();
            let rows = vec![row, vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]];
            let text = cx.ta(Key::ReportAskPercent, &code);
            cx.reply_with(Outgoing::text(cx.who.chat_id, text).keyboard(keyboard(rows)).about(id)).await?;
        }
        StatusButton::Obstacle => {
            cx.set_state(&State::Obstacle { task: id }).await?;
            let rows = vec![vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]];
            let text = cx.ta(Key::ReportAskObstacle, &code);
            cx.reply_with(Outgoing::text(cx.who.chat_id, text).keyboard(keyboard(rows)).about(id)).await?;
        }
        StatusButton::Extension => {
            if !cx.member().role.may(Action::RequestExtension) {
                return Ok(Some(cx.t(Key::ExtensionOfficersOnly)));
            }
            cx.set_state(&State::ExtensionDate { task: id }).await?;
            let rows = vec![vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]];
            let text = cx.ta(Key::ExtensionAskDate, &code);
            cx.reply_with(Outgoing::text(cx.who.chat_id, text).keyboard(keyboard(rows)).about(id)).await?;
        }
    }
    Ok(None)
}

pub async fn percent_button(cx: &mut Ctx<'_, '_>, id: i64, value: u8) -> Toast {
    let Some(task) = cx.reportable_task(id).await? else { return Ok(None) };
    let report = if value >= 100 { Report::Done } else { Report::InProgress { percent: Some(value) } };
    record(cx, &task, report, Said::button(&format!("{value}%"))).await?;
    Ok(None)
}

/// The answer to "did you mean…?".
pub async fn meant_button(cx: &mut Ctx<'_, '_>, id: i64, b: StatusButton) -> Toast {
    let Some(State::ConfirmKind { task, text, percent, source }) = cx.state().await? else {
        return Ok(Some(cx.t(Key::ButtonStale)));
    };
    if task != id {
        return Ok(Some(cx.t(Key::ButtonStale)));
    }
    let Some(t) = cx.reportable_task(id).await? else { return Ok(None) };
    let report = match b {
        StatusButton::Done => Report::Done,
        StatusButton::NotStarted => Report::NotStarted,
        StatusButton::Obstacle => Report::Obstacle { percent },
        StatusButton::InProgress | StatusButton::Extension => Report::InProgress { percent },
    };
    let document = status::read(&text, cx.today()).document;
    record(cx, &t, report, Said { text: &text, source: source_from(&source), document: document.as_deref() })
        .await?;
    Ok(None)
}

/// Which task the text already sent is about.
pub async fn for_task_button(cx: &mut Ctx<'_, '_>, id: i64) -> Toast {
    let Some(State::PickTask { text, source }) = cx.state().await? else {
        return Ok(Some(cx.t(Key::ButtonStale)));
    };
    cx.clear_state().await?;
    free_text(cx, id, &text, source_from(&source)).await?;
    Ok(None)
}

// ---- dialogue ----

/// Text typed while the bot waits for part of a report.
pub async fn dialogue_input(cx: &mut Ctx<'_, '_>, state: State, text: &str) -> HandlerResult {
    match state {
        State::Percent { task } => {
            let percent = status::read(text, cx.today()).percent.or_else(|| {
                text.trim().trim_end_matches('%').trim().parse::<u8>().ok().filter(|p| *p <= 100)
            });
            let Some(percent) = percent else {
                let text = cx.ta(Key::ReportAskPercent, &Args::new().raw("code", task_code(task)));
                return cx.reply(text).await;
            };
            let Some(t) = cx.reportable_task(task).await? else {
                return cx.clear_state().await.map_err(Into::into);
            };
            let report =
                if percent >= 100 { Report::Done } else { Report::InProgress { percent: Some(percent) } };
            record(cx, &t, report, Said::reply(text)).await
        }
        State::Obstacle { task } => {
            let Some(t) = cx.reportable_task(task).await? else {
                return cx.clear_state().await.map_err(Into::into);
            };
            let percent = status::read(text, cx.today()).percent;
            record(cx, &t, Report::Obstacle { percent }, Said::reply(text)).await
        }
        State::PickTask { .. } => match cx.task_named(text).await? {
            Some(id) => {
                let Some(State::PickTask { text: original, source }) = cx.state().await? else {
                    return Ok(());
                };
                cx.clear_state().await?;
                free_text(cx, id, &original, source_from(&source)).await
            }
            None => {
                cx.clear_state().await?;
                unattached_text(cx, text).await
            }
        },
        State::ConfirmKind { task, source, .. } => {
            cx.clear_state().await?;
            free_text(cx, task, text, source_from(&source)).await
        }
        _ => Ok(()),
    }
}

/// After an officer's finish is recorded with no file filed yet: the request for the evidence
/// to add to the answer, with the button that says there is none; the bot then waits for it.
pub async fn ask_after_finish(
    cx: &mut Ctx<'_, '_>,
    task: i64,
) -> Result<Option<(String, crate::view::message::Keyboard)>, UseCaseError> {
    if !store::evidence::of_task(cx.db(), task).await?.is_empty() {
        return Ok(None);
    }
    cx.set_state(&State::AwaitEvidence { task }).await?;
    let rows = vec![vec![button(cx.t(Key::BtnEvidenceSkip), crate::view::callback::Callback::Skip)]];
    Ok(Some((cx.t(Key::EvidenceAsk), keyboard(rows))))
}
