//! The queries reports are made of: the counts of a scope by unit and status, the most overdue
//! tasks; the few fields counting needs, for every task in a scope (the reference the counts
//! are tested against); the changes since a date; and which runs of scheduled reports have
//! happened.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{FromRow, QueryBuilder, Sqlite, SqliteConnection};

use super::{Result, StoreError};
use crate::domain::counting::{LONG_LATE_DAYS, Tally};
use crate::domain::{Hold, Scope, TaskStatus};

/// What counting needs of a task.
#[derive(Debug, Clone, FromRow)]
pub struct CountRow {
    pub id: i64,
    pub lead_unit_id: i64,
    pub status: String,
    pub deadline: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
    pub hold: Option<String>,
    pub has_obstacle: bool,
}

/// The hold that applies to a task: an open one's (as [`crate::domain::Task::held`] has it).
const HOLD: &str = "CASE WHEN t.status IN ('done', 'cancelled') THEN NULL ELSE t.hold END";

/// Appends the scope's conditions (on `t`, the tasks table).
pub fn push_scope(q: &mut QueryBuilder<Sqlite>, scope: &Scope) {
    if let Some(year) = scope.year {
        q.push(" AND t.year = ");
        q.push_bind(year);
    }
    if let Some(period) = scope.period {
        q.push(" AND t.deadline BETWEEN ");
        q.push_bind(period.first_day());
        q.push(" AND ");
        q.push_bind(period.last_day());
    }
    if let Some(p) = scope.programme {
        q.push(" AND t.programme = ");
        q.push_bind(p.as_str());
    }
    if let Some(unit) = scope.unit_id {
        q.push(" AND t.lead_unit_id = ");
        q.push_bind(unit);
    }
}

/// Every task in the scope, cancelled ones included (reports count them apart).
pub async fn count_rows(conn: &mut SqliteConnection, scope: &Scope) -> Result<Vec<CountRow>> {
    // Dynamic: the scope's conditions are written only when set, so that SQLite plans each
    // combination with the indexes it allows.
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT t.id, t.lead_unit_id, t.status, t.deadline, t.completed_on, t.hold, t.has_obstacle \
         FROM tasks t WHERE 1 = 1",
    );
    push_scope(&mut q, scope);
    Ok(q.build_query_as().fetch_all(conn).await?)
}

/// The tasks in the scope counted by lead unit, status and hold on `today` (see [`Tally`]);
/// due soon through `soon_until`. The rule for "late" is
/// [`crate::domain::counting::classify`]'s, in SQL; a test holds the two together.
pub async fn tallies(
    conn: &mut SqliteConnection,
    scope: &Scope,
    today: NaiveDate,
    soon_until: NaiveDate,
) -> Result<Vec<(i64, Tally)>> {
    let long_late = today - chrono::Duration::days(LONG_LATE_DAYS);
    // Dynamic: the scope's conditions are written only when set, so that SQLite plans each
    // combination with the indexes it allows.
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT t.lead_unit_id, t.status, COUNT(*), SUM(COALESCE(CASE t.status \
         WHEN 'cancelled' THEN 0 WHEN 'done' THEN t.completed_on > t.deadline \
         WHEN 'awaiting_confirmation' THEN COALESCE(t.completed_on, ",
    );
    q.push_bind(today);
    q.push(") > t.deadline ELSE ");
    q.push_bind(today);
    q.push(" > t.deadline END, 0)), SUM(t.deadline IS NULL), SUM(COALESCE(t.deadline < ");
    q.push_bind(long_late);
    q.push(", 0)), ");
    q.push(HOLD);
    q.push(" AS hold FROM tasks t WHERE 1 = 1");
    push_scope(&mut q, scope);
    // Grouped by the columns, in the index's order, so that SQLite counts in one pass over
    // the index without sorting (a closed task's hold is dropped above and in `add_tally`).
    q.push(" GROUP BY t.lead_unit_id, t.status, t.hold");
    type Row = (i64, String, i64, i64, i64, i64, Option<String>);
    let rows: Vec<Row> = q.build_query_as().fetch_all(&mut *conn).await?;
    // The few tasks due soon, through the open tasks' deadline index: counted in the pass
    // above, they cost every task a comparison (a tenth of the nation's summary).
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT t.lead_unit_id, t.status, COUNT(*) FROM tasks t \
         WHERE t.status NOT IN ('done', 'cancelled') AND t.hold IS NULL AND t.deadline BETWEEN ",
    );
    q.push_bind(today);
    q.push(" AND ");
    q.push_bind(soon_until);
    push_scope(&mut q, scope);
    q.push(" GROUP BY t.lead_unit_id, t.status");
    let soon: Vec<(i64, String, i64)> = q.build_query_as().fetch_all(&mut *conn).await?;
    let soon: HashMap<(i64, String), i64> = soon.into_iter().map(|(u, s, n)| ((u, s), n)).collect();
    rows.into_iter()
        .map(|(unit, status, tasks, late, no_deadline, long_late, hold)| {
            let due_soon =
                if hold.is_none() { soon.get(&(unit, status.clone())).copied().unwrap_or(0) } else { 0 };
            let status = status.parse::<TaskStatus>().map_err(|_| StoreError::Corrupt {
                table: "tasks",
                column: "status",
                value: status.clone(),
            })?;
            let hold = match hold {
                None => None,
                Some(h) => Some(h.parse::<Hold>().map_err(|_| StoreError::Corrupt {
                    table: "tasks",
                    column: "hold",
                    value: h.clone(),
                })?),
            };
            let n = |v: i64| u32::try_from(v).unwrap_or(u32::MAX);
            let tally = Tally {
                status,
                tasks: n(tasks),
                late: n(late),
                no_deadline: n(no_deadline),
                long_late: n(long_late),
                due_soon: n(due_soon),
                hold,
            };
            Ok((unit, tally))
        })
        .collect()
}

/// The `limit` most overdue tasks in the scope on `today` (open, or reported done, past the
/// deadline; the rule of [`crate::domain::counting::classify`]), most late first, of those
/// due on or after `due_from` if given: id, lead unit, deadline.
pub async fn overdue(
    conn: &mut SqliteConnection,
    scope: &Scope,
    today: NaiveDate,
    due_from: Option<NaiveDate>,
    limit: i64,
) -> Result<Vec<(i64, i64, NaiveDate)>> {
    // `NOT IN ('done', 'cancelled')` as written in the partial index `tasks_open_deadline`, so
    // SQLite walks it in deadline order and stops after `limit`.
    // Dynamic: the scope's conditions are written only when set, so that SQLite plans each
    // combination with the indexes it allows.
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT t.id, t.lead_unit_id, t.deadline FROM tasks t \
         WHERE t.status NOT IN ('done', 'cancelled') AND t.hold IS NULL AND t.deadline < ",
    );
    q.push_bind(today);
    q.push(" AND (t.status <> 'awaiting_confirmation' OR COALESCE(t.completed_on, ");
    q.push_bind(today);
    q.push(") > t.deadline)");
    if let Some(day) = due_from {
        q.push(" AND t.deadline >= ");
        q.push_bind(day);
    }
    push_scope(&mut q, scope);
    q.push(" ORDER BY t.deadline, t.id LIMIT ");
    q.push_bind(limit);
    Ok(q.build_query_as().fetch_all(conn).await?)
}

