//! Tasks: what the chair assigned, to whom, by when, and where it stands; and the rules by
//! which a status report moves a task.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};

use super::UnitRef;

/// The code people type for a task: `NV-0042` is task 42.
pub fn task_code(id: i64) -> String {
    format!("NV-{id:04}")
}

/// The code of a recurring task's occurrence: `NV-0042/11-2026` is the November 2026
/// occurrence of series 42 (numbered by its first occurrence's task).
pub fn occurrence_code(series: i64, period: &str) -> String {
    format!("{}/{period}", task_code(series))
}

/// A task as typed: a code, or a recurring task's occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskRef {
    /// `NV-0042`: the task, or, for a series, its current occurrence.
    Code(i64),
    /// `NV-0042/11-2026`.
    Occurrence(i64, String),
}

/// Reads [`TaskRef`]: a task code as [`parse_task_code`] reads it, or one followed by `/` and a
/// period (`NV-0042/11-2026`, `nv42/q4-2026`).
pub fn parse_task_ref(text: &str) -> Option<TaskRef> {
    match text.trim().split_once('/') {
        Some((code, period)) => {
            let period = period.trim().to_ascii_uppercase();
            let readable = !period.is_empty()
                && period.len() <= 8
                && period.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
            Some(TaskRef::Occurrence(parse_task_code(code)?, period)).filter(|_| readable)
        }
        None => parse_task_code(text).map(TaskRef::Code),
    }
}

/// The task codes written in a sentence ("NV-0042 đã xong", "nv 42: đạt 60%", "#42 xong"),
/// each with where it is in the text, so that the words around it can be read without it.
/// Bare numbers are not codes here: in a report they are percents and dates.
pub fn task_refs_in(text: &str) -> Vec<(std::ops::Range<usize>, TaskRef)> {
    let token = |c: char| c.is_alphanumeric() || matches!(c, '-' | '/' | '#' | '_' | '.');
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (token(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (at, word) = words[i];
        // A sentence's full stop is not part of the code.
        let word = word.trim_end_matches('.');
        let coded = word.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("nv")) || word.starts_with('#');
        if coded && let Some(r) = parse_task_ref(word) {
            found.push((at..at + word.len(), r));
        } else if word.eq_ignore_ascii_case("nv")
            && let Some(&(next_at, next)) = words.get(i + 1)
            && text[at + word.len()..next_at].chars().all(char::is_whitespace)
            && let Some(r) = parse_task_ref(next.trim_end_matches('.'))
                .filter(|_| next.starts_with(|c: char| c.is_ascii_digit()))
        {
            found.push((at..next_at + next.trim_end_matches('.').len(), r));
            i += 1;
        }
        i += 1;
    }
    found
}

/// Reads a task code as people type it: `NV-0042`, `nv42`, `NV 42`, `#42`, `42`.
pub fn parse_task_code(text: &str) -> Option<i64> {
    let t = text.trim().trim_start_matches('#');
    // `get`, not indexing: the first two bytes may cut a letter such as "ò" in half.
    let digits = match t.get(..2) {
        Some(prefix) if prefix.eq_ignore_ascii_case("nv") => t[2..].trim_start_matches([' ', '-', '_', '.']),
        _ => t,
    };
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<i64>().ok().filter(|id| *id > 0)
}

/// The programme a task belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Programme {
    /// Chuyển đổi số.
    Cds,
    /// Đề án 06 (population data, e-identity).
    Da06,
    /// Nghị quyết 57-NQ/TW (science, technology, innovation and digital transformation), which
    /// since 2025 gives the provincial steering committee its name and most of its tasks.
    Nq57,
    Other,
}

impl Programme {
    pub const ALL: [Programme; 4] = [Programme::Cds, Programme::Da06, Programme::Nq57, Programme::Other];

