//! Deadline phrases: how committees and officers write "by when" ("trước ngày 15/8/2023",
//! "trong Quý III năm 2023", "cuối tháng 9", "tuần sau", "trong 15 ngày kể từ ngày ký",
//! "trước ngày 20 hằng tháng", "thường xuyên") and the date each one means.
//!
//! A period (month, quarter, half year, year) means its last day; "trước" a period means the
//! end of the one before it ("trước tháng 10" is by 30/9). Dates without a year are completed
//! from a [`Context`]: this year's for a person in a chat (one already past is asked back by
//! [`read_typed`], never moved a year on), the document's own year for a document.
//! [`parse`] reads a field that should hold nothing but a deadline; [`find`] digs one out of a
//! sentence without mistaking percentages, item numbers, document numbers or the dates of
//! cited documents for it; [`read_typed`] is what `/giao` uses: either, with the checks a
//! person typing a deadline needs.

mod recurring;
mod scan;
#[cfg(test)]
mod tests;

use std::ops::Range;

use chrono::NaiveDate;

use super::fold::{Kind, Tokens, fold};
use crate::domain::{Calendar, Recurrence};
use scan::{Mode, Scan};

/// When a task is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    On(NaiveDate),
    /// "thường xuyên", "không": no deadline, reported periodically.
    Ongoing,
    /// "trước ngày 20 hằng tháng": due again every period.
    Recurring(Recurrence),
}

/// How to complete a date written without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingYear {
    /// Typed by a person in a chat on `today`: this year's. Typed on 20/8/2026, "15/9" is
    /// 15/9/2026 and "5/8" or "15/1" are in 2026 too, already past: [`read_typed`] asks them
    /// back rather than guess the year after.
    ThisYear,
    /// Written in a document dated `today`: the document's year ("trước 15/9" in a notice of 08/8/2023 → 15/9/2023).
    SameYear,
}

/// What a phrase is read against: today, how to complete a year, and the working days (for
/// "10 ngày làm việc"; Monday to Friday when not given).
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub today: NaiveDate,
    pub missing_year: MissingYear,
    pub calendar: Option<&'a Calendar>,
}

impl Context<'static> {
    /// A person typing on `today`.
    pub fn chat(today: NaiveDate) -> Self {
        Context { today, missing_year: MissingYear::ThisYear, calendar: None }
    }

    /// A document dated `date`.
    pub fn document(date: NaiveDate) -> Self {
        Context { today: date, missing_year: MissingYear::SameYear, calendar: None }
    }
}

impl<'a> Context<'a> {
    /// The same context, counting working days on `calendar`.
    pub fn with_calendar(self, calendar: &'a Calendar) -> Context<'a> {
        Context { calendar: Some(calendar), ..self }
    }
}

/// Why a deadline could not be read, or cannot be taken as typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    #[error("no deadline given")]
    Empty,
    #[error("not a deadline phrase")]
    NotUnderstood,
    #[error("no such date: day {day}, month {month}, year {year:?}")]
    NoSuchDate { day: u32, month: u32, year: Option<i32> },
    #[error("no such month: {0}")]
    NoSuchMonth(u32),
    #[error("no such quarter: {0}")]
    NoSuchQuarter(u32),
    #[error("year out of range: {0}")]
    YearOutOfRange(u32),
    /// The date has already passed ("15/9/2021", or "trước ngày 5/8" typed on 6/8).
    #[error("the date {0} has passed")]
    Past(NaiveDate),
    /// "từ ngày 15/9": when the work starts, not when it is due.
    #[error("{0} is a start, not a deadline")]
    StartOnly(NaiveDate),
}

/// A recurrence as typed where a deadline goes, with the bounds of the series when said:
/// "hằng tháng ngày 20 từ 01/01/2027 đến 31/12/2027", "hằng quý ngày 20, đến hết năm 2027".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repeating {
    pub every: Recurrence,
    /// The first day an occurrence may fall due on.
    pub from: Option<NaiveDate>,
    /// The last day an occurrence may fall due on.
    pub until: Option<NaiveDate>,
}

