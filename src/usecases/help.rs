//! `/start` and `/help`: what dondoc is, how to get registered, and the commands a member's
//! role may use, each with an example.

use super::commands::Command;
use super::who::Who;
use super::{Ctx, HandlerResult};
use crate::domain::{Member, Role};
use crate::i18n::{Args, Key};

/// `/start` without a code.
pub async fn start(cx: &mut Ctx<'_, '_>) -> HandlerResult {
    let text = match &cx.who.member {
        Some(member) => welcome_member(cx, member),
        None => stranger_text(cx),
    };
    cx.reply(text).await
}

/// `/help`.
pub async fn help(cx: &mut Ctx<'_, '_>) -> HandlerResult {
    let text = match &cx.who.member {
        Some(member) => commands_for(cx, member.role, cx.who),
        None => stranger_text(cx),
    };
    cx.reply(text).await
}

/// What an unregistered person is told, whatever they send.
pub fn stranger_text(cx: &Ctx<'_, '_>) -> String {
    let args = Args::new().raw("user_id", cx.who.user_id.to_string());
    cx.app.i18n.t(cx.who.lang, Key::WelcomeStranger, &args)
}

pub fn welcome_member(cx: &Ctx<'_, '_>, member: &Member) -> String {
    let i18n = &cx.app.i18n;
    let lang = cx.who.lang;
    let unit = match &member.unit {
        Some(u) => i18n.t(lang, Key::WelcomeUnit, &Args::new().text("unit", &u.short_name)),
        None => String::new(),
    };
    let args = Args::new()
        .text("name", &member.display_name)
        .html("role", role_name(cx, member.role))
        .html("unit", unit)
        .html("commands", commands_for(cx, member.role, cx.who));
    i18n.t(lang, Key::WelcomeMember, &args)
}

/// The commands `role` may use where `who` is writing, one example each.
pub fn commands_for(cx: &Ctx<'_, '_>, role: Role, who: &Who) -> String {
    let i18n = &cx.app.i18n;
    let lang = who.lang;
    let mut out = i18n.t0(lang, Key::HelpHeader);
    for command in Command::ALL {
        let allowed = command.action().is_none_or(|a| role.may(a));
        let here = who.is_private() || command.in_groups();
        if !allowed || !here || command == Command::Start {
            continue;
        }
        let args = Args::new()
            .raw("command", format!("/{}", command.name()))
            .html("description", i18n.t0(lang, command.description()))
            .html("example", i18n.t0(lang, command.example()));
        out.push('\n');
        out.push_str(&i18n.t(lang, Key::HelpLine, &args));
    }
    out.push_str("\n\n");
    out.push_str(&i18n.t0(lang, Key::HelpFooter));
    out
}

pub fn role_name(cx: &Ctx<'_, '_>, role: Role) -> String {
    let key = match role {
        Role::Chair => Key::RoleChair,
        Role::Deputy => Key::RoleDeputy,
        Role::Secretariat => Key::RoleSecretariat,
        Role::Officer => Key::RoleOfficer,
    };
    cx.app.i18n.t0(cx.who.lang, key)
}

/// Why a member may not use `command`: who may, and what they are.
pub fn denied_text(cx: &Ctx<'_, '_>, command: Command) -> String {
    let allowed: Vec<String> = Role::ALL
        .into_iter()
        .filter(|r| command.action().is_none_or(|a| r.may(a)))
        .map(|r| role_name(cx, r))
        .collect();
    let own = cx.who.member.as_ref().map(|m| role_name(cx, m.role)).unwrap_or_default();
    let args = Args::new()
        .raw("command", format!("/{}", command.name()))
        .html("roles", allowed.join(", "))
        .html("role", own);
    cx.app.i18n.t(cx.who.lang, Key::Denied, &args)
}
