//! The committee's working calendar: Monday to Friday, minus public holidays, plus the
//! Saturdays the government sometimes makes working days in exchange for a bridge day.
//!
//! Holidays are announced each year, so they are data: a text file, one date (or range) per
//! line; see [`Calendar::parse`] and the shipped `src/reminders/holidays-vn.txt`.

use std::collections::BTreeSet;
use std::ops::Bound::{Excluded, Included};

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A line of a holiday file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct CalendarError {
    pub line: usize,
    pub reason: String,
}

/// Which days are working days.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    holidays: BTreeSet<NaiveDate>,
    /// Weekend days that are working days (làm bù).
    extra_workdays: BTreeSet<NaiveDate>,
}

/// Working days are never further apart than this, even around Tết; a bound on every search.
const MAX_GAP: i64 = 60;

impl Calendar {
    /// Reads a holiday file:
    ///
    /// ```text
    /// # comment
    /// 2026-01-01            Tết Dương lịch
    /// 2026-02-16..2026-02-20 Tết Nguyên đán
    /// 30/4/2026             Ngày Giải phóng miền Nam
    /// + 2025-04-26          làm bù (a Saturday that is a working day)
    /// ```
    pub fn parse(text: &str) -> Result<Self, CalendarError> {
        let mut calendar = Calendar::default();
        for (index, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let err = |reason: String| CalendarError { line: index + 1, reason };
            let (working, rest) = match line.strip_prefix('+') {
                Some(rest) => (true, rest.trim_start()),
                None => (false, line),
            };
            let spec = rest.split_whitespace().next().unwrap_or("");
            let (first, last) = match spec.split_once("..") {
                Some((a, b)) => (parse_date(a).map_err(err)?, parse_date(b).map_err(&err)?),
                None => {
                    let d = parse_date(spec).map_err(err)?;
                    (d, d)
                }
            };
            if last < first || (last - first).num_days() > 31 {
                return Err(err(format!("`{spec}` is not a range of at most a month")));
            }
            let mut day = first;
            while day <= last {
                if working {
                    calendar.extra_workdays.insert(day);
                } else {
                    calendar.holidays.insert(day);
                }
                day += Duration::days(1);
            }
        }
        Ok(calendar)
    }

    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        // The weekday first: the planner asks this millions of times a morning, and the sets
        // are looked into only for the days they can change.
        if is_weekend(day) {
            self.extra_workdays.contains(&day)
        } else {
            !self.holidays.contains(&day) || self.extra_workdays.contains(&day)
        }
    }

    /// `day` if it is a working day, else the working day before it.
    pub fn on_or_before(&self, day: NaiveDate) -> NaiveDate {
        let mut d = day;
        for _ in 0..MAX_GAP {
            if self.is_working_day(d) {
                return d;
            }
            d = d.pred_opt().unwrap_or(d);
        }
        day
    }

    /// `day` if it is a working day, else the working day after it.
    pub fn on_or_after(&self, day: NaiveDate) -> NaiveDate {
        let mut d = day;
        for _ in 0..MAX_GAP {
            if self.is_working_day(d) {
                return d;
            }
            d = d.succ_opt().unwrap_or(d);
        }
        day
    }

    /// The `n`-th working day before `day` (`n` ≥ 1).
    pub fn working_days_before(&self, day: NaiveDate, n: u32) -> NaiveDate {
        let mut d = day;
        let mut left = n;
        while left > 0 {
            d = self.on_or_before(d.pred_opt().unwrap_or(d));
            left -= 1;
        }
        d
    }

    /// The `n`-th working day after `day` (`n` ≥ 1).
    pub fn working_days_after(&self, day: NaiveDate, n: u32) -> NaiveDate {
        let mut d = day;
        let mut left = n;
        while left > 0 {
            d = self.on_or_after(d.succ_opt().unwrap_or(d));
            left -= 1;
        }
        d
    }

    /// Working days in `(from, to]`: how many working days late a task due `from` is on `to`.
    ///
    /// By arithmetic on weeks and a look at the holidays in between, not a walk over the days:
    /// the planner asks this of every overdue task every day, some of them years late.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        if to <= from {
            return 0;
        }
        let range = (Excluded(from), Included(to));
        let weekdays = weekdays_through(to) - weekdays_through(from);
        let off = self.holidays.range(range).filter(|d| !is_weekend(**d) && !self.extra_workdays.contains(d));
        let on = self.extra_workdays.range(range).filter(|d| is_weekend(**d));
        (weekdays - off.count() as i64 + on.count() as i64) as u32
    }

    /// How many holidays the file named (for the start-up log).
    pub fn holiday_count(&self) -> usize {
        self.holidays.len()
    }
}

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Monday to Friday days from 1 January of year 1 (a Monday) through `day`.
fn weekdays_through(day: NaiveDate) -> i64 {
    let n = i64::from(day.num_days_from_ce()) - 1;
    n.div_euclid(7) * 5 + (n.rem_euclid(7) + 1).min(5)
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let t = text.trim();
    let parsed =
        NaiveDate::parse_from_str(t, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(t, "%d/%m/%Y"));
    parsed.map_err(|_| format!("`{t}` is not a date (write 2026-04-30 or 30/4/2026)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32, m: u32, y: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn calendar() -> Calendar {
        Calendar::parse(
            "# Tết 2026\n2026-02-16..2026-02-20 Tết Nguyên đán\n30/4/2026 Giải phóng\n2026-05-01\n+ 2026-05-09 làm bù\n",
        )
        .unwrap()
    }

    #[test]
    fn weekends_and_holidays_are_not_working_days_but_a_make_up_saturday_is() {
        let c = calendar();
        assert!(c.is_working_day(day(13, 2, 2026)), "Friday before Tết");
        assert!(!c.is_working_day(day(14, 2, 2026)), "Saturday");
        assert!(!c.is_working_day(day(18, 2, 2026)), "Tết");
        assert!(c.is_working_day(day(23, 2, 2026)));
        assert!(!c.is_working_day(day(30, 4, 2026)));
        assert!(c.is_working_day(day(9, 5, 2026)), "làm bù");
    }

    #[test]
    fn a_deadline_on_a_sunday_moves_to_friday() {
        let c = calendar();
        assert_eq!(c.on_or_before(day(8, 2, 2026)), day(6, 2, 2026));
        assert_eq!(c.on_or_before(day(22, 2, 2026)), day(13, 2, 2026), "across Tết and two weekends");
    }

    #[test]
    fn working_days_are_counted_around_weekends_and_holidays() {
        let c = calendar();
        // Deadline Monday 23/2/2026 after Tết: 1 working day before is Friday 13/2.
        assert_eq!(c.working_days_before(day(23, 2, 2026), 1), day(13, 2, 2026));
        assert_eq!(c.working_days_before(day(23, 2, 2026), 3), day(11, 2, 2026));
        assert_eq!(c.working_days_after(day(13, 2, 2026), 1), day(23, 2, 2026));
        assert_eq!(c.working_days_after(day(29, 4, 2026), 1), day(4, 5, 2026));
        assert_eq!(c.working_days_between(day(13, 2, 2026), day(24, 2, 2026)), 2);
        assert_eq!(c.working_days_between(day(24, 2, 2026), day(13, 2, 2026)), 0);
    }

    proptest::proptest! {
        /// The arithmetic count agrees with walking the days one by one.
        #[test]
        fn counting_working_days_agrees_with_walking_them(from in 0i64..3000, len in -20i64..1500) {
            let c = calendar();
            let c2 = Calendar::parse("2026-01-03 a Saturday\n2025-04-26\n+ 2025-04-26\n+ 2026-01-04\n2027-09-01..2027-09-03\n").unwrap();
            let from = day(1, 1, 2024) + Duration::days(from);
            let to = from + Duration::days(len);
            for c in [&c, &c2] {
                let mut walked = 0;
                let mut d = from + Duration::days(1);
                while d <= to {
                    walked += u32::from(c.is_working_day(d));
                    d += Duration::days(1);
                }
                proptest::prop_assert_eq!(c.working_days_between(from, to), walked);
            }
        }
    }

    #[test]
    fn a_broken_line_is_named() {
        let err = Calendar::parse("2026-01-01\n2026-13-01 oops\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(Calendar::parse("2026-03-10..2026-03-01").is_err());
        assert!(Calendar::parse("2026-01-01..2026-06-01").is_err(), "ranges are short");
    }
}
