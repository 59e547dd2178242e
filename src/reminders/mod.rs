//! Reminders: planning them into the database ahead of time (from [`crate::domain::schedule`]),
//! and sending what falls due, in office hours on working days, through the outbox.
//!
//! A reminder is planned as one row per task, occasion and day; when it falls due, one delivery
//! row per recipient is recorded, and then each person's deliveries are composed into one
//! message, a list (or one a task, `DONDOC_REMIND_GROUPING=task`), that the delivery rows point
//! at. All of it happens in transactions, so a restart neither loses nor repeats a reminder;
//! after downtime only the latest pending reminder of each task goes out, the stale ones are
//! marked skipped.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use sqlx::SqliteConnection;
use tokio_util::sync::CancellationToken;

use crate::app::App;
use crate::domain::schedule::{self, Audience, Facts, Grouping, Occasion, Offsets, Rules, parse_hour};
use crate::domain::{Lang, Member, Role, Task};
use crate::store::reminders::{Entry, NewDelivery, NewReminder, PlanningRow};
use crate::store::{self, StoreError};
use crate::view::message::{Outgoing, Purpose};
use crate::view::reminder::Unreached;

/// How far ahead reminders are planned. A restart after downtime of up to this long still finds
/// the reminders it missed.
pub const HORIZON_DAYS: i64 = 21;
/// Tasks dispatched per transaction.
const CHUNK: usize = 200;
/// Tasks planned per transaction: on a day's run most have nothing new, so a transaction
/// holds the write lock for a few milliseconds.
const PLAN_CHUNK: usize = 1_000;

/// The rules for one task: the committee's, with the task's own days and hour if it has them.
pub fn rules_for(base: &Rules, days: Option<&str>, hour: Option<&str>) -> Rules {
    let mut rules = base.clone();
    if let Some(offsets) = days.and_then(|d| d.parse::<Offsets>().ok()) {
        rules.ahead = offsets.ahead;
        rules.on_due_day = offsets.on_due_day;
    }
    if let Some(h) = hour.and_then(parse_hour) {
        rules.hour = h;
    }
    rules
}

/// The UTC instant of `hour` on the committee-local `day`.
fn instant(app: &App, day: NaiveDate, hour: NaiveTime) -> DateTime<Utc> {
    let local = day.and_time(hour);
    match app.config.tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
        // A time skipped by a clock change (not in Việt Nam, but the zone is configurable).
        chrono::LocalResult::None => Utc.from_utc_datetime(&local),
    }
}

fn local_day(app: &App, at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&app.config.tz).date_naive()
}

/// The reminders of one task on the days `first..=last` (what [`plan_all`] and [`replan`] add).
pub fn plan_task(app: &App, row: &PlanningRow, first: NaiveDate, last: NaiveDate) -> Vec<NewReminder> {
    let rules = rules_for(&app.config.rules, row.remind_days.as_deref(), row.remind_hour.as_deref());
    let created = row.created_at.with_timezone(&app.config.tz);
    // A task created after the day's reminder hour has had its card that day.
    let from = if created.time() >= rules.hour {
        created.date_naive() + Duration::days(1)
    } else {
        created.date_naive()
    };
    let facts = Facts {
        deadline: row.deadline,
        last_activity: local_day(app, row.last_report_at.unwrap_or(row.created_at)),
        from,
    };
    schedule::plan(&facts, &rules, &app.config.calendar, first, last)
        .into_iter()
        .map(|p| {
            let (occasion, days) = p.occasion.parts();
            NewReminder {
                task_id: row.id,
                occasion,
                days,
                local_day: p.day,
                due_at: instant(app, p.day, rules.hour),
            }
        })
        .collect()
}

