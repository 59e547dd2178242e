//! Recurring deadlines: "trước ngày 20 hằng tháng", "định kỳ hằng quý", "trước 30/6 hằng
//! năm", "hằng tuần vào thứ sáu", "báo cáo định kỳ 6 tháng, trước ngày 15/6", "6 tháng một
//! lần". A frequency word makes the phrase recurring; the day, when one is said anywhere
//! around it, is read in the frequency's terms.

use std::ops::Range;

use chrono::Weekday;

use super::{Kind, Tokens};
use crate::domain::{MonthDay, Recurrence};

/// Finest first, so the finest of several frequencies is the least.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Every {
    Week,
    Month,
    Quarter,
    Half,
    Year,
}

/// A recurrence in tokens `within`, and the tokens it spans (frequency and day together).
pub(super) fn find(t: &Tokens, within: Range<usize>) -> Option<(Recurrence, Range<usize>)> {
    // The finest frequency said wins: "6 tháng/lần (trước 20/6 và 20/12 hằng năm)" is half-yearly.
    // "báo cáo quý" names the periodic report only first in a field; in prose ("báo cáo tháng,
    // quý, năm") the reports are things.
    let (every, freq) = within
        .clone()
        .filter_map(|i| frequency(t, i).map(|(e, n)| (e, i..i + n)))
        .filter(|(_, r)| !t.is_word(r.start, "bao") || r.start == within.start)
        .min_by_key(|(e, _)| *e)?;
    let (day, span) = match every {
        Every::Week => weekday_in(t, within.clone()).map(|(d, r)| (Some(Day::Week(d)), r)),
        _ => day_in(t, within.clone(), &freq, every).map(|(d, r)| (Some(d), r)),
    }
    .unwrap_or((None, freq.clone()));
    let range = freq.start.min(span.start)..freq.end.max(span.end);
    let recurrence = match (every, day) {
        (Every::Week, Some(Day::Week(d))) => Recurrence::Weekly(Some(d)),
        (Every::Week, _) => Recurrence::Weekly(None),
        (Every::Month, Some(Day::Month(d))) => Recurrence::Monthly(Some(d)),
        (Every::Month, _) => Recurrence::Monthly(None),
        (Every::Quarter, Some(Day::Month(d))) => Recurrence::Quarterly(Some(d)),
        (Every::Quarter, Some(Day::Date(d, _))) => Recurrence::Quarterly(Some(MonthDay::Day(d))),
        (Every::Quarter, _) => Recurrence::Quarterly(None),
        (Every::Half, Some(Day::Date(d, m))) => {
            Recurrence::HalfYearly(Some((d, if m > 6 { m - 6 } else { m })))
        }
        (Every::Half, _) => Recurrence::HalfYearly(None),
        (Every::Year, Some(Day::Date(d, m))) => Recurrence::Yearly(Some((d, m))),
        (Every::Year, _) => Recurrence::Yearly(None),
    };
    Some((recurrence, range))
}

/// A frequency at `i`: "hằng/hàng/mỗi tháng", "định kỳ hằng quý", "định kỳ 6 tháng", "6
/// tháng một lần", "báo cáo 6 tháng" (not "6 tháng đầu năm"); its length.
fn frequency(t: &Tokens, i: usize) -> Option<(Every, usize)> {
    let unit = |j: usize| match t.text(j) {
        "tuan" => Some(Every::Week),
        "thang" => Some(Every::Month),
        "quy" | "qui" => Some(Every::Quarter),
        "nam" => Some(Every::Year),
        _ => None,
    };
    let word = |j: usize, w: &str| t.is_word(j, w);
    if (word(i, "hang") || word(i, "moi")) && t.kind(i + 1) == Some(Kind::Word) {
        let every = unit(i + 1)?;
        // "mỗi năm 2026" is not a frequency; "hằng năm" is.
        if t.kind(i + 2) == Some(Kind::Number) && t.text(i + 2).len() == 4 {
            return None;
        }
        return Some((every, 2));
    }
    if word(i, "dinh") && word(i + 1, "ky") {
        if let Some((every, n)) = frequency(t, i + 2) {
            return Some((every, 2 + n));
        }
        if let Some((every, n)) = months_count(t, i + 2) {
            return Some((every, 2 + n));
        }
        return None;
    }
    // "báo cáo quý", "báo cáo tháng": the periodic report.
    if t.count_words(i, "bao cao").is_some()
        && t.kind(i + 3) != Some(Kind::Number)
        && let Some(every) = unit(i + 2).filter(|e| *e != Every::Week)
    {
        return Some((every, 3));
    }
    if let Some((every, n)) = months_count(t, i) {
        if t.count_words(i + n, "mot lan").is_some() {
            return Some((every, n + 2));
        }
        // "6 tháng/lần".
        if t.is_mark(i + n, '/') && t.is_word(i + n + 1, "lan") {
            return Some((every, n + 2));
        }
        if i > 0 && word(i - 1, "cao") && word(i.saturating_sub(2), "bao") {
            return Some((every, n));
        }
    }
    None
}

