//! Hardening: a day of traffic with Telegram failing a fifth of the time, replayed updates,
//! forged and stale buttons, hostile text, backups while running, and the token kept secret.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use chrono_tz::Asia::Ho_Chi_Minh;

use crate::support::fake_api::{FaultRule, TOKEN};
use crate::support::{Chat, Fault, Options, Sent, Stderr, TestBot, TgUser, dondoc_binary};

fn at(d: u32, m: u32, h: u32, min: u32) -> chrono::DateTime<Utc> {
    Ho_Chi_Minh.with_ymd_and_hms(2026, m, d, h, min, 0).unwrap().with_timezone(&Utc)
}

fn day(d: u32, m: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn rule(method: &str, fault: Fault, rate: f64, remaining: Option<usize>) -> FaultRule {
    FaultRule { method: method.into(), chat_id: None, fault, remaining, rate }
}

/// Reminders, status replies by reply and by button, confirmations and summaries, while a
/// fifth of Telegram's answers fail: every message arrives exactly once and every report is
/// recorded once.
#[tokio::test]
async fn a_day_of_traffic_with_a_fifth_of_telegrams_answers_failing_loses_and_doubles_nothing() {
    let (bot, c) =
        TestBot::with_committee(Options { start: Some(at(5, 1, 7, 0)), ..Options::default() }).await;
    let group = Chat::group(-100_777, "BCĐ");
    bot.say(&c.chair, &group, "/nhom").await;
    let mut tasks_a = Vec::new();
    for i in 0..10 {
        tasks_a.push(bot.seed_task(c.unit_a, Some(day(6, 1)), &format!("Việc Tư pháp {i}")).await);
        bot.seed_task(c.unit_b, Some(day(6, 1)), &format!("Việc TTTT {i}")).await;
    }
    for (method, share) in
        [("sendMessage", 0.075), ("editMessageText", 0.075), ("answerCallbackQuery", 0.075)]
    {
        bot.fake.inject(rule(method, Fault::RetryAfter(1), share, None));
        bot.fake.inject(rule(method, Fault::Reset, share, None));
        bot.fake.inject(rule(method, Fault::Timeout(Duration::from_millis(300)), share, None));
    }
    // teloxide waits 10 s after any 5xx before reading the body, so one is enough.
    bot.fake.inject(rule("sendMessage", Fault::ServerError(502), 0.075, Some(1)));
    bot.fake.inject(rule("getUpdates", Fault::Reset, 0.11, None));
    bot.fake.inject(rule("getUpdates", Fault::RetryAfter(1), 0.11, None));

    // 08:00: each officer's list of their unit's 10 tasks, in two pages.
    bot.settle_at(at(5, 1, 8, 0)).await;
    bot.drain().await;
    let reminders_a = bot.fake.sent_to(c.officer_a.id);
    let reminders_b = bot.fake.sent_to(c.officer_b.id);
    assert_eq!((reminders_a.len(), reminders_b.len()), (1, 1));

    // Officer A replies to the list for each task, naming it; officer B presses "Hoàn thành"
    // on each row, turning the page.
    bot.clock.set(at(5, 1, 9, 0));
    for (i, task) in tasks_a.iter().enumerate() {
        bot.fake.reply(
            &c.officer_a,
            &c.officer_a.private(),
            reminders_a[0].message_id,
            &format!("NV-{task:04} đang triển khai, đạt {}%", 10 + i),
        );
    }
    let list_b = reminders_b[0].message_id;
    let mut page = reminders_b[0].clone();
    let mut pressed = 0;
    loop {
        for (_, data) in page.buttons().into_iter().filter(|(label, _)| label.contains("Hoàn thành")) {
            bot.fake.press(&c.officer_b, &c.officer_b.private(), list_b, &data);
            pressed += 1;
        }
        bot.drain().await;
        let Some((_, next)) = page.buttons().into_iter().find(|(label, _)| label.contains("Sau")) else {
            break;
        };
        bot.fake.press(&c.officer_b, &c.officer_b.private(), list_b, &next);
        bot.drain().await;
        page = bot.fake.all_sent().into_iter().rev().find(|m| m.message_id == list_b).unwrap();
    }
    assert_eq!(pressed, 10, "a row for each task, over the pages");
    bot.fake.send_text(&c.chair, &group, "/tonghop");
    bot.fake.send_text(&c.deputy, &group, "/quahan");
    bot.drain().await;

    // The secretariat confirms three of officer B's completions.
    let requests: Vec<Sent> = bot
        .fake
        .sent_to(c.secretariat.id)
        .into_iter()
        .filter(|m| m.text.contains("báo cáo <b>đã hoàn thành</b>"))
        .collect();
    assert_eq!(requests.len(), 10);
    for request in requests.iter().take(3) {
        bot.fake.press(
            &c.secretariat,
            &c.secretariat.private(),
            request.message_id,
            &request.button("Xác nhận"),
        );
        bot.drain().await;
        let ask = bot
            .fake
            .sent_to(c.secretariat.id)
            .into_iter()
            .rev()
            .find(|m| m.text.contains("minh chứng"))
            .unwrap();
        bot.fake.press(&c.secretariat, &c.secretariat.private(), ask.message_id, &ask.button("Bỏ qua"));
        bot.drain().await;
    }
    // Page turns (edits) in the chair's list of the 17 open tasks.
    bot.fake.mark_read(c.chair.id);
    bot.fake.send_text(&c.chair, &c.chair.private(), "/viec");
    bot.drain().await;
    let list =
        bot.fake.sent_to(c.chair.id).into_iter().rev().find(|m| m.text.contains("17 nhiệm vụ")).unwrap();
    for label in ["Sau", "Trước", "Sau"] {
        let page = bot.fake.all_sent().into_iter().rev().find(|m| m.message_id == list.message_id).unwrap();
        bot.fake.press(&c.chair, &c.chair.private(), list.message_id, &page.button(label));
        bot.drain().await;
    }

    // Every report once.
    let reports: Vec<(String, String)> = sqlx::query_as("SELECT kind, text FROM status_reports")
        .fetch_all(&mut *bot.db().await)
        .await
        .unwrap();
    let by_kind = |k: &str| reports.iter().filter(|(kind, _)| kind == k).count();
    assert_eq!((by_kind("in_progress"), by_kind("done"), by_kind("confirmed")), (10, 10, 3), "{reports:?}");
    for i in 0..10 {
        let text = format!("đang triển khai, đạt {}%", 10 + i);
        assert_eq!(reports.iter().filter(|(_, t)| *t == text).count(), 1, "{text}");
    }

    // Every message once: the outbox is all sent, and Telegram got one copy of each.
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT state, json_extract(body, '$.kind') FROM outbox")
            .fetch_all(&mut *bot.db().await)
            .await
            .unwrap();
    assert!(rows.iter().all(|(state, _)| state == "sent"), "{rows:?}");
    let expected_texts = rows.iter().filter(|(_, k)| k == "text").count();
    let expected_edits = rows.iter().filter(|(_, k)| k == "edit").count();
    let sent = bot.fake.all_sent();
    let delivered_texts = sent.iter().filter(|s| s.method == "sendMessage").count();
    let delivered_edits = sent.iter().filter(|s| s.method == "editMessageText").count();
    let mut copies: HashMap<(i64, String), usize> = HashMap::new();
    for s in sent.iter().filter(|s| s.method == "sendMessage") {
        *copies.entry((s.chat_id, s.text.clone())).or_default() += 1;
    }
    let doubled = copies.values().filter(|n| **n > 1).count();
    let faults = bot.fake.all_calls().iter().filter(|c| c.fault.is_some()).count();
    let calls = bot.fake.all_calls().len();
    println!(
        "faults: {faults} of {calls} calls ({:.0}%); messages expected {expected_texts}, delivered {delivered_texts}, doubled {doubled}; edits {expected_edits}/{delivered_edits}",
        100.0 * faults as f64 / calls as f64
    );
    assert_eq!(delivered_texts, expected_texts, "every message arrives");
    assert_eq!(delivered_edits, expected_edits);
    assert_eq!(doubled, 0, "none twice");
    assert!(expected_edits >= 3);
    assert!(faults * 100 / calls >= 15, "faults were really injected: {faults}/{calls}");
}

/// Telegram resends updates it thinks were not received, and `getUpdates` fails now and then:
/// each update still counts once, and none is lost.
#[tokio::test]
async fn updates_are_handled_once_across_resends_failures_and_restarts() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let task = bot.seed_task(c.unit_a, Some(day(30, 6)), "Một lần thôi").await;
    bot.fake.inject(rule("getUpdates", Fault::Reset, 0.3, None));
    let mut ids = Vec::new();
    for i in 0..15 {
        ids.push(bot.fake.send_text(
            &c.officer_a,
            &c.officer_a.private(),
            &format!("/capnhat {task} đang làm, mốc {i}"),
        ));
    }
    bot.drain().await;
    for id in ids.iter().step_by(3) {
        bot.fake.redeliver(*id);
    }
    bot.drain().await;
    let bot = bot.restart().await;
    for id in ids.iter().skip(1).step_by(4) {
        bot.fake.redeliver(*id);
    }
    bot.drain().await;
    let reports: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM status_reports")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(reports, 15, "each update once");
    let answers = bot.fake.sent_to(c.officer_a.id).iter().filter(|m| m.text.contains("Đã ghi nhận")).count();
    assert_eq!(answers, 15);
}

