//! The writing connection's transactions: an abandoned one is rolled back before anyone else
//! writes, a turn's claim and messages travel with its `BEGIN` and `COMMIT`, and a turn that
//! fails leaves nothing behind.

use chrono::Utc;
use dondoc::store::outbox::{self, NewMessage};
use dondoc::store::{Store, inbox};

async fn store(dir: &tempfile::TempDir) -> Store {
    Store::connect(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap()
}

async fn settings(store: &Store) -> Vec<String> {
    sqlx::query_scalar("SELECT key FROM settings ORDER BY key").fetch_all(store.pool()).await.unwrap()
}

async fn bodies(store: &Store) -> Vec<String> {
    sqlx::query_scalar("SELECT body FROM outbox ORDER BY id").fetch_all(store.pool()).await.unwrap()
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
    let tx = inbox::begin_claimed(&store, 7, now).await.unwrap().expect("a new update");
    let messages: Vec<NewMessage> = (0..150).map(|i| message(100 + i % 3, &format!("m{i}"), None)).collect();
    outbox::enqueue_and_commit(tx, &messages, now).await.unwrap();
    let tx = inbox::begin_claimed(&store, 8, now).await.unwrap().expect("a new update");
    outbox::enqueue_and_commit(tx, &[], now).await.unwrap();

    assert_eq!(bodies(&store).await, (0..150).map(|i| format!("m{i}")).collect::<Vec<_>>());
    assert!(inbox::begin_claimed(&store, 7, now).await.unwrap().is_none(), "handled once");
    assert!(inbox::begin_claimed(&store, 8, now).await.unwrap().is_none(), "handled once");
    store.close().await;
}

#[tokio::test]
async fn a_turn_whose_commit_fails_leaves_neither_its_claim_nor_its_messages() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir).await;
    let now = Utc::now();
    let tx = inbox::begin_claimed(&store, 1, now).await.unwrap().expect("a new update");
    // The second message names a task that does not exist: its row breaks a foreign key.
    let messages = [message(100, "first", None), message(100, "second", Some(999))];
    assert!(outbox::enqueue_and_commit(tx, &messages, now).await.is_err());

    let tx = inbox::begin_claimed(&store, 1, now).await.unwrap().expect("still unprocessed");
    outbox::enqueue_and_commit(tx, &[message(100, "again", None)], now).await.unwrap();
    assert_eq!(bodies(&store).await, ["again"]);
    store.close().await;
}
