//! How a task looks in a message: the full card (fields, latest status, history), the line
//! it takes in a list, and the buttons under it.

use crate::view::message::{Button, Keyboard};
use chrono::NaiveDate;
use chrono_tz::Tz;

use super::callback::{Callback, EditField, StatusButton};
use super::markup::truncate;
use super::message::{button, keyboard};
use crate::domain::{Hold, Lang, MonthDay, Programme, Recurrence, ReportKind, Task, TaskStatus, Timing};
use crate::i18n::{Args, I18n, Key};
use crate::store::evidence::Evidence;
use crate::store::tasks::HistoryEntry;

/// Task text shown in a list line, in characters.
const LINE_TEXT: usize = 160;
/// An officer's words quoted in a card's history, in characters.
const QUOTE: usize = 300;

pub fn programme_name(i18n: &I18n, lang: Lang, p: Programme) -> String {
    i18n.t0(
        lang,
        match p {
            Programme::Cds => Key::ProgrammeCds,
            Programme::Da06 => Key::ProgrammeDa06,
            Programme::Nq57 => Key::ProgrammeNq57,
            Programme::Other => Key::ProgrammeOther,
        },
    )
}

/// The status in words ("Đang thực hiện (60%)").
pub fn status_text(i18n: &I18n, lang: Lang, task: &Task) -> String {
    if let Some(hold) = task.held() {
        let key = match hold {
            Hold::Suspended => Key::StatusSuspended,
            Hold::Returned => Key::StatusReturned,
        };
        let reason = task.hold_reason.as_deref().map(|r| truncate(r, 200)).filter(|r| !r.trim().is_empty());
        let args = match reason {
            Some(r) => Args::new().text("reason", r),
            None => Args::new().raw("reason", "none"),
        };
        return i18n.t(lang, key, &args);
    }
    let args = Args::new()
        .num("percent", task.progress)
        .raw("date", task.completed_on.map_or_else(|| "none".to_string(), |d| i18n.date(lang, d)));
    let key = match task.status {
        TaskStatus::NotStarted => Key::StatusNotStarted,
        TaskStatus::InProgress => Key::StatusInProgress,
        TaskStatus::AwaitingConfirmation => Key::StatusAwaiting,
        TaskStatus::Done => Key::StatusDone,
        TaskStatus::Cancelled => Key::StatusCancelled,
    };
    i18n.t(lang, key, &args)
}

/// "còn 3 ngày", "quá hạn 5 ngày", "hạn hôm nay".
pub fn timing_text(i18n: &I18n, lang: Lang, timing: Timing) -> String {
    match timing {
        Timing::NoDeadline => i18n.t0(lang, Key::TimingNone),
        Timing::DueToday => i18n.t0(lang, Key::TimingToday),
        Timing::DaysLeft(n) => i18n.t(lang, Key::TimingLeft, &Args::new().num("days", n as f64)),
        Timing::DaysLate(n) => i18n.t(lang, Key::TimingLate, &Args::new().num("days", n as f64)),
    }
}

/// The deadline with where it stands ("15/8/2023 (còn 3 ngày)"); open tasks only show timing.
pub fn deadline_text(i18n: &I18n, lang: Lang, task: &Task, today: NaiveDate) -> String {
    match task.deadline {
        None => i18n.t0(lang, Key::DeadlineNone),
        Some(d) => {
            let timing = if task.status.is_open() {
                timing_text(i18n, lang, task.timing(today))
            } else {
                "none".to_string()
            };
            i18n.t(lang, Key::DeadlineOn, &Args::new().raw("date", i18n.date(lang, d)).html("timing", timing))
        }
    }
}

pub fn kind_name(i18n: &I18n, lang: Lang, kind: ReportKind) -> String {
    i18n.t0(
        lang,
        match kind {
            ReportKind::Done => Key::KindDone,
            ReportKind::InProgress => Key::KindInProgress,
            ReportKind::NotStarted => Key::KindNotStarted,
            ReportKind::Obstacle => Key::KindObstacle,
            ReportKind::Extension => Key::KindExtension,
            ReportKind::Note => Key::KindNote,
            ReportKind::Confirmed => Key::KindConfirmed,
            ReportKind::Returned => Key::KindReturned,
            ReportKind::ExtensionApproved => Key::KindExtensionApproved,
            ReportKind::ExtensionRejected => Key::KindExtensionRejected,
        },
    )
}

