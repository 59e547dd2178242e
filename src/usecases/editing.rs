//! The chair's and secretariat's changes from a task's card: deadline, text, lead unit,
//! co-units, cancellation; each audited, replanned and told to the officers concerned.

use chrono::NaiveDate;

use super::assign::{read_deadline, resolve_list, send_card_to_officer};
use super::dialogue::State;
use super::units::{self, Resolved};
use super::{Ctx, HandlerResult, UseCaseError};
use crate::domain::{Action, Member, Progress, Task, TaskStatus, task_code};
use crate::i18n::{Args, Key};
use crate::store::{self};
use crate::text::fold::fold;
use crate::view::callback::{Callback, EditField};
use crate::view::message::Outgoing;
use crate::view::message::{button, keyboard};

/// A change button on a card (chair, deputy, secretariat).
pub async fn edit_button(
    cx: &mut Ctx<'_, '_>,
    id: i64,
    field: EditField,
) -> Result<Option<String>, UseCaseError> {
    if !cx.member().role.may(Action::ManageTasks) {
        return Ok(Some(cx.t(Key::DeniedManageTasks)));
    }
    let Some(task) = cx.task(id).await? else { return Ok(Some(cx.t(Key::ButtonStale))) };
    if !task.status.is_open() {
        return Ok(Some(cx.ta(Key::TaskClosed, &Args::new().raw("code", task.code()))));
    }
    let code = Args::new().raw("code", task.code());
    match field {
        EditField::Deadline => {
            cx.set_state(&State::EditDeadline { task: id }).await?;
            let rows = vec![vec![
                button(cx.t(Key::BtnNoDeadline), Callback::NoDeadline),
                button(cx.t(Key::BtnCancel), Callback::Cancel),
            ]];
            let text = cx.ta(Key::EditAskDeadline, &code);
            cx.reply_keyboard(text, keyboard(rows)).await?;
        }
        EditField::Text => {
            cx.set_state(&State::EditText { task: id }).await?;
            let rows = vec![vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]];
            let text = cx.ta(Key::EditAskText, &code);
            cx.reply_keyboard(text, keyboard(rows)).await?;
        }
        EditField::Lead => {
            units::ask_unit(cx, State::EditLead { task: id }, Key::EditAskLead, 0, false).await?;
        }
        EditField::CoUnits => {
            cx.set_state(&State::EditCoUnits { task: id }).await?;
            let rows = vec![vec![
                button(cx.t(Key::BtnNoCoUnits), Callback::Skip),
                button(cx.t(Key::BtnCancel), Callback::Cancel),
            ]];
            let text = cx.ta(Key::EditAskCoUnits, &code);
            cx.reply_keyboard(text, keyboard(rows)).await?;
        }
        EditField::Suspend | EditField::Resume | EditField::Return => {
            return super::holds::hold_button(cx, id, field).await;
        }
        EditField::StopSeries => stop_series(cx, &task).await?,
        EditField::Cancel => {
            cx.set_state(&State::CancelReason { task: id }).await?;
            let rows = vec![vec![
                button(cx.t(Key::BtnCancelWithoutReason), Callback::Skip),
                button(cx.t(Key::BtnKeepTask), Callback::Cancel),
            ]];
            let text = cx.ta(Key::EditAskCancelReason, &code);
            cx.reply_keyboard(text, keyboard(rows)).await?;
        }
    }
    Ok(None)
}

