//! Requests for more time, and their decisions.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{FromRow, SqliteConnection};

use super::Result;

/// A request for a later deadline.
#[derive(Debug, Clone, FromRow)]
pub struct ExtensionRequest {
    pub id: i64,
    pub task_id: i64,
    pub member_id: Option<i64>,
    pub requested_deadline: NaiveDate,
    pub previous_deadline: Option<NaiveDate>,
    pub reason: String,
    pub state: String,
}

/// Files a request; an earlier pending request on the same task is superseded by it.
pub async fn create(
    conn: &mut SqliteConnection,
    task_id: i64,
    member_id: Option<i64>,
    requested: NaiveDate,
    previous: Option<NaiveDate>,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    sqlx::query!(
        "UPDATE extension_requests SET state = 'superseded' WHERE task_id = ? AND state = 'pending'",
        task_id,
    )
    .execute(&mut *conn)
    .await?;
    Ok(sqlx::query_scalar!(
        r#"INSERT INTO extension_requests (task_id, member_id, requested_deadline, previous_deadline, reason, created_at)
           VALUES (?, ?, ?, ?, ?, ?) RETURNING id AS "id!""#,
        task_id,
        member_id,
        requested,
        previous,
        reason,
        now,
    )
    .fetch_one(conn)
    .await?)
}

pub async fn get(conn: &mut SqliteConnection, id: i64) -> Result<Option<ExtensionRequest>> {
    Ok(sqlx::query_as!(
        ExtensionRequest,
        r#"SELECT id, task_id, member_id, requested_deadline AS "requested_deadline: _",
             previous_deadline AS "previous_deadline: _", reason, state
           FROM extension_requests WHERE id = ?"#,
        id,
    )
    .fetch_optional(conn)
    .await?)
}

/// Records a decision on a pending request; `false` if it was no longer pending.
pub async fn decide(
    conn: &mut SqliteConnection,
    id: i64,
    approve: bool,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let done = sqlx::query!(
        "UPDATE extension_requests SET state = ?, decided_by = ?, decided_at = ? WHERE id = ? AND state = 'pending'",
        if approve { "approved" } else { "rejected" },
        by,
        now,
        id,
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}