    pub const fn as_str(self) -> &'static str {
        match self {
            Programme::Cds => "cds",
            Programme::Da06 => "da06",
            Programme::Nq57 => "nq57",
            Programme::Other => "other",
        }
    }

    /// Reads a programme as typed, from already folded text (`crate::text::fold::fold`):
    /// "cds", "đề án 06", "nq57", "Nghị quyết 57", "Nghị quyết số 57-NQ/TW", "57-NQ/TW".
    pub fn from_folded(folded: &str) -> Option<Self> {
        // Letters and digits only: "57-nq/tw", "57 nq/tw" and "57nqtw" are one spelling.
        let compact: String = folded.chars().filter(|c| c.is_alphanumeric()).collect();
        match compact.as_str() {
            "cds" | "chuyendoiso" | "digitaltransformation" => Some(Programme::Cds),
            "da06" | "dean06" | "06" | "dean6" | "da6" | "project06" => Some(Programme::Da06),
            "nq57" | "nq57tw" | "57nqtw" | "57nq" | "nghiquyet57" | "nghiquyetso57" | "nghiquyet57nqtw"
            | "nghiquyetso57nqtw" | "resolution57" | "resolution57nqtw" => Some(Programme::Nq57),
            "other" | "khac" | "nhiemvukhac" => Some(Programme::Other),
            _ => None,
        }
    }

    /// The programme a heading or a table's section row names, in folded text: "2. Về Đề án
    /// 06", "I. THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW", "Về chuyển đổi số".
    pub fn named_in(folded: &str) -> Option<Self> {
        let words: Vec<&str> =
            folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let has = |seq: &[&str]| words.windows(seq.len()).any(|w| w == seq);
        if has(&["de", "an", "06"]) || has(&["de", "an06"]) {
            Some(Programme::Da06)
        } else if has(&["nghi", "quyet", "57"])
            || has(&["nghi", "quyet", "so", "57"])
            || has(&["57", "nq", "tw"])
            || has(&["nq57"])
            || has(&["nq", "57"])
        {
            Some(Programme::Nq57)
        } else if has(&["chuyen", "doi", "so"]) {
            Some(Programme::Cds)
        } else {
            None
        }
    }
}

impl FromStr for Programme {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Programme::ALL.into_iter().find(|p| p.as_str() == s).ok_or(())
    }
}

/// Where a task stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TaskStatus {
    NotStarted,
    InProgress,
    /// An officer reported it done; the secretariat has yet to confirm.
    AwaitingConfirmation,
    Done,
    Cancelled,
}

impl TaskStatus {
    /// Whether the bot chases the task with reminders: work not yet reported done.
    pub fn is_chased(self) -> bool {
        matches!(self, TaskStatus::NotStarted | TaskStatus::InProgress)
    }

    pub const ALL: [TaskStatus; 5] = [
        TaskStatus::NotStarted,
        TaskStatus::InProgress,
        TaskStatus::AwaitingConfirmation,
        TaskStatus::Done,
        TaskStatus::Cancelled,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "not_started",
            TaskStatus::InProgress => "in_progress",
            TaskStatus::AwaitingConfirmation => "awaiting_confirmation",
            TaskStatus::Done => "done",
            TaskStatus::Cancelled => "cancelled",
        }
    }

    /// Still to be chased: not done and not cancelled.
    pub const fn is_open(self) -> bool {
        !matches!(self, TaskStatus::Done | TaskStatus::Cancelled)
    }
}

impl FromStr for TaskStatus {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        TaskStatus::ALL.into_iter().find(|x| x.as_str() == s).ok_or(())
    }
}

impl fmt::Display for TaskStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why an open task is set aside: not chased, not counted as under way or overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Hold {
    /// Tạm dừng: the chair or the secretariat paused it, with a reason.
    Suspended,
    /// The lead unit's officer declined it as not the unit's, with a reason; it waits for the
    /// secretariat to assign it to another unit.
    Returned,
}

impl Hold {
    pub const ALL: [Hold; 2] = [Hold::Suspended, Hold::Returned];

