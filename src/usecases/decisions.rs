//! What officers ask of the office and the office decides: more time for a task (`/giahan`, a
//! button, or a reply naming a date), approved or rejected by the chair, deputy or
//! secretariat; and a reported completion, confirmed (with its evidence) or returned.

use chrono::NaiveDate;

use super::dialogue::State;
use super::{Ctx, HandlerResult, UseCaseError};
use crate::domain::{
    Action, ReportKind, ReportSource, Role, Task, TaskStatus, confirm_completion, return_completion,
};
use crate::i18n::{Args, Key};
use crate::store;
use crate::text::deadline::{self, Context, Deadline};
use crate::view::callback::Callback;
use crate::view::cards;
use crate::view::markup::truncate;
use crate::view::message::Outgoing;
use crate::view::message::{button, keyboard};

type Toast = Result<Option<String>, UseCaseError>;

/// `/giahan <code> <new deadline> [reason]`.
pub async fn extension_command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let (code, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let Some(id) = cx.task_named(code).await? else {
        let text = cx.t(Key::ExtensionUsage);
        return cx.reply(text).await;
    };
    let Some(task) = cx.reportable_task(id).await? else { return Ok(()) };
    let date = find_date(cx, rest);
    request_extension(cx, &task, date, rest).await
}

fn find_date(cx: &Ctx<'_, '_>, text: &str) -> Option<NaiveDate> {
    match deadline::find(text, Context::chat(cx.today())) {
        Some((Deadline::On(d), _)) if d >= cx.today() => Some(d),
        _ => None,
    }
}

pub(super) async fn request_extension(
    cx: &mut Ctx<'_, '_>,
    task: &Task,
    to: Option<NaiveDate>,
    text: &str,
) -> HandlerResult {
    if !cx.member().role.may(Action::RequestExtension) {
        let text = cx.t(Key::ExtensionOfficersOnly);
        return cx.reply(text).await;
    }
    if !task.status.is_open() {
        let key =
            if task.status == TaskStatus::Done { Key::ReportTaskDone } else { Key::ReportTaskCancelled };
        let text = cx.ta(key, &Args::new().raw("code", task.code()));
        return cx.reply(text).await;
    }
    let Some(to) = to else {
        cx.set_state(&State::ExtensionDate { task: task.id }).await?;
        let text = cx.ta(Key::ExtensionAskDate, &Args::new().raw("code", task.code()));
        return cx.reply(text).await;
    };
    if to <= cx.today() || task.deadline.is_some_and(|d| to <= d) {
        let text = cx.ta(Key::ExtensionNotLater, &Args::new().raw("code", task.code()));
        return cx.reply(text).await;
    }
    cx.clear_state().await?;
    let (member, now) = (cx.member(), cx.turn.now());
    let request =
        store::extensions::create(cx.db(), task.id, Some(member.id), to, task.deadline, text, now).await?;
    store::tasks::add_report(
        cx.db(),
        task.id,
        Some(member.id),
        ReportKind::Extension,
        None,
        text,
        ReportSource::Reply,
        now,
    )
    .await?;
    // The request is a word from the unit: the quiet-task request counts from it.
    cx.replan(task.id).await?;
    let date = cx.app.i18n.date(cx.lang(), to);
    let confirmation =
        cx.ta(Key::ExtensionRequested, &Args::new().raw("code", task.code()).raw("date", date));
    cx.reply_with(Outgoing::text(cx.who.chat_id, confirmation).about(task.id)).await?;

    let deciders =
        store::members::with_roles(cx.db(), &[Role::Chair, Role::Deputy, Role::Secretariat]).await?;
    let (i18n, tz, today) = (&cx.app.i18n, cx.app.config.tz, cx.today());
    let (code, who) = (task.code(), member.display_name.clone());
    for m in &deciders {
        cx.notify(m, |lang| {
            let old =
                task.deadline.map(|d| i18n.date(lang, d)).unwrap_or_else(|| i18n.t0(lang, Key::DeadlineNone));
            let args = Args::new()
                .raw("code", &code)
                .text("unit", &task.lead.short_name)
                .text("who", &who)
                .raw("old", old)
                .raw("new", i18n.date(lang, to))
                .text("reason", truncate(text, 1500));
            let text = format!(
                "{}\n\n{}",
                i18n.t(lang, Key::ExtensionNotice, &args),
                cards::card(i18n, lang, tz, task, today, &[])
            );
            let row = vec![
                button(i18n.t0(lang, Key::BtnApprove), Callback::Extension { request, approve: true }),
                button(i18n.t0(lang, Key::BtnReject), Callback::Extension { request, approve: false }),
            ];
            Outgoing::text(0, text).keyboard(keyboard(vec![row])).about(task.id)
        })
        .await?;
    }
    Ok(())
}

