//! Planned reminders, their deliveries, and the schedule's pause switch.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{FromRow, SqliteConnection};

use super::Result;

/// A reminder to plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReminder {
    pub task_id: i64,
    pub occasion: &'static str,
    pub days: u32,
    pub local_day: NaiveDate,
    pub due_at: DateTime<Utc>,
}

/// A planned reminder.
#[derive(Debug, Clone, FromRow)]
pub struct Reminder {
    pub id: i64,
    pub task_id: i64,
    pub occasion: String,
    pub days: i64,
    pub local_day: NaiveDate,
    pub due_at: DateTime<Utc>,
}

/// Inserts reminders; one already planned (or already sent) for the same task, occasion and
/// day is left as it is.
pub async fn add(conn: &mut SqliteConnection, rows: &[NewReminder], now: DateTime<Utc>) -> Result<u64> {
    let mut added = 0;
    for r in rows {
        let done = sqlx::query(
            "INSERT OR IGNORE INTO reminders (task_id, occasion, days, local_day, due_at, planned_at) \
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(r.task_id)
        .bind(r.occasion)
        .bind(r.days as i64)
        .bind(r.local_day)
        .bind(r.due_at)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        added += done.rows_affected();
    }
    Ok(added)
}

/// Drops a task's reminders that have not gone out (its deadline, status or schedule changed).
pub async fn cancel_planned(conn: &mut SqliteConnection, task_id: i64) -> Result<u64> {
    // Deleted rather than marked, so that re-planning the same occasion and day is possible.
    let done = sqlx::query("DELETE FROM reminders WHERE task_id = ? AND state = 'planned'")
        .bind(task_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Reminders due at `now` of the first `tasks` tasks after `after` (by id) that have any, by
/// task and day, so sending can go in short transactions.
pub async fn due(
    conn: &mut SqliteConnection,
    now: DateTime<Utc>,
    after: i64,
    tasks: i64,
) -> Result<Vec<Reminder>> {
    Ok(sqlx::query_as(
        "SELECT id, task_id, occasion, days, local_day, due_at FROM reminders \
         WHERE state = 'planned' AND due_at <= ?1 AND task_id IN ( \
             SELECT DISTINCT task_id FROM reminders \
             WHERE state = 'planned' AND due_at <= ?1 AND task_id > ?2 ORDER BY task_id LIMIT ?3) \
         ORDER BY task_id, local_day, id",
    )
    .bind(now)
    .bind(after)
    .bind(tasks)
    .fetch_all(conn)
    .await?)
}

pub async fn get(conn: &mut SqliteConnection, id: i64) -> Result<Option<Reminder>> {
    Ok(sqlx::query_as("SELECT id, task_id, occasion, days, local_day, due_at FROM reminders WHERE id = ?")
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

/// When the next planned reminder is due.
pub async fn next_due_at(conn: &mut SqliteConnection) -> Result<Option<DateTime<Utc>>> {
    Ok(sqlx::query_scalar("SELECT MIN(due_at) FROM reminders WHERE state = 'planned'")
        .fetch_one(conn)
        .await?)
}

/// Settles a reminder: `sent`, `skipped` or `cancelled`.
pub async fn settle(conn: &mut SqliteConnection, id: i64, state: &str, now: DateTime<Utc>) -> Result<()> {
    sqlx::query("UPDATE reminders SET state = ?, settled_at = ? WHERE id = ? AND state = 'planned'")
        .bind(state)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn add_delivery(
    conn: &mut SqliteConnection,
    reminder_id: i64,
    chat_id: i64,
    member_id: Option<i64>,
    outbox_id: i64,
    reason: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT OR IGNORE INTO reminder_deliveries (reminder_id, chat_id, member_id, outbox_id, reason) \
         VALUES (?, ?, ?, ?, ?)",
    )
    .bind(reminder_id)
    .bind(chat_id)
    .bind(member_id)
    .bind(outbox_id)
    .bind(reason)
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether the secretariat already got this reminder in place of the unit.
pub async fn has_fallback(conn: &mut SqliteConnection, reminder_id: i64) -> Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM reminder_deliveries WHERE reminder_id = ? AND reason = 'fallback'",
    )
    .bind(reminder_id)
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

/// The reminder an outbox message delivered, and why that recipient got it.
#[derive(Debug, Clone, FromRow)]
pub struct Delivery {
    pub reminder_id: i64,
    pub task_id: i64,
    pub reason: String,
}

pub async fn delivery_of(conn: &mut SqliteConnection, outbox_id: i64) -> Result<Option<Delivery>> {
    Ok(sqlx::query_as(
        "SELECT d.reminder_id, r.task_id, d.reason FROM reminder_deliveries d \
         JOIN reminders r ON r.id = d.reminder_id WHERE d.outbox_id = ?",
    )
    .bind(outbox_id)
    .fetch_optional(conn)
    .await?)
}

/// An upcoming reminder, for `/lich`.
#[derive(Debug, Clone, FromRow)]
pub struct Upcoming {
    pub task_id: i64,
    pub occasion: String,
    pub days: i64,
    pub due_at: DateTime<Utc>,
}

/// Planned reminders from `now` on: of one task, of one unit's tasks (lead or co-unit), or all.
pub async fn upcoming(
    conn: &mut SqliteConnection,
    task_id: Option<i64>,
    unit_id: Option<i64>,
    now: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Upcoming>> {
    Ok(sqlx::query_as(
        "SELECT r.task_id, r.occasion, r.days, r.due_at FROM reminders r JOIN tasks t ON t.id = r.task_id \
         WHERE r.state = 'planned' AND r.due_at >= ? \
           AND (?2 IS NULL OR r.task_id = ?2) \
           AND (?3 IS NULL OR t.lead_unit_id = ?3 OR t.id IN (SELECT task_id FROM task_co_units WHERE unit_id = ?3)) \
         ORDER BY r.due_at, r.task_id LIMIT ?4",
    )
    .bind(now)
    .bind(task_id)
    .bind(unit_id)
    .bind(limit)
    .fetch_all(conn)
    .await?)
}

const PAUSED: &str = "reminders.paused";

pub async fn paused(conn: &mut SqliteConnection) -> Result<bool> {
    let value: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = ?")
        .bind(PAUSED)
        .fetch_optional(conn)
        .await?;
    Ok(value.as_deref() == Some("true"))
}

pub async fn set_paused(conn: &mut SqliteConnection, paused: bool) -> Result<()> {
    sqlx::query(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(PAUSED)
    .bind(if paused { "true" } else { "false" })
    .execute(conn)
    .await?;
    Ok(())
}

/// What the planner needs of an open task.
#[derive(Debug, Clone, FromRow)]
pub struct PlanningRow {
    pub id: i64,
    pub deadline: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub last_report_at: Option<DateTime<Utc>>,
    pub remind_days: Option<String>,
    pub remind_hour: Option<String>,
}

const PLANNING: &str = "SELECT id, deadline, created_at, last_report_at, remind_days, remind_hour FROM tasks \
     WHERE status IN ('not_started', 'in_progress')";

/// Up to `limit` of the tasks the schedule chases (open and not awaiting confirmation), by
/// id after `after`, so planning can go in short transactions.
pub async fn chased_tasks(conn: &mut SqliteConnection, after: i64, limit: i64) -> Result<Vec<PlanningRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{PLANNING} AND id > ? ORDER BY id LIMIT ?")))
        .bind(after)
        .bind(limit)
        .fetch_all(conn)
        .await?)
}

/// The task, if the schedule chases it.
pub async fn chased_task(conn: &mut SqliteConnection, task_id: i64) -> Result<Option<PlanningRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{PLANNING} AND id = ?")))
        .bind(task_id)
        .fetch_optional(conn)
        .await?)
}

/// A task's own reminder days and hour, if it has them.
pub async fn task_schedule(
    conn: &mut SqliteConnection,
    task_id: i64,
) -> Result<(Option<String>, Option<String>)> {
    let row: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT remind_days, remind_hour FROM tasks WHERE id = ?")
            .bind(task_id)
            .fetch_optional(conn)
            .await?;
    Ok(row.unwrap_or_default())
}

/// Sets or clears (`None`) a task's own schedule.
pub async fn set_task_schedule(
    conn: &mut SqliteConnection,
    task_id: i64,
    days: Option<&str>,
    hour: Option<&str>,
) -> Result<()> {
    sqlx::query("UPDATE tasks SET remind_days = ?, remind_hour = ? WHERE id = ?")
        .bind(days)
        .bind(hour)
        .bind(task_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Units whose open tasks have had no report for `days` days: unit id, short name, the number
/// of such tasks and the longest silence in days.
pub async fn quiet_units(
    conn: &mut SqliteConnection,
    before: DateTime<Utc>,
) -> Result<Vec<(i64, String, i64, DateTime<Utc>)>> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.short_name, COUNT(*), MIN(COALESCE(t.last_report_at, t.created_at)) \
         FROM tasks t JOIN units u ON u.id = t.lead_unit_id \
         WHERE t.status IN ('not_started', 'in_progress') AND COALESCE(t.last_report_at, t.created_at) < ? \
         GROUP BY u.id ORDER BY MIN(COALESCE(t.last_report_at, t.created_at)), u.short_name",
    )
    .bind(before)
    .fetch_all(conn)
    .await?)
}