/// What waits for the chair in the scope: open tasks (not set aside) with an obstacle
/// reported, and requests for more time not yet decided.
pub async fn attention(conn: &mut SqliteConnection, scope: &Scope) -> Result<(u32, u32)> {
    // Dynamic: the scope's conditions are written only when set, so that SQLite plans each
    // combination with the indexes it allows. Two counts, each from the few rows it concerns
    // (partial indexes of migration 0016), not one pass over every open task.
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT COUNT(*) FROM tasks t \
         WHERE t.has_obstacle = 1 AND t.hold IS NULL AND t.status NOT IN ('done', 'cancelled')",
    );
    push_scope(&mut q, scope);
    let obstacles: i64 = q.build_query_scalar().fetch_one(&mut *conn).await?;
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT COUNT(*) FROM extension_requests e JOIN tasks t ON t.id = e.task_id \
         WHERE e.state = 'pending' AND t.hold IS NULL AND t.status NOT IN ('done', 'cancelled')",
    );
    push_scope(&mut q, scope);
    let extensions: i64 = q.build_query_scalar().fetch_one(&mut *conn).await?;
    let n = |v: i64| u32::try_from(v).unwrap_or(u32::MAX);
    Ok((n(obstacles), n(extensions)))
}

/// What the scorecard needs of a task due from `first` through `last`.
#[derive(Debug, Clone)]
pub struct ScoreTask {
    pub lead_unit_id: i64,
    pub status: String,
    pub hold: Option<String>,
    pub deadline: NaiveDate,
    pub completed_on: Option<NaiveDate>,
    /// The first report on it from an officer or member (decisions and imports are not).
    pub first_report_at: Option<DateTime<Utc>>,
}

