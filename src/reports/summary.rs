//! The summary: counts the committee's way, per unit, and the overdue tasks by name; and how it
//! reads on a phone (one message, the detail one tap away).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::filter::{Period, Scope};
use crate::domain::counting::{Counts, LONG_LATE_DAYS, classify};
use crate::domain::{Lang, TaskStatus, task_code};
use crate::i18n::{Args, I18n, Key};
use crate::store::{self, reports::CountRow};

/// Units named in the summary's "most overdue" list.
pub const TOP_UNITS: usize = 5;
/// Overdue tasks named in the summary.
pub const TOP_OVERDUE: usize = 10;
/// A per-unit table longer than this goes as a file rather than a message.
pub const TABLE_MAX_UNITS: usize = 25;

/// One unit's counts.
#[derive(Debug, Clone)]
pub struct UnitCounts {
    pub unit_id: i64,
    pub name: String,
    pub counts: Counts,
}

/// An overdue task, for lists.
#[derive(Debug, Clone)]
pub struct Overdue {
    pub id: i64,
    pub unit: String,
    pub days_late: i64,
    pub text: String,
}

/// Everything a summary shows.
#[derive(Debug, Clone)]
pub struct Summary {
    pub today: NaiveDate,
    pub counts: Counts,
    /// Units with tasks in the scope: most overdue first, then by name.
    pub units: Vec<UnitCounts>,
    /// The [`TOP_OVERDUE`] most overdue tasks, most late first; `counts.overdue()` says how
    /// many there are in all.
    pub overdue: Vec<Overdue>,
}

