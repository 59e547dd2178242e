//! Planned reminders, their deliveries, and the schedule's pause switch.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{FromRow, SqliteConnection};

use super::Result;
use crate::domain::Task;

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
/// day is left as it is. All in one statement, the rows as JSON: planning a national dataset
/// adds hundreds of thousands, and SQLite reads a JSON array faster than sqlx binds values.
pub async fn add(conn: &mut SqliteConnection, rows: &[NewReminder], now: DateTime<Utc>) -> Result<u64> {
    if rows.is_empty() {
        return Ok(0);
    }
    // `jsonb_each`, not `json_each`: it hands each row over in SQLite's binary form, which `->>`
    // reads directly; as text each row would be parsed again for each of its five values.
    let done = sqlx::query!(
        "INSERT OR IGNORE INTO reminders (task_id, occasion, days, local_day, due_at, planned_at) \
         SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, ? FROM jsonb_each(?)",
        now,
        as_json(rows),
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Rows for [`add`] and [`replace_planned`], as a JSON array: instants written as sqlx writes
/// them, so they compare as text with the ones it binds.
fn as_json(rows: &[NewReminder]) -> String {
    let rows: Vec<(i64, &str, u32, NaiveDate, String)> = rows
        .iter()
        .map(|r| {
            let due_at = r.due_at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false);
            (r.task_id, r.occasion, r.days, r.local_day, due_at)
        })
        .collect();
    serde_json::to_string(&rows).expect("reminders serialise")
}

/// `sqlx::$query!` of `$sql` after a CTE `planned_days(day)`: the local days that can hold
/// planned reminders, from the earliest one due to the last day of any reminder. A task's
/// planned rows are found through them, one index seek a day (see migration 0006). Both ends
/// are one index lookup each; filtering the last day by state too would let SQLite pick the
/// due index and sort.
macro_rules! after_planned_days {
    ($query:ident, $($record:ident:)? $sql:literal $(, $arg:expr)* $(,)?) => {
        sqlx::$query!(
            $($record,)?
            "WITH RECURSIVE planned_days(day) AS ( \
               SELECT (SELECT local_day FROM reminders WHERE state = 'planned' ORDER BY due_at LIMIT 1) \
               UNION ALL SELECT date(day, '+1 day') FROM planned_days \
               WHERE day < (SELECT MAX(local_day) FROM reminders)) " + $sql
            $(, $arg)*
        )
    };
}

/// Drops a task's reminders that have not gone out (its deadline, status or schedule changed).
pub async fn cancel_planned(conn: &mut SqliteConnection, task_id: i64) -> Result<u64> {
    // Deleted rather than marked, so that re-planning the same occasion and day is possible.
    let done = after_planned_days!(
        query,
        "DELETE FROM reminders \
         WHERE local_day IN (SELECT day FROM planned_days) AND state = 'planned' AND task_id = ?",
        task_id,
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Replaces what is planned for a task with `rows`, as one batch of statements, one round trip
/// to the database's thread (a status reply does this). Only what changed is written: a
/// planned row that is also in `rows` stays, so a reply that moves only the quiet-task
/// request rewrites one row, not all of them (each row deleted and added again dirtied pages
/// of the table and both its indexes, which the commit then wrote to the log).
/// Returns when the earliest row actually added falls due: a row for an occasion already sent
/// is not added again.
pub async fn replace_planned(
    conn: &mut SqliteConnection,
    task_id: i64,
    rows: &[NewReminder],
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>> {
    if rows.is_empty() {
        cancel_planned(conn, task_id).await?;
        return Ok(None);
    }
    // Two statements: numbered parameters would count from the first, so the rows go twice.
    let rows = as_json(rows);
    let added = after_planned_days!(
        query_scalar,
        r#"DELETE FROM reminders
           WHERE local_day IN (SELECT day FROM planned_days) AND state = 'planned' AND task_id = ?
             AND NOT EXISTS (SELECT 1 FROM jsonb_each(?) AS n
               WHERE n.value ->> 3 = reminders.local_day AND n.value ->> 1 = reminders.occasion
                 AND n.value ->> 4 = reminders.due_at AND n.value ->> 2 = reminders.days);
           INSERT OR IGNORE INTO reminders (task_id, occasion, days, local_day, due_at, planned_at)
           SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, ? FROM jsonb_each(?)
           RETURNING due_at AS "due_at: DateTime<Utc>""#,
        task_id,
        rows,
        now,
        rows,
    )
    .fetch_all(conn)
    .await?;
    Ok(added.into_iter().min())
}

/// Drops the reminders planned for `day` and after (the rules they were planned under
/// changed); ones already due stay, for the dispatcher to send or skip.
pub async fn cancel_planned_from(conn: &mut SqliteConnection, day: NaiveDate) -> Result<u64> {
    let done = sqlx::query!("DELETE FROM reminders WHERE state = 'planned' AND local_day >= ?", day)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

const PLANNED_THROUGH: &str = "reminders.planned_through";

/// The last day every chased task is planned through, and the rules and holidays it was
/// planned under (see [`crate::reminders::plan_all`]).
pub async fn planned_through(conn: &mut SqliteConnection) -> Result<Option<(NaiveDate, String)>> {
    let value = sqlx::query_scalar!("SELECT value FROM settings WHERE key = ?", PLANNED_THROUGH)
        .fetch_optional(conn)
        .await?;
    Ok(value.and_then(|v| serde_json::from_str(&v).ok()))
}

pub async fn set_planned_through(conn: &mut SqliteConnection, day: NaiveDate, basis: &str) -> Result<()> {
    sqlx::query!(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        PLANNED_THROUGH,
        serde_json::json!([day, basis]).to_string(),
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The tasks with a reminder due at `now`, by id.
pub async fn due_tasks(conn: &mut SqliteConnection, now: DateTime<Utc>) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar!(
        "SELECT DISTINCT task_id FROM reminders WHERE state = 'planned' AND due_at <= ? ORDER BY task_id",
        now,
    )
    .fetch_all(conn)
    .await?)
}

/// The reminders of `tasks` due at `now`, on local days up to `through`, by task and day: one
/// index seek a task and day, so sending goes in short transactions.
pub async fn due_of(
    conn: &mut SqliteConnection,
    now: DateTime<Utc>,
    through: NaiveDate,
    tasks: &[i64],
) -> Result<Vec<Reminder>> {
    Ok(sqlx::query_as!(
        Reminder,
        r#"WITH RECURSIVE days(day) AS (
             SELECT (SELECT local_day FROM reminders WHERE state = 'planned' ORDER BY due_at LIMIT 1)
             UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < ?1)
           SELECT id, task_id, occasion, days, local_day AS "local_day: _", due_at AS "due_at: _" FROM reminders
           WHERE local_day IN (SELECT day FROM days) AND task_id IN (SELECT value FROM json_each(?2))
             AND state = 'planned' AND due_at <= ?3
           ORDER BY task_id, local_day, id"#,
        through,
        serde_json::to_string(tasks).expect("ids serialise"),
        now,
    )
    .fetch_all(conn)
    .await?)
}

/// When the next planned reminder is due.
pub async fn next_due_at(conn: &mut SqliteConnection) -> Result<Option<DateTime<Utc>>> {
    Ok(sqlx::query_scalar!(
        r#"SELECT MIN(due_at) AS "due_at?: DateTime<Utc>" FROM reminders WHERE state = 'planned'"#
    )
    .fetch_one(conn)
    .await?)
}

/// Settles a reminder: `sent`, `skipped` or `cancelled`.
pub async fn settle(conn: &mut SqliteConnection, id: i64, state: &str, now: DateTime<Utc>) -> Result<()> {
    sqlx::query!(
        "UPDATE reminders SET state = ?, settled_at = ? WHERE id = ? AND state = 'planned'",
        state,
        now,
        id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Who gets a reminder, recorded before their message is composed (see migration 0019).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NewDelivery {
    pub reminder_id: i64,
    pub chat_id: i64,
    pub member_id: Option<i64>,
    /// `lead`, `co_unit`, `fallback` or `leadership`.
    pub reason: &'static str,
    /// Why the secretariat got the unit's reminder: `no_officer`, `blocked` or `away`.
    pub unreached: Option<&'static str>,
    /// The absence the recipient covers.
    pub absence_id: Option<i64>,
}

/// Records deliveries still to compose; one already recorded for the same reminder and chat
/// stays as it is. One statement, the rows as JSON (a national morning records 100,000).
pub async fn add_deliveries(conn: &mut SqliteConnection, rows: &[NewDelivery]) -> Result<u64> {
    if rows.is_empty() {
        return Ok(0);
    }
    let done = sqlx::query!(
        "INSERT OR IGNORE INTO reminder_deliveries (reminder_id, chat_id, member_id, reason, unreached, absence_id) \
         SELECT value ->> 'reminder_id', value ->> 'chat_id', value ->> 'member_id', value ->> 'reason', \
           value ->> 'unreached', value ->> 'absence_id' FROM jsonb_each(?)",
        serde_json::to_string(rows).expect("deliveries serialise"),
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// A recorded delivery with its reminder: a line of a person's list.
#[derive(Debug, Clone, FromRow)]
pub struct Entry {
    pub reminder_id: i64,
    pub chat_id: i64,
    pub member_id: Option<i64>,
    pub task_id: i64,
    pub occasion: String,
    pub days: i64,
    pub reason: String,
    pub unreached: Option<String>,
    pub absence_id: Option<i64>,
    /// The day the reminder was for.
    pub local_day: NaiveDate,
    /// The recipient's language, when they chose one.
    pub language: Option<String>,
}

/// The chats with deliveries still to compose, in order.
pub async fn unsent_chats(conn: &mut SqliteConnection) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar!(
        r#"SELECT DISTINCT chat_id AS "chat_id!" FROM reminder_deliveries WHERE outbox_id IS NULL ORDER BY chat_id"#
    )
    .fetch_all(conn)
    .await?)
}

/// `sqlx::query_as!` of [`Entry`] rows: deliveries with their reminders and recipients,
/// filtered and ordered by `$sql`.
macro_rules! entries {
    ($sql:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            Entry,
            r#"SELECT d.reminder_id, d.chat_id, d.member_id, r.task_id, r.occasion, r.days, d.reason,
                 d.unreached, d.absence_id, r.local_day AS "local_day: NaiveDate", m.language AS "language?"
               FROM reminder_deliveries d JOIN reminders r ON r.id = d.reminder_id
                 LEFT JOIN members m ON m.id = d.member_id "# + $sql
            $(, $arg)*
        )
    };
}

/// The deliveries still to compose for `chats`, by chat.
pub async fn unsent_of(conn: &mut SqliteConnection, chats: &[i64]) -> Result<Vec<Entry>> {
    Ok(entries!(
        "WHERE d.outbox_id IS NULL AND d.chat_id IN (SELECT value FROM json_each(?)) \
         ORDER BY d.chat_id, d.reminder_id",
        serde_json::to_string(chats).expect("ids serialise"),
    )
    .fetch_all(conn)
    .await?)
}

/// Points the deliveries of `reminders` to `chat` at the message that carries them.
pub async fn attach(conn: &mut SqliteConnection, chat: i64, reminders: &[i64], outbox_id: i64) -> Result<()> {
    sqlx::query!(
        "UPDATE reminder_deliveries SET outbox_id = ? \
         WHERE chat_id = ? AND outbox_id IS NULL AND reminder_id IN (SELECT value FROM json_each(?))",
        outbox_id,
        chat,
        serde_json::to_string(reminders).expect("ids serialise"),
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets deliveries of `reminders` to `chat` that will not be composed (their task was
/// settled meanwhile); a reminder left with no delivery is marked cancelled.
pub async fn drop_unsent(
    conn: &mut SqliteConnection,
    chat: i64,
    reminders: &[i64],
    now: DateTime<Utc>,
) -> Result<()> {
    let ids = serde_json::to_string(reminders).expect("ids serialise");
    sqlx::query!(
        "DELETE FROM reminder_deliveries \
         WHERE chat_id = ? AND outbox_id IS NULL AND reminder_id IN (SELECT value FROM json_each(?))",
        chat,
        ids,
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "UPDATE reminders SET state = 'cancelled', settled_at = ? \
         WHERE id IN (SELECT value FROM json_each(?)) \
           AND NOT EXISTS (SELECT 1 FROM reminder_deliveries d WHERE d.reminder_id = reminders.id)",
        now,
        ids,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The lines of the message `outbox_id` (a list, or one task's reminder), in the order recorded.
pub async fn entries_of(conn: &mut SqliteConnection, outbox_id: i64) -> Result<Vec<Entry>> {
    Ok(entries!("WHERE d.outbox_id = ? ORDER BY d.reminder_id", outbox_id).fetch_all(conn).await?)
}

/// The message that carried `reminder` to `chat`, if it was composed: how a list's page
/// button, which names its first reminder, finds the list.
pub async fn message_of(conn: &mut SqliteConnection, reminder: i64, chat: i64) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar!(
        "SELECT outbox_id FROM reminder_deliveries WHERE reminder_id = ? AND chat_id = ?",
        reminder,
        chat,
    )
    .fetch_optional(conn)
    .await?
    .flatten())
}

/// Whether the secretariat already got this reminder in place of the unit.
pub async fn has_fallback(conn: &mut SqliteConnection, reminder_id: i64) -> Result<bool> {
    let n = sqlx::query_scalar!(
        r#"SELECT COUNT(*) AS "n!: i64" FROM reminder_deliveries WHERE reminder_id = ? AND reason = 'fallback'"#,
        reminder_id,
    )
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
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
    // One task's through its planned days; otherwise in order of time.
    Ok(match task_id {
        Some(task_id) => {
            after_planned_days!(
                query_as,
                Upcoming: r#"SELECT r.task_id, r.occasion, r.days, r.due_at AS "due_at: _"
                   FROM reminders r JOIN tasks t ON t.id = r.task_id
                   WHERE r.state = 'planned' AND r.due_at >= ?1 AND r.local_day IN (SELECT day FROM planned_days)
                     AND r.task_id = ?2
                     AND (?3 IS NULL OR t.lead_unit_id = ?3 OR t.id IN (SELECT task_id FROM task_co_units WHERE unit_id = ?3))
                   ORDER BY r.due_at, r.task_id LIMIT ?4"#,
                now,
                task_id,
                unit_id,
                limit,
            )
            .fetch_all(conn)
            .await?
        }
        None => {
            sqlx::query_as!(
                Upcoming,
                r#"SELECT r.task_id, r.occasion, r.days, r.due_at AS "due_at: _"
                   FROM reminders r JOIN tasks t ON t.id = r.task_id
                   WHERE r.state = 'planned' AND r.due_at >= ?1
                     AND (?2 IS NULL OR t.lead_unit_id = ?2 OR t.id IN (SELECT task_id FROM task_co_units WHERE unit_id = ?2))
                   ORDER BY r.due_at, r.task_id LIMIT ?3"#,
                now,
                unit_id,
                limit,
            )
            .fetch_all(conn)
            .await?
        }
    })
}

const PAUSED: &str = "reminders.paused";

pub async fn paused(conn: &mut SqliteConnection) -> Result<bool> {
    let value =
        sqlx::query_scalar!("SELECT value FROM settings WHERE key = ?", PAUSED).fetch_optional(conn).await?;
    Ok(value.as_deref() == Some("true"))
}

pub async fn set_paused(conn: &mut SqliteConnection, paused: bool) -> Result<()> {
    sqlx::query!(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        PAUSED,
        if paused { "true" } else { "false" },
    )
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

impl PlanningRow {
    /// What the planner needs of a task as read.
    pub fn of(task: &Task) -> Self {
        Self {
            id: task.id,
            deadline: task.deadline,
            created_at: task.created_at,
            last_report_at: task.last_report_at,
            remind_days: task.remind_days.clone(),
            remind_hour: task.remind_hour.clone(),
        }
    }
}

/// The tasks that may have a reminder on some days, as [`candidate_ids`] finds them through
/// indexes (most tasks have none on a given day; reading them all costs more than planning
/// them). Wide rather than exact: the planner decides.
#[derive(Debug, Clone)]
pub struct Candidates {
    /// Tasks due from this day through `deadline_through` (whose "n days ahead" falls in).
    pub deadline_from: NaiveDate,
    pub deadline_through: NaiveDate,
    /// Tasks due on these days, before `deadline_from` (late, with a notice in the days).
    pub late_deadlines: Vec<NaiveDate>,
    /// Tasks whose last activity (report, or creation) was on these days (since 1970, UTC):
    /// a silence counted from them ends in the days.
    pub silent_since: Vec<i64>,
}

/// The ids, in order, of the open tasks that may have a reminder among `candidates`: tasks
/// with reminder days of their own always may.
pub async fn candidate_ids(conn: &mut SqliteConnection, candidates: &Candidates) -> Result<Vec<i64>> {
    // The day a silence counts from as the `tasks_silence` index holds it (migration 0008),
    // so that the index answers.
    let ids = sqlx::query_scalar!(
        r#"SELECT json_group_array(id) AS "ids!: String" FROM (
             SELECT id FROM tasks WHERE remind_days IS NOT NULL
             UNION SELECT id FROM tasks WHERE status NOT IN ('done', 'cancelled') AND deadline BETWEEN ?1 AND ?2
             UNION SELECT id FROM tasks WHERE status NOT IN ('done', 'cancelled')
               AND deadline IN (SELECT value FROM json_each(?3))
             UNION SELECT id FROM tasks WHERE status IN ('not_started', 'in_progress')
               AND (unixepoch(COALESCE(last_report_at, created_at)) / 86400) IN (SELECT value FROM json_each(?4))
             ORDER BY id)"#,
        candidates.deadline_from,
        candidates.deadline_through,
        serde_json::to_string(&candidates.late_deadlines).expect("dates serialise"),
        serde_json::to_string(&candidates.silent_since).expect("days serialise"),
    )
    .fetch_one(conn)
    .await?;
    serde_json::from_str(&ids).map_err(|_| super::corrupt("tasks", "id", ids))
}

/// The tasks among `ids` the schedule chases (open, not awaiting confirmation, not set aside).
///
/// As one JSON array: the daily planning reads tens of thousands of tasks, and a row through
/// sqlx costs several times what SQLite takes to write it into the array and serde to read it.
/// Instants as whole seconds: planning needs no more.
pub async fn chased_tasks(conn: &mut SqliteConnection, ids: &[i64]) -> Result<Vec<PlanningRow>> {
    let json = sqlx::query_scalar!(
        r#"SELECT json_group_array(json_array(id, deadline, unixepoch(created_at), unixepoch(last_report_at),
             remind_days, remind_hour) ORDER BY id) AS "rows!: String"
           FROM tasks WHERE status IN ('not_started', 'in_progress') AND hold IS NULL
             AND id IN (SELECT value FROM json_each(?))"#,
        serde_json::to_string(ids).expect("ids serialise"),
    )
    .fetch_one(conn)
    .await?;
    type Row = (i64, Option<NaiveDate>, i64, Option<i64>, Option<String>, Option<String>);
    let rows: Vec<Row> =
        serde_json::from_str(&json).map_err(|_| super::corrupt("tasks", "deadline", json))?;
    let instant = |secs: i64| DateTime::from_timestamp(secs, 0).unwrap_or(DateTime::UNIX_EPOCH);
    Ok(rows
        .into_iter()
        .map(|(id, deadline, created_at, last_report_at, remind_days, remind_hour)| PlanningRow {
            id,
            deadline,
            created_at: instant(created_at),
            last_report_at: last_report_at.map(instant),
            remind_days,
            remind_hour,
        })
        .collect())
}

/// How far back planning looks: the earliest deadline of an open task, and the earliest day a
/// chased task's silence counts from (each the first entry of an index).
pub async fn earliest(conn: &mut SqliteConnection) -> Result<(Option<NaiveDate>, Option<i64>)> {
    let deadline = sqlx::query_scalar!(
        r#"SELECT MIN(deadline) AS "deadline?: NaiveDate" FROM tasks WHERE status NOT IN ('done', 'cancelled')"#
    )
    .fetch_one(&mut *conn)
    .await?;
    // As the `tasks_silence` index holds it (migration 0008).
    let silent = sqlx::query_scalar!(
        r#"SELECT MIN((unixepoch(COALESCE(last_report_at, created_at)) / 86400)) AS "day?: i64"
           FROM tasks WHERE status IN ('not_started', 'in_progress')"#
    )
    .fetch_one(conn)
    .await?;
    Ok((deadline, silent))
}

/// The task, if the schedule chases it.
pub async fn chased_task(conn: &mut SqliteConnection, task_id: i64) -> Result<Option<PlanningRow>> {
    Ok(chased_tasks(conn, &[task_id]).await?.pop())
}

/// A task's own reminder days and hour, if it has them.
pub async fn task_schedule(
    conn: &mut SqliteConnection,
    task_id: i64,
) -> Result<(Option<String>, Option<String>)> {
    let row = sqlx::query!("SELECT remind_days, remind_hour FROM tasks WHERE id = ?", task_id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|r| (r.remind_days, r.remind_hour)).unwrap_or_default())
}

/// Sets or clears (`None`) a task's own schedule.
pub async fn set_task_schedule(
    conn: &mut SqliteConnection,
    task_id: i64,
    days: Option<&str>,
    hour: Option<&str>,
) -> Result<()> {
    sqlx::query!("UPDATE tasks SET remind_days = ?, remind_hour = ? WHERE id = ?", days, hour, task_id)
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
    let rows = sqlx::query!(
        r#"SELECT u.id AS "id!", u.short_name AS "short_name!", COUNT(*) AS "tasks!: i64",
             MIN(COALESCE(t.last_report_at, t.created_at)) AS "since!: DateTime<Utc>"
           FROM tasks t JOIN units u ON u.id = t.lead_unit_id
           WHERE t.status IN ('not_started', 'in_progress') AND t.hold IS NULL
             AND COALESCE(t.last_report_at, t.created_at) < ?
           GROUP BY u.id ORDER BY MIN(COALESCE(t.last_report_at, t.created_at)), u.short_name"#,
        before,
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.short_name, r.tasks, r.since)).collect())
}
