//! The real binary killed with SIGKILL twenty times in the middle of a reminder burst and of
//! status replies, and stopped with SIGTERM in the middle of a send.
//!
//! The kill test takes about half a minute, so it is `#[ignore]`d in the everyday run;
//! `.ci/run` runs it with `cargo test --test e2e crash -- --ignored`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use dondoc::app::App;
use dondoc::clock::ManualClock;
use dondoc::config::Config;
use rand::Rng;
use sqlx::Connection;

use crate::support::fake_api::{FakeApi, Fault, FaultRule, TOKEN, TgUser};

/// An `Etc/GMT±N` zone where it is around noon now, so the test's "today" is the same date
/// from start to end and inside office hours whatever the hour it runs.
fn noon_zone() -> (String, chrono_tz::Tz) {
    use chrono::Timelike;
    let mut offset = 12 - Utc::now().hour() as i32;
    if offset < -12 {
        offset += 24;
    }
    if offset > 14 {
        offset -= 24;
    }
    // POSIX sign: Etc/GMT-7 is seven hours ahead of UTC.
    let name = match offset {
        0 => "Etc/GMT".to_string(),
        o if o > 0 => format!("Etc/GMT-{o}"),
        o => format!("Etc/GMT+{}", -o),
    };
    let tz: chrono_tz::Tz = name.parse().unwrap();
    (name, tz)
}

/// The heading of a person's morning list.
const LIST: &str = "Danh sách nhiệm vụ cần đôn đốc";

struct Deployment {
    dir: tempfile::TempDir,
    fake: Arc<FakeApi>,
    env: Vec<(String, String)>,
    today: NaiveDate,
}

impl Deployment {
    async fn new() -> Self {
        let fake = Arc::new(FakeApi::start().await);
        let dir = tempfile::tempdir().unwrap();
        let (zone, tz) = noon_zone();
        let today = Utc::now().with_timezone(&tz).date_naive();
        // Today is a working day whatever the calendar says.
        let holidays = dir.path().join("holidays.txt");
        std::fs::write(&holidays, format!("+ {today} test day\n")).unwrap();
        let env = [
            ("TELOXIDE_TOKEN", TOKEN.to_string()),
            ("TELOXIDE_API_URL", fake.url().to_string()),
            ("DATABASE_URL", format!("sqlite://{}", dir.path().join("dondoc.db").display())),
            ("DONDOC_TZ", zone),
            ("DONDOC_HOLIDAYS", holidays.display().to_string()),
            ("DONDOC_OFFICE_HOURS", "00:00-23:59".into()),
            ("DONDOC_REMIND_HOUR", "00:00".into()),
            ("DONDOC_REMIND_DAYS", "0".into()),
            ("DONDOC_DIGEST", "off".into()),
            ("DONDOC_REPORTS", "off".into()),
            ("DONDOC_LOG", "info".into()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        Deployment { dir, fake, env, today }
    }

    fn log(&self) -> PathBuf {
        self.dir.path().join("dondoc.log")
    }

    fn spawn(&self) -> tokio::process::Child {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(self.log()).unwrap();
        tokio::process::Command::from(crate::support::dondoc_binary(self.dir.path()))
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::null())
            .stderr(Stdio::from(log))
            .kill_on_drop(true)
            .spawn()
            .unwrap()
    }

    /// Units with one officer each, and for each unit two tasks due today (their reminders are
    /// due now: one list) and one due in two months (for status replies), created yesterday.
    async fn seed(&self, units: usize) -> Vec<(TgUser, [i64; 2], i64)> {
        let vars = self.env.clone();
        let config =
            Config::from_lookup(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())).unwrap();
        let yesterday = Utc::now() - chrono::Duration::days(1);
        let app = App::new(config, Arc::new(ManualClock::new(yesterday))).await.unwrap();
        let mut out = Vec::new();
        let mut tx = app.store.begin().await.unwrap();
        for i in 0..units {
            use dondoc::domain::{Programme, Role};
            use dondoc::store::tasks::{NewTask, create};
            use dondoc::store::{invites, units};
            let unit = units::add(&mut tx, &format!("Đơn vị số {i}"), &format!("ĐV{i}"), &[], yesterday)
                .await
                .unwrap();
            let officer = TgUser::new(50_000 + i as i64, &format!("Cán bộ {i}"));
            let code = invites::create(
                &mut tx,
                unit,
                Role::Officer,
                None,
                yesterday,
                Utc::now() + chrono::Duration::days(1),
            )
            .await
            .unwrap();
            invites::redeem(&mut tx, &code, officer.id, &officer.first_name, yesterday).await.unwrap();
            let mut ids = Vec::new();
            for (deadline, text) in [
                (self.today, "Việc đến hạn hôm nay"),
                (self.today, "Việc thứ hai đến hạn hôm nay"),
                (self.today + chrono::Duration::days(60), "Việc dài hạn"),
            ] {
                let task = NewTask {
                    text: format!("{text} của đơn vị {i}"),
                    lead_unit_id: unit,
                    co_unit_ids: vec![],
                    deadline: Some(deadline),
                    programme: Programme::Cds,
                    source_document: None,
                    item_number: None,
                    year: None,
                    every: None,
                };
                let id = create(&mut tx, &task, None, yesterday).await.unwrap();
                dondoc::reminders::replan(&mut tx, &app, id).await.unwrap();
                ids.push(id);
            }
            out.push((officer, [ids[0], ids[1]], ids[2]));
        }
        tx.commit().await.unwrap();
        app.store.close().await;
        out
    }

