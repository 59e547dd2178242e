//! Units and the names people call them by.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{Result, StoreError};
use crate::domain::Unit;
use crate::text::units::key;

/// Why a unit could not be added or renamed.
#[derive(Debug, thiserror::Error)]
pub enum UnitError {
    #[error("a unit with this name already exists")]
    NameTaken,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for UnitError {
    fn from(e: sqlx::Error) -> Self {
        if e.as_database_error().is_some_and(|d| d.is_unique_violation()) {
            UnitError::NameTaken
        } else {
            UnitError::Store(e.into())
        }
    }
}

/// Every active unit with its aliases, by short name.
pub async fn list(conn: &mut SqliteConnection) -> Result<Vec<Unit>> {
    let rows = sqlx::query!(
        r#"SELECT u.id, u.name, u.short_name,
             (SELECT json_group_array(a.alias) FROM unit_aliases a WHERE a.unit_id = u.id) AS "aliases?: String"
           FROM units u WHERE u.active = 1 ORDER BY u.short_name COLLATE NOCASE, u.id"#,
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| unit_from_row((r.id, r.name, r.short_name, r.aliases))).collect())
}

pub async fn get(conn: &mut SqliteConnection, id: i64) -> Result<Option<Unit>> {
    let row = sqlx::query!(
        r#"SELECT u.id, u.name, u.short_name,
             (SELECT json_group_array(a.alias) FROM unit_aliases a WHERE a.unit_id = u.id) AS "aliases?: String"
           FROM units u WHERE u.id = ? AND u.active = 1"#,
        id,
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| unit_from_row((r.id, r.name, r.short_name, r.aliases))))
}

fn unit_from_row((id, name, short_name, aliases): (i64, String, String, Option<String>)) -> Unit {
    let all: Vec<String> = aliases.and_then(|a| serde_json::from_str(&a).ok()).unwrap_or_default();
    // The alias table also holds the full and short names (so one index finds them all).
    let aliases = all.into_iter().filter(|a| *a != name && *a != short_name).collect();
    Unit { id, name, short_name, aliases }
}

/// The id of the unit with exactly this name, active or not.
pub async fn id_by_name(conn: &mut SqliteConnection, name: &str) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar!("SELECT id FROM units WHERE name = ?", name).fetch_optional(conn).await?)
}

/// Adds a unit with its short name and aliases.
pub async fn add(
    conn: &mut SqliteConnection,
    name: &str,
    short_name: &str,
    aliases: &[String],
    now: DateTime<Utc>,
) -> Result<i64, UnitError> {
    let id = sqlx::query_scalar!(
        r#"INSERT INTO units (name, short_name, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id AS "id!""#,
        name,
        short_name,
        now,
        now,
    )
    .fetch_one(&mut *conn)
    .await?;
    let mut names = vec![name.to_string(), short_name.to_string()];
    names.extend(aliases.iter().cloned());
    add_names(conn, id, &names).await?;
    Ok(id)
}

/// Adds spellings a unit is known by (kept folded for matching).
pub async fn add_names(conn: &mut SqliteConnection, unit_id: i64, names: &[String]) -> Result<()> {
    for name in names {
        let folded = key(name);
        if folded.is_empty() {
            continue;
        }
        sqlx::query!(
            "INSERT OR IGNORE INTO unit_aliases (unit_id, alias, folded) VALUES (?, ?, ?)",
            unit_id,
            name.trim(),
            folded,
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Renames a unit. The old names stay as aliases: documents and people keep using them.
pub async fn rename(
    conn: &mut SqliteConnection,
    id: i64,
    name: &str,
    short_name: &str,
    now: DateTime<Utc>,
) -> Result<(), UnitError> {
    sqlx::query!(
        "UPDATE units SET name = ?, short_name = ?, updated_at = ? WHERE id = ?",
        name,
        short_name,
        now,
        id
    )
    .execute(&mut *conn)
    .await?;
    add_names(conn, id, &[name.to_string(), short_name.to_string()]).await?;
    Ok(())
}
