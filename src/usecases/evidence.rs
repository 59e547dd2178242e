//! Evidence of completion: files an officer sends for a task (as a reply to a message about
//! it, with `/capnhat <code> …` as the caption, or when asked after reporting it finished),
//! filed with their hash and document number, shown to the secretariat that confirms the
//! finish, and sent back with the task's history by `/hoso`.

use super::commands::Command;
use super::dialogue::State;
use super::who::{Place, Who};
use super::{Channel, Content, Ctx, FileKind, HandlerResult, IncomingFile, Replied, UseCaseError};
use crate::app::App;
use crate::domain::evidence::is_evidence_document;
use crate::domain::{
    Action, EvidenceKind, ReportSource, Task, TaskRef, TaskStatus, may_report, may_see, parse_task_ref,
};
use crate::i18n::{Args, Key};
use crate::store::{self, evidence::Evidence};
use crate::text::docnumber;
use crate::view::cards;
use crate::view::message::{Outgoing, button, keyboard};

/// The history a dossier shows: all of it, in practice (a long one is split in messages).
const DOSSIER_HISTORY: i64 = 500;

type Toast = Result<Option<String>, UseCaseError>;

/// What a file's caption asks for.
enum Caption<'c> {
    /// `/capnhat <code> [text]`: this task, and the text is a report on it.
    Report { task: Option<TaskRef>, text: &'c str },
    /// Another command: not about evidence.
    OtherCommand,
    /// Words (perhaps none) about the task the file is a reply to, or was asked for.
    Words(&'c str),
}

fn caption<'c>(text: &'c str, channel: &Channel) -> Caption<'c> {
    let text = text.trim();
    let Some(inv) = Command::parse(text, &channel.bot_username) else { return Caption::Words(text) };
    if inv.command != Command::Report {
        return Caption::OtherCommand;
    }
    // The invocation's args are a copy; the report's words are cut from the caption itself.
    let args = text.split_once(char::is_whitespace).map_or("", |(_, rest)| rest.trim());
    let (code, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    Caption::Report { task: parse_task_ref(code), text: rest.trim() }
}

/// The task a file is aimed at, before asking whether the member may report on it.
async fn aim(
    conn: &mut sqlx::SqliteConnection,
    who: &Who,
    caption: &Caption<'_>,
    replied_to: Option<&Replied>,
    asked: Option<i64>,
) -> store::Result<Option<i64>> {
    match caption {
        Caption::Report { task: Some(task), .. } => store::tasks::resolve(conn, task).await,
        Caption::Report { task: None, .. } => Ok(None),
        Caption::OtherCommand => Ok(None),
        Caption::Words(words) => {
            let Some(original) = replied_to else { return Ok(asked) };
            match super::about_message(conn, who.chat_id, original).await? {
                Some(super::About::Task(task)) => Ok(Some(task)),
                // A reply to a morning list: the task its caption names.
                Some(super::About::Tasks(_)) => {
                    for (_, code) in crate::domain::task_refs_in(words) {
                        if let Some(task) = store::tasks::resolve(conn, &code).await? {
                            return Ok(Some(task));
                        }
                    }
                    Ok(asked)
                }
                None => Ok(asked),
            }
        }
    }
}

/// The task the bot asked this member for evidence of, if it is waiting for it.
fn asked_for(state: Option<&State>) -> Option<i64> {
    match state {
        Some(State::AwaitEvidence { task }) => Some(*task),
        _ => None,
    }
}

/// Whether `who` is somewhere a file from them is listened to.
fn listened(who: &Who, replied_to: Option<&Replied>) -> bool {
    match (&who.place, &who.member) {
        (Place::Private, Some(_)) => true,
        (Place::Group(_), Some(_)) => replied_to.is_some(),
        _ => false,
    }
}

/// See [`super::evidence_target`].
pub async fn target_before_turn(
    app: &App,
    who: &Who,
    channel: &Channel,
    caption_text: &str,
    replied_to: Option<&Replied>,
) -> Result<Option<i64>, UseCaseError> {
    let Some(member) = who.member.as_ref().filter(|_| listened(who, replied_to)) else { return Ok(None) };
    let asked = asked_for(who.dialogue.as_deref().and_then(State::from_json).as_ref());
    let mut conn = app.store.conn().await?;
    let Some(id) = aim(&mut conn, who, &caption(caption_text, channel), replied_to, asked).await? else {
        return Ok(None);
    };
    let task = store::tasks::get(&mut conn, id).await?;
    Ok(task.filter(|t| may_report(member, t)).map(|t| t.id))
}

