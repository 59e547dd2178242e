//! The running program's shared state: configuration, database, messages and clock, built once
//! and handed to every handler and background task.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use tokio::sync::{Notify, watch};

use crate::clock::SharedClock;
use crate::config::Config;
use crate::i18n::{I18n, LocaleError};
use crate::store::{Store, StoreError};

/// Why the program could not be assembled.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("cannot open the database: {0}")]
    Store(#[from] StoreError),
    #[error("a locale file is broken: {0}")]
    Locale(#[from] LocaleError),
}

/// Everything a handler or background task needs; shared behind an `Arc`.
pub struct App {
    pub config: Config,
    pub store: Store,
    pub i18n: I18n,
    pub clock: SharedClock,
    outbox_ready: Notify,
    schedule_changed: Notify,
    /// When the scheduler looks next; `None` while it is looking (see [`App::reminders_planned`]).
    next_look: std::sync::Mutex<Option<DateTime<Utc>>>,
    /// What the scheduler last did: the instant it looked at, and when it will look next.
    schedule_progress: watch::Sender<(DateTime<Utc>, DateTime<Utc>)>,
    /// The same, for the scheduled reports.
    report_progress: watch::Sender<(DateTime<Utc>, DateTime<Utc>)>,
    /// The bot's username, once the adapter has asked Telegram (links to the Mini App).
    bot_username: std::sync::OnceLock<String>,
}

impl App {
    /// Opens the database (migrating it) and loads the locales.
    pub async fn new(config: Config, clock: SharedClock) -> Result<Arc<Self>, AppError> {
        let store = Store::connect(&config.database_url).await?;
        let i18n = I18n::load()?;
        // Until the loops have looked once, they have looked at nothing: a watcher that took the
        // start for a look would think a restarted bot had already caught up.
        let never = DateTime::<Utc>::MIN_UTC;
        Ok(Arc::new(Self {
            config,
            store,
            i18n,
            clock,
            outbox_ready: Notify::new(),
            schedule_changed: Notify::new(),
            next_look: std::sync::Mutex::new(None),
            schedule_progress: watch::Sender::new((never, never)),
            report_progress: watch::Sender::new((never, never)),
            bot_username: std::sync::OnceLock::new(),
        }))
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Today in the committee's time zone: the day deadlines are compared with.
    pub fn today(&self) -> NaiveDate {
        self.clock.now().with_timezone(&self.config.tz).date_naive()
    }

    /// The last day an open task due from `today` on counts as due soon: the
    /// `DONDOC_DUE_SOON_DAYS`-th working day after it (today itself with 0).
    pub fn due_soon_until(&self, today: NaiveDate) -> NaiveDate {
        self.config.calendar.working_days_after(today, self.config.due_soon_days)
    }

    /// Tells the sender that new messages are in the outbox.
    pub fn wake_sender(&self) {
        self.outbox_ready.notify_one();
    }

    /// Resolves when [`App::wake_sender`] has been called since the last wait.
    pub async fn outbox_ready(&self) {
        self.outbox_ready.notified().await;
    }

    /// Tells the scheduler that the schedule changed (paused, resumed, rules changed).
    pub fn schedule_changed(&self) {
        self.schedule_changed.notify_one();
    }

    /// Resolves when [`App::schedule_changed`] has been called since the last wait.
    pub async fn schedule_change(&self) {
        self.schedule_changed.notified().await;
    }

    /// Tells the scheduler, if it needs to know, that committed reminders fall due at
    /// `earliest`: only when it would look later than that (or is looking now, and may have
    /// read before the commit). Every status reply plans its task again, and most of what it
    /// plans falls due days later; waking the scheduler for each would cost two reads a reply.
    pub fn reminders_planned(&self, earliest: DateTime<Utc>) {
        let next = *self.next_look();
        if next.is_none_or(|next| earliest < next) {
            self.schedule_changed.notify_one();
        }
    }

    fn next_look(&self) -> std::sync::MutexGuard<'_, Option<DateTime<Utc>>> {
        self.next_look.lock().expect("never poisoned: no code panics holding it")
    }

    /// Records that the scheduler is reading the schedule.
    pub fn schedule_looking(&self) {
        *self.next_look() = None;
    }

    /// Records that reminders are paused: planning more needs no new look until they resume.
    pub fn schedule_paused(&self) {
        *self.next_look() = Some(DateTime::<Utc>::MAX_UTC);
    }

    /// Records that the scheduler handled everything due at `looked_at` and sleeps until `next`.
    pub fn schedule_progress(&self, looked_at: DateTime<Utc>, next: DateTime<Utc>) {
        *self.next_look() = Some(next);
        self.schedule_progress.send_replace((looked_at, next));
    }

    /// Records that the report scheduler handled `looked_at` and sleeps until `next`.
    pub fn report_progress(&self, looked_at: DateTime<Utc>, next: DateTime<Utc>) {
        self.report_progress.send_replace((looked_at, next));
    }

    /// Follows the report scheduler's progress.
    /// Notes the bot's username (the adapter, at start).
    pub fn set_bot_username(&self, name: &str) {
        let _ = self.bot_username.set(name.to_string());
    }

    /// The bot's username, once known; empty before.
    pub fn bot_username(&self) -> &str {
        self.bot_username.get().map_or("", String::as_str)
    }

    pub fn watch_reports(&self) -> watch::Receiver<(DateTime<Utc>, DateTime<Utc>)> {
        self.report_progress.subscribe()
    }

    /// Follows the scheduler's progress (tests wait on it after moving the clock).
    pub fn watch_schedule(&self) -> watch::Receiver<(DateTime<Utc>, DateTime<Utc>)> {
        self.schedule_progress.subscribe()
    }
}
