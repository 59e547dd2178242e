//! The preview of an import: the document, how many tasks it will make, what needs fixing,
//! and each proposed task with buttons to edit or drop it, paged; then how groups are assigned,
//! and confirm or cancel.

use crate::domain::proposal::{Assignee, Group};
use crate::domain::{Lang, Unit};
use crate::i18n::{Args, I18n, Key};
use crate::store::imports::{Import, Item};
use crate::text::fold::fold;
use crate::view::callback::{Callback, ImportAction};
use crate::view::markup::{escape, truncate};
use crate::view::message::{Button, Keyboard};
use crate::view::message::{button, keyboard};

/// Items per preview page.
pub const PER_PAGE: usize = 6;

/// What one page of the preview shows.
pub struct Preview<'a> {
    pub import: &'a Import,
    pub items: &'a [Item],
    pub units: &'a [Unit],
    /// How many tasks confirming makes.
    pub tasks: usize,
    /// Items kept without a lead that can be assigned, by label.
    pub unassigned: Vec<String>,
    pub page: usize,
}

/// An item's label: its number in the document, or its place in the preview.
pub fn label(item: &Item) -> String {
    item.proposal.item.clone().unwrap_or_else(|| format!("#{}", item.seq))
}

/// A group's name in messages.
pub fn group_key(group: Group) -> Key {
    match group {
        Group::Departments => Key::GroupDepartments,
        Group::Districts => Key::GroupDistricts,
        Group::Communes => Key::GroupCommunes,
    }
}

fn deadline_text(i18n: &I18n, lang: Lang, item: &Item) -> String {
    match item.proposal.deadline {
        Some(d) => i18n.t(lang, Key::ImportDeadline, &Args::new().raw("date", i18n.date(lang, d))),
        None => i18n.t0(lang, Key::ImportNoDeadline),
    }
}

/// An item's leads as the preview names them (HTML): units by their short names, groups with
/// what the document narrowed them to, agencies not registered flagged.
pub fn leads_text(i18n: &I18n, lang: Lang, item: &Item, units: &[Unit]) -> String {
    if item.proposal.leads.is_empty() {
        return i18n.t0(lang, Key::ImportNoLead);
    }
    item.proposal
        .leads
        .iter()
        .enumerate()
        .map(|(k, l)| match l {
            Assignee::Unit(id) => {
                escape(&units.iter().find(|u| u.id == *id).map(|u| u.short_name.clone()).unwrap_or_default())
            }
            Assignee::Group(g) => {
                // "UBND các xã, phường có dự án đi qua": the secretariat sees who the document
                // narrowed the group to, to drop the members it does not mean.
                let group = i18n.t0(lang, group_key(*g));
                // Spelling aside ("Ủy ban nhân dân các xã, phường", "các sở, ban, ngành tỉnh").
                let key = |s: &str| {
                    let f = fold(s).replace("uy ban nhan dan", "ubnd").replace(',', "");
                    f.trim_end_matches(" tinh").split_whitespace().collect::<Vec<_>>().join(" ")
                };
                match item.proposal.lead_names.get(k) {
                    Some(written) if key(written) != key(&group) => i18n.t(
                        lang,
                        Key::ImportGroupAsWritten,
                        &Args::new().raw("group", group).text("name", written),
                    ),
                    _ => group,
                }
            }
            Assignee::Unknown(name) => i18n.t(lang, Key::ImportUnknownUnit, &Args::new().text("name", name)),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A page of the preview and its buttons.
pub fn page(i18n: &I18n, lang: Lang, shown: &Preview<'_>) -> (String, Keyboard) {
    let Preview { import: header, items, units, tasks, page, .. } = shown;
    let (tasks, page) = (*tasks, *page);
    let id = header.id;
    let mut text = vec![
        i18n.t(
            lang,
            Key::ImportPreview,
            &Args::new()
                .text("name", &header.name)
                .text("source", header.source_document.clone().unwrap_or_default())
                .num("items", items.len() as f64)
                .num("kept", items.iter().filter(|i| !i.dropped).count() as f64)
                .num("tasks", tasks as f64),
        ),
    ];
    let missing = &shown.unassigned;
    if !missing.is_empty() {
        text.push(i18n.t(
            lang,
            Key::ImportProblems,
            &Args::new().num("count", missing.len() as f64).text("labels", missing.join(", ")),
        ));
    }
    let pages = items.len().div_ceil(PER_PAGE).max(1);
    let page = page.min(pages - 1);
    let mut rows: Vec<Vec<Button>> = Vec::new();
    for item in items.iter().skip(page * PER_PAGE).take(PER_PAGE) {
        let co = if item.proposal.co_units.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = item
                .proposal
                .co_units
                .iter()
                .filter_map(|c| units.iter().find(|u| u.id == *c).map(|u| u.short_name.clone()))
                .collect();
            i18n.t(lang, Key::ImportCoUnits, &Args::new().text("units", names.join(", ")))
        };
        let line = i18n.t(
            lang,
            Key::ImportItem,
            &Args::new()
                .text("label", label(item))
                .html("leads", leads_text(i18n, lang, item, units))
                .html("co", co)
                .html("deadline", deadline_text(i18n, lang, item))
                .text("text", truncate(&item.proposal.text, 160)),
        );
        text.push(String::new());
        text.push(if item.dropped { format!("<s>{line}</s>") } else { line });
        let l = label(item);
        let toggle = if item.dropped { format!("↩ {l}") } else { format!("🗑 {l}") };
        rows.push(vec![
            button(format!("✏️ {l}"), Callback::Import { id, action: ImportAction::Edit(item.seq) }),
            button(toggle, Callback::Import { id, action: ImportAction::Toggle(item.seq) }),
        ]);
    }
    if pages > 1 {
        text.push(String::new());
        text.push(i18n.t(
            lang,
            Key::ImportPage,
            &Args::new().num("page", (page + 1) as f64).num("pages", pages as f64),
        ));
        let mut nav = Vec::new();
        if page > 0 {
            nav.push(button(
                i18n.t0(lang, Key::BtnPrev),
                Callback::Import { id, action: ImportAction::Page(page as u32 - 1) },
            ));
        }
        if page + 1 < pages {
            nav.push(button(
                i18n.t0(lang, Key::BtnNext),
                Callback::Import { id, action: ImportAction::Page(page as u32 + 1) },
            ));
        }
        rows.push(nav);
    }
    if items.iter().any(|i| i.proposal.leads.iter().any(|l| matches!(l, Assignee::Group(_)))) {
        let (key, split) = if header.split_groups {
            (Key::BtnImportGroupsSplit, false)
        } else {
            (Key::BtnImportGroupsJoint, true)
        };
        rows.push(vec![button(
            i18n.t0(lang, key),
            Callback::Import { id, action: ImportAction::Split(split) },
        )]);
    }
    rows.push(vec![
        button(i18n.t0(lang, Key::BtnImportConfirm), Callback::Import { id, action: ImportAction::Confirm }),
        button(i18n.t0(lang, Key::BtnCancel), Callback::Import { id, action: ImportAction::Cancel }),
    ]);
    (text.join("\n"), keyboard(rows))
}
