//! Lists a member asked for, kept so that page buttons need carry only an id.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::Result;

/// A stored list request.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct View {
    pub id: i64,
    pub member_id: i64,
    pub kind: String,
    pub params: String,
}

pub async fn create(
    conn: &mut SqliteConnection,
    member_id: i64,
    kind: &str,
    params: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    Ok(sqlx::query_scalar!(
        r#"INSERT INTO list_views (member_id, kind, params, created_at) VALUES (?, ?, ?, ?) RETURNING id AS "id!""#,
        member_id,
        kind,
        params,
        now,
    )
    .fetch_one(conn)
    .await?)
}

pub async fn get(conn: &mut SqliteConnection, id: i64) -> Result<Option<View>> {
    Ok(sqlx::query_as!(View, "SELECT id, member_id, kind, params FROM list_views WHERE id = ?", id)
        .fetch_optional(conn)
        .await?)
}

/// Forgets lists asked for before `before`; their page buttons then say they are out of date.
pub async fn prune(conn: &mut SqliteConnection, before: DateTime<Utc>) -> Result<u64> {
    Ok(sqlx::query!("DELETE FROM list_views WHERE created_at < ?", before)
        .execute(conn)
        .await?
        .rows_affected())
}
