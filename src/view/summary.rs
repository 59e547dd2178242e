//! How a summary reads on a phone: the scope in words, what needs the chair, the headline
//! counts, open tasks by deadline and the two rates with their definitions, the most overdue
//! units and tasks by name, and the per-unit table (one message, the detail one tap away).

use crate::domain::counting::{
    Attention, Counts, DueState, LONG_LATE_DAYS, Overdue, Phase, Summary, TOP_OVERDUE, UnitCounts,
};
use crate::domain::{Lang, task_code};
use crate::domain::{Period, Scope};
use crate::i18n::{Args, I18n, Key};

/// Units named in the summary's "most overdue" list.
pub const TOP_UNITS: usize = 5;
/// A per-unit table longer than this goes as a file rather than a message.
pub const TABLE_MAX_UNITS: usize = 25;

/// The scope in words: "Năm 2026", "Quý III/2026, Nghị quyết 57-NQ/TW, Sở Tư pháp".
pub fn scope_text(i18n: &I18n, lang: Lang, scope: &Scope, unit_name: Option<&str>) -> String {
    let mut parts = Vec::new();
    match scope.period {
        Some(Period::Quarter { year, quarter }) => {
            parts.push(i18n.t(
                lang,
                Key::ScopeQuarter,
                &Args::new().num("quarter", quarter).raw("year", year.to_string()),
            ));
        }
        Some(Period::Half { year, half }) => {
            let key = if half == 1 { Key::ScopeHalfFirst } else { Key::ScopeHalfSecond };
            parts.push(i18n.t(lang, key, &Args::new().raw("year", year.to_string())));
        }
        None => {
            if let Some(year) = scope.year {
                parts.push(i18n.t(lang, Key::ScopeYear, &Args::new().raw("year", year.to_string())));
            }
        }
    }
    if let Some(p) = scope.programme {
        parts.push(crate::view::cards::programme_name(i18n, lang, p));
    }
    if let Some(unit) = unit_name {
        parts.push(crate::view::markup::escape(unit));
    }
    if parts.is_empty() {
        parts.push(i18n.t0(lang, Key::ScopeAll));
    }
    parts.join(", ")
}

/// The committee's sentence: total; done (on time, late) and the share done; in progress
/// (behind); not started; ongoing tasks apart; those more than a month late flagged.
pub fn headline(i18n: &I18n, lang: Lang, c: &Counts) -> String {
    let mut lines = vec![
        i18n.t(lang, Key::HeadlineTotal, &Args::new().num("total", c.total)),
        i18n.t(
            lang,
            Key::HeadlineDone,
            &Args::new()
                .num("done", c.done())
                .num("share", (c.share_done() * 10.0).round() / 10.0)
                .num("on_time", c.done_on_time)
                .num("late", c.done_late),
        ),
        i18n.t(
            lang,
            Key::HeadlineInProgress,
            &Args::new().num("in_progress", c.in_progress).num("behind", c.in_progress_overdue),
        ),
        i18n.t(
            lang,
            Key::HeadlineNotStarted,
            &Args::new().num("not_started", c.not_started).num("overdue", c.not_started_overdue),
        ),
    ];
    if c.no_deadline > 0 {
        lines.push(i18n.t(lang, Key::HeadlineNoDeadline, &Args::new().num("count", c.no_deadline)));
    }
    if c.late_over_30 > 0 {
        lines.push(i18n.t(
            lang,
            Key::HeadlineLongLate,
            &Args::new().num("count", c.late_over_30).num("days", LONG_LATE_DAYS as f64),
        ));
    }
    lines.join("\n")
}

/// What needs the chair, one line each: overdue, due soon (within `soon_days` working days),
/// obstacles and requests for more time waiting.
pub fn attention(i18n: &I18n, lang: Lang, a: &Attention, soon_days: u32) -> String {
    if a.is_empty() {
        return i18n.t0(lang, Key::AttentionNone);
    }
    [
        i18n.t0(lang, Key::AttentionHeader),
        i18n.t(lang, Key::AttentionOverdue, &Args::new().num("count", a.overdue)),
        i18n.t(lang, Key::AttentionDueSoon, &Args::new().num("count", a.due_soon).num("days", soon_days)),
        i18n.t(lang, Key::AttentionObstacles, &Args::new().num("count", a.obstacles)),
        i18n.t(lang, Key::AttentionExtensions, &Args::new().num("count", a.extensions)),
    ]
    .join("\n")
}

