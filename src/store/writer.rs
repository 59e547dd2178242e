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
//! transaction API), so that `BEGIN` can travel with a transaction's first statements
//! ([`Tx::begin_with`]) and `COMMIT` with the writes whose results no one reads
//! ([`Tx::deferred`]): one round trip for all of them. A status reply holds the writer for two
//! round trips so, where sqlx's transactions (a round trip a statement, `BEGIN` and `COMMIT`
//! included) would take seven. The writer remembers whether a transaction is open; one
//! dropped without commit is rolled back before anyone else writes.
//!
//! The rules of that protocol are kept by types and by checks that hold in every build:
//! - a [`Tx`] exists only with its `BEGIN` sent or on its way in the same batch;
//! - statements travel together only as a [`Batch`], filled through [`batch!`], which has
//!   sqlx check each statement's SQL when the crate builds and refuses numbered parameters
//!   (they would count from the batch's first statement); each statement's rows come back as
//!   its own ([`Answer::rows`]);
//! - a task that holds the writer (a transaction, or a write not finished) and asks for it
//!   again would wait for itself forever: [`Writer::lock`] panics instead.

use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError};

use futures::TryStreamExt;
use sqlx::error::BoxDynError;
use sqlx::sqlite::{SqliteArguments, SqliteRow};
use sqlx::{Either, Executor, SqliteConnection};
use tokio::sync::{Mutex, Notify, OwnedMutexGuard};

use super::Result;

/// The writing connection, shared.
#[derive(Debug, Clone)]
pub struct Writer {
    slot: Arc<Mutex<Slot>>,
    /// Who holds `slot`, kept beside it: asking for the writer must not wait to find out.
    holder: HolderCell,
    /// Told each time a holder lets go of the writer (see [`Writer::written`]).
    written: Arc<Notify>,
    releases: Arc<AtomicU64>,
}

#[derive(Debug)]
struct Slot {
    /// `None` once the store is closed.
    conn: Option<SqliteConnection>,
    /// A transaction may be open on `conn`: its holder went away without committing, or its
    /// `BEGIN` was sent. Whoever takes the writer next rolls it back first.
    open: bool,
    written: Arc<Notify>,
    /// Counts the holders that let go: what may have been committed since a given moment.
    releases: Arc<AtomicU64>,
}

impl Writer {
    pub(super) fn new(conn: SqliteConnection) -> Self {
        let written = Arc::new(Notify::new());
        let releases = Arc::new(AtomicU64::new(0));
        let slot =
            Slot { conn: Some(conn), open: false, written: written.clone(), releases: releases.clone() };
        Self { slot: Arc::new(Mutex::new(slot)), holder: HolderCell::default(), written, releases }
    }

    /// Notified after the writer was held (so, likely, written with), for work that follows
    /// writes (checkpoints) and sleeps while there are none. One notification is kept for a
    /// listener that is not waiting yet.
    pub(super) fn written(&self) -> Arc<Notify> {
        self.written.clone()
    }

    /// How many times the writer was let go so far: unchanged, nothing was committed.
    pub(super) fn releases(&self) -> u64 {
        self.releases.load(Ordering::Acquire)
    }

    /// Waits for the writer (in order of asking) and takes it.
    ///
    /// # Panics
    ///
    /// When the calling task already holds the writer (see [`Holder`]): it would wait for
    /// itself forever.
    pub async fn lock(&self) -> Result<Held> {
        let mut held = self.take().await;
        if held.slot.conn.is_none() {
            return Err(sqlx::Error::PoolClosed.into());
        }
        held.settle().await?;
        Ok(held)
    }

    async fn take(&self) -> Held {
        let me = Holder::current();
        if self.holder.get() == Some(me) {
            panic!(
                "this task already holds the database's writer (a transaction, or a write not \
                 finished) and asked for it again, which would wait forever: write through the \
                 connection it holds, or let go of it first"
            );
        }
        let slot = self.slot.clone().lock_owned().await;
        self.holder.set(Some(me));
        Held { slot, holder: self.holder.clone() }
    }

    /// Closes the connection (SQLite checkpoints the log when its last connection closes).
    pub(super) async fn close(&self) {
        let mut held = self.take().await;
        if held.slot.conn.is_none() {
            return;
        }
        if let Err(error) = held.settle().await {
            tracing::warn!(%error, "cannot roll back an abandoned transaction before closing");
        }
        if let Some(conn) = held.slot.conn.take()
            && let Err(error) = sqlx::Connection::close(conn).await
        {
            tracing::warn!(%error, "cannot close the database's writing connection");
        }
    }
}

