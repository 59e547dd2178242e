//! `/donvi`: listing, adding and renaming units; and, for every command that takes a unit,
//! matching what was typed and asking with buttons when it matches several.

use super::dialogue::State;
use super::{Ctx, HandlerResult};
use crate::domain::{Action, Unit};
use crate::i18n::{Args, Key};
use crate::store::{self, units::UnitError};
use crate::text::fold::fold;
use crate::text::units::{UnitMatch, UnitNames, match_unit};
use crate::view::callback::Callback;
use crate::view::message::Button;
use crate::view::message::{button, keyboard, pager};

/// Unit buttons per page when asking for a unit.
const UNITS_PER_PAGE: usize = 12;
/// At most this many candidates are offered for an ambiguous name.
const MAX_CANDIDATES: usize = 12;

/// What a typed unit name matched.
pub enum Resolved {
    One(Unit),
    Many(Vec<Unit>),
    NotFound,
}

/// Matches `typed` against the registered units (case, diacritics and aliases tolerant).
pub async fn resolve(cx: &mut Ctx<'_, '_>, typed: &str) -> crate::store::Result<Resolved> {
    let units = store::units::list(cx.db()).await?;
    Ok(resolve_in(&units, typed))
}

pub fn resolve_in(units: &[Unit], typed: &str) -> Resolved {
    let names: Vec<UnitNames> = units.iter().map(|u| UnitNames { id: u.id, names: u.all_names() }).collect();
    let find = |id: i64| units.iter().find(|u| u.id == id).cloned();
    match match_unit(typed, &names) {
        UnitMatch::One(id) => find(id).map_or(Resolved::NotFound, Resolved::One),
        UnitMatch::Many(ids) => {
            Resolved::Many(ids.into_iter().filter_map(find).take(MAX_CANDIDATES).collect())
        }
        UnitMatch::NotFound => Resolved::NotFound,
    }
}

/// Asks for a unit with a page of buttons (all units), remembering `state`. A page button
/// (`turning`) edits the message it is under; otherwise the question is a new message.
pub async fn ask_unit(
    cx: &mut Ctx<'_, '_>,
    state: State,
    prompt: Key,
    page: u32,
    turning: bool,
) -> HandlerResult {
    let units = store::units::list(cx.db()).await?;
    if units.is_empty() {
        let text = cx.t(Key::UnitsNone);
        return cx.reply(text).await;
    }
    cx.set_state(&state).await?;
    let pages = units.len().div_ceil(UNITS_PER_PAGE).max(1);
    let page = (page as usize).min(pages - 1);
    let shown = &units[page * UNITS_PER_PAGE..((page + 1) * UNITS_PER_PAGE).min(units.len())];
    let mut rows = unit_rows(shown);
    rows.push(pager(&cx.app.i18n, cx.lang(), page, pages, |page| Callback::UnitPage { page }));
    rows.push(vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]);
    let text = cx.t(prompt);
    if turning {
        cx.edit_pressed(text, Some(keyboard(rows))).await
    } else {
        cx.reply_keyboard(text, keyboard(rows)).await
    }
}

/// Asks which of several matching units was meant.
pub async fn ask_among(cx: &mut Ctx<'_, '_>, state: State, candidates: &[Unit]) -> HandlerResult {
    cx.set_state(&state).await?;
    let mut rows = unit_rows(candidates);
    rows.push(vec![button(cx.t(Key::BtnCancel), Callback::Cancel)]);
    let text = cx.t(Key::UnitAmbiguous);
    cx.reply_keyboard(text, keyboard(rows)).await
}

fn unit_rows(units: &[Unit]) -> Vec<Vec<Button>> {
    units
        .chunks(2)
        .map(|pair| {
            pair.iter().map(|u| button(u.short_name.clone(), Callback::Unit { unit: u.id })).collect()
        })
        .collect()
}

pub async fn say_not_found(cx: &mut Ctx<'_, '_>, typed: &str) -> HandlerResult {
    let text = cx.ta(Key::UnitNotFound, &Args::new().text("name", typed));
    cx.reply(text).await
}

/// `/donvi`, `/donvi them …`, `/donvi doiten …`, `/donvi bidanh …`.
pub async fn command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let (head, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let sub = fold(head);
    let manage = matches!(sub.as_str(), "them" | "add" | "doiten" | "rename" | "sua" | "bidanh" | "alias");
    if manage && !cx.member().role.may(Action::ManageUnits) {
        let text = cx.t(Key::DeniedManageUnits);
        return cx.reply(text).await;
    }
    match sub.as_str() {
        "" => list(cx).await,
        "them" | "add" => add(cx, rest).await,
        "doiten" | "rename" | "sua" => rename(cx, rest).await,
        "bidanh" | "alias" => add_aliases(cx, rest).await,
        _ => {
            let text = cx.t(Key::UnitsUsage);
            cx.reply(text).await
        }
    }
}

