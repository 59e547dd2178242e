//! A span of days as an officer types it for `/vang`: "15/12-20/12", "15/12/2026 - 5/1/2027",
//! "15/12 đến 20/12". Day/month as the committee writes dates; the year, when left out, is
//! the one that puts the span at or after today.

use chrono::{Datelike, NaiveDate};

/// What the span left unread: the rest of the text (the colleague named).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span<'t> {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub rest: &'t str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SpanError {
    #[error("no span of days")]
    Missing,
    #[error("the span ends before it starts")]
    Backwards,
    #[error("the span is over")]
    Past,
}

/// Reads a span at the start of `text`.
pub fn read(text: &str, today: NaiveDate) -> Result<Span<'_>, SpanError> {
    let (from, rest) = date(text.trim_start()).ok_or(SpanError::Missing)?;
    let rest = rest.trim_start();
    let rest = ["-", "–", "đến", "den", "toi", "tới"]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
        .ok_or(SpanError::Missing)?;
    let (to, rest) = date(rest.trim_start()).ok_or(SpanError::Missing)?;
    let (from, to) = place(from, to, today)?;
    Ok(Span { from, to, rest: rest.trim() })
}

/// Day, month and perhaps a year: "15/12", "15/12/2026".
type Written = (u32, u32, Option<i32>);

fn date(text: &str) -> Option<(Written, &str)> {
    let end = text.find(|c: char| !(c.is_ascii_digit() || c == '/' || c == '.')).unwrap_or(text.len());
    let mut parts = text[..end].split(['/', '.']);
    let day = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let year = match parts.next() {
        Some(y) => Some(y.parse::<i32>().ok().filter(|y| (2000..2100).contains(y))?),
        None => None,
    };
    if parts.next().is_some() {
        return None;
    }
    Some(((day, month, year), &text[end..]))
}

fn place(from: Written, to: Written, today: NaiveDate) -> Result<(NaiveDate, NaiveDate), SpanError> {
    let on = |(d, m, _): Written, y: i32| NaiveDate::from_ymd_opt(y, m, d).ok_or(SpanError::Missing);
    let to_year = to.2.or(from.2).unwrap_or(today.year());
    let mut end = on(to, to_year)?;
    // A span typed without years that ended before today is next year's ("28/12-3/1" in
    // December ends in January).
    if to.2.is_none() && from.2.is_none() && end < today {
        end = on(to, to_year + 1)?;
    }
    let mut start = on(from, from.2.unwrap_or(end.year()))?;
    if from.2.is_none() && start > end {
        start = on(from, end.year() - 1)?;
    }
    if start > end {
        return Err(SpanError::Backwards);
    }
    if end < today {
        return Err(SpanError::Past);
    }
    Ok((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32, m: u32, y: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_span_reads_with_or_without_years_and_keeps_the_rest() {
        let today = d(1, 12, 2026);
        let s = read("15/12-20/12 @Lan", today).unwrap();
        assert_eq!((s.from, s.to, s.rest), (d(15, 12, 2026), d(20, 12, 2026), "@Lan"));
        let s = read("15/12/2026 - 5/1/2027", today).unwrap();
        assert_eq!((s.from, s.to, s.rest), (d(15, 12, 2026), d(5, 1, 2027), ""));
        let s = read("28/12 đến 3/1 không", today).unwrap();
        assert_eq!((s.from, s.to, s.rest), (d(28, 12, 2026), d(3, 1, 2027), "không"));
    }

    #[test]
    fn a_span_already_begun_is_taken_and_one_over_is_not() {
        let today = d(16, 12, 2026);
        assert_eq!(read("15/12-20/12", today).unwrap().from, d(15, 12, 2026));
        assert_eq!(read("1/12/2026-10/12/2026", today), Err(SpanError::Past));
        assert_eq!(read("20/12/2026-15/12/2026", today), Err(SpanError::Backwards));
    }

    #[test]
    fn what_is_not_a_span_is_missing() {
        let today = d(1, 12, 2026);
        for text in ["", "mai", "15/12", "15/12 @Lan", "31/2-3/3", "15/12-"] {
            assert_eq!(read(text, today), Err(SpanError::Missing), "{text}");
        }
    }
}
