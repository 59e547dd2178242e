//! Messages the bot has decided to send, from the decision until Telegram has them.
//!
//! A handler enqueues inside its transaction, so a message exists exactly when the change it
//! reports does; the sender delivers rows in id order per chat and records Telegram's
//! message id, which is how a reply to that message is traced back to its task.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use sqlx::{FromRow, SqliteConnection, SqlitePool};

use super::{Result, Store, Tx, batch};

/// A message to enqueue. `body` is the sender's JSON description of the request.
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub chat_id: i64,
    pub body: String,
    pub attachment: Option<Vec<u8>>,
    pub task_id: Option<i64>,
    pub purpose: &'static str,
    pub not_before: Option<DateTime<Utc>>,
}

/// A message waiting to be sent.
#[derive(Debug, Clone, FromRow)]
pub struct Pending {
    pub id: i64,
    pub chat_id: i64,
    pub body: String,
    pub attachment: Option<Vec<u8>>,
    pub task_id: Option<i64>,
    pub purpose: String,
    pub attempts: i64,
}

/// Enqueues `messages` and commits `tx`: the messages go with the `COMMIT`, in the same
/// round trip to the database's thread (every update's turn ends so).
pub async fn enqueue_and_commit(mut tx: Tx, messages: &[NewMessage], now: DateTime<Utc>) -> Result<()> {
    // A statement a message: a turn queues a few, a long export split in parts a few dozen.
    for msg in messages {
        batch!(
            tx.deferred(),
            "INSERT INTO outbox (chat_id, body, attachment, task_id, purpose, created_at, not_before) \
             VALUES (?, ?, ?, ?, ?, ?, ?)",
            msg.chat_id,
            &msg.body,
            &msg.attachment,
            msg.task_id,
            msg.purpose,
            now,
            msg.not_before.unwrap_or(now),
        )?;
    }
    tx.commit().await
}

pub async fn enqueue(conn: &mut SqliteConnection, msg: &NewMessage, now: DateTime<Utc>) -> Result<i64> {
    let id = sqlx::query_scalar!(
        "INSERT INTO outbox (chat_id, body, attachment, task_id, purpose, created_at, not_before) \
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        msg.chat_id,
        msg.body,
        msg.attachment,
        msg.task_id,
        msg.purpose,
        now,
        msg.not_before.unwrap_or(now),
    )
    .fetch_one(conn)
    .await?;
    Ok(id)
}

/// What the sender finds in the outbox: the messages due, and when the next one falls due.
#[derive(Debug, Default)]
pub struct Due {
    /// Due at `now`, oldest first.
    pub rows: Vec<Pending>,
    /// When the first pending message after them falls due, if one does and the read saw it.
    pub next_at: Option<DateTime<Utc>>,
}

/// The messages due at `now`, oldest first, leaving out the chats in `busy` (being served),
/// and when the next one falls due: one read, since the sender looks after every change.
/// With `limit` due the next is not known; the sender reads again when it has room.
pub async fn due_except(
    pool: &SqlitePool,
    now: DateTime<Utc>,
    busy: &HashSet<i64>,
    limit: u16,
) -> Result<Due> {
    let busy = serde_json::to_string(busy).expect("ids serialise");
    // The limit written into the statement: bound as a parameter, SQLite (3.50 on) prepares
    // the statement afresh at every run to plan for the value, and the sender runs this after
    // every message. Dynamic for that reason.
    let rows: Vec<DueRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT not_before, id, chat_id, body, attachment, task_id, purpose, attempts FROM outbox \
         WHERE state = 'pending' AND chat_id NOT IN (SELECT value FROM json_each(?)) \
         ORDER BY not_before, id LIMIT {limit}"
    )))
    .bind(busy)
    .fetch_all(pool)
    .await?;
    let mut due = Due::default();
    for row in rows {
        if row.not_before > now {
            due.next_at = Some(row.not_before);
            break;
        }
        due.rows.push(row.pending);
    }
    Ok(due)
}

#[derive(FromRow)]
struct DueRow {
    not_before: DateTime<Utc>,
    #[sqlx(flatten)]
    pending: Pending,
}

/// Records several deliveries at once: `(outbox id, Telegram message id)`. One statement, so
/// one round trip to the database's thread and one commit, however many.
pub async fn mark_sent_many(store: &Store, sent: &[(i64, Option<i32>)], now: DateTime<Utc>) -> Result<()> {
    let sent = serde_json::to_string(sent).expect("ids serialise");
    sqlx::query!(
        "UPDATE outbox SET state = 'sent', sent_at = ?1, message_id = d.value ->> 1, \
           attempts = attempts + 1, attachment = NULL \
         FROM json_each(?2) AS d WHERE outbox.id = d.value ->> 0",
        now,
        sent,
    )
    .execute(&mut *store.write().await?)
    .await?;
    Ok(())
}

/// Gives up on a message; the error stays on the row for the secretariat and the logs.
pub async fn mark_failed(store: &Store, id: i64, error: &str) -> Result<()> {
    sqlx::query!(
        "UPDATE outbox SET state = 'failed', last_error = ?, attempts = attempts + 1 WHERE id = ?",
        error,
        id
    )
    .execute(&mut *store.write().await?)
    .await?;
    Ok(())
}

/// Tries again later after a transient failure.
pub async fn postpone(store: &Store, id: i64, until: DateTime<Utc>, error: &str) -> Result<()> {
    sqlx::query!(
        "UPDATE outbox SET not_before = ?, last_error = ?, attempts = attempts + 1 WHERE id = ?",
        until,
        error,
        id,
    )
    .execute(&mut *store.write().await?)
    .await?;
    Ok(())
}

/// The task a sent message was about: how a Telegram reply finds its task.
pub async fn task_of_message(
    conn: &mut SqliteConnection,
    chat_id: i64,
    message_id: i32,
) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar!(
        "SELECT task_id FROM outbox WHERE chat_id = ? AND message_id = ? ORDER BY id DESC LIMIT 1",
        chat_id,
        message_id,
    )
    .fetch_optional(conn)
    .await?
    .flatten())
}
