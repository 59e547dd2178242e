//! What every end-to-end test needs: the fake Bot API, a fresh database in a temporary
//! directory, a manual clock, and the real bot running against them.

pub mod fake_api;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use dondoc::app::App;
use dondoc::clock::ManualClock;
use dondoc::config::Config;
pub use fake_api::{Chat, FakeApi, Fault, Media, Sent, TgUser};
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
    /// Where the clock starts ([`monday_morning`] if not given).
    pub start: Option<DateTime<Utc>>,
    /// Send within Telegram's real limits (otherwise unlimited, so conversations are quick).
    pub telegram_limits: bool,
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
        let clock = ManualClock::new(options.start.unwrap_or_else(monday_morning));
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
        // Scheduled reports would land in the middle of other tests' conversations; the tests
        // of digests and reports turn them on themselves (later variables win).
        vars.push(("DONDOC_DIGEST".into(), "off".into()));
        vars.push(("DONDOC_REPORTS".into(), "off".into()));
        vars.extend(options.env.iter().cloned());
        let config =
            Config::from_lookup(|name| vars.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
                .unwrap();
        let app = App::new(config, Arc::new(clock.clone())).await.unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        // Telegram's per-chat limit (one message a second) would make every exchange of a
        // conversation wait a second; the limits themselves are tested where they matter.
        let limits = if options.telegram_limits {
            dondoc::bot::Limits::TELEGRAM
        } else {
            dondoc::bot::Limits::UNLIMITED
        };
        // A short client timeout (and a shorter long poll) so a hung request in a fault test
        // costs seconds, not the default 17.
        let run = dondoc::bot::RunOptions { limits, poll_timeout: Duration::from_secs(1) };
        let running = tokio::spawn(dondoc::bot::run_with(
            app.clone(),
            fake.bot(),
            async move {
                let _ = stopped.await;
            },
            run,
        ));
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
    /// Earlier unread messages in that chat are passed over.
    pub async fn ask(&self, user: &TgUser, text: &str) -> Sent {
        self.fake.mark_read(user.id);
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

/// A small committee, registered straight in the database: the secretariat (an admin), the
/// chair, and one officer in each of two units.
pub struct Committee {
    pub secretariat: TgUser,
    pub chair: TgUser,
    pub deputy: TgUser,
    /// Officer of Sở Tư pháp.
    pub officer_a: TgUser,
    /// Officer of Sở Thông tin và Truyền thông.
    pub officer_b: TgUser,
    pub unit_a: i64,
    pub unit_b: i64,
    pub unit_police: i64,
}

pub const SECRETARIAT_ID: i64 = 1001;

impl TestBot {
    /// A bot whose committee is already registered (see [`Committee`]).
    pub async fn with_committee(mut options: Options) -> (Self, Committee) {
        options.admins.push(SECRETARIAT_ID);
        let bot = Self::start(options).await;
        let committee = bot.seed_committee().await;
        (bot, committee)
    }

    async fn seed_committee(&self) -> Committee {
        use dondoc::domain::Role;
        use dondoc::store::{invites, members, units};
        let now = self.clock.now_utc();
        let mut tx = self.app.store.begin().await.unwrap();
        let unit_a = units::add(&mut tx, "Sở Tư pháp", "Sở Tư pháp", &[], now).await.unwrap();
        let unit_b =
            units::add(&mut tx, "Sở Thông tin và Truyền thông", "Sở TT&TT", &["STTTT".to_string()], now)
                .await
                .unwrap();
        let unit_police =
            units::add(&mut tx, "Công an tỉnh", "Công an tỉnh", &["CA tỉnh".to_string()], now).await.unwrap();
        units::add(&mut tx, "UBND huyện Vũ Thư", "UBND huyện Vũ Thư", &[], now).await.unwrap();
        units::add(&mut tx, "UBND huyện Kiến Xương", "UBND huyện Kiến Xương", &[], now).await.unwrap();
        let office = units::add(&mut tx, "Văn phòng UBND tỉnh", "VP UBND tỉnh", &[], now).await.unwrap();
        members::ensure_admin(&mut tx, SECRETARIAT_ID, "Tổ giúp việc", now).await.unwrap();
        let later = now + chrono::Duration::days(1);
        let people = [
            (1002, "Chủ tịch", office, Role::Chair),
            (1003, "Phó Chủ tịch", office, Role::Deputy),
            (2001, "Cán bộ Tư pháp", unit_a, Role::Officer),
            (2002, "Cán bộ TTTT", unit_b, Role::Officer),
        ];
        for (id, name, unit, role) in people {
            let code = invites::create(&mut tx, unit, role, None, now, later).await.unwrap();
            invites::redeem(&mut tx, &code, id, name, now).await.unwrap();
        }
        tx.commit().await.unwrap();
        Committee {
            secretariat: TgUser::new(SECRETARIAT_ID, "Tổ giúp việc"),
            chair: TgUser::new(1002, "Chủ tịch"),
            deputy: TgUser::new(1003, "Phó Chủ tịch"),
            officer_a: TgUser::new(2001, "Cán bộ Tư pháp"),
            officer_b: TgUser::new(2002, "Cán bộ TTTT"),
            unit_a,
            unit_b,
            unit_police,
        }
    }

    /// Creates a task straight in the database; returns its id.
    pub async fn seed_task(&self, lead: i64, deadline: Option<chrono::NaiveDate>, text: &str) -> i64 {
        self.seed_task_with(lead, &[], deadline, text).await
    }

    /// `n` units named "`name` số i", each with one officer (Telegram ids from `first_id`), as
    /// their invitations would register them: `(unit, officer)`.
    pub async fn seed_officers(&self, n: i64, first_id: i64, name: &str) -> Vec<(i64, TgUser)> {
        use dondoc::store::{invites, units};
        let now = self.clock.now_utc();
        let mut tx = self.app.store.begin().await.unwrap();
        let mut officers = Vec::new();
        for i in 0..n {
            let unit = units::add(&mut tx, &format!("{name} số {i}"), &format!("{name} {i}"), &[], now)
                .await
                .unwrap();
            let role = dondoc::domain::Role::Officer;
            let code = invites::create(&mut tx, unit, role, None, now, now + chrono::Duration::days(1))
                .await
                .unwrap();
            let officer = TgUser::new(first_id + i, &format!("Cán bộ {name}"));
            invites::redeem(&mut tx, &code, officer.id, &officer.first_name, now).await.unwrap();
            officers.push((unit, officer));
        }
        tx.commit().await.unwrap();
        officers
    }

    /// Creates a task with co-units and plans its reminders, as `/giao` does.
    pub async fn seed_task_with(
        &self,
        lead: i64,
        co: &[i64],
        deadline: Option<chrono::NaiveDate>,
        text: &str,
    ) -> i64 {
        use dondoc::domain::Programme;
        use dondoc::store::tasks::{NewTask, create};
        let mut tx = self.app.store.begin().await.unwrap();
        let task = NewTask {
            text: text.to_string(),
            lead_unit_id: lead,
            co_unit_ids: co.to_vec(),
            deadline,
            programme: Programme::Cds,
            source_document: None,
            item_number: None,
            year: None,
            every: None,
        };
        let id = create(&mut tx, &task, None, self.clock.now_utc()).await.unwrap();
        let earliest = dondoc::reminders::replan(&mut tx, &self.app, id).await.unwrap();
        tx.commit().await.unwrap();
        if let Some(at) = earliest {
            self.app.reminders_planned(at);
        }
        id
    }

    /// Moves the clock to `at` and waits until the bot has done everything due by then: the
    /// scheduler has looked at that moment (or has nothing to do before a later one), and the
    /// outbox has no message left to send.
    pub async fn settle_at(&self, at: DateTime<Utc>) {
        self.clock.set(at);
        let mut progress = self.app.watch_schedule();
        let mut reports = self.app.watch_reports();
        // A limit past the waits a test's injected faults cause: the hardening test's 08:00
        // round takes 14.7 s, at times 15.1 s (a 5xx alone makes teloxide wait 10 s), and a
        // 15 s limit failed it about one run in ten.
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        loop {
            let (looked, next) = *progress.borrow_and_update();
            let (reports_looked, reports_next) = *reports.borrow_and_update();
            let scheduler_done = looked >= at || next > at;
            let reports_done = reports_looked >= at || reports_next > at;
            if scheduler_done && reports_done && self.nothing_due(at).await {
                return;
            }
            assert!(std::time::Instant::now() < deadline, "the bot did not settle at {at}");
            let _ = tokio::time::timeout(Duration::from_millis(20), progress.changed()).await;
        }
    }

    async fn nothing_due(&self, at: DateTime<Utc>) -> bool {
        let mut db = self.db().await;
        let outbox: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND not_before <= ?")
                .bind(at)
                .fetch_one(&mut *db)
                .await
                .unwrap();
        if outbox > 0 {
            return false;
        }
        let paused = dondoc::store::reminders::paused(&mut db).await.unwrap();
        if paused || !dondoc::reminders::in_office_hours(&self.app, at) {
            return true;
        }
        let due: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM reminders WHERE state = 'planned' AND due_at <= ?) \
                  + (SELECT COUNT(*) FROM reminder_deliveries WHERE outbox_id IS NULL)",
        )
        .bind(at)
        .fetch_one(&mut *db)
        .await
        .unwrap();
        due == 0
    }

    /// A user writes in a chat and this waits for the bot's next message in that chat.
    pub async fn say(&self, user: &TgUser, chat: &Chat, text: &str) -> Sent {
        self.fake.mark_read(chat.id());
        self.fake.send_text(user, chat, text);
        self.fake.next_message(chat.id()).await
    }

    /// Waits until every update is handled and every message is out, moving the clock over
    /// any message the sender put off after repeated failures.
    pub async fn drain(&self) {
        let deadline = std::time::Instant::now() + Duration::from_secs(90);
        loop {
            // The fake first: an update it counts as acknowledged is already in the inbox, so
            // reading the database after it misses nothing.
            let unacknowledged = self.fake.unacknowledged();
            let (unprocessed, pending, next): (i64, i64, Option<DateTime<Utc>>) = {
                let mut db = self.db().await;
                let unprocessed: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL")
                        .fetch_one(&mut *db)
                        .await
                        .unwrap();
                let (pending, next): (i64, Option<DateTime<Utc>>) =
                    sqlx::query_as("SELECT COUNT(*), MIN(not_before) FROM outbox WHERE state = 'pending'")
                        .fetch_one(&mut *db)
                        .await
                        .unwrap();
                (unprocessed, pending, next)
            };
            if unacknowledged == 0 && unprocessed == 0 && pending == 0 {
                return;
            }
            if let Some(next) = next
                && next > self.clock.now_utc()
            {
                self.clock.set(next);
            }
            assert!(
                std::time::Instant::now() < deadline,
                "not drained: {unprocessed} updates, {pending} messages"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// A user writes in a chat; this waits until the bot has done all it will do about it
    /// and returns everything it sent meanwhile, in any chat.
    pub async fn exchange(&self, user: &TgUser, chat: &Chat, text: &str) -> Vec<Sent> {
        let before = self.fake.all_sent().len();
        self.fake.send_text(user, chat, text);
        self.drain().await;
        self.fake.all_sent().split_off(before)
    }

    /// A user presses the button with callback `data` under `message` and this waits for the
    /// bot's next message in that chat.
    pub async fn press(&self, user: &TgUser, message: &Sent, data: &str) -> Sent {
        let chat = if message.chat_id > 0 { user.private() } else { Chat::group(message.chat_id, "group") };
        self.fake.press(user, &chat, message.message_id, data);
        self.fake.next_message(message.chat_id).await
    }

    /// A user presses a button and this returns the toast the bot showed (if any) once it
    /// has answered the press.
    pub async fn press_for_toast(&self, user: &TgUser, message: &Sent, data: &str) -> Option<String> {
        let chat = if message.chat_id > 0 { user.private() } else { Chat::group(message.chat_id, "group") };
        let update = self.fake.press(user, &chat, message.message_id, data);
        self.fake.callback_answer(update).await
    }
}

/// `clock.now()` without importing the trait in every test.
pub trait NowUtc {
    fn now_utc(&self) -> DateTime<Utc>;
}

impl NowUtc for ManualClock {
    fn now_utc(&self) -> DateTime<Utc> {
        use dondoc::clock::Clock;
        self.now()
    }
}

/// A child's standard error, read while the child runs.
///
/// A pipe holds 64 KB; a child that logs more while nobody reads blocks in its next write and
/// stops answering, so a test that reads only at the end hangs or fails on how much the day's
/// start-up happened to log.
pub struct Stderr(tokio::task::JoinHandle<String>);

impl Stderr {
    /// Takes the child's piped stderr and reads it into a buffer until the child closes it.
    pub fn drain(child: &mut tokio::process::Child) -> Self {
        use tokio::io::AsyncReadExt;
        let mut pipe = child.stderr.take().expect("stderr is piped");
        Self(tokio::spawn(async move {
            let mut bytes = Vec::new();
            // A read error ends the log early; what was read is still returned.
            let _ = pipe.read_to_end(&mut bytes).await;
            String::from_utf8_lossy(&bytes).into_owned()
        }))
    }

    /// Everything the child wrote, once it has closed its stderr (exited).
    pub async fn collect(self) -> String {
        self.0.await.expect("the stderr reader does not panic")
    }
}

/// The `dondoc` binary in `dir` with an empty environment, as an operator's service manager
/// starts it; only a date faker the suite runs under (`.ci/run`'s runs at fixed dates) is
/// passed on, so the binary lives on the same day as the test.
pub fn dondoc_binary(dir: &std::path::Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_dondoc"));
    cmd.current_dir(dir).env_clear();
    for (name, value) in std::env::vars_os() {
        let name_str = name.to_string_lossy();
        if name_str == "LD_PRELOAD" || name_str.starts_with("FAKETIME") {
            cmd.env(name, value);
        }
    }
    cmd
}
