//! Setting a task aside and back: `/tamdung` (the chair or secretariat suspends it, with a
//! reason), `/tieptuc` (back to work), `/tralai` (the lead unit's officer returns it as not the
//! unit's, with a reason, for the secretariat to reassign). A task set aside gets no reminders
//! and is not counted as overdue; its status is kept for when it resumes.

use super::dialogue::State;
use super::{Ctx, HandlerResult, UseCaseError};
use crate::domain::{Action, Hold, Role, Task, task_code};
use crate::i18n::{Args, Key};
use crate::store;
use crate::view::callback::{Callback, EditField};
use crate::view::cards;
use crate::view::markup::truncate;
use crate::view::message::{Outgoing, button, keyboard};

/// Reasons are kept whole in the database, and shown up to this length.
const REASON_SHOWN: usize = 500;

/// `NV-0042 | reason` or `NV-0042 reason`: the code and the (possibly empty) reason.
fn split_args(args: &str) -> (&str, &str) {
    let args = args.trim();
    let (code, rest) = args.split_once(|c: char| c.is_whitespace() || c == '|').unwrap_or((args, ""));
    (code, rest.trim().trim_start_matches('|').trim())
}

/// Reads the task a hold command names; answers and returns `None` when it cannot.
async fn named_task(cx: &mut Ctx<'_, '_>, command: &str, code: &str) -> Result<Option<Task>, UseCaseError> {
    let Some(id) = cx.task_named(code).await? else {
        let text = cx.ta(Key::HoldAskCode, &Args::new().raw("command", command));
        cx.reply(text).await?;
        return Ok(None);
    };
    let Some(task) = cx.task(id).await? else {
        let text = cx.ta(Key::TaskUnknown, &Args::new().raw("code", task_code(id)));
        cx.reply(text).await?;
        return Ok(None);
    };
    if !task.status.is_open() {
        let text = cx.ta(Key::HoldNotOpen, &Args::new().raw("code", task.code()));
        cx.reply(text).await?;
        return Ok(None);
    }
    Ok(Some(task))
}

/// Answers when the task is already set aside; `true` if it was.
async fn already_held(cx: &mut Ctx<'_, '_>, task: &Task) -> Result<bool, UseCaseError> {
    let key = match task.held() {
        None => return Ok(false),
        Some(Hold::Suspended) => Key::HoldAlreadySuspended,
        Some(Hold::Returned) => Key::HoldAlreadyReturned,
    };
    let text = cx.ta(key, &Args::new().raw("code", task.code()));
    cx.reply(text).await?;
    Ok(true)
}

/// `/tamdung <code> | <reason>` (chair, deputy, secretariat).
pub async fn suspend_command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let (code, reason) = split_args(args);
    let Some(task) = named_task(cx, "tamdung", code).await? else { return Ok(()) };
    if already_held(cx, &task).await? {
        return Ok(());
    }
    if reason.is_empty() {
        cx.set_state(&State::SuspendReason { task: task.id }).await?;
        let text = cx.ta(Key::HoldAskSuspendReason, &Args::new().raw("code", task.code()));
        return cx.reply(text).await;
    }
    suspend(cx, &task, reason).await
}

/// `/tieptuc <code>` (chair, deputy, secretariat): a suspended task, or one its unit returned
/// that the office keeps with the unit, goes back to work.
pub async fn resume_command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let (code, _) = split_args(args);
    let Some(task) = named_task(cx, "tieptuc", code).await? else { return Ok(()) };
    resume(cx, &task).await
}

/// `/tralai <code> | <reason>` (the lead unit's officers).
pub async fn return_command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let (code, reason) = split_args(args);
    let Some(task) = named_task(cx, "tralai", code).await? else { return Ok(()) };
    if !may_return(cx, &task) {
        let text = cx.ta(Key::HoldReturnLeadOnly, &Args::new().raw("code", task.code()));
        return cx.reply(text).await;
    }
    if already_held(cx, &task).await? {
        return Ok(());
    }
    if reason.is_empty() {
        cx.set_state(&State::DeclineReason { task: task.id }).await?;
        let text = cx.ta(Key::HoldAskReturnReason, &Args::new().raw("code", task.code()));
        return cx.reply(text).await;
    }
    give_back(cx, &task, reason).await
}