/// Plans a task's reminders again after a change (deadline, status, report, schedule), inside
/// the caller's transaction: what was planned and not sent is dropped; a task no longer chased
/// (done, cancelled, awaiting confirmation) gets nothing new.
///
/// Returns when the earliest new reminder falls due. The scheduler must hear of it once the
/// transaction commits (before, it would read the schedule without it): a turn does that
/// ([`crate::bot`]'s `Ctx::replan`); elsewhere, [`App::reminders_planned`].
pub async fn replan(
    conn: &mut SqliteConnection,
    app: &App,
    task_id: i64,
) -> store::Result<Option<DateTime<Utc>>> {
    let row = store::reminders::chased_task(conn, task_id).await?;
    let now = app.now();
    let rows = plan_ahead(app, now, row.as_ref());
    store::reminders::replace_planned(conn, task_id, &rows, now).await
}

/// What a task has planned from today to the horizon, as of `now` (`None`: not chased).
fn plan_ahead(app: &App, now: DateTime<Utc>, row: Option<&PlanningRow>) -> Vec<NewReminder> {
    let today = local_day(app, now);
    row.map(|row| plan_task(app, row, today, today + Duration::days(HORIZON_DAYS))).unwrap_or_default()
}

/// [`replan`] after a status report, which moves when the task was last reported on and
/// may end its chase, nothing else: `before` is what the planner needed of the task before
/// the report, `after` what it needs now (`None`: not chased). When both plan the same
/// reminders, as for most replies, nothing is written. What is stored is what `before` plans:
/// every change to a task's deadline, status, schedule or last report plans it again.
pub async fn replan_after_report(
    conn: &mut SqliteConnection,
    app: &App,
    task_id: i64,
    before: Option<&PlanningRow>,
    after: Option<&PlanningRow>,
) -> store::Result<Option<DateTime<Utc>>> {
    let now = app.now();
    let rows = plan_ahead(app, now, after);
    if rows == plan_ahead(app, now, before) {
        return Ok(None);
    }
    store::reminders::replace_planned(conn, task_id, &rows, now).await
}

/// Extends every chased task's plan to the horizon (daily, and at start-up).
///
/// Only the days not yet planned are planned: what falls on a day depends on the task (and
/// each change to a task plans it again, see [`replan`]) and on the committee's rules and
/// calendar, never on the day the planning runs. So the database remembers the last day
/// planned and the rules it was planned under; the daily run plans the one new day, and a
/// change of rules or holidays drops what was planned from today on and plans it afresh.
///
/// In transactions of [`PLAN_CHUNK`] tasks: planning a national dataset in one would hold
/// SQLite's write lock long enough to delay every status reply and every record of a message
/// sent (and a crash in that gap sends the message again). Planning is idempotent and the
/// last day planned is written after the last chunk, so a crash between chunks only leaves
/// the work for the next run.
pub async fn plan_all(app: &App) -> store::Result<u64> {
    Ok(plan_all_unless(app, &CancellationToken::new()).await?.unwrap_or(0))
}

/// [`plan_all`], stopping between chunks when `stop` is cancelled: what was committed stays,
/// and the rest is planned at the next start (the last day planned is not moved). `None` when
/// stopped.
pub async fn plan_all_unless(app: &App, stop: &CancellationToken) -> store::Result<Option<u64>> {
    let now = app.now();
    let today = local_day(app, now);
    roll_series(app, today).await?;
    let last = today + Duration::days(HORIZON_DAYS);
    let basis = planning_basis(app);
    let mut first = today;
    {
        let mut tx = app.store.begin().await?;
        match store::reminders::planned_through(&mut tx).await? {
            Some((day, planned_under)) if planned_under == basis => {
                first = first.max(day + Duration::days(1))
            }
            Some(_) => {
                let dropped = store::reminders::cancel_planned_from(&mut tx, today).await?;
                tracing::info!(dropped, "the reminder rules or holidays changed; planning again");
            }
            None => {}
        }
        tx.commit().await?;
    }
    if first > last {
        return Ok(Some(0));
    }
    let ids = {
        let mut conn = app.store.conn().await?;
        let (deadline, silent) = store::reminders::earliest(&mut conn).await?;
        store::reminders::candidate_ids(&mut conn, &candidates(app, first, last, deadline, silent)).await?
    };
    let mut added = 0;
    for chunk in ids.chunks(PLAN_CHUNK) {
        if stop.is_cancelled() {
            tracing::info!(added, "planning interrupted by shutdown; the rest at the next start");
            return Ok(None);
        }
        let mut tx = app.store.begin().await?;
        let mut rows = Vec::new();
        for row in &store::reminders::chased_tasks(&mut tx, chunk).await? {
            rows.extend(plan_task(app, row, first, last));
        }
        added += store::reminders::add(&mut tx, &rows, now).await?;
        tx.commit().await?;
    }
    let mut tx = app.store.begin().await?;
    store::reminders::set_planned_through(&mut tx, last, &basis).await?;
    tx.commit().await?;
    Ok(Some(added))
}