/// Reads a typed deadline that recurs ("hằng tháng ngày 20"), with its bounds; `None` when
/// the text says no recurrence. A bound starts at "từ" (the start) or "đến"/"tới" (the end)
/// and must be a date the text gives in full, with its year: "hạn đến ngày 20 hằng tháng"
/// names the day of the month, not an end.
pub fn read_repeating(text: &str, cx: Context<'_>) -> Option<Repeating> {
    let words: Vec<(usize, String)> =
        text.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, fold(w))).collect();
    let bound_at = |keys: &[&str]| {
        words.iter().rposition(|(_, w)| keys.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    let date_after = |from: usize, to: usize| -> Option<NaiveDate> {
        let phrase = text[from..to].trim().trim_end_matches([',', ';', '.']);
        if !phrase.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4) {
            return None;
        }
        match parse(phrase, Context { missing_year: MissingYear::ThisYear, ..cx }) {
            Ok(Deadline::On(d)) => Some(d),
            _ => None,
        }
    };
    let mut rule_end = text.len();
    let mut until = None;
    if let Some(i) = bound_at(&["den", "toi"]) {
        let start = words[i].0;
        if let Some(d) = date_after(start + text[start..].find(char::is_whitespace).unwrap_or(0), text.len())
        {
            until = Some(d);
            rule_end = start;
        }
    }
    let mut from = None;
    if let Some(i) = bound_at(&["tu"]).filter(|i| words[*i].0 < rule_end) {
        let start = words[i].0;
        if let Some(d) = date_after(start + text[start..].find(char::is_whitespace).unwrap_or(0), rule_end) {
            from = Some(d);
            rule_end = start;
        }
    }
    let rule = &text[..rule_end];
    let toks = Tokens::new(rule);
    let (every, _) = recurring::find(&toks, 0..toks.len())?;
    Some(Repeating { every, from, until })
}

/// "… và các năm tiếp theo": the same work again in the years after a period.
const THEN_ON: &[&str] = &["va cac nam tiep theo", "va nhung nam tiep theo", "va cac nam sau"];

/// The whole text is a deadline phrase (leading words like "trước ngày", "hạn", "hoàn thành
/// trong", "đến", a time of day, and trailing particles are allowed).
pub fn parse(text: &str, cx: Context<'_>) -> Result<Deadline, DeadlineError> {
    let toks = Tokens::new(text);
    let mut end = toks.len();
    // Trailing punctuation and chat particles: "30/9 ạ", "cuối tháng nhé!".
    while end > 0
        && (matches!(toks.kind(end - 1), Some(Kind::Mark(_)))
            || (toks.kind(end - 1) == Some(Kind::Word) && PARTICLES.contains(&toks.text(end - 1))))
    {
        end -= 1;
    }
    if end == 0 {
        return Err(DeadlineError::Empty);
    }
    // "quý IV/2026 và các năm tiếp theo": due at the end of the period named first.
    if let Some(n) = THEN_ON.iter().find_map(|w| {
        let n = w.split(' ').count();
        (end > n && toks.count_words(end - n, w).is_some()).then_some(n)
    }) {
        end -= n;
    }
    let scan = Scan { text, toks: &toks, cx, mode: Mode::Whole };
    if let Some((recurrence, _)) = recurring::find(&toks, 0..end) {
        return Ok(Deadline::Recurring(recurrence));
    }
    let (start, from) = scan.skip_leading(0, end);
    if start == end {
        return Err(DeadlineError::NotUnderstood);
    }
    match scan.phrase_or_range(start) {
        Some((Ok(p), ranged)) if p.end == end => {
            let p = scan.before_period(start, p);
            match p.deadline {
                Deadline::On(d) if from && !ranged => Err(DeadlineError::StartOnly(d)),
                deadline => Ok(deadline),
            }
        }
        Some((Err(e), _)) => Err(e),
        _ => Err(DeadlineError::NotUnderstood),
    }
}