/// Approve or reject a request for more time.
pub async fn decide_extension(cx: &mut Ctx<'_, '_>, request: i64, approve: bool) -> Toast {
    if !cx.member().role.may(Action::DecideExtension) {
        return Ok(Some(cx.t(Key::DeniedDecide)));
    }
    let Some(req) = store::extensions::get(cx.db(), request).await? else {
        return Ok(Some(cx.t(Key::ButtonStale)));
    };
    let Some(task) = cx.task(req.task_id).await? else {
        return Ok(Some(cx.t(Key::ButtonStale)));
    };
    let (by, now) = (cx.member_id(), cx.turn.now());
    if !store::extensions::decide(cx.db(), request, approve, by, now).await? {
        return Ok(Some(cx.t(Key::ExtensionAlreadyDecided)));
    }
    let date = cx.app.i18n.date(cx.lang(), req.requested_deadline);
    let (kind, key) = if approve {
        store::tasks::set_deadline(cx.db(), task.id, Some(req.requested_deadline), by, now).await?;
        cx.replan(task.id).await?;
        (ReportKind::ExtensionApproved, Key::ExtensionApprovedNotice)
    } else {
        (ReportKind::ExtensionRejected, Key::ExtensionRejectedNotice)
    };
    store::tasks::add_report(cx.db(), task.id, by, kind, None, &date, ReportSource::Decision, now).await?;
    store::audit::record(
        cx.db(),
        by,
        if approve { "extension.approved" } else { "extension.rejected" },
        "task",
        Some(task.id),
        serde_json::json!({ "request": request, "before": req.previous_deadline, "requested": req.requested_deadline }),
        now,
    )
    .await?;
    let decider = cx.member().display_name.clone();
    let args = Args::new().raw("code", task.code()).raw("date", date).text("who", &decider);
    let text = cx.ta(if approve { Key::ExtensionApprovedDone } else { Key::ExtensionRejectedDone }, &args);
    cx.edit_pressed(text, None).await?;

    if let Some(officer) = match req.member_id {
        Some(id) => store::members::by_id(cx.db(), id).await?,
        None => None,
    } {
        let (i18n, code, new_date) = (&cx.app.i18n, task.code(), req.requested_deadline);
        cx.notify(&officer, |lang| {
            let args =
                Args::new().raw("code", &code).raw("date", i18n.date(lang, new_date)).text("who", &decider);
            Outgoing::text(0, i18n.t(lang, key, &args)).about(task.id)
        })
        .await?;
    }
    Ok(None)
}

/// Confirm or return a reported completion (asks for the evidence or the reason first).
pub async fn decide_completion(cx: &mut Ctx<'_, '_>, id: i64, confirm: bool) -> Toast {
    if !cx.member().role.may(Action::DecideExtension) {
        return Ok(Some(cx.t(Key::DeniedDecide)));
    }
    let Some(task) = cx.task(id).await? else { return Ok(Some(cx.t(Key::ButtonStale))) };
    if task.status != TaskStatus::AwaitingConfirmation {
        return Ok(Some(cx.ta(Key::CompletionAlreadyDecided, &Args::new().raw("code", task.code()))));
    }
    let code = Args::new().raw("code", task.code());
    if confirm {
        cx.set_state(&State::Evidence { task: id }).await?;
        let rows = vec![vec![
            button(cx.t(Key::BtnSkip), Callback::Skip),
            button(cx.t(Key::BtnCancel), Callback::Cancel),
        ]];
        let text = cx.ta(Key::CompletionAskEvidence, &code);
        cx.reply_keyboard(text, keyboard(rows)).await?;
    } else {
        cx.set_state(&State::ReturnReason { task: id }).await?;
        let rows = vec![vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]];
        let text = cx.ta(Key::CompletionAskReason, &code);
        cx.reply_keyboard(text, keyboard(rows)).await?;
    }
    Ok(None)
}

