//! The only place that knows SQL: the SQLite pool, its migrations, and one module of queries
//! per table group. Query functions take a `&mut SqliteConnection`, so the caller decides
//! whether they run in a transaction ([`Store::begin`]) or on a plain connection ([`Store::conn`]).

pub mod absences;
pub mod audit;
pub mod dialogues;
pub mod evidence;
pub mod extensions;
pub mod groups;
pub mod imports;
pub mod inbox;
pub mod invites;
pub mod members;
pub mod outbox;
pub mod reminders;
pub mod reports;
pub mod seed;
pub mod tasks;
pub mod units;
pub mod views;
mod writer;

use writer::{Answer, Batch, Statement, batch};
pub use writer::{Held, Tx};

use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Sqlite, SqlitePool};

use writer::Writer;

/// What can go wrong talking to the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A stored value this version cannot read (a hand-edited row, a newer schema).
    #[error("unreadable value in {table}.{column}: {value:?}")]
    Corrupt { table: &'static str, column: &'static str, value: String },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The database: SQLite in WAL mode with foreign keys on, through a pool of readers and one
/// writing connection.
///
/// SQLite lets one writer in at a time and makes the others poll with growing sleeps (up to
/// 100 ms apart), so under load a short write could wait a third of a second after the lock
/// was free. With every write through one connection, writers queue in order in the process
/// instead, and each gets the lock the moment the previous one lets go.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
    writer: Writer,
    /// The write-ahead log's file (none for a database in memory), and how many releases of
    /// the writer its last sync covered.
    log: Option<Arc<LogFile>>,
}

#[derive(Debug)]
struct LogFile {
    path: std::path::PathBuf,
    synced: AtomicU64,
}

impl Store {
    /// Opens (creating if missing) the database at `url` and applies pending migrations.
    pub async fn connect(url: &str) -> Result<Self> {
        Self::connect_with(url, LogOptions::default()).await
    }

    /// [`Store::connect`] with the write-ahead log kept otherwise.
    pub async fn connect_with(url: &str, log: LogOptions) -> Result<Self> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // NORMAL is durable across application crashes in WAL mode; only an OS crash or
            // power loss can drop the last transactions, which Telegram would then replay.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            // Statement journals (a multi-row write inside a transaction keeps one, to undo
            // just that statement) stay in memory instead of spilling to temporary files.
            .pragma("temp_store", "MEMORY")
            .pragma("journal_size_limit", LOG_FILE_LIMIT)
            .busy_timeout(Duration::from_secs(10));
        // The writer leaves checkpoints to `checkpoints`: SQLite would otherwise run them in the
        // commit that fills the log, fsync and all, and that commit (a status reply, a planned
        // day) would wait a tenth of a second or more on this disk.
        let writer_options = options.clone().pragma("wal_autocheckpoint", "0");
        let mut writer = writer_options.connect().await?;
        sqlx::migrate!("./migrations").run(&mut writer).await?;
        // No ping before handing out a connection: an embedded database does not drop
        // connections, and the ping is a round trip to the connection's thread on every read.
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .test_before_acquire(false)
            .connect_with(options)
            .await?;
        let writer = Writer::new(writer);
        tokio::spawn(checkpoints(pool.clone(), writer.clone(), log));
        let file = writer_options.get_filename();
        let log = (!file.as_os_str().is_empty() && file != std::path::Path::new(":memory:")).then(|| {
            let mut path = file.as_os_str().to_owned();
            path.push("-wal");
            Arc::new(LogFile { path: path.into(), synced: AtomicU64::new(0) })
        });
        Ok(Self { pool, writer, log })
    }

    /// Makes every commit so far durable: one `fsync` of the write-ahead log, however many
    /// commits it covers, and none when nothing was committed since the last. Commits run with
    /// `synchronous=NORMAL` (no sync each), so a power cut could lose the last ones; the sender
    /// calls this before it tells anyone what was recorded, which makes "đã ghi nhận" true on
    /// disk at the cost of a sync per batch of answers rather than one per commit.
    pub async fn sync_log(&self) -> Result<()> {
        let Some(log) = self.log.clone() else { return Ok(()) };
        let releases = self.writer.releases();
        if log.synced.load(AtomicOrdering::Acquire) >= releases {
            return Ok(());
        }
        let path = log.path.clone();
        let synced = tokio::task::spawn_blocking(move || match std::fs::File::open(&path) {
            Ok(file) => file.sync_data(),
            // No log yet (nothing written since the last one was folded in and removed).
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(error) => Err(error),
        })
        .await
        .map_err(|e| sqlx::Error::Io(std::io::Error::other(e)))?;
        synced.map_err(sqlx::Error::Io)?;
        log.synced.fetch_max(releases, AtomicOrdering::AcqRel);
        Ok(())
    }

    /// A write transaction (see [`Tx`]).
    pub async fn begin(&self) -> Result<Tx> {
        Tx::begin(self.writer.lock().await?).await
    }

    /// A write transaction begun with `batch`'s statements, in one round trip (see
    /// [`inbox::begin_claimed`]).
    async fn begin_with(&self, batch: Batch) -> Result<(Tx, Answer)> {
        Tx::begin_with(self.writer.lock().await?, batch).await
    }

    /// A connection for reads.
    pub async fn conn(&self) -> Result<PoolConnection<Sqlite>> {
        Ok(self.pool.acquire().await?)
    }

    /// The readers.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// The writing connection, for writes of a single statement; several go through
    /// [`Store::begin`]. A task that holds a transaction or another write and asks for it
    /// panics: it would wait for itself forever.
    pub async fn write(&self) -> Result<Held> {
        self.writer.lock().await
    }

    /// Writes a consistent copy of the database to `path` (`VACUUM INTO`), safe while the bot
    /// runs: readers and writers carry on, the copy is one point in time.
    pub async fn backup(&self, path: &std::path::Path) -> Result<()> {
        sqlx::query!("VACUUM INTO ?", path.to_string_lossy()).execute(&self.pool).await?;
        Ok(())
    }

    /// `PRAGMA integrity_check`: `ok`, or what SQLite found.
    pub async fn integrity_check(&self) -> Result<String> {
        // Dynamic: sqlx cannot describe a pragma's columns.
        let rows: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check").fetch_all(&self.pool).await?;
        Ok(rows.join("; "))
    }

    /// Waits for in-use connections and closes them (checkpointing the WAL).
    pub async fn close(&self) {
        self.pool.close().await;
        self.writer.close().await;
    }
}