/// Creates the occurrences recurring tasks lack on `today` (one whose deadline passed is
/// followed by the next period's; see [`store::tasks::roll_series`]) and plans their reminders,
/// in one transaction.
pub async fn roll_series(app: &App, today: NaiveDate) -> store::Result<usize> {
    let now = app.now();
    let mut tx = app.store.begin().await?;
    let created = store::tasks::roll_series(&mut tx, today, now).await?;
    // The scheduler runs this itself, and reads what falls due after it.
    for id in &created {
        replan(&mut tx, app, *id).await?;
    }
    tx.commit().await?;
    if !created.is_empty() {
        tracing::info!(created = created.len(), %today, "occurrences of recurring tasks created");
    }
    Ok(created.len())
}

/// The tasks that may have an occasion on `first..=last` under the committee's rules (see
/// [`schedule::plan`]): due from `first` to the `n`-th working day after `last` (the furthest
/// "n days ahead" reaching into the days), late by a count of working days that has a notice
/// in the days ([`schedule::late_deadlines`]), or silent for a multiple of
/// the quiet days ending after the last working day before `first`, which on a working day
/// `first` is the day before it.
fn candidates(
    app: &App,
    first: NaiveDate,
    last: NaiveDate,
    earliest_deadline: Option<NaiveDate>,
    earliest_silence: Option<i64>,
) -> store::reminders::Candidates {
    let rules = &app.config.rules;
    let cal = &app.config.calendar;
    let furthest = rules.ahead.iter().copied().max().unwrap_or(0).max(1);
    let epoch_day = |d: NaiveDate| (d - DateTime::<Utc>::UNIX_EPOCH.date_naive()).num_days();
    let late = earliest_deadline
        .map(|earliest| schedule::late_deadlines(rules, cal, earliest, first, last))
        .unwrap_or_default();
    // Silences ending in `(after, through]`, a day's slack either side: the database holds
    // UTC instants, silences count local days.
    let quiet = i64::from(rules.quiet_days);
    let (after, through) = (epoch_day(cal.working_days_before(first, 1)) - 1, epoch_day(last) + 1);
    let mut silent_since = Vec::new();
    if let Some(earliest) = earliest_silence.filter(|_| quiet > 0) {
        for end in after + 1..=through {
            silent_since.extend((1..).map(|m| end - m * quiet).take_while(|since| *since >= earliest));
        }
    }
    store::reminders::Candidates {
        deadline_from: first,
        deadline_through: cal.working_days_after(last, furthest),
        late_deadlines: late,
        silent_since,
    }
}

/// What every task's plan depends on besides the task: the committee's rules, holidays and
/// time zone, as text to compare with what the last planning stored.
fn planning_basis(app: &App) -> String {
    format!("{:?} {:?} {}", app.config.rules, app.config.calendar, app.config.tz)
}

/// Whether reminders may go out at `now`: a working day, in office hours.
pub fn in_office_hours(app: &App, now: DateTime<Utc>) -> bool {
    let local = now.with_timezone(&app.config.tz);
    let (open, close) = app.config.office_hours;
    app.config.calendar.is_working_day(local.date_naive()) && local.time() >= open && local.time() < close
}