fn may_return(cx: &Ctx<'_, '_>, task: &Task) -> bool {
    let member = cx.member();
    member.role == Role::Officer && member.unit.as_ref().is_some_and(|u| u.id == task.lead.id)
}

/// The hold buttons on a card: suspend or resume (office), return (the lead unit's officer).
pub async fn hold_button(
    cx: &mut Ctx<'_, '_>,
    id: i64,
    field: EditField,
) -> Result<Option<String>, UseCaseError> {
    let Some(task) = cx.task(id).await? else { return Ok(Some(cx.t(Key::ButtonStale))) };
    if !task.status.is_open() {
        return Ok(Some(cx.ta(Key::HoldNotOpen, &Args::new().raw("code", task.code()))));
    }
    let code = Args::new().raw("code", task.code());
    match field {
        EditField::Return => {
            if !may_return(cx, &task) {
                return Ok(Some(cx.ta(Key::HoldReturnLeadOnly, &code)));
            }
            if already_held(cx, &task).await? {
                return Ok(None);
            }
            cx.set_state(&State::DeclineReason { task: id }).await?;
            let rows = vec![vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]];
            let text = cx.ta(Key::HoldAskReturnReason, &code);
            cx.reply_keyboard(text, keyboard(rows)).await?;
        }
        _ if !cx.member().role.may(Action::ManageTasks) => return Ok(Some(cx.t(Key::DeniedManageTasks))),
        EditField::Resume => resume(cx, &task).await?,
        _ => {
            if already_held(cx, &task).await? {
                return Ok(None);
            }
            cx.set_state(&State::SuspendReason { task: id }).await?;
            let rows = vec![vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]];
            let text = cx.ta(Key::HoldAskSuspendReason, &code);
            cx.reply_keyboard(text, keyboard(rows)).await?;
        }
    }
    Ok(None)
}

/// The reason typed after a hold's question.
pub async fn reason_input(cx: &mut Ctx<'_, '_>, state: State, text: &str) -> HandlerResult {
    let (id, hold) = match state {
        State::SuspendReason { task } => (task, Hold::Suspended),
        State::DeclineReason { task } => (task, Hold::Returned),
        _ => return Ok(()),
    };
    cx.clear_state().await?;
    let Some(task) = cx.task(id).await? else {
        let text = cx.ta(Key::TaskUnknown, &Args::new().raw("code", task_code(id)));
        return cx.reply(text).await;
    };
    if !task.status.is_open() {
        let text = cx.ta(Key::HoldNotOpen, &Args::new().raw("code", task.code()));
        return cx.reply(text).await;
    }
    if already_held(cx, &task).await? {
        return Ok(());
    }
    let reason = text.trim();
    match hold {
        Hold::Suspended if cx.member().role.may(Action::ManageTasks) => suspend(cx, &task, reason).await,
        Hold::Returned if may_return(cx, &task) => give_back(cx, &task, reason).await,
        _ => {
            let text = cx.t(Key::DeniedManageTasks);
            cx.reply(text).await
        }
    }
}

async fn set(cx: &mut Ctx<'_, '_>, task: &Task, hold: Option<Hold>, reason: Option<&str>) -> HandlerResult {
    let (by, now) = (cx.member_id(), cx.turn.now());
    store::tasks::set_hold(cx.db(), task.id, hold, reason, by, now).await?;
    let action = match hold {
        Some(Hold::Suspended) => "task.suspended",
        Some(Hold::Returned) => "task.returned",
        None => "task.resumed",
    };
    let before = task.held().map(Hold::as_str);
    let detail = serde_json::json!({ "before": before, "reason": reason });
    store::audit::record(cx.db(), by, action, "task", Some(task.id), detail, now).await?;
    // Held tasks are not chased: their planned reminders go, and come back on resuming.
    cx.replan(task.id).await?;
    Ok(())
}

