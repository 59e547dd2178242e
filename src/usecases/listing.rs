//! `/viec`: paged lists of the tasks a member may see, and one task's card with its history
//! and the buttons the member may use.

use super::dialogue::State;
use super::units::{self, Resolved};
use super::{Ctx, HandlerResult, UseCaseError};
use crate::domain::may_see;
use crate::domain::{Action, Programme, Role, TaskStatus, task_code};
use crate::i18n::{Args, Key};
use crate::store::{self, tasks::Filter};
use crate::text::fold::fold;
use crate::view::callback::Callback;
use crate::view::cards;
use crate::view::markup::MESSAGE_BUDGET;
use crate::view::message::Button;
use crate::view::message::{Body, Outgoing};
use crate::view::message::{button, keyboard, pager, paginate};

/// Tasks per page at most (so their buttons fit under the message).
const TASKS_PER_PAGE: usize = 16;
/// Room kept on a page for the header and the footer.
const PAGE_MARGIN: usize = 400;
/// The history shown on a card, newest first.
const CARD_HISTORY: i64 = 10;

/// `/viec`: the open tasks this member may see; `/viec <code>`: one task's card.
pub async fn list_or_card(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    if let Some(id) = cx.task_named(args).await? {
        return show_card(cx, id).await;
    }
    let member = cx.member();
    let mut filter = Filter::default();
    let folded = fold(args);
    let mut rest: Vec<&str> = Vec::new();
    for word in folded.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        match word {
            "qua han" | "cham" | "cham tien do" | "overdue" => filter.overdue_on = Some(cx.today()),
            "chua thuc hien" | "chua trien khai" => {
                filter.statuses.push(TaskStatus::NotStarted.as_str().into())
            }
            "dang thuc hien" | "dang trien khai" => {
                filter.statuses.push(TaskStatus::InProgress.as_str().into())
            }
            "cho xac nhan" => filter.statuses.push(TaskStatus::AwaitingConfirmation.as_str().into()),
            "hoan thanh" | "da hoan thanh" | "xong" => filter.statuses.push(TaskStatus::Done.as_str().into()),
            "da huy" | "huy" => filter.statuses.push(TaskStatus::Cancelled.as_str().into()),
            other => match Programme::from_folded(other) {
                Some(p) => filter.programme = Some(p.as_str().into()),
                None => rest.push(other),
            },
        }
    }
    if member.role == Role::Officer {
        // An officer sees their own unit's tasks, whatever unit they type.
        filter.unit_id = member.unit.as_ref().map(|u| u.id);
        if filter.unit_id.is_none() {
            let text = cx.t(Key::TasksNone);
            return cx.reply(text).await;
        }
    } else if !rest.is_empty() {
        let typed = args
            .split(',')
            .map(str::trim)
            .find(|s| rest.contains(&fold(s).as_str()))
            .unwrap_or(args)
            .to_string();
        match units::resolve(cx, &typed).await? {
            Resolved::One(unit) => filter.unit_id = Some(unit.id),
            Resolved::Many(candidates) => {
                cx.set_state(&State::ListUnit).await?;
                let mut rows: Vec<Vec<Button>> = candidates
                    .chunks(2)
                    .map(|pair| {
                        pair.iter()
                            .map(|u| button(u.short_name.clone(), Callback::Unit { unit: u.id }))
                            .collect()
                    })
                    .collect();
                rows.push(vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]);
                let text = cx.t(Key::UnitAmbiguous);
                return cx.reply_keyboard(text, keyboard(rows)).await;
            }
            Resolved::NotFound => return units::say_not_found(cx, &typed).await,
        }
    }
    start_list(cx, filter).await
}

pub async fn list_unit_input(cx: &mut Ctx<'_, '_>, text: &str) -> HandlerResult {
    cx.clear_state().await?;
    list_or_card(cx, text).await
}

pub async fn list_unit_button(
    cx: &mut Ctx<'_, '_>,
    callback: Callback,
) -> Result<Option<String>, UseCaseError> {
    let Callback::Unit { unit } = callback else { return Ok(Some(cx.t(Key::ButtonStale))) };
    cx.clear_state().await?;
    start_list(cx, Filter { unit_id: Some(unit), ..Filter::default() }).await?;
    Ok(None)
}

/// Shows the first page of a list of tasks, remembering its filter for the page buttons.
pub(super) async fn start_list(cx: &mut Ctx<'_, '_>, filter: Filter) -> HandlerResult {
    let (member_id, now) = (cx.member().id, cx.turn.now());
    let params = serde_json::to_string(&filter).expect("a filter serialises");
    let view = store::views::create(cx.db(), member_id, "tasks", &params, now).await?;
    let (text, rows) = render_page(cx, &filter, view, 0).await?;
    cx.reply_keyboard(text, keyboard(rows)).await
}

