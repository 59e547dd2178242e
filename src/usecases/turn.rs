//! One update's transaction: it claims the update in the inbox, carries the changes the
//! handler makes and the messages it decides to send, and commits them together.
//!
//! The claim travels with `BEGIN` and the messages with `COMMIT`: every round trip to the
//! database's thread is time the one writer is held, and a status reply makes few others.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::app::App;
use crate::domain::Task;
use crate::store::inbox::Loaded;
use crate::store::outbox::NewMessage;
use crate::store::{self, Tx};
use crate::view::message::Outgoing;

pub struct Turn<'a> {
    app: &'a App,
    tx: Tx,
    now: DateTime<Utc>,
    /// The task read with the claim, until anything else is read or written in the turn
    /// (after which it may be stale).
    loaded: Option<Loaded>,
    /// Messages to enqueue with the commit.
    outbox: Vec<NewMessage>,
    /// Whether messages were queued through the store instead.
    queued_elsewhere: bool,
    /// When the earliest reminder this turn planned falls due, and whether the committee's
    /// schedule changed: the scheduler hears after the commit, when it can read them.
    planned: Option<DateTime<Utc>>,
    schedule_changed: bool,
}

impl<'a> Turn<'a> {
    /// Starts handling `update_id`; `None` if it was already handled (a replay after a crash).
    pub async fn begin(app: &'a App, update_id: i64) -> store::Result<Option<Turn<'a>>> {
        Self::begin_about(app, update_id, None).await
    }

    /// [`Turn::begin`] for an update that is likely about `task`: the task is read with the
    /// claim, one round trip fewer on the writer for [`Turn::task`].
    pub async fn begin_about(
        app: &'a App,
        update_id: i64,
        task: Option<i64>,
    ) -> store::Result<Option<Turn<'a>>> {
        let now = app.now();
        let Some(claimed) = store::inbox::begin_claimed(&app.store, update_id, now, task).await? else {
            tracing::debug!(update_id, "update already processed, skipping");
            return Ok(None);
        };
        Ok(Some(Turn {
            app,
            tx: claimed.tx,
            loaded: claimed.task,
            now,
            outbox: Vec::new(),
            queued_elsewhere: false,
            planned: None,
            schedule_changed: false,
        }))
    }

    /// The instant this update is handled at, by the injected clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// The transaction's connection, for store queries.
    pub fn db(&mut self) -> &mut SqliteConnection {
        self.loaded = None;
        &mut self.tx
    }

    /// The transaction, for store writes held until the commit.
    pub fn tx(&mut self) -> &mut Tx {
        self.loaded = None;
        &mut self.tx
    }

    /// Task `id` with its co-units, as this transaction sees it: the one read with the claim
    /// if nothing has touched the database in this turn since, else read now.
    pub async fn task(&mut self, id: i64) -> store::Result<Option<Task>> {
        match self.loaded.take() {
            Some(loaded) if loaded.id == id => Ok(loaded.task),
            _ => store::tasks::get(self.db(), id).await,
        }
    }

    /// The task `typed` names ([`store::tasks::resolve`]); a plain code whose task was read
    /// with the claim and heads no series is that task, with no query.
    pub async fn resolve(&mut self, typed: &crate::domain::TaskRef) -> store::Result<Option<i64>> {
        if let (crate::domain::TaskRef::Code(id), Some(loaded)) = (typed, &self.loaded)
            && loaded.id == *id
            && loaded.task.as_ref().is_some_and(|t| t.occurrence.as_ref().is_none_or(|o| o.series != *id))
        {
            return Ok(Some(*id));
        }
        // A read: what was read with the claim stays valid.
        store::tasks::resolve(&mut self.tx, typed).await
    }

    /// Queues a message; it is sent only if the turn commits.
    pub fn send(&mut self, out: Outgoing) {
        self.outbox.push(out.into_new_message());
    }

    /// Notes that messages were queued through the store rather than [`Turn::send`].
    pub fn queued_elsewhere(&mut self) {
        self.queued_elsewhere = true;
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
        store::outbox::enqueue_and_commit(self.tx, &self.outbox, self.now).await?;
        if self.queued_elsewhere || !self.outbox.is_empty() {
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