/// Copies the write-ahead log into the database a little after writes (see [`LogOptions`]),
/// on a reader connection beside the writer, until the pools close; an idle bot does nothing.
/// `PASSIVE` waits for no one: what a reader still needs stays in the log for the next round.
///
/// That alone never lets the log start over while writes go on: SQLite restarts it only when
/// a write begins with every frame already copied, and under steady writes a new frame always
/// lands while the copy runs, so the log grew by every page written (750 MB in the
/// benchmark), and each checkpoint and each read searched all of it. Past
/// [`LogOptions::restart_after_frames`], the little written since is copied holding the
/// writer, and the next write starts the log over (`journal_size_limit` then trims the file).
async fn checkpoints(pool: SqlitePool, writer: Writer, log: LogOptions) {
    let written = writer.written();
    loop {
        written.notified().await;
        tokio::time::sleep(log.checkpoint_after).await;
        if pool.is_closed() {
            return;
        }
        let result = match passive(&pool).await {
            Ok(frames) if frames > log.restart_after_frames => restart(&pool, &writer).await,
            other => other.map(drop),
        };
        if let Err(error) = result {
            if pool.is_closed() {
                return;
            }
            tracing::warn!(%error, "cannot checkpoint the database log; trying again");
        }
    }
}

/// A passive checkpoint (on a reader, or on the writer): the frames in the log.
async fn passive<'c>(on: impl sqlx::SqliteExecutor<'c>) -> Result<i64> {
    // Dynamic: sqlx cannot describe a pragma's columns.
    let (_busy, frames, _copied): (i64, i64, i64) =
        sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)").fetch_one(on).await?;
    Ok(frames)
}

/// Copies the log to its end with no write in between, so that the next write restarts it.
/// A second pass beside the writer first takes what came in during the last, so the writer is
/// held only for the few frames since (about 5 ms in the benchmark, against 9–14 ms when one
/// pass held it).
async fn restart(pool: &SqlitePool, writer: &Writer) -> Result<()> {
    passive(pool).await?;
    passive(&mut *writer.lock().await?).await?;
    Ok(())
}

/// How the write-ahead log is kept short (see [`checkpoints`]).
#[derive(Debug, Clone, Copy)]
pub struct LogOptions {
    /// How long after a write the log is checkpointed. Each pass fsyncs the log before it
    /// copies, and the kernel's writeback of what came in since the last pass (IO work at a
    /// higher priority than ours, on the same two cores) stalls the writer while it runs: 10 to
    /// 15 ms a pass every 100 ms in the benchmark, the replies' slowest 1%. Shorter waits mean
    /// less to flush each time and shorter stalls (five alternated pairs of runs, 16 officers:
    /// p99 19.9–24.0 ms at 100 ms, 15.9–20.3 ms at 25 ms; no better at 10 ms, worse with no
    /// wait at all, where passes ran back to back). A pass copies each page once however often it was
    /// written since, so idle or light use costs a pass per burst of writes. 25 ms.
    pub checkpoint_after: Duration,
    /// How long the log may grow before it is made to start over: 16,384 frames, 64 MB of
    /// 4 kB pages.
    pub restart_after_frames: i64,
}

impl Default for LogOptions {
    fn default() -> Self {
        Self { checkpoint_after: Duration::from_millis(25), restart_after_frames: 16_384 }
    }
}

/// The size SQLite trims the log file back to when it starts over.
const LOG_FILE_LIMIT: &str = "67108864";

pub fn corrupt(table: &'static str, column: &'static str, value: impl Into<String>) -> StoreError {
    StoreError::Corrupt { table, column, value: value.into() }
}