/// The full card: every field, the latest status and (when given) the history, newest first.
pub fn card(
    i18n: &I18n,
    lang: Lang,
    tz: Tz,
    task: &Task,
    today: NaiveDate,
    history: &[HistoryEntry],
) -> String {
    card_with_evidence(i18n, lang, tz, task, today, history, &[])
}

/// [`card`] with the files filed as the task's evidence, listed before the history.
pub fn card_with_evidence(
    i18n: &I18n,
    lang: Lang,
    tz: Tz,
    task: &Task,
    today: NaiveDate,
    history: &[HistoryEntry],
    evidence: &[Evidence],
) -> String {
    let mut lines = Vec::new();
    let item = match &task.item_number {
        Some(item) => i18n.t(lang, Key::CardItem, &Args::new().text("item", item)),
        None => String::new(),
    };
    lines.push(i18n.t(lang, Key::CardTitle, &Args::new().raw("code", task.code()).html("item", item)));
    lines.push(crate::view::markup::escape(&task.text));
    lines.push(String::new());
    lines.push(i18n.t(lang, Key::CardLead, &Args::new().text("unit", &task.lead.short_name)));
    if !task.co_units.is_empty() {
        let names: Vec<&str> = task.co_units.iter().map(|u| u.short_name.as_str()).collect();
        lines.push(i18n.t(lang, Key::CardCoUnits, &Args::new().text("units", names.join(", "))));
    }
    lines.push(i18n.t(
        lang,
        Key::CardDeadline,
        &Args::new().html("deadline", deadline_text(i18n, lang, task, today)),
    ));
    if let (Some(original), Some(_)) = (task.original_deadline, task.deadline) {
        lines.push(i18n.t(lang, Key::CardExtended, &Args::new().raw("date", i18n.date(lang, original))));
    }
    if let Some(o) = &task.occurrence {
        let until = match o.until {
            Some(d) => i18n.t(lang, Key::CardSeriesUntil, &Args::new().raw("date", i18n.date(lang, d))),
            None => String::new(),
        };
        let args = Args::new()
            .raw("rule", recurrence_text(i18n, lang, o.every))
            .raw("until", until)
            .num("on_time", o.on_time as f64)
            .num("counted", o.counted as f64);
        lines.push(i18n.t(lang, Key::CardSeries, &args));
    }
    lines.push(i18n.t(
        lang,
        Key::CardProgramme,
        &Args::new().html("programme", programme_name(i18n, lang, task.programme)),
    ));
    if let Some(source) = &task.source_document {
        lines.push(i18n.t(lang, Key::CardSource, &Args::new().text("source", source)));
    }
    lines.push(i18n.t(lang, Key::CardStatus, &Args::new().html("status", status_text(i18n, lang, task))));
    if task.has_obstacle {
        lines.push(i18n.t0(lang, Key::CardObstacle));
    }
    // The evidence of completion: the document the latest report naming one gave.
    if let Some(document) = history.iter().find_map(|e| e.document.as_deref()) {
        lines.push(i18n.t(lang, Key::CardEvidence, &Args::new().text("document", document)));
    }
    if !evidence.is_empty() {
        lines.push(evidence_list(i18n, lang, evidence));
    }
    if !history.is_empty() {
        lines.push(String::new());
        lines.push(i18n.t0(lang, Key::CardHistory));
        for entry in history {
            lines.push(history_line(i18n, lang, tz, entry));
        }
    }
    lines.join("\n")
}