/// Finds the first deadline phrase inside a longer sentence; returns it and its byte range in `text`
/// (the range of the original, unfolded text). Used for "xin gia hạn đến 30/9 vì chờ kinh phí" and for
/// conclusion notices ("Sở Nội vụ ... hoàn thành trước ngày 15/8/2023.").
///
/// A phrase introduced by a deadline word ("trước", "đến", "hạn", "hoàn thành", "trong", …) wins
/// over an earlier bare date; the range covers those words too, so [`parse`] reads the range
/// back to the same deadline and cutting it out leaves the rest of the sentence readable. A
/// recurrence ("hằng quý", "trước ngày 20 hằng tháng") is found as one.
pub fn find(text: &str, cx: Context<'_>) -> Option<(Deadline, Range<usize>)> {
    let toks = Tokens::new(text);
    if let Some((recurrence, range)) = recurring::find(&toks, 0..toks.len()) {
        return Some((Deadline::Recurring(recurrence), toks.orig(range.start, range.end)));
    }
    let found = candidates(text, &toks, cx, true);
    found.introduced.into_iter().next().or_else(|| found.bare.into_iter().next())
}

/// The phrases of a sentence: those a deadline word introduces, and bare dates.
#[derive(Default)]
struct Candidates {
    introduced: Vec<(Deadline, Range<usize>)>,
    bare: Vec<(Deadline, Range<usize>)>,
}

fn candidates(text: &str, toks: &Tokens, cx: Context<'_>, first_only: bool) -> Candidates {
    let scan = Scan { text, toks, cx, mode: Mode::Find };
    let mut found = Candidates::default();
    let mut i = 0;
    while i < toks.len() {
        let Some((Ok(p), ranged)) = scan.phrase_or_range(i) else {
            i += 1;
            continue;
        };
        if scan.is_not_a_deadline(i, p.end, ranged) || ranged && reported_period(&scan, i, &p, cx) {
            i += 1;
            continue;
        }
        let (start, introduced) = scan.lead(i);
        if p.needs_intro && !introduced {
            i += 1;
            continue;
        }
        let p = scan.before_period(i, p);
        // "từ năm 2026 trở đi": a start of work that goes on, no deadline.
        if toks.count_words(p.end, "tro di").is_some() {
            i = p.end;
            continue;
        }
        // "Quý IV năm 2025 và các năm tiếp theo": due first at the end of that period (as the
        // labellers of real plans read it), the years after it part of the phrase.
        let then = THEN_ON.iter().filter_map(|w| toks.count_words(p.end, w)).max().unwrap_or(0);
        let phrase = (p.deadline, toks.orig(start, p.end + then));
        if introduced {
            found.introduced.push(phrase);
            if first_only {
                break;
            }
        } else {
            // In a document, a bare date up to the document's own ("Ngày 08/8/2023, tại trụ
            // sở...") tells what happened, not what is due.
            let past = cx.missing_year == MissingYear::SameYear
                && matches!(p.deadline, Deadline::On(d) if d <= cx.today);
            if !past {
                found.bare.push(phrase);
            }
        }
        i = p.end;
    }
    found
}

/// A deadline typed by a person (`/giao`, a dialogue's answer): the whole text as a phrase, or
/// else the phrase in it ("xong trước 15/9 để liên thông", "trước ngày 15/9 (gửi qua Sở
/// KH&CN)"). A date already past and a start date are errors, so the bot asks back instead of
/// storing a wrong date.
pub fn read_typed(text: &str, cx: Context<'_>) -> Result<Deadline, DeadlineError> {
    let deadline = match parse(text, cx) {
        Err(DeadlineError::NotUnderstood) => in_words(text, cx)?,
        other => other?,
    };
    match deadline {
        Deadline::On(d) if d < cx.today => Err(DeadlineError::Past(d)),
        deadline => Ok(deadline),
    }
}

