//! Recurring obligations: "báo cáo trước ngày 20 hằng tháng", "định kỳ hằng quý", "trước 30/6
//! hằng năm". A recurrence says how often and on which day; each period's deadline follows.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate, Weekday};

/// A day of the month, or its last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MonthDay {
    Day(u32),
    Last,
}

/// How often a task falls due, and on which day when it was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Recurrence {
    /// "hằng tuần vào thứ sáu".
    Weekly(Option<Weekday>),
    /// "trước ngày 20 hằng tháng".
    Monthly(Option<MonthDay>),
    /// "hằng quý, trước ngày 20 tháng cuối quý": the day of the quarter's last month.
    Quarterly(Option<MonthDay>),
    /// "định kỳ 6 tháng, trước ngày 15/6": a day and month in the first half; the second half's
    /// is six months later.
    HalfYearly(Option<(u32, u32)>),
    /// "trước 30/6 hằng năm": day and month.
    Yearly(Option<(u32, u32)>),
}

impl Recurrence {
    /// Whether the day it falls due on was said ("hằng quý" alone leaves it open).
    pub fn has_day(self) -> bool {
        match self {
            Recurrence::Weekly(d) => d.is_some(),
            Recurrence::Monthly(d) | Recurrence::Quarterly(d) => d.is_some(),
            Recurrence::HalfYearly(d) | Recurrence::Yearly(d) => d.is_some(),
        }
    }

    /// The first deadline on or after `from`, when the day was said. A day past the end of a
    /// month ("ngày 31 hằng tháng") falls on the month's last day.
    pub fn next_on_or_after(self, from: NaiveDate) -> Option<NaiveDate> {
        let in_month = |year: i32, month: u32, day: MonthDay| {
            let last = last_day(year, month)?;
            Some(match day {
                MonthDay::Last => last,
                MonthDay::Day(d) => last.with_day(d.min(last.day()))?,
            })
        };
        let months: Vec<(i32, u32)> = (0..30)
            .map(|k| {
                let m0 = from.month0() + k;
                (from.year() + (m0 / 12) as i32, m0 % 12 + 1)
            })
            .collect();
        match self {
            Recurrence::Weekly(day) => {
                let day = day?;
                (0..7).map(|k| from + chrono::Duration::days(k)).find(|d| d.weekday() == day)
            }
            Recurrence::Monthly(day) => {
                months.iter().filter_map(|(y, m)| in_month(*y, *m, day?)).find(|d| *d >= from)
            }
            Recurrence::Quarterly(day) => months
                .iter()
                .filter(|(_, m)| m % 3 == 0)
                .filter_map(|(y, m)| in_month(*y, *m, day?))
                .find(|d| *d >= from),
            Recurrence::HalfYearly(day) => {
                let (d, m) = day?;
                months
                    .iter()
                    .filter(|(_, month)| *month == m || *month == m + 6)
                    .filter_map(|(y, month)| in_month(*y, *month, MonthDay::Day(d)))
                    .find(|x| *x >= from)
            }
            Recurrence::Yearly(day) => {
                let (d, m) = day?;
                months
                    .iter()
                    .filter(|(_, month)| *month == m)
                    .filter_map(|(y, month)| in_month(*y, *month, MonthDay::Day(d)))
                    .find(|x| *x >= from)
            }
        }
    }
}

impl Recurrence {
    /// The deadline of the period after the one due on `deadline`.
    pub fn next_after(self, deadline: NaiveDate) -> Option<NaiveDate> {
        self.next_on_or_after(deadline.succ_opt()?)
    }

    /// The period a deadline falls in, as an occurrence's code shows it: `11-2026` (a month),
    /// `Q4-2026`, `H2-2026`, `2026`, `W48-2026` (an ISO week).
    pub fn period_of(self, deadline: NaiveDate) -> String {
        let year = deadline.year();
        match self {
            Recurrence::Weekly(_) => {
                let week = deadline.iso_week();
                format!("W{:02}-{}", week.week(), week.year())
            }
            Recurrence::Monthly(_) => format!("{:02}-{year}", deadline.month()),
            Recurrence::Quarterly(_) => format!("Q{}-{year}", deadline.month0() / 3 + 1),
            Recurrence::HalfYearly(_) => format!("H{}-{year}", deadline.month0() / 6 + 1),
            Recurrence::Yearly(_) => year.to_string(),
        }
    }
}