async fn suspend(cx: &mut Ctx<'_, '_>, task: &Task, reason: &str) -> HandlerResult {
    set(cx, task, Some(Hold::Suspended), Some(reason)).await?;
    let code = task.code();
    let shown = truncate(reason, REASON_SHOWN);
    let text = cx.ta(Key::HoldSuspended, &Args::new().raw("code", &code).text("reason", &shown));
    cx.reply_with(Outgoing::text(cx.who.chat_id, text).about(task.id)).await?;
    let officers = store::members::officers_of(cx.db(), task.lead.id).await?;
    let (i18n, summary) = (&cx.app.i18n, truncate(&task.text, 200));
    for officer in &officers {
        cx.notify(officer, |lang| {
            let args = Args::new().raw("code", &code).text("text", &summary).text("reason", &shown);
            Outgoing::text(0, i18n.t(lang, Key::HoldSuspendedNotice, &args)).about(task.id)
        })
        .await?;
    }
    Ok(())
}

async fn resume(cx: &mut Ctx<'_, '_>, task: &Task) -> HandlerResult {
    if task.held().is_none() {
        let text = cx.ta(Key::HoldNotSuspended, &Args::new().raw("code", task.code()));
        return cx.reply(text).await;
    }
    set(cx, task, None, None).await?;
    let code = task.code();
    let text = cx.ta(Key::HoldResumed, &Args::new().raw("code", &code));
    cx.reply_with(Outgoing::text(cx.who.chat_id, text).about(task.id)).await?;
    let officers = store::members::officers_of(cx.db(), task.lead.id).await?;
    let (i18n, summary) = (&cx.app.i18n, truncate(&task.text, 200));
    for officer in &officers {
        cx.notify(officer, |lang| {
            let args = Args::new().raw("code", &code).text("text", &summary);
            Outgoing::text(0, i18n.t(lang, Key::HoldResumedNotice, &args)).about(task.id)
        })
        .await?;
    }
    Ok(())
}

/// The officer's return: recorded, and put to the office with the button that reassigns it.
async fn give_back(cx: &mut Ctx<'_, '_>, task: &Task, reason: &str) -> HandlerResult {
    set(cx, task, Some(Hold::Returned), Some(reason)).await?;
    let code = task.code();
    let shown = truncate(reason, REASON_SHOWN);
    let text = cx.ta(Key::HoldReturned, &Args::new().raw("code", &code).text("reason", &shown));
    cx.reply_with(Outgoing::text(cx.who.chat_id, text).about(task.id)).await?;
    let office = cx.secretariat().await?;
    let (i18n, summary) = (&cx.app.i18n, truncate(&task.text, 200));
    for member in &office {
        cx.notify(member, |lang| {
            let args = Args::new()
                .raw("code", &code)
                .text("unit", &task.lead.short_name)
                .text("text", &summary)
                .text("reason", &shown);
            let rows = vec![cards::manage_rows(i18n, lang, task.id).remove(1)];
            Outgoing::text(0, i18n.t(lang, Key::HoldReturnedNotice, &args))
                .keyboard(keyboard(rows))
                .about(task.id)
        })
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::split_args;

    #[test]
    fn the_code_and_the_reason_are_read_with_or_without_a_bar() {
        assert_eq!(split_args("NV-0042 | chờ hướng dẫn"), ("NV-0042", "chờ hướng dẫn"));
        assert_eq!(split_args("NV-0042|chờ hướng dẫn"), ("NV-0042", "chờ hướng dẫn"));
        assert_eq!(split_args("nv42 chờ hướng dẫn"), ("nv42", "chờ hướng dẫn"));
        assert_eq!(split_args(" NV-0042 "), ("NV-0042", ""));
        assert_eq!(split_args(""), ("", ""));
    }
}
