//! Who opened the Mini App: Telegram signs the `initData` it hands the page with a key derived
//! from the bot's token, so a valid signature names a Telegram user without any password
//! (<https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app>).

use chrono::{DateTime, Duration, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// The longest `initData` accepted: Telegram's are a few hundred bytes.
pub const MAX_INIT_DATA: usize = 4096;

/// The Telegram user a valid `initData` names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebUser {
    pub telegram_id: i64,
    pub auth_date: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error("no initData")]
    Missing,
    #[error("initData too long or malformed")]
    Malformed,
    #[error("the signature does not match")]
    BadSignature,
    #[error("initData signed at {0}, too long ago")]
    Expired(DateTime<Utc>),
}

/// Checks `init_data` (the query string Telegram gives the page) against the bot's `token`:
/// the `hash` must be the HMAC-SHA-256 of the other fields, sorted and joined by newlines,
/// keyed by HMAC-SHA-256("WebAppData", token); `auth_date` no older than `max_age` (nor more
/// than a minute ahead of `now`).
pub fn verify(
    init_data: &str,
    token: &str,
    now: DateTime<Utc>,
    max_age: Duration,
) -> Result<WebUser, AuthError> {
    if init_data.is_empty() {
        return Err(AuthError::Missing);
    }
    if init_data.len() > MAX_INIT_DATA {
        return Err(AuthError::Malformed);
    }
    let mut fields: Vec<(String, String)> =
        url::form_urlencoded::parse(init_data.as_bytes()).into_owned().collect();
    let hash_at = fields.iter().position(|(k, _)| k == "hash").ok_or(AuthError::Malformed)?;
    let (_, hash) = fields.remove(hash_at);
    let expected = decode_hex(&hash).ok_or(AuthError::Malformed)?;
    let mut mac = HmacSha256::new_from_slice(&secret_key(token)).expect("HMAC takes any key");
    mac.update(data_check_string(&mut fields).as_bytes());
    mac.verify_slice(&expected).map_err(|_| AuthError::BadSignature)?;
    let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let auth_date = field("auth_date")
        .and_then(|s| s.parse::<i64>().ok())
        .and_then(|s| DateTime::from_timestamp(s, 0))
        .ok_or(AuthError::Malformed)?;
    if auth_date < now - max_age || auth_date > now + Duration::minutes(1) {
        return Err(AuthError::Expired(auth_date));
    }
    #[derive(serde::Deserialize)]
    struct User {
        id: i64,
    }
    let user: User =
        serde_json::from_str(field("user").ok_or(AuthError::Malformed)?).map_err(|_| AuthError::Malformed)?;
    Ok(WebUser { telegram_id: user.id, auth_date })
}

/// `initData` as Telegram would sign it for `fields` (for tests and for trying the page out
/// with `dondoc`'s own token).
pub fn sign(fields: &[(&str, &str)], token: &str) -> String {
    let mut owned: Vec<(String, String)> =
        fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let mut mac = HmacSha256::new_from_slice(&secret_key(token)).expect("HMAC takes any key");
    mac.update(data_check_string(&mut owned).as_bytes());
    let hash: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        out.append_pair(k, v);
    }
    out.append_pair("hash", &hash);
    out.finish()
}

fn secret_key(token: &str) -> Vec<u8> {
    let mut mac = HmacSha256::new_from_slice(b"WebAppData").expect("HMAC takes any key");
    mac.update(token.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

fn data_check_string(fields: &mut [(String, String)]) -> String {
    fields.sort();
    fields.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("\n")
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if s.len() != 64 {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "123456:ABC-test-token";

    fn at(s: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(s, 0).unwrap()
    }

    #[test]
    fn a_signed_init_data_names_its_user_and_anything_else_is_refused() {
        let user = r#"{"id":1001,"first_name":"Lan","language_code":"vi"}"#;
        let signed = sign(&[("auth_date", "1790000000"), ("query_id", "AAH"), ("user", user)], TOKEN);
        let day = Duration::hours(24);
        assert_eq!(
            verify(&signed, TOKEN, at(1_790_000_100), day),
            Ok(WebUser { telegram_id: 1001, auth_date: at(1_790_000_000) })
        );
        // Another bot's token, a changed field, an old or future date, no hash, nothing.
        assert_eq!(verify(&signed, "999:other", at(1_790_000_100), day), Err(AuthError::BadSignature));
        let forged = signed.replace("1001", "1002");
        assert_eq!(verify(&forged, TOKEN, at(1_790_000_100), day), Err(AuthError::BadSignature));
        assert!(matches!(
            verify(&signed, TOKEN, at(1_790_000_000 + 86_401), day),
            Err(AuthError::Expired(_))
        ));
        assert!(matches!(verify(&signed, TOKEN, at(1_789_999_000), day), Err(AuthError::Expired(_))));
        let unsigned: String =
            signed.split('&').filter(|p| !p.starts_with("hash=")).collect::<Vec<_>>().join("&");
        assert_eq!(verify(&unsigned, TOKEN, at(1_790_000_100), day), Err(AuthError::Malformed));
        assert_eq!(verify("", TOKEN, at(1_790_000_100), day), Err(AuthError::Missing));
        assert_eq!(verify(&"a".repeat(5000), TOKEN, at(0), day), Err(AuthError::Malformed));
    }
}
