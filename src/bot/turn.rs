//! One update's transaction: it claims the update in the inbox, carries the changes the
//! handler makes and the messages it decides to send, and commits them together.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::outgoing::Outgoing;
use crate::app::App;
use crate::store::{self, Tx};

pub struct Turn<'a> {
    app: &'a App,
    tx: Tx,
    now: DateTime<Utc>,
    queued: usize,
    /// When the earliest reminder this turn planned falls due, and whether the committee's
    /// schedule changed: the scheduler hears after the commit, when it can read them.
    planned: Option<DateTime<Utc>>,
    schedule_changed: bool,
}

impl<'a> Turn<'a> {
    /// Starts handling `update_id`; `None` if it was already handled (a replay after a crash).
    pub async fn begin(app: &'a App, update_id: i64) -> store::Result<Option<Turn<'a>>> {
        let now = app.now();
        let mut tx = app.store.begin().await?;
        if !store::inbox::claim(&mut tx, update_id, now).await? {
            tracing::debug!(update_id, "update already processed, skipping");
            return Ok(None);
        }
        Ok(Some(Turn { app, tx, now, queued: 0, planned: None, schedule_changed: false }))
    }

    /// The instant this update is handled at, by the injected clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// The transaction's connection, for store queries.
    pub fn db(&mut self) -> &mut SqliteConnection {
        &mut self.tx
    }

    /// Queues a message; it is sent only if the turn commits.
    pub async fn send(&mut self, out: Outgoing) -> store::Result<i64> {
        self.queued += 1;
        store::outbox::enqueue(&mut self.tx, &out.into_new_message(), self.now).await
    }

    /// Notes that messages were queued through the store rather than [`Turn::send`].
    pub fn queued_elsewhere(&mut self) {
        self.queued += 1;
    }

    /// Notes reminders planned in this turn, falling due at `earliest` at the soonest.
    pub fn planned(&mut self, earliest: Option<DateTime<Utc>>) {
        self.planned = match (self.planned, earliest) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }

    /// Notes that the committee's schedule changed (paused, resumed, tasks imported).
    pub fn schedule_changed(&mut self) {
        self.schedule_changed = true;
    }

    pub async fn commit(self) -> store::Result<()> {
        self.tx.commit().await?;
        if self.queued > 0 {
            self.app.wake_sender();
        }
        if self.schedule_changed {
            self.app.schedule_changed();
        } else if let Some(earliest) = self.planned {
            self.app.reminders_planned(earliest);
        }
        Ok(())
    }
}
