//! Tasks, their co-units and their history of reports.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::sqlite::SqliteRow;
use sqlx::{FromRow, QueryBuilder, Sqlite, SqliteConnection};

use super::{Batch, Result, Statement, Tx, batch, corrupt};
use chrono::Datelike;

use crate::domain::{
    Hold, Occurrence, Period, Programme, Progress, Recurrence, ReportKind, ReportSource, Scope, Task,
    TaskRef, TaskStatus, UnitRef, occurrence_code, task_code,
};

/// A task to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTask {
    pub text: String,
    pub lead_unit_id: i64,
    pub co_unit_ids: Vec<i64>,
    pub deadline: Option<NaiveDate>,
    pub programme: Programme,
    pub source_document: Option<String>,
    pub item_number: Option<String>,
    pub year: Option<i32>,
    /// A recurring obligation: the task is its first occurrence, due on `deadline`.
    pub every: Option<Every>,
}

/// How a new task recurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Every {
    pub rule: Recurrence,
    /// The last day an occurrence may fall due on.
    pub until: Option<NaiveDate>,
}

#[derive(FromRow)]
struct TaskRow {
    id: i64,
    item_number: Option<String>,
    text: String,
    programme: String,
    source_document: Option<String>,
    year: Option<i32>,
    lead_unit_id: i64,
    lead_short_name: String,
    deadline: Option<NaiveDate>,
    original_deadline: Option<NaiveDate>,
    status: String,
    progress: i64,
    has_obstacle: bool,
    completed_on: Option<NaiveDate>,
    last_report_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    remind_days: Option<String>,
    remind_hour: Option<String>,
    hold: Option<String>,
    hold_reason: Option<String>,
    series_id: Option<i64>,
    period: Option<String>,
    series_rule: Option<String>,
    series_until: Option<NaiveDate>,
    series_counted: Option<i64>,
    series_on_time: Option<i64>,
}

/// A task's columns, as [`TaskRow`] reads them; [`push_get`] has them too.
const SELECT: &str = "SELECT t.id, t.item_number, t.text, t.programme, t.source_document, t.year, \
    t.lead_unit_id, u.short_name AS lead_short_name, t.deadline, t.original_deadline, t.status, \
    t.progress, t.has_obstacle, t.completed_on, t.last_report_at, t.created_at, t.remind_days, t.remind_hour, \
    t.hold, t.hold_reason, t.series_id, t.period, r.rule AS series_rule, r.ends_on AS series_until, \
    CASE WHEN t.series_id IS NULL THEN NULL ELSE (SELECT COUNT(*) FROM tasks o WHERE o.series_id = t.series_id \
    AND o.status != 'cancelled' AND (o.deadline < t.deadline OR (o.id = t.id AND o.status = 'done'))) END AS series_counted, \
    CASE WHEN t.series_id IS NULL THEN NULL ELSE (SELECT COUNT(*) FROM tasks o WHERE o.series_id = t.series_id \
    AND o.status = 'done' AND o.completed_on <= o.deadline AND (o.deadline < t.deadline OR o.id = t.id)) END AS series_on_time \
    FROM tasks t JOIN units u ON u.id = t.lead_unit_id LEFT JOIN series r ON r.id = t.series_id";

