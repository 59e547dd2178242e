//! The committee's registered group chats.

use sqlx::SqliteConnection;

use super::Result;

/// A registered group chat.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Group {
    pub id: i64,
    pub chat_id: i64,
    pub title: String,
}

/// The active group registered for this chat, if any.
pub async fn by_chat_id(conn: &mut SqliteConnection, chat_id: i64) -> Result<Option<Group>> {
    Ok(sqlx::query_as!(
        Group,
        "SELECT id, chat_id, title FROM groups WHERE chat_id = ? AND active = 1",
        chat_id
    )
    .fetch_optional(conn)
    .await?)
}

/// Registers a group chat (or re-activates it). Returns `false` if it was already registered.
pub async fn register(
    conn: &mut SqliteConnection,
    chat_id: i64,
    title: &str,
    by: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool> {
    if by_chat_id(conn, chat_id).await?.is_some() {
        return Ok(false);
    }
    sqlx::query!(
        "INSERT INTO groups (chat_id, title, registered_by, created_at) VALUES (?, ?, ?, ?) \
         ON CONFLICT (chat_id) DO UPDATE SET active = 1, title = excluded.title, registered_by = excluded.registered_by",
        chat_id,
        title,
        by,
        now,
    )
    .execute(conn)
    .await?;
    Ok(true)
}

/// Every active committee group.
pub async fn all(conn: &mut SqliteConnection) -> Result<Vec<Group>> {
    Ok(sqlx::query_as!(Group, "SELECT id, chat_id, title FROM groups WHERE active = 1 ORDER BY id")
        .fetch_all(conn)
        .await?)
}
