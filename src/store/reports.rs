//! The queries reports are made of: the few fields counting needs, for every task in a scope;
//! the changes since a date; and which runs of scheduled reports have happened.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{FromRow, QueryBuilder, Sqlite, SqliteConnection};

use super::Result;
use crate::domain::Scope;

/// What counting needs of a task.
#[derive(Debug, Clone, FromRow)]
pub struct CountRow {
    pub id: i64,
    pub lead_unit_id: i64,
    pub status: String,
    pub deadline: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
}

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
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT t.id, t.lead_unit_id, t.status, t.deadline, t.completed_on FROM tasks t WHERE 1 = 1",
    );
    push_scope(&mut q, scope);
    Ok(q.build_query_as().fetch_all(conn).await?)
}

/// Short names of every unit, removed ones included (old tasks still name them).
pub async fn unit_names(conn: &mut SqliteConnection) -> Result<HashMap<i64, String>> {
    let rows: Vec<(i64, String)> = sqlx::query_as("SELECT id, short_name FROM units").fetch_all(conn).await?;
    Ok(rows.into_iter().collect())
}

/// Short texts of tasks, by id.
pub async fn texts(conn: &mut SqliteConnection, ids: &[i64]) -> Result<HashMap<i64, String>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, substr(text, 1, 200) FROM tasks WHERE id IN (SELECT value FROM json_each(?))",
    )
    .bind(serde_json::to_string(ids).expect("ids serialise"))
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().collect())
}

/// Tasks in the scope completed since `since` (by the completion report's time).
pub async fn completed_since(
    conn: &mut SqliteConnection,
    scope: &Scope,
    since: DateTime<Utc>,
) -> Result<Vec<i64>> {
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
    let done = sqlx::query("INSERT OR IGNORE INTO report_runs (kind, period, ran_at) VALUES (?, ?, ?)")
        .bind(kind)
        .bind(period)
        .bind(now)
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
    Ok(sqlx::query_scalar("SELECT MAX(ran_at) FROM report_runs WHERE kind = ? AND period <> ?")
        .bind(kind)
        .bind(period)
        .fetch_one(conn)
        .await?)
}

/// The latest report of each task: when, its kind and the officer's words.
pub async fn latest_reports(
    conn: &mut SqliteConnection,
    ids: &[i64],
) -> Result<HashMap<i64, (DateTime<Utc>, String, String)>> {
    let rows: Vec<(i64, DateTime<Utc>, String, String)> = sqlx::query_as(
        "SELECT r.task_id, r.reported_at, r.kind, r.text FROM status_reports r \
         WHERE r.id IN (SELECT MAX(id) FROM status_reports \
                        WHERE task_id IN (SELECT value FROM json_each(?)) GROUP BY task_id)",
    )
    .bind(serde_json::to_string(ids).expect("ids serialise"))
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(id, at, kind, text)| (id, (at, kind, text))).collect())
}