impl TaskRow {
    fn into_task(self) -> Result<Task> {
        let programme = self
            .programme
            .parse::<Programme>()
            .map_err(|_| corrupt("tasks", "programme", &self.programme))?;
        let status =
            self.status.parse::<TaskStatus>().map_err(|_| corrupt("tasks", "status", &self.status))?;
        let hold = match &self.hold {
            None => None,
            Some(h) => Some(h.parse::<Hold>().map_err(|_| corrupt("tasks", "hold", h))?),
        };
        let occurrence = match (self.series_id, self.period, &self.series_rule) {
            (Some(series), Some(period), Some(rule)) => Some(Occurrence {
                series,
                period,
                every: rule.parse::<Recurrence>().map_err(|_| corrupt("series", "rule", rule))?,
                until: self.series_until,
                on_time: self.series_on_time.unwrap_or(0),
                counted: self.series_counted.unwrap_or(0),
            }),
            _ => None,
        };
        Ok(Task {
            id: self.id,
            item_number: self.item_number,
            text: self.text,
            programme,
            source_document: self.source_document,
            year: self.year,
            lead: UnitRef { id: self.lead_unit_id, short_name: self.lead_short_name },
            co_units: Vec::new(),
            deadline: self.deadline,
            original_deadline: self.original_deadline,
            status,
            progress: self.progress.clamp(0, 100) as u8,
            has_obstacle: self.has_obstacle,
            completed_on: self.completed_on,
            last_report_at: self.last_report_at,
            created_at: self.created_at,
            remind_days: self.remind_days,
            remind_hour: self.remind_hour,
            hold,
            hold_reason: self.hold_reason,
            occurrence,
        })
    }
}

