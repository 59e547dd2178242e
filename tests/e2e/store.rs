//! The writing connection's transactions: an abandoned one is rolled back before anyone else
//! writes, a turn's claim and messages travel with its `BEGIN` and `COMMIT`, and a turn that
//! fails leaves nothing behind. The write-ahead log stays short under steady writes.

use std::time::Duration;

use chrono::Utc;
use dondoc::domain::Programme;
use dondoc::store::outbox::{self, NewMessage};
use dondoc::store::tasks::{self, NewTask};
use dondoc::store::{LogOptions, Store, inbox, units};
use dondoc::usecases::turn::Turn;

use crate::support::{Options, TestBot};

async fn store(dir: &tempfile::TempDir) -> Store {
    store_with(dir, LogOptions::default()).await
}

async fn store_with(dir: &tempfile::TempDir, log: LogOptions) -> Store {
    Store::connect_with(&format!("sqlite://{}", dir.path().join("t.db").display()), log).await.unwrap()
}

async fn settings(store: &Store) -> Vec<String> {
    sqlx::query_scalar("SELECT key FROM settings ORDER BY key").fetch_all(store.pool()).await.unwrap()
}

async fn bodies(store: &Store) -> Vec<String> {
    sqlx::query_scalar("SELECT body FROM outbox ORDER BY id").fetch_all(store.pool()).await.unwrap()
}

/// A task led by a new unit with one co-unit.
async fn add_task(store: &Store, text: &str) -> i64 {
    let now = Utc::now();
    let mut tx = store.begin().await.unwrap();
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM units").fetch_one(&mut *tx).await.unwrap();
    let lead = units::add(&mut tx, &format!("Sở số {n}"), &format!("S{n}"), &[], now).await.unwrap();
    let co =
        units::add(&mut tx, &format!("Sở số {}", n + 1), &format!("S{}", n + 1), &[], now).await.unwrap();
    let task = NewTask {
        text: text.into(),
        lead_unit_id: lead,
        co_unit_ids: vec![co],
        deadline: chrono::NaiveDate::from_ymd_opt(2026, 12, 31),
        programme: Programme::Cds,
        source_document: None,
        item_number: None,
        year: None,
        every: None,
    };
    let id = tasks::create(&mut tx, &task, None, now).await.unwrap();
    tx.commit().await.unwrap();
    id
}

fn message(chat_id: i64, body: &str, task_id: Option<i64>) -> NewMessage {
    NewMessage {
        chat_id,
        body: body.to_string(),
        attachment: None,
        task_id,
        purpose: "reply",
        not_before: None,
    }
}

#[tokio::test]
async fn a_transaction_dropped_without_commit_is_rolled_back_before_the_next_write() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir).await;
    {
        let mut tx = store.begin().await.unwrap();
        sqlx::query("INSERT INTO settings (key, value) VALUES ('dropped', '1')")
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    let mut tx = store.begin().await.unwrap();
    sqlx::query("INSERT INTO settings (key, value) VALUES ('kept', '1')").execute(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();

    // Dropped where no runtime can roll it back at once: the next writer does, first.
    let mut tx = store.begin().await.unwrap();
    sqlx::query("INSERT INTO settings (key, value) VALUES ('orphaned', '1')")
        .execute(&mut *tx)
        .await
        .unwrap();
    std::thread::spawn(move || drop(tx)).join().unwrap();
    sqlx::query("INSERT INTO settings (key, value) VALUES ('after', '1')")
        .execute(&mut *store.write().await.unwrap())
        .await
        .unwrap();

    assert_eq!(settings(&store).await, ["after", "kept"]);
    assert_eq!(store.integrity_check().await.unwrap(), "ok");
    store.close().await;
}

#[tokio::test]
async fn a_turn_claims_its_update_once_and_commits_its_messages_in_order_however_many() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir).await;
    let now = Utc::now();
    let mut fresh = inbox::put(&store, &[(7, "{}".into()), (8, "{}".into())], now).await.unwrap();
    fresh.sort();
    assert_eq!(fresh, [7, 8]);
    assert_eq!(
        inbox::put(&store, &[(8, "{}".into()), (9, "{}".into())], now).await.unwrap(),
        [9],
        "8 is known"
    );

    // More than one statement's worth of rows (64), and none.
    let tx = inbox::begin_claimed(&store, 7, now, None).await.unwrap().expect("a new update").tx;
    let messages: Vec<NewMessage> = (0..150).map(|i| message(100 + i % 3, &format!("m{i}"), None)).collect();
    outbox::enqueue_and_commit(tx, &messages, now).await.unwrap();
    let tx = inbox::begin_claimed(&store, 8, now, None).await.unwrap().expect("a new update").tx;
    outbox::enqueue_and_commit(tx, &[], now).await.unwrap();

    assert_eq!(bodies(&store).await, (0..150).map(|i| format!("m{i}")).collect::<Vec<_>>());
    assert!(inbox::begin_claimed(&store, 7, now, None).await.unwrap().is_none(), "handled once");
    assert!(inbox::begin_claimed(&store, 8, now, None).await.unwrap().is_none(), "handled once");
    store.close().await;
}