/// Counts the tasks in `rows` on `today`, one by one: the reference [`build`] is tested
/// against.
pub fn count(rows: &[CountRow], names: &HashMap<i64, String>, today: NaiveDate) -> Summary {
    let mut counts = Counts::default();
    let mut per_unit: HashMap<i64, Counts> = HashMap::new();
    let mut overdue = Vec::new();
    for row in rows {
        let status = row.status.parse::<TaskStatus>().unwrap_or(TaskStatus::InProgress);
        let bucket = classify(status, row.deadline, row.completed_on, today);
        counts.add(bucket, row.deadline, today);
        per_unit.entry(row.lead_unit_id).or_default().add(bucket, row.deadline, today);
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
    Summary { today, counts, units: ranked(per_unit, names), overdue }
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
/// nation's 200,000 tasks are not read one by one), the most overdue named.
pub async fn build(
    conn: &mut sqlx::SqliteConnection,
    scope: &Scope,
    today: NaiveDate,
) -> store::Result<Summary> {
    let tallies = store::reports::tallies(conn, scope, today).await?;
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
    Ok(Summary { today, counts, units: ranked(per_unit, &names), overdue })
}

/// The scope in words: "năm 2023, quý 3/2023, Đề án 06, Sở Tư pháp".
pub fn scope_text(i18n: &I18n, lang: Lang, scope: &Scope, unit_name: Option<&str>) -> String {
    let mut parts = Vec::new();
    match scope.period {
        Some(Period::Quarter { year, quarter }) => {
            parts.push(i18n.t(
                lang,
                Key::ScopeQuarter,
                &Args::new().raw("quarter", quarter.to_string()).raw("year", year.to_string()),
            ));
        }
        Some(Period::Half { year, half }) => {
            let key = if half == 1 { Key::ScopeHalfFirst } else { Key::ScopeHalfSecond };
            parts.push(i18n.t(lang, key, &Args::new().raw("year", year.to_string())));
        }
        None => {
            if let Some(year) = scope.year {
                parts.push(i18n.t(lang, Key::ScopeYear, &Args::new().raw("year", year.to_string())));
            }
        }
    }
    if let Some(p) = scope.programme {
        parts.push(crate::bot::cards::programme_name(i18n, lang, p));
    }
    if let Some(unit) = unit_name {
        parts.push(teloxide::utils::html::escape(unit));
    }
    if parts.is_empty() {
        parts.push(i18n.t0(lang, Key::ScopeAll));
    }
    parts.join(", ")
}

/// The committee's sentence: total; done (on time, late) and the share done; in progress
/// (behind); not started; ongoing tasks apart; those more than a month late flagged.
pub fn headline(i18n: &I18n, lang: Lang, c: &Counts) -> String {
    let mut lines = vec![
        i18n.t(lang, Key::HeadlineTotal, &Args::new().num("total", c.total)),
        i18n.t(
            lang,
            Key::HeadlineDone,
            &Args::new()
                .num("done", c.done())
                .num("share", (c.share_done() * 10.0).round() / 10.0)
                .num("on_time", c.done_on_time)
                .num("late", c.done_late),
        ),
        i18n.t(
            lang,
            Key::HeadlineInProgress,
            &Args::new().num("in_progress", c.in_progress).num("behind", c.in_progress_overdue),
        ),
        i18n.t(
            lang,
            Key::HeadlineNotStarted,
            &Args::new().num("not_started", c.not_started).num("overdue", c.not_started_overdue),
        ),
    ];
    if c.no_deadline > 0 {
        lines.push(i18n.t(lang, Key::HeadlineNoDeadline, &Args::new().num("count", c.no_deadline)));
    }
    if c.late_over_30 > 0 {
        lines.push(i18n.t(
            lang,
            Key::HeadlineLongLate,
            &Args::new().num("count", c.late_over_30).num("days", LONG_LATE_DAYS as f64),
        ));
    }
    lines.join("\n")
}

/// An overdue task's line, flagged when more than a month late.
pub fn overdue_line(i18n: &I18n, lang: Lang, o: &Overdue) -> String {
    let args = Args::new()
        .raw("code", task_code(o.id))
        .text("unit", crate::bot::markup::truncate(&o.unit, 40))
        .num("days", o.days_late as f64)
        .raw("flag", if o.days_late > LONG_LATE_DAYS { "yes" } else { "no" })
        .text("text", crate::bot::markup::truncate(&o.text, 70));
    i18n.t(lang, Key::SummaryOverdueLine, &args)
}

/// The whole summary in one message that fits a phone screen.
pub fn message(i18n: &I18n, lang: Lang, summary: &Summary, scope: &str) -> String {
    let mut out = vec![
        i18n.t(
            lang,
            Key::SummaryTitle,
            &Args::new().html("scope", scope).raw("date", i18n.date(lang, summary.today)),
        ),
        headline(i18n, lang, &summary.counts),
    ];
    let behind: Vec<&UnitCounts> =
        summary.units.iter().filter(|u| u.counts.overdue() > 0).take(TOP_UNITS).collect();
    if !behind.is_empty() {
        out.push(String::new());
        out.push(i18n.t0(lang, Key::SummaryUnitsHeader));
        for (i, u) in behind.iter().enumerate() {
            let args = Args::new()
                .raw("rank", (i + 1).to_string())
                .text("unit", crate::bot::markup::truncate(&u.name, 40))
                .num("overdue", u.counts.overdue())
                .num("total", u.counts.total);
            out.push(i18n.t(lang, Key::SummaryUnitLine, &args));
        }
    }
    if !summary.overdue.is_empty() {
        out.push(String::new());
        let shown = summary.overdue.len().min(TOP_OVERDUE);
        out.push(i18n.t(
            lang,
            Key::SummaryOverdueHeader,
            &Args::new().num("shown", shown as f64).num("count", summary.counts.overdue()),
        ));
        for o in summary.overdue.iter().take(TOP_OVERDUE) {
            out.push(overdue_line(i18n, lang, o));
        }
    }
    out.join("\n")
}

/// The per-unit table as monospaced text: unit, total, done, in progress, overdue, not started.
pub fn unit_table(i18n: &I18n, lang: Lang, summary: &Summary) -> String {
    const NAME: usize = 16;
    let col = |key| i18n.t0(lang, key);
    let header = format!(
        "{:<NAME$}{:>5}{:>4}{:>4}{:>4}{:>4}",
        col(Key::TableColUnit),
        col(Key::TableColTotal),
        col(Key::TableColDone),
        col(Key::TableColProgress),
        col(Key::TableColOverdue),
        col(Key::TableColNotStarted)
    );
    let mut rows = vec![header];
    let mut line = |name: &str, c: &Counts| {
        let name: String = name.chars().take(NAME).collect();
        let pad = NAME.saturating_sub(name.chars().count());
        rows.push(format!(
            "{name}{}{:>5}{:>4}{:>4}{:>4}{:>4}",
            " ".repeat(pad),
            c.total,
            c.done(),
            c.in_progress - c.in_progress_overdue,
            c.overdue(),
            c.not_started - c.not_started_overdue
        ));
    };
    let mut units = summary.units.clone();
    units.sort_by(|a, b| a.name.cmp(&b.name));
    for u in &units {
        line(&u.name, &u.counts);
    }
    line(&i18n.t0(lang, Key::TableTotal), &summary.counts);
    let legend = i18n.t0(lang, Key::TableLegend);
    format!("<pre>{}</pre>\n{legend}", teloxide::utils::html::escape(&rows.join("\n")))
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
        CountRow { id, lead_unit_id: unit, status: status.into(), deadline, completed_on: completed }
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
        let s = count(&rows, &names, today);
        let late: Vec<(i64, i64)> = s.overdue.iter().map(|o| (o.id, o.days_late)).collect();
        assert_eq!(late, [(2, 45), (1, 5), (3, 1)]);
        assert_eq!(s.units.iter().map(|u| u.name.as_str()).collect::<Vec<_>>(), ["B", "A", "C"]);
        assert_eq!(s.counts.total, 5);
        assert_eq!(s.counts.late_over_30, 1);
    }
}
