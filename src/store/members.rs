//! Members: who is registered, in which unit and role, and whether Telegram still reaches them.

use chrono::{DateTime, Utc};
use sqlx::{FromRow, SqliteConnection};

use super::{Result, corrupt};
use crate::domain::{Lang, Member, Role, UnitRef};

#[derive(FromRow)]
struct MemberRow {
    id: i64,
    telegram_id: i64,
    display_name: String,
    unit_id: Option<i64>,
    unit_short_name: Option<String>,
    role: String,
    language: Option<String>,
    reachable: bool,
}

impl TryFrom<MemberRow> for Member {
    type Error = super::StoreError;

    fn try_from(r: MemberRow) -> Result<Member> {
        let role = r.role.parse::<Role>().map_err(|_| corrupt("members", "role", &r.role))?;
        let lang = match r.language {
            None => None,
            Some(l) => Some(l.parse::<Lang>().map_err(|_| corrupt("members", "language", l))?),
        };
        let unit = match (r.unit_id, r.unit_short_name) {
            (Some(id), Some(short_name)) => Some(UnitRef { id, short_name }),
            _ => None,
        };
        Ok(Member {
            id: r.id,
            telegram_id: r.telegram_id,
            display_name: r.display_name,
            unit,
            role,
            lang,
            reachable: r.reachable,
        })
    }
}

const SELECT: &str = "SELECT m.id, m.telegram_id, m.display_name, m.unit_id, u.short_name AS unit_short_name, \
     m.role, m.language, m.reachable FROM members m LEFT JOIN units u ON u.id = m.unit_id";

/// The active member with this Telegram user id.
pub async fn by_telegram_id(conn: &mut SqliteConnection, telegram_id: i64) -> Result<Option<Member>> {
    let row: Option<MemberRow> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE m.telegram_id = ? AND m.active = 1")))
            .bind(telegram_id)
            .fetch_optional(conn)
            .await?;
    row.map(Member::try_from).transpose()
}

/// Makes a configured administrator a secretariat member on first contact. An existing active
/// member keeps the role they have; a removed one comes back as secretariat.
pub async fn ensure_admin(
    conn: &mut SqliteConnection,
    telegram_id: i64,
    display_name: &str,
    now: DateTime<Utc>,
) -> Result<Member> {
    sqlx::query(
        "INSERT INTO members (telegram_id, display_name, role, created_at, updated_at) \
         VALUES (?, ?, 'secretariat', ?, ?) \
         ON CONFLICT (telegram_id) DO UPDATE SET \
           role = CASE WHEN members.active = 1 THEN members.role ELSE 'secretariat' END, \
           active = 1, updated_at = excluded.updated_at",
    )
    .bind(telegram_id)
    .bind(display_name)
    .bind(now)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    let member = by_telegram_id(conn, telegram_id).await?;
    member.ok_or_else(|| corrupt("members", "telegram_id", telegram_id.to_string()))
}

/// Records whether Telegram accepts messages for this user (403 "bot was blocked" says no;
/// any message from them says yes again). Returns whether the flag changed.
pub async fn set_reachable(
    conn: &mut SqliteConnection,
    telegram_id: i64,
    reachable: bool,
    now: DateTime<Utc>,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE members SET reachable = ?, updated_at = ? WHERE telegram_id = ? AND reachable <> ?",
    )
    .bind(reachable)
    .bind(now)
    .bind(telegram_id)
    .bind(reachable)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}
