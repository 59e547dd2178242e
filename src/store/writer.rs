//! The one connection that writes, and the transactions on it.
//!
//! It is not in a pool. sqlx's pool pings a connection each time it comes back (a round trip
//! to the connection's thread) and hands it back from a spawned task, so every transaction
//! cost the writer one more round trip and one more task switch than its own statements; a
//! status reply is a handful of statements, so that was a fifth of its time on the writer.
//! Behind a fair mutex, writers still queue in order and each gets the lock the moment the
//! previous one lets go.
//!
//! Transactions are begun and ended by statements sent like any other (not through sqlx's
//! transaction API), so that `BEGIN` can travel with a transaction's first statement, and
//! `COMMIT` with the writes whose results no one reads ([`Tx::defer`]): one round trip for all
//! of them. The writer remembers whether a transaction is open; one dropped without commit is
//! rolled back before anyone else writes.

use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use sqlx::SqliteConnection;
use sqlx::error::BoxDynError;
use sqlx::sqlite::SqliteArguments;
use tokio::sync::{Mutex, Notify, OwnedMutexGuard};

use super::Result;

/// The writing connection, shared.
#[derive(Debug, Clone)]
pub struct Writer {
    slot: Arc<Mutex<Slot>>,
    /// Told each time a holder lets go of the writer (see [`Writer::written`]).
    written: Arc<Notify>,
}

#[derive(Debug)]
struct Slot {
    /// `None` once the store is closed.
    conn: Option<SqliteConnection>,
    /// A transaction may be open on `conn`: its holder went away without committing, or its
    /// `BEGIN` was sent. Whoever takes the writer next rolls it back first.
    open: bool,
    written: Arc<Notify>,
}

impl Writer {
    pub(super) fn new(conn: SqliteConnection) -> Self {
        let written = Arc::new(Notify::new());
        let slot = Slot { conn: Some(conn), open: false, written: written.clone() };
        Self { slot: Arc::new(Mutex::new(slot)), written }
    }

    /// Notified after the writer was held (so, likely, written with), for work that follows
    /// writes (checkpoints) and sleeps while there are none. One notification is kept for a
    /// listener that is not waiting yet.
    pub(super) fn written(&self) -> Arc<Notify> {
        self.written.clone()
    }

    /// Waits for the writer (in order of asking) and takes it.
    pub async fn lock(&self) -> Result<Held> {
        let slot = self.slot.clone().lock_owned().await;
        let mut held = Held(slot);
        if held.0.conn.is_none() {
            return Err(sqlx::Error::PoolClosed.into());
        }
        held.settle().await?;
        Ok(held)
    }

    /// Closes the connection (SQLite checkpoints the log when its last connection closes).
    pub(super) async fn close(&self) {
        let mut held = Held(self.slot.clone().lock_owned().await);
        if held.0.conn.is_none() {
            return;
        }
        if let Err(error) = held.settle().await {
            tracing::warn!(%error, "cannot roll back an abandoned transaction before closing");
        }
        if let Some(conn) = held.0.conn.take()
            && let Err(error) = sqlx::Connection::close(conn).await
        {
            tracing::warn!(%error, "cannot close the database's writing connection");
        }
    }
}

/// The writer, taken: dereferences to the connection the query functions take.
#[derive(Debug)]
pub struct Held(OwnedMutexGuard<Slot>);
impl Drop for Held {
    fn drop(&mut self) {
        self.0.written.notify_one();
    }
}

impl Held {
    /// Rolls back a transaction left open by an earlier holder.
    async fn settle(&mut self) -> Result<()> {
        if !self.0.open {
            return Ok(());
        }
        match sqlx::query("ROLLBACK").execute(&mut **self).await {
            Ok(_) => {}
            // Its BEGIN failed, or its COMMIT went through after the holder gave up waiting.
            Err(sqlx::Error::Database(e)) if e.message().contains("no transaction is active") => {}
            Err(error) => return Err(error.into()),
        }
        self.0.open = false;
        Ok(())
    }
}

