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
    Ok(sqlx::query_as("SELECT id, chat_id, title FROM groups WHERE chat_id = ? AND active = 1")
        .bind(chat_id)
        .fetch_optional(conn)
        .await?)
}
