//! Reports on a schedule: the weekly digest to every committee group (the headline, what changed
//! since the last digest, the overdue list), and the monthly, quarterly, six-monthly and yearly
//! reports to the secretariat (message and spreadsheet, unit × status).
//!
//! Each run is recorded (`report_runs`) in the transaction that queues its messages, so a run
//! happens once per period even across restarts; a period missed entirely is not sent late.

use std::sync::Arc;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use sqlx::SqliteConnection;
use tokio_util::sync::CancellationToken;

use super::{ReportError, filter::Scope, summary};
use crate::app::App;
use crate::domain::Role;
use crate::store;
use crate::view::digest::Title;
use crate::view::message::{Outgoing, Purpose};
use crate::view::sheet;

/// A scheduled report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    Weekly,
    Monthly,
    Quarterly,
    HalfYear,
    Yearly,
    /// Each working morning: the messages that could not be delivered, to the secretariat.
    Undelivered,
}

impl Job {
    const ALL: [Job; 6] =
        [Job::Weekly, Job::Monthly, Job::Quarterly, Job::HalfYear, Job::Yearly, Job::Undelivered];

    fn kind(self) -> &'static str {
        match self {
            Job::Weekly => "weekly",
            Job::Monthly => "monthly",
            Job::Quarterly => "quarterly",
            Job::HalfYear => "halfyear",
            Job::Yearly => "yearly",
            Job::Undelivered => "undelivered",
        }
    }

    /// The title of the report it sends.
    fn title(self) -> Title {
        match self {
            Job::Monthly => Title::Monthly,
            Job::Quarterly => Title::Quarterly,
            Job::HalfYear => Title::HalfYear,
            Job::Yearly | Job::Weekly | Job::Undelivered => Title::Yearly,
        }
    }
}

fn instant(app: &App, day: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let local = day.and_time(time);
    app.config
        .tz
        .from_local_datetime(&local)
        .earliest()
        .map_or_else(|| Utc.from_utc_datetime(&local), |t| t.to_utc())
}

/// This period's key and the moment the job is due in it, for the period containing `today`.
fn occurrence(app: &App, job: Job, today: NaiveDate) -> Option<(String, DateTime<Utc>)> {
    let times = &app.config.reports;
    let cal = &app.config.calendar;
    let year = today.year();
    let day = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d);
    let (key, date, time) = match job {
        Job::Weekly => {
            let (weekday, time) = times.weekly?;
            let monday = today - Duration::days(today.weekday().num_days_from_monday() as i64);
            let target = monday + Duration::days(weekday.num_days_from_monday() as i64);
            let week = today.iso_week();
            // Working days only: a holiday moves the digest to the next working day.
            (format!("{}-W{:02}", week.year(), week.week()), cal.on_or_after(target), time)
        }
        Job::Monthly => {
            let d = times.monthly?;
            (
                format!("{year}-{:02}", today.month()),
                cal.on_or_before(day(year, today.month(), d)?),
                times.hour,
            )
        }
        Job::Quarterly => {
            let d = times.quarterly?;
            let quarter = (today.month() - 1) / 3 + 1;
            (format!("{year}-Q{quarter}"), cal.on_or_before(day(year, quarter * 3, d)?), times.hour)
        }
        Job::HalfYear => {
            let (d, m) = times.half_year?;
            (format!("{year}-H1"), cal.on_or_before(day(year, m, d)?), times.hour)
        }
        Job::Yearly => {
            let (d, m) = times.yearly?;
            (format!("{year}"), cal.on_or_before(day(year, m, d)?), times.hour)
        }
        // Not a report one can turn off: nothing goes out when every message was delivered.
        Job::Undelivered => (today.to_string(), cal.on_or_after(today), app.config.office_hours.0),
    };
    Some((key, instant(app, date, time)))
}

