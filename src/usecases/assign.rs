//! `/giao`: a task assigned in one line, or through a dialogue for what is missing (lead
//! unit, co-units, deadline, programme), then its card sent to the lead unit's officers.

use chrono::NaiveDate;

use super::dialogue::{Answer, Draft, State};
use super::units::{self, Resolved};
use super::{Ctx, HandlerResult, UseCaseError};
use crate::domain::{Member, Programme, Task, TaskStatus, Unit, task_code};
use crate::i18n::{Args, Key};
use crate::store::{self, tasks::NewTask};
use crate::text::deadline::{self, Context, Deadline, DeadlineError};
use crate::text::fold::fold;
use crate::view::callback::Callback;
use crate::view::cards;
use crate::view::message::Button;
use crate::view::message::Outgoing;
use crate::view::message::{button, keyboard, pager};

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

/// [`read_deadline`] for `/giao`, where a recurrence may stand for the deadline ("hằng tháng
/// ngày 20", with "từ …"/"đến …" bounds): the first occurrence's deadline is the first day
/// it falls due on from today (or from the start said), and `draft` keeps the rule.
fn read_assign_deadline(
    cx: &Ctx<'_, '_>,
    text: &str,
    draft: &mut Draft,
) -> Result<Option<NaiveDate>, String> {
    let context = Context::chat(cx.today()).with_calendar(&cx.app.config.calendar);
    let Some(repeating) = deadline::read_repeating(text, context) else {
        draft.every = None;
        draft.until = None;
        return read_deadline(cx, text);
    };
    let start = repeating.from.map_or(cx.today(), |from| from.max(cx.today()));
    let first =
        repeating.every.next_on_or_after(start).filter(|d| repeating.until.is_none_or(|end| *d <= end));
    match first {
        Some(first) if repeating.every.has_day() => {
            draft.every = Some(repeating.every.to_string());
            draft.until = repeating.until;
            Ok(Some(first))
        }
        Some(_) => Err(cx.ta(Key::DeadlineRecurringNoDay, &Args::new().text("text", text))),
        None if repeating.every.has_day() => {
            Err(cx.ta(Key::DeadlineNotUnderstood, &Args::new().text("text", text)))
        }
        None => Err(cx.ta(Key::DeadlineRecurringNoDay, &Args::new().text("text", text))),
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
            1 if !segment.is_empty() => match read_assign_deadline(cx, segment, &mut draft) {
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
pub(super) async fn resolve_list(
    cx: &mut Ctx<'_, '_>,
    text: &str,
) -> crate::store::Result<(Vec<Unit>, Vec<String>)> {
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
            vec![b(cx, Programme::Nq57), b(cx, Programme::Cds)],
            vec![b(cx, Programme::Da06), b(cx, Programme::Other)],
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
    let mut rows: Vec<Vec<Button>> = shown
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
        return match read_assign_deadline(cx, text, &mut draft) {
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
) -> Result<Option<String>, UseCaseError> {
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
        hold: None,
        hold_reason: None,
        occurrence: every(draft).zip(draft.deadline.as_ref().and_then(Answer::value)).map(
            |(every, first)| crate::domain::Occurrence {
                series: 0,
                period: every.rule.period_of(first),
                every: every.rule,
                until: every.until,
                on_time: 0,
                counted: 0,
            },
        ),
    };
    let card = cards::card(&cx.app.i18n, cx.lang(), cx.app.config.tz, &task, cx.today(), &[]);
    // The preview has no code yet; the first line names it.
    Ok(card.replacen(&task_code(0), "NV-…", 1))
}

/// How the drafted task recurs, if it does.
fn every(draft: &Draft) -> Option<store::tasks::Every> {
    let rule = draft.every.as_deref()?.parse().ok()?;
    Some(store::tasks::Every { rule, until: draft.until })
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
        every: every(&draft),
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

    if store::members::officers_of(cx.db(), lead).await?.is_empty() {
        let text = cx.ta(Key::TaskNoOfficer, &Args::new().text("unit", &task.lead.short_name));
        cx.reply(text).await?;
    }
    // Officers away hear from the task when they are back; the others hear now.
    let today = cx.today();
    let officers = crate::reminders::reached_officers(cx.db(), lead, today, false).await?;
    for (officer, _) in &officers {
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