/// The value typed for a change.
pub async fn edit_input(cx: &mut Ctx<'_, '_>, state: State, id: i64, text: &str) -> HandlerResult {
    let Some(task) = editable(cx, id).await? else { return Ok(()) };
    match state {
        State::EditDeadline { .. } => match read_deadline(cx, text) {
            Ok(deadline) => change_deadline(cx, &task, deadline).await,
            Err(problem) => cx.reply(problem).await,
        },
        State::EditText { .. } => {
            let (by, now) = (cx.member_id(), cx.turn.now());
            store::tasks::set_text(cx.db(), id, text, by, now).await?;
            audit_edit(cx, id, "task.text", serde_json::json!({ "before": task.text, "after": text }))
                .await?;
            finish_edit(cx, &task, Key::EditedText).await
        }
        State::EditLead { .. } => match units::resolve(cx, text).await? {
            Resolved::One(unit) => change_lead(cx, &task, unit.id).await,
            Resolved::Many(c) => units::ask_among(cx, State::EditLead { task: id }, &c).await,
            Resolved::NotFound => units::say_not_found(cx, text).await,
        },
        State::EditCoUnits { .. } => {
            let none = matches!(fold(text).as_str(), "khong" | "none" | "khong co");
            let (found, problems) =
                if none { (Vec::new(), Vec::new()) } else { resolve_list(cx, text).await? };
            if !problems.is_empty() {
                let text = cx.ta(Key::UnitsNotResolved, &Args::new().text("names", problems.join("; ")));
                return cx.reply(text).await;
            }
            let ids: Vec<i64> = found.iter().map(|u| u.id).filter(|u| *u != task.lead.id).collect();
            change_co_units(cx, &task, ids).await
        }
        State::CancelReason { .. } => cancel_task(cx, &task, text).await,
        _ => Ok(()),
    }
}

/// A button answering a change's question.
pub async fn edit_dialogue_button(
    cx: &mut Ctx<'_, '_>,
    state: State,
    callback: Callback,
) -> Result<Option<String>, UseCaseError> {
    match (state, callback) {
        (State::EditLead { task }, Callback::Unit { unit }) => {
            let Some(t) = editable(cx, task).await? else { return Ok(None) };
            change_lead(cx, &t, unit).await?;
        }
        (state @ State::EditLead { .. }, Callback::UnitPage { page }) => {
            units::ask_unit(cx, state, Key::EditAskLead, page, true).await?;
        }
        (State::EditDeadline { task }, Callback::NoDeadline) => {
            let Some(t) = editable(cx, task).await? else { return Ok(None) };
            change_deadline(cx, &t, None).await?;
        }
        (State::EditCoUnits { task }, Callback::Skip) => {
            let Some(t) = editable(cx, task).await? else { return Ok(None) };
            change_co_units(cx, &t, Vec::new()).await?;
        }
        (State::CancelReason { task }, Callback::Skip) => {
            let Some(t) = editable(cx, task).await? else { return Ok(None) };
            cancel_task(cx, &t, "").await?;
        }
        _ => return Ok(Some(cx.t(Key::ButtonStale))),
    }
    Ok(None)
}

/// The task, if it still exists, is open and the member may change it; otherwise says why.
async fn editable(cx: &mut Ctx<'_, '_>, id: i64) -> Result<Option<Task>, UseCaseError> {
    cx.clear_state().await?;
    let task = cx.task(id).await?;
    let problem = match &task {
        _ if !cx.member().role.may(Action::ManageTasks) => Some(cx.t(Key::DeniedManageTasks)),
        None => Some(cx.ta(Key::TaskUnknown, &Args::new().raw("code", task_code(id)))),
        Some(t) if !t.status.is_open() => Some(cx.ta(Key::TaskClosed, &Args::new().raw("code", t.code()))),
        Some(_) => None,
    };
    match problem {
        Some(text) => {
            cx.reply(text).await?;
            Ok(None)
        }
        None => Ok(task),
    }
}

async fn audit_edit(
    cx: &mut Ctx<'_, '_>,
    id: i64,
    action: &str,
    detail: serde_json::Value,
) -> crate::store::Result<()> {
    let (by, now) = (cx.member_id(), cx.turn.now());
    store::audit::record(cx.db(), by, action, "task", Some(id), detail, now).await
}

/// Tells the editor and the lead unit's officers what changed, with the updated card.
async fn finish_edit(cx: &mut Ctx<'_, '_>, before: &Task, what: Key) -> HandlerResult {
    let task = cx.task(before.id).await?.expect("the task exists");
    let text = cx.ta(what, &Args::new().raw("code", task.code()));
    cx.reply(text).await?;
    let today = cx.today();
    let officers: Vec<Member> = crate::reminders::reached_officers(cx.db(), task.lead.id, today, false)
        .await?
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    for officer in &officers {
        send_card_to_officer(cx, officer, &task, what).await?;
    }
    Ok(())
}

