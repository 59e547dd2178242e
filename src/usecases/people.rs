//! Registration and membership: invites and their deep links, `/start <code>`, the member
//! list and role changes, committee groups (`/nhom`), and each member's language.

use chrono::Duration;

use super::dialogue::State;
use super::help::{role_name, welcome_member};
use super::units::{self, Resolved};
use super::{Ctx, HandlerResult, UseCaseError};
use crate::domain::{Action, Lang, Role, Unit};
use crate::i18n::{Args, Key};
use crate::store::{self, invites::InviteError};
use crate::text::fold::fold;
use crate::view::callback::Callback;
use crate::view::message::Outgoing;

/// How long an invite link stays valid.
const INVITE_VALIDITY_DAYS: i64 = 7;

/// `/start <code>`: registers the sender with the invite's unit and role.
pub async fn redeem_invite(cx: &mut Ctx<'_, '_>, code: &str) -> HandlerResult {
    if !cx.who.is_private() {
        let text = cx.t(Key::UsePrivateChat);
        return cx.reply(text).await;
    }
    let (user, name, now) = (cx.who.user_id, cx.who.name.clone(), cx.turn.now());
    let redeemed = match store::invites::redeem(cx.db(), code.trim(), user, &name, now).await {
        Ok(r) => r,
        Err(InviteError::Store(e)) => return Err(e.into()),
        Err(e) => {
            let key = match e {
                InviteError::Used => Key::InviteUsed,
                InviteError::Expired => Key::InviteExpired,
                _ => Key::InviteUnknown,
            };
            let text = format!("{}\n\n{}", cx.t(key), super::help::stranger_text(cx));
            return cx.reply(text).await;
        }
    };
    let member = redeemed.member;
    store::audit::record(
        cx.db(),
        Some(member.id),
        "member.registered",
        "member",
        Some(member.id),
        serde_json::json!({ "role": member.role.as_str(), "unit": member.unit.as_ref().map(|u| u.id) }),
        now,
    )
    .await?;
    let text = welcome_member(cx, &member);
    cx.reply(text).await?;
    if let Some(inviter) = redeemed.invited_by
        && let Some(inviter) = store::members::by_id(cx.db(), inviter).await?
    {
        let i18n = &cx.app.i18n;
        let unit = member.unit.as_ref().map(|u| u.short_name.clone()).unwrap_or_default();
        let role = member.role;
        let who = member.display_name.clone();
        cx.notify(&inviter, |lang| {
            let args = Args::new()
                .text("name", &who)
                .html("role", i18n.t0(lang, role_key(role)))
                .text("unit", &unit);
            Outgoing::text(0, i18n.t(lang, Key::InviteRedeemedNotice, &args))
        })
        .await?;
    }
    Ok(())
}

pub fn role_key(role: Role) -> Key {
    match role {
        Role::Chair => Key::RoleChair,
        Role::Deputy => Key::RoleDeputy,
        Role::Secretariat => Key::RoleSecretariat,
        Role::Officer => Key::RoleOfficer,
    }
}

/// A role as typed after `/moi` (English or Vietnamese, with or without diacritics).
fn parse_role(folded: &str) -> Option<Role> {
    Some(match folded {
        "officer" | "can bo" | "can bo dau moi" | "dau moi" | "cb" => Role::Officer,
        "secretariat"
        | "co quan thuong truc"
        | "cqtt"
        | "to giup viec"
        | "thuong truc"
        | "giup viec"
        | "tgv" => Role::Secretariat,
        "deputy" | "pho truong ban" | "pho ban" | "ptb" => Role::Deputy,
        "chair" | "truong ban" | "tb" => Role::Chair,
        _ => return None,
    })
}

/// Splits `/moi` arguments into the unit and the role (officer when none is named).
fn split_invite_args(args: &str) -> (String, Role) {
    if let Some((unit, role)) = args.rsplit_once('|')
        && let Some(role) = parse_role(&fold(role))
    {
        return (unit.trim().to_string(), role);
    }
    let words: Vec<&str> = args.split_whitespace().collect();
    for take in (1..=4.min(words.len().saturating_sub(1))).rev() {
        let tail = words[words.len() - take..].join(" ");
        if let Some(role) = parse_role(&fold(&tail)) {
            return (words[..words.len() - take].join(" "), role);
        }
    }
    (args.trim().to_string(), Role::Officer)
}

/// `/moi <unit> [role]`: an invite link for that unit and role.
pub async fn invite(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let (unit_text, role) = split_invite_args(args);
    if unit_text.is_empty() {
        let state = State::InviteUnit { role: role.as_str().into() };
        return units::ask_unit(cx, state, Key::InviteAskUnit, 0, false).await;
    }
    match units::resolve(cx, &unit_text).await? {
        Resolved::One(unit) => create_invite(cx, &unit, role).await,
        Resolved::Many(candidates) => {
            let state = State::InviteUnit { role: role.as_str().into() };
            units::ask_among(cx, state, &candidates).await
        }
        Resolved::NotFound => units::say_not_found(cx, &unit_text).await,
    }
}