/// The next moment office hours begin after `now`.
fn next_opening(app: &App, now: DateTime<Utc>) -> DateTime<Utc> {
    let today = local_day(app, now);
    let (open, _) = app.config.office_hours;
    let mut day = app.config.calendar.on_or_after(today);
    if instant(app, day, open) <= now {
        day = app.config.calendar.on_or_after(today + Duration::days(1));
    }
    instant(app, day, open)
}

/// Sends every reminder that is due; returns how many messages it queued, or `None` when the
/// secretariat paused reminders.
///
/// In two steps. First, in transactions of [`CHUNK`] tasks (see [`plan_all`]), each due
/// reminder's recipients are recorded and the reminder settled; a reminder that falls due
/// meanwhile waits for the next round, one settled meanwhile (its task changed) is left alone.
/// Then [`compose`] turns what each person is to get into one message (a list), or one a
/// task with `DONDOC_REMIND_GROUPING=task`.
pub async fn dispatch(app: &App) -> store::Result<Option<usize>> {
    let now = app.now();
    let today = local_day(app, now);
    let tasks = {
        let mut conn = app.store.conn().await?;
        // Paused, nothing is read: every report wakes the scheduler, and a morning's due
        // reminders are tens of thousands of rows.
        if store::reminders::paused(&mut conn).await? {
            return Ok(None);
        }
        store::reminders::due_tasks(&mut conn, now).await?
    };
    for chunk in tasks.chunks(CHUNK) {
        let mut tx = app.store.begin().await?;
        // Paused meanwhile: what was recorded waits with the rest, so that each person's
        // tasks come in one list after the resume.
        if store::reminders::paused(&mut tx).await? {
            return Ok(None);
        }
        let due = store::reminders::due_of(&mut tx, now, today, chunk).await?;
        record(&mut tx, app, due, now).await?;
        tx.commit().await?;
    }
    Ok(Some(compose(app).await?))
}

/// Records who gets each due reminder of a chunk, and settles it.
async fn record(
    tx: &mut SqliteConnection,
    app: &App,
    due: Vec<store::reminders::Reminder>,
    now: DateTime<Utc>,
) -> store::Result<()> {
    // The latest reminder of each task and audience goes; older ones (downtime) are skipped.
    let mut latest: BTreeMap<(i64, bool), (store::reminders::Reminder, Occasion)> = BTreeMap::new();
    for r in due {
        let Some(occasion) = Occasion::from_parts(&r.occasion, r.days as u32) else {
            store::reminders::settle(tx, r.id, "cancelled", now).await?;
            continue;
        };
        let key = (r.task_id, occasion.audience() == Audience::Leadership);
        if let Some((older, _)) = latest.insert(key, (r, occasion)) {
            store::reminders::settle(tx, older.id, "skipped", now).await?;
        }
    }
    let mut people = People::default();
    let mut rows = Vec::new();
    for (reminder, occasion) in latest.into_values() {
        let task = store::tasks::get(tx, reminder.task_id).await?;
        let Some(task) = task.filter(|t| t.status.is_chased() && t.held().is_none()) else {
            store::reminders::settle(tx, reminder.id, "cancelled", now).await?;
            continue;
        };
        recipients(tx, app, &mut people, &task, reminder.id, occasion, &mut rows).await?;
        store::reminders::settle(tx, reminder.id, "sent", now).await?;
    }
    store::reminders::add_deliveries(tx, &rows).await?;
    Ok(())
}

/// Who reminders reach, read once a chunk: most units have many tasks due the same morning.
#[derive(Default)]
struct People {
    units: HashMap<i64, Vec<(Member, Option<store::absences::Away>)>>,
    leaders: Option<Vec<Member>>,
    office: Option<Vec<Member>>,
}

