//! The foundation: welcome, registration hints, bootstrap admins, the command menu, and the
//! delivery guarantees (once per update, retries, blocked users).

use std::time::Duration;

use crate::support::{Chat, Fault, NowUtc, Options, TestBot, TgUser};

fn stranger() -> TgUser {
    TgUser::new(5001, "Lan")
}

#[tokio::test]
async fn an_unknown_user_who_sends_start_gets_the_vietnamese_welcome() {
    let bot = TestBot::start(Options::default()).await;
    let answer = bot.ask(&stranger(), "/start").await;
    assert_eq!(answer.parse_mode.as_deref(), Some("HTML"));
    assert!(answer.text.contains("Xin chào"), "{}", answer.text);
    assert!(answer.text.contains("chưa được đăng ký"), "{}", answer.text);
    assert!(answer.text.contains("đường dẫn mời"), "{}", answer.text);
    assert!(answer.text.contains("5001"), "the user learns the id to give the secretariat");
}

#[tokio::test]
async fn an_unknown_user_gets_only_the_way_to_register_whatever_they_send() {
    let bot = TestBot::start(Options::default()).await;
    let user = stranger();
    for text in ["/tonghop", "/giao Sở Tư pháp | 30/9 | việc", "/viec NV-0001", "/help", "đã xong"] {
        let answer = bot.ask(&user, text).await;
        assert!(answer.text.contains("chưa được đăng ký"), "{text}: {}", answer.text);
        assert!(answer.keyboard.is_none(), "{text}: no buttons for strangers");
    }
    let members: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM members").fetch_one(&mut *bot.db().await).await.unwrap();
    assert_eq!(members, 0, "writing to the bot registers nobody");
}

#[tokio::test]
async fn a_configured_admin_is_recognised_as_secretariat_from_the_first_start() {
    let bot = TestBot::start(Options { admins: vec![42], ..Options::default() }).await;
    let admin = TgUser { id: 42, first_name: "Minh".into(), last_name: Some("Trần".into()) };
    let answer = bot.ask(&admin, "/start").await;
    assert!(answer.text.contains("Minh Trần"), "{}", answer.text);
    assert!(answer.text.contains("Cơ quan thường trực"), "{}", answer.text);
    assert!(answer.text.contains("/moi"), "the secretariat sees how to invite: {}", answer.text);
    assert!(answer.text.contains("/nhap"), "{}", answer.text);

    let role: String = sqlx::query_scalar("SELECT role FROM members WHERE telegram_id = 42")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(role, "secretariat");

    // Someone else is still a stranger.
    let answer = bot.ask(&stranger(), "/start").await;
    assert!(answer.text.contains("chưa được đăng ký"));
}

#[tokio::test]
async fn help_lists_only_the_commands_of_the_members_role_with_an_example_each() {
    let bot = TestBot::start(Options { admins: vec![42], ..Options::default() }).await;
    let admin = TgUser::new(42, "Minh");
    let help = bot.ask(&admin, "/help").await;
    for command in ["/giao", "/capnhat", "/tonghop", "/moi", "/donvi", "/nhom"] {
        assert!(help.text.contains(command), "{command} missing from {}", help.text);
    }
    assert!(!help.text.contains("/giahan"), "only officers ask for more time");
    assert!(help.text.matches("Ví dụ").count() >= 10, "one example per command");
}

#[tokio::test]
async fn an_unregistered_group_gets_at_most_a_one_line_hint() {
    let bot = TestBot::start(Options { admins: vec![42], ..Options::default() }).await;
    let group = Chat::group(-100_500, "BCĐ CĐS tỉnh");
    let admin = TgUser::new(42, "Minh");
    bot.fake.send_text(&stranger(), &group, "/help");
    let hint = bot.fake.next_message(group.id()).await;
    assert!(hint.text.contains("/nhom"), "{}", hint.text);
    assert_eq!(hint.text.lines().count(), 1, "one line: {}", hint.text);

    bot.fake.send_text(&admin, &group, "/tonghop");
    bot.fake.send_text(&stranger(), &group, "/giao x | 1/1 | y");
    bot.fake.send_text(&stranger(), &group, "xong rồi");
    bot.fake.assert_silent(group.id(), Duration::from_millis(500)).await;
}

