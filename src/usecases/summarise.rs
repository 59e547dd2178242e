//! The chair's commands: `/tonghop` (the summary, with drill-down buttons), `/quahan` (the
//! overdue list), `/bieudo` (the chart), `/xuat` (the spreadsheet); all take the same filters.

use chrono::Datelike;

use sqlx::SqliteConnection;

use super::commands::Command;
use super::units::{self, Resolved};
use super::{Ctx, HandlerResult, UseCaseError, Who, listing};
use crate::app::App;
use crate::domain::scorecard::ScorePeriod;
use crate::domain::{Action, Lang, Period, Scope, TaskStatus};
use crate::i18n::{Args, Key};
use crate::store::{self, tasks::Filter};
use crate::summaries::{ReportError, filter, scorecard, summary};
use crate::view::callback::{Callback, Drill};
use crate::view::message::Outgoing;
use crate::view::message::{button, keyboard};
use crate::view::{chart, sheet};

type Toast = Result<Option<String>, UseCaseError>;

impl From<ReportError> for UseCaseError {
    fn from(e: ReportError) -> Self {
        match e {
            ReportError::Store(s) => UseCaseError::Store(s),
            other => UseCaseError::Report(other.to_string()),
        }
    }
}

/// Reads the filters typed after a command; answers (and returns `None`) when they cannot be
/// understood.
async fn scope_of(
    cx: &mut Ctx<'_, '_>,
    args: &str,
) -> Result<Option<(Scope, Option<String>, bool)>, UseCaseError> {
    let parsed = filter::parse(args, cx.today().year());
    let mut scope = parsed.scope;
    let mut unit_name = None;
    if let Some(typed) = parsed.unit {
        match units::resolve(cx, &typed).await? {
            Resolved::One(unit) => {
                scope.unit_id = Some(unit.id);
                unit_name = Some(unit.short_name);
            }
            Resolved::Many(candidates) => {
                let names: Vec<&str> = candidates.iter().map(|u| u.name.as_str()).collect();
                let text = cx.ta(Key::UnitAmbiguousText, &Args::new().text("names", names.join("; ")));
                cx.reply(text).await?;
                return Ok(None);
            }
            Resolved::NotFound => {
                let text = cx.ta(Key::FilterUnknown, &Args::new().text("text", typed));
                cx.reply(text).await?;
                return Ok(None);
            }
        }
    }
    Ok(Some((scope, unit_name, parsed.full)))
}

fn title(cx: &Ctx<'_, '_>, scope: &Scope, unit: Option<&str>) -> String {
    crate::view::summary::scope_text(&cx.app.i18n, cx.lang(), scope, unit)
}

/// `/tonghop [filters]`.
pub async fn summary_command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let Some((scope, unit, full)) = scope_of(cx, args).await? else { return Ok(()) };
    let today = cx.today();
    let soon = cx.app.due_soon_until(today);
    let s = summary::build(cx.db(), &scope, today, soon).await?;
    let scope_text = title(cx, &scope, unit.as_deref());
    let text =
        crate::view::summary::message(&cx.app.i18n, cx.lang(), &s, &scope_text, cx.app.config.due_soon_days);
    let (member, now) = (cx.member().id, cx.turn.now());
    let params = serde_json::to_string(&scope).expect("a scope serialises");
    let view = store::views::create(cx.db(), member, "summary", &params, now).await?;
    let b = |cx: &Ctx, key: Key, args: &Args, part: Drill| {
        button(cx.ta(key, args), Callback::Drill { view, part })
    };
    let overdue = Args::new().num("count", s.counts.overdue());
    let mut rows = vec![
        vec![
            b(cx, Key::BtnOverdueList, &overdue, Drill::Overdue),
            b(cx, Key::BtnUnitTable, &Args::new(), Drill::Table),
        ],
        vec![
            b(cx, Key::BtnPickUnit, &Args::new(), Drill::Units),
            b(cx, Key::BtnChart, &Args::new(), Drill::Chart),
        ],
    ];
    if s.overdue.is_empty() {
        rows[0].remove(0);
    }
    let page = cx.app.config.dashboard_page();
    let private = cx.who.is_private();
    if let Some(open) = crate::view::dashboard::open_button(
        &cx.app.i18n,
        cx.lang(),
        page.as_ref(),
        private,
        &cx.channel.bot_username,
    ) {
        rows.push(vec![open]);
    }
    cx.reply_keyboard(text, keyboard(rows)).await?;
    if full {
        let files = std::mem::take(&mut cx.prepared.files);
        if files.is_empty() {
            send_chart(cx, &s, &scope_text).await?;
            send_sheet(cx, &scope, &s, &scope_text).await?;
        }
        for out in files {
            cx.reply_with(out).await?;
        }
    }
    Ok(())
}