impl People {
    async fn of_unit(
        &mut self,
        conn: &mut SqliteConnection,
        unit: i64,
        day: NaiveDate,
    ) -> store::Result<&[(Member, Option<store::absences::Away>)]> {
        Ok(match self.units.entry(unit) {
            std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
            std::collections::hash_map::Entry::Vacant(new) => {
                new.insert(reached_officers(conn, unit, day, true).await?)
            }
        })
    }

    async fn leaders(&mut self, conn: &mut SqliteConnection) -> store::Result<&[Member]> {
        if self.leaders.is_none() {
            self.leaders = Some(
                store::members::with_roles(conn, &[Role::Chair, Role::Deputy, Role::Secretariat]).await?,
            );
        }
        Ok(self.leaders.as_deref().unwrap_or_default())
    }

    /// Who gets a unit's reminder when none of its officers can: the secretariat, or else the
    /// chair and deputies.
    async fn office(&mut self, conn: &mut SqliteConnection) -> store::Result<&[Member]> {
        if self.office.is_none() {
            let mut office = store::members::with_roles(conn, &[Role::Secretariat]).await?;
            if office.is_empty() {
                office = store::members::with_roles(conn, &[Role::Chair, Role::Deputy]).await?;
            }
            self.office = Some(office);
        }
        Ok(self.office.as_deref().unwrap_or_default())
    }
}

/// The recipients of one reminder, added to `rows`.
async fn recipients(
    conn: &mut SqliteConnection,
    app: &App,
    people: &mut People,
    task: &Task,
    reminder: i64,
    occasion: Occasion,
    rows: &mut Vec<NewDelivery>,
) -> store::Result<()> {
    let to = |m: &Member, reason: &'static str| delivery(reminder, m, reason);
    match occasion.audience() {
        Audience::Leadership => {
            rows.extend(
                people.leaders(conn).await?.iter().filter(|m| m.reachable).map(|m| to(m, "leadership")),
            );
        }
        Audience::Unit => {
            let today = app.today();
            let officers = people.of_unit(conn, task.lead.id, today).await?.to_vec();
            if officers.is_empty() {
                let all = store::members::officers_of(conn, task.lead.id).await?;
                let why = if all.is_empty() {
                    Unreached::NoOfficer
                } else if all.iter().any(|m| m.reachable) {
                    Unreached::Away
                } else {
                    Unreached::Blocked
                };
                for m in people.office(conn).await?.iter().filter(|m| m.reachable) {
                    rows.push(NewDelivery { unreached: Some(why.as_str()), ..to(m, "fallback") });
                }
            }
            for (m, standing_in) in &officers {
                rows.push(NewDelivery { absence_id: standing_in.as_ref().map(|a| a.id), ..to(m, "lead") });
            }
            // The first overdue notice also goes to the co-operating units.
            if occasion == Occasion::Overdue(1) {
                for unit in &task.co_units {
                    for (m, _) in people.of_unit(conn, unit.id, today).await? {
                        rows.push(to(m, "co_unit"));
                    }
                }
            }
        }
    }
    Ok(())
}

/// `reminder` to `m`'s private chat, for `reason` (`lead`, `co_unit`, `fallback`, `leadership`).
fn delivery(reminder: i64, m: &Member, reason: &'static str) -> NewDelivery {
    NewDelivery {
        reminder_id: reminder,
        chat_id: m.telegram_id,
        member_id: Some(m.id),
        reason,
        unreached: None,
        absence_id: None,
    }
}

