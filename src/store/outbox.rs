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

/// Which messages go first: answers to people, then bulk sends (reminders, digests, scheduled
/// reports), whatever their age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lane {
    People,
    Bulk,
}

impl Lane {
    pub fn of_purpose(purpose: &str) -> Lane {
        // The same rule as the `bulk` column (migration 0012).
        if matches!(purpose, "reminder" | "digest") { Lane::Bulk } else { Lane::People }
    }
}

/// The messages of `lane` due at `now`, oldest first, leaving out the chats in `busy` (being
/// served), and when the lane's next one falls due: one read, since the sender looks after
/// every change. With `limit` due the next is not known; the sender reads again when it has
/// room.
pub async fn due_except(
    pool: &SqlitePool,
    lane: Lane,
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
         WHERE state = 'pending' AND bulk = ? AND chat_id NOT IN (SELECT value FROM json_each(?)) \
         ORDER BY not_before, id LIMIT {limit}"
    )))
    .bind(lane == Lane::Bulk)
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

/// Gives up on a message; the error stays on the row for the secretariat (told once a day,
/// [`failed_untold`]) and the logs.
pub async fn mark_failed(store: &Store, id: i64, error: &str, now: DateTime<Utc>) -> Result<()> {
    sqlx::query!(
        "UPDATE outbox SET state = 'failed', last_error = ?, attempts = attempts + 1, failed_at = ? \
         WHERE id = ?",
        error,
        now,
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

/// A sent message, by its Telegram id: its outbox id and the task it was about, if one. How
/// a Telegram reply finds its task (or, for a reminder list, its deliveries).
pub async fn message(
    conn: &mut SqliteConnection,
    chat_id: i64,
    message_id: i32,
) -> Result<Option<(i64, Option<i64>)>> {
    let row = sqlx::query!(
        // The message as first sent: a page turned or a decision shown adds an edit of it.
        r#"SELECT id AS "id!", task_id FROM outbox WHERE chat_id = ? AND message_id = ? ORDER BY id LIMIT 1"#,
        chat_id,
        message_id,
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.id, r.task_id)))
}

/// A message given up on that the secretariat has not yet been told of.
#[derive(Debug, Clone)]
pub struct Failed {
    pub id: i64,
    pub chat_id: i64,
    pub task_id: Option<i64>,
    /// The task's code (NV-0042), when the message was about one.
    pub task_code: Option<String>,
    pub purpose: String,
    pub error: String,
    pub failed_at: DateTime<Utc>,
    /// The recipient, when they are a member.
    pub member_name: Option<String>,
    /// The committee group, when the chat is one.
    pub group_title: Option<String>,
    /// The recipient is a member marked unreachable (blocked the bot, left).
    pub unreachable: bool,
}

/// The messages given up on and not yet told to the secretariat, oldest first.
pub async fn failed_untold(conn: &mut SqliteConnection) -> Result<Vec<Failed>> {
    let rows = sqlx::query!(
        r#"SELECT o.id AS "id!", o.chat_id, o.task_id, o.purpose, o.last_error,
                  o.failed_at AS "failed_at!: DateTime<Utc>", m.display_name AS "member_name?",
                  g.title AS "group_title?", t.code AS "task_code?", m.reachable AS "reachable?"
           FROM outbox o
           LEFT JOIN members m ON m.telegram_id = o.chat_id
           LEFT JOIN tasks t ON t.id = o.task_id
           LEFT JOIN groups g ON g.chat_id = o.chat_id
           WHERE o.state = 'failed' AND o.failure_told_at IS NULL AND o.failed_at IS NOT NULL
           ORDER BY o.failed_at, o.id"#
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Failed {
            id: r.id,
            chat_id: r.chat_id,
            task_id: r.task_id,
            task_code: r.task_code,
            purpose: r.purpose,
            error: r.last_error.unwrap_or_default(),
            failed_at: r.failed_at,
            member_name: r.member_name,
            group_title: r.group_title,
            unreachable: r.reachable == Some(0),
        })
        .collect())
}

/// Notes that the secretariat was told of the failures `ids`.
pub async fn mark_failures_told(conn: &mut SqliteConnection, ids: &[i64], now: DateTime<Utc>) -> Result<()> {
    let ids = serde_json::to_string(ids).expect("ids serialise");
    sqlx::query!(
        "UPDATE outbox SET failure_told_at = ? WHERE id IN (SELECT value FROM json_each(?))",
        now,
        ids
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets delivered and given-up messages created before `before`. A reminder's message is
/// emptied rather than deleted: its delivery record (who was reminded, when) refers to it.
/// Returns how many rows were deleted and how many emptied.
pub async fn prune(conn: &mut SqliteConnection, before: DateTime<Utc>) -> Result<(u64, u64)> {
    let deleted = sqlx::query!(
        "DELETE FROM outbox WHERE state <> 'pending' AND created_at < ? \
         AND id NOT IN (SELECT outbox_id FROM reminder_deliveries WHERE outbox_id IS NOT NULL)",
        before
    )
    .execute(&mut *conn)
    .await?
    .rows_affected();
    let emptied = sqlx::query!(
        "UPDATE outbox SET body = '{}', attachment = NULL \
         WHERE state <> 'pending' AND created_at < ? AND body <> '{}'",
        before
    )
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok((deleted, emptied))
}