    pub const fn as_str(self) -> &'static str {
        match self {
            Hold::Suspended => "suspended",
            Hold::Returned => "returned",
        }
    }
}

impl FromStr for Hold {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Hold::ALL.into_iter().find(|x| x.as_str() == s).ok_or(())
    }
}

/// One entry of a task's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportKind {
    Done,
    InProgress,
    NotStarted,
    Obstacle,
    Extension,
    Note,
    /// The secretariat confirmed a reported completion.
    Confirmed,
    /// The secretariat returned a reported completion.
    Returned,
    ExtensionApproved,
    ExtensionRejected,
}

impl ReportKind {
    pub const ALL: [ReportKind; 10] = [
        ReportKind::Done,
        ReportKind::InProgress,
        ReportKind::NotStarted,
        ReportKind::Obstacle,
        ReportKind::Extension,
        ReportKind::Note,
        ReportKind::Confirmed,
        ReportKind::Returned,
        ReportKind::ExtensionApproved,
        ReportKind::ExtensionRejected,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ReportKind::Done => "done",
            ReportKind::InProgress => "in_progress",
            ReportKind::NotStarted => "not_started",
            ReportKind::Obstacle => "obstacle",
            ReportKind::Extension => "extension",
            ReportKind::Note => "note",
            ReportKind::Confirmed => "confirmed",
            ReportKind::Returned => "returned",
            ReportKind::ExtensionApproved => "extension_approved",
            ReportKind::ExtensionRejected => "extension_rejected",
        }
    }
}

impl FromStr for ReportKind {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        ReportKind::ALL.into_iter().find(|x| x.as_str() == s).ok_or(())
    }
}

/// How a report reached the bot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportSource {
    Button,
    Reply,
    Command,
    Import,
    /// A decision by the secretariat or leadership.
    Decision,
}

impl ReportSource {
    pub const fn as_str(self) -> &'static str {
        match self {
            ReportSource::Button => "button",
            ReportSource::Reply => "reply",
            ReportSource::Command => "command",
            ReportSource::Import => "import",
            ReportSource::Decision => "decision",
        }
    }
}

/// A task as the bot shows and reasons about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub id: i64,
    pub item_number: Option<String>,
    pub text: String,
    pub programme: Programme,
    pub source_document: Option<String>,
    pub year: Option<i32>,
    pub lead: UnitRef,
    pub co_units: Vec<UnitRef>,
    pub deadline: Option<NaiveDate>,
    /// The deadline before the first extension, if it was extended.
    pub original_deadline: Option<NaiveDate>,
    pub status: TaskStatus,
    pub progress: u8,
    pub has_obstacle: bool,
    pub completed_on: Option<NaiveDate>,
    pub last_report_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// The task's own reminder days and hour, as written with `/lich` (`None`: the committee's).
    pub remind_days: Option<String>,
    pub remind_hour: Option<String>,
    /// Set aside while open (a hold on a done or cancelled task has no effect).
    pub hold: Option<Hold>,
    pub hold_reason: Option<String>,
    /// The recurring obligation this task is an occurrence of, if any.
    pub occurrence: Option<Occurrence>,
}

/// Where a recurring task's occurrence sits in its series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// The series' number: its first occurrence's task id.
    pub series: i64,
    /// The period as the code shows it: `11-2026`.
    pub period: String,
    pub every: super::Recurrence,
    /// The last day an occurrence may fall due on, if the series ends.
    pub until: Option<NaiveDate>,
    /// The series' record up to this occurrence: those done by their deadline, of those due
    /// before it (and this one, once done); cancelled ones are not counted.
    pub on_time: i64,
    pub counted: i64,
}

/// Where a deadline stands on a given day, in calendar days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    NoDeadline,
    DaysLeft(i64),
    DueToday,
    DaysLate(i64),
}

impl Task {
    pub fn code(&self) -> String {
        match &self.occurrence {
            Some(o) => occurrence_code(o.series, &o.period),
            None => task_code(self.id),
        }
    }