/// Reads what [`Recurrence`]'s `Display` writes (the database keeps a series' rule so).
impl FromStr for Recurrence {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("not a recurrence: {s:?}");
        let mut parts = s.splitn(3, ':');
        if parts.next() != Some("every") {
            return Err(bad());
        }
        let every = parts.next().ok_or_else(bad)?;
        let day = parts.next();
        let month_day = |d: &str| match d {
            "last" => Ok(MonthDay::Last),
            n => n.parse().ok().filter(|n| (1..=31).contains(n)).map(MonthDay::Day).ok_or_else(bad),
        };
        let day_month = |d: &str| -> Result<(u32, u32), String> {
            let (d, m) = d.split_once('/').ok_or_else(bad)?;
            let (d, m) = (d.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
            ((1..=31).contains(&d) && (1..=12).contains(&m)).then_some((d, m)).ok_or_else(bad)
        };
        Ok(match every {
            "week" => Recurrence::Weekly(
                day.map(|d| {
                    d.parse::<u8>()
                        .ok()
                        .and_then(|n| Weekday::try_from(n.checked_sub(1)?).ok())
                        .ok_or_else(bad)
                })
                .transpose()?,
            ),
            "month" => Recurrence::Monthly(day.map(month_day).transpose()?),
            "quarter" => Recurrence::Quarterly(day.map(month_day).transpose()?),
            "half" => Recurrence::HalfYearly(day.map(day_month).transpose()?),
            "year" => Recurrence::Yearly(day.map(day_month).transpose()?),
            _ => return Err(bad()),
        })
    }
}

fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

/// A compact spelling for logs and test corpora: `every:month:20`, `every:quarter`,
/// `every:year:30/06`, `every:week:5` (ISO weekday).
impl fmt::Display for Recurrence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let day = |d: &MonthDay| match d {
            MonthDay::Day(n) => format!(":{n}"),
            MonthDay::Last => ":last".to_string(),
        };
        match self {
            Recurrence::Weekly(d) => {
                write!(
                    f,
                    "every:week{}",
                    d.map(|w| format!(":{}", w.number_from_monday())).unwrap_or_default()
                )
            }
            Recurrence::Monthly(d) => write!(f, "every:month{}", d.as_ref().map(day).unwrap_or_default()),
            Recurrence::Quarterly(d) => write!(f, "every:quarter{}", d.as_ref().map(day).unwrap_or_default()),
            Recurrence::HalfYearly(d) => {
                write!(f, "every:half{}", d.map(|(d, m)| format!(":{d:02}/{m:02}")).unwrap_or_default())
            }
            Recurrence::Yearly(d) => {
                write!(f, "every:year{}", d.map(|(d, m)| format!(":{d:02}/{m:02}")).unwrap_or_default())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_next_deadline_follows_the_day_that_was_said() {
        let from = day(2026, 8, 20);
        let cases = [
            (Recurrence::Weekly(Some(Weekday::Fri)), Some(day(2026, 8, 21))),
            (Recurrence::Monthly(Some(MonthDay::Day(20))), Some(day(2026, 8, 20))),
            (Recurrence::Monthly(Some(MonthDay::Day(15))), Some(day(2026, 9, 15))),
            (Recurrence::Monthly(Some(MonthDay::Day(31))), Some(day(2026, 8, 31))),
            (Recurrence::Monthly(Some(MonthDay::Last)), Some(day(2026, 8, 31))),
            (Recurrence::Quarterly(Some(MonthDay::Day(20))), Some(day(2026, 9, 20))),
            (Recurrence::HalfYearly(Some((15, 6))), Some(day(2026, 12, 15))),
            (Recurrence::Yearly(Some((30, 6))), Some(day(2027, 6, 30))),
            (Recurrence::Quarterly(None), None),
        ];
        for (r, want) in cases {
            assert_eq!(r.next_on_or_after(from), want, "{r}");
        }
        assert_eq!(Recurrence::Yearly(Some((30, 6))).to_string(), "every:year:30/06");
        assert_eq!(Recurrence::Weekly(Some(Weekday::Fri)).to_string(), "every:week:5");
    }

    #[test]
    fn a_rule_reads_back_as_written_and_names_its_periods() {
        let rules = [
            Recurrence::Weekly(Some(Weekday::Fri)),
            Recurrence::Weekly(None),
            Recurrence::Monthly(Some(MonthDay::Day(20))),
            Recurrence::Monthly(Some(MonthDay::Last)),
            Recurrence::Quarterly(Some(MonthDay::Day(20))),
            Recurrence::HalfYearly(Some((15, 6))),
            Recurrence::Yearly(Some((15, 12))),
        ];
        for r in rules {
            assert_eq!(r.to_string().parse::<Recurrence>(), Ok(r));
        }
        for bad in
            ["", "every", "every:day", "every:month:32", "every:year:31/13", "every:week:8", "month:20"]
        {
            assert!(bad.parse::<Recurrence>().is_err(), "{bad}");
        }
        let d = day(2026, 11, 20);
        assert_eq!(Recurrence::Monthly(None).period_of(d), "11-2026");
        assert_eq!(Recurrence::Quarterly(None).period_of(d), "Q4-2026");
        assert_eq!(Recurrence::HalfYearly(None).period_of(d), "H2-2026");
        assert_eq!(Recurrence::Yearly(None).period_of(d), "2026");
        assert_eq!(Recurrence::Weekly(None).period_of(d), "W47-2026");
        let monthly = Recurrence::Monthly(Some(MonthDay::Day(31)));
        assert_eq!(monthly.next_after(day(2026, 1, 31)), Some(day(2026, 2, 28)));
        assert_eq!(monthly.next_after(day(2026, 2, 28)), Some(day(2026, 3, 31)));
        assert_eq!(
            Recurrence::Weekly(Some(Weekday::Fri)).next_after(day(2026, 11, 20)),
            Some(day(2026, 11, 27))
        );
    }
}