/// Creates a task (its code follows from its id) with its co-units.
pub async fn create(
    conn: &mut SqliteConnection,
    task: &NewTask,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64> {
    // Inside a write transaction MAX(id) + 1 is stable, so the code is known at insert time.
    let id = sqlx::query_scalar!(r#"SELECT COALESCE(MAX(id), 0) + 1 AS "id!: i64" FROM tasks"#)
        .fetch_one(&mut *conn)
        .await?;
    sqlx::query!(
        "INSERT INTO tasks (id, code, item_number, text, programme, source_document, year, lead_unit_id, \
         deadline, status, created_by, created_at, updated_by, updated_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'not_started', ?, ?, ?, ?)",
        id,
        task_code(id),
        task.item_number,
        task.text,
        task.programme.as_str(),
        task.source_document,
        task.year.or(task.deadline.map(|d| chrono::Datelike::year(&d))),
        task.lead_unit_id,
        task.deadline,
        by,
        now,
        by,
        now,
    )
    .execute(&mut *conn)
    .await?;
    set_co_units(conn, id, &task.co_unit_ids).await?;
    if let (Some(every), Some(deadline)) = (task.every, task.deadline) {
        // The series takes the first occurrence's number, and the occurrence its code.
        let rule = every.rule.to_string();
        sqlx::query!(
            "INSERT INTO series (id, rule, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, ?)",
            id,
            rule,
            deadline,
            every.until,
            now
        )
        .execute(&mut *conn)
        .await?;
        let period = every.rule.period_of(deadline);
        let code = occurrence_code(id, &period);
        sqlx::query!(
            "UPDATE tasks SET series_id = ?, period = ?, code = ? WHERE id = ?",
            id,
            period,
            code,
            id
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(id)
}

/// The task `typed` names: a task code, or a recurring task's occurrence (`NV-0042/11-2026`);
/// a series' own code (`NV-0042`) names its current occurrence, the earliest still open, or
/// else the latest.
pub async fn resolve(conn: &mut SqliteConnection, typed: &TaskRef) -> Result<Option<i64>> {
    Ok(match typed {
        TaskRef::Occurrence(series, period) => {
            sqlx::query_scalar!("SELECT id FROM tasks WHERE series_id = ? AND period = ?", series, period)
                .fetch_optional(&mut *conn)
                .await?
        }
        TaskRef::Code(id) => {
            let current = sqlx::query_scalar!(
                r#"SELECT id AS "id!: i64" FROM tasks WHERE series_id = ?
                   ORDER BY status IN ('done', 'cancelled'), CASE WHEN status IN ('done', 'cancelled') THEN -julianday(deadline) ELSE julianday(deadline) END
                   LIMIT 1"#,
                id
            )
            .fetch_optional(&mut *conn)
            .await?;
            Some(current.unwrap_or(*id))
        }
    })
}

/// Ends series `series` on `last`: no occurrence due after it is created. Returns how many
/// open ones after it already exist.
pub async fn end_series(conn: &mut SqliteConnection, series: i64, last: NaiveDate) -> Result<i64> {
    sqlx::query!("UPDATE series SET ends_on = ? WHERE id = ?", last, series).execute(&mut *conn).await?;
    Ok(sqlx::query_scalar!(
        r#"SELECT COUNT(*) AS "n!: i64" FROM tasks WHERE series_id = ? AND COALESCE(original_deadline, deadline) > ?
           AND status NOT IN ('done', 'cancelled')"#,
        series,
        last
    )
    .fetch_one(&mut *conn)
    .await?)
}

/// The occurrences a series still lacks on `today`: the next one of each series whose latest
/// occurrence is closed (confirmed done, or cancelled) or past its deadline, copied from it
/// (text, units, programme, document, reminder schedule), again until one is open and not
/// yet due, so that no period is ever missing; none past the series' end. Returns the new
/// tasks' ids.
pub async fn roll_series(
    conn: &mut SqliteConnection,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Vec<i64>> {
    let mut created = Vec::new();
    // Bounded: a weekly series left for years still ends; the next run goes on.
    for _ in 0..60 {
        let due = sqlx::query!(
            // An occurrence's period keeps its own deadline (`original_deadline` once extended):
            // more time for November moves neither December nor the day January is due.
            r#"SELECT t.id AS "id!: i64", COALESCE(t.original_deadline, t.deadline) AS "deadline!: NaiveDate",
                      r.id AS "series!: i64", r.rule, r.ends_on AS "ends_on: NaiveDate"
               FROM series r JOIN tasks t ON t.id = (SELECT id FROM tasks WHERE series_id = r.id
                    ORDER BY COALESCE(original_deadline, deadline) DESC LIMIT 1)
               WHERE t.deadline IS NOT NULL
                 AND (t.status IN ('done', 'cancelled') OR COALESCE(t.original_deadline, t.deadline) < ?)"#,
            today
        )
        .fetch_all(&mut *conn)
        .await?;
        let mut added = 0;
        for row in due {
            let rule = row.rule.parse::<Recurrence>().map_err(|_| corrupt("series", "rule", &row.rule))?;
            let Some(deadline) = rule.next_after(row.deadline) else { continue };
            if row.ends_on.is_some_and(|end| deadline > end) {
                continue;
            }
            let period = rule.period_of(deadline);
            let code = occurrence_code(row.series, &period);
            let id = sqlx::query_scalar!(r#"SELECT COALESCE(MAX(id), 0) + 1 AS "id!: i64" FROM tasks"#)
                .fetch_one(&mut *conn)
                .await?;
            let year = deadline.year();
            let inserted = sqlx::query!(
                "INSERT OR IGNORE INTO tasks (id, code, item_number, text, programme, source_document, year, lead_unit_id, \
                 deadline, status, created_by, created_at, updated_by, updated_at, remind_days, remind_hour, series_id, period) \
                 SELECT ?, ?, item_number, text, programme, source_document, ?, lead_unit_id, ?, 'not_started', \
                 NULL, ?, NULL, ?, remind_days, remind_hour, series_id, ? FROM tasks WHERE id = ?",
                id,
                code,
                year,
                deadline,
                now,
                now,
                period,
                row.id
            )
            .execute(&mut *conn)
            .await?;
            if inserted.rows_affected() == 0 {
                continue;
            }
            sqlx::query!(
                "INSERT INTO task_co_units (task_id, unit_id) SELECT ?, unit_id FROM task_co_units WHERE task_id = ?",
                id,
                row.id
            )
            .execute(&mut *conn)
            .await?;
            created.push(id);
            added += 1;
        }
        if added == 0 {
            break;
        }
    }
    Ok(created)
}

/// How many tasks there are, of any status.
pub async fn count(conn: &mut SqliteConnection) -> Result<i64> {
    Ok(sqlx::query_scalar!(r#"SELECT COUNT(*) AS "n!: i64" FROM tasks"#).fetch_one(conn).await?)
}

/// One task with its co-units.
///
/// One read, the co-units as JSON beside the task: every status reply loads its task, and in
/// its transaction, where each round trip to the database's thread holds up every other write.
pub async fn get(conn: &mut SqliteConnection, id: i64) -> Result<Option<Task>> {
    let mut batch = Batch::default();
    let read = push_get(&mut batch, id)?;
    from_get_rows(batch.fetch(conn).await?.rows(read))
}

/// Adds [`get`]'s read of task `id` to `batch`: it is also sent with an update's claim
/// ([`super::inbox::begin_claimed`]). Its columns are [`SELECT`]'s.
pub(super) fn push_get(batch: &mut Batch, id: i64) -> Result<Statement> {
    // The co-units CAST to text so that sqlx, checking the statement, can tell their type.
    batch!(
        batch,
        "SELECT s.*, CAST((SELECT json_group_array(json_array(u.id, u.short_name) ORDER BY u.short_name) \
           FROM task_co_units c JOIN units u ON u.id = c.unit_id WHERE c.task_id = s.id) AS TEXT) AS co_units \
         FROM (SELECT t.id, t.item_number, t.text, t.programme, t.source_document, t.year, \
           t.lead_unit_id, u.short_name AS lead_short_name, t.deadline, t.original_deadline, t.status, \
           t.progress, t.has_obstacle, t.completed_on, t.last_report_at, t.created_at, t.remind_days, \
           t.remind_hour, t.hold, t.hold_reason, t.series_id, t.period, r.rule AS series_rule, r.ends_on AS series_until, \
           CASE WHEN t.series_id IS NULL THEN NULL ELSE (SELECT COUNT(*) FROM tasks o WHERE o.series_id = t.series_id \
    AND o.status != 'cancelled' AND (o.deadline < t.deadline OR (o.id = t.id AND o.status = 'done'))) END AS series_counted, \
    CASE WHEN t.series_id IS NULL THEN NULL ELSE (SELECT COUNT(*) FROM tasks o WHERE o.series_id = t.series_id \
    AND o.status = 'done' AND o.completed_on <= o.deadline AND (o.deadline < t.deadline OR o.id = t.id)) END AS series_on_time \
           FROM tasks t JOIN units u ON u.id = t.lead_unit_id LEFT JOIN series r ON r.id = t.series_id \
           WHERE t.id = ?) s",
        id,
    )
}

/// The task [`push_get`]'s statement read, if there is one.
pub(super) fn from_get_rows(rows: &[SqliteRow]) -> Result<Option<Task>> {
    rows.first().map(|row| TaskWithCoUnits::from_row(row)?.into_task()).transpose()
}

#[derive(FromRow)]
struct TaskWithCoUnits {
    #[sqlx(flatten)]
    task: TaskRow,
    co_units: String,
}

impl TaskWithCoUnits {
    fn into_task(self) -> Result<Task> {
        let co_units: Vec<(i64, String)> = serde_json::from_str(&self.co_units)
            .map_err(|_| corrupt("task_co_units", "unit_id", &self.co_units))?;
        let mut task = self.task.into_task()?;
        task.co_units = co_units.into_iter().map(|(id, short_name)| UnitRef { id, short_name }).collect();
        Ok(task)
    }
}

/// Which tasks a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Tasks this unit leads or co-operates on.
    pub unit_id: Option<i64>,
    /// Only the tasks the unit leads (reports count by lead unit).
    pub lead_only: bool,
    /// Only these statuses; empty: every open status (or every status, with `all_statuses`).
    pub statuses: Vec<String>,
    pub all_statuses: bool,
    pub programme: Option<String>,
    /// Only open tasks past their deadline on this day.
    pub overdue_on: Option<NaiveDate>,
    /// A report's scope: the task's year and its deadline's period.
    pub year: Option<i32>,
    pub period: Option<Period>,
}

impl Filter {
    /// The tasks a report's scope covers, every status included.
    pub fn of_scope(scope: &Scope) -> Self {
        Filter {
            unit_id: scope.unit_id,
            lead_only: true,
            all_statuses: true,
            programme: scope.programme.map(|p| p.as_str().to_string()),
            year: scope.year,
            period: scope.period,
            ..Filter::default()
        }
    }
}

/// Tasks matching `filter`: overdue first (most late first), then by deadline, then those
/// without a deadline.
pub async fn list(conn: &mut SqliteConnection, filter: &Filter) -> Result<Vec<Task>> {
    fetch(conn, listing(filter)).await
}

/// The tasks among `ids` that exist, in [`list`]'s order.
pub async fn get_many(conn: &mut SqliteConnection, ids: &[i64]) -> Result<Vec<Task>> {
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(SELECT);
    q.push(" WHERE t.id IN (SELECT value FROM json_each(");
    q.push_bind(serde_json::to_string(ids).expect("ids serialise"));
    q.push(")) ORDER BY t.deadline IS NULL, t.deadline, t.id");
    fetch(conn, q).await
}

/// [`list`] from its `offset`-th task, at most `limit` of them.
pub async fn list_page(
    conn: &mut SqliteConnection,
    filter: &Filter,
    offset: usize,
    limit: usize,
) -> Result<Vec<Task>> {
    let mut q = listing(filter);
    q.push(" LIMIT ");
    q.push_bind(limit as i64);
    q.push(" OFFSET ");
    q.push_bind(offset as i64);
    fetch(conn, q).await
}

async fn fetch(conn: &mut SqliteConnection, mut q: QueryBuilder<Sqlite>) -> Result<Vec<Task>> {
    let rows: Vec<TaskRow> = q.build_query_as().fetch_all(&mut *conn).await?;
    let mut tasks = rows.into_iter().map(TaskRow::into_task).collect::<Result<Vec<_>>>()?;
    attach_co_units(conn, &mut tasks).await?;
    Ok(tasks)
}

/// [`list`]'s query, in its order.
fn listing(filter: &Filter) -> QueryBuilder<Sqlite> {
    // Dynamic: the filter's conditions are written only when set, so that SQLite plans each
    // combination with the indexes it allows.
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(SELECT);
    q.push(" WHERE 1 = 1");
    if filter.statuses.is_empty() {
        if !filter.all_statuses {
            q.push(" AND t.status NOT IN ('done', 'cancelled')");
        }
    } else {
        q.push(" AND t.status IN (SELECT value FROM json_each(");
        q.push_bind(serde_json::to_string(&filter.statuses).expect("strings serialise"));
        q.push("))");
    }
    match (filter.unit_id, filter.lead_only) {
        (Some(unit), true) => {
            q.push(" AND t.lead_unit_id = ");
            q.push_bind(unit);
        }
        (Some(unit), false) => {
            q.push(" AND (t.lead_unit_id = ");
            q.push_bind(unit);
            q.push(" OR t.id IN (SELECT task_id FROM task_co_units WHERE unit_id = ");
            q.push_bind(unit);
            q.push("))");
        }
        (None, _) => {}
    }
    if let Some(year) = filter.year {
        q.push(" AND t.year = ");
        q.push_bind(year);
    }
    if let Some(period) = filter.period {
        q.push(" AND t.deadline BETWEEN ");
        q.push_bind(period.first_day());
        q.push(" AND ");
        q.push_bind(period.last_day());
    }
    if let Some(p) = &filter.programme {
        q.push(" AND t.programme = ");
        q.push_bind(p.clone());
    }
    if let Some(day) = filter.overdue_on {
        // A task set aside is not overdue.
        q.push(" AND t.hold IS NULL AND t.deadline IS NOT NULL AND t.deadline < ");
        q.push_bind(day);
    }
    q.push(" ORDER BY t.deadline IS NULL, t.deadline, t.id");
    q
}

async fn attach_co_units(conn: &mut SqliteConnection, tasks: &mut [Task]) -> Result<()> {
    if tasks.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = tasks.iter().map(|t| t.id).collect();
    let rows = sqlx::query!(
        "SELECT c.task_id, u.id, u.short_name FROM task_co_units c JOIN units u ON u.id = c.unit_id \
         WHERE c.task_id IN (SELECT value FROM json_each(?)) ORDER BY c.task_id, u.short_name",
        serde_json::to_string(&ids).expect("ids serialise"),
    )
    .fetch_all(conn)
    .await?;
    let index: std::collections::HashMap<i64, usize> =
        ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    for row in rows {
        if let Some(&i) = index.get(&row.task_id) {
            tasks[i].co_units.push(UnitRef { id: row.id, short_name: row.short_name });
        }
    }
    Ok(())
}

pub async fn set_co_units(conn: &mut SqliteConnection, task_id: i64, unit_ids: &[i64]) -> Result<()> {
    sqlx::query!("DELETE FROM task_co_units WHERE task_id = ?", task_id).execute(&mut *conn).await?;
    for unit in unit_ids {
        sqlx::query!("INSERT OR IGNORE INTO task_co_units (task_id, unit_id) VALUES (?, ?)", task_id, unit)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Stores the fields a report or decision changed.
pub async fn set_progress(
    conn: &mut SqliteConnection,
    task_id: i64,
    p: Progress,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query!(
        "UPDATE tasks SET status = ?, progress = ?, has_obstacle = ?, completed_on = ?, \
         updated_by = ?, updated_at = ? WHERE id = ?",
        p.status.as_str(),
        p.progress as i64,
        p.has_obstacle,
        p.completed_on,
        by,
        now,
        task_id,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Changes the deadline, remembering the first one.
pub async fn set_deadline(
    conn: &mut SqliteConnection,
    task_id: i64,
    deadline: Option<NaiveDate>,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query!(
        "UPDATE tasks SET original_deadline = COALESCE(original_deadline, deadline), deadline = ?, \
         updated_by = ?, updated_at = ? WHERE id = ?",
        deadline,
        by,
        now,
        task_id,
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_text(
    conn: &mut SqliteConnection,
    task_id: i64,
    text: &str,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query!(
        "UPDATE tasks SET text = ?, updated_by = ?, updated_at = ? WHERE id = ?",
        text,
        by,
        now,
        task_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_lead(
    conn: &mut SqliteConnection,
    task_id: i64,
    unit_id: i64,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    // Assigning a task to another unit settles its return by the unit before.
    sqlx::query!(
        "UPDATE tasks SET lead_unit_id = ?, updated_by = ?, updated_at = ?, \
           hold_reason = CASE WHEN hold = 'returned' THEN NULL ELSE hold_reason END, \
           hold = CASE WHEN hold = 'returned' THEN NULL ELSE hold END WHERE id = ?",
        unit_id,
        by,
        now,
        task_id,
    )
    .execute(&mut *conn)
    .await?;
    // A unit cannot co-operate with itself.
    sqlx::query!("DELETE FROM task_co_units WHERE task_id = ? AND unit_id = ?", task_id, unit_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Sets a task aside (`Some`) or back to work (`None`), with the reason given.
pub async fn set_hold(
    conn: &mut SqliteConnection,
    task_id: i64,
    hold: Option<Hold>,
    reason: Option<&str>,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    let hold = hold.map(Hold::as_str);
    let at = hold.map(|_| now);
    sqlx::query!(
        "UPDATE tasks SET hold = ?, hold_reason = ?, hold_by = ?, hold_at = ?, updated_by = ?, updated_at = ? \
         WHERE id = ?",
        hold,
        reason,
        by,
        at,
        by,
        now,
        task_id,
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_programme(
    conn: &mut SqliteConnection,
    task_id: i64,
    programme: Programme,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query!(
        "UPDATE tasks SET programme = ?, updated_by = ?, updated_at = ? WHERE id = ?",
        programme.as_str(),
        by,
        now,
        task_id,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A member's status report as [`record_report`] writes it.
#[derive(Debug, Clone, Copy)]
pub struct NewReport<'a> {
    pub member_id: Option<i64>,
    pub kind: ReportKind,
    pub percent: Option<u8>,
    pub text: &'a str,
    pub source: ReportSource,
    /// The document number the report names ("45/KH-UBND"), as evidence.
    pub document: Option<&'a str>,
}

/// Records a member's report: the history entry, the task's progress after it and when it was
/// last reported on. Held for the commit ([`Tx::defer`]): a status reply is the commonest write
/// there is, and nothing after it in the turn reads what it writes. The status is written only
/// when it changes (`before`): writing it, even unchanged, rewrites the task's entries in the
/// indexes on it, pages the commit then writes to the log.
pub fn record_report(
    tx: &mut Tx,
    task_id: i64,
    before: Progress,
    after: Progress,
    report: &NewReport<'_>,
    now: DateTime<Utc>,
) -> Result<()> {
    debug_assert_ne!(report.source, ReportSource::Decision, "a decision is not a report on the task");
    batch!(
        tx.deferred(),
        "INSERT INTO status_reports (task_id, member_id, reported_at, kind, percent, text, source, document) \
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        task_id,
        report.member_id,
        now,
        report.kind.as_str(),
        report.percent.map(i64::from),
        report.text,
        report.source.as_str(),
        report.document,
    )?;
    if (before.status, before.completed_on) == (after.status, after.completed_on) {
        batch!(
            tx.deferred(),
            "UPDATE tasks SET progress = ?, has_obstacle = ?, \
               updated_by = ?, updated_at = ?, last_report_at = ? WHERE id = ?",
            after.progress as i64,
            after.has_obstacle,
            report.member_id,
            now,
            now,
            task_id,
        )?;
    } else {
        batch!(
            tx.deferred(),
            "UPDATE tasks SET status = ?, completed_on = ?, progress = ?, has_obstacle = ?, \
               updated_by = ?, updated_at = ?, last_report_at = ? WHERE id = ?",
            after.status.as_str(),
            after.completed_on,
            after.progress as i64,
            after.has_obstacle,
            report.member_id,
            now,
            now,
            task_id,
        )?;
    }
    Ok(())
}

/// Adds an entry to a task's history and notes when it was last reported on.
#[allow(clippy::too_many_arguments)]
pub async fn add_report(
    conn: &mut SqliteConnection,
    task_id: i64,
    member_id: Option<i64>,
    kind: ReportKind,
    percent: Option<u8>,
    text: &str,
    source: ReportSource,
    now: DateTime<Utc>,
) -> Result<i64> {
    let id = sqlx::query_scalar!(
        "INSERT INTO status_reports (task_id, member_id, reported_at, kind, percent, text, source) \
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id AS \"id!\"",
        task_id,
        member_id,
        now,
        kind.as_str(),
        percent.map(i64::from),
        text,
        source.as_str(),
    )
    .fetch_one(&mut *conn)
    .await?;
    if source != ReportSource::Decision {
        sqlx::query!("UPDATE tasks SET last_report_at = ? WHERE id = ?", now, task_id).execute(conn).await?;
    }
    Ok(id)
}

/// One entry of a task's history.
#[derive(Debug, Clone)]
pub struct HistoryEntry {
    pub at: DateTime<Utc>,
    pub member_name: Option<String>,
    pub kind: ReportKind,
    pub percent: Option<u8>,
    pub text: String,
    /// The document the report named, as evidence.
    pub document: Option<String>,
}

struct HistoryRow {
    reported_at: DateTime<Utc>,
    member_name: Option<String>,
    kind: String,
    percent: Option<i64>,
    text: String,
    document: Option<String>,
}

/// The latest `limit` entries of a task's history, newest first.
pub async fn history(conn: &mut SqliteConnection, task_id: i64, limit: i64) -> Result<Vec<HistoryEntry>> {
    let rows = sqlx::query_as!(
        HistoryRow,
        r#"SELECT r.reported_at AS "reported_at: _", m.display_name AS "member_name?", r.kind, r.percent,
             r.text, r.document
           FROM status_reports r
           LEFT JOIN members m ON m.id = r.member_id WHERE r.task_id = ? ORDER BY r.id DESC LIMIT ?"#,
        task_id,
        limit,
    )
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            let kind =
                r.kind.parse::<ReportKind>().map_err(|_| corrupt("status_reports", "kind", &r.kind))?;
            Ok(HistoryEntry {
                at: r.reported_at,
                member_name: r.member_name,
                kind,
                percent: r.percent.map(|p| p.clamp(0, 100) as u8),
                text: r.text,
                document: r.document,
            })
        })
        .collect()
}