/// `/quahan [filters]`: the overdue tasks, most late first, paged.
pub async fn overdue_command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let Some((scope, _, _)) = scope_of(cx, args).await? else { return Ok(()) };
    overdue_list(cx, &scope).await
}

async fn overdue_list(cx: &mut Ctx<'_, '_>, scope: &Scope) -> HandlerResult {
    let filter = Filter {
        all_statuses: false,
        overdue_on: Some(cx.today()),
        statuses: [TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::AwaitingConfirmation]
            .iter()
            .map(|s| s.as_str().to_string())
            .collect(),
        ..Filter::of_scope(scope)
    };
    listing::start_list(cx, filter).await
}

/// `/bieudo [filters]`.
pub async fn chart_command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    if let Some(out) = cx.prepared.take_file() {
        return cx.reply_with(out).await;
    }
    let Some((scope, unit, _)) = scope_of(cx, args).await? else { return Ok(()) };
    let s = {
        let today = cx.today();
        let soon = cx.app.due_soon_until(today);
        summary::build(cx.db(), &scope, today, soon).await?
    };
    let scope_text = title(cx, &scope, unit.as_deref());
    send_chart(cx, &s, &scope_text).await
}

/// `/xuat [filters]`.
pub async fn export_command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    if let Some(out) = cx.prepared.take_file() {
        return cx.reply_with(out).await;
    }
    let Some((scope, unit, _)) = scope_of(cx, args).await? else { return Ok(()) };
    let s = {
        let today = cx.today();
        let soon = cx.app.due_soon_until(today);
        summary::build(cx.db(), &scope, today, soon).await?
    };
    let scope_text = title(cx, &scope, unit.as_deref());
    send_sheet(cx, &scope, &s, &scope_text).await
}

/// The chart or the spreadsheet of `/bieudo`, `/xuat` or `/tonghop đầy đủ`, read on a reader
/// connection (one consistent snapshot) and rendered before the update's turn begins, so that
/// the writer is not held while a nation's workbook is built (seconds), and everyone else's
/// reports go on. Empty when there is nothing heavy to do (filters to ask about, no units):
/// the turn then answers as usual.
pub async fn prepare(
    app: &App,
    who: &Who,
    command: Command,
    args: &str,
) -> Result<Vec<Outgoing>, UseCaseError> {
    let today = app.today();
    let parsed = filter::parse(args, today.year());
    // Most `/tonghop`s have nothing heavy: decided before anything is read.
    let parts = match command {
        Command::Chart => [true, false],
        Command::Export => [false, true],
        Command::Summary if parsed.full => [true, true],
        _ => return Ok(Vec::new()),
    };
    let mut conn = app.store.conn().await?;
    let mut scope = parsed.scope;
    let mut unit_name = None;
    if let Some(typed) = parsed.unit {
        match units::resolve_in(&store::units::list(&mut conn).await?, &typed) {
            Resolved::One(unit) => {
                scope.unit_id = Some(unit.id);
                unit_name = Some(unit.short_name);
            }
            _ => return Ok(Vec::new()),
        }
    }
    files(&mut conn, app, who, &scope, unit_name.as_deref(), parts).await
}

/// The chart, or the spreadsheet when the table is too long for a message, of a summary's
/// drill-down button, prepared as [`prepare`] does; empty when the turn has nothing heavy to
/// do (a stale button, a short table, a member who may not see it).
pub async fn prepare_drill(
    app: &App,
    who: &Who,
    view: i64,
    part: Drill,
) -> Result<Vec<Outgoing>, UseCaseError> {
    if !who.member.as_ref().is_some_and(|m| m.role.may(Action::ViewReports)) {
        return Ok(Vec::new());
    }
    let mut conn = app.store.conn().await?;
    let Some(stored) = store::views::get(&mut conn, view).await? else { return Ok(Vec::new()) };
    let scope = serde_json::from_str::<Scope>(&stored.params).ok().filter(|_| stored.kind == "summary");
    let Some(scope) = scope else { return Ok(Vec::new()) };
    let unit_name = match scope.unit_id {
        Some(id) => store::units::get(&mut conn, id).await?.map(|u| u.short_name),
        None => None,
    };
    match part {
        Drill::Chart => files(&mut conn, app, who, &scope, unit_name.as_deref(), [true, false]).await,
        Drill::Table => {
            let today = app.today();
            let s = summary::build(&mut conn, &scope, today, app.due_soon_until(today)).await?;
            if s.units.len() <= crate::view::summary::TABLE_MAX_UNITS {
                // Short enough for a message, which the turn writes.
                return Ok(Vec::new());
            }
            let scope_text =
                crate::view::summary::scope_text(&app.i18n, who.lang, &scope, unit_name.as_deref());
            let file = sheet_file(&mut conn, app, who.lang, who.chat_id, &scope, &s, &scope_text).await?;
            Ok(file.into_iter().collect())
        }
        _ => Ok(Vec::new()),
    }
}