    /// Whether `unit_id` leads or co-operates on the task.
    pub fn involves(&self, unit_id: i64) -> bool {
        self.lead.id == unit_id || self.co_units.iter().any(|u| u.id == unit_id)
    }

    /// How the deadline stands on `today` (for an open task).
    pub fn timing(&self, today: NaiveDate) -> Timing {
        timing(self.deadline, today)
    }

    /// Open, not set aside, and past its deadline on `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.held().is_none() && self.status.is_open() && matches!(self.timing(today), Timing::DaysLate(_))
    }

    /// The hold that applies: only an open task is held.
    pub fn held(&self) -> Option<Hold> {
        self.hold.filter(|_| self.status.is_open())
    }
}

pub fn timing(deadline: Option<NaiveDate>, today: NaiveDate) -> Timing {
    match deadline {
        None => Timing::NoDeadline,
        Some(d) => match (d - today).num_days() {
            0 => Timing::DueToday,
            n if n > 0 => Timing::DaysLeft(n),
            n => Timing::DaysLate(-n),
        },
    }
}

/// A status report, once understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    Done,
    InProgress { percent: Option<u8> },
    NotStarted,
    Obstacle { percent: Option<u8> },
}

impl Report {
    pub fn kind(self) -> ReportKind {
        match self {
            Report::Done => ReportKind::Done,
            Report::InProgress { .. } => ReportKind::InProgress,
            Report::NotStarted => ReportKind::NotStarted,
            Report::Obstacle { .. } => ReportKind::Obstacle,
        }
    }

    pub fn percent(self) -> Option<u8> {
        match self {
            Report::InProgress { percent } | Report::Obstacle { percent } => percent,
            Report::Done => Some(100),
            Report::NotStarted => Some(0),
        }
    }
}

/// The fields a report changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub status: TaskStatus,
    pub progress: u8,
    pub has_obstacle: bool,
    pub completed_on: Option<NaiveDate>,
}

impl Task {
    pub fn progress_state(&self) -> Progress {
        Progress {
            status: self.status,
            progress: self.progress,
            has_obstacle: self.has_obstacle,
            completed_on: self.completed_on,
        }
    }
}

/// Why a report cannot be applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReportRefused {
    #[error("the task is already done")]
    AlreadyDone,
    #[error("the task was cancelled")]
    Cancelled,
}

/// The task after `report`, made on `today`. With `verify`, an officer's "done" waits for the
/// secretariat's confirmation; the completion date is still the day of the report.
pub fn apply_report(
    before: Progress,
    report: Report,
    by_officer: bool,
    verify: bool,
    today: NaiveDate,
) -> Result<Progress, ReportRefused> {
    match before.status {
        TaskStatus::Done => return Err(ReportRefused::AlreadyDone),
        TaskStatus::Cancelled => return Err(ReportRefused::Cancelled),
        _ => {}
    }
    Ok(match report {
        Report::Done if by_officer && verify => Progress {
            status: TaskStatus::AwaitingConfirmation,
            progress: before.progress,
            has_obstacle: false,
            completed_on: Some(today),
        },
        Report::Done => Progress {
            status: TaskStatus::Done,
            progress: 100,
            has_obstacle: false,
            completed_on: Some(today),
        },
        Report::InProgress { percent } => Progress {
            status: TaskStatus::InProgress,
            progress: percent.unwrap_or(before.progress).min(99),
            has_obstacle: false,
            completed_on: None,
        },
        Report::NotStarted => {
            Progress { status: TaskStatus::NotStarted, progress: 0, has_obstacle: false, completed_on: None }
        }
        Report::Obstacle { percent } => {
            let progress = percent.unwrap_or(before.progress).min(99);
            let status = if before.status == TaskStatus::NotStarted && progress == 0 {
                TaskStatus::NotStarted
            } else {
                TaskStatus::InProgress
            };
            Progress { status, progress, has_obstacle: true, completed_on: None }
        }
    })
}