/// "6 tháng", "3 tháng", "12 tháng" (not "6 tháng đầu năm"): a frequency in months.
fn months_count(t: &Tokens, i: usize) -> Option<(Every, usize)> {
    let n = t.number(i, 2).or_else(|| match t.text(i) {
        "sau" => Some(6),
        "ba" => Some(3),
        _ => None,
    })?;
    if !t.is_word(i + 1, "thang") || matches!(t.text(i + 2), "dau" | "cuoi" | "toi" | "nua") {
        return None;
    }
    let every = match n {
        1 => Every::Month,
        3 => Every::Quarter,
        6 => Every::Half,
        12 => Every::Year,
        _ => return None,
    };
    Some((every, 2))
}

enum Day {
    Week(Weekday),
    Month(MonthDay),
    /// Day and month.
    Date(u32, u32),
}

/// "thứ sáu", "thứ 6", "chủ nhật" in the tokens.
fn weekday_in(t: &Tokens, within: Range<usize>) -> Option<(Weekday, Range<usize>)> {
    within.clone().find_map(|i| {
        if t.count_words(i, "chu nhat").is_some() {
            return Some((Weekday::Sun, i..i + 2));
        }
        // "T7", "t2": a weekday by its number, glued.
        if t.is_word(i, "t") && t.glued(i + 1) {
            let n = t.number(i + 1, 1)?;
            let day = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat]
                .get((n as usize).checked_sub(2)?)?;
            return Some((*day, i..i + 2));
        }
        if !t.is_word(i, "thu") {
            return None;
        }
        let n = t.number(i + 1, 1).or_else(|| match t.text(i + 1) {
            "hai" => Some(2),
            "ba" => Some(3),
            "tu" => Some(4),
            "nam" => Some(5),
            "sau" => Some(6),
            "bay" => Some(7),
            _ => None,
        })?;
        let day = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat]
            .get((n as usize).checked_sub(2)?)?;
        // "trước Thứ Tư ngày 03/12/2025 và tại các báo cáo hằng tuần": a dated day, not the
        // week's.
        let after = if t.is_mark(i + 2, ',') { i + 3 } else { i + 2 };
        if t.is_word(after, "ngay") && t.kind(after + 1) == Some(Kind::Number) {
            return None;
        }
        Some((*day, i..i + 2))
    })
}

/// The day said around a monthly, quarterly, half-yearly or yearly frequency: "ngày 20",
/// "trước 30/6", "ngày 15 tháng 12", "ngày cuối cùng", "cuối tháng", "tháng cuối quý".
fn day_in(
    t: &Tokens,
    within: Range<usize>,
    freq: &Range<usize>,
    every: Every,
) -> Option<(Day, Range<usize>)> {
    let outside = |i: usize| !freq.contains(&i);
    within.clone().filter(|i| outside(*i)).find_map(|i| {
        // "30/6", "20/12".
        if let (Some(d), true, Some(m)) =
            (t.number(i, 2), t.is_mark(i + 1, '/') && t.glued(i + 1), t.number(i + 2, 2))
            && (1..=31).contains(&d)
            && (1..=12).contains(&m)
            && !(t.is_mark(i + 3, '/') && t.glued(i + 3))
        {
            return Some((Day::Date(d, m), i..i + 3));
        }
        if t.is_word(i, "ngay") {
            if t.count_words(i + 1, "cuoi cung").is_some() {
                return Some((Day::Month(MonthDay::Last), i..i + 3));
            }
            if t.is_word(i + 1, "cuoi") && matches!(t.text(i + 2), "thang" | "quy") {
                return Some((Day::Month(MonthDay::Last), i..i + 3));
            }
            let d = t.number(i + 1, 2).filter(|d| (1..=31).contains(d))?;
            if t.is_word(i + 2, "thang")
                && let Some(m) = t.number(i + 3, 2).filter(|m| (1..=12).contains(m))
            {
                return Some((Day::Date(d, m), i..i + 4));
            }
            if t.is_mark(i + 2, '/') {
                return None;
            }
            // "ngày 20 tháng cuối quý", "ngày 25 hằng tháng": the words of the day go with it.
            let k = ["cua thang cuoi quy", "thang cuoi quy", "thang cuoi cua quy"]
                .iter()
                .filter_map(|w| t.count_words(i + 2, w))
                .max()
                .unwrap_or(0);
            return Some((Day::Month(MonthDay::Day(d)), i..i + 2 + k));
        }
        if t.is_word(i, "cuoi") {
            // "cuối tháng", "cuối mỗi tháng", "cuối quý".
            let k = if matches!(t.text(i + 1), "moi" | "hang") { 2 } else { 1 };
            let unit = match t.text(i + k) {
                "thang" => Every::Month,
                "quy" | "qui" => Every::Quarter,
                _ => return None,
            };
            return (unit == every).then(|| (Day::Month(MonthDay::Last), i..i + k + 1));
        }
        None
    })
}