#[tokio::test]
async fn forged_stale_and_foreign_buttons_are_refused_with_a_short_message() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let a_task = bot.seed_task(c.unit_a, Some(day(30, 6)), "BÍ MẬT CỦA TƯ PHÁP").await;
    let b_task = bot.seed_task(c.unit_b, Some(day(30, 6)), "Việc của TTTT").await;
    let own = bot.ask(&c.officer_b, &format!("/viec {b_task}")).await;
    // A task that does not exist.
    let answer = bot.press(&c.officer_b, &own, "s:99999:d").await;
    assert!(answer.text.contains("Không có nhiệm vụ NV-99999"), "{}", answer.text);
    // Another unit's task, by every button that names a task.
    for data in
        [format!("s:{a_task}:d"), format!("p:{a_task}:50"), format!("o:{a_task}"), format!("k:{a_task}:d")]
    {
        bot.fake.mark_read(c.officer_b.id);
        let update = bot.fake.press(&c.officer_b, &c.officer_b.private(), own.message_id, &data);
        let toast = bot.fake.callback_answer(update).await.unwrap_or_default();
        // The refusal is a toast, or a message sent after the button is answered.
        let message =
            if toast.is_empty() { bot.fake.next_message(c.officer_b.id).await.text } else { String::new() };
        let refused = toast.contains("không còn hiệu lực")
            || message == format!("Nhiệm vụ NV-{a_task:04} không thuộc đơn vị của đồng chí.");
        assert!(refused, "{data}: {toast:?} / {message:?}");
    }
    bot.fake.assert_silent(c.officer_b.id, Duration::from_millis(300)).await;
    assert!(bot.fake.sent_to(c.officer_b.id).iter().all(|m| !m.text.contains("BÍ MẬT")), "leaked");
    // A page button of someone else's list.
    let list = bot.ask(&c.officer_a, "/viec").await;
    let view: i64 =
        sqlx::query_scalar("SELECT MAX(id) FROM list_views").fetch_one(&mut *bot.db().await).await.unwrap();
    let toast = bot.press_for_toast(&c.officer_b, &own, &format!("v:{view}:0")).await;
    assert!(toast.unwrap_or_default().contains("không còn hiệu lực"), "another member's list");
    assert!(list.text.contains("BÍ MẬT"));
    // Buttons of a dialogue that is over.
    let card = bot.ask(&c.secretariat, &format!("/viec {a_task}")).await;
    for data in ["u:1", "ok", "sk", "nd", "y", "g:cds", "up:1", "ip"] {
        let toast = bot.press_for_toast(&c.secretariat, &card, data).await;
        assert!(toast.unwrap_or_default().contains("không còn hiệu lực"), "{data}");
    }
    let status: String = sqlx::query_scalar("SELECT status FROM tasks WHERE id = ?")
        .bind(a_task)
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(status, "not_started");
}

