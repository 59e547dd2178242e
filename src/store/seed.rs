//! Bulk inserts for [`crate::seed`]: many rows per statement, one transaction per table, so a
//! national dataset (a million status reports) is written in seconds. Nothing else uses them;
//! the bot writes row by row, through the domain.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

use super::Result;
use crate::domain::task_code;

/// Rows per INSERT: far below SQLite's limit of 32,766 bound values.
const BATCH: usize = 1_000;

pub struct MemberRow {
    pub telegram_id: i64,
    pub display_name: String,
    pub unit_id: i64,
    pub role: &'static str,
}

pub struct TaskRow {
    pub id: i64,
    pub item_number: String,
    pub text: String,
    pub programme: &'static str,
    pub source_document: String,
    pub year: Option<i32>,
    pub lead_unit_id: i64,
    pub deadline: Option<NaiveDate>,
    pub status: &'static str,
    pub progress: u8,
    pub has_obstacle: bool,
    pub completed_on: Option<NaiveDate>,
    pub last_report_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

pub struct ReportRow {
    pub task_id: i64,
    pub member_id: Option<i64>,
    pub reported_at: DateTime<Utc>,
    pub kind: &'static str,
    pub percent: Option<u8>,
    pub text: String,
    pub source: &'static str,
}

pub async fn members(conn: &mut SqliteConnection, rows: &[MemberRow], now: DateTime<Utc>) -> Result<()> {
    for chunk in rows.chunks(BATCH) {
        // Dynamic: a row of values for each member of the chunk.
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO members (telegram_id, display_name, unit_id, role, created_at, updated_at) ",
        );
        q.push_values(chunk, |mut b, m| {
            b.push_bind(m.telegram_id)
                .push_bind(&m.display_name)
                .push_bind(m.unit_id)
                .push_bind(m.role)
                .push_bind(now)
                .push_bind(now);
        });
        q.build().execute(&mut *conn).await?;
    }
    Ok(())
}

pub async fn tasks(conn: &mut SqliteConnection, rows: &[TaskRow]) -> Result<()> {
    for chunk in rows.chunks(BATCH) {
        // Dynamic: a row of values for each task of the chunk.
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO tasks (id, code, item_number, text, programme, source_document, year, \
             lead_unit_id, deadline, original_deadline, status, progress, has_obstacle, completed_on, \
             last_report_at, created_at, updated_at) ",
        );
        q.push_values(chunk, |mut b, t| {
            b.push_bind(t.id)
                .push_bind(task_code(t.id))
                .push_bind(&t.item_number)
                .push_bind(&t.text)
                .push_bind(t.programme)
                .push_bind(&t.source_document)
                .push_bind(t.year)
                .push_bind(t.lead_unit_id)
                .push_bind(t.deadline)
                .push_bind(t.deadline)
                .push_bind(t.status)
                .push_bind(t.progress as i64)
                .push_bind(t.has_obstacle)
                .push_bind(t.completed_on)
                .push_bind(t.last_report_at)
                .push_bind(t.created_at)
                .push_bind(t.last_report_at.unwrap_or(t.created_at));
        });
        q.build().execute(&mut *conn).await?;
    }
    Ok(())
}

pub async fn co_units(conn: &mut SqliteConnection, rows: &[(i64, i64)]) -> Result<()> {
    for chunk in rows.chunks(BATCH) {
        // Dynamic: a row of values for each pair of the chunk.
        let mut q: QueryBuilder<Sqlite> =
            QueryBuilder::new("INSERT OR IGNORE INTO task_co_units (task_id, unit_id) ");
        q.push_values(chunk, |mut b, (task, unit)| {
            b.push_bind(task).push_bind(unit);
        });
        q.build().execute(&mut *conn).await?;
    }
    Ok(())
}

pub async fn reports(conn: &mut SqliteConnection, rows: &[ReportRow]) -> Result<()> {
    for chunk in rows.chunks(BATCH) {
        // Dynamic: a row of values for each report of the chunk.
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO status_reports (task_id, member_id, reported_at, kind, percent, text, source) ",
        );
        q.push_values(chunk, |mut b, r| {
            b.push_bind(r.task_id)
                .push_bind(r.member_id)
                .push_bind(r.reported_at)
                .push_bind(r.kind)
                .push_bind(r.percent.map(i64::from))
                .push_bind(&r.text)
                .push_bind(r.source);
        });
        q.build().execute(&mut *conn).await?;
    }
    Ok(())
}

/// The members of each unit, by unit id, as `(member id, unit id)`.
pub async fn member_ids(conn: &mut SqliteConnection) -> Result<Vec<(i64, i64)>> {
    let rows = sqlx::query!(
        r#"SELECT id, unit_id AS "unit_id!" FROM members WHERE unit_id IS NOT NULL ORDER BY id"#
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.unit_id)).collect())
}

/// Whether the database holds anything a seed would mix with.
pub async fn is_empty(conn: &mut SqliteConnection) -> Result<bool> {
    let used = sqlx::query_scalar!(
        r#"SELECT (SELECT COUNT(*) FROM tasks) + (SELECT COUNT(*) FROM members) + (SELECT COUNT(*) FROM units)
             AS "used!: i64""#
    )
    .fetch_one(conn)
    .await?;
    Ok(used == 0)
}
