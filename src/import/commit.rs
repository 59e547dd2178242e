//! The one place a reviewed import becomes tasks: every kept item, once per lead unit (a group
//! named as lead becomes one task per member unit, or one task for the group), with its
//! reminders planned and its card queued for the lead unit's officers. Runs in the caller's
//! transaction, so an import is all or nothing.

use chrono::Datelike;
use sqlx::SqliteConnection;

use super::{Assignee, Group};
use crate::app::App;
use crate::domain::{Task, Unit};
use crate::i18n::Key;
use crate::store::{self, imports::Item, tasks::Every, tasks::NewTask};
use crate::text::deadline::{self, Context};
use crate::view::cards;
use crate::view::message::Purpose;

/// Why an import cannot be committed.
#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    /// Items without a registered lead unit (their labels).
    #[error("items without a lead unit: {0:?}")]
    Unassigned(Vec<String>),
    #[error("the import was already confirmed or cancelled")]
    Closed,
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

impl From<sqlx::Error> for CommitError {
    fn from(e: sqlx::Error) -> Self {
        CommitError::Store(e.into())
    }
}

/// The label of an item in messages: its number in the document, or its position.
pub use crate::view::import_preview::label;

/// Items kept but without a lead the bot can assign.
pub fn unassigned(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .filter(|i| !i.dropped)
        .filter(|i| {
            i.proposal.leads.is_empty() || i.proposal.leads.iter().any(|l| matches!(l, Assignee::Unknown(_)))
        })
        .map(label)
        .collect()
}

/// The unit that stands for a whole group when it is assigned as one task.
async fn group_unit(conn: &mut SqliteConnection, app: &App, group: Group) -> store::Result<i64> {
    let key = crate::view::import_preview::group_key(group);
    let name = app.i18n.t0(app.config.locale, key);
    let plain = crate::view::markup::plain(&name);
    let units = store::units::list(conn).await?;
    if let Some(u) = units.iter().find(|u| u.name == plain) {
        return Ok(u.id);
    }
    match store::units::add(conn, &plain, &plain, &[], app.now()).await {
        Ok(id) => Ok(id),
        Err(store::units::UnitError::Store(e)) => Err(e),
        // Registered but inactive: a unit of that name exists; use it.
        Err(store::units::UnitError::NameTaken) => {
            let id: Option<i64> = store::units::id_by_name(conn, &plain).await?;
            id.ok_or_else(|| store::StoreError::Corrupt { table: "units", column: "name", value: plain })
        }
    }
}

/// How many tasks the kept items make.
pub fn task_count(items: &[Item], units: &[Unit], split: bool) -> usize {
    items
        .iter()
        .filter(|i| !i.dropped)
        .map(|i| {
            i.proposal
                .leads
                .iter()
                .map(|l| match l {
                    Assignee::Group(g) if split => g.members(units).len(),
                    _ => 1,
                })
                .sum::<usize>()
        })
        .sum()
}

/// Creates the tasks of import `id`; returns their ids.
pub async fn commit(
    conn: &mut SqliteConnection,
    app: &App,
    id: i64,
    by: Option<i64>,
) -> Result<Vec<i64>, CommitError> {
    let Some(import) = store::imports::get(conn, id).await? else { return Err(CommitError::Closed) };
    if import.state != "draft" {
        return Err(CommitError::Closed);
    }
    let items = store::imports::items(conn, id).await?;
    let missing = unassigned(&items);
    if !missing.is_empty() {
        return Err(CommitError::Unassigned(missing));
    }
    let units = store::units::list(conn).await?;
    let now = app.now();
    let today = app.today();
    let mut created = Vec::new();
    for item in items.iter().filter(|i| !i.dropped) {
        let p = &item.proposal;
        let mut leads: Vec<i64> = Vec::new();
        for lead in &p.leads {
            match lead {
                Assignee::Unit(u) => leads.push(*u),
                Assignee::Group(g) if import.split_groups => leads.extend(g.members(&units)),
                Assignee::Group(g) => leads.push(group_unit(conn, app, *g).await?),
                Assignee::Unknown(_) => {}
            }
        }
        leads.dedup();
        // "báo cáo trước ngày 20 hằng tháng": a recurring task, first due on the next 20th.
        let repeating = p
            .deadline_text
            .as_deref()
            .and_then(|t| deadline::read_repeating(t, Context::chat(today)))
            .filter(|r| r.every.has_day());
        let (deadline, every) = match repeating {
            Some(r) => match r.every.next_on_or_after(r.from.map_or(today, |f| f.max(today))) {
                Some(first) => (Some(first), Some(Every { rule: r.every, until: r.until })),
                None => (p.deadline, None),
            },
            None => (p.deadline, None),
        };
        for lead in leads {
            let task = NewTask {
                text: p.text.clone(),
                lead_unit_id: lead,
                co_unit_ids: p.co_units.iter().copied().filter(|c| *c != lead).collect(),
                deadline,
                programme: p.programme,
                source_document: p.source_document.clone().or_else(|| import.source_document.clone()),
                item_number: p.item.clone(),
                year: deadline.or(import.doc_date).map(|d| d.year()),
                every,
            };
            let task_id = store::tasks::create(conn, &task, by, now).await?;
            // The caller tells the scheduler after its commit.
            crate::reminders::replan(conn, app, task_id).await?;
            created.push(task_id);
        }
    }
    store::imports::close(conn, id, "confirmed", Some(created.len() as i64), now).await?;
    store::audit::record(
        conn,
        by,
        "import.confirmed",
        "import",
        Some(id),
        serde_json::json!({ "name": import.name, "tasks": created }),
        now,
    )
    .await?;
    for task_id in &created {
        if let Some(task) = store::tasks::get(conn, *task_id).await? {
            notify_officers(conn, app, &task).await?;
        }
    }
    Ok(created)
}

/// Queues the new task's card to its lead unit's officers.
async fn notify_officers(conn: &mut SqliteConnection, app: &App, task: &Task) -> store::Result<()> {
    let today = app.today();
    for (officer, _) in crate::reminders::reached_officers(conn, task.lead.id, today, false).await? {
        let lang = officer.lang.unwrap_or(app.config.locale);
        let mut out = cards::assigned(app, lang, task, Key::TaskAssignedNotice);
        out.chat_id = officer.telegram_id;
        out.purpose = Purpose::TaskCard;
        for part in out.split() {
            store::outbox::enqueue(conn, &part.into_new_message(), app.now()).await?;
        }
    }
    Ok(())
}

/// The preview's leads of an item as plain text (the CLI): the same words as in Telegram.
pub fn lead_names(item: &Item, units: &[Unit], app: &App) -> String {
    crate::view::markup::plain(&crate::view::import_preview::leads_text(
        &app.i18n,
        app.config.locale,
        item,
        units,
    ))
}
