//! What a report covers: a year, a period of deadlines, a programme, a unit.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Programme;

/// The tasks a report covers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    /// The year the task belongs to.
    pub year: Option<i32>,
    /// Deadlines within this period (a quarter or a half year), inclusive.
    pub period: Option<Period>,
    pub programme: Option<Programme>,
    pub unit_id: Option<i64>,
}

/// A reporting period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    Quarter { year: i32, quarter: u32 },
    Half { year: i32, half: u32 },
}

impl Period {
    pub fn first_day(self) -> NaiveDate {
        let (year, month) = match self {
            Period::Quarter { year, quarter } => (year, (quarter - 1) * 3 + 1),
            Period::Half { year, half } => (year, (half - 1) * 6 + 1),
        };
        NaiveDate::from_ymd_opt(year, month, 1).expect("a valid period")
    }

    pub fn last_day(self) -> NaiveDate {
        let (year, month) = match self {
            Period::Quarter { year, quarter } => (year, quarter * 3),
            Period::Half { year, half } => (year, half * 6),
        };
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        };
        next.expect("a valid period").pred_opt().expect("a valid day")
    }
}

impl Scope {
    /// Whether a deadline falls in the scope's period (always, without a period).
    pub fn covers_deadline(&self, deadline: Option<NaiveDate>) -> bool {
        match (self.period, deadline) {
            (None, _) => true,
            (Some(p), Some(d)) => d >= p.first_day() && d <= p.last_day(),
            (Some(_), None) => false,
        }
    }
}