/// Open tasks by phase and deadline, the tasks set aside, and the two rates with their
/// definitions.
pub fn standing(i18n: &I18n, lang: Lang, c: &Counts) -> String {
    let mut lines = vec![i18n.t0(lang, Key::GridHeader)];
    for (phase, key) in [
        (Phase::NotStarted, Key::GridNotStarted),
        (Phase::InProgress, Key::GridInProgress),
        (Phase::Awaiting, Key::GridAwaiting),
    ] {
        let args = Args::new()
            .num("within", c.cell(phase, DueState::Within))
            .num("soon", c.cell(phase, DueState::Soon))
            .num("overdue", c.cell(phase, DueState::Overdue))
            .num("none", c.cell(phase, DueState::NoDeadline));
        lines.push(i18n.t(lang, key, &args));
    }
    if c.suspended + c.returned > 0 {
        lines.push(i18n.t(
            lang,
            Key::HeldLine,
            &Args::new().num("suspended", c.suspended).num("returned", c.returned),
        ));
    }
    lines.push(i18n.t(
        lang,
        Key::RateCompletion,
        &Args::new().html("rate", rate(i18n, lang, c.completion_rate())),
    ));
    lines.push(i18n.t(lang, Key::RateOnTime, &Args::new().html("rate", rate(i18n, lang, c.on_time_rate()))));
    lines.join("\n")
}

/// A percentage to a tenth, Vietnamese style (85,5%), or "no figures yet".
pub fn rate(i18n: &I18n, lang: Lang, value: Option<f64>) -> String {
    match value {
        Some(v) => i18n.t(lang, Key::RateValue, &Args::new().num("rate", (v * 10.0).round() / 10.0)),
        None => i18n.t0(lang, Key::RateNone),
    }
}

/// An overdue task's line, flagged when more than a month late.
pub fn overdue_line(i18n: &I18n, lang: Lang, o: &Overdue) -> String {
    let args = Args::new()
        .raw("code", task_code(o.id))
        .text("unit", crate::view::markup::truncate(&o.unit, 40))
        .num("days", o.days_late as f64)
        .raw("flag", if o.days_late > LONG_LATE_DAYS { "yes" } else { "no" })
        .text("text", crate::view::markup::truncate(&o.text, 70));
    i18n.t(lang, Key::SummaryOverdueLine, &args)
}

/// The whole summary in one message that fits a phone screen: what needs the chair first.
pub fn message(i18n: &I18n, lang: Lang, summary: &Summary, scope: &str, soon_days: u32) -> String {
    let mut out = vec![
        i18n.t(
            lang,
            Key::SummaryTitle,
            &Args::new().html("scope", scope).raw("date", i18n.date(lang, summary.today)),
        ),
        attention(i18n, lang, &summary.attention, soon_days),
        String::new(),
        headline(i18n, lang, &summary.counts),
        String::new(),
        standing(i18n, lang, &summary.counts),
    ];
    let behind: Vec<&UnitCounts> =
        summary.units.iter().filter(|u| u.counts.overdue() > 0).take(TOP_UNITS).collect();
    if !behind.is_empty() {
        out.push(String::new());
        out.push(i18n.t0(lang, Key::SummaryUnitsHeader));
        for (i, u) in behind.iter().enumerate() {
            let args = Args::new()
                .raw("rank", (i + 1).to_string())
                .text("unit", crate::view::markup::truncate(&u.name, 40))
                .num("overdue", u.counts.overdue())
                .num("total", u.counts.total);
            out.push(i18n.t(lang, Key::SummaryUnitLine, &args));
        }
    }
    if !summary.overdue.is_empty() {
        out.push(String::new());
        let shown = summary.overdue.len().min(TOP_OVERDUE);
        out.push(i18n.t(
            lang,
            Key::SummaryOverdueHeader,
            &Args::new().num("shown", shown as f64).num("count", summary.counts.overdue()),
        ));
        for o in summary.overdue.iter().take(TOP_OVERDUE) {
            out.push(overdue_line(i18n, lang, o));
        }
    }
    out.join("\n")
}

/// The per-unit table as monospaced text: unit, total, done, in progress, overdue, not started.
pub fn unit_table(i18n: &I18n, lang: Lang, summary: &Summary) -> String {
    const NAME: usize = 16;
    let col = |key| i18n.t0(lang, key);
    let header = format!(
        "{:<NAME$}{:>5}{:>4}{:>4}{:>4}{:>4}",
        col(Key::TableColUnit),
        col(Key::TableColTotal),
        col(Key::TableColDone),
        col(Key::TableColProgress),
        col(Key::TableColOverdue),
        col(Key::TableColNotStarted)
    );
    let mut rows = vec![header];
    let mut line = |name: &str, c: &Counts| {
        let name: String = name.chars().take(NAME).collect();
        let pad = NAME.saturating_sub(name.chars().count());
        rows.push(format!(
            "{name}{}{:>5}{:>4}{:>4}{:>4}{:>4}",
            " ".repeat(pad),
            c.total,
            c.done(),
            c.in_progress - c.in_progress_overdue,
            c.overdue(),
            c.not_started - c.not_started_overdue
        ));
    };
    let mut units = summary.units.clone();
    units.sort_by(|a, b| a.name.cmp(&b.name));
    for u in &units {
        line(&u.name, &u.counts);
    }
    line(&i18n.t0(lang, Key::TableTotal), &summary.counts);
    let legend = i18n.t0(lang, Key::TableLegend);
    format!("<pre>{}</pre>\n{legend}", crate::view::markup::escape(&rows.join("\n")))
}
