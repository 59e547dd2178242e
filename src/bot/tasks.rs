//! Tasks in the chat: `/giao` (one line, or a dialogue for what is missing), `/viec` (paged
//! lists and a task's card with its history), and the chair's and secretariat's edits.

use chrono::NaiveDate;
use teloxide::types::InlineKeyboardButton;

use super::callback::{Callback, EditField};
use super::cards;
use super::dialogue::{Answer, Draft, State};
use super::markup::{MESSAGE_BUDGET, button, keyboard, pager};
use super::outgoing::Outgoing;
use super::units::{self, Resolved};
use super::{BotError, Ctx, HandlerResult};
use crate::domain::{
    Action, Member, Programme, Progress, Role, Task, TaskStatus, Unit, parse_task_code, task_code,
};
use crate::i18n::{Args, Key};
use crate::store::{self, tasks::Filter, tasks::NewTask};
use crate::text::deadline::{self, Context, Deadline, DeadlineError};
use crate::text::fold::fold;

/// Tasks per page at most (so their buttons fit under the message).
const TASKS_PER_PAGE: usize = 16;
/// Room kept on a page for the header and the footer.
const PAGE_MARGIN: usize = 400;
/// The history shown on a card, newest first.
const CARD_HISTORY: i64 = 10;

/// Reads a deadline typed in a chat: a date, or none for an ongoing task; otherwise what to
/// answer (a date already past, a start date, a recurrence, or words that are no deadline).
pub fn read_deadline(cx: &Ctx<'_, '_>, text: &str) -> Result<Option<NaiveDate>, String> {
    let context = Context::chat(cx.today()).with_calendar(&cx.app.config.calendar);
    let lang = cx.lang();
    let i18n = &cx.app.i18n;
    match deadline::read_typed(text, context) {
        Ok(Deadline::On(d)) => Ok(Some(d)),
        Ok(Deadline::Ongoing) => Ok(None),
        Ok(Deadline::Recurring(_)) => Err(cx.ta(Key::DeadlineRecurring, &Args::new().text("text", text))),
        Err(DeadlineError::Past(d)) => {
            Err(cx.ta(Key::DeadlinePast, &Args::new().text("text", text).raw("date", i18n.date(lang, d))))
        }
        Err(DeadlineError::StartOnly(d)) => {
            Err(cx
                .ta(Key::DeadlineStartOnly, &Args::new().text("text", text).raw("date", i18n.date(lang, d))))
        }
        Err(_) => Err(cx.ta(Key::DeadlineNotUnderstood, &Args::new().text("text", text))),
    }
}

// ---- /giao ----

/// `/giao <unit> | <deadline> | <text> [| phối hợp: …] [| chương trình: …] [| văn bản: …]`;
/// whatever is missing is asked for.
pub async fn assign(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let segments: Vec<&str> =
        if args.trim().is_empty() { Vec::new() } else { args.split('|').map(str::trim).collect() };
    let mut draft = Draft { quick: segments.len() >= 3, ..Draft::default() };
    let mut pending_unit: Option<String> = None;
    for (i, segment) in segments.iter().enumerate() {
        match i {
            0 => pending_unit = Some(segment.to_string()).filter(|s| !s.is_empty()),
            1 if !segment.is_empty() => match read_deadline(cx, segment) {
                Ok(d) => draft.deadline = Some(Answer::from_option(d)),
                Err(problem) => cx.reply(problem).await?,
            },
            2 if !segment.is_empty() => draft.text = Some(segment.to_string()),
            _ => apply_extra(cx, &mut draft, segment).await?,
        }
    }
    if draft.quick {
        // Optional fields left out of a one-line command take their defaults.
        draft.co_units_done = true;
        draft.programme.get_or_insert(Programme::Cds);
        draft.source.get_or_insert(Answer::Skipped);
    }
    if let Some(typed) = pending_unit {
        match units::resolve(cx, &typed).await? {
            Resolved::One(unit) => draft.lead = Some(unit.id),
            Resolved::Many(candidates) => {
                return units::ask_among(cx, State::Assign { draft, unit_page: 0 }, &candidates).await;
            }
            Resolved::NotFound => {
                units::say_not_found(cx, &typed).await?;
            }
        }
    }
    continue_assign(cx, draft, false).await
}

