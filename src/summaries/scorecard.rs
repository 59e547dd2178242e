//! The units' scorecard (`/danhgia`, the monthly report, the spreadsheet): the period as typed,
//! and the scores of the tasks due in it (the rules are [`crate::domain::scorecard`]'s).

use chrono::{Datelike, NaiveDate};
use chrono_tz::Tz;

use crate::domain::scorecard::{Rubric, ScorePeriod, ScoreRow, Scorecard, score};
use crate::domain::{Hold, TaskStatus};
use crate::store;
use crate::text::fold::fold;

/// Reads the period typed after `/danhgia`: a month (`tháng 9/2026`, `t9/2026`, `9/2026`,
/// `tháng 9`), a quarter (`q3/2026`, `quý III/2026`, `quý 3`), a year (`2026`, `năm 2026`);
/// nothing is this month. `None` when the text is none of these.
pub fn parse_period(args: &str, today: NaiveDate) -> Option<ScorePeriod> {
    let folded = fold(args).replace(['/', '-', '.'], " ");
    let words: Vec<&str> = folded.split_whitespace().filter(|w| *w != "nam").collect();
    let year_of = |w: Option<&&str>| -> Option<Option<i32>> {
        match w {
            None => Some(None),
            Some(w) => w.parse::<i32>().ok().filter(|y| (2000..=2099).contains(y)).map(Some),
        }
    };
    let this_year = today.year();
    let month = |m: &str| m.parse::<u32>().ok().filter(|m| (1..=12).contains(m));
    let quarter = |q: &str| match q {
        "1" | "i" => Some(1),
        "2" | "ii" => Some(2),
        "3" | "iii" => Some(3),
        "4" | "iv" => Some(4),
        _ => None,
    };
    let (kind, rest): (Option<ScorePeriod>, &[&str]) = match words.as_slice() {
        [] => return Some(ScorePeriod::month_of(today)),
        ["thang", m, rest @ ..] => (month(m).map(|month| ScorePeriod::Month { year: 0, month }), rest),
        ["quy", q, rest @ ..] => (quarter(q).map(|quarter| ScorePeriod::Quarter { year: 0, quarter }), rest),
        [w, rest @ ..] if w.starts_with('t') && month(&w[1..]).is_some() => {
            (month(&w[1..]).map(|month| ScorePeriod::Month { year: 0, month }), rest)
        }
        [w, rest @ ..] if w.starts_with('q') && quarter(&w[1..]).is_some() => {
            (quarter(&w[1..]).map(|quarter| ScorePeriod::Quarter { year: 0, quarter }), rest)
        }
        [y] if year_of(Some(y)).flatten().is_some() => {
            return year_of(Some(y)).flatten().map(|year| ScorePeriod::Year { year });
        }
        [m, rest @ ..] => (month(m).map(|month| ScorePeriod::Month { year: 0, month }), rest),
    };
    if rest.len() > 1 {
        return None;
    }
    let year = year_of(rest.first())?.unwrap_or(this_year);
    Some(match kind? {
        ScorePeriod::Month { month, .. } => ScorePeriod::Month { year, month },
        ScorePeriod::Quarter { quarter, .. } => ScorePeriod::Quarter { year, quarter },
        ScorePeriod::Year { .. } => ScorePeriod::Year { year },
    })
}

/// Scores the units on the tasks due in `period`, on `today`; a report's day is its local day
/// in `tz`.
pub async fn build(
    conn: &mut sqlx::SqliteConnection,
    period: ScorePeriod,
    today: NaiveDate,
    tz: Tz,
    rubric: &Rubric,
) -> store::Result<Scorecard> {
    let tasks = store::reports::score_tasks(conn, period.first_day(), period.last_day()).await?;
    let names = store::reports::unit_names(conn).await?;
    let rows: Vec<ScoreRow> = tasks
        .into_iter()
        .map(|t| {
            let status =
                t.status.parse::<TaskStatus>().map_err(|_| store::corrupt("tasks", "status", &t.status))?;
            let hold = match t.hold {
                None => None,
                Some(h) => Some(h.parse::<Hold>().map_err(|_| store::corrupt("tasks", "hold", &h))?),
            };
            Ok(ScoreRow {
                lead_unit_id: t.lead_unit_id,
                status,
                hold,
                deadline: t.deadline,
                completed_on: t.completed_on,
                first_report_on: t.first_report_at.map(|at| at.with_timezone(&tz).date_naive()),
            })
        })
        .collect::<store::Result<_>>()?;
    Ok(score(period, &rows, &names, today, rubric))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_read_as_the_office_types_it() {
        let today = NaiveDate::from_ymd_opt(2026, 8, 20).unwrap();
        let m = |year, month| Some(ScorePeriod::Month { year, month });
        let q = |year, quarter| Some(ScorePeriod::Quarter { year, quarter });
        assert_eq!(parse_period("", today), m(2026, 8));
        assert_eq!(parse_period("tháng 9/2025", today), m(2025, 9));
        assert_eq!(parse_period("Tháng 7", today), m(2026, 7));
        assert_eq!(parse_period("t12/2025", today), m(2025, 12));
        assert_eq!(parse_period("9/2025", today), m(2025, 9));
        assert_eq!(parse_period("q3/2026", today), q(2026, 3));
        assert_eq!(parse_period("Quý III/2026", today), q(2026, 3));
        assert_eq!(parse_period("quý 2 năm 2025", today), q(2025, 2));
        assert_eq!(parse_period("2025", today), Some(ScorePeriod::Year { year: 2025 }));
        assert_eq!(parse_period("năm 2025", today), Some(ScorePeriod::Year { year: 2025 }));
        for bad in ["tháng 13", "q5", "abc", "9/20255", "tháng 9 2025 x"] {
            assert_eq!(parse_period(bad, today), None, "{bad}");
        }
    }
}
