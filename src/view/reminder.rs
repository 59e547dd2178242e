//! What a reminder says. For one task: a heading for the occasion (days left or late, in
//! working or calendar days as committees count them), the task card with its latest report,
//! and the status buttons. For several: a person's list for the day, as the office writes one
//! (their unit's tasks, those they receive in a unit's place, those escalated to them by
//! unit; overdue first, then by deadline), paged, with a row of buttons a task.

use chrono::NaiveDate;

use crate::app::App;
use crate::domain::schedule::Occasion;
use crate::domain::{Lang, Task, Timing};
use crate::i18n::{Args, Key};
use crate::store::absences::Away;
use crate::store::tasks::HistoryEntry;
use crate::view::callback::{Callback, StatusButton};
use crate::view::cards;
use crate::view::markup::MESSAGE_BUDGET;
use crate::view::message::{Button, Outgoing, button, keyboard, pager, paginate};

/// The card under every reminder, with the latest report in one line.
fn card(app: &App, lang: Lang, task: &Task, latest: Option<&HistoryEntry>) -> String {
    let i18n = &app.i18n;
    let mut text = cards::card(i18n, lang, app.config.tz, task, app.today(), &[]);
    let latest = match latest {
        Some(entry) => {
            cards::history_line(i18n, lang, app.config.tz, entry).trim_start_matches("• ").to_string()
        }
        None => i18n.t0(lang, Key::ReminderNoReportYet),
    };
    text.push('\n');
    text.push_str(&i18n.t(lang, Key::ReminderLatest, &Args::new().html("line", latest)));
    text
}

fn heading(app: &App, lang: Lang, task: &Task, occasion: Occasion) -> String {
    let i18n = &app.i18n;
    let today = app.today();
    let date = task.deadline.map(|d| i18n.date(lang, d)).unwrap_or_default();
    let args = Args::new().raw("code", task.code()).raw("date", date);
    match occasion {
        Occasion::Ahead(_) => {
            let left = task.deadline.map_or(0, |d| app.config.calendar.working_days_between(today, d));
            i18n.t(lang, Key::ReminderAhead, &args.num("days", left))
        }
        Occasion::Due => i18n.t(lang, Key::ReminderDue, &args),
        Occasion::Overdue(_) | Occasion::Escalation(_) => {
            let late = match task.timing(today) {
                Timing::DaysLate(n) => n,
                _ => 0,
            };
            let working = task.deadline.map_or(0, |d| app.config.calendar.working_days_between(d, today));
            let key = if matches!(occasion, Occasion::Escalation(_)) {
                Key::ReminderEscalation
            } else {
                Key::ReminderOverdue
            };
            i18n.t(
                lang,
                key,
                &args.num("days", late as f64).num("working", working).text("unit", &task.lead.short_name),
            )
        }
        Occasion::Quiet(_) => {
            i18n.t(lang, Key::ReminderQuiet, &args.num("days", quiet_days(app, task) as f64))
        }
    }
}

/// Days since the task's last report (or its creation).
fn quiet_days(app: &App, task: &Task) -> i64 {
    let since = task.last_report_at.unwrap_or(task.created_at);
    (app.now() - since).num_days().max(0)
}

/// A reminder to an officer of the lead unit (or of a co-operating unit, named `lead`).
pub fn to_unit(
    app: &App,
    lang: Lang,
    task: &Task,
    occasion: Occasion,
    latest: Option<&HistoryEntry>,
    lead: Option<&str>,
) -> Outgoing {
    let mut text = heading(app, lang, task, occasion);
    if let Some(lead) = lead {
        text.push('\n');
        text.push_str(&app.i18n.t(lang, Key::ReminderCoUnit, &Args::new().text("unit", lead)));
    }
    let body = format!("{text}\n\n{}", card(app, lang, task, latest));
    Outgoing::text(0, body).keyboard(cards::status_keyboard(&app.i18n, lang, task.id)).about(task.id)
}

/// The escalation to the chair, deputies and secretariat.
pub fn escalation(app: &App, lang: Lang, task: &Task, latest: Option<&HistoryEntry>) -> Outgoing {
    let text = heading(app, lang, task, Occasion::Escalation(0));
    Outgoing::text(0, format!("{text}\n\n{}", card(app, lang, task, latest))).about(task.id)
}

/// The reminder the unit could not get, sent to the secretariat with the reason.
pub fn fallback(
    app: &App,
    lang: Lang,
    task: &Task,
    occasion: Occasion,
    latest: Option<&HistoryEntry>,
    why: Unreached,
) -> Outgoing {
    let key = match why {
        Unreached::NoOfficer => Key::ReminderFallbackNoOfficer,
        Unreached::Blocked => Key::ReminderFallbackBlocked,
        Unreached::Away => Key::ReminderFallbackAway,
    };
    let why = app.i18n.t(lang, key, &Args::new().text("unit", &task.lead.short_name));
    let text = format!("{why}\n{}\n\n{}", heading(app, lang, task, occasion), card(app, lang, task, latest));
    Outgoing::text(0, text).about(task.id)
}