/// The one deadline in a typed text with other words around it. Two different ones ("trong 4
/// tuần, kết thúc vào ngày 04/10") are asked back rather than one guessed.
fn in_words(text: &str, cx: Context<'_>) -> Result<Deadline, DeadlineError> {
    let toks = Tokens::new(text);
    if let Some((recurrence, _)) = recurring::find(&toks, 0..toks.len()) {
        return Ok(Deadline::Recurring(recurrence));
    }
    let found = candidates(text, &toks, cx, false);
    let phrases: Vec<_> = found.introduced.into_iter().chain(found.bare).collect();
    match phrases.as_slice() {
        [(deadline, _), rest @ ..] if rest.iter().all(|(d, _)| d == deadline) => Ok(*deadline),
        [_, ..] => Err(DeadlineError::NotUnderstood),
        [] if ["thuong xuyen", "lien tuc", "khong thoi han"]
            .iter()
            .any(|w| super::fold::fold(text).contains(w)) =>
        {
            Ok(Deadline::Ongoing)
        }
        [] => Err(starts_only(text, cx).map_or(DeadlineError::NotUnderstood, DeadlineError::StartOnly)),
    }
}

/// "làm từ ngày 15/9": a start date in the text, when nothing else is a deadline.
fn starts_only(text: &str, cx: Context<'_>) -> Option<NaiveDate> {
    let toks = Tokens::new(text);
    let scan = Scan { text, toks: &toks, cx, mode: Mode::Whole };
    (1..toks.len()).find_map(|i| {
        if !scan.is_from(i - 1) {
            return None;
        }
        match scan.phrase(i) {
            Some(Ok(p)) => match p.deadline {
                Deadline::On(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    })
}

/// Words that may stand before a phrase: "trước ngày", "hạn chót:", "hoàn thành trong", "đến hết".
const LEADING: &[&str] = &[
    "truoc", "trc", "den", "toi", "het", "trong", "xong", "vao", "la", "han", "thoi", "chot", "cham", "muon",
    "nhat", "hoan", "thanh", "tat", "sang", "vong", "khoang", "giai", "doan",
];

/// Chat particles that may close a typed deadline.
const PARTICLES: &[&str] = &["a", "nhe", "nha", "nhi", "ha"];

/// Words after a day/month that make it a fraction ("8/10 nhiệm vụ", "3/5 chỉ tiêu").
const COUNTED: &[&str] = &[
    "nhiem", "chi", "dich", "don", "ho", "thu", "tieu", "van", "xa", "huyen", "phuong", "co", "nguoi", "ke",
    "tai", "muc", "du", "de", "so", "ban", "nganh", "dia", "trieu", "nghin", "ngan", "ty", "phan", "noi",
];

/// Words for the documents whose own dates are cited ("Kế hoạch ... ngày 13/3/2023").
const DOCUMENTS: &[&str] = &[
    "thong bao",
    "ket luan",
    "ke hoach",
    "quyet dinh",
    "nghi dinh",
    "nghi quyet",
    "cong van",
    "chi thi",
    "van ban",
    "thong tu",
    "to trinh",
    "cuoc hop",
    "hoi nghi",
];

/// "báo cáo kết quả … từ ngày 30/01/2020 đến ngày 24/4/2020" in a document of 23/4/2020: a
/// range that began before the document and ends within days of it is the period a report
/// covers, not when it is due.
fn reported_period(scan: &Scan<'_, '_>, i: usize, range_end: &scan::Phrase, cx: Context<'_>) -> bool {
    if cx.missing_year != MissingYear::SameYear {
        return false;
    }
    let Some(Ok(first)) = scan.phrase(i) else { return false };
    match (first.deadline, range_end.deadline) {
        (Deadline::On(from), Deadline::On(to)) => {
            from < cx.today && to <= cx.today + chrono::Duration::days(7)
        }
        _ => false,
    }
}