#[tokio::test]
async fn a_turn_whose_commit_fails_leaves_neither_its_claim_nor_its_messages() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir).await;
    let now = Utc::now();
    let tx = inbox::begin_claimed(&store, 1, now, None).await.unwrap().expect("a new update").tx;
    // The second message names a task that does not exist: its row breaks a foreign key.
    let messages = [message(100, "first", None), message(100, "second", Some(999))];
    assert!(outbox::enqueue_and_commit(tx, &messages, now).await.is_err());

    let tx = inbox::begin_claimed(&store, 1, now, None).await.unwrap().expect("still unprocessed").tx;
    outbox::enqueue_and_commit(tx, &[message(100, "again", None)], now).await.unwrap();
    assert_eq!(bodies(&store).await, ["again"]);
    store.close().await;
}

#[tokio::test]
async fn a_claim_reads_the_task_it_is_asked_for_in_its_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir).await;
    let now = Utc::now();
    let id = add_task(&store, "Số hoá hồ sơ <một cửa>").await;

    let claimed = inbox::begin_claimed(&store, 1, now, Some(id)).await.unwrap().expect("a new update");
    let loaded = claimed.task.expect("asked for");
    let mut tx = claimed.tx;
    assert_eq!(loaded.id, id);
    assert_eq!(loaded.task, tasks::get(&mut tx, id).await.unwrap(), "as a read of its own would");
    let got = loaded.task.expect("the task exists");
    assert_eq!((got.text.as_str(), got.co_units.len()), ("Số hoá hồ sơ <một cửa>", 1));
    tx.commit().await.unwrap();

    let claimed = inbox::begin_claimed(&store, 2, now, Some(id + 1)).await.unwrap().expect("a new update");
    assert!(claimed.task.is_some_and(|l| l.task.is_none()), "no such task");
    claimed.tx.commit().await.unwrap();
    assert!(inbox::begin_claimed(&store, 1, now, Some(id)).await.unwrap().is_none(), "handled once");
    store.close().await;
}

#[tokio::test]
async fn a_turn_hands_out_the_task_read_with_its_claim_only_while_nothing_else_touched_the_database() {
    let mut bot = TestBot::start(Options::default()).await;
    let app = bot.app.clone();
    let id = add_task(&app.store, "Kết nối liên thông").await;
    let other = add_task(&app.store, "Cấp chữ ký số").await;

    let mut turn = Turn::begin_about(&app, 900_001, Some(id)).await.unwrap().expect("new");
    assert_eq!(turn.task(id).await.unwrap().unwrap().text, "Kết nối liên thông");
    assert_eq!(turn.task(other).await.unwrap().unwrap().text, "Cấp chữ ký số", "another task is read");
    turn.commit().await.unwrap();

    // Changed in the turn before it is asked for: read again, not the copy from the claim.
    let mut turn = Turn::begin_about(&app, 900_002, Some(id)).await.unwrap().expect("new");
    sqlx::query("UPDATE tasks SET text = 'Kết nối liên thông (sửa)' WHERE id = ?")
        .bind(id)
        .execute(turn.db())
        .await
        .unwrap();
    assert_eq!(turn.task(id).await.unwrap().unwrap().text, "Kết nối liên thông (sửa)");
    turn.commit().await.unwrap();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_starts_over_while_writes_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let log = LogOptions { checkpoint_after: Duration::from_millis(5), restart_after_frames: 256 };
    let store = store_with(&dir, log).await;
    sqlx::query("CREATE TABLE filler (body BLOB)").execute(&mut *store.write().await.unwrap()).await.unwrap();
    // About 20,000 pages written, one transaction after another with no pause: without a
    // restart the log holds every one of them (87 MB; 5 MB at most with it, more when the
    // machine is busy with other tests: 26 MB was seen once under a whole suite and two other
    // builds, so the bound is half the unrestarted log).
    let wal = dir.path().join("t.db-wal");
    let mut largest = 0;
    for i in 0..3_000 {
        let mut tx = store.begin().await.unwrap();
        sqlx::query("INSERT INTO filler (body) VALUES (zeroblob(12000))").execute(&mut *tx).await.unwrap();
        if i % 2 == 0 {
            sqlx::query("DELETE FROM filler WHERE rowid < (SELECT MAX(rowid) FROM filler) - 20")
                .execute(&mut *tx)
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
        largest = largest.max(std::fs::metadata(&wal).unwrap().len());
    }
    assert!(largest < 44 << 20, "the log reached {largest} bytes; it should start over near 1 MB");
    assert_eq!(store.integrity_check().await.unwrap(), "ok");
    store.close().await;
}