/// Why a unit's reminder went to the secretariat instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreached {
    /// The unit has no officer registered.
    NoOfficer,
    /// Its officers blocked the bot.
    Blocked,
    /// Its officers are away (`/vang`), or away and blocked.
    Away,
}

impl Unreached {
    pub const fn as_str(self) -> &'static str {
        match self {
            Unreached::NoOfficer => "no_officer",
            Unreached::Blocked => "blocked",
            Unreached::Away => "away",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "no_officer" => Unreached::NoOfficer,
            "blocked" => Unreached::Blocked,
            "away" => Unreached::Away,
            _ => return None,
        })
    }
}

/// A reminder to an officer standing in for an absent colleague, saying so above it.
pub fn standing_in(app: &App, lang: Lang, out: Outgoing, away: &crate::store::absences::Away) -> Outgoing {
    let args = Args::new().text("who", &away.member_name).raw("date", app.i18n.date(lang, away.ends_on));
    let note = app.i18n.t(lang, Key::AwayStandingInNote, &args);
    let mut out = out;
    if let super::message::Body::Text { text, .. } = &mut out.body {
        *text = format!("{note}\n{text}");
    }
    out
}

/// A line of a person's list: a task, why it is reminded that day, and the person's part in it.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    pub task: &'a Task,
    pub occasion: Occasion,
    pub role: ItemRole<'a>,
}

/// The recipient's part in a task of their list.
#[derive(Debug, Clone, Copy)]
pub enum ItemRole<'a> {
    /// An officer of the lead unit, maybe covering a colleague away.
    Lead { away: Option<&'a Away> },
    /// An officer of a co-operating unit (the first overdue notice).
    CoUnit,
    /// The secretariat, in place of a unit no officer of which could be reached.
    Fallback(Unreached),
    /// A leader, the task escalated.
    Leadership,
}

impl ItemRole<'_> {
    /// The list's sections, in order: the person's own units' tasks, then the units'
    /// reminders received in their place, then the escalations.
    fn section(&self) -> u8 {
        match self {
            ItemRole::Lead { .. } | ItemRole::CoUnit => 0,
            ItemRole::Fallback(_) => 1,
            ItemRole::Leadership => 2,
        }
    }

    /// Whether the recipient reports on the task (buttons to do it under the list).
    fn reports(&self) -> bool {
        self.section() == 0
    }
}

/// One task's reminder, in the form each recipient got before lists.
pub fn single(app: &App, lang: Lang, item: &Item, latest: Option<&HistoryEntry>) -> Outgoing {
    match item.role {
        ItemRole::Lead { away } => {
            let out = to_unit(app, lang, item.task, item.occasion, latest, None);
            match away {
                Some(away) => standing_in(app, lang, out, away),
                None => out,
            }
        }
        ItemRole::CoUnit => {
            to_unit(app, lang, item.task, item.occasion, latest, Some(&item.task.lead.short_name))
        }
        ItemRole::Fallback(why) => fallback(app, lang, item.task, item.occasion, latest, why),
        ItemRole::Leadership => escalation(app, lang, item.task, latest),
    }
}

/// Tasks a page of a list shows at most: each has a row of buttons under it.
pub const LIST_PER_PAGE: usize = 8;
/// Room kept on a page for the heading, the sections' and units' titles and the footer.
const LIST_MARGIN: usize = 1_000;