/// An optional `key: value` segment of a one-line `/giao`.
async fn apply_extra(cx: &mut Ctx<'_, '_>, draft: &mut Draft, segment: &str) -> HandlerResult {
    let Some((key, value)) = segment.split_once(':') else { return Ok(()) };
    let value = value.trim();
    match fold(key).as_str() {
        "phoi hop" | "ph" | "co units" => {
            let (found, problems) = resolve_list(cx, value).await?;
            draft.co_units = found.into_iter().map(|u| u.id).collect();
            if !problems.is_empty() {
                let text = cx.ta(Key::UnitsNotResolved, &Args::new().text("names", problems.join("; ")));
                cx.reply(text).await?;
            }
        }
        "chuong trinh" | "ct" | "programme" => draft.programme = Programme::from_folded(&fold(value)),
        "van ban" | "vb" | "nguon" | "source" => {
            draft.source = Some(Answer::from_option(Some(value.to_string()).filter(|v| !v.is_empty())))
        }
        _ => {}
    }
    Ok(())
}

/// Resolves a comma-separated list of unit names; returns the units and the names that did
/// not match exactly one unit.
async fn resolve_list(cx: &mut Ctx<'_, '_>, text: &str) -> crate::store::Result<(Vec<Unit>, Vec<String>)> {
    let all = store::units::list(cx.db()).await?;
    let mut found: Vec<Unit> = Vec::new();
    let mut problems = Vec::new();
    for name in text.split([',', ';']).map(str::trim).filter(|n| !n.is_empty()) {
        match units::resolve_in(&all, name) {
            Resolved::One(u) if !found.iter().any(|f| f.id == u.id) => found.push(u),
            Resolved::One(_) => {}
            _ => problems.push(name.to_string()),
        }
    }
    Ok((found, problems))
}

/// Asks for the first missing field, or creates the task when nothing is missing.
async fn continue_assign(cx: &mut Ctx<'_, '_>, draft: Draft, turning: bool) -> HandlerResult {
    if draft.lead.is_none() {
        return units::ask_unit(cx, State::Assign { draft, unit_page: 0 }, Key::AssignAskUnit, 0, turning)
            .await;
    }
    if draft.deadline.is_none() {
        cx.set_state(&State::Assign { draft, unit_page: 0 }).await?;
        let rows = vec![vec![
            button(cx.t(Key::BtnNoDeadline), Callback::NoDeadline),
            button(cx.t(Key::BtnCancel), Callback::Cancel),
        ]];
        let text = cx.t(Key::AssignAskDeadline);
        return cx.reply_keyboard(text, keyboard(rows)).await;
    }
    if draft.text.is_none() {
        cx.set_state(&State::Assign { draft, unit_page: 0 }).await?;
        let rows = vec![vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]];
        let text = cx.t(Key::AssignAskText);
        return cx.reply_keyboard(text, keyboard(rows)).await;
    }
    if !draft.co_units_done {
        return ask_co_units(cx, draft, 0, turning).await;
    }
    if draft.programme.is_none() {
        cx.set_state(&State::Assign { draft, unit_page: 0 }).await?;
        let b = |cx: &Ctx, p: Programme| {
            button(cards::programme_name(&cx.app.i18n, cx.lang(), p), Callback::Programme(p))
        };
        let rows = vec![
            vec![b(cx, Programme::Cds), b(cx, Programme::Da06), b(cx, Programme::Other)],
            vec![button(cx.t(Key::BtnCancel), Callback::Cancel)],
        ];
        let text = cx.t(Key::AssignAskProgramme);
        return cx.reply_keyboard(text, keyboard(rows)).await;
    }
    if draft.source.is_none() {
        cx.set_state(&State::Assign { draft, unit_page: 0 }).await?;
        let rows = vec![vec![
            button(cx.t(Key::BtnSkip), Callback::Skip),
            button(cx.t(Key::BtnCancel), Callback::Cancel),
        ]];
        let text = cx.t(Key::AssignAskSource);
        return cx.reply_keyboard(text, keyboard(rows)).await;
    }
    if draft.quick {
        cx.clear_state().await?;
        return create(cx, draft).await;
    }
    // Everything is there: show the task as it will be and ask to confirm.
    let preview = preview(cx, &draft).await?;
    cx.set_state(&State::Assign { draft, unit_page: 0 }).await?;
    let rows = vec![vec![
        button(cx.t(Key::BtnCreate), Callback::Create),
        button(cx.t(Key::BtnCancel), Callback::Cancel),
    ]];
    let text = format!("{}\n\n{}", cx.t(Key::AssignConfirm), preview);
    cx.reply_keyboard(text, keyboard(rows)).await
}

