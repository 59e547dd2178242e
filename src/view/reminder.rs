//! What a reminder says: a heading for the occasion (days left or late, in working or calendar
//! days as committees count them), the task card with its latest report, and the status buttons.

use crate::app::App;
use crate::domain::schedule::Occasion;
use crate::domain::{Lang, Task, Timing};
use crate::i18n::{Args, Key};
use crate::store::tasks::HistoryEntry;
use crate::view::cards;
use crate::view::message::Outgoing;

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
            let since = task.last_report_at.unwrap_or(task.created_at);
            let days = (app.now() - since).num_days().max(0);
            i18n.t(lang, Key::ReminderQuiet, &args.num("days", days as f64))
        }
    }
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