    async fn db(&self) -> sqlx::SqliteConnection {
        sqlx::SqliteConnection::connect(&format!("sqlite://{}", self.dir.path().join("dondoc.db").display()))
            .await
            .unwrap()
    }

    /// Whether the bot has nothing left to do: every update handled, every due reminder and
    /// every message sent.
    async fn idle(&self) -> bool {
        if self.fake.unacknowledged() > 0 {
            return false;
        }
        let mut db = self.db().await;
        let busy: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL) \
                  + (SELECT COUNT(*) FROM outbox WHERE state = 'pending') \
                  + (SELECT COUNT(*) FROM reminders WHERE state = 'planned' AND due_at <= ?) \
                  + (SELECT COUNT(*) FROM reminder_deliveries WHERE outbox_id IS NULL)",
        )
        .bind(Utc::now())
        .fetch_one(&mut db)
        .await
        .unwrap();
        busy == 0
    }
}

async fn terminate(child: &mut tokio::process::Child) -> std::process::ExitStatus {
    let pid = child.id().unwrap().to_string();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    tokio::time::timeout(Duration::from_secs(30), child.wait()).await.expect("stops within 30 s").unwrap()
}

fn tail(path: &Path) -> String {
    let log = std::fs::read_to_string(path).unwrap_or_default();
    log.lines().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n")
}