pub async fn invite_unit_input(cx: &mut Ctx<'_, '_>, role: &str, text: &str) -> HandlerResult {
    match units::resolve(cx, text).await? {
        Resolved::One(unit) => {
            cx.clear_state().await?;
            create_invite(cx, &unit, State::invite_role(role)).await
        }
        Resolved::Many(candidates) => {
            let state = State::InviteUnit { role: role.into() };
            units::ask_among(cx, state, &candidates).await
        }
        Resolved::NotFound => units::say_not_found(cx, text).await,
    }
}

pub async fn invite_unit_button(
    cx: &mut Ctx<'_, '_>,
    role: &str,
    callback: Callback,
) -> Result<Option<String>, UseCaseError> {
    match callback {
        Callback::Unit { unit } => {
            let Some(unit) = store::units::get(cx.db(), unit).await? else {
                return Ok(Some(cx.t(Key::ButtonStale)));
            };
            cx.clear_state().await?;
            create_invite(cx, &unit, State::invite_role(role)).await?;
            Ok(None)
        }
        Callback::UnitPage { page } => {
            let state = State::InviteUnit { role: role.into() };
            units::ask_unit(cx, state, Key::InviteAskUnit, page, true).await?;
            Ok(None)
        }
        _ => Ok(Some(cx.t(Key::ButtonStale))),
    }
}

async fn create_invite(cx: &mut Ctx<'_, '_>, unit: &Unit, role: Role) -> HandlerResult {
    let now = cx.turn.now();
    let expires = now + Duration::days(INVITE_VALIDITY_DAYS);
    let by = cx.member_id();
    let code = store::invites::create(cx.db(), unit.id, role, by, now, expires).await?;
    store::audit::record(
        cx.db(),
        by,
        "invite.created",
        "unit",
        Some(unit.id),
        serde_json::json!({ "role": role.as_str() }),
        now,
    )
    .await?;
    let link = format!("{}{code}", cx.channel.invite_prefix);
    let expires_local = cx.app.i18n.datetime(cx.lang(), expires, cx.app.config.tz);
    let args = Args::new()
        .html("role", role_name(cx, role))
        .text("unit", &unit.short_name)
        .text("link", link)
        .raw("expires", expires_local);
    let text = cx.ta(Key::InviteCreated, &args);
    cx.reply(text).await
}

/// `/thanhvien`: members by unit with whether Telegram reaches them; for the secretariat,
/// `/thanhvien vaitro #id <role>` and `/thanhvien xoa #id`.
pub async fn members(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let folded = fold(args);
    let words: Vec<&str> = folded.split_whitespace().collect();
    match words.first().copied() {
        None => list_members(cx).await,
        Some("vaitro" | "vai" | "role" | "doi") => change_role(cx, &words[1..]).await,
        Some("xoa" | "remove" | "bo") => remove_member(cx, &words[1..]).await,
        Some(_) => {
            let text = cx.t(Key::MembersUsage);
            cx.reply(text).await
        }
    }
}

async fn list_members(cx: &mut Ctx<'_, '_>) -> HandlerResult {
    let all = store::members::all(cx.db()).await?;
    if all.is_empty() {
        let text = cx.t(Key::MembersNone);
        return cx.reply(text).await;
    }
    let mut out = vec![cx.ta(Key::MembersHeader, &Args::new().num("count", all.len() as f64))];
    let mut current_unit: Option<Option<i64>> = None;
    for m in &all {
        let unit = m.unit.as_ref().map(|u| u.id);
        if current_unit != Some(unit) {
            current_unit = Some(unit);
            let name = m.unit.as_ref().map(|u| u.short_name.clone());
            out.push(String::new());
            out.push(match name {
                Some(n) => cx.ta(Key::MembersUnit, &Args::new().text("unit", n)),
                None => cx.t(Key::MembersNoUnit),
            });
        }
        let args = Args::new()
            .raw("id", m.id.to_string())
            .text("name", &m.display_name)
            .html("role", role_name(cx, m.role))
            .raw("reachable", if m.reachable { "yes" } else { "no" });
        out.push(cx.ta(Key::MembersLine, &args));
    }
    if cx.member().role.may(Action::ManageMembers) {
        out.push(String::new());
        out.push(cx.t(Key::MembersUsage));
    }
    cx.reply(out.join("\n")).await
}

fn member_id(word: Option<&&str>) -> Option<i64> {
    word.and_then(|w| w.trim_start_matches('#').parse::<i64>().ok())
}