/// The officers of `unit` that reminders and requests reach on `day` (with `only_reachable`,
/// not those who blocked the bot): not those away, and each with the absence they stand in
/// for, if a colleague away named them (see [`crate::domain::absence`]).
pub async fn reached_officers(
    conn: &mut SqliteConnection,
    unit: i64,
    day: NaiveDate,
    only_reachable: bool,
) -> store::Result<Vec<(Member, Option<store::absences::Away>)>> {
    use crate::domain::absence::{self, Absent, Officer};
    let officers = store::members::officers_of(conn, unit).await?;
    let away = store::absences::of_unit_on(conn, unit, day).await?;
    let listed: Vec<Officer> =
        officers.iter().map(|m| Officer { id: m.id, reachable: m.reachable || !only_reachable }).collect();
    let absent: Vec<Absent> =
        away.iter().map(|a| Absent { id: a.member_id, stand_in: a.stand_in_id }).collect();
    let reached = absence::recipients(&listed, &absent);
    Ok(officers
        .into_iter()
        .filter_map(|m| {
            let r = reached.iter().find(|r| r.id == m.id)?;
            let standing_in =
                r.standing_in_for.and_then(|id| away.iter().find(|a| a.member_id == id).cloned());
            Some((m, standing_in))
        })
        .collect())
}

/// Chats composed per transaction.
const COMPOSE_CHUNK: usize = 500;

/// Turns the recorded deliveries into messages: each person's into one list (or one message a
/// task, see [`Grouping`]), in transactions of [`COMPOSE_CHUNK`] chats, waking the sender after
/// each. A delivery is pointed at its message in the transaction that queues it, so a crash
/// leaves the rest for the next round and never composes one twice. Returns how many
/// messages it queued.
pub async fn compose(app: &App) -> store::Result<usize> {
    let chats = store::reminders::unsent_chats(&mut *app.store.conn().await?).await?;
    let mut queued = 0;
    for chunk in chats.chunks(COMPOSE_CHUNK) {
        let mut tx = app.store.begin().await?;
        let entries = store::reminders::unsent_of(&mut tx, chunk).await?;
        let lines = Lines::load(&mut tx, &entries).await?;
        let now = app.now();
        let mut sent = 0;
        for person in entries.chunk_by(|a, b| a.chat_id == b.chat_id) {
            let chat = person[0].chat_id;
            // A task settled since its reminder was recorded (reported, confirmed, set aside)
            // drops out of the list.
            let (live, settled): (Vec<&Entry>, Vec<&Entry>) = person.iter().partition(|e| {
                lines.tasks.get(&e.task_id).is_some_and(|t| t.status.is_chased() && t.held().is_none())
            });
            if !settled.is_empty() {
                let ids: Vec<i64> = settled.iter().map(|e| e.reminder_id).collect();
                store::reminders::drop_unsent(&mut tx, chat, &ids, now).await?;
            }
            let lang =
                person[0].language.as_deref().and_then(|l| l.parse().ok()).unwrap_or(app.config.locale);
            let groups: Vec<Vec<&Entry>> = match app.config.remind_grouping {
                Grouping::Person if !live.is_empty() => vec![live],
                Grouping::Person => Vec::new(),
                Grouping::Task => live.into_iter().map(|e| vec![e]).collect(),
            };
            for group in groups {
                let ids: Vec<i64> = group.iter().map(|e| e.reminder_id).collect();
                let Some(mut out) = lines.draw(&mut tx, app, lang, &group, 0).await? else {
                    // Nothing left to say (an occasion this version does not know): not
                    // tried again every round.
                    store::reminders::drop_unsent(&mut tx, chat, &ids, now).await?;
                    continue;
                };
                out.chat_id = chat;
                out.purpose = Purpose::Reminder;
                let mut first = None;
                for part in out.split() {
                    let id = store::outbox::enqueue(&mut tx, &part.into_new_message(), now).await?;
                    first.get_or_insert(id);
                    sent += 1;
                }
                if let Some(outbox_id) = first {
                    store::reminders::attach(&mut tx, chat, &ids, outbox_id).await?;
                }
            }
        }
        tx.commit().await?;
        if sent > 0 {
            app.wake_sender();
        }
        queued += sent;
    }
    Ok(queued)
}

/// What a list's lines need besides their deliveries: the tasks, and the absences covered.
struct Lines {
    tasks: HashMap<i64, Task>,
    absences: HashMap<i64, store::absences::Away>,
}