/// A file that is not for an import.
pub async fn received(cx: &mut Ctx<'_, '_>, file: IncomingFile) -> HandlerResult {
    if let (Place::Private, None) = (&cx.who.place, &cx.who.member) {
        let text = super::help::stranger_text(cx);
        return cx.reply(text).await;
    }
    if !listened(cx.who, file.replied_to.as_ref()) {
        return Ok(());
    }
    let asked = asked_for(cx.state().await?.as_ref());
    let said = caption(&file.caption, cx.channel);
    let (who, replied_to) = (cx.who, file.replied_to.as_ref());
    let Some(id) = aim(cx.db(), who, &said, replied_to, asked).await? else {
        if !cx.who.is_private() {
            return Ok(());
        }
        let member = cx.member();
        let text = if file.kind == FileKind::Document && member.role.may(Action::Import) {
            // The secretariat's files are more often notices to import than evidence.
            cx.t(Key::ImportSendCommandFirst)
        } else if matches!(said, Caption::OtherCommand) {
            super::help::commands_for(cx, member.role, cx.who)
        } else {
            cx.t(Key::EvidenceNoTask)
        };
        return cx.reply(text).await;
    };
    let Some(task) = cx.reportable_task(id).await? else { return Ok(()) };
    let name = Args::new().text("name", &file.name);
    let kind = match file.kind {
        FileKind::Photo => EvidenceKind::Photo,
        FileKind::Document if is_evidence_document(&file.name, file.mime_type.as_deref()) => {
            EvidenceKind::Document
        }
        FileKind::Document | FileKind::Other => {
            let text = cx.ta(Key::EvidenceNotAccepted, &name);
            return cx.reply(text).await;
        }
    };
    let sha256 = match &file.content {
        Content::Hashed(sha256) => sha256.clone(),
        Content::TooLarge => {
            let size = cards::file_size(&cx.app.i18n, cx.lang(), file.size as i64);
            let text = cx.ta(Key::EvidenceTooLarge, &name.raw("size", size));
            return cx.reply(text).await;
        }
        // Not fetched: the adapter saw no task for it, and the turn does (a dialogue changed
        // in between); the member sends it again.
        Content::NotFetched | Content::Failed => {
            let text = cx.ta(Key::EvidenceDownloadFailed, &name);
            return cx.reply(text).await;
        }
    };
    let words = match said {
        Caption::Report { text, .. } | Caption::Words(text) => text,
        Caption::OtherCommand => "",
    };
    let number = docnumber::in_text(words).or_else(|| docnumber::in_file_name(&file.name));
    let (member, now) = (cx.member(), cx.turn.now());
    let new = store::evidence::NewEvidence {
        task_id: task.id,
        member_id: Some(member.id),
        kind,
        file_ref: &file.file_ref,
        file_name: &file.name,
        mime_type: file.mime_type.as_deref(),
        size: file.size as i64,
        sha256: &sha256,
        document_number: number.as_deref(),
        caption: words,
    };
    if asked.is_some() {
        cx.clear_state().await?;
    }
    let Some(filed) = store::evidence::add(cx.db(), &new, now).await? else {
        let text = cx.ta(Key::EvidenceDuplicate, &name.raw("code", task.code()));
        return cx.reply(text).await;
    };
    store::audit::record(
        cx.db(),
        Some(member.id),
        "evidence.filed",
        "task",
        Some(task.id),
        serde_json::json!({ "evidence": filed, "sha256": sha256, "size": file.size, "number": number }),
        now,
    )
    .await?;
    let all = store::evidence::of_task(cx.db(), task.id).await?;
    let Some(this) = all.iter().find(|e| e.id == filed).cloned() else { return Ok(()) };
    let line = cards::evidence_line(&cx.app.i18n, cx.lang(), &this);
    let args = Args::new().raw("code", task.code()).html("line", line).num("count", all.len() as f64);
    let text = cx.ta(Key::EvidenceFiled, &args);
    cx.reply_with(Outgoing::text(cx.who.chat_id, text).about(task.id)).await?;

    // The caption may also be the report the file proves: "/capnhat NV-0042 đã hoàn thành",
    // or plain words that read clearly as one. Anything else is only the file's caption.
    let reports = match said {
        Caption::Report { text, .. } => !text.is_empty(),
        Caption::Words(text) => crate::text::status::read(text, cx.today()).clear().is_some(),
        Caption::OtherCommand => false,
    };
    if reports {
        let source =
            if matches!(said, Caption::Report { .. }) { ReportSource::Command } else { ReportSource::Reply };
        return super::status::free_text(cx, task.id, words, source).await;
    }
    if task.status == TaskStatus::AwaitingConfirmation {
        forward_added(cx, &task, &this).await?;
    }
    Ok(())
}

