//! Imports under review: the proposals of one document, edited until the secretariat confirms.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::SqliteConnection;

use super::{Batch, Result, batch, corrupt};
use crate::domain::proposal::{Proposal, Reading};

/// An import's header.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Import {
    pub id: i64,
    pub member_id: Option<i64>,
    pub name: String,
    pub source_document: Option<String>,
    pub doc_date: Option<NaiveDate>,
    pub fingerprint: String,
    pub split_groups: bool,
    pub state: String,
}

/// A proposal as stored, with whether it was dropped.
#[derive(Debug, Clone)]
pub struct Item {
    pub seq: i64,
    pub proposal: Proposal,
    pub dropped: bool,
}

/// Saves a reading for review; returns the import's id.
pub async fn create(
    conn: &mut SqliteConnection,
    member_id: Option<i64>,
    name: &str,
    reading: &Reading,
    fingerprint: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    let id = sqlx::query_scalar!(
        r#"INSERT INTO imports (member_id, name, source_document, doc_date, fingerprint, created_at)
           VALUES (?, ?, ?, ?, ?, ?) RETURNING id AS "id!""#,
        member_id,
        name,
        reading.source,
        reading.date,
        fingerprint,
        now,
    )
    .fetch_one(&mut *conn)
    .await?;
    // A few hundred statements in a round trip each: a long notice's items held the writer,
    // and everyone's reports behind it, for a second on a busy machine.
    for (n, chunk) in reading.proposals.chunks(ITEMS_PER_BATCH).enumerate() {
        let mut batch = Batch::default();
        for (i, p) in chunk.iter().enumerate() {
            push_item(&mut batch, id, (n * ITEMS_PER_BATCH + i) as i64 + 1, p, false)?;
        }
        batch.fetch(&mut *conn).await?;
    }
    Ok(id)
}

/// Items stored per round trip.
const ITEMS_PER_BATCH: usize = 200;

async fn insert_item(
    conn: &mut SqliteConnection,
    id: i64,
    seq: i64,
    p: &Proposal,
    dropped: bool,
) -> Result<()> {
    let mut batch = Batch::default();
    push_item(&mut batch, id, seq, p, dropped)?;
    batch.fetch(conn).await?;
    Ok(())
}

fn push_item(batch: &mut Batch, id: i64, seq: i64, p: &Proposal, dropped: bool) -> Result<()> {
    batch!(
        batch,
        "INSERT OR REPLACE INTO import_items (import_id, seq, item, text, leads, co_units, deadline, programme, \
         source_document, code, dropped, lead_names, co_names, deadline_text) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        seq,
        p.item.clone(),
        p.text.clone(),
        serde_json::to_string(&p.leads).expect("assignees serialise"),
        serde_json::to_string(&p.co_units).expect("ids serialise"),
        p.deadline,
        p.programme.as_str(),
        p.source_document.clone(),
        p.code.clone(),
        dropped,
        serde_json::to_string(&p.lead_names).expect("names serialise"),
        serde_json::to_string(&p.co_names).expect("names serialise"),
        p.deadline_text.clone(),
    )?;
    Ok(())
}

pub async fn get(conn: &mut SqliteConnection, id: i64) -> Result<Option<Import>> {
    Ok(sqlx::query_as!(
        Import,
        r#"SELECT id, member_id, name, source_document, doc_date AS "doc_date: _", fingerprint,
             split_groups AS "split_groups: _", state
           FROM imports WHERE id = ?"#,
        id,
    )
    .fetch_optional(conn)
    .await?)
}

struct ItemRow {
    seq: i64,
    item: Option<String>,
    text: String,
    leads: String,
    co_units: String,
    deadline: Option<NaiveDate>,
    programme: String,
    source_document: Option<String>,
    code: Option<String>,
    dropped: bool,
    lead_names: String,
    co_names: String,
    deadline_text: Option<String>,
}

pub async fn items(conn: &mut SqliteConnection, id: i64) -> Result<Vec<Item>> {
    let rows = sqlx::query_as!(
        ItemRow,
        r#"SELECT seq, item, text, leads, co_units, deadline AS "deadline: _", programme, source_document, code,
             dropped AS "dropped: _", lead_names, co_names, deadline_text
           FROM import_items WHERE import_id = ? ORDER BY seq"#,
        id,
    )
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            let leads =
                serde_json::from_str(&r.leads).map_err(|_| corrupt("import_items", "leads", &r.leads))?;
            let co_units = serde_json::from_str(&r.co_units)
                .map_err(|_| corrupt("import_items", "co_units", &r.co_units))?;
            let programme =
                r.programme.parse().map_err(|_| corrupt("import_items", "programme", &r.programme))?;
            Ok(Item {
                seq: r.seq,
                proposal: Proposal {
                    item: r.item,
                    text: r.text,
                    leads,
                    lead_names: serde_json::from_str(&r.lead_names).unwrap_or_default(),
                    co_units,
                    co_names: serde_json::from_str(&r.co_names).unwrap_or_default(),
                    deadline: r.deadline,
                    deadline_text: r.deadline_text,
                    programme,
                    source_document: r.source_document,
                    code: r.code,
                },
                dropped: r.dropped,
            })
        })
        .collect()
}

/// Replaces one item (after an edit).
pub async fn update_item(conn: &mut SqliteConnection, id: i64, item: &Item) -> Result<()> {
    insert_item(conn, id, item.seq, &item.proposal, item.dropped).await
}

pub async fn set_split(conn: &mut SqliteConnection, id: i64, split: bool) -> Result<()> {
    sqlx::query!("UPDATE imports SET split_groups = ? WHERE id = ?", split, id).execute(conn).await?;
    Ok(())
}

/// Closes an import: `confirmed` (with how many tasks it made) or `cancelled`.
pub async fn close(
    conn: &mut SqliteConnection,
    id: i64,
    state: &str,
    tasks: Option<i64>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let done = sqlx::query!(
        "UPDATE imports SET state = ?, task_count = ?, confirmed_at = ? WHERE id = ? AND state = 'draft'",
        state,
        tasks,
        now,
        id,
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// An earlier confirmed import of the same document: when, and how many tasks it made.
pub async fn earlier(
    conn: &mut SqliteConnection,
    fingerprint: &str,
    except: i64,
) -> Result<Option<(DateTime<Utc>, i64)>> {
    let row = sqlx::query!(
        r#"SELECT confirmed_at AS "confirmed_at!: DateTime<Utc>", COALESCE(task_count, 0) AS "tasks!: i64"
           FROM imports WHERE fingerprint = ? AND state = 'confirmed' AND id <> ? ORDER BY id DESC LIMIT 1"#,
        fingerprint,
        except,
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.confirmed_at, r.tasks)))
}

/// Which of these task codes already exist.
pub async fn existing_codes(conn: &mut SqliteConnection, codes: &[String]) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar!(
        "SELECT code FROM tasks WHERE code IN (SELECT value FROM json_each(?))",
        serde_json::to_string(codes).expect("codes serialise"),
    )
    .fetch_all(conn)
    .await?)
}
