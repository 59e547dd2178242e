//! The running program's shared state: configuration, database, messages and clock, built once
//! and handed to every handler and background task.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use tokio::sync::Notify;

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
}

impl App {
    /// Opens the database (migrating it) and loads the locales.
    pub async fn new(config: Config, clock: SharedClock) -> Result<Arc<Self>, AppError> {
        let store = Store::connect(&config.database_url).await?;
        let i18n = I18n::load()?;
        Ok(Arc::new(Self { config, store, i18n, clock, outbox_ready: Notify::new() }))
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Today in the committee's time zone: the day deadlines are compared with.
    pub fn today(&self) -> NaiveDate {
        self.clock.now().with_timezone(&self.config.tz).date_naive()
    }

    /// Tells the sender that new messages are in the outbox.
    pub fn wake_sender(&self) {
        self.outbox_ready.notify_one();
    }

    /// Resolves when [`App::wake_sender`] has been called since the last wait.
    pub async fn outbox_ready(&self) {
        self.outbox_ready.notified().await;
    }
}
