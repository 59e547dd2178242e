//! The audit log: who changed what, when.

use chrono::{DateTime, Utc};
use serde_json::Value;
use sqlx::SqliteConnection;

use super::Result;

/// Records one change. `detail` holds the values before and after.
pub async fn record(
    conn: &mut SqliteConnection,
    member_id: Option<i64>,
    action: &str,
    entity: &str,
    entity_id: Option<i64>,
    detail: Value,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query!(
        "INSERT INTO audit_log (at, member_id, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
        now,
        member_id,
        action,
        entity,
        entity_id,
        detail.to_string(),
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// One audit entry, for showing a task's edits.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Entry {
    pub at: DateTime<Utc>,
    pub member_name: Option<String>,
    pub action: String,
    pub detail: String,
}

/// The changes made to one entity, oldest first.
pub async fn of(conn: &mut SqliteConnection, entity: &str, entity_id: i64) -> Result<Vec<Entry>> {
    Ok(sqlx::query_as!(
        Entry,
        r#"SELECT a.at AS "at: _", m.display_name AS "member_name?", a.action, a.detail FROM audit_log a
           LEFT JOIN members m ON m.id = a.member_id WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id"#,
        entity,
        entity_id,
    )
    .fetch_all(conn)
    .await?)
}
