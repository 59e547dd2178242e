//! The summary: counts the committee's way, per unit, and the overdue tasks by name (how it
//! reads is [`crate::view::summary`]).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::filter::Scope;
use crate::domain::counting::{Attention, Counts, Overdue, Summary, TOP_OVERDUE, UnitCounts};
use crate::domain::{Hold, TaskStatus};
use crate::store::{self, reports::CountRow};

/// Counts the tasks in `rows` on `today` (due soon through `soon_until`), one by one: the
/// reference [`build`] is tested against. Requests for more time are not in the rows.
pub fn count(
    rows: &[CountRow],
    names: &HashMap<i64, String>,
    today: NaiveDate,
    soon_until: NaiveDate,
) -> Summary {
    let mut counts = Counts::default();
    let mut per_unit: HashMap<i64, Counts> = HashMap::new();
    let mut overdue = Vec::new();
    let mut obstacles = 0;
    for row in rows {
        let status = row.status.parse::<TaskStatus>().unwrap_or(TaskStatus::InProgress);
        let hold = row.hold.as_deref().and_then(|h| h.parse::<Hold>().ok()).filter(|_| status.is_open());
        let (deadline, completed) = (row.deadline, row.completed_on);
        let bucket = counts.add_task(status, hold, deadline, completed, today, soon_until);
        per_unit
            .entry(row.lead_unit_id)
            .or_default()
            .add_task(status, hold, deadline, completed, today, soon_until);
        if hold.is_some() {
            continue;
        }
        if status.is_open() && row.has_obstacle {
            obstacles += 1;
        }
        if bucket.is_overdue()
            && let Some(d) = row.deadline
        {
            overdue.push(Overdue {
                id: row.id,
                unit: names.get(&row.lead_unit_id).cloned().unwrap_or_default(),
                days_late: (today - d).num_days(),
                text: String::new(),
            });
        }
    }
    overdue.sort_by(|a, b| b.days_late.cmp(&a.days_late).then(a.id.cmp(&b.id)));
    overdue.truncate(TOP_OVERDUE);
    let attention =
        Attention { overdue: counts.overdue(), due_soon: counts.due_soon(), obstacles, extensions: 0 };
    Summary { today, counts, attention, units: ranked(per_unit, names), overdue }
}

/// Units with tasks, most overdue first, then by name.
fn ranked(per_unit: HashMap<i64, Counts>, names: &HashMap<i64, String>) -> Vec<UnitCounts> {
    let mut units: Vec<UnitCounts> = per_unit
        .into_iter()
        .filter(|(_, c)| c.total > 0)
        .map(|(unit_id, counts)| UnitCounts {
            unit_id,
            name: names.get(&unit_id).cloned().unwrap_or_default(),
            counts,
        })
        .collect();
    units.sort_by(|a, b| b.counts.overdue().cmp(&a.counts.overdue()).then_with(|| a.name.cmp(&b.name)));
    units
}

/// Builds the summary of a scope from the database: counted there by unit and status (a
/// nation's 200,000 tasks are not read one by one), the most overdue named, what waits for
/// the chair; due soon through `soon_until`.
pub async fn build(
    conn: &mut sqlx::SqliteConnection,
    scope: &Scope,
    today: NaiveDate,
    soon_until: NaiveDate,
) -> store::Result<Summary> {
    let tallies = store::reports::tallies(conn, scope, today, soon_until).await?;
    let names = store::reports::unit_names(conn).await?;
    let mut counts = Counts::default();
    let mut per_unit: HashMap<i64, Counts> = HashMap::new();
    for (unit, tally) in &tallies {
        counts.add_tally(tally, today);
        per_unit.entry(*unit).or_default().add_tally(tally, today);
    }
    let top = store::reports::overdue(conn, scope, today, None, TOP_OVERDUE as i64).await?;
    let ids: Vec<i64> = top.iter().map(|(id, _, _)| *id).collect();
    let texts = store::reports::texts(conn, &ids).await?;
    let overdue = top
        .into_iter()
        .map(|(id, unit, deadline)| Overdue {
            id,
            unit: names.get(&unit).cloned().unwrap_or_default(),
            days_late: (today - deadline).num_days(),
            text: texts.get(&id).cloned().unwrap_or_default(),
        })
        .collect();
    let (obstacles, extensions) = store::reports::attention(conn, scope).await?;
    let attention =
        Attention { overdue: counts.overdue(), due_soon: counts.due_soon(), obstacles, extensions };
    Ok(Summary { today, counts, attention, units: ranked(per_unit, &names), overdue })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(
        id: i64,
        unit: i64,
        status: &str,
        deadline: Option<NaiveDate>,
        completed: Option<NaiveDate>,
    ) -> CountRow {
        CountRow {
            id,
            lead_unit_id: unit,
            status: status.into(),
            deadline,
            completed_on: completed,
            hold: None,
            has_obstacle: false,
        }
    }

    #[test]
    fn overdue_tasks_and_units_are_ranked_most_late_first() {
        let today = NaiveDate::from_ymd_opt(2023, 8, 15).unwrap();
        let d = |day: u32, month: u32| NaiveDate::from_ymd_opt(2023, month, day);
        let rows = vec![
            row(1, 1, "in_progress", d(10, 8), None),
            row(2, 2, "not_started", d(1, 7), None),
            row(3, 2, "in_progress", d(14, 8), None),
            row(4, 1, "done", d(1, 8), d(2, 8)),
            row(5, 3, "cancelled", d(1, 1), None),
            row(6, 3, "in_progress", None, None),
        ];
        let names: HashMap<i64, String> = [(1, "A".into()), (2, "B".into()), (3, "C".into())].into();
        let s = count(&rows, &names, today, today);
        let late: Vec<(i64, i64)> = s.overdue.iter().map(|o| (o.id, o.days_late)).collect();
        assert_eq!(late, [(2, 45), (1, 5), (3, 1)]);
        assert_eq!(s.units.iter().map(|u| u.name.as_str()).collect::<Vec<_>>(), ["B", "A", "C"]);
        assert_eq!(s.counts.total, 5);
        assert_eq!(s.counts.late_over_30, 1);
    }
}