/// A page button under a list.
pub async fn page(cx: &mut Ctx<'_, '_>, view: i64, page: u32) -> Result<Option<String>, UseCaseError> {
    let Some(stored) = store::views::get(cx.db(), view).await? else {
        return Ok(Some(cx.t(Key::ButtonStale)));
    };
    if Some(stored.member_id) != cx.member_id() || stored.kind != "tasks" {
        return Ok(Some(cx.t(Key::ButtonStale)));
    }
    let Ok(mut filter) = serde_json::from_str::<Filter>(&stored.params) else {
        return Ok(Some(cx.t(Key::ButtonStale)));
    };
    // An officer's list stays their own unit's, even from an old button after a move.
    let member = cx.member();
    if member.role == Role::Officer {
        filter.unit_id = member.unit.as_ref().map(|u| u.id);
    }
    let (text, rows) = render_page(cx, &filter, view, page as usize).await?;
    cx.edit_pressed(text, Some(keyboard(rows))).await?;
    Ok(None)
}

/// One page of a task list: the lines that fit, a page counter and buttons to open each task.
async fn render_page(
    cx: &mut Ctx<'_, '_>,
    filter: &Filter,
    view: i64,
    page: usize,
) -> crate::store::Result<(String, Vec<Vec<Button>>)> {
    let tasks = store::tasks::list(cx.db(), filter).await?;
    let (i18n, lang, today) = (&cx.app.i18n, cx.lang(), cx.today());
    let overdue = tasks.iter().filter(|t| t.is_overdue(today)).count();
    let header = i18n.t(
        lang,
        Key::TasksHeader,
        &Args::new().num("count", tasks.len() as f64).num("overdue", overdue as f64),
    );
    if tasks.is_empty() {
        return Ok((i18n.t0(lang, Key::TasksNone), Vec::new()));
    }
    let lines: Vec<String> = tasks.iter().map(|t| cards::line(i18n, lang, t, today)).collect();
    let pages = paginate(&lines, MESSAGE_BUDGET - PAGE_MARGIN - header.chars().count(), TASKS_PER_PAGE);
    let page = page.min(pages.len() - 1);
    let range = pages[page].clone();
    let mut text = header;
    for line in &lines[range.clone()] {
        text.push_str("\n\n");
        text.push_str(line);
    }
    let mut rows: Vec<Vec<Button>> = tasks[range]
        .chunks(4)
        .map(|chunk| chunk.iter().map(|t| button(t.code(), Callback::Open { task: t.id })).collect())
        .collect();
    rows.push(pager(i18n, lang, page, pages.len(), |page| Callback::Page { view, page }));
    Ok((text, rows))
}

/// A page button under a person's reminder list: the page drawn afresh.
pub async fn reminder_page(
    cx: &mut Ctx<'_, '_>,
    reminder: i64,
    page: u32,
) -> Result<Option<String>, UseCaseError> {
    let (app, lang, chat) = (cx.app, cx.lang(), cx.who.chat_id);
    let drawn = crate::reminders::list_page(cx.db(), app, lang, reminder, chat, page as usize).await?;
    let Some(crate::view::message::Outgoing { body: Body::Text { text, keyboard, .. }, .. }) = drawn else {
        return Ok(Some(cx.t(Key::ButtonStale)));
    };
    cx.edit_pressed(text, keyboard).await?;
    Ok(None)
}

pub async fn open_card(cx: &mut Ctx<'_, '_>, task: i64) -> Result<Option<String>, UseCaseError> {
    show_card(cx, task).await?;
    Ok(None)
}

/// A task's card with its history and the buttons this member may use.
async fn show_card(cx: &mut Ctx<'_, '_>, id: i64) -> HandlerResult {
    let Some(task) = cx.task(id).await? else {
        let text = cx.ta(Key::TaskUnknown, &Args::new().raw("code", task_code(id)));
        return cx.reply(text).await;
    };
    let member = cx.member();
    if !may_see(member, &task) {
        let text = cx.ta(Key::TaskNotYours, &Args::new().raw("code", task.code()));
        return cx.reply(text).await;
    }
    let history = store::tasks::history(cx.db(), id, CARD_HISTORY).await?;
    let evidence = store::evidence::of_task(cx.db(), id).await?;
    let (i18n, tz) = (&cx.app.i18n, cx.app.config.tz);
    let text = cards::card_with_evidence(i18n, cx.lang(), tz, &task, cx.today(), &history, &evidence);
    let mut rows = Vec::new();
    if task.status.is_open() && cx.who.is_private() {
        if member.role == Role::Officer {
            rows = cards::status_keyboard(&cx.app.i18n, cx.lang(), id).rows;
            if member.unit.as_ref().is_some_and(|u| u.id == task.lead.id) {
                rows.push(cards::hold_row(&cx.app.i18n, cx.lang(), &task, false));
            }
        } else if member.role.may(Action::ManageTasks) {
            rows = cards::manage_rows(&cx.app.i18n, cx.lang(), id);
            rows.push(cards::hold_row(&cx.app.i18n, cx.lang(), &task, true));
            rows.push(cards::series_row(&cx.app.i18n, cx.lang(), &task));
        }
        rows.retain(|row| !row.is_empty());
    }
    if task.status == TaskStatus::AwaitingConfirmation
        && member.role.may(Action::DecideExtension)
        && cx.who.is_private()
    {
        rows.insert(0, super::status::completion_row(cx, id));
    }
    cx.reply_with(Outgoing::text(cx.who.chat_id, text).keyboard(keyboard(rows)).about(id)).await
}