async fn ask_co_units(cx: &mut Ctx<'_, '_>, draft: Draft, page: u32, turning: bool) -> HandlerResult {
    let all = store::units::list(cx.db()).await?;
    let choices: Vec<&Unit> = all.iter().filter(|u| Some(u.id) != draft.lead).collect();
    const PER_PAGE: usize = 12;
    let pages = choices.len().div_ceil(PER_PAGE).max(1);
    let page = (page as usize).min(pages - 1);
    let shown = &choices[(page * PER_PAGE).min(choices.len())..((page + 1) * PER_PAGE).min(choices.len())];
    let mut rows: Vec<Vec<InlineKeyboardButton>> = shown
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|u| {
                    let mark = if draft.co_units.contains(&u.id) { "✅ " } else { "" };
                    button(format!("{mark}{}", u.short_name), Callback::Unit { unit: u.id })
                })
                .collect()
        })
        .collect();
    rows.push(pager(&cx.app.i18n, cx.lang(), page, pages, |page| Callback::UnitPage { page }));
    rows.push(vec![
        button(cx.t(Key::BtnFinish), Callback::Finish),
        button(cx.t(Key::BtnCancel), Callback::Cancel),
    ]);
    cx.set_state(&State::Assign { draft, unit_page: page as u32 }).await?;
    let text = cx.t(Key::AssignAskCoUnits);
    if turning {
        cx.edit_pressed(text, Some(keyboard(rows))).await
    } else {
        cx.reply_keyboard(text, keyboard(rows)).await
    }
}

/// Text typed during `/giao`: the answer to the current question.
pub async fn assign_input(cx: &mut Ctx<'_, '_>, mut draft: Draft, _page: u32, text: &str) -> HandlerResult {
    if draft.lead.is_none() {
        return match units::resolve(cx, text).await? {
            Resolved::One(unit) => {
                draft.lead = Some(unit.id);
                continue_assign(cx, draft, false).await
            }
            Resolved::Many(candidates) => {
                units::ask_among(cx, State::Assign { draft, unit_page: 0 }, &candidates).await
            }
            Resolved::NotFound => units::say_not_found(cx, text).await,
        };
    }
    if draft.deadline.is_none() {
        return match read_deadline(cx, text) {
            Ok(d) => {
                draft.deadline = Some(Answer::from_option(d));
                continue_assign(cx, draft, false).await
            }
            Err(problem) => cx.reply(problem).await,
        };
    }
    if draft.text.is_none() {
        draft.text = Some(text.to_string());
        return continue_assign(cx, draft, false).await;
    }
    if !draft.co_units_done {
        let (found, problems) = resolve_list(cx, text).await?;
        if !problems.is_empty() {
            let text = cx.ta(Key::UnitsNotResolved, &Args::new().text("names", problems.join("; ")));
            return cx.reply(text).await;
        }
        draft.co_units = found.into_iter().map(|u| u.id).filter(|id| Some(*id) != draft.lead).collect();
        draft.co_units_done = true;
        return continue_assign(cx, draft, false).await;
    }
    if draft.programme.is_none() {
        return match Programme::from_folded(&fold(text)) {
            Some(p) => {
                draft.programme = Some(p);
                continue_assign(cx, draft, false).await
            }
            None => {
                let text = cx.t(Key::AssignAskProgramme);
                cx.reply(text).await
            }
        };
    }
    if draft.source.is_none() {
        draft.source = Some(Answer::Given(text.to_string()));
        return continue_assign(cx, draft, false).await;
    }
    let text = cx.t(Key::AssignConfirmPending);
    cx.reply(text).await
}

