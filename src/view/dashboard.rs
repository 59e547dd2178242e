//! What the chair's dashboard (the Mini App, see `crate::web`) shows, as JSON for its page:
//! the counts by the official status set, the two rates, what waits for the chair, the units'
//! table, task lists and a task's card; and the month-by-month trend as an SVG chart. Words
//! come from the locales; numbers stay numbers (the page formats them).

use serde_json::{Value, json};

use super::cards::status_text;
use super::markup::plain;
use crate::domain::counting::{Counts, Summary};
use crate::domain::{Lang, Task, Timing};
use crate::i18n::{I18n, Key};
use crate::store::evidence::Evidence;
use crate::store::tasks::HistoryEntry;
use crate::view::message::{Button, Opens};

/// The button that opens the dashboard at `page`, when it is served: inside the messenger in a
/// private chat; in a group, where Telegram allows no such button, a link to the bot's Mini
/// App (`t.me/<bot>?startapp`), or nothing while the bot's name is unknown.
pub fn open_button(
    i18n: &I18n,
    lang: Lang,
    page: Option<&url::Url>,
    private: bool,
    bot_username: &str,
) -> Option<Button> {
    let label = i18n.t0(lang, Key::WebOpenButton);
    match (page?, private) {
        (page, true) => Some(Button::opening(label, Opens::App(page.to_string()))),
        (_, false) if !bot_username.is_empty() => {
            Some(Button::opening(label, Opens::Link(format!("https://t.me/{bot_username}?startapp"))))
        }
        _ => None,
    }
}

/// How many tasks a list answers at once; `offset` pages on.
pub const PAGE: usize = 100;

fn counts(c: &Counts) -> Value {
    json!({
        "total": c.total,
        "done_on_time": c.done_on_time,
        "done_late": c.done_late,
        "in_progress": c.in_progress,
        "in_progress_overdue": c.in_progress_overdue,
        "not_started": c.not_started,
        "not_started_overdue": c.not_started_overdue,
        "no_deadline": c.no_deadline,
        "overdue": c.overdue(),
        "due_soon": c.due_soon(),
        "awaiting": c.awaiting(),
        "suspended": c.suspended,
        "returned": c.returned,
        "cancelled": c.cancelled,
        "completion_rate": c.completion_rate(),
        "on_time_rate": c.on_time_rate(),
    })
}

/// `GET /api/summary`: the same figures as `/tonghop` for the same scope.
pub fn summary(s: &Summary, scope_text: &str) -> Value {
    json!({
        "today": s.today,
        "scope": scope_text,
        "counts": counts(&s.counts),
        "attention": {
            "overdue": s.attention.overdue,
            "due_soon": s.attention.due_soon,
            "obstacles": s.attention.obstacles,
            "extensions": s.attention.extensions,
            "awaiting": s.counts.awaiting(),
        },
        "overdue": s.overdue.iter().map(|o| json!({
            "id": o.id, "unit": o.unit, "days_late": o.days_late, "text": o.text,
        })).collect::<Vec<_>>(),

    })
}

/// `GET /api/trend`: the months and their chart.
pub fn trend(months: &[Month]) -> Value {
    json!({
        "months": months.iter().map(|m| json!({
            "month": m.month, "due": m.due, "on_time": m.on_time, "late": m.late,
        })).collect::<Vec<_>>(),
        "svg": trend_svg(months),
    })
}

/// `GET /api/units`: the table by unit.
pub fn units(s: &Summary) -> Value {
    json!(
        s.units
            .iter()
            .map(|u| json!({ "id": u.unit_id, "name": u.name, "counts": counts(&u.counts) }))
            .collect::<Vec<_>>()
    )
}

/// One line of a task list.
pub fn task_line(i18n: &I18n, lang: Lang, task: &Task, today: chrono::NaiveDate) -> Value {
    let (days_left, days_late) = match task.timing(today) {
        Timing::DaysLeft(n) => (Some(n), None),
        Timing::DueToday => (Some(0), None),
        Timing::DaysLate(n) if task.status.is_chased() => (None, Some(n)),
        _ => (None, None),
    };
    json!({
        "code": task.code(),
        "text": task.text,
        "lead": task.lead.short_name,
        "deadline": task.deadline,
        "status": task.status.as_str(),
        "status_text": plain(&status_text(i18n, lang, task)),
        "progress": task.progress,
        "obstacle": task.has_obstacle,
        "days_left": days_left,
        "days_late": days_late,
    })
}

/// `GET /api/tasks`: a page of tasks and whether more follow.
pub fn task_list(lines: Vec<Value>, offset: usize, more: bool) -> Value {
    json!({ "tasks": lines, "offset": offset, "more": more })
}