async fn settle_completion(cx: &mut Ctx<'_, '_>, id: i64, confirm: bool, note: &str) -> HandlerResult {
    cx.clear_state().await?;
    if !cx.member().role.may(Action::DecideExtension) {
        let text = cx.t(Key::DeniedDecide);
        return cx.reply(text).await;
    }
    let Some(task) = cx.task(id).await? else { return Ok(()) };
    let after = if confirm {
        confirm_completion(task.progress_state())
    } else {
        return_completion(task.progress_state())
    };
    let Some(after) = after else {
        let text = cx.ta(Key::CompletionAlreadyDecided, &Args::new().raw("code", task.code()));
        return cx.reply(text).await;
    };
    let (by, now) = (cx.member_id(), cx.turn.now());
    store::tasks::set_progress(cx.db(), id, after, by, now).await?;
    cx.replan(id).await?;
    let kind = if confirm { ReportKind::Confirmed } else { ReportKind::Returned };
    store::tasks::add_report(cx.db(), id, by, kind, None, note, ReportSource::Decision, now).await?;
    store::audit::record(
        cx.db(),
        by,
        if confirm { "completion.confirmed" } else { "completion.returned" },
        "task",
        Some(id),
        serde_json::json!({ "note": note }),
        now,
    )
    .await?;
    let code = task.code();
    let text = cx.ta(
        if confirm { Key::CompletionConfirmedDone } else { Key::CompletionReturnedDone },
        &Args::new().raw("code", &code),
    );
    cx.reply(text).await?;
    if confirm {
        cx.roll_series().await?;
    }
    let today = cx.today();
    let officers: Vec<crate::domain::Member> =
        crate::reminders::reached_officers(cx.db(), task.lead.id, today, false)
            .await?
            .into_iter()
            .map(|(m, _)| m)
            .collect();
    let i18n = &cx.app.i18n;
    let key = if confirm { Key::CompletionConfirmedNotice } else { Key::CompletionReturnedNotice };
    let date = task.completed_on;
    for officer in &officers {
        cx.notify(officer, |lang| {
            let args = Args::new()
                .raw("code", &code)
                .text("note", note)
                .raw("date", date.map(|d| i18n.date(lang, d)).unwrap_or_default());
            let mut text = i18n.t(lang, key, &args);
            if confirm && !note.trim().is_empty() {
                text.push('\n');
                text.push_str(&i18n.t(lang, Key::EvidenceLine, &Args::new().text("note", note)));
            }
            let out = Outgoing::text(0, text).about(id);
            if confirm { out } else { out.keyboard(cards::status_keyboard(i18n, lang, id)) }
        })
        .await?;
    }
    Ok(())
}

/// Text typed while the bot waits for a date or a note of a decision.
pub async fn dialogue_input(cx: &mut Ctx<'_, '_>, state: State, text: &str) -> HandlerResult {
    match state {
        State::ExtensionDate { task } => {
            let Some(t) = cx.reportable_task(task).await? else {
                return cx.clear_state().await.map_err(Into::into);
            };
            match super::assign::read_deadline(cx, text) {
                Ok(Some(date)) => request_extension(cx, &t, Some(date), text).await,
                Ok(None) => {
                    let text = cx.ta(Key::DeadlineNotUnderstood, &Args::new().text("text", text));
                    cx.reply(text).await
                }
                Err(problem) => cx.reply(problem).await,
            }
        }
        State::Evidence { task } => settle_completion(cx, task, true, text).await,
        State::ReturnReason { task } => settle_completion(cx, task, false, text).await,
        _ => Ok(()),
    }
}

/// A button answering what a decision asked.
pub async fn dialogue_button(cx: &mut Ctx<'_, '_>, state: State, callback: Callback) -> Toast {
    match (state, callback) {
        (State::Evidence { task }, Callback::Skip) => {
            if !cx.member().role.may(Action::DecideExtension) {
                return Ok(Some(cx.t(Key::DeniedDecide)));
            }
            settle_completion(cx, task, true, "").await?;
            Ok(None)
        }
        _ => Ok(Some(cx.t(Key::ButtonStale))),
    }
}