/// Runs what is due; returns the earliest moment something may next be due.
pub async fn tick(app: &App) -> Result<DateTime<Utc>, ReportError> {
    let now = app.now();
    let today = now.with_timezone(&app.config.tz).date_naive();
    let tomorrow = instant(app, today + Duration::days(1), NaiveTime::MIN);
    let mut next = tomorrow;
    for job in Job::ALL {
        let Some((period, at)) = occurrence(app, job, today) else { continue };
        if at > now {
            next = next.min(at);
            continue;
        }
        // Due in this period: once, and only in office hours (a night restart waits).
        if !crate::reminders::in_office_hours(app, now) {
            continue;
        }
        let mut tx = app.store.begin().await?;
        if store::reports::claim_run(&mut tx, job.kind(), &period, now).await? {
            let since = store::reports::last_run_before(&mut tx, job.kind(), &period).await?;
            let queued = match job {
                Job::Weekly => weekly(&mut tx, app, since).await?,
                Job::Undelivered => undelivered(&mut tx, app).await?,
                _ => periodic(&mut tx, app, job, &period).await?,
            };
            tracing::info!(kind = job.kind(), %period, queued, "scheduled report sent");
            tx.commit().await?;
            app.wake_sender();
        }
    }
    Ok(next)
}

/// The scheduler of digests and periodic reports.
pub async fn run(app: Arc<App>, stop: CancellationToken) {
    loop {
        let now = app.now();
        let next = match tick(&app).await {
            Ok(next) => next,
            Err(error) => {
                tracing::error!(%error, "cannot run scheduled reports; trying again shortly");
                now + Duration::seconds(30)
            }
        };
        // Outside office hours a due report waits for the opening.
        let next = if crate::reminders::in_office_hours(&app, now) {
            next
        } else {
            next.min(opening_after(&app, now))
        };
        app.report_progress(now, next);
        tokio::select! {
            () = app.clock.sleep_until(next) => {}
            () = stop.cancelled() => return,
        }
    }
}

fn opening_after(app: &App, now: DateTime<Utc>) -> DateTime<Utc> {
    let today = now.with_timezone(&app.config.tz).date_naive();
    let (open, _) = app.config.office_hours;
    let mut day = app.config.calendar.on_or_after(today);
    if instant(app, day, open) <= now {
        day = app.config.calendar.on_or_after(today + Duration::days(1));
    }
    instant(app, day, open)
}

/// The messages given up on since the last notice, to the secretariat (the chair and deputies
/// when there is none), once.
async fn undelivered(conn: &mut SqliteConnection, app: &App) -> Result<usize, ReportError> {
    let all = store::outbox::failed_untold(conn).await?;
    let now = app.now();
    let ids: Vec<i64> = all.iter().map(|f| f.id).collect();
    // A reminder to someone unreachable was passed on to the secretariat when it failed.
    let failed: Vec<_> = all.into_iter().filter(|f| !(f.unreachable && f.purpose == "reminder")).collect();
    if failed.is_empty() {
        store::outbox::mark_failures_told(conn, &ids, now).await?;
        return Ok(0);
    }
    let mut office = store::members::with_roles(conn, &[Role::Secretariat]).await?;
    if office.is_empty() {
        office = store::members::with_roles(conn, &[Role::Chair, Role::Deputy]).await?;
    }
    // A notice to someone who cannot be reached would only fail in turn.
    let mut sent = 0;
    for m in office.iter().filter(|m| m.reachable) {
        let lang = m.lang.unwrap_or(app.config.locale);
        let text = crate::view::undelivered::notice(&app.i18n, lang, app.config.tz, &failed);
        let mut out = Outgoing::text(m.telegram_id, text);
        out.purpose = Purpose::Notice;
        for part in out.split() {
            store::outbox::enqueue(conn, &part.into_new_message(), now).await?;
        }
        sent += 1;
    }
    store::outbox::mark_failures_told(conn, &ids, now).await?;
    Ok(sent)
}