/// Who holds the writer: a tokio task, or a thread for a future run by `block_on` (a test's
/// body, `main`), which is no task.
///
/// A holder is the one that last used the writer, not only the one that took it, so a
/// transaction handed to another task belongs to that task from its first statement there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holder {
    Task(tokio::task::Id),
    Thread(std::thread::ThreadId),
}

impl Holder {
    fn current() -> Self {
        match tokio::task::try_id() {
            Some(id) => Holder::Task(id),
            None => Holder::Thread(std::thread::current().id()),
        }
    }
}

#[derive(Debug, Clone, Default)]
struct HolderCell(Arc<std::sync::Mutex<Option<Holder>>>);

impl HolderCell {
    fn get(&self) -> Option<Holder> {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn set(&self, holder: Option<Holder>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = holder;
    }
}

/// The writer, taken: dereferences to the connection the query functions take.
#[derive(Debug)]
pub struct Held {
    slot: OwnedMutexGuard<Slot>,
    holder: HolderCell,
}

impl Drop for Held {
    fn drop(&mut self) {
        // Before the slot's guard goes (fields drop after this): the next holder marks itself.
        self.holder.set(None);
        self.slot.releases.fetch_add(1, Ordering::Release);
        self.slot.written.notify_one();
    }
}

impl Held {
    /// Rolls back a transaction left open by an earlier holder.
    async fn settle(&mut self) -> Result<()> {
        if !self.slot.open {
            return Ok(());
        }
        match sqlx::query!("ROLLBACK").execute(&mut **self).await {
            Ok(_) => {}
            // Its BEGIN failed, or its COMMIT went through after the holder gave up waiting.
            Err(sqlx::Error::Database(e)) if e.message().contains("no transaction is active") => {}
            Err(error) => return Err(error.into()),
        }
        self.slot.open = false;
        Ok(())
    }

    fn conn(&mut self) -> &mut SqliteConnection {
        self.holder.set(Some(Holder::current()));
        self.slot.conn.as_mut().expect("a held writer has its connection: `lock` checks")
    }
}

impl Deref for Held {
    type Target = SqliteConnection;
    fn deref(&self) -> &SqliteConnection {
        self.holder.set(Some(Holder::current()));
        self.slot.conn.as_ref().expect("a held writer has its connection: `lock` checks")
    }
}

impl DerefMut for Held {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        self.conn()
    }
}

/// Statements sent to the database's thread together, in one round trip: to begin a
/// transaction ([`Tx::begin_with`]), held for its commit ([`Tx::deferred`]), or alone
/// ([`Batch::fetch`]). Filled through [`batch!`].
#[derive(Debug, Default)]
pub struct Batch {
    /// Each statement followed by `;`.
    sql: String,
    /// The statements' parameters, in order.
    arguments: SqliteArguments,
    statements: usize,
    /// A statement's arguments failed to encode after some were added: the rest no longer line
    /// up with their statements, and the batch must not be sent.
    broken: bool,
}

/// A statement's place in its [`Batch`], to find its rows in the [`Answer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statement(usize);

/// The rows each statement of a [`Batch`] returned.
#[derive(Debug)]
pub struct Answer(Vec<Vec<SqliteRow>>);

impl Answer {
    /// The rows `statement` returned.
    pub fn rows(&self, statement: Statement) -> &[SqliteRow] {
        &self.0[statement.0]
    }
}

impl Batch {
    /// Adds a statement: through [`batch!`], which checks `sql` when the crate builds and
    /// binds its arguments in order.
    #[doc(hidden)]
    pub fn push(
        &mut self,
        sql: &'static str,
        bind: impl FnOnce(&mut SqliteArguments) -> std::result::Result<(), BoxDynError>,
    ) -> Result<Statement> {
        if let Err(error) = bind(&mut self.arguments) {
            self.broken = true;
            return Err(sqlx::Error::Encode(error).into());
        }
        self.sql.push_str(sql);
        self.sql.push_str("; ");
        self.statements += 1;
        Ok(Statement(self.statements - 1))
    }

    pub fn is_empty(&self) -> bool {
        self.statements == 0
    }

    /// Runs the statements on `conn`, in one round trip.
    pub async fn fetch(self, conn: &mut SqliteConnection) -> Result<Answer> {
        self.send(conn, None, None).await
    }

