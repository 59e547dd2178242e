//! The units' scorecard for a month, a quarter or a year (`/danhgia`): of the tasks due in the
//! period, those done on time, done late, overdue, and reported on by their deadline; a score
//! from a configurable rubric; units ranked and banded.
//!
//! A task counts once its outcome is known: done (on time or late) or overdue. Tasks due in the
//! period but still within their deadline are listed as due and left out of the score, as the
//! Government Office leaves them out of its completion rate; suspended and returned tasks are
//! left out altogether.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::counting::{Bucket, classify};
use super::{Hold, TaskStatus};

/// The period a scorecard covers (deadlines within it, inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScorePeriod {
    Month { year: i32, month: u32 },
    Quarter { year: i32, quarter: u32 },
    Year { year: i32 },
}

impl ScorePeriod {
    /// The month `day` falls in.
    pub fn month_of(day: NaiveDate) -> Self {
        ScorePeriod::Month { year: day.year(), month: day.month() }
    }

    pub fn first_day(self) -> NaiveDate {
        let (year, month) = match self {
            ScorePeriod::Month { year, month } => (year, month),
            ScorePeriod::Quarter { year, quarter } => (year, (quarter - 1) * 3 + 1),
            ScorePeriod::Year { year } => (year, 1),
        };
        NaiveDate::from_ymd_opt(year, month, 1).expect("a valid period")
    }

    pub fn last_day(self) -> NaiveDate {
        let (year, month) = match self {
            ScorePeriod::Month { year, month } => (year, month),
            ScorePeriod::Quarter { year, quarter } => (year, quarter * 3),
            ScorePeriod::Year { year } => (year, 12),
        };
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        };
        next.expect("a valid period").pred_opt().expect("a valid day")
    }
}

/// How a score is made: points for each task done on time, done late, and reported on by its
/// deadline, per task whose outcome is known; and the lowest score of each band.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rubric {
    pub on_time: f64,
    pub late: f64,
    pub reported: f64,
    /// Lowest scores of "xuất sắc", "tốt" and "hoàn thành"; below the last, "chưa hoàn thành".
    pub bands: [f64; 3],
}

impl Default for Rubric {
    fn default() -> Self {
        Rubric { on_time: 80.0, late: 40.0, reported: 20.0, bands: [90.0, 75.0, 50.0] }
    }
}

/// A band of scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Band {
    Excellent,
    Good,
    Pass,
    Fail,
}

impl Rubric {
    /// The band of a score.
    pub fn band(&self, score: f64) -> Band {
        let [excellent, good, pass] = self.bands;
        if score >= excellent {
            Band::Excellent
        } else if score >= good {
            Band::Good
        } else if score >= pass {
            Band::Pass
        } else {
            Band::Fail
        }
    }
}

/// What scoring needs of a task due in the period.
#[derive(Debug, Clone)]
pub struct ScoreRow {
    pub lead_unit_id: i64,
    pub status: TaskStatus,
    pub hold: Option<Hold>,
    pub deadline: NaiveDate,
    pub completed_on: Option<NaiveDate>,
    /// The local day of the unit's first report on the task, if any.
    pub first_report_on: Option<NaiveDate>,
}

/// One unit's line of the scorecard.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitScore {
    pub unit_id: i64,
    pub name: String,
    /// Tasks due in the period (cancelled, suspended and returned ones left out).
    pub due: u32,
    pub on_time: u32,
    pub late: u32,
    pub overdue: u32,
    /// Of the tasks done or overdue, those the unit reported on by the deadline.
    pub reported: u32,
    /// Rounded to a tenth; `None` while no task due has an outcome.
    pub score: Option<f64>,
    pub band: Option<Band>,
}

impl UnitScore {
    /// Tasks whose outcome is known: the score's base.
    pub fn settled(&self) -> u32 {
        self.on_time + self.late + self.overdue
    }
}

/// The scorecard: units ranked by score (best first; units without a score last), then by
/// tasks done on time, then by name.
#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    pub period: ScorePeriod,
    pub today: NaiveDate,
    pub units: Vec<UnitScore>,
}