#[tokio::test]
async fn hostile_text_in_names_and_tasks_is_stored_intact_and_shown_safely() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let rtl = "\u{202e}";
    let name = format!("Sở <b>X</b> & *Y* _Z_ {rtl}gnp.exe'; DROP TABLE units;--");
    let added = bot.ask(&c.secretariat, &format!("/donvi them {name} | Sở X")).await;
    assert!(added.text.contains("&lt;b&gt;X&lt;/b&gt; &amp; *Y* _Z_"), "{}", added.text);
    let stored: String = sqlx::query_scalar("SELECT name FROM units WHERE short_name = 'Sở X'")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(stored, name);
    let text = format!(
        "Nội dung \u{0007}chuông\u{0000}rỗng {rtl}ngược <script>alert('x')</script> [link](javascript:x)"
    );
    bot.ask(&c.chair, &format!("/giao Sở X | 30/9/2026 | {text}")).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let said = bot.fake.sent_to(c.chair.id);
    let created = said.iter().find(|m| m.text.contains("NV-0001")).expect("the new task's card");
    assert!(created.text.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "{}", created.text);
    assert!(said.iter().all(|m| !m.text.contains("<script>")));
    let stored: String =
        sqlx::query_scalar("SELECT text FROM tasks").fetch_one(&mut *bot.db().await).await.unwrap();
    assert_eq!(stored, text);
    let list = bot.ask(&c.chair, "/donvi").await;
    assert!(list.text.contains("&lt;b&gt;X&lt;/b&gt;"), "{}", list.text);
    // Too long for one message: refused in Vietnamese, nothing saved.
    let long = "x".repeat(5000);
    bot.fake.send_text(&c.chair, &c.chair.private(), &format!("/giao Sở X | 30/9/2026 | {long}"));
    let refused = bot.fake.next_message(c.chair.id).await;
    assert!(refused.text.contains("quá dài"), "{}", refused.text);
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM tasks").fetch_one(&mut *bot.db().await).await.unwrap();
    assert_eq!(count, 1);
}