    /// Runs `head`, the statements and `tail` (each one statement without parameters) in one
    /// round trip; the answer has the rows of the batch's own statements.
    async fn send(
        self,
        conn: &mut SqliteConnection,
        head: Option<&'static str>,
        tail: Option<&'static str>,
    ) -> Result<Answer> {
        if self.broken {
            return Err(
                sqlx::Error::Protocol("a batch whose arguments failed to encode was sent".into()).into()
            );
        }
        let mut sql = String::with_capacity(self.sql.len() + 32);
        if let Some(head) = head {
            sql.push_str(head);
            sql.push_str("; ");
        }
        sql.push_str(&self.sql);
        if let Some(tail) = tail {
            sql.push_str(tail);
        }
        // Dynamic: the batch's statements, each checked by `batch!` where it was added.
        let query = sqlx::query_with(sqlx::AssertSqlSafe(sql), self.arguments);
        // sqlx ends each statement's rows with its result: that is how rows find their statement.
        let mut answer = Vec::with_capacity(self.statements + 2);
        let mut rows = Vec::new();
        let mut steps = conn.fetch_many(query);
        while let Some(step) = steps.try_next().await? {
            match step {
                Either::Left(_) => answer.push(std::mem::take(&mut rows)),
                Either::Right(row) => rows.push(row),
            }
        }
        if tail.is_some() {
            answer.pop();
        }
        if head.is_some() {
            answer.remove(0);
        }
        assert_eq!(answer.len(), self.statements, "each statement of a batch ends with its result");
        Ok(Answer(answer))
    }
}

/// Adds a statement to a [`Batch`]: `batch!(batch, "INSERT … VALUES (?, ?)", a, b)`, giving its
/// [`Statement`]. sqlx's `query!` checks the SQL and the number of arguments when the crate
/// builds (in code that never runs: the batch binds the arguments itself, since sqlx cannot
/// join the arguments of several queries), and a numbered parameter fails to compile.
macro_rules! batch {
    ($batch:expr, $sql:literal $(, $arg:expr)* $(,)?) => {{
        const _: () = assert!(
            $crate::store::writer::plain_parameters($sql),
            "a statement of a batch takes plain `?` parameters"
        );
        if false {
            let _ = ::sqlx::query!($sql $(, $arg)*);
        }
        $batch.push($sql, |arguments| {
            $(::sqlx::Arguments::add(arguments, $arg)?;)*
            Ok(())
        })
    }};
}
pub(crate) use batch;

/// Whether `sql` has no numbered parameters (`?1`, `$1`): in a batch they would count from
/// its first statement.
pub const fn plain_parameters(sql: &str) -> bool {
    let sql = sql.as_bytes();
    let mut i = 0;
    while i + 1 < sql.len() {
        if (sql[i] == b'?' || sql[i] == b'$') && sql[i + 1].is_ascii_digit() {
            return false;
        }
        i += 1;
    }
    true
}

/// A write transaction: dereferences to the connection the query functions take. Dropped
/// without [`Tx::commit`], it is rolled back (at once on a spawned task, or else by the next
/// writer, before anything else).
#[derive(Debug)]
pub struct Tx {
    held: Option<Held>,
    /// Statements held for the commit.
    deferred: Batch,
}

impl Tx {
    /// `BEGIN IMMEDIATE` takes the write lock up front, so a writer in another process (the
    /// command line) queues on the busy timeout instead of failing when a read upgrades.
    pub(super) async fn begin(held: Held) -> Result<Tx> {
        let mut tx = Tx::opening(held);
        sqlx::query!("BEGIN IMMEDIATE").execute(&mut *tx).await?;
        Ok(tx)
    }

    /// [`Tx::begin`] with `batch`'s statements in the same round trip, inside the transaction.
    pub(super) async fn begin_with(held: Held, batch: Batch) -> Result<(Tx, Answer)> {
        let mut tx = Tx::opening(held);
        let answer = batch.send(&mut tx, Some("BEGIN IMMEDIATE"), None).await?;
        Ok((tx, answer))
    }

    fn opening(mut held: Held) -> Tx {
        held.slot.open = true;
        Tx { held: Some(held), deferred: Batch::default() }
    }

    /// Writes held until the commit, which sends them with `COMMIT` in one batch (add them
    /// with [`batch!`]). For writes whose results the transaction does not need: later
    /// statements of the transaction do not see them.
    pub(super) fn deferred(&mut self) -> &mut Batch {
        &mut self.deferred
    }

    /// Sends the deferred writes and `COMMIT`.
    pub async fn commit(mut self) -> Result<()> {
        let deferred = std::mem::take(&mut self.deferred);
        if deferred.is_empty() {
            sqlx::query!("COMMIT").execute(&mut *self).await?;
        } else {
            deferred.send(&mut self, None, Some("COMMIT")).await?;
        }
        self.ended();
        Ok(())
    }