/// The weekly digest, to every registered group.
async fn weekly(
    conn: &mut SqliteConnection,
    app: &App,
    since: Option<DateTime<Utc>>,
) -> Result<usize, ReportError> {
    let now = app.now();
    let since = since.unwrap_or(now - Duration::days(7));
    let today = app.today();
    let since_day = since.with_timezone(&app.config.tz).date_naive();
    let scope = Scope::default();
    let summary = summary::build(conn, &scope, today, app.due_soon_until(today)).await?;
    let completed = store::reports::completed_since(conn, &scope, since).await?;
    let created = store::reports::created_since(conn, &scope, since).await?;
    let newly_overdue: Vec<i64> = store::reports::overdue(conn, &scope, today, Some(since_day), i64::MAX)
        .await?
        .into_iter()
        .map(|(id, _, _)| id)
        .collect();
    let changes = crate::view::digest::Changes { since: since_day, completed, newly_overdue, created };
    let text = crate::view::digest::weekly(
        &app.i18n,
        app.config.locale,
        today,
        &summary,
        &changes,
        app.config.due_soon_days,
    );
    let groups = store::groups::all(conn).await?;
    let page = app.config.dashboard_page();
    let open = crate::view::dashboard::open_button(
        &app.i18n,
        app.config.locale,
        page.as_ref(),
        false,
        app.bot_username(),
    );
    for group in &groups {
        let mut out = Outgoing::text(group.chat_id, text.clone());
        if let Some(open) = &open {
            out = out.keyboard(crate::view::message::keyboard(vec![vec![open.clone()]]));
        }
        out.purpose = Purpose::Digest;
        for part in out.split() {
            store::outbox::enqueue(conn, &part.into_new_message(), now).await?;
        }
    }
    Ok(groups.len())
}

/// A periodic report to the secretariat: this year's headline, what happened in the period,
/// and the spreadsheet.
async fn periodic(
    conn: &mut SqliteConnection,
    app: &App,
    job: Job,
    period: &str,
) -> Result<usize, ReportError> {
    let now = app.now();
    let today = app.today();
    let scope = Scope { year: Some(today.year()), ..Scope::default() };
    let summary = summary::build(conn, &scope, today, app.due_soon_until(today)).await?;
    let start = match job {
        Job::Monthly => NaiveDate::from_ymd_opt(today.year(), today.month(), 1),
        Job::Quarterly => NaiveDate::from_ymd_opt(today.year(), (today.month() - 1) / 3 * 3 + 1, 1),
        Job::HalfYear | Job::Yearly | Job::Weekly | Job::Undelivered => {
            NaiveDate::from_ymd_opt(today.year(), 1, 1)
        }
    }
    .expect("a valid first day");
    let since = instant(app, start, NaiveTime::MIN);
    let completed = store::reports::completed_since(conn, &scope, since).await?;
    let created = store::reports::created_since(conn, &scope, since).await?;
    let tasks = store::tasks::list(conn, &store::tasks::Filter::of_scope(&scope)).await?;
    let ids: Vec<i64> = tasks.iter().map(|t| t.id).collect();
    let latest = store::reports::latest_reports(conn, &ids).await?;

    let mut office = store::members::with_roles(conn, &[Role::Secretariat]).await?;
    if office.is_empty() {
        office = store::members::with_roles(conn, &[Role::Chair, Role::Deputy]).await?;
    }
    let changes =
        crate::view::digest::Changes { since: start, completed, newly_overdue: Vec::new(), created };
    // The monthly report scores the units on the month's tasks, in its message and its sheet.
    let rubric = &app.config.rubric;
    let scorecard = match job {
        Job::Monthly => {
            let month = crate::domain::scorecard::ScorePeriod::month_of(today);
            Some(super::scorecard::build(conn, month, today, app.config.tz, rubric).await?)
        }
        _ => None,
    };
    let i18n = &app.i18n;
    let mut sent = 0;
    for m in office.iter().filter(|m| m.reachable) {
        let lang = m.lang.unwrap_or(app.config.locale);
        let (title, text) = crate::view::digest::periodic(
            i18n,
            lang,
            job.title(),
            today,
            &summary,
            &changes,
            scorecard.as_ref().map(|c| (c, rubric)),
        );
        let plain_title = crate::view::markup::plain(&title);
        let book = sheet::build(
            i18n,
            lang,
            app.config.tz,
            &tasks,
            &latest,
            &summary,
            scorecard.as_ref().map(|c| (c, rubric)),
            &plain_title,
        )?;
        let mut message = Outgoing::text(m.telegram_id, text);
        message.purpose = Purpose::Digest;
        // The scorecard can take the message past Telegram's length.
        for part in message.split() {
            store::outbox::enqueue(conn, &part.into_new_message(), now).await?;
        }
        let name = format!("dondoc-{}-{period}.xlsx", job.kind());
        let mut file = Outgoing::file(m.telegram_id, false, name, title, book);
        file.purpose = Purpose::Digest;
        store::outbox::enqueue(conn, &file.into_new_message(), now).await?;
        sent += 1;
    }
    Ok(sent)
}