/// A recurrence in words: "hằng tháng, ngày 20".
pub fn recurrence_text(i18n: &I18n, lang: Lang, every: Recurrence) -> String {
    let day_month = |(d, m): (u32, u32)| {
        chrono::NaiveDate::from_ymd_opt(2000, m, d).map(|x| i18n.day_month(lang, x)).unwrap_or_default()
    };
    // The last day has its own words; a day not said, none.
    let day_number = |day: Option<MonthDay>| match day {
        Some(MonthDay::Day(d)) => d.to_string(),
        _ => String::new(),
    };
    match every {
        Recurrence::Weekly(day) => {
            let weekday = day
                .map(|d| i18n.t(lang, Key::FmtWeekday, &Args::new().num("n", d.number_from_monday() as f64)))
                .unwrap_or_default();
            i18n.t(lang, Key::RecurrenceWeekly, &Args::new().raw("weekday", weekday))
        }
        Recurrence::Monthly(Some(MonthDay::Last)) => i18n.t0(lang, Key::RecurrenceMonthlyLast),
        Recurrence::Monthly(day) => {
            i18n.t(lang, Key::RecurrenceMonthly, &Args::new().raw("day", day_number(day)))
        }
        Recurrence::Quarterly(Some(MonthDay::Last)) => i18n.t0(lang, Key::RecurrenceQuarterlyLast),
        Recurrence::Quarterly(day) => {
            i18n.t(lang, Key::RecurrenceQuarterly, &Args::new().raw("day", day_number(day)))
        }
        Recurrence::HalfYearly(day) => {
            let (first, second) = match day {
                Some((d, m)) => (day_month((d, m)), day_month((d, m + 6))),
                None => Default::default(),
            };
            i18n.t(lang, Key::RecurrenceHalfYearly, &Args::new().raw("first", first).raw("second", second))
        }
        Recurrence::Yearly(day) => i18n.t(
            lang,
            Key::RecurrenceYearly,
            &Args::new().raw("date", day.map(day_month).unwrap_or_default()),
        ),
    }
}

/// Files listed on a card; the dossier (`/hoso`) sends them all.
const EVIDENCE_LISTED: usize = 10;

/// "📎 Minh chứng (2 tệp):" and a line a file, the latest [`EVIDENCE_LISTED`].
pub fn evidence_list(i18n: &I18n, lang: Lang, evidence: &[Evidence]) -> String {
    let mut lines =
        vec![i18n.t(lang, Key::EvidenceListHeader, &Args::new().num("count", evidence.len() as f64))];
    let skipped = evidence.len().saturating_sub(EVIDENCE_LISTED);
    for e in &evidence[skipped..] {
        lines.push(evidence_line(i18n, lang, e));
    }
    if skipped > 0 {
        lines.push(i18n.t(lang, Key::EvidenceListMore, &Args::new().num("count", skipped as f64)));
    }
    lines.join("\n")
}

/// One file: its document number if it has one, its name and size.
pub fn evidence_line(i18n: &I18n, lang: Lang, e: &Evidence) -> String {
    let args = Args::new()
        .text("number", e.document_number.as_deref().unwrap_or("none"))
        .text("name", truncate(&e.file_name, 80))
        .raw("size", file_size(i18n, lang, e.size));
    i18n.t(lang, Key::EvidenceListLine, &args)
}

/// "1,2 MB", "350 KB".
pub fn file_size(i18n: &I18n, lang: Lang, bytes: i64) -> String {
    let kb = (bytes.max(0) as f64 / 1024.0).ceil();
    if kb < 1024.0 {
        i18n.t(lang, Key::EvidenceSizeKb, &Args::new().num("kb", kb))
    } else {
        let mb = (kb / 1024.0 * 10.0).round() / 10.0;
        i18n.t(lang, Key::EvidenceSizeMb, &Args::new().num("mb", mb))
    }
}

pub fn history_line(i18n: &I18n, lang: Lang, tz: Tz, entry: &HistoryEntry) -> String {
    let percent = match (entry.kind, entry.percent) {
        (ReportKind::InProgress | ReportKind::Obstacle, Some(p)) => format!(" {p}%"),
        _ => String::new(),
    };
    let quote = if entry.text.trim().is_empty() {
        String::new()
    } else {
        i18n.t(lang, Key::HistoryQuote, &Args::new().text("text", truncate(&entry.text, QUOTE)))
    };
    let args = Args::new()
        .raw("when", i18n.datetime(lang, entry.at, tz))
        .text("who", entry.member_name.as_deref().unwrap_or("?"))
        .html("kind", format!("{}{percent}", kind_name(i18n, lang, entry.kind)))
        .html("quote", quote);
    i18n.t(lang, Key::HistoryLine, &args)
}