async fn change_role(cx: &mut Ctx<'_, '_>, words: &[&str]) -> HandlerResult {
    if !cx.member().role.may(Action::ManageMembers) {
        let text = cx.t(Key::DeniedManageMembers);
        return cx.reply(text).await;
    }
    let id = member_id(words.first());
    let role = parse_role(&words.get(1..).unwrap_or(&[]).join(" "));
    let (Some(id), Some(role)) = (id, role) else {
        let text = cx.t(Key::MembersUsage);
        return cx.reply(text).await;
    };
    let now = cx.turn.now();
    let Some(target) = store::members::by_id(cx.db(), id).await? else {
        let text = cx.ta(Key::MemberUnknown, &Args::new().raw("id", id.to_string()));
        return cx.reply(text).await;
    };
    store::members::set_role(cx.db(), id, role, now).await?;
    let by = cx.member_id();
    store::audit::record(
        cx.db(),
        by,
        "member.role",
        "member",
        Some(id),
        serde_json::json!({ "before": target.role.as_str(), "after": role.as_str() }),
        now,
    )
    .await?;
    let args = Args::new().text("name", &target.display_name).html("role", role_name(cx, role));
    let text = cx.ta(Key::MemberRoleChanged, &args);
    cx.reply(text).await
}

async fn remove_member(cx: &mut Ctx<'_, '_>, words: &[&str]) -> HandlerResult {
    if !cx.member().role.may(Action::ManageMembers) {
        let text = cx.t(Key::DeniedManageMembers);
        return cx.reply(text).await;
    }
    let Some(id) = member_id(words.first()) else {
        let text = cx.t(Key::MembersUsage);
        return cx.reply(text).await;
    };
    let now = cx.turn.now();
    let Some(target) = store::members::by_id(cx.db(), id).await? else {
        let text = cx.ta(Key::MemberUnknown, &Args::new().raw("id", id.to_string()));
        return cx.reply(text).await;
    };
    store::members::deactivate(cx.db(), id, now).await?;
    let by = cx.member_id();
    store::audit::record(cx.db(), by, "member.removed", "member", Some(id), serde_json::json!({}), now)
        .await?;
    let text = cx.ta(Key::MemberRemoved, &Args::new().text("name", &target.display_name));
    cx.reply(text).await
}

/// `/nhom`, sent in a group: registers it as the committee's.
pub async fn register_group(cx: &mut Ctx<'_, '_>) -> HandlerResult {
    if cx.who.is_private() {
        let text = cx.t(Key::GroupUseInGroup);
        return cx.reply(text).await;
    }
    let allowed = cx.who.member.as_ref().is_some_and(|m| m.role.may(Action::RegisterGroup));
    if !allowed {
        let text = cx.t(Key::GroupRegisterDenied);
        return cx.reply(text).await;
    }
    let title = cx.who.chat_title.clone().unwrap_or_default();
    let (chat, by, now) = (cx.who.chat_id, cx.member_id(), cx.turn.now());
    let fresh = store::groups::register(cx.db(), chat, &title, by, now).await?;
    if fresh {
        store::audit::record(
            cx.db(),
            by,
            "group.registered",
            "group",
            Some(chat),
            serde_json::json!({ "title": title }),
            now,
        )
        .await?;
    }
    let text = cx.t(if fresh { Key::GroupRegistered } else { Key::GroupAlreadyRegistered });
    cx.reply(text).await
}

/// `/ngonngu vi|en`.
pub async fn language(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let Ok(lang) = args.parse::<Lang>() else {
        let text = cx.t(Key::LanguageUsage);
        return cx.reply(text).await;
    };
    let (id, now) = (cx.member().id, cx.turn.now());
    store::members::set_language(cx.db(), id, lang, now).await?;
    let text = cx.app.i18n.t0(lang, Key::LanguageSet);
    cx.reply(text).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_role_of_an_invite_is_read_from_the_end_of_the_arguments() {
        assert_eq!(split_invite_args("Sở Tư pháp"), ("Sở Tư pháp".into(), Role::Officer));
        assert_eq!(split_invite_args("Sở Tư pháp officer"), ("Sở Tư pháp".into(), Role::Officer));
        assert_eq!(split_invite_args("UBND tỉnh chair"), ("UBND tỉnh".into(), Role::Chair));
        assert_eq!(split_invite_args("Sở TT&TT tổ giúp việc"), ("Sở TT&TT".into(), Role::Secretariat));
        assert_eq!(split_invite_args("Sở KH&CN cơ quan thường trực"), ("Sở KH&CN".into(), Role::Secretariat));
        assert_eq!(
            split_invite_args("UBND phường Bình Minh cán bộ"),
            ("UBND phường Bình Minh".into(), Role::Officer)
        );
        assert_eq!(split_invite_args("UBND tỉnh | phó trưởng ban"), ("UBND tỉnh".into(), Role::Deputy));
        assert_eq!(
            split_invite_args("Văn phòng UBND tỉnh deputy"),
            ("Văn phòng UBND tỉnh".into(), Role::Deputy)
        );
    }
}
