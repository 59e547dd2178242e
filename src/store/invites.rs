//! Single-use, expiring invite codes that register a member to a unit and role.

use chrono::{DateTime, Utc};
use rand::Rng;
use sqlx::SqliteConnection;

use super::{Result, StoreError};
use crate::domain::{Member, Role};

/// Why an invite code cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error("no such invite")]
    Unknown,
    #[error("the invite was already used")]
    Used,
    #[error("the invite has expired")]
    Expired,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for InviteError {
    fn from(e: sqlx::Error) -> Self {
        InviteError::Store(e.into())
    }
}

/// Letters that cannot be mistaken for one another when read aloud or retyped.
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// Creates an invite valid until `expires_at`; returns its code (Telegram deep-link safe).
pub async fn create(
    conn: &mut SqliteConnection,
    unit_id: i64,
    role: Role,
    by: Option<i64>,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<String> {
    let code: String = {
        let mut rng = rand::rng();
        (0..12).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
    };
    sqlx::query!(
        "INSERT INTO invites (code, unit_id, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
        code,
        unit_id,
        role.as_str(),
        by,
        now,
        expires_at,
    )
    .execute(conn)
    .await?;
    Ok(code)
}

struct InviteRow {
    unit_id: i64,
    role: String,
    expires_at: DateTime<Utc>,
    used_by: Option<i64>,
    created_by: Option<i64>,
}

/// What a redeemed invite did.
#[derive(Debug, Clone)]
pub struct Redeemed {
    pub member: Member,
    /// The member who created the invite, to be told.
    pub invited_by: Option<i64>,
}

/// Registers (or moves) the Telegram user to the invite's unit and role, and uses up the code.
pub async fn redeem(
    conn: &mut SqliteConnection,
    code: &str,
    telegram_id: i64,
    display_name: &str,
    now: DateTime<Utc>,
) -> Result<Redeemed, InviteError> {
    let row = sqlx::query_as!(
        InviteRow,
        r#"SELECT unit_id, role, expires_at AS "expires_at: _", used_by, created_by FROM invites WHERE code = ?"#,
        code,
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(InviteRow { unit_id, role, expires_at, used_by, created_by }) = row else {
        return Err(InviteError::Unknown);
    };
    if used_by.is_some() {
        return Err(InviteError::Used);
    }
    if expires_at <= now {
        return Err(InviteError::Expired);
    }
    sqlx::query!(
        "INSERT INTO members (telegram_id, display_name, unit_id, role, created_at, updated_at) \
         VALUES (?, ?, ?, ?, ?, ?) \
         ON CONFLICT (telegram_id) DO UPDATE SET display_name = excluded.display_name, \
           unit_id = excluded.unit_id, role = excluded.role, active = 1, reachable = 1, \
           updated_at = excluded.updated_at",
        telegram_id,
        display_name,
        unit_id,
        role,
        now,
        now,
    )
    .execute(&mut *conn)
    .await?;
    let member = super::members::by_telegram_id(conn, telegram_id)
        .await?
        .ok_or_else(|| super::corrupt("members", "telegram_id", telegram_id.to_string()))?;
    sqlx::query!("UPDATE invites SET used_by = ?, used_at = ? WHERE code = ?", member.id, now, code)
        .execute(conn)
        .await?;
    Ok(Redeemed { member, invited_by: created_by })
}