/// A button pressed during `/giao`.
pub async fn assign_button(
    cx: &mut Ctx<'_, '_>,
    mut draft: Draft,
    page: u32,
    callback: Callback,
) -> Result<Option<String>, BotError> {
    match callback {
        Callback::Unit { unit } if draft.lead.is_none() => {
            let Some(unit) = store::units::get(cx.db(), unit).await? else {
                return Ok(Some(cx.t(Key::ButtonStale)));
            };
            draft.lead = Some(unit.id);
            continue_assign(cx, draft, false).await?;
        }
        Callback::UnitPage { page } if draft.lead.is_none() => {
            units::ask_unit(cx, State::Assign { draft, unit_page: page }, Key::AssignAskUnit, page, true)
                .await?;
        }
        Callback::Unit { unit } if !draft.co_units_done => {
            if let Some(i) = draft.co_units.iter().position(|u| *u == unit) {
                draft.co_units.remove(i);
            } else if Some(unit) != draft.lead && store::units::get(cx.db(), unit).await?.is_some() {
                draft.co_units.push(unit);
            }
            ask_co_units(cx, draft, page, true).await?;
        }
        Callback::UnitPage { page } if !draft.co_units_done => ask_co_units(cx, draft, page, true).await?,
        Callback::Finish if !draft.co_units_done => {
            draft.co_units_done = true;
            continue_assign(cx, draft, false).await?;
        }
        Callback::NoDeadline if draft.lead.is_some() && draft.deadline.is_none() => {
            draft.deadline = Some(Answer::Skipped);
            continue_assign(cx, draft, false).await?;
        }
        Callback::Programme(p) if draft.co_units_done && draft.programme.is_none() => {
            draft.programme = Some(p);
            continue_assign(cx, draft, false).await?;
        }
        Callback::Skip if draft.programme.is_some() && draft.source.is_none() => {
            draft.source = Some(Answer::Skipped);
            continue_assign(cx, draft, false).await?;
        }
        Callback::Create if draft.source.is_some() => {
            cx.clear_state().await?;
            create(cx, draft).await?;
        }
        _ => return Ok(Some(cx.t(Key::ButtonStale))),
    }
    Ok(None)
}

/// The task a draft will become, as a card.
async fn preview(cx: &mut Ctx<'_, '_>, draft: &Draft) -> crate::store::Result<String> {
    let all = store::units::list(cx.db()).await?;
    let unit_ref = |id: i64| all.iter().find(|u| u.id == id).map(Unit::as_ref);
    let Some(lead) = draft.lead.and_then(unit_ref) else { return Ok(String::new()) };
    let task = Task {
        id: 0,
        item_number: None,
        text: draft.text.clone().unwrap_or_default(),
        programme: draft.programme.unwrap_or(Programme::Cds),
        source_document: draft.source.as_ref().and_then(Answer::value),
        year: None,
        lead,
        co_units: draft.co_units.iter().filter_map(|id| unit_ref(*id)).collect(),
        deadline: draft.deadline.as_ref().and_then(Answer::value),
        original_deadline: None,
        status: TaskStatus::NotStarted,
        progress: 0,
        has_obstacle: false,
        completed_on: None,
        last_report_at: None,
        created_at: cx.turn.now(),
        remind_days: None,
        remind_hour: None,
    };
    let card = cards::card(&cx.app.i18n, cx.lang(), cx.app.config.tz, &task, cx.today(), &[]);
    // The preview has no code yet; the first line names it.
    Ok(card.replacen(&task_code(0), "NV-…", 1))
}