#[tokio::test]
async fn a_backup_taken_while_the_bot_runs_is_consistent_and_restorable() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    for i in 0..20 {
        bot.seed_task(c.unit_a, Some(day(30, 6)), &format!("Việc {i}")).await;
    }
    // Traffic goes on while the copy is made.
    for i in 0..10 {
        bot.fake.send_text(
            &c.officer_a,
            &c.officer_a.private(),
            &format!("/capnhat {} đang làm {i}0%", i + 1),
        );
    }
    let path = bot.dir.path().join("backup.db");
    let said = dondoc::cli::backup(&bot.app, &path).await.unwrap();
    assert!(said.contains("Đã sao lưu") && said.contains("20 nhiệm vụ"), "{said}");
    assert!(dondoc::cli::backup(&bot.app, &path).await.is_err(), "never overwrites");
    let copy = dondoc::store::Store::connect(&format!("sqlite://{}", path.display())).await.unwrap();
    assert_eq!(copy.integrity_check().await.unwrap(), "ok");
    let tasks: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tasks").fetch_one(copy.pool()).await.unwrap();
    assert_eq!(tasks, 20);
}

#[test]
fn the_token_never_appears_in_logs_or_errors() {
    let secret = TOKEN.split_once(':').unwrap().1;
    let dir = tempfile::tempdir().unwrap();
    // Telegram unreachable: the error names the problem, not the token.
    let out = dondoc_binary(dir.path())
        .env("DONDOC_LOG", "trace")
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", "http://127.0.0.1:9/")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot reach the Telegram Bot API"), "{stderr}");
    assert!(!stderr.contains(secret), "the token leaked: {stderr}");
}

#[tokio::test]
async fn logs_under_faults_keep_the_token_out() {
    let fake = crate::support::FakeApi::start().await;
    fake.inject(FaultRule {
        method: "sendMessage".into(),
        chat_id: None,
        fault: Fault::Reset,
        remaining: Some(2),
        rate: 1.0,
    });
    fake.inject(FaultRule {
        method: "getUpdates".into(),
        chat_id: None,
        fault: Fault::Reset,
        remaining: Some(1),
        rate: 1.0,
    });
    let dir = tempfile::tempdir().unwrap();
    let mut child = tokio::process::Command::from(dondoc_binary(dir.path()))
        .env("DONDOC_LOG", "trace")
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", fake.url().as_str())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let stderr = Stderr::drain(&mut child);
    fake.wait_call(Duration::from_secs(20), |c| c.method == "getUpdates" && c.fault.is_none()).await;
    let user = TgUser::new(9, "Ai đó");
    fake.send_text(&user, &user.private(), "/start");
    fake.next_message(user.id).await;
    let pid = child.id().unwrap().to_string();
    std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let out = tokio::time::timeout(Duration::from_secs(20), async {
        child.wait().await.unwrap();
        stderr.collect().await
    })
    .await
    .unwrap();
    assert!(
        out.contains("delivery") || out.contains("getUpdates failed"),
        "the faults were logged: {}",
        &out[..out.len().min(2000)]
    );
    assert!(!out.contains(TOKEN.split_once(':').unwrap().1), "the token leaked into the logs");
}