/// The secretariat confirms a reported completion: done, on the day the officer reported it.
pub fn confirm_completion(before: Progress) -> Option<Progress> {
    (before.status == TaskStatus::AwaitingConfirmation).then_some(Progress {
        status: TaskStatus::Done,
        progress: 100,
        ..before
    })
}

/// The secretariat returns a reported completion: back to in progress.
pub fn return_completion(before: Progress) -> Option<Progress> {
    (before.status == TaskStatus::AwaitingConfirmation).then_some(Progress {
        status: TaskStatus::InProgress,
        completed_on: None,
        ..before
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32, m: u32, y: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn fresh() -> Progress {
        Progress { status: TaskStatus::NotStarted, progress: 0, has_obstacle: false, completed_on: None }
    }

    #[test]
    fn task_codes_are_read_the_way_people_type_them() {
        for typed in ["NV-0042", "nv42", "NV 42", "#42", "42", "nv-42", " NV_0042 "] {
            assert_eq!(parse_task_code(typed), Some(42), "{typed}");
        }
        for typed in ["Hòa An", "ò", "nv", "NV-", "nv-x", "0", "NV-1234567890"] {
            assert_eq!(parse_task_code(typed), None, "{typed}");
        }
        for typed in ["", "NV-", "abc", "NV-4x", "-3", "0", "NV-99999999999"] {
            assert_eq!(parse_task_code(typed), None, "{typed}");
        }
        assert_eq!(task_code(42), "NV-0042");
        assert_eq!(task_code(12345), "NV-12345");
    }

    #[test]
    fn timing_counts_calendar_days_either_side_of_the_deadline() {
        let today = day(15, 8, 2023);
        assert_eq!(timing(Some(day(18, 8, 2023)), today), Timing::DaysLeft(3));
        assert_eq!(timing(Some(today), today), Timing::DueToday);
        assert_eq!(timing(Some(day(10, 8, 2023)), today), Timing::DaysLate(5));
        assert_eq!(timing(None, today), Timing::NoDeadline);
    }

    #[test]
    fn an_officers_done_waits_for_confirmation_and_keeps_the_report_date() {
        let today = day(20, 9, 2023);
        let started =
            apply_report(fresh(), Report::InProgress { percent: Some(60) }, true, true, today).unwrap();
        let reported = apply_report(started, Report::Done, true, true, today).unwrap();
        assert_eq!(reported.status, TaskStatus::AwaitingConfirmation);
        assert_eq!(reported.progress, 60);
        assert_eq!(reported.completed_on, Some(today));
        let done = confirm_completion(reported).unwrap();
        assert_eq!((done.status, done.progress, done.completed_on), (TaskStatus::Done, 100, Some(today)));
        let back = return_completion(reported).unwrap();
        assert_eq!((back.status, back.progress, back.completed_on), (TaskStatus::InProgress, 60, None));
    }

    #[test]
    fn without_verification_or_from_the_secretariat_done_closes_at_once() {
        let today = day(1, 10, 2023);
        assert_eq!(apply_report(fresh(), Report::Done, true, false, today).unwrap().status, TaskStatus::Done);
        assert_eq!(apply_report(fresh(), Report::Done, false, true, today).unwrap().status, TaskStatus::Done);
    }

    #[test]
    fn a_closed_task_takes_no_more_reports() {
        let done = Progress { status: TaskStatus::Done, ..fresh() };
        let cancelled = Progress { status: TaskStatus::Cancelled, ..fresh() };
        let today = day(1, 1, 2024);
        assert_eq!(
            apply_report(done, Report::NotStarted, true, true, today),
            Err(ReportRefused::AlreadyDone)
        );
        assert_eq!(apply_report(cancelled, Report::Done, false, true, today), Err(ReportRefused::Cancelled));
    }

    #[test]
    fn an_obstacle_is_flagged_and_cleared_by_the_next_progress_report() {
        let today = day(1, 1, 2024);
        let blocked = apply_report(fresh(), Report::Obstacle { percent: None }, true, true, today).unwrap();
        assert!(blocked.has_obstacle);
        assert_eq!(blocked.status, TaskStatus::NotStarted);
        let moving =
            apply_report(blocked, Report::InProgress { percent: Some(30) }, true, true, today).unwrap();
        assert!(!moving.has_obstacle);
        assert_eq!((moving.status, moving.progress), (TaskStatus::InProgress, 30));
    }

    #[test]
    fn programmes_are_read_from_folded_words() {
        use crate::text::fold::fold;
        assert_eq!(Programme::from_folded("de an 06"), Some(Programme::Da06));
        assert_eq!(Programme::from_folded("da06"), Some(Programme::Da06));
        assert_eq!(Programme::from_folded("chuyen doi so"), Some(Programme::Cds));
        assert_eq!(Programme::from_folded("cds"), Some(Programme::Cds));
        assert_eq!(Programme::from_folded("khac"), Some(Programme::Other));
        for typed in [
            "nq57",
            "NQ57",
            "nq 57",
            "Nghị quyết 57",
            "nghi quyet 57",
            "57-NQ/TW",
            "57-nq/tw",
            "Nghị quyết số 57-NQ/TW",
            "Nghị quyết 57-NQ/TW",
            "resolution 57",
        ] {
            assert_eq!(Programme::from_folded(&fold(typed)), Some(Programme::Nq57), "{typed}");
        }
        assert_eq!(Programme::from_folded("57"), None);
        assert_eq!(Programme::from_folded("nghi quyet 58"), None);
        for p in Programme::ALL {
            assert_eq!(p.as_str().parse::<Programme>(), Ok(p));
        }
    }

    #[test]
    fn headings_name_their_programme() {
        use crate::text::fold::fold;
        let named = |s: &str| Programme::named_in(&fold(s));
        assert_eq!(named("2. Về triển khai Đề án 06"), Some(Programme::Da06));
        assert_eq!(named("1. Về thực hiện Nghị quyết số 57-NQ/TW"), Some(Programme::Nq57));
        assert_eq!(named("I. NHIỆM VỤ THỰC HIỆN NQ57"), Some(Programme::Nq57));
        assert_eq!(
            named(
                "Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
            ),
            Some(Programme::Nq57)
        );
        assert_eq!(named("3. Đối với công tác chuyển đổi số"), Some(Programme::Cds));
        assert_eq!(named("Nghị quyết số 570/NQ-HĐND"), None);
        assert_eq!(named("Sở Tư pháp"), None);
        assert_eq!(Programme::from_folded("so tu phap"), None);
    }

    #[test]
    fn codes_are_found_inside_sentences_and_numbers_are_not() {
        let codes =
            |t: &str| task_refs_in(t).into_iter().map(|(r, c)| (t[r].to_string(), c)).collect::<Vec<_>>();
        assert_eq!(codes("NV-0042 đã xong"), vec![("NV-0042".into(), TaskRef::Code(42))]);
        assert_eq!(codes("báo cáo nv 42: đạt 60%."), vec![("nv 42".into(), TaskRef::Code(42))]);
        assert_eq!(codes("Nhiệm vụ #7 xong."), vec![("#7".into(), TaskRef::Code(7))]);
        assert_eq!(
            codes("NV-0042/11-2026 xong, nv43 đang làm"),
            vec![
                ("NV-0042/11-2026".into(), TaskRef::Occurrence(42, "11-2026".into())),
                ("nv43".into(), TaskRef::Code(43))
            ]
        );
        assert!(codes("đã hoàn thành 100% ngày 30/11, số 42").is_empty());
        assert!(codes("nvien đang làm, NV chưa rõ, nv/7").is_empty());
        assert!(codes("hồ sơ đã số hóa, ồ, ư").is_empty(), "a letter cut in half is not a code");
    }
}