/// Creates the drafted task, answers with its card and code, and sends the card to the lead
/// unit's officers.
async fn create(cx: &mut Ctx<'_, '_>, draft: Draft) -> HandlerResult {
    let (Some(lead), Some(deadline), Some(text)) = (draft.lead, draft.deadline.clone(), draft.text.clone())
    else {
        return Ok(());
    };
    let deadline = deadline.value();
    let new = NewTask {
        text,
        lead_unit_id: lead,
        co_unit_ids: draft.co_units.clone(),
        deadline,
        programme: draft.programme.unwrap_or(Programme::Cds),
        source_document: draft.source.as_ref().and_then(Answer::value),
        item_number: None,
        year: None,
    };
    let (by, now) = (cx.member_id(), cx.turn.now());
    let id = store::tasks::create(cx.db(), &new, by, now).await?;
    store::audit::record(
        cx.db(),
        by,
        "task.created",
        "task",
        Some(id),
        serde_json::json!({ "lead": lead, "co_units": new.co_unit_ids, "deadline": deadline, "programme": new.programme.as_str() }),
        now,
    )
    .await?;
    cx.replan(id).await?;
    let task = cx.task(id).await?.expect("just created");
    let card = cards::card(&cx.app.i18n, cx.lang(), cx.app.config.tz, &task, cx.today(), &[]);
    let text = format!("{}\n\n{}", cx.ta(Key::TaskCreated, &Args::new().raw("code", task.code())), card);
    let mut rows = cards::manage_rows(&cx.app.i18n, cx.lang(), id);
    rows.truncate(2);
    cx.reply_with(Outgoing::text(cx.who.chat_id, text).keyboard(keyboard(rows)).about(id)).await?;

    let officers = store::members::officers_of(cx.db(), lead).await?;
    if officers.is_empty() {
        let text = cx.ta(Key::TaskNoOfficer, &Args::new().text("unit", &task.lead.short_name));
        cx.reply(text).await?;
    }
    for officer in &officers {
        send_card_to_officer(cx, officer, &task, Key::TaskAssignedNotice).await?;
    }
    Ok(())
}

/// Sends `task`'s card to an officer with the status buttons, under a heading.
pub async fn send_card_to_officer(
    cx: &mut Ctx<'_, '_>,
    officer: &Member,
    task: &Task,
    heading: Key,
) -> HandlerResult {
    let app = cx.app;
    cx.notify(officer, |lang| cards::assigned(app, lang, task, heading)).await
}

// ---- /viec ----

