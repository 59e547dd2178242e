//! Updates from Telegram, kept until their effects are committed.
//!
//! The poller writes each batch here before it acknowledges the batch to Telegram (by asking
//! for the next offset); a handler claims its update in the transaction that records its
//! effects. So an update is processed once even across crashes and replays.

use chrono::{DateTime, Utc};
use sqlx::SqlitePool;

use super::{Batch, Result, Store, Tx, batch, tasks};
use crate::domain::Task;

/// An update whose handling failed this many times is left alone (and logged), so one
/// malformed update cannot stop the bot at every start.
pub const MAX_ATTEMPTS: i64 = 3;

/// Stores a batch of updates (`update_id`, JSON); ids already stored are ignored.
/// Returns the ids that were new, each with its first attempt counted (the poller hands them
/// to the dispatcher next). One statement for the batch.
pub async fn put(store: &Store, updates: &[(i64, String)], now: DateTime<Utc>) -> Result<Vec<i64>> {
    let rows = serde_json::to_string(updates).expect("ids and text serialise");
    Ok(sqlx::query_scalar!(
        r#"INSERT OR IGNORE INTO inbox (update_id, payload, received_at, attempts)
           SELECT value ->> 0, value ->> 1, ?, 1 FROM json_each(?) RETURNING update_id AS "update_id!""#,
        now,
        rows,
    )
    .fetch_all(&mut *store.write().await?)
    .await?)
}

/// Updates received (before `received_before`, if given) but not yet processed, oldest
/// first: to replay after a restart, or to try again.
pub async fn pending(
    pool: &SqlitePool,
    received_before: Option<DateTime<Utc>>,
) -> Result<Vec<(i64, String)>> {
    let rows = sqlx::query!(
        "SELECT update_id, payload FROM inbox WHERE processed_at IS NULL AND attempts < ?1 \
         AND (?2 IS NULL OR received_at <= ?2) ORDER BY update_id",
        MAX_ATTEMPTS,
        received_before,
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| (r.update_id, r.payload)).collect())
}

/// The highest update id ever received, so polling resumes after it.
pub async fn last_update_id(pool: &SqlitePool) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar!(r#"SELECT MAX(update_id) AS "last?: i64" FROM inbox"#).fetch_one(pool).await?)
}

/// Marks the update processed in a transaction begun with the claim (one round trip): the
/// transaction that is to record the update's effects, or `None` if the update already was
/// processed (a replay after a crash), and its effects must not be applied again.
///
/// `task`: a task the update is likely about (the code in `/capnhat`, a status button), read
/// in the same round trip, inside the transaction; the answer has it as [`Claimed::task`].
pub async fn begin_claimed(
    store: &Store,
    update_id: i64,
    now: DateTime<Utc>,
    task: Option<i64>,
) -> Result<Option<Claimed>> {
    let mut batch = Batch::default();
    let claim = batch!(
        batch,
        "INSERT INTO inbox (update_id, payload, received_at, processed_at) VALUES (?, '{}', ?, ?) \
         ON CONFLICT (update_id) DO UPDATE SET processed_at = excluded.processed_at \
         WHERE inbox.processed_at IS NULL RETURNING update_id",
        update_id,
        now,
        now,
    )?;
    let read = match task {
        Some(id) => Some((id, tasks::push_get(&mut batch, id)?)),
        None => None,
    };
    let (tx, answer) = store.begin_with(batch).await?;
    // The claim's statement returns the update's row only if this transaction claimed it.
    if answer.rows(claim).is_empty() {
        tx.rollback().await?;
        return Ok(None);
    }
    let task = match read {
        Some((id, read)) => Some(Loaded { id, task: tasks::from_get_rows(answer.rows(read))? }),
        None => None,
    };
    Ok(Some(Claimed { tx, task }))
}

/// An update claimed: the transaction that records its effects.
#[derive(Debug)]
pub struct Claimed {
    pub tx: Tx,
    /// The task asked for with the claim, as it stood when the transaction began.
    pub task: Option<Loaded>,
}

/// A task read with a claim: `task` is `None` when there is no task `id`.
#[derive(Debug)]
pub struct Loaded {
    pub id: i64,
    pub task: Option<Task>,
}

/// Counts an attempt at handling the update (each time it is handed to the dispatcher).
pub async fn count_attempt(store: &Store, update_id: i64) -> Result<()> {
    sqlx::query!("UPDATE inbox SET attempts = attempts + 1 WHERE update_id = ?", update_id)
        .execute(&mut *store.write().await?)
        .await?;
    Ok(())
}

/// Forgets processed updates older than `before`; their effects are elsewhere.
pub async fn prune(conn: &mut sqlx::SqliteConnection, before: DateTime<Utc>) -> Result<u64> {
    let done = sqlx::query!("DELETE FROM inbox WHERE processed_at IS NOT NULL AND processed_at < ?", before)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