/// A task's line in a list: code, unit, deadline and status, then the start of its text.
pub fn line(i18n: &I18n, lang: Lang, task: &Task, today: NaiveDate) -> String {
    let args = Args::new()
        .raw("code", task.code())
        .text("unit", &task.lead.short_name)
        .html("deadline", deadline_text(i18n, lang, task, today))
        .html("status", status_text(i18n, lang, task))
        .text("text", truncate(&task.text, LINE_TEXT))
        .raw("id", task.id.to_string());
    i18n.t(lang, Key::TaskLine, &args)
}

/// A task's card for an officer of its lead unit, under a heading (new task, changed task),
/// with the status buttons; replying to it reports on the task.
pub fn assigned(app: &crate::app::App, lang: Lang, task: &Task, heading: Key) -> super::message::Outgoing {
    let i18n = &app.i18n;
    let text = format!(
        "{}\n\n{}",
        i18n.t(lang, heading, &Args::new().raw("code", task.code())),
        card(i18n, lang, app.config.tz, task, app.today(), &[])
    );
    super::message::Outgoing::text(0, text)
        .keyboard(status_keyboard(i18n, lang, task.id))
        .about(task.id)
        .purpose(super::message::Purpose::TaskCard)
}

/// The status buttons an officer presses under a card or reminder.
pub fn status_keyboard(i18n: &I18n, lang: Lang, task_id: i64) -> Keyboard {
    let b = |key: Key, button_kind: StatusButton| {
        button(i18n.t0(lang, key), Callback::Status { task: task_id, button: button_kind })
    };
    keyboard(vec![
        vec![b(Key::BtnDone, StatusButton::Done), b(Key::BtnInProgress, StatusButton::InProgress)],
        vec![b(Key::BtnObstacle, StatusButton::Obstacle), b(Key::BtnExtension, StatusButton::Extension)],
    ])
}

/// The hold button under an open task's card: for the office, suspend (or resume a task set
/// aside); for the lead unit's officer, return it as not the unit's.
pub fn hold_row(i18n: &I18n, lang: Lang, task: &Task, office: bool) -> Vec<Button> {
    let (key, field) = match (office, task.held()) {
        (true, None) => (Key::BtnSuspend, EditField::Suspend),
        (true, Some(_)) => (Key::BtnResume, EditField::Resume),
        (false, None) => (Key::BtnReturnTask, EditField::Return),
        (false, Some(_)) => return Vec::new(),
    };
    vec![button(i18n.t0(lang, key), Callback::Edit { task: task.id, field })]
}

/// The buttons the chair and secretariat get under a card: change the task.
pub fn manage_rows(i18n: &I18n, lang: Lang, task_id: i64) -> Vec<Vec<Button>> {
    let b = |key: Key, field: EditField| button(i18n.t0(lang, key), Callback::Edit { task: task_id, field });
    vec![
        vec![b(Key::BtnEditDeadline, EditField::Deadline), b(Key::BtnEditText, EditField::Text)],
        vec![b(Key::BtnEditLead, EditField::Lead), b(Key::BtnEditCoUnits, EditField::CoUnits)],
        vec![b(Key::BtnCancelTask, EditField::Cancel)],
    ]
}

/// Under a recurring task's occurrence, for those who manage tasks: a button that ends the
/// series after this period (nothing when it already ends by then).
pub fn series_row(i18n: &I18n, lang: Lang, task: &Task) -> Vec<Button> {
    let Some(o) = &task.occurrence else { return Vec::new() };
    let own = task.original_deadline.or(task.deadline);
    if o.until.is_some_and(|end| own.is_some_and(|d| end <= d)) {
        return Vec::new();
    }
    vec![button(
        i18n.t0(lang, Key::BtnStopSeries),
        Callback::Edit { task: task.id, field: EditField::StopSeries },
    )]
}

/// A filed file, sent again by its id with its task's code and number as the caption.
pub fn evidence_message(i18n: &I18n, lang: Lang, code: &str, e: &Evidence) -> crate::view::message::Outgoing {
    let line = evidence_line(i18n, lang, e);
    let args = Args::new().raw("code", code).html("line", line.trim_start_matches("• ").to_string());
    let caption = crate::view::markup::truncate(&i18n.t(lang, Key::EvidenceCaption, &args), 900);
    crate::view::message::Outgoing::stored(
        0,
        e.kind == crate::domain::evidence::EvidenceKind::Photo,
        e.file_ref.clone(),
        caption,
    )
    .about(e.task_id)
}