/// A file added to a finish the secretariat has not yet decided: sent to them with the
/// buttons, so what they confirm is what they have seen.
async fn forward_added(cx: &mut Ctx<'_, '_>, task: &Task, evidence: &Evidence) -> HandlerResult {
    let reporter = cx.member().display_name.clone();
    let recipients = cx.secretariat().await?;
    let i18n = &cx.app.i18n;
    let code = task.code();
    for m in &recipients {
        cx.notify(m, |lang| {
            let args = Args::new()
                .raw("code", &code)
                .text("unit", &task.lead.short_name)
                .text("who", &reporter)
                .html("line", cards::evidence_line(i18n, lang, evidence));
            let row = completion_buttons(i18n, lang, task.id);
            Outgoing::text(0, i18n.t(lang, Key::EvidenceAddedNotice, &args))
                .keyboard(keyboard(vec![row]))
                .about(task.id)
        })
        .await?;
        cx.notify(m, |lang| cards::evidence_message(i18n, lang, &code, evidence)).await?;
    }
    Ok(())
}

fn completion_buttons(
    i18n: &crate::i18n::I18n,
    lang: crate::domain::Lang,
    task: i64,
) -> Vec<crate::view::message::Button> {
    use crate::view::callback::Callback;
    vec![
        button(i18n.t0(lang, Key::BtnConfirmDone), Callback::Completion { task, confirm: true }),
        button(i18n.t0(lang, Key::BtnReturnDone), Callback::Completion { task, confirm: false }),
    ]
}

/// "Không gửi minh chứng" after a finish: the finish stands without files.
pub async fn skip(cx: &mut Ctx<'_, '_>, task: i64) -> Toast {
    cx.clear_state().await?;
    let text = cx.ta(Key::EvidenceSkipped, &Args::new().raw("code", crate::domain::task_code(task)));
    cx.reply(text).await?;
    Ok(None)
}

/// `/hoso <code>`: the task's card with its whole history and its files.
pub async fn dossier(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let Some(id) = cx.task_named(args).await? else {
        let text = cx.t(Key::DossierUsage);
        return cx.reply(text).await;
    };
    let Some(task) = cx.task(id).await? else {
        let text = cx.ta(Key::TaskUnknown, &Args::new().raw("code", crate::domain::task_code(id)));
        return cx.reply(text).await;
    };
    if !may_see(cx.member(), &task) {
        let text = cx.ta(Key::TaskNotYours, &Args::new().raw("code", task.code()));
        return cx.reply(text).await;
    }
    let history = store::tasks::history(cx.db(), id, DOSSIER_HISTORY).await?;
    let evidence = store::evidence::of_task(cx.db(), id).await?;
    let (i18n, lang) = (&cx.app.i18n, cx.lang());
    let card =
        cards::card_with_evidence(i18n, lang, cx.app.config.tz, &task, cx.today(), &history, &evidence);
    let footer = if evidence.is_empty() {
        i18n.t0(lang, Key::DossierNoFiles)
    } else {
        i18n.t(lang, Key::DossierFiles, &Args::new().num("count", evidence.len() as f64))
    };
    let header = i18n.t(lang, Key::DossierHeader, &Args::new().raw("code", task.code()));
    let text = format!("{header}\n\n{card}\n\n{footer}");
    cx.reply_with(Outgoing::text(cx.who.chat_id, text).about(id)).await?;
    let code = task.code();
    for e in &evidence {
        let mut out = cards::evidence_message(&cx.app.i18n, lang, &code, e);
        out.chat_id = cx.who.chat_id;
        cx.reply_with(out).await?;
    }
    Ok(())
}
