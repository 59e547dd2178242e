//! Where each member is in a conversation with the bot, per chat, as JSON. It is read with the
//! sender ([`super::members::sender`]).

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::Result;

pub async fn set(
    conn: &mut SqliteConnection,
    chat_id: i64,
    user_id: i64,
    state: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query!(
        "INSERT INTO dialogues (chat_id, user_id, state, updated_at) VALUES (?, ?, ?, ?) \
         ON CONFLICT (chat_id, user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
        chat_id,
        user_id,
        state,
        now,
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn clear(conn: &mut SqliteConnection, chat_id: i64, user_id: i64) -> Result<()> {
    sqlx::query!("DELETE FROM dialogues WHERE chat_id = ? AND user_id = ?", chat_id, user_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Forgets conversations left unfinished since before `before`.
pub async fn prune(conn: &mut SqliteConnection, before: DateTime<Utc>) -> Result<u64> {
    Ok(sqlx::query!("DELETE FROM dialogues WHERE updated_at < ?", before)
        .execute(conn)
        .await?
        .rows_affected())
}
