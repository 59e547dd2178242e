//! Members: who is registered, in which unit and role, and whether Telegram still reaches them.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{Result, corrupt};
use crate::domain::{Lang, Member, Role, UnitRef};

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

/// `sqlx::query_as!` of [`MemberRow`]s: a member's columns, then `$tail` (the conditions and
/// the order).
macro_rules! select_members {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            MemberRow,
            r#"SELECT m.id, m.telegram_id, m.display_name, m.unit_id, u.short_name AS "unit_short_name?",
                 m.role, m.language, m.reachable AS "reachable: _"
               FROM members m LEFT JOIN units u ON u.id = m.unit_id "# + $tail
            $(, $arg)*
        )
    };
}

/// The active member with this Telegram user id.
pub async fn by_telegram_id(conn: &mut SqliteConnection, telegram_id: i64) -> Result<Option<Member>> {
    let row =
        select_members!("WHERE m.telegram_id = ? AND m.active = 1", telegram_id).fetch_optional(conn).await?;
    row.map(Member::try_from).transpose()
}

/// Who wrote in `chat_id`: the active member with this Telegram user id, and where they are in
/// a conversation with the bot in that chat (the dialogue's JSON). One read for both, since
/// every update needs both.
pub async fn sender(
    conn: &mut SqliteConnection,
    telegram_id: i64,
    chat_id: i64,
) -> Result<(Option<Member>, Option<String>)> {
    let row = sqlx::query_as!(
        SenderRow,
        r#"SELECT d.state AS "dialogue?", m.id AS "id?", m.telegram_id AS "telegram_id?",
             m.display_name AS "display_name?", m.unit_id AS "unit_id?", u.short_name AS "unit_short_name?",
             m.role AS "role?", m.language AS "language?", m.reachable AS "reachable?: _"
           FROM (SELECT ?1 AS telegram_id, ?2 AS chat_id) k
           LEFT JOIN members m ON m.telegram_id = k.telegram_id AND m.active = 1
           LEFT JOIN units u ON u.id = m.unit_id
           LEFT JOIN dialogues d ON d.chat_id = k.chat_id AND d.user_id = k.telegram_id"#,
        telegram_id,
        chat_id,
    )
    .fetch_one(conn)
    .await?;
    let member = match (row.id, row.telegram_id, row.display_name, row.role, row.reachable) {
        (Some(id), Some(telegram_id), Some(display_name), Some(role), Some(reachable)) => Some(
            MemberRow {
                id,
                telegram_id,
                display_name,
                unit_id: row.unit_id,
                unit_short_name: row.unit_short_name,
                role,
                language: row.language,
                reachable,
            }
            .try_into()?,
        ),
        _ => None,
    };
    Ok((member, row.dialogue))
}

/// [`sender`]'s row: a member's columns, all absent for a stranger.
struct SenderRow {
    dialogue: Option<String>,
    id: Option<i64>,
    telegram_id: Option<i64>,
    display_name: Option<String>,
    unit_id: Option<i64>,
    unit_short_name: Option<String>,
    role: Option<String>,
    language: Option<String>,
    reachable: Option<bool>,
}

/// Makes a configured administrator a secretariat member on first contact. An existing active
/// member keeps the role they have; a removed one comes back as secretariat.
pub async fn ensure_admin(
    conn: &mut SqliteConnection,
    telegram_id: i64,
    display_name: &str,
    now: DateTime<Utc>,
) -> Result<Member> {
    sqlx::query!(
        "INSERT INTO members (telegram_id, display_name, role, created_at, updated_at) \
         VALUES (?, ?, 'secretariat', ?, ?) \
         ON CONFLICT (telegram_id) DO UPDATE SET \
           role = CASE WHEN members.active = 1 THEN members.role ELSE 'secretariat' END, \
           active = 1, updated_at = excluded.updated_at",
        telegram_id,
        display_name,
        now,
        now,
    )
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
    let done = sqlx::query!(
        "UPDATE members SET reachable = ?, updated_at = ? WHERE telegram_id = ? AND reachable <> ?",
        reachable,
        now,
        telegram_id,
        reachable,
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// The active member with this id.
pub async fn by_id(conn: &mut SqliteConnection, id: i64) -> Result<Option<Member>> {
    let row = select_members!("WHERE m.id = ? AND m.active = 1", id).fetch_optional(conn).await?;
    row.map(Member::try_from).transpose()
}

/// The active officers of a unit.
pub async fn officers_of(conn: &mut SqliteConnection, unit_id: i64) -> Result<Vec<Member>> {
    let rows =
        select_members!("WHERE m.unit_id = ? AND m.role = 'officer' AND m.active = 1 ORDER BY m.id", unit_id)
            .fetch_all(conn)
            .await?;
    rows.into_iter().map(Member::try_from).collect()
}

/// Active members with any of `roles`.
pub async fn with_roles(conn: &mut SqliteConnection, roles: &[Role]) -> Result<Vec<Member>> {
    let names: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
    let rows = select_members!(
        "WHERE m.active = 1 AND m.role IN (SELECT value FROM json_each(?)) ORDER BY m.id",
        serde_json::to_string(&names).expect("strings serialise"),
    )
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(Member::try_from).collect()
}

/// Every active member, by unit then name.
pub async fn all(conn: &mut SqliteConnection) -> Result<Vec<Member>> {
    let rows =
        select_members!("WHERE m.active = 1 ORDER BY u.short_name IS NULL, u.short_name, m.display_name")
            .fetch_all(conn)
            .await?;
    rows.into_iter().map(Member::try_from).collect()
}

pub async fn set_role(conn: &mut SqliteConnection, id: i64, role: Role, now: DateTime<Utc>) -> Result<bool> {
    let done = sqlx::query!(
        "UPDATE members SET role = ?, updated_at = ? WHERE id = ? AND active = 1",
        role.as_str(),
        now,
        id,
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Removes a member (kept, inactive, for the history that names them).
pub async fn deactivate(conn: &mut SqliteConnection, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let done =
        sqlx::query!("UPDATE members SET active = 0, updated_at = ? WHERE id = ? AND active = 1", now, id)
            .execute(conn)
            .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn set_language(
    conn: &mut SqliteConnection,
    id: i64,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query!("UPDATE members SET language = ?, updated_at = ? WHERE id = ?", lang.as_str(), now, id)
        .execute(conn)
        .await?;
    Ok(())
}
