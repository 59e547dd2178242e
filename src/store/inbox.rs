//! Updates from Telegram, kept until their effects are committed.
//!
//! The poller writes each batch here before it acknowledges the batch to Telegram (by asking
//! for the next offset); a handler claims its update in the transaction that records its
//! effects. So an update is processed once even across crashes and replays.

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::Result;

/// An update whose handling failed this many times is left alone (and logged), so one
/// malformed update cannot stop the bot at every start.
pub const MAX_ATTEMPTS: i64 = 3;

/// Stores a batch of updates (`update_id`, JSON); ids already stored are ignored.
/// Returns the ids that were new, each with its first attempt counted (the poller hands them
/// to the dispatcher next; one write for the batch rather than one an update).
pub async fn put(pool: &SqlitePool, updates: &[(i64, String)], now: DateTime<Utc>) -> Result<Vec<i64>> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let mut fresh = Vec::with_capacity(updates.len());
    for (id, payload) in updates {
        let done = sqlx::query(
            "INSERT OR IGNORE INTO inbox (update_id, payload, received_at, attempts) VALUES (?, ?, ?, 1)",
        )
        .bind(id)
        .bind(payload)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() > 0 {
            fresh.push(*id);
        }
    }
    tx.commit().await?;
    Ok(fresh)
}

/// Updates received but not yet processed (oldest first), to replay after a restart.
pub async fn pending(pool: &SqlitePool) -> Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT update_id, payload FROM inbox WHERE processed_at IS NULL AND attempts < ? ORDER BY update_id",
    )
    .bind(MAX_ATTEMPTS)
    .fetch_all(pool)
    .await?)
}

/// The highest update id ever received, so polling resumes after it.
pub async fn last_update_id(pool: &SqlitePool) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar("SELECT MAX(update_id) FROM inbox").fetch_one(pool).await?)
}

/// Marks the update processed, inside the caller's transaction. `false` means it already was:
/// the caller must not apply its effects again.
pub async fn claim(conn: &mut SqliteConnection, update_id: i64, now: DateTime<Utc>) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO inbox (update_id, payload, received_at, processed_at) VALUES (?, '{}', ?, ?) \
         ON CONFLICT (update_id) DO UPDATE SET processed_at = excluded.processed_at \
         WHERE inbox.processed_at IS NULL",
    )
    .bind(update_id)
    .bind(now)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Counts an attempt at handling the update (each time it is handed to the dispatcher).
pub async fn count_attempt(pool: &SqlitePool, update_id: i64) -> Result<()> {
    sqlx::query("UPDATE inbox SET attempts = attempts + 1 WHERE update_id = ?")
        .bind(update_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Forgets processed updates older than `before`; their effects are elsewhere.
pub async fn prune(pool: &SqlitePool, before: DateTime<Utc>) -> Result<u64> {
    let done = sqlx::query("DELETE FROM inbox WHERE processed_at IS NOT NULL AND processed_at < ?")
        .bind(before)
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}
