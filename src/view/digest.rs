//! What the digests say: the weekly one to the committee's groups (the headline, what changed
//! since last week by task code, the most overdue), and the periodic report's message.

use chrono::{Datelike, NaiveDate};

use crate::domain::counting::{Summary, TOP_OVERDUE};
use crate::domain::scorecard::{Rubric, Scorecard};
use crate::domain::{Lang, task_code};
use crate::i18n::{Args, I18n, Key};
use crate::view::summary::{attention, headline, overdue_line, standing};

/// Task codes listed at most per line of a digest.
const LISTED_CODES: usize = 15;

/// What changed in a period, by task.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    /// The period's first day.
    pub since: NaiveDate,
    pub completed: Vec<i64>,
    pub newly_overdue: Vec<i64>,
    pub created: Vec<i64>,
}

/// Which periodic report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title {
    Monthly,
    Quarterly,
    HalfYear,
    Yearly,
}

fn codes(ids: &[i64], i18n: &crate::i18n::I18n, lang: Lang) -> String {
    let mut listed: Vec<String> = ids.iter().take(LISTED_CODES).map(|id| task_code(*id)).collect();
    if ids.len() > LISTED_CODES {
        listed.push(i18n.t(
            lang,
            Key::DigestMore,
            &Args::new().num("count", (ids.len() - LISTED_CODES) as f64),
        ));
    }
    listed.join(", ")
}

/// The weekly digest: what needs the chair first.
pub fn weekly(
    i18n: &I18n,
    lang: Lang,
    today: NaiveDate,
    summary: &Summary,
    changes: &Changes,
    soon_days: u32,
) -> String {
    let mut text = vec![
        i18n.t(lang, Key::DigestTitle, &Args::new().raw("date", i18n.date(lang, today))),
        attention(i18n, lang, &summary.attention, soon_days),
        String::new(),
        headline(i18n, lang, &summary.counts),
        String::new(),
        standing(i18n, lang, &summary.counts),
        String::new(),
        i18n.t(
            lang,
            Key::DigestChanges,
            &Args::new()
                .raw("since", i18n.date(lang, changes.since))
                .num("done", changes.completed.len() as f64)
                .num("overdue", changes.newly_overdue.len() as f64)
                .num("new", changes.created.len() as f64),
        ),
    ];
    for (key, ids) in [
        (Key::DigestDone, &changes.completed),
        (Key::DigestOverdue, &changes.newly_overdue),
        (Key::DigestNew, &changes.created),
    ] {
        if !ids.is_empty() {
            text.push(i18n.t(lang, key, &Args::new().raw("codes", codes(ids, i18n, lang))));
        }
    }
    if !summary.overdue.is_empty() {
        text.push(String::new());
        let shown = summary.overdue.len().min(TOP_OVERDUE);
        text.push(i18n.t(
            lang,
            Key::SummaryOverdueHeader,
            &Args::new().num("shown", shown as f64).num("count", summary.counts.overdue()),
        ));
        for o in summary.overdue.iter().take(TOP_OVERDUE) {
            text.push(overdue_line(i18n, lang, o));
        }
    }
    text.join("\n")
}

/// A periodic report's title and message: this year's headline and what happened since the
/// period began; the monthly one also scores the units on the month's tasks.
pub fn periodic(
    i18n: &I18n,
    lang: Lang,
    title: Title,
    today: NaiveDate,
    summary: &Summary,
    changes: &Changes,
    scorecard: Option<(&Scorecard, &Rubric)>,
) -> (String, String) {
    let key = match title {
        Title::Monthly => Key::ReportTitleMonthly,
        Title::Quarterly => Key::ReportTitleQuarterly,
        Title::HalfYear => Key::ReportTitleHalfYear,
        Title::Yearly => Key::ReportTitleYearly,
    };
    let args = Args::new()
        .raw("month", today.month().to_string())
        .num("quarter", (today.month() - 1) / 3 + 1)
        .raw("year", today.year().to_string());
    let title = i18n.t(lang, key, &args);
    let mut text = vec![
        title.clone(),
        headline(i18n, lang, &summary.counts),
        standing(i18n, lang, &summary.counts),
        i18n.t(
            lang,
            Key::ReportPeriodChanges,
            &Args::new()
                .raw("since", i18n.date(lang, changes.since))
                .num("done", changes.completed.len() as f64)
                .num("new", changes.created.len() as f64),
        ),
    ];
    if let Some((card, rubric)) = scorecard {
        text.push(String::new());
        text.push(crate::view::scorecard::message(i18n, lang, card, rubric));
    }
    (title, text.join("\n"))
}