/// Scores the tasks due in `period` on `today`.
pub fn score(
    period: ScorePeriod,
    rows: &[ScoreRow],
    names: &HashMap<i64, String>,
    today: NaiveDate,
    rubric: &Rubric,
) -> Scorecard {
    let mut units: HashMap<i64, UnitScore> = HashMap::new();
    for row in rows {
        if row.hold.is_some() && row.status.is_open() || row.status == TaskStatus::Cancelled {
            continue;
        }
        let unit = units.entry(row.lead_unit_id).or_insert_with(|| UnitScore {
            unit_id: row.lead_unit_id,
            name: names.get(&row.lead_unit_id).cloned().unwrap_or_default(),
            due: 0,
            on_time: 0,
            late: 0,
            overdue: 0,
            reported: 0,
            score: None,
            band: None,
        });
        unit.due += 1;
        let settled = match classify(row.status, Some(row.deadline), row.completed_on, today) {
            Bucket::DoneOnTime => {
                unit.on_time += 1;
                true
            }
            Bucket::DoneLate => {
                unit.late += 1;
                true
            }
            b if b.is_overdue() => {
                unit.overdue += 1;
                true
            }
            _ => false,
        };
        if settled && row.first_report_on.is_some_and(|d| d <= row.deadline) {
            unit.reported += 1;
        }
    }
    let mut units: Vec<UnitScore> = units.into_values().collect();
    for u in &mut units {
        let settled = u.settled();
        if settled > 0 {
            let points = rubric.on_time * f64::from(u.on_time)
                + rubric.late * f64::from(u.late)
                + rubric.reported * f64::from(u.reported);
            let score = (points / f64::from(settled) * 10.0).round() / 10.0;
            u.score = Some(score);
            u.band = Some(rubric.band(score));
        }
    }
    units.sort_by(|a, b| {
        let key = |u: &UnitScore| u.score.unwrap_or(-1.0);
        key(b).total_cmp(&key(a)).then(b.on_time.cmp(&a.on_time)).then_with(|| a.name.cmp(&b.name))
    });
    Scorecard { period, today, units }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32, m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn row(unit: i64, status: TaskStatus, deadline: NaiveDate, completed: Option<NaiveDate>) -> ScoreRow {
        ScoreRow {
            lead_unit_id: unit,
            status,
            hold: None,
            deadline,
            completed_on: completed,
            first_report_on: None,
        }
    }

    #[test]
    fn periods_cover_their_months() {
        let feb = ScorePeriod::Month { year: 2028, month: 2 };
        assert_eq!(
            (feb.first_day(), feb.last_day().day()),
            (NaiveDate::from_ymd_opt(2028, 2, 1).unwrap(), 29)
        );
        let q4 = ScorePeriod::Quarter { year: 2026, quarter: 4 };
        assert_eq!((q4.first_day(), q4.last_day()), (day(1, 10), day(31, 12)));
        let y = ScorePeriod::Year { year: 2026 };
        assert_eq!((y.first_day(), y.last_day()), (day(1, 1), day(31, 12)));
    }

    #[test]
    fn a_unit_scores_by_the_rubric_and_falls_in_its_band() {
        let today = day(20, 8);
        let period = ScorePeriod::Month { year: 2026, month: 8 };
        let mut rows = vec![
            // Unit 1: two done on time (one reported by the deadline), one done late, one
            // overdue, one still within its deadline, one suspended.
            ScoreRow {
                first_report_on: Some(day(3, 8)),
                ..row(1, TaskStatus::Done, day(5, 8), Some(day(4, 8)))
            },
            row(1, TaskStatus::Done, day(10, 8), Some(day(10, 8))),
            ScoreRow {
                first_report_on: Some(day(12, 8)),
                ..row(1, TaskStatus::Done, day(10, 8), Some(day(12, 8)))
            },
            row(1, TaskStatus::InProgress, day(14, 8), None),
            row(1, TaskStatus::InProgress, day(28, 8), None),
            ScoreRow { hold: Some(Hold::Suspended), ..row(1, TaskStatus::InProgress, day(1, 8), None) },
            // Unit 2: one done on time, reported.
            ScoreRow {
                first_report_on: Some(day(1, 8)),
                ..row(2, TaskStatus::Done, day(3, 8), Some(day(2, 8)))
            },
            // Unit 3: nothing settled yet.
            row(3, TaskStatus::NotStarted, day(31, 8), None),
        ];
        rows.push(row(3, TaskStatus::Cancelled, day(2, 8), None));
        let names: HashMap<i64, String> = [(1, "A".into()), (2, "B".into()), (3, "C".into())].into();
        let card = score(period, &rows, &names, today, &Rubric::default());
        let names: Vec<&str> = card.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["B", "A", "C"]);
        let a = &card.units[1];
        assert_eq!((a.due, a.on_time, a.late, a.overdue, a.reported), (5, 2, 1, 1, 1));
        // (80·2 + 40·1 + 20·1) ÷ 4 = 55.
        assert_eq!(a.score, Some(55.0));
        assert_eq!(a.band, Some(Band::Pass));
        assert_eq!((card.units[0].score, card.units[0].band), (Some(100.0), Some(Band::Excellent)));
        assert_eq!((card.units[2].due, card.units[2].score), (1, None));
        let rubric = Rubric::default();
        assert_eq!(
            [89.9, 90.0, 75.0, 74.9, 50.0, 49.9].map(|s| rubric.band(s)),
            [Band::Good, Band::Excellent, Band::Good, Band::Pass, Band::Pass, Band::Fail]
        );
    }
}