async fn list(cx: &mut Ctx<'_, '_>) -> HandlerResult {
    let units = store::units::list(cx.db()).await?;
    let mut out = vec![cx.ta(Key::UnitsHeader, &Args::new().num("count", units.len() as f64))];
    if units.is_empty() {
        out.push(cx.t(Key::UnitsNone));
    }
    for u in &units {
        let aliases = if u.aliases.is_empty() {
            String::new()
        } else {
            cx.ta(Key::UnitsAliases, &Args::new().text("list", u.aliases.join(", ")))
        };
        let args = Args::new().text("short", &u.short_name).text("name", &u.name).html("aliases", aliases);
        out.push(cx.ta(Key::UnitsLine, &args));
    }
    if cx.member().role.may(Action::ManageUnits) {
        out.push(String::new());
        out.push(cx.t(Key::UnitsUsage));
    }
    cx.reply(out.join("\n")).await
}

fn fields(rest: &str) -> Vec<String> {
    rest.split('|').map(|f| f.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

fn aliases(field: Option<&String>) -> Vec<String> {
    field
        .map(|f| f.split([',', ';']).map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect())
        .unwrap_or_default()
}

/// `/donvi them <full name> | <short name> | <alias, alias>`.
async fn add(cx: &mut Ctx<'_, '_>, rest: &str) -> HandlerResult {
    let f = fields(rest);
    let name = f.first().cloned().unwrap_or_default();
    if name.is_empty() || name.chars().count() > 200 {
        let text = cx.t(Key::UnitsUsage);
        return cx.reply(text).await;
    }
    let short = f.get(1).filter(|s| !s.is_empty()).cloned().unwrap_or_else(|| name.clone());
    let aliases = aliases(f.get(2));
    let now = cx.turn.now();
    match store::units::add(cx.db(), &name, &short, &aliases, now).await {
        Ok(id) => {
            let by = cx.member_id();
            store::audit::record(
                cx.db(),
                by,
                "unit.added",
                "unit",
                Some(id),
                serde_json::json!({ "name": name, "short_name": short, "aliases": aliases }),
                now,
            )
            .await?;
            let text = cx.ta(Key::UnitAdded, &Args::new().text("short", &short).text("name", &name));
            cx.reply(text).await
        }
        Err(UnitError::NameTaken) => {
            let text = cx.ta(Key::UnitExists, &Args::new().text("name", &name));
            cx.reply(text).await
        }
        Err(UnitError::Store(e)) => Err(e.into()),
    }
}

/// `/donvi doiten <unit> | <new full name> [| <new short name>]`.
async fn rename(cx: &mut Ctx<'_, '_>, rest: &str) -> HandlerResult {
    let f = fields(rest);
    let (Some(old), Some(new_name)) = (f.first(), f.get(1).filter(|s| !s.is_empty())) else {
        let text = cx.t(Key::UnitsUsage);
        return cx.reply(text).await;
    };
    let unit = match resolve(cx, old).await? {
        Resolved::One(u) => u,
        Resolved::Many(c) => return say_ambiguous_text(cx, &c).await,
        Resolved::NotFound => return say_not_found(cx, old).await,
    };
    let short = f.get(2).filter(|s| !s.is_empty()).cloned().unwrap_or_else(|| unit.short_name.clone());
    let now = cx.turn.now();
    match store::units::rename(cx.db(), unit.id, new_name, &short, now).await {
        Ok(()) => {
            let by = cx.member_id();
            store::audit::record(
                cx.db(),
                by,
                "unit.renamed",
                "unit",
                Some(unit.id),
                serde_json::json!({ "before": [unit.name, unit.short_name], "after": [new_name, short] }),
                now,
            )
            .await?;
            let text = cx.ta(Key::UnitRenamed, &Args::new().text("short", &short).text("name", new_name));
            cx.reply(text).await
        }
        Err(UnitError::NameTaken) => {
            let text = cx.ta(Key::UnitExists, &Args::new().text("name", new_name));
            cx.reply(text).await
        }
        Err(UnitError::Store(e)) => Err(e.into()),
    }
}

/// `/donvi bidanh <unit> | <alias, alias>`.
async fn add_aliases(cx: &mut Ctx<'_, '_>, rest: &str) -> HandlerResult {
    let f = fields(rest);
    let new = aliases(f.get(1));
    let Some(typed) = f.first().filter(|_| !new.is_empty()) else {
        let text = cx.t(Key::UnitsUsage);
        return cx.reply(text).await;
    };
    let unit = match resolve(cx, typed).await? {
        Resolved::One(u) => u,
        Resolved::Many(c) => return say_ambiguous_text(cx, &c).await,
        Resolved::NotFound => return say_not_found(cx, typed).await,
    };
    let now = cx.turn.now();
    store::units::add_names(cx.db(), unit.id, &new).await?;
    let by = cx.member_id();
    store::audit::record(
        cx.db(),
        by,
        "unit.aliases",
        "unit",
        Some(unit.id),
        serde_json::json!({ "added": new }),
        now,
    )
    .await?;
    let text = cx.ta(
        Key::UnitAliasesAdded,
        &Args::new().text("short", &unit.short_name).text("aliases", new.join(", ")),
    );
    cx.reply(text).await
}

/// For commands that take the unit as text: name the candidates so the member can be precise.
async fn say_ambiguous_text(cx: &mut Ctx<'_, '_>, candidates: &[Unit]) -> HandlerResult {
    let names: Vec<&str> = candidates.iter().map(|u| u.name.as_str()).collect();
    let text = cx.ta(Key::UnitAmbiguousText, &Args::new().text("names", names.join("; ")));
    cx.reply(text).await
}