    /// Drops the deferred writes and rolls back.
    pub async fn rollback(mut self) -> Result<()> {
        sqlx::query!("ROLLBACK").execute(&mut *self).await?;
        self.ended();
        Ok(())
    }

    fn ended(mut self) {
        if let Some(mut held) = self.held.take() {
            held.slot.open = false;
        }
    }
}

impl Drop for Tx {
    fn drop(&mut self) {
        let Some(mut held) = self.held.take() else { return };
        // Rolled back now if a runtime can run it, so the write lock is not kept while no one
        // writes; the writer stays taken until then. Otherwise the next holder does it.
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            // The task that dropped it no longer holds the writer, and may ask for it again.
            held.holder.set(None);
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

#[cfg(test)]
mod tests {
    use sqlx::Connection;

    use super::*;

    async fn writer() -> Writer {
        let mut conn = SqliteConnection::connect("sqlite::memory:").await.unwrap();
        sqlx::raw_sql(sqlx::AssertSqlSafe("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"))
            .execute(&mut conn)
            .await
            .unwrap();
        Writer::new(conn)
    }

    #[tokio::test]
    #[should_panic(expected = "already holds the database's writer")]
    async fn asking_for_the_writer_while_holding_a_transaction_panics() {
        let writer = writer().await;
        let _tx = Tx::begin(writer.lock().await.unwrap()).await.unwrap();
        let _ = writer.lock().await;
    }

    #[tokio::test]
    async fn so_does_a_spawned_task_holding_a_write() {
        let writer = writer().await;
        let in_task = writer.clone();
        let task = tokio::spawn(async move {
            let _held = in_task.lock().await.unwrap();
            let _ = in_task.lock().await;
        });
        let error = task.await.expect_err("the task panics");
        assert!(error.is_panic());
        let message = error.into_panic();
        let message = message.downcast_ref::<&str>().copied().unwrap_or_default();
        assert!(message.contains("already holds the database's writer"), "{message}");
        // The panic let go of the writer.
        drop(writer.lock().await.unwrap());
    }

    #[tokio::test]
    async fn a_task_waits_for_a_transaction_it_handed_to_another() {
        let writer = writer().await;
        let mut tx = Tx::begin(writer.lock().await.unwrap()).await.unwrap();
        let elsewhere = tokio::spawn(async move {
            sqlx::query("INSERT INTO t (v) VALUES ('a')").execute(&mut *tx).await.unwrap();
            tokio::task::yield_now().await;
            tx.commit().await.unwrap();
        });
        tokio::task::yield_now().await;
        // Waits (no panic) until the other task commits.
        let mut held = writer.lock().await.unwrap();
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM t").fetch_one(&mut *held).await.unwrap();
        assert_eq!(n, 1);
        drop(held);
        elsewhere.await.unwrap();
    }

    #[tokio::test]
    async fn a_dropped_transaction_is_rolled_back_and_the_writer_free_again() {
        let writer = writer().await;
        let mut tx = Tx::begin(writer.lock().await.unwrap()).await.unwrap();
        sqlx::query("INSERT INTO t (v) VALUES ('a')").execute(&mut *tx).await.unwrap();
        drop(tx);
        let mut held = writer.lock().await.unwrap();
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM t").fetch_one(&mut *held).await.unwrap();
        assert_eq!(n, 0);
    }

    #[tokio::test]
    async fn rows_come_back_by_statement() {
        let writer = writer().await;
        let mut batch = Batch::default();
        let none = batch.push("SELECT v FROM t WHERE id = ?", |a| sqlx::Arguments::add(a, 1)).unwrap();
        let one = batch.push("SELECT ? AS v", |a| sqlx::Arguments::add(a, "x")).unwrap();
        let (tx, answer) = Tx::begin_with(writer.lock().await.unwrap(), batch).await.unwrap();
        assert!(answer.rows(none).is_empty());
        assert_eq!(sqlx::Row::get::<String, _>(&answer.rows(one)[0], 0), "x");
        tx.commit().await.unwrap();
    }

    #[test]
    fn numbered_parameters_are_told_apart() {
        assert!(plain_parameters("UPDATE t SET v = ? WHERE id = ?"));
        assert!(!plain_parameters("UPDATE t SET v = ?1 WHERE id = ?2"));
        assert!(!plain_parameters("SELECT $1"));
    }
}