/// Every task due from `first` through `last`, cancelled ones left out.
pub async fn score_tasks(
    conn: &mut SqliteConnection,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<ScoreTask>> {
    Ok(sqlx::query_as!(
        ScoreTask,
        r#"SELECT t.lead_unit_id, t.status,
             CASE WHEN t.status IN ('done', 'cancelled') THEN NULL ELSE t.hold END AS "hold?: String",
             t.deadline AS "deadline!: NaiveDate", t.completed_on AS "completed_on: NaiveDate",
             (SELECT MIN(r.reported_at) FROM status_reports r
               WHERE r.task_id = t.id AND r.source NOT IN ('decision', 'import')) AS "first_report_at?: DateTime<Utc>"
           FROM tasks t
           WHERE t.status <> 'cancelled' AND t.deadline BETWEEN ? AND ?
           ORDER BY t.id"#,
        first,
        last,
    )
    .fetch_all(conn)
    .await?)
}

/// Short names of every unit, removed ones included (old tasks still name them).
pub async fn unit_names(conn: &mut SqliteConnection) -> Result<HashMap<i64, String>> {
    let rows = sqlx::query!("SELECT id, short_name FROM units").fetch_all(conn).await?;
    Ok(rows.into_iter().map(|r| (r.id, r.short_name)).collect())
}

/// Short texts of tasks, by id.
pub async fn texts(conn: &mut SqliteConnection, ids: &[i64]) -> Result<HashMap<i64, String>> {
    let rows = sqlx::query!(
        r#"SELECT id, substr(text, 1, 200) AS "text!: String" FROM tasks WHERE id IN (SELECT value FROM json_each(?))"#,
        serde_json::to_string(ids).expect("ids serialise"),
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.text)).collect())
}

/// Tasks in the scope completed since `since` (by the completion report's time).
pub async fn completed_since(
    conn: &mut SqliteConnection,
    scope: &Scope,
    since: DateTime<Utc>,
) -> Result<Vec<i64>> {
    // Dynamic: the scope's conditions are written only when set, so that SQLite plans each
    // combination with the indexes it allows.
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT t.id FROM tasks t WHERE t.status = 'done' AND EXISTS (SELECT 1 FROM status_reports r \
         WHERE r.task_id = t.id AND r.kind IN ('done', 'confirmed') AND r.reported_at >= ",
    );
    q.push_bind(since);
    q.push(")");
    push_scope(&mut q, scope);
    q.push(" ORDER BY t.id");
    Ok(q.build_query_scalar().fetch_all(conn).await?)
}

/// Tasks in the scope created since `since`.
pub async fn created_since(
    conn: &mut SqliteConnection,
    scope: &Scope,
    since: DateTime<Utc>,
) -> Result<Vec<i64>> {
    // Dynamic: the scope's conditions are written only when set, so that SQLite plans each
    // combination with the indexes it allows.
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new("SELECT t.id FROM tasks t WHERE t.created_at >= ");
    q.push_bind(since);
    push_scope(&mut q, scope);
    q.push(" ORDER BY t.id");
    Ok(q.build_query_scalar().fetch_all(conn).await?)
}

/// Records a scheduled report's run; `false` if it already ran (so it runs once, even across
/// a crash: the record commits with the messages it queued).
pub async fn claim_run(
    conn: &mut SqliteConnection,
    kind: &str,
    period: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    let done = sqlx::query!(
        "INSERT OR IGNORE INTO report_runs (kind, period, ran_at) VALUES (?, ?, ?)",
        kind,
        period,
        now
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// When a kind of report last ran in another period than `period`.
pub async fn last_run_before(
    conn: &mut SqliteConnection,
    kind: &str,
    period: &str,
) -> Result<Option<DateTime<Utc>>> {
    Ok(sqlx::query_scalar!(
        r#"SELECT MAX(ran_at) AS "ran_at?: DateTime<Utc>" FROM report_runs WHERE kind = ? AND period <> ?"#,
        kind,
        period,
    )
    .fetch_one(conn)
    .await?)
}

/// The latest report of each task: when, its kind and the officer's words.
pub async fn latest_reports(
    conn: &mut SqliteConnection,
    ids: &[i64],
) -> Result<HashMap<i64, (DateTime<Utc>, String, String)>> {
    let rows = sqlx::query!(
        r#"SELECT r.task_id, r.reported_at AS "reported_at: DateTime<Utc>", r.kind, r.text FROM status_reports r
           WHERE r.id IN (SELECT MAX(id) FROM status_reports
                          WHERE task_id IN (SELECT value FROM json_each(?)) GROUP BY task_id)"#,
        serde_json::to_string(ids).expect("ids serialise"),
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.task_id, (r.reported_at, r.kind, r.text))).collect())
}

/// Tasks in the scope (its period aside) by the month their deadline falls in, from `from`
/// through `through`: `(YYYY-MM, due, done on time, done late)`, cancelled ones left out.
pub async fn by_deadline_month(
    conn: &mut SqliteConnection,
    scope: &Scope,
    from: NaiveDate,
    through: NaiveDate,
) -> Result<Vec<(String, i64, i64, i64)>> {
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT strftime('%Y-%m', t.deadline) AS month, COUNT(*), \
         SUM(t.status = 'done' AND t.completed_on <= t.deadline), SUM(t.status = 'done' AND t.completed_on > t.deadline) \
         FROM tasks t WHERE t.status != 'cancelled' AND t.deadline BETWEEN ",
    );
    q.push_bind(from);
    q.push(" AND ");
    q.push_bind(through);
    push_scope(&mut q, &Scope { period: None, ..scope.clone() });
    q.push(" GROUP BY month ORDER BY month");
    Ok(q.build_query_as().fetch_all(&mut *conn).await?)
}