/// Page `page` of a person's list for `day`; `key` (its first reminder) names the list in its
/// page buttons.
pub fn list(app: &App, lang: Lang, mut items: Vec<Item>, key: i64, day: NaiveDate, page: usize) -> Outgoing {
    let i18n = &app.i18n;
    let today = app.today();
    // Overdue first, then by deadline, as the office lists them; escalations by unit.
    items.sort_by(|a, b| {
        let unit =
            |i: &Item| if i.role.section() == 2 { i.task.lead.short_name.clone() } else { String::new() };
        (a.role.section(), unit(a), a.task.deadline.is_none(), a.task.deadline, a.task.id).cmp(&(
            b.role.section(),
            unit(b),
            b.task.deadline.is_none(),
            b.task.deadline,
            b.task.id,
        ))
    });
    let overdue = items.iter().filter(|i| i.task.is_overdue(today)).count();
    let header = i18n.t(
        lang,
        Key::ReminderListHeader,
        &Args::new()
            .raw("date", i18n.date(lang, day))
            .num("count", items.len() as f64)
            .num("overdue", overdue as f64),
    );
    let lines: Vec<String> = items.iter().enumerate().map(|(n, item)| line(app, lang, n + 1, item)).collect();
    let pages = paginate(&lines, MESSAGE_BUDGET - LIST_MARGIN - header.chars().count(), LIST_PER_PAGE);
    let page = page.min(pages.len() - 1);
    let range = pages[page].clone();
    let mut text = header;
    let mut section = None;
    let mut unit = None;
    for (item, line) in items[range.clone()].iter().zip(&lines[range.clone()]) {
        if section != Some(item.role.section()) {
            section = Some(item.role.section());
            let key = match item.role.section() {
                0 => Key::ReminderListOwn,
                1 => Key::ReminderListFallback,
                _ => Key::ReminderListEscalation,
            };
            text.push_str("\n\n");
            text.push_str(&i18n.t0(lang, key));
        }
        if matches!(item.role, ItemRole::Leadership) && unit != Some(item.task.lead.id) {
            unit = Some(item.task.lead.id);
            let count = items
                .iter()
                .filter(|i| matches!(i.role, ItemRole::Leadership) && i.task.lead.id == item.task.lead.id)
                .count();
            text.push_str("\n\n");
            text.push_str(&i18n.t(
                lang,
                Key::ReminderListUnit,
                &Args::new().text("unit", &item.task.lead.short_name).num("count", count as f64),
            ));
        }
        text.push_str("\n\n");
        text.push_str(line);
    }
    if let Some(own) = items[range.clone()].iter().find(|i| i.role.reports()) {
        text.push_str("\n\n");
        text.push_str(&i18n.t(lang, Key::ReminderListFooter, &Args::new().raw("code", own.task.code())));
    }
    let mut rows: Vec<Vec<Button>> = Vec::new();
    let mut others: Vec<Button> = Vec::new();
    for item in &items[range] {
        let t = item.task;
        let open = button(t.code(), Callback::Open { task: t.id });
        if item.role.reports() && t.status.is_chased() {
            rows.push(vec![
                open,
                button(
                    i18n.t0(lang, Key::BtnListDone),
                    Callback::Status { task: t.id, button: StatusButton::Done },
                ),
                button(
                    i18n.t0(lang, Key::BtnListProgress),
                    Callback::Status { task: t.id, button: StatusButton::InProgress },
                ),
            ]);
        } else {
            others.push(open);
        }
    }
    rows.extend(others.chunks(4).map(<[Button]>::to_vec));
    rows.push(pager(i18n, lang, page, pages.len(), |page| Callback::ReminderPage { reminder: key, page }));
    rows.retain(|r| !r.is_empty());
    Outgoing::text(0, text).keyboard(keyboard(rows))
}

/// "3. <b>NV-0042</b> · chủ trì · 30/11/2026 (quá hạn 3 ngày)", and the task's words and status.
fn line(app: &App, lang: Lang, n: usize, item: &Item) -> String {
    let i18n = &app.i18n;
    let task = item.task;
    let mut what = Vec::new();
    match item.role {
        ItemRole::Lead { away: None } => what.push(i18n.t0(lang, Key::ReminderListLead)),
        ItemRole::Lead { away: Some(a) } => what.push(i18n.t(
            lang,
            Key::ReminderListStandingIn,
            &Args::new().text("who", &a.member_name).raw("date", i18n.date(lang, a.ends_on)),
        )),
        ItemRole::CoUnit => {
            what.push(i18n.t(lang, Key::ReminderListCoUnit, &Args::new().text("unit", &task.lead.short_name)))
        }
        ItemRole::Fallback(why) => {
            let key = match why {
                Unreached::NoOfficer => Key::ReminderListNoOfficer,
                Unreached::Blocked => Key::ReminderListBlocked,
                Unreached::Away => Key::ReminderListAway,
            };
            what.push(i18n.t(lang, key, &Args::new().text("unit", &task.lead.short_name)));
        }
        ItemRole::Leadership => {}
    }
    // Days left in working days, as the task's own reminder counts them; late in calendar days.
    let today = app.today();
    what.push(match (task.deadline, task.timing(today)) {
        (Some(d), Timing::DaysLeft(_)) if task.status.is_open() => {
            let left = app.config.calendar.working_days_between(today, d);
            i18n.t(
                lang,
                Key::ReminderListLeft,
                &Args::new().raw("date", i18n.date(lang, d)).num("days", left),
            )
        }
        _ => cards::deadline_text(i18n, lang, task, today),
    });
    if matches!(item.occasion, Occasion::Quiet(_)) && task.status.is_open() {
        what.push(i18n.t(
            lang,
            Key::ReminderListQuiet,
            &Args::new().num("days", quiet_days(app, task) as f64),
        ));
    }
    i18n.t(
        lang,
        Key::ReminderListLine,
        &Args::new()
            .num("n", n as f64)
            .raw("code", task.code())
            .html("what", what.join(" · "))
            .text("text", crate::view::markup::truncate(&task.text, 160))
            .html("status", cards::status_text(i18n, lang, task)),
    )
}
