//! Officers away, and who stands in for them (see `migrations/0015_absences.sql`).

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::SqliteConnection;

use super::Result;

/// An officer away on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Away {
    pub id: i64,
    pub member_id: i64,
    pub member_name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub stand_in_id: Option<i64>,
}

/// Records that `member` of `unit` is away from `starts_on` to `ends_on`; returns its id.
pub async fn add(
    conn: &mut SqliteConnection,
    member: i64,
    unit: i64,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    stand_in: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64> {
    let id = sqlx::query_scalar!(
        "INSERT INTO absences (member_id, unit_id, starts_on, ends_on, stand_in_id, created_at) \
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id AS \"id!\"",
        member,
        unit,
        starts_on,
        ends_on,
        stand_in,
        now,
    )
    .fetch_one(conn)
    .await?;
    Ok(id)
}

/// Ends every absence of `member` not over by `today` (it is back, or will not go); returns
/// how many.
pub async fn cancel(
    conn: &mut SqliteConnection,
    member: i64,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<u64> {
    let done = sqlx::query!(
        "UPDATE absences SET cancelled_at = ? WHERE member_id = ? AND ends_on >= ? AND cancelled_at IS NULL",
        now,
        member,
        today,
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

struct Row {
    id: i64,
    member_id: i64,
    member_name: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    stand_in_id: Option<i64>,
}

impl From<Row> for Away {
    fn from(r: Row) -> Self {
        Away {
            id: r.id,
            member_id: r.member_id,
            member_name: r.member_name,
            starts_on: r.starts_on,
            ends_on: r.ends_on,
            stand_in_id: r.stand_in_id,
        }
    }
}

/// The officers of `unit` away on `day`.
pub async fn of_unit_on(conn: &mut SqliteConnection, unit: i64, day: NaiveDate) -> Result<Vec<Away>> {
    let rows = sqlx::query_as!(
        Row,
        r#"SELECT a.id, a.member_id, m.display_name AS member_name, a.starts_on AS "starts_on: NaiveDate",
             a.ends_on AS "ends_on: NaiveDate", a.stand_in_id
           FROM absences a JOIN members m ON m.id = a.member_id
           WHERE a.unit_id = ? AND a.cancelled_at IS NULL AND a.starts_on <= ?2 AND a.ends_on >= ?2
           ORDER BY a.id"#,
        unit,
        day,
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(Away::from).collect())
}

/// A member's absences not over by `today`, soonest first.
pub async fn of_member(conn: &mut SqliteConnection, member: i64, today: NaiveDate) -> Result<Vec<Away>> {
    let rows = sqlx::query_as!(
        Row,
        r#"SELECT a.id, a.member_id, m.display_name AS member_name, a.starts_on AS "starts_on: NaiveDate",
             a.ends_on AS "ends_on: NaiveDate", a.stand_in_id
           FROM absences a JOIN members m ON m.id = a.member_id
           WHERE a.member_id = ? AND a.cancelled_at IS NULL AND a.ends_on >= ?
           ORDER BY a.starts_on"#,
        member,
        today,
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(Away::from).collect())
}

/// The absences among `ids`, cancelled or not (a list drawn again names whom its reader
/// covered that morning).
pub async fn by_ids(conn: &mut SqliteConnection, ids: &[i64]) -> Result<Vec<Away>> {
    let rows = sqlx::query_as!(
        Row,
        r#"SELECT a.id, a.member_id, m.display_name AS member_name, a.starts_on AS "starts_on: NaiveDate",
             a.ends_on AS "ends_on: NaiveDate", a.stand_in_id
           FROM absences a JOIN members m ON m.id = a.member_id
           WHERE a.id IN (SELECT value FROM json_each(?))
           ORDER BY a.id"#,
        serde_json::to_string(ids).expect("ids serialise"),
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(Away::from).collect())
}
