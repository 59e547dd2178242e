//! Evidence files filed for tasks (see [`crate::domain::evidence`]).

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{Result, corrupt};
use crate::domain::EvidenceKind;

/// A file to file for a task.
#[derive(Debug, Clone)]
pub struct NewEvidence<'a> {
    pub task_id: i64,
    pub member_id: Option<i64>,
    pub kind: EvidenceKind,
    pub file_ref: &'a str,
    pub file_name: &'a str,
    pub mime_type: Option<&'a str>,
    pub size: i64,
    pub sha256: &'a str,
    pub document_number: Option<&'a str>,
    pub caption: &'a str,
}

/// A filed piece of evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub id: i64,
    pub task_id: i64,
    pub member_name: Option<String>,
    pub kind: EvidenceKind,
    pub file_ref: String,
    pub file_name: String,
    pub size: i64,
    pub sha256: String,
    pub document_number: Option<String>,
    pub at: DateTime<Utc>,
}

/// Files `e`; `None` when the task already has a file with the same bytes.
pub async fn add(
    conn: &mut SqliteConnection,
    e: &NewEvidence<'_>,
    now: DateTime<Utc>,
) -> Result<Option<i64>> {
    let kind = e.kind.as_str();
    let id = sqlx::query_scalar!(
        "INSERT INTO evidence (task_id, member_id, kind, file_ref, file_name, mime_type, size, sha256, \
           document_number, caption, created_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id, sha256) DO NOTHING RETURNING id",
        e.task_id,
        e.member_id,
        kind,
        e.file_ref,
        e.file_name,
        e.mime_type,
        e.size,
        e.sha256,
        e.document_number,
        e.caption,
        now,
    )
    .fetch_optional(conn)
    .await?;
    Ok(id.flatten())
}

struct Row {
    id: i64,
    task_id: i64,
    member_name: Option<String>,
    kind: String,
    file_ref: String,
    file_name: String,
    size: i64,
    sha256: String,
    document_number: Option<String>,
    created_at: DateTime<Utc>,
}

/// A task's evidence, oldest first.
pub async fn of_task(conn: &mut SqliteConnection, task_id: i64) -> Result<Vec<Evidence>> {
    let rows = sqlx::query_as!(
        Row,
        r#"SELECT e.id, e.task_id, m.display_name AS "member_name?", e.kind, e.file_ref, e.file_name,
             e.size, e.sha256, e.document_number, e.created_at AS "created_at: _"
           FROM evidence e LEFT JOIN members m ON m.id = e.member_id
           WHERE e.task_id = ? ORDER BY e.id"#,
        task_id,
    )
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            let kind = r.kind.parse::<EvidenceKind>().map_err(|_| corrupt("evidence", "kind", &r.kind))?;
            Ok(Evidence {
                id: r.id,
                task_id: r.task_id,
                member_name: r.member_name,
                kind,
                file_ref: r.file_ref,
                file_name: r.file_name,
                size: r.size,
                sha256: r.sha256,
                document_number: r.document_number,
                at: r.created_at,
            })
        })
        .collect()
}