/// The chart and/or the spreadsheet of `scope`, all or nothing.
async fn files(
    conn: &mut SqliteConnection,
    app: &App,
    who: &Who,
    scope: &Scope,
    unit_name: Option<&str>,
    [chart, sheet]: [bool; 2],
) -> Result<Vec<Outgoing>, UseCaseError> {
    let today = app.today();
    let s = summary::build(conn, scope, today, app.due_soon_until(today)).await?;
    let scope_text = crate::view::summary::scope_text(&app.i18n, who.lang, scope, unit_name);
    let mut out = Vec::new();
    if chart {
        let Some(file) = chart_file(app, who.lang, who.chat_id, &s, &scope_text)? else {
            return Ok(Vec::new());
        };
        out.push(file);
    }
    if sheet {
        let file = sheet_file(conn, app, who.lang, who.chat_id, scope, &s, &scope_text).await?;
        let Some(file) = file else { return Ok(Vec::new()) };
        out.push(file);
    }
    Ok(out)
}

fn chart_file(
    app: &App,
    lang: Lang,
    chat_id: i64,
    s: &crate::domain::counting::Summary,
    scope_text: &str,
) -> Result<Option<Outgoing>, UseCaseError> {
    if s.units.is_empty() {
        return Ok(None);
    }
    let i18n = &app.i18n;
    let caption = i18n.t(
        lang,
        Key::ChartTitle,
        &Args::new().html("scope", scope_text).raw("date", i18n.date(lang, s.today)),
    );
    let png =
        chart::render(i18n, lang, s, &crate::view::markup::plain(&caption)).map_err(ReportError::from)?;
    Ok(Some(Outgoing::file(chat_id, true, "dondoc-bieudo.png", caption, png)))
}

async fn sheet_file(
    conn: &mut SqliteConnection,
    app: &App,
    lang: Lang,
    chat_id: i64,
    scope: &Scope,
    s: &crate::domain::counting::Summary,
    scope_text: &str,
) -> Result<Option<Outgoing>, UseCaseError> {
    let list = store::tasks::list(conn, &Filter::of_scope(scope)).await?;
    let today = app.today();
    let card =
        scorecard::build(conn, sheet_period(scope, today), today, app.config.tz, &app.config.rubric).await?;
    let ids: Vec<i64> = list.iter().map(|t| t.id).collect();
    let latest = store::reports::latest_reports(conn, &ids).await?;
    let i18n = &app.i18n;
    let caption = i18n.t(
        lang,
        Key::ExportCaption,
        &Args::new()
            .html("scope", scope_text)
            .raw("date", i18n.date(lang, s.today))
            .num("count", list.len() as f64),
    );
    let book = sheet::build(
        i18n,
        lang,
        app.config.tz,
        &list,
        &latest,
        s,
        Some((&card, &app.config.rubric)),
        &crate::view::markup::plain(&caption),
    )
    .map_err(ReportError::from)?;
    let name = format!("dondoc-{}.xlsx", s.today.format("%Y-%m-%d"));
    Ok(Some(Outgoing::file(chat_id, false, name, caption, book)))
}

async fn send_chart(
    cx: &mut Ctx<'_, '_>,
    s: &crate::domain::counting::Summary,
    scope_text: &str,
) -> HandlerResult {
    match chart_file(cx.app, cx.lang(), cx.who.chat_id, s, scope_text)? {
        Some(out) => cx.reply_with(out).await,
        None => {
            let text = cx.t(Key::TasksNone);
            cx.reply(text).await
        }
    }
}

async fn send_sheet(
    cx: &mut Ctx<'_, '_>,
    scope: &Scope,
    s: &crate::domain::counting::Summary,
    scope_text: &str,
) -> HandlerResult {
    let (app, lang, chat_id) = (cx.app, cx.lang(), cx.who.chat_id);
    match sheet_file(cx.db(), app, lang, chat_id, scope, s, scope_text).await? {
        Some(out) => cx.reply_with(out).await,
        None => Ok(()),
    }
}