impl Deref for Held {
    type Target = SqliteConnection;
    fn deref(&self) -> &SqliteConnection {
        self.0.conn.as_ref().expect("a held writer has its connection: `lock` checks")
    }
}

impl DerefMut for Held {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        self.0.conn.as_mut().expect("a held writer has its connection: `lock` checks")
    }
}

/// A write transaction: dereferences to the connection the query functions take. Dropped
/// without [`Tx::commit`], it is rolled back (at once on a spawned task, or else by the next
/// writer, before anything else).
#[derive(Debug)]
pub struct Tx {
    held: Option<Held>,
    /// Statements held for the commit, each followed by `;`, and their parameters in order.
    deferred: String,
    arguments: SqliteArguments,
}

impl Tx {
    /// `BEGIN IMMEDIATE` takes the write lock up front, so a writer in another process (the
    /// command line) queues on the busy timeout instead of failing when a read upgrades.
    pub(super) async fn begin(held: Held) -> Result<Tx> {
        let mut tx = Tx::begun_by_caller(held);
        sqlx::query("BEGIN IMMEDIATE").execute(&mut *tx).await?;
        Ok(tx)
    }

    /// A transaction whose `BEGIN IMMEDIATE` the caller sends, at the head of its first batch
    /// of statements.
    pub(super) fn begun_by_caller(mut held: Held) -> Tx {
        held.0.open = true;
        Tx { held: Some(held), deferred: String::new(), arguments: SqliteArguments::default() }
    }

    /// Holds a write until the commit, which sends it with `COMMIT` in one batch. For writes
    /// whose results the transaction does not need: later statements of the transaction do not
    /// see them. `sql` takes its parameters as plain `?` (numbered ones would count from the
    /// first statement of the batch), bound in order by `bind`.
    pub(super) fn defer(
        &mut self,
        sql: &str,
        bind: impl FnOnce(&mut SqliteArguments) -> std::result::Result<(), BoxDynError>,
    ) -> Result<()> {
        debug_assert!(
            !sql.as_bytes().windows(2).any(|w| w[0] == b'?' && w[1].is_ascii_digit()),
            "deferred statements take plain `?` parameters: {sql}"
        );
        bind(&mut self.arguments).map_err(sqlx::Error::Encode)?;
        self.deferred.push_str(sql);
        self.deferred.push_str("; ");
        Ok(())
    }

    /// Sends the deferred writes and `COMMIT`.
    pub async fn commit(mut self) -> Result<()> {
        let sql = std::mem::take(&mut self.deferred) + "COMMIT";
        let arguments = std::mem::take(&mut self.arguments);
        sqlx::query_with(sqlx::AssertSqlSafe(sql), arguments).execute(&mut *self).await?;
        self.ended();
        Ok(())
    }

    /// Drops the deferred writes and rolls back.
    pub async fn rollback(mut self) -> Result<()> {
        sqlx::query("ROLLBACK").execute(&mut *self).await?;
        self.ended();
        Ok(())
    }

    fn ended(mut self) {
        if let Some(mut held) = self.held.take() {
            held.0.open = false;
        }
    }
}

impl Drop for Tx {
    fn drop(&mut self) {
        let Some(mut held) = self.held.take() else { return };
        // Rolled back now if a runtime can run it, so the write lock is not kept while no one
        // writes; the writer stays taken until then. Otherwise the next holder does it.
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                if let Err(error) = held.settle().await {
                    tracing::error!(%error, "cannot roll back an abandoned transaction");
                }
            });
        }
    }
}

impl Deref for Tx {
    type Target = SqliteConnection;
    fn deref(&self) -> &SqliteConnection {
        self.held.as_ref().expect("a transaction holds the writer until it ends")
    }
}

impl DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        self.held.as_mut().expect("a transaction holds the writer until it ends")
    }
}