/// `GET /api/tasks/{code}`: every field, the history and the evidence files' names.
pub fn task(
    i18n: &I18n,
    lang: Lang,
    task: &Task,
    today: chrono::NaiveDate,
    history: &[HistoryEntry],
    evidence: &[Evidence],
) -> Value {
    let mut line = task_line(i18n, lang, task, today);
    let extra = json!({
        "item": task.item_number,
        "programme": super::cards::programme_name(i18n, lang, task.programme),
        "source": task.source_document,
        "co_units": task.co_units.iter().map(|u| u.short_name.clone()).collect::<Vec<_>>(),
        "original_deadline": task.original_deadline,
        "completed_on": task.completed_on,
        "recurring": task.occurrence.as_ref().map(|o| json!({
            "rule": super::cards::recurrence_text(i18n, lang, o.every),
            "on_time": o.on_time,
            "counted": o.counted,
        })),
        "history": history.iter().map(|h| json!({
            "at": h.at, "by": h.member_name, "kind": h.kind.as_str(), "percent": h.percent, "text": h.text,
        })).collect::<Vec<_>>(),
        "evidence": evidence.iter().map(|e| json!({
            "name": e.file_name, "number": e.document_number, "size": e.size,
        })).collect::<Vec<_>>(),
    });
    if let (Value::Object(line), Value::Object(extra)) = (&mut line, extra) {
        line.extend(extra);
    }
    line
}

/// The page's words, for its script.
pub fn labels(i18n: &I18n, lang: Lang) -> Value {
    let keys = [
        ("title", Key::WebTitle),
        ("overview", Key::WebOverview),
        ("units", Key::WebUnits),
        ("tasks", Key::WebTasks),
        ("total", Key::WebTotal),
        ("done_on_time", Key::WebDoneOnTime),
        ("done_late", Key::WebDoneLate),
        ("in_progress", Key::WebInProgress),
        ("not_started", Key::WebNotStarted),
        ("overdue", Key::WebOverdue),
        ("due_soon", Key::WebDueSoon),
        ("no_deadline", Key::WebNoDeadline),
        ("suspended", Key::WebSuspended),
        ("returned", Key::WebReturned),
        ("completion_rate", Key::WebCompletionRate),
        ("on_time_rate", Key::WebOnTimeRate),
        ("waiting", Key::WebWaiting),
        ("obstacles", Key::WebObstacles),
        ("extensions", Key::WebExtensions),
        ("awaiting", Key::WebAwaiting),
        ("trend", Key::WebTrend),
        ("unit", Key::WebUnit),
        ("deadline", Key::WebDeadline),
        ("status", Key::WebStatus),
        ("history", Key::WebHistory),
        ("evidence", Key::WebEvidence),
        ("more", Key::WebMore),
        ("back", Key::WebBack),
        ("all", Key::WebAll),
        ("period", Key::WebPeriod),
        ("programme", Key::WebProgramme),
        ("denied", Key::WebDenied),
        ("unauthorised", Key::WebUnauthorised),
        ("days_late", Key::WebDaysLate),
        ("days_left", Key::WebDaysLeft),
        ("none", Key::WebNone),
        ("failed", Key::WebFailed),
        ("quarter", Key::WebQuarter),
        ("half_1", Key::WebHalfFirst),
        ("half_2", Key::WebHalfSecond),
        ("programme_cds", Key::ProgrammeCds),
        ("programme_da06", Key::ProgrammeDa06),
        ("programme_nq57", Key::ProgrammeNq57),
        ("programme_other", Key::ProgrammeOther),
    ];
    Value::Object(
        keys.iter().map(|(name, key)| (name.to_string(), Value::String(i18n.t0(lang, *key)))).collect(),
    )
}

/// Tasks due in one month: how many, and how many were done by or after their deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Month {
    /// `YYYY-MM`.
    pub month: String,
    pub due: i64,
    pub on_time: i64,
    pub late: i64,
}

/// The trend as stacked bars a month each: done on time, done late, not done; a small SVG,
/// drawn here so the page needs no chart library.
pub fn trend_svg(months: &[Month]) -> String {
    const W: f64 = 600.0;
    const H: f64 = 200.0;
    const BOTTOM: f64 = 20.0;
    let top = months.iter().map(|m| m.due).max().unwrap_or(0).max(1) as f64;
    let slot = W / months.len().max(1) as f64;
    let bar = (slot * 0.7).max(2.0);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {H}\" role=\"img\" class=\"trend\">"
    );
    for (i, m) in months.iter().enumerate() {
        let x = i as f64 * slot + (slot - bar) / 2.0;
        let scale = (H - BOTTOM - 10.0) / top;
        let open = (m.due - m.on_time - m.late).max(0);
        let mut y = H - BOTTOM;
        for (n, class) in [(m.on_time, "on-time"), (m.late, "late"), (open, "open")] {
            let h = n as f64 * scale;
            if h > 0.0 {
                y -= h;
                svg.push_str(&format!(
                    "<rect class=\"{class}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{h:.1}\"><title>{} {n}</title></rect>",
                    m.month
                ));
            }
        }
        let label = m.month.get(5..).unwrap_or(&m.month);
        svg.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{label}</text>",
            x + bar / 2.0,
            H - 5.0
        ));
    }
    svg.push_str("</svg>");
    svg
}
