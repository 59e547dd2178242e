//! What every end-to-end test needs: the fake Bot API, a fresh database in a temporary
//! directory, a manual clock, and the real bot running against them.

pub mod fake_api;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use dondoc::app::App;
use dondoc::clock::ManualClock;
use dondoc::config::Config;
pub use fake_api::{Chat, FakeApi, Fault, Sent, TgUser};
use tokio::sync::oneshot;

/// Monday 5 January 2026, 09:00 in Hà Nội: a working morning.
pub fn monday_morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 5, 2, 0, 0).unwrap()
}

/// Options for [`TestBot::start`].
#[derive(Default, Clone)]
pub struct Options {
    /// `DONDOC_ADMINS`.
    pub admins: Vec<i64>,
    /// Further variables, as `(name, value)`.
    pub env: Vec<(String, String)>,
}

/// The bot running against the fake API.
pub struct TestBot {
    pub fake: Arc<FakeApi>,
    pub app: Arc<App>,
    pub clock: ManualClock,
    pub dir: Arc<tempfile::TempDir>,
    options: Options,
    stop: Option<oneshot::Sender<()>>,
    running: Option<tokio::task::JoinHandle<Result<(), dondoc::bot::RunError>>>,
}

impl TestBot {
    /// A new bot on a new database.
    pub async fn start(options: Options) -> Self {
        init_logs();
        let fake = Arc::new(FakeApi::start().await);
        let dir = Arc::new(tempfile::tempdir().unwrap());
        let clock = ManualClock::new(monday_morning());
        Self::start_on(fake, dir, clock, options).await
    }

    async fn start_on(
        fake: Arc<FakeApi>,
        dir: Arc<tempfile::TempDir>,
        clock: ManualClock,
        options: Options,
    ) -> Self {
        let db = dir.path().join("dondoc.db");
        let mut vars: Vec<(String, String)> = vec![
            ("TELOXIDE_TOKEN".into(), fake_api::TOKEN.into()),
            ("DATABASE_URL".into(), format!("sqlite://{}", db.display())),
        ];
        if !options.admins.is_empty() {
            let ids: Vec<String> = options.admins.iter().map(i64::to_string).collect();
            vars.push(("DONDOC_ADMINS".into(), ids.join(",")));
        }
        vars.extend(options.env.iter().cloned());
        let config =
            Config::from_lookup(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())).unwrap();
        let app = App::new(config, Arc::new(clock.clone())).await.unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let running = tokio::spawn(dondoc::bot::run(app.clone(), fake.bot(), async move {
            let _ = stopped.await;
        }));
        let mut bot = Self { fake, app, clock, dir, options, stop: Some(stop), running: Some(running) };
        // Started means polling: the first getUpdates has arrived (or the bot failed to start).
        let fake = bot.fake.clone();
        let running = bot.running.as_mut().unwrap();
        tokio::select! {
            _ = fake.wait_call(Duration::from_secs(10), |c| c.method == "getUpdates") => {}
            result = running => panic!("the bot stopped while starting: {result:?}"),
        }
        bot
    }

    /// Stops the bot the way Ctrl-C does and waits until it has finished.
    pub async fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(running) = self.running.take() {
            tokio::time::timeout(Duration::from_secs(20), running)
                .await
                .expect("the bot stops within 20 s")
                .unwrap()
                .unwrap();
        }
    }

    /// Stops the bot and starts it again on the same database, fake API and clock.
    pub async fn restart(mut self) -> Self {
        self.stop().await;
        let (fake, dir, clock, options) =
            (self.fake.clone(), self.dir.clone(), self.clock.clone(), self.options.clone());
        drop(self);
        Self::start_on(fake, dir, clock, options).await
    }

    /// A user writes in their private chat and this waits for the bot's next message there.
    pub async fn ask(&self, user: &TgUser, text: &str) -> Sent {
        self.fake.send_text(user, &user.private(), text);
        self.fake.next_message(user.id).await
    }

    /// A connection of its own to the database file, for use while the bot is stopped.
    pub async fn db_after_stop(&self) -> sqlx::SqliteConnection {
        use sqlx::Connection;
        let url = format!("sqlite://{}", self.dir.path().join("dondoc.db").display());
        sqlx::SqliteConnection::connect(&url).await.unwrap()
    }

    /// Direct access to the database for assertions.
    pub async fn db(&self) -> sqlx::pool::PoolConnection<sqlx::Sqlite> {
        self.app.store.conn().await.unwrap()
    }
}

impl Drop for TestBot {
    fn drop(&mut self) {
        if let Some(running) = self.running.take() {
            running.abort();
        }
    }
}

/// Logs to the test's output when `DONDOC_LOG` is set (e.g. `DONDOC_LOG=debug cargo test`).
pub fn init_logs() {
    if let Ok(filter) = std::env::var("DONDOC_LOG") {
        let _ = tracing_subscriber::fmt().with_env_filter(filter).with_test_writer().try_init();
    }
}