#[tokio::test]
async fn the_command_menu_is_registered_in_vietnamese_and_english() {
    let bot = TestBot::start(Options::default()).await;
    let calls = bot.fake.calls("setMyCommands");
    assert_eq!(calls.len(), 4, "private and group menus, in two languages");
    let vi_private = calls
        .iter()
        .find(|c| c.params.get("language_code").is_none() && c.params["scope"]["type"] == "all_private_chats")
        .expect("the default private menu");
    let commands = vi_private.params["commands"].as_array().unwrap();
    // COMMANDS.md's 17, issue 20's /danhgia, /tamdung, /tieptuc, /tralai, issue 21's /hoso, /vang.
    assert_eq!(commands.len(), 23);
    let giao = commands.iter().find(|c| c["command"] == "giao").unwrap();
    assert_eq!(giao["description"], "Giao nhiệm vụ mới");
    let en = calls.iter().find(|c| c.params["language_code"] == "en").expect("an English menu");
    assert!(
        en.params["commands"].as_array().unwrap().iter().any(|c| c["description"] == "Assign a new task")
    );
    let group = calls.iter().find(|c| c.params["scope"]["type"] == "all_group_chats").unwrap();
    assert!(group.params["commands"].as_array().unwrap().iter().all(|c| c["command"] != "giahan"));
    assert!(group.params["commands"].as_array().unwrap().iter().any(|c| c["command"] == "danhgia"));
}

#[tokio::test]
async fn an_update_telegram_delivers_twice_is_answered_once() {
    let bot = TestBot::start(Options::default()).await;
    let user = stranger();
    let update = bot.fake.send_text(&user, &user.private(), "/start");
    bot.fake.next_message(user.id).await;
    bot.fake.redeliver(update);
    bot.fake.assert_silent(user.id, Duration::from_millis(500)).await;
    let processed: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM inbox WHERE update_id = ? AND processed_at IS NOT NULL")
            .bind(update)
            .fetch_one(&mut *bot.db().await)
            .await
            .unwrap();
    assert_eq!(processed, 1);
}

#[tokio::test]
async fn an_update_received_but_not_handled_before_a_stop_is_handled_after_the_restart() {
    let mut bot = TestBot::start(Options::default()).await;
    let user = stranger();
    // Received and stored, but the bot stopped before handling it.
    let update = bot.fake.send_text(&user, &user.private(), "/start");
    bot.stop().await;
    let answered_before = bot.fake.sent_to(user.id).len();
    {
        let mut db = bot.db_after_stop().await;
        sqlx::query("UPDATE inbox SET processed_at = NULL WHERE update_id = ?")
            .bind(update)
            .execute(&mut db)
            .await
            .unwrap();
        sqlx::query("DELETE FROM outbox").execute(&mut db).await.unwrap();
    }
    let bot = bot.restart().await;
    let answer = bot.fake.next_message_within(user.id, Duration::from_secs(5)).await;
    let answers = bot.fake.sent_to(user.id).len();
    assert!(
        answer.is_some() && answers == answered_before + 1,
        "answered once more after the restart: {answers}"
    );
}

#[tokio::test]
async fn a_429_is_waited_out_and_the_answer_still_arrives() {
    let bot = TestBot::start(Options::default()).await;
    bot.fake.fail_next("sendMessage", Fault::RetryAfter(1), 1);
    let started = std::time::Instant::now();
    let answer = bot.ask(&stranger(), "/start").await;
    assert!(answer.text.contains("Xin chào"));
    assert!(started.elapsed() >= Duration::from_millis(900), "it waited as Telegram asked");
    assert_eq!(bot.fake.calls("sendMessage").len(), 2);
}