pub async fn change_deadline(
    cx: &mut Ctx<'_, '_>,
    task: &Task,
    deadline: Option<NaiveDate>,
) -> HandlerResult {
    let (by, now) = (cx.member_id(), cx.turn.now());
    store::tasks::set_deadline(cx.db(), task.id, deadline, by, now).await?;
    cx.replan(task.id).await?;
    audit_edit(
        cx,
        task.id,
        "task.deadline",
        serde_json::json!({ "before": task.deadline, "after": deadline }),
    )
    .await?;
    finish_edit(cx, task, Key::EditedDeadline).await
}

async fn change_lead(cx: &mut Ctx<'_, '_>, task: &Task, unit: i64) -> HandlerResult {
    if store::units::get(cx.db(), unit).await?.is_none() {
        let text = cx.t(Key::ButtonStale);
        return cx.reply(text).await;
    }
    let (by, now) = (cx.member_id(), cx.turn.now());
    store::tasks::set_lead(cx.db(), task.id, unit, by, now).await?;
    audit_edit(cx, task.id, "task.lead", serde_json::json!({ "before": task.lead.id, "after": unit }))
        .await?;
    finish_edit(cx, task, Key::EditedLead).await
}

async fn change_co_units(cx: &mut Ctx<'_, '_>, task: &Task, ids: Vec<i64>) -> HandlerResult {
    store::tasks::set_co_units(cx.db(), task.id, &ids).await?;
    let before: Vec<i64> = task.co_units.iter().map(|u| u.id).collect();
    audit_edit(cx, task.id, "task.co_units", serde_json::json!({ "before": before, "after": ids })).await?;
    finish_edit(cx, task, Key::EditedCoUnits).await
}

/// Ends a recurring task's series with this occurrence: no period after it is created. One
/// already created stays, to be cancelled on its own card if it is not wanted.
async fn stop_series(cx: &mut Ctx<'_, '_>, task: &Task) -> HandlerResult {
    let (Some(o), Some(last)) = (&task.occurrence, task.original_deadline.or(task.deadline)) else {
        return Ok(());
    };
    let later = store::tasks::end_series(cx.db(), o.series, last).await?;
    audit_edit(cx, task.id, "series.ended", serde_json::json!({ "series": o.series, "last": last })).await?;
    let args = Args::new().raw("code", task.code()).num("later", later as f64);
    let text = cx.ta(Key::SeriesStopped, &args);
    cx.reply(text).await
}

async fn cancel_task(cx: &mut Ctx<'_, '_>, task: &Task, reason: &str) -> HandlerResult {
    let (by, now) = (cx.member_id(), cx.turn.now());
    let cancelled = Progress { status: TaskStatus::Cancelled, ..task.progress_state() };
    store::tasks::set_progress(cx.db(), task.id, cancelled, by, now).await?;
    cx.replan(task.id).await?;
    audit_edit(cx, task.id, "task.cancelled", serde_json::json!({ "reason": reason })).await?;
    let code = task.code();
    let text = cx.ta(Key::TaskCancelled, &Args::new().raw("code", &code));
    cx.reply(text).await?;
    cx.roll_series().await?;
    let today = cx.today();
    let officers: Vec<Member> = crate::reminders::reached_officers(cx.db(), task.lead.id, today, false)
        .await?
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    let i18n = &cx.app.i18n;
    let summary = crate::view::markup::truncate(&task.text, 200);
    for officer in &officers {
        cx.notify(officer, |lang| {
            let args = Args::new().raw("code", &code).text("text", &summary);
            let mut text = i18n.t(lang, Key::TaskCancelledNotice, &args);
            if !reason.trim().is_empty() {
                text.push('\n');
                text.push_str(&i18n.t(lang, Key::CancelReason, &Args::new().text("reason", reason)));
            }
            Outgoing::text(0, text).about(task.id)
        })
        .await?;
    }
    Ok(())
}