/// `/viec`: the open tasks this member may see; `/viec <code>`: one task's card.
pub async fn list_or_card(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    if let Some(id) = parse_task_code(args) {
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
                let mut rows: Vec<Vec<InlineKeyboardButton>> = candidates
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

pub async fn list_unit_button(cx: &mut Ctx<'_, '_>, callback: Callback) -> Result<Option<String>, BotError> {
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
pub async fn page(cx: &mut Ctx<'_, '_>, view: i64, page: u32) -> Result<Option<String>, BotError> {
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
) -> crate::store::Result<(String, Vec<Vec<InlineKeyboardButton>>)> {
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
    let pages = paginate(&lines, MESSAGE_BUDGET - PAGE_MARGIN - header.chars().count());
    let page = page.min(pages.len() - 1);
    let range = pages[page].clone();
    let mut text = header;
    for line in &lines[range.clone()] {
        text.push_str("\n\n");
        text.push_str(line);
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = tasks[range]
        .chunks(4)
        .map(|chunk| chunk.iter().map(|t| button(t.code(), Callback::Open { task: t.id })).collect())
        .collect();
    rows.push(pager(i18n, lang, page, pages.len(), |page| Callback::Page { view, page }));
    Ok((text, rows))
}

/// Packs lines into pages of at most `budget` characters and [`TASKS_PER_PAGE`] lines.
pub fn paginate(lines: &[String], budget: usize) -> Vec<std::ops::Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    let mut used = 0;
    for (i, line) in lines.iter().enumerate() {
        let len = line.chars().count() + 2;
        if i > start && (used + len > budget || i - start >= TASKS_PER_PAGE) {
            pages.push(start..i);
            start = i;
            used = 0;
        }
        used += len;
    }
    pages.push(start..lines.len());
    pages
}

/// Whether the member may see this task: leadership and secretariat see all, officers their
/// unit's (lead or co-operating).
pub fn may_see(member: &Member, task: &Task) -> bool {
    member.role != Role::Officer || member.unit.as_ref().is_some_and(|u| task.involves(u.id))
}

pub async fn open_card(cx: &mut Ctx<'_, '_>, task: i64) -> Result<Option<String>, BotError> {
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
    let text = cards::card(&cx.app.i18n, cx.lang(), cx.app.config.tz, &task, cx.today(), &history);
    let mut rows = Vec::new();
    if task.status.is_open() && cx.who.is_private() {
        if member.role == Role::Officer {
            rows = cards::status_keyboard(&cx.app.i18n, cx.lang(), id).inline_keyboard;
        } else if member.role.may(Action::ManageTasks) {
            rows = cards::manage_rows(&cx.app.i18n, cx.lang(), id);
        }
    }
    if task.status == TaskStatus::AwaitingConfirmation
        && member.role.may(Action::DecideExtension)
        && cx.who.is_private()
    {
        rows.insert(0, super::reports::completion_row(cx, id));
    }
    cx.reply_with(Outgoing::text(cx.who.chat_id, text).keyboard(keyboard(rows)).about(id)).await
}

// ---- edits ----

/// A change button on a card (chair, deputy, secretariat).
pub async fn edit_button(
    cx: &mut Ctx<'_, '_>,
    id: i64,
    field: EditField,
) -> Result<Option<String>, BotError> {
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
) -> Result<Option<String>, BotError> {
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
async fn editable(cx: &mut Ctx<'_, '_>, id: i64) -> Result<Option<Task>, BotError> {
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
    let officers = store::members::officers_of(cx.db(), task.lead.id).await?;
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

async fn cancel_task(cx: &mut Ctx<'_, '_>, task: &Task, reason: &str) -> HandlerResult {
    let (by, now) = (cx.member_id(), cx.turn.now());
    let cancelled = Progress { status: TaskStatus::Cancelled, ..task.progress_state() };
    store::tasks::set_progress(cx.db(), task.id, cancelled, by, now).await?;
    cx.replan(task.id).await?;
    audit_edit(cx, task.id, "task.cancelled", serde_json::json!({ "reason": reason })).await?;
    let code = task.code();
    let text = cx.ta(Key::TaskCancelled, &Args::new().raw("code", &code));
    cx.reply(text).await?;
    let officers = store::members::officers_of(cx.db(), task.lead.id).await?;
    let i18n = &cx.app.i18n;
    let summary = super::markup::truncate(&task.text, 200);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_respect_the_character_budget_and_the_line_count() {
        let lines: Vec<String> = (0..300).map(|i| format!("line {i} {}", "x".repeat(i % 200))).collect();
        let pages = paginate(&lines, 3000);
        let mut next = 0;
        for p in &pages {
            assert_eq!(p.start, next, "pages cover every line once, in order");
            next = p.end;
            let size: usize = lines[p.clone()].iter().map(|l| l.chars().count() + 2).sum();
            assert!(size <= 3000 || p.len() == 1);
            assert!(p.len() <= TASKS_PER_PAGE);
        }
        assert_eq!(next, 300);
    }
}