impl Lines {
    async fn load(conn: &mut SqliteConnection, entries: &[Entry]) -> store::Result<Self> {
        let mut ids: Vec<i64> = entries.iter().map(|e| e.task_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let tasks = store::tasks::get_many(conn, &ids).await?.into_iter().map(|t| (t.id, t)).collect();
        let absent: Vec<i64> = entries.iter().filter_map(|e| e.absence_id).collect();
        let absences = if absent.is_empty() {
            HashMap::new()
        } else {
            store::absences::by_ids(conn, &absent).await?.into_iter().map(|a| (a.id, a)).collect()
        };
        Ok(Self { tasks, absences })
    }

    /// The message for `entries` (one person's): a task's own reminder when there is one, with
    /// its latest report; else page `page` of the list. `None` when none of the tasks is left.
    async fn draw(
        &self,
        conn: &mut SqliteConnection,
        app: &App,
        lang: Lang,
        entries: &[&Entry],
        page: usize,
    ) -> store::Result<Option<Outgoing>> {
        use crate::view::reminder::{self as view, Item, ItemRole};
        // A task once a section, for its latest reminder: deliveries a crash left from an
        // earlier round are composed with the next one's.
        let mut latest: BTreeMap<(i64, bool), &Entry> = BTreeMap::new();
        for e in entries {
            let key = (e.task_id, e.reason == "leadership");
            if latest.get(&key).is_none_or(|known| known.reminder_id < e.reminder_id) {
                latest.insert(key, e);
            }
        }
        let items: Vec<Item> = latest
            .into_values()
            .filter_map(|e| {
                let task = self.tasks.get(&e.task_id)?;
                let occasion = Occasion::from_parts(&e.occasion, e.days as u32)?;
                let role = match e.reason.as_str() {
                    "leadership" => ItemRole::Leadership,
                    "co_unit" => ItemRole::CoUnit,
                    "fallback" => ItemRole::Fallback(
                        e.unreached.as_deref().and_then(Unreached::parse).unwrap_or(Unreached::Blocked),
                    ),
                    _ => ItemRole::Lead { away: e.absence_id.and_then(|a| self.absences.get(&a)) },
                };
                Some(Item { task, occasion, role })
            })
            .collect();
        let Some(first) = entries.iter().map(|e| e.reminder_id).min() else { return Ok(None) };
        Ok(match items.as_slice() {
            [] => None,
            [item] => {
                let history = store::tasks::history(conn, item.task.id, 1).await?;
                Some(view::single(app, lang, item, history.first()))
            }
            _ => {
                let day = entries.iter().map(|e| e.local_day).max().unwrap_or_else(|| app.today());
                Some(view::list(app, lang, items, first, day, page))
            }
        })
    }
}

/// A page of the list that carried `reminder` to `chat`, drawn afresh (statuses as they are
/// now); `None` when there is no such list.
pub async fn list_page(
    conn: &mut SqliteConnection,
    app: &App,
    lang: Lang,
    reminder: i64,
    chat: i64,
    page: usize,
) -> store::Result<Option<Outgoing>> {
    let Some(message) = store::reminders::message_of(conn, reminder, chat).await? else { return Ok(None) };
    let entries = store::reminders::entries_of(conn, message).await?;
    if entries.len() < 2 {
        return Ok(None);
    }
    let lines = Lines::load(conn, &entries).await?;
    let entries: Vec<&Entry> = entries.iter().collect();
    lines.draw(conn, app, lang, &entries, page).await
}

/// The tasks a reminder message (a list, or one task's) was about, when it was one.
pub async fn tasks_of_message(conn: &mut SqliteConnection, outbox_id: i64) -> store::Result<Vec<i64>> {
    let mut ids: Vec<i64> =
        store::reminders::entries_of(conn, outbox_id).await?.into_iter().map(|e| e.task_id).collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Called by the sender when a reminder could not be delivered because the recipient blocked
/// the bot: the tasks of that message whose unit no officer can be reached at any more go to
/// the secretariat.
pub async fn undeliverable(app: &App, outbox_id: i64) -> Result<(), StoreError> {
    let mut tx = app.store.begin().await?;
    let entries = store::reminders::entries_of(&mut tx, outbox_id).await?;
    let mut people = People::default();
    let mut rows = Vec::new();
    let today = app.today();
    for e in entries.iter().filter(|e| e.reason == "lead") {
        let Some(task) = store::tasks::get(&mut tx, e.task_id).await? else { continue };
        if !people.of_unit(&mut tx, task.lead.id, today).await?.is_empty()
            || store::reminders::has_fallback(&mut tx, e.reminder_id).await?
        {
            continue;
        }
        for m in people.office(&mut tx).await?.iter().filter(|m| m.reachable) {
            let why = Some(Unreached::Blocked.as_str());
            rows.push(NewDelivery { unreached: why, ..delivery(e.reminder_id, m, "fallback") });
        }
    }
    if rows.is_empty() {
        return Ok(());
    }
    store::reminders::add_deliveries(&mut tx, &rows).await?;
    tx.commit().await?;
    // The scheduler composes them, after any round it is in the middle of (composing here
    // could split a person's list that round is recording).
    app.reminders_planned(app.now());
    Ok(())
}

/// The scheduler: plans each day ahead, sends what is due, sleeps until the next reminder, the
/// next day, the next office opening, or a change.
pub async fn run(app: Arc<App>, stop: CancellationToken) {
    let mut planned_for: Option<NaiveDate> = None;
    loop {
        app.schedule_looking();
        let now = app.now();
        let today = local_day(&app, now);
        if planned_for != Some(today) {
            match plan_all_unless(&app, &stop).await {
                Ok(Some(added)) => {
                    tracing::info!(%today, added, "reminders planned");
                    planned_for = Some(today);
                }
                Ok(None) => return,
                Err(error) => tracing::error!(%error, "cannot plan reminders"),
            }
        }
        let open = in_office_hours(&app, now);
        let (mut failed, mut paused) = (false, false);
        if open {
            match dispatch(&app).await {
                Ok(queued) => paused = queued.is_none(),
                Err(error) => {
                    tracing::error!(%error, "cannot send due reminders; trying again shortly");
                    failed = true;
                }
            }
        }
        let tomorrow = instant(&app, today + Duration::days(1), NaiveTime::MIN);
        let next_due = store::reminders::next_due_at(&mut *match app.store.conn().await {
            Ok(c) => c,
            Err(error) => {
                tracing::error!(%error, "cannot read the schedule");
                tokio::time::sleep(std::time::Duration::from_secs(5)).await;
                continue;
            }
        })
        .await
        .unwrap_or(None);
        let mut wake = tomorrow;
        if failed {
            wake = now + Duration::seconds(30);
        } else if let Some(due) = next_due {
            // A due reminder waits for office hours; one in the future for its time.
            let at = if due <= now { if open { now } else { next_opening(&app, now) } } else { due };
            if at > now {
                wake = wake.min(at);
            }
        }
        app.schedule_progress(now, wake);
        if paused {
            // Nothing planned goes out until the secretariat resumes, which wakes the loop.
            app.schedule_paused();
        }
        tokio::select! {
            () = app.clock.sleep_until(wake) => {}
            () = app.schedule_change() => {}
            () = stop.cancelled() => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_schedule_overrides_the_committee_days_and_hour() {
        let base = Rules::default();
        let r = rules_for(&base, Some("5,2,0"), Some("9:30"));
        assert_eq!((r.ahead, r.on_due_day), (vec![5, 2], true));
        assert_eq!(r.hour, NaiveTime::from_hms_opt(9, 30, 0).unwrap());
        assert_eq!(rules_for(&base, None, None), base);
        assert_eq!(
            rules_for(&base, Some("garbage"), Some("99")),
            base,
            "a broken override keeps the defaults"
        );
    }
}