#[tokio::test]
async fn a_dropped_connection_is_retried() {
    let bot = TestBot::start(Options::default()).await;
    bot.fake.fail_next("sendMessage", Fault::Reset, 2);
    let answer = bot.ask(&stranger(), "/start").await;
    assert!(answer.text.contains("Xin chào"));
    assert_eq!(bot.fake.calls("sendMessage").len(), 3);
}

#[tokio::test]
async fn a_member_who_blocked_the_bot_is_marked_unreachable_until_they_write_again() {
    let bot = TestBot::start(Options { admins: vec![42], ..Options::default() }).await;
    let admin = TgUser::new(42, "Minh");
    bot.ask(&admin, "/start").await;
    bot.fake.fail_next("sendMessage", Fault::Blocked, 1);
    bot.fake.send_text(&admin, &admin.private(), "/help");
    bot.fake
        .wait_call(Duration::from_secs(5), |c| {
            c.method == "sendMessage" && matches!(c.fault, Some(Fault::Blocked))
        })
        .await;
    let mut reachable = true;
    for _ in 0..50 {
        reachable = sqlx::query_scalar("SELECT reachable FROM members WHERE telegram_id = 42")
            .fetch_one(&mut *bot.db().await)
            .await
            .unwrap();
        if !reachable {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(!reachable);
    let mut error = None;
    for _ in 0..50 {
        error = sqlx::query_scalar("SELECT last_error FROM outbox WHERE state = 'failed'")
            .fetch_optional(&mut *bot.db().await)
            .await
            .unwrap();
        if error.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let error: String = error.expect("the failed message is recorded");
    assert!(error.contains("blocked"), "the reason is kept: {error}");

    bot.ask(&admin, "/help").await;
    let reachable: bool = sqlx::query_scalar("SELECT reachable FROM members WHERE telegram_id = 42")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert!(reachable, "writing to the bot makes them reachable again");
}

#[tokio::test]
async fn migrations_build_the_schema_on_a_fresh_file_in_wal_mode_with_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fresh.db");
    let url = format!("sqlite://{}", path.display());
    let store = dondoc::store::Store::connect(&url).await.unwrap();
    assert!(path.exists());
    let mut conn = store.conn().await.unwrap();
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    for table in [
        "units",
        "unit_aliases",
        "members",
        "groups",
        "tasks",
        "task_co_units",
        "status_reports",
        "audit_log",
        "inbox",
        "outbox",
        "settings",
    ] {
        assert!(tables.iter().any(|t| t == table), "{table} missing from {tables:?}");
    }
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(&mut *conn).await.unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(&mut *conn).await.unwrap();
    assert_eq!(fk, 1);
    let bad = sqlx::query("INSERT INTO task_co_units (task_id, unit_id) VALUES (999, 999)")
        .execute(&mut *conn)
        .await;
    assert!(bad.is_err(), "foreign keys are enforced");
    drop(conn);
    store.close().await;
    // Opening again applies nothing twice.
    let again = dondoc::store::Store::connect(&url).await.unwrap();
    let applied: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations").fetch_one(again.pool()).await.unwrap();
    assert!(applied >= 1);
}

#[tokio::test]
async fn a_message_telegram_refuses_without_saying_why_is_given_up_and_the_chat_goes_on() {
    let options = Options { env: vec![("DONDOC_GIVE_UP_AFTER".into(), "3".into())], ..Options::default() };
    let bot = TestBot::start(options).await;
    let user = stranger();
    bot.fake.fail_next("sendMessage", Fault::Unexplained, 100);
    bot.fake.send_text(&user, &user.private(), "/start");
    let mut error = None;
    for _ in 0..200 {
        error = sqlx::query_scalar("SELECT last_error FROM outbox WHERE state = 'failed'")
            .fetch_optional(&mut *bot.db().await)
            .await
            .unwrap();
        if error.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let error: String = error.expect("given up, its error kept");
    assert!(error.contains("given up after 3 attempts"), "{error}");
    assert_eq!(bot.fake.calls("sendMessage").len(), 3, "tried three times, then no more");
    // The chat's next message is not held behind it.
    bot.fake.clear_faults();
    let answer = bot.ask(&user, "/help").await;
    assert!(!answer.text.is_empty());
}

#[tokio::test]
async fn a_long_wait_telegram_asks_for_does_not_hold_up_shutdown() {
    let mut bot = TestBot::start(Options::default()).await;
    let user = stranger();
    bot.fake.fail_next("sendMessage", Fault::RetryAfter(600), 1);
    bot.fake.send_text(&user, &user.private(), "/start");
    bot.fake
        .wait_call(Duration::from_secs(5), |c| {
            c.method == "sendMessage" && matches!(c.fault, Some(Fault::RetryAfter(_)))
        })
        .await;
    let started = std::time::Instant::now();
    bot.stop().await;
    assert!(started.elapsed() < Duration::from_secs(5), "stopped in {:?}", started.elapsed());
    let pending: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")
        .fetch_one(&mut bot.db_after_stop().await)
        .await
        .unwrap();
    assert_eq!(pending, 1, "the answer waits for the next start");
}

/// Telegram's worst fault for a sender: the message goes out, the answer is lost. The bot
/// cannot know it was sent, so it sends again: at most one duplicate per such fault.
#[tokio::test]
async fn a_message_sent_but_not_acknowledged_is_doubled_at_most_once() {
    let bot = TestBot::start(Options::default()).await;
    let users: Vec<TgUser> = (0..20).map(|i| TgUser::new(7000 + i, "Khách")).collect();
    bot.fake.fail_next("sendMessage", Fault::SentThenReset, 5);
    for u in &users {
        bot.fake.send_text(u, &u.private(), "/start");
    }
    for u in &users {
        bot.fake.next_message(u.id).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let doubled: usize = users.iter().map(|u| bot.fake.sent_to(u.id).len().saturating_sub(1)).sum();
    let faulted = bot
        .fake
        .calls("sendMessage")
        .iter()
        .filter(|c| matches!(c.fault, Some(Fault::SentThenReset)))
        .count();
    eprintln!("sent then reset: {faulted} faults, {doubled} doubled among {} chats", users.len());
    assert_eq!(faulted, 5);
    assert!(doubled <= faulted, "{doubled} doubled for {faulted} faults");
}

#[tokio::test]
async fn a_database_from_before_nq57_keeps_its_tasks_and_their_history_and_takes_the_new_programme() {
    use sqlx::Connection;
    use sqlx::sqlite::SqliteConnectOptions;
    use std::str::FromStr;

    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("old.db").display());
    // The schema as migrations 0001–0010 left it, with a task, its co-unit, its report and a
    // reminder: rows that would cascade away if rebuilding `tasks` dropped it carelessly.
    {
        let options =
            SqliteConnectOptions::from_str(&url).unwrap().create_if_missing(true).foreign_keys(true);
        let mut conn = sqlx::SqliteConnection::connect_with(&options).await.unwrap();
        let migrations = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let migrator = sqlx::migrate::Migrator::new(migrations).await.unwrap();
        migrator.run_to(10, &mut conn).await.unwrap();
        sqlx::raw_sql(
            "INSERT INTO units (id, name, short_name, created_at, updated_at) VALUES
                 (1, 'Sở Khoa học và Công nghệ', 'Sở KH&CN', '2026-01-05T00:00:00Z', '2026-01-05T00:00:00Z'),
                 (2, 'Công an tỉnh', 'Công an tỉnh', '2026-01-05T00:00:00Z', '2026-01-05T00:00:00Z');
             INSERT INTO tasks (id, code, text, programme, lead_unit_id, deadline, status, progress,
                                created_at, updated_at, remind_days)
                 VALUES (7, 'NV-0007', 'Làm sạch dữ liệu dân cư', 'da06', 2, '2026-09-30', 'in_progress', 40,
                         '2026-01-05T00:00:00Z', '2026-01-05T00:00:00Z', '5,2,0');
             INSERT INTO task_co_units (task_id, unit_id) VALUES (7, 1);
             INSERT INTO status_reports (task_id, reported_at, kind, percent, text, source)
                 VALUES (7, '2026-02-01T02:00:00Z', 'in_progress', 40, 'đang thực hiện, đạt 40%', 'reply');
             INSERT INTO reminders (task_id, occasion, days, local_day, due_at, planned_at)
                 VALUES (7, 'ahead', 5, '2026-09-23', '2026-09-23T01:00:00Z', '2026-02-01T02:00:00Z');",
        )
        .execute(&mut conn)
        .await
        .unwrap();
        conn.close().await.unwrap();
    }

    let store = dondoc::store::Store::connect(&url).await.unwrap();
    let mut conn = store.conn().await.unwrap();
    const COUNTS: [&str; 4] = [
        "SELECT COUNT(*) FROM tasks",
        "SELECT COUNT(*) FROM task_co_units",
        "SELECT COUNT(*) FROM status_reports",
        "SELECT COUNT(*) FROM reminders",
    ];
    for count in COUNTS {
        let n: i64 = sqlx::query_scalar(count).fetch_one(&mut *conn).await.unwrap();
        assert_eq!(n, 1, "{count} after the rebuild");
    }
    let task = dondoc::store::tasks::get(&mut conn, 7).await.unwrap().expect("the task is kept");
    assert_eq!((task.code(), task.programme), ("NV-0007".to_string(), dondoc::domain::Programme::Da06));
    assert_eq!(task.deadline.map(|d| d.to_string()).as_deref(), Some("2026-09-30"));
    let check: Vec<(String,)> =
        sqlx::query_as("PRAGMA foreign_key_check").fetch_all(&mut *conn).await.unwrap();
    assert!(check.is_empty(), "{check:?}");
    drop(conn);

    // The writer takes the new programme, still refuses an unknown one, and enforces foreign
    // keys again (the rebuild turned them off for a moment).
    let mut tx = store.begin().await.unwrap();
    sqlx::query("UPDATE tasks SET programme = 'nq57' WHERE id = 7").execute(&mut *tx).await.unwrap();
    let unknown = sqlx::query("UPDATE tasks SET programme = 'nq58' WHERE id = 7").execute(&mut *tx).await;
    assert!(unknown.is_err(), "the CHECK constraint still holds");
    let orphan =
        sqlx::query("INSERT INTO task_co_units (task_id, unit_id) VALUES (999, 1)").execute(&mut *tx).await;
    assert!(orphan.is_err(), "foreign keys are enforced on the writer after the migration");
    tx.commit().await.unwrap();
    let mut conn = store.conn().await.unwrap();
    let task = dondoc::store::tasks::get(&mut conn, 7).await.unwrap().unwrap();
    assert_eq!(task.programme, dondoc::domain::Programme::Nq57);
    // Deleting a task still cascades to its history.
    drop(conn);
    let mut tx = store.begin().await.unwrap();
    sqlx::query("DELETE FROM tasks WHERE id = 7").execute(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();
    let mut conn = store.conn().await.unwrap();
    for count in COUNTS {
        let left: i64 = sqlx::query_scalar(count).fetch_one(&mut *conn).await.unwrap();
        assert_eq!(left, 0, "{count}: the history goes with its task");
    }
}

/// An update whose sender could not even be identified (here the database could not be
/// read for a moment) is tried again within a minute, without waiting for a restart.
#[tokio::test]
async fn an_update_that_could_not_be_handled_is_tried_again_without_a_restart() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let group = Chat::group(-100_777, "BCĐ CĐS tỉnh");
    bot.say(&c.chair, &group, "/nhom").await;
    sqlx::query("ALTER TABLE groups RENAME TO groups_away").execute(&mut *bot.db().await).await.unwrap();
    bot.fake.mark_read(group.id());
    let update = bot.fake.send_text(&c.chair, &group, "/tonghop");
    let mut attempts = 0;
    for _ in 0..100 {
        attempts =
            sqlx::query_scalar("SELECT attempts FROM inbox WHERE update_id = ? AND processed_at IS NULL")
                .bind(update)
                .fetch_optional(&mut *bot.db().await)
                .await
                .unwrap()
                .unwrap_or(0);
        if attempts > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(attempts, 1, "received and tried once");
    bot.fake.assert_silent(group.id(), Duration::from_millis(300)).await;
    sqlx::query("ALTER TABLE groups_away RENAME TO groups").execute(&mut *bot.db().await).await.unwrap();
    bot.clock.set(bot.clock.now_utc() + chrono::Duration::seconds(31));
    let summary = bot.fake.next_message(group.id()).await;
    assert!(summary.text.contains("Tổng hợp") || summary.text.contains("nhiệm vụ"), "{}", summary.text);
    let processed: Option<String> = sqlx::query_scalar("SELECT processed_at FROM inbox WHERE update_id = ?")
        .bind(update)
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert!(processed.is_some(), "handled on the second attempt");
}

/// What is kept only for a while goes after its retention; the record of the work stays.
#[tokio::test]
async fn old_messages_updates_and_dialogues_are_pruned_and_the_record_of_the_work_is_kept() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let task =
        bot.seed_task(c.unit_a, Some(chrono::NaiveDate::from_ymd_opt(2026, 1, 9).unwrap()), "Việc cũ").await;
    // Tuesday morning: three working days ahead, a reminder.
    bot.settle_at(bot.clock.now_utc() + chrono::Duration::days(1)).await;
    bot.ask(&c.officer_a, &format!("/capnhat NV-{task:04} đang thực hiện, đạt 50%")).await;
    bot.ask(&c.secretariat, "/tonghop").await;
    bot.drain().await;
    let count = |sql: &'static str| {
        let bot = &bot;
        async move { sqlx::query_scalar::<_, i64>(sql).fetch_one(&mut *bot.db().await).await.unwrap() }
    };
    // The scheduler keeps running while the clock jumps months ahead, so it may add reminders
    // and audit rows of its own before the counts below: what must survive is every row that
    // was there before the jump, counted by rowid.
    const KEPT: [&str; 4] = ["tasks", "status_reports", "audit_log", "reminder_deliveries"];
    let db = |sql: String| {
        let bot = &bot;
        async move {
            sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql))
                .fetch_one(&mut *bot.db().await)
                .await
                .unwrap()
        }
    };
    let mut before = Vec::new();
    for table in KEPT {
        let last = db(format!("SELECT COALESCE(MAX(rowid), 0) FROM {table}")).await;
        before.push((last, db(format!("SELECT COUNT(*) FROM {table}")).await));
    }
    assert!(count("SELECT COUNT(*) FROM reminder_deliveries").await > 0, "a reminder went out");
    assert!(count("SELECT COUNT(*) FROM inbox").await > 0);
    assert!(count("SELECT COUNT(*) FROM list_views").await > 0);

    // A month on, nothing of the quarter's retention goes; four months on, it does.
    bot.clock.set(bot.clock.now_utc() + chrono::Duration::days(31));
    let early = dondoc::housekeeping::prune(&bot.app).await.unwrap();
    assert_eq!((early.messages_deleted, early.messages_emptied), (0, 0), "{early:?}");
    assert!(early.updates > 0 && early.views > 0, "a week for updates, a month for lists: {early:?}");
    bot.clock.set(bot.clock.now_utc() + chrono::Duration::days(90));
    let pruned = dondoc::housekeeping::prune(&bot.app).await.unwrap();
    assert!(pruned.messages_deleted > 0 && pruned.messages_emptied > 0, "{pruned:?}");
    assert_eq!(count("SELECT COUNT(*) FROM inbox").await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM list_views").await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM outbox WHERE body <> '{}'").await, 0);
    for (table, (last, n)) in KEPT.iter().zip(before) {
        let kept = db(format!("SELECT COUNT(*) FROM {table} WHERE rowid <= {last}")).await;
        assert_eq!(kept, n, "{table}: the record of the work is never pruned");
    }
    let fk: Vec<(String,)> =
        sqlx::query_as("PRAGMA foreign_key_check").fetch_all(&mut *bot.db().await).await.unwrap();
    assert!(fk.is_empty(), "{fk:?}");
}