/// The period the spreadsheet scores units on: the scope's quarter, or the year of the scope
/// (a half year's), or this year.
fn sheet_period(scope: &Scope, today: chrono::NaiveDate) -> ScorePeriod {
    match scope.period {
        Some(Period::Quarter { year, quarter }) => ScorePeriod::Quarter { year, quarter },
        Some(Period::Half { year, .. }) => ScorePeriod::Year { year },
        None => ScorePeriod::Year { year: scope.year.unwrap_or(today.year()) },
    }
}

/// `/danhgia [period]`: the units' scorecard for a month (this one by default), a quarter or
/// a year.
pub async fn scorecard_command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let today = cx.today();
    let Some(period) = scorecard::parse_period(args, today) else {
        let text = cx.ta(Key::ScoreBadPeriod, &Args::new().text("text", args));
        return cx.reply(text).await;
    };
    let tz = cx.app.config.tz;
    let app = cx.app;
    let card = scorecard::build(cx.db(), period, today, tz, &app.config.rubric).await?;
    let text = crate::view::scorecard::message(&app.i18n, cx.lang(), &card, &app.config.rubric);
    cx.reply(text).await
}

/// A drill-down button under a summary.
pub async fn drill(cx: &mut Ctx<'_, '_>, view: i64, part: Drill) -> Toast {
    if !cx.member().role.may(Action::ViewReports) {
        return Ok(Some(cx.t(Key::DeniedReports)));
    }
    let Some(stored) = store::views::get(cx.db(), view).await? else {
        return Ok(Some(cx.t(Key::ButtonStale)));
    };
    let scope = serde_json::from_str::<Scope>(&stored.params).ok().filter(|_| stored.kind == "summary");
    let Some(scope) = scope else { return Ok(Some(cx.t(Key::ButtonStale))) };
    let unit_name = match scope.unit_id {
        Some(id) => store::units::get(cx.db(), id).await?.map(|u| u.short_name),
        None => None,
    };
    match part {
        Drill::Overdue => overdue_list(cx, &scope).await?,
        // Drawn before the turn (`prepare_drill`): the turn only queues it, with no second count.
        Drill::Table | Drill::Chart if !cx.prepared.files.is_empty() => {
            let out = cx.prepared.files.remove(0);
            cx.reply_with(out).await?;
        }
        Drill::Table => {
            let s = {
                let today = cx.today();
                let soon = cx.app.due_soon_until(today);
                summary::build(cx.db(), &scope, today, soon).await?
            };
            let scope_text = title(cx, &scope, unit_name.as_deref());
            if s.units.len() > crate::view::summary::TABLE_MAX_UNITS {
                send_sheet(cx, &scope, &s, &scope_text).await?;
            } else {
                let text = format!(
                    "{}\n{}",
                    cx.ta(Key::TableTitle, &Args::new().html("scope", scope_text)),
                    crate::view::summary::unit_table(&cx.app.i18n, cx.lang(), &s)
                );
                cx.reply(text).await?;
            }
        }
        Drill::Chart => {
            let s = {
                let today = cx.today();
                let soon = cx.app.due_soon_until(today);
                summary::build(cx.db(), &scope, today, soon).await?
            };
            let scope_text = title(cx, &scope, unit_name.as_deref());
            send_chart(cx, &s, &scope_text).await?;
        }
        Drill::Units => {
            let s = {
                let today = cx.today();
                let soon = cx.app.due_soon_until(today);
                summary::build(cx.db(), &scope, today, soon).await?
            };
            let rows = s
                .units
                .chunks(2)
                .take(25)
                .map(|pair| {
                    pair.iter()
                        .map(|u| {
                            let label = format!("{} ({})", u.name, u.counts.overdue());
                            button(label, Callback::Drill { view, part: Drill::Unit(u.unit_id) })
                        })
                        .collect()
                })
                .collect();
            let text = cx.t(Key::SummaryPickUnit);
            cx.reply_keyboard(text, keyboard(rows)).await?;
        }
        Drill::Unit(unit) => {
            let filter = Filter { unit_id: Some(unit), lead_only: true, ..Filter::of_scope(&scope) };
            let filter = Filter { all_statuses: false, ..filter };
            listing::start_list(cx, filter).await?;
        }
    }
    Ok(None)
}