#[tokio::test]
#[ignore = "kills the binary 20 times (about half a minute); run by .ci/run"]
async fn crash_killed_twenty_times_during_reminders_and_replies_loses_nothing() {
    const KILLS: usize = 20;
    const UNITS: usize = 300;
    const REPLIES_PER_RUN: usize = 5;
    let d = Deployment::new().await;
    let people = d.seed(UNITS).await;
    let mut rng = rand::rng();
    let mut replies: Vec<(i64, String)> = Vec::new();
    let started = Instant::now();
    let mut mid_burst = 0;
    let mut killed_runs: Vec<(Instant, Instant)> = Vec::new();
    for run in 0..=KILLS {
        let run_started = Instant::now();
        let mut child = d.spawn();
        // Status replies arrive while the reminders go out.
        for _ in 0..REPLIES_PER_RUN {
            let (officer, _, task) = &people[rng.random_range(0..UNITS)];
            let text = format!("đang triển khai, mốc {}", replies.len() + 1);
            let update = d.fake.send_text(officer, &officer.private(), &format!("/capnhat {task} {text}"));
            replies.push((update, text));
        }
        if run == KILLS {
            // The last run is left to finish.
            let deadline = Instant::now() + Duration::from_secs(120);
            while !d.idle().await {
                assert!(Instant::now() < deadline, "the bot did not finish:\n{}", tail(&d.log()));
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            let status = terminate(&mut child).await;
            assert!(status.success(), "{status:?}\n{}", tail(&d.log()));
        } else {
            tokio::time::sleep(Duration::from_millis(rng.random_range(200..900))).await;
            child.start_kill().unwrap(); // SIGKILL
            child.wait().await.unwrap();
            killed_runs.push((run_started, Instant::now()));
            let delivered = d.fake.all_sent().iter().filter(|m| m.text.contains(LIST)).count();
            if delivered < UNITS {
                mid_burst += 1;
            }
        }
    }
    let took = started.elapsed();
    let mut db = d.db().await;
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&mut db).await.unwrap();
    assert_eq!(integrity, "ok");

    // Every list arrived, naming both tasks; the extra copies are those in flight at a kill
    // (checked below with every other message).
    let sent = d.fake.all_sent();
    let mut reminders = 0;
    let mut doubled_reminders = 0;
    for (officer, due_today, _) in &people {
        let codes = due_today.map(|id| format!("<b>NV-{id:04}</b>"));
        let lists: Vec<_> =
            sent.iter().filter(|m| m.chat_id == officer.id && m.text.contains(LIST)).collect();
        assert!(!lists.is_empty(), "the list of {} was lost", officer.id);
        assert!(lists.iter().all(|m| codes.iter().all(|c| m.text.contains(c.as_str()))), "{:#?}", lists);
        reminders += 1;
        doubled_reminders += lists.len() - 1;
    }
    // Every reply recorded exactly once, and answered.
    let reports: Vec<String> =
        sqlx::query_scalar("SELECT text FROM status_reports").fetch_all(&mut db).await.unwrap();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for r in &reports {
        *counts.entry(r.as_str()).or_default() += 1;
    }
    for (_, text) in &replies {
        assert_eq!(counts.get(text.as_str()), Some(&1), "{text} recorded once");
    }
    let answers = sent.iter().filter(|m| m.chat_id >= 50_000 && m.text.contains("Đã ghi nhận")).count();
    assert!(answers >= replies.len(), "every reply answered: {answers} of {}", replies.len());
    let doubled_answers = answers - replies.len();

    // Each chat's messages go one after another, each recorded before the next is sent, so a
    // kill can have caught at most one message per chat between Telegram's answer and its
    // record. A copy beyond that would be a message sent twice for another reason.
    let recorded: Vec<(i64, i64)> =
        sqlx::query_as("SELECT chat_id, COUNT(*) FROM outbox WHERE state = 'sent' GROUP BY chat_id")
            .fetch_all(&mut db)
            .await
            .unwrap();
    // And each person's list was composed once: one reminder message a chat in the outbox.
    let composed: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT chat_id, COUNT(*) FROM outbox WHERE purpose = 'reminder' GROUP BY chat_id HAVING COUNT(*) > 1",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    assert!(composed.is_empty(), "lists composed twice: {composed:?}");
    let calls = d.fake.calls("sendMessage");
    for (chat, rows) in recorded {
        let delivered = sent.iter().filter(|m| m.chat_id == chat).count() as i64;
        let in_flight_at_a_kill = killed_runs
            .iter()
            .filter(|(from, to)| {
                calls.iter().any(|c| c.chat_id() == Some(chat) && c.at >= *from && c.at <= *to)
            })
            .count() as i64;
        assert!(
            delivered - rows <= in_flight_at_a_kill,
            "chat {chat}: {delivered} delivered for {rows} messages, with {in_flight_at_a_kill} kills while it was being served"
        );
    }
    println!(
        "crash: {KILLS} kills ({mid_burst} in the reminder burst) survived in {:.0} s; lists expected {reminders}, delivered {reminders}, doubled {doubled_reminders}; \
         replies {} recorded once each, answers doubled {doubled_answers}; integrity ok",
        took.as_secs_f64(),
        replies.len()
    );
}

/// SIGTERM while a message is on its way: the message is finished and recorded, the process
/// exits cleanly, and the next start does not send it again.
#[tokio::test]
async fn sigterm_finishes_the_message_in_flight_and_the_next_start_does_not_resend_it() {
    let d = Deployment::new().await;
    let user = TgUser::new(9090, "Người lạ");
    d.fake.inject(FaultRule {
        method: "sendMessage".into(),
        chat_id: Some(user.id),
        fault: Fault::Slow(Duration::from_secs(2)),
        remaining: Some(1),
        rate: 1.0,
    });
    let mut child = d.spawn();
    d.fake.wait_call(Duration::from_secs(20), |c| c.method == "getUpdates").await;
    d.fake.send_text(&user, &user.private(), "/start");
    d.fake
        .wait_call(Duration::from_secs(20), |c| c.method == "sendMessage" && c.chat_id() == Some(user.id))
        .await;
    let status = terminate(&mut child).await;
    assert!(status.success(), "{status:?}\n{}", tail(&d.log()));
    assert_eq!(d.fake.sent_to(user.id).len(), 1, "the slow message was finished");
    let (state, processed): (String, i64) = sqlx::query_as(
        "SELECT (SELECT state FROM outbox ORDER BY id DESC LIMIT 1), \
                (SELECT COUNT(*) FROM inbox WHERE processed_at IS NOT NULL)",
    )
    .fetch_one(&mut d.db().await)
    .await
    .unwrap();
    assert_eq!((state.as_str(), processed), ("sent", 1));

    let mut child = d.spawn();
    let restarted = Instant::now();
    d.fake.wait_call(Duration::from_secs(20), |c| c.method == "getUpdates" && c.at > restarted).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(d.fake.calls("sendMessage").iter().filter(|c| c.chat_id() == Some(user.id)).count(), 1);
    assert!(terminate(&mut child).await.success());
}
