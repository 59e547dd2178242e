//! One morning message per person: the list of the tasks that call for a reminder that day,
//! reported on from its buttons or by a reply, paged, by unit for leaders, once a day across
//! restarts and downtime. (With `DONDOC_REMIND_GROUPING=task`, the old one message a task is
//! tested in `reminders.rs`.)

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Asia::Ho_Chi_Minh;

use crate::support::fake_api::check_html;
use crate::support::{Options, Sent, TestBot};

fn at(d: u32, m: u32, h: u32, min: u32) -> DateTime<Utc> {
    Ho_Chi_Minh.with_ymd_and_hms(2026, m, d, h, min, 0).unwrap().with_timezone(&Utc)
}

fn day(d: u32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn code(id: i64) -> String {
    format!("NV-{id:04}")
}

/// Where `id`'s code is in a message's text.
fn position(message: &Sent, id: i64) -> usize {
    message.text.find(&code(id)).unwrap_or_else(|| panic!("{} not in {}", code(id), message.text))
}

async fn status_of(bot: &TestBot, id: i64) -> (String, i64) {
    sqlx::query_as("SELECT status, progress FROM tasks WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap()
}

/// The acceptance's first case: three tasks due for one officer (late, due today, ahead) come
/// as one message naming all three, overdue first; the second is reported on from its row of
/// buttons, the third by a reply that names its code, and a reply that names none is asked
/// which. An officer with one task gets the task's own reminder, as before lists.
#[tokio::test]
async fn an_officer_with_three_tasks_gets_one_list_and_reports_from_it() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let ahead = bot.seed_task(c.unit_a, Some(day(9, 1)), "Số hóa hồ sơ lý lịch tư pháp").await;
    let late = bot.seed_task(c.unit_a, Some(day(5, 1)), "Báo cáo rà soát thủ tục hành chính").await;
    let due = bot.seed_task(c.unit_a, Some(day(6, 1)), "Cập nhật cơ sở dữ liệu hộ tịch").await;
    let alone = bot.seed_task(c.unit_b, Some(day(9, 1)), "Việc duy nhất của Sở TT&TT").await;
    bot.settle_at(at(6, 1, 8, 0)).await;

    let sent = bot.fake.sent_to(c.officer_a.id);
    assert_eq!(sent.len(), 1, "one message for three tasks: {sent:#?}");
    let list = &sent[0];
    assert!(list.text.contains("3 nhiệm vụ") && list.text.contains("1 quá hạn"), "{}", list.text);
    assert!(
        position(list, late) < position(list, due) && position(list, due) < position(list, ahead),
        "overdue first, then by deadline: {}",
        list.text
    );
    for words in ["quá hạn 1 ngày", "đến hạn hôm nay", "còn 3 ngày", "chủ trì"] {
        assert!(list.text.contains(words), "{words}: {}", list.text);
    }
    check_html(&list.text).unwrap();
    let buttons = list.buttons();
    for id in [late, due, ahead] {
        assert!(buttons.contains(&(code(id), format!("o:{id}"))), "{buttons:?}");
        assert!(buttons.contains(&("✅ Hoàn thành".into(), format!("s:{id}:d"))), "{buttons:?}");
        assert!(buttons.contains(&("🔄 Tiến độ".into(), format!("s:{id}:p"))), "{buttons:?}");
    }
    assert!(!buttons.iter().any(|(l, _)| l.contains("Sau")), "three fit on a page");
    let (deliveries, messages): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(DISTINCT outbox_id) FROM reminder_deliveries WHERE chat_id = ?",
    )
    .bind(c.officer_a.id)
    .fetch_one(&mut *bot.db().await)
    .await
    .unwrap();
    assert_eq!((deliveries, messages), (3, 1), "three reminders, one message");

    // The single-task form for the officer with one.
    let single = bot.fake.sent_to(c.officer_b.id);
    assert_eq!(single.len(), 1);
    assert!(
        single[0].text.contains("còn <b>3 ngày làm việc</b>")
            && single[0].text.contains("Báo cáo gần nhất")
            && !single[0].text.contains("Danh sách"),
        "{}",
        single[0].text
    );
    assert!(single[0].buttons().iter().any(|(l, _)| l.contains("Khó khăn")));

    // The second task, from its buttons: progress, then a percent.
    bot.clock.set(at(6, 1, 9, 0));
    bot.fake.mark_read(c.officer_a.id);
    let asked = bot.press(&c.officer_a, list, &format!("s:{due}:p")).await;
    assert!(asked.text.contains(&code(due)), "{}", asked.text);
    let recorded = bot.press(&c.officer_a, &asked, &format!("p:{due}:50")).await;
    assert!(recorded.text.contains(&code(due)) && recorded.text.contains("50%"), "{}", recorded.text);
    assert_eq!(status_of(&bot, due).await, ("in_progress".into(), 50));

    // The third, by a reply naming it.
    bot.fake.mark_read(c.officer_a.id);
    let words = format!("{} đã hoàn thành, hồ sơ đã số hóa xong", code(ahead));
    bot.fake.reply(&c.officer_a, &c.officer_a.private(), list.message_id, &words);
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(answer.text.contains(&code(ahead)) && answer.text.contains("hoàn thành"), "{}", answer.text);
    bot.drain().await;
    assert_eq!(status_of(&bot, ahead).await.0, "awaiting_confirmation");
    let said: String = sqlx::query_scalar("SELECT text FROM status_reports WHERE task_id = ?")
        .bind(ahead)
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(said, "đã hoàn thành, hồ sơ đã số hóa xong", "the code is not part of the words");

    // A reply naming no task: which one, among those the list still chases.
    bot.fake.mark_read(c.officer_a.id);
    bot.fake.reply(&c.officer_a, &c.officer_a.private(), list.message_id, "đang thực hiện, đạt 70%");
    let which = bot.fake.next_message(c.officer_a.id).await;
    let choices: Vec<String> = which.buttons().into_iter().map(|(_, d)| d).collect();
    assert!(choices.contains(&format!("t:{late}")) && choices.contains(&format!("t:{due}")), "{choices:?}");
    assert!(!choices.contains(&format!("t:{ahead}")), "reported done: not asked about: {choices:?}");
    assert!(!choices.iter().any(|d| d == &format!("t:{alone}")), "not another unit's: {choices:?}");
    let recorded = bot.press(&c.officer_a, &which, &format!("t:{late}")).await;
    assert!(recorded.text.contains(&code(late)) && recorded.text.contains("70%"), "{}", recorded.text);
    assert_eq!(status_of(&bot, late).await, ("in_progress".into(), 70));

    // Nothing more that day, across a restart.
    let bot = bot.restart().await;
    bot.settle_at(at(6, 1, 16, 0)).await;
    let lists = bot.fake.sent_to(c.officer_a.id).iter().filter(|m| m.text.contains("Danh sách")).count();
    assert_eq!(lists, 1, "never twice a day");
}

/// Forty tasks due: one message whose pages turn in place, eight tasks and their buttons a
/// page, every task on exactly one page, within Telegram's limits; a reply naming a task of
/// the last page still reports on it.
#[tokio::test]
async fn forty_tasks_page_inside_one_message() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let long = "Triển khai các giải pháp bảo đảm an toàn, an ninh mạng cho hệ thống thông tin của cơ quan, \
                đơn vị theo cấp độ; báo cáo kết quả về Sở Khoa học và Công nghệ &amp; <Ban Chỉ đạo>";
    let mut ids = Vec::new();
    for i in 0..40 {
        let deadline = if i % 2 == 0 { day(9, 1) } else { day(6, 1) };
        ids.push(bot.seed_task(c.unit_a, Some(deadline), &format!("{i}. {long}")).await);
    }
    bot.settle_at(at(6, 1, 8, 0)).await;
    let sent = bot.fake.sent_to(c.officer_a.id);
    assert_eq!(sent.len(), 1, "one message for forty tasks");
    let first = sent[0].clone();
    assert!(first.text.contains("40 nhiệm vụ"), "{}", first.text);

    bot.fake.mark_read(c.officer_a.id);
    let mut page = first.clone();
    let mut seen: Vec<i64> = Vec::new();
    let mut pages = 0;
    loop {
        pages += 1;
        assert!(page.text.encode_utf16().count() <= 4096, "page {pages}: {} units", page.text.len());
        check_html(&page.text).unwrap();
        let mut on_page: Vec<i64> =
            ids.iter().copied().filter(|id| page.text.contains(&format!("<b>{}</b>", code(*id)))).collect();
        on_page.sort_by_key(|id| position(&page, *id));
        assert!(!on_page.is_empty() && on_page.len() <= 8, "page {pages}: {on_page:?}");
        for (label, data) in page.buttons() {
            assert!(data.len() <= 64 && !label.is_empty());
        }
        for id in &on_page {
            assert!(page.buttons().contains(&("✅ Hoàn thành".into(), format!("s:{id}:d"))), "page {pages}");
        }
        seen.extend(&on_page);
        let Some((_, next)) = page.buttons().into_iter().find(|(l, _)| l.contains("Sau")) else { break };
        page = bot.press(&c.officer_a, &first, &next).await;
        assert_eq!((page.method.as_str(), page.message_id), ("editMessageText", first.message_id));
    }
    assert_eq!(pages, 5);
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!((seen.len(), sorted.len()), (40, 40), "each task on one page");
    // Due today (the odd ones) before those due on Friday.
    let due_today: BTreeSet<i64> = ids.iter().copied().skip(1).step_by(2).collect();
    assert!(seen[..20].iter().all(|id| due_today.contains(id)), "{seen:?}");
    assert!(page.text.contains("5/5") || page.buttons().iter().any(|(l, _)| l == "5/5"));

    // Back a page.
    let back = bot.press(&c.officer_a, &first, &page.button("Trước")).await;
    assert!(back.buttons().iter().any(|(l, _)| l == "4/5"), "{:?}", back.buttons());

    // A reply naming no task, after the pages were turned: which of the whole list's forty.
    bot.fake.reply(&c.officer_a, &c.officer_a.private(), first.message_id, "đã triển khai, đạt 30%");
    let which = bot.fake.next_message(c.officer_a.id).await;
    assert!(which.text.contains("còn 32 nhiệm vụ khác"), "{}", which.text);
    assert!(which.buttons().iter().any(|(_, d)| d == &format!("t:{}", seen[0])), "{:?}", which.buttons());
    bot.press(&c.officer_a, &which, &which.button("Hủy")).await;

    // Another person's list is not theirs to page: the chair sends its page button's data
    // from a message of their own.
    let data = page.button("Trước");
    let own = bot.ask(&c.chair, "/help").await;
    let update = bot.fake.press(&c.chair, &c.chair.private(), own.message_id, &data);
    let toast = bot.fake.callback_answer(update).await;
    assert!(toast.is_some_and(|t| t.contains("không còn")), "a stale button for the chair");

    // A reply to the list naming a task of its last page.
    let last = *seen.last().unwrap();
    bot.fake.mark_read(c.officer_a.id);
    let words = format!("Báo cáo {}: đang thực hiện, đạt 20%", code(last));
    bot.fake.reply(&c.officer_a, &c.officer_a.private(), first.message_id, &words);
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(answer.text.contains(&code(last)) && answer.text.contains("20%"), "{}", answer.text);
}

/// Escalations come to the chair, the deputy and the secretariat as one message each, the
/// tasks by unit, with buttons that open each card (leaders do not report).
#[tokio::test]
async fn escalations_come_to_each_leader_as_one_list_by_unit() {
    let env = vec![("DONDOC_ESCALATE_AFTER".into(), "2".into())];
    let (bot, c) = TestBot::with_committee(Options { env, ..Options::default() }).await;
    let a1 = bot.seed_task(c.unit_a, Some(day(5, 1)), "Tư pháp một").await;
    let b1 = bot.seed_task(c.unit_b, Some(day(5, 1)), "TTTT một").await;
    let a2 = bot.seed_task(c.unit_a, Some(day(5, 1)), "Tư pháp hai").await;
    bot.settle_at(at(6, 1, 8, 0)).await;
    bot.settle_at(at(7, 1, 8, 0)).await;
    for leader in [&c.chair, &c.deputy, &c.secretariat] {
        let on_the_7th: Vec<Sent> = bot
            .fake
            .sent_to(leader.id)
            .into_iter()
            .filter(|m| m.text.contains("07/01/2026") || m.text.contains("Chậm tiến độ"))
            .collect();
        assert_eq!(on_the_7th.len(), 1, "{}: {on_the_7th:#?}", leader.first_name);
        let list = &on_the_7th[0];
        assert!(list.text.contains("Nhiệm vụ chậm tiến độ"), "{}", list.text);
        let justice = list.text.find("<b>Sở Tư pháp</b> (2 nhiệm vụ)").expect("the unit's heading");
        let it = list.text.find("<b>Sở TT&amp;TT</b> (1 nhiệm vụ)").expect("the unit's heading");
        let (pa1, pa2, pb1) = (position(list, a1), position(list, a2), position(list, b1));
        assert!(justice < pa1 && justice < pa2 && it < pb1, "{}", list.text);
        assert!((pa1 < it) == (pa2 < it), "a unit's tasks together: {}", list.text);
        let buttons = list.buttons();
        assert!(!buttons.iter().any(|(l, _)| l.contains("Hoàn thành")), "leaders do not report: {buttons:?}");
        for id in [a1, a2, b1] {
            assert!(buttons.contains(&(code(id), format!("o:{id}"))), "{buttons:?}");
        }
    }
}

/// Three days of downtime: the morning the bot is back, one list, each task in it once and
/// for its latest occasion; the missed ones are skipped.
#[tokio::test]
async fn after_downtime_the_catch_up_is_one_list() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let mut ids = Vec::new();
    for i in 0..3 {
        ids.push(bot.seed_task(c.unit_a, Some(day(15, 1)), &format!("Việc {i}")).await);
    }
    bot.settle_at(at(6, 1, 8, 0)).await;
    let first = bot.fake.sent_to(c.officer_a.id);
    assert_eq!(first.len(), 1, "seven working days ahead, one list");
    // Counted as the task's own reminder counts: working days (nine calendar days).
    assert_eq!(first[0].text.matches("còn 7 ngày làm việc").count(), 3, "{}", first[0].text);
    let mut bot = bot;
    bot.stop().await;
    bot.clock.set(at(15, 1, 9, 0));
    let bot = bot.restart().await;
    bot.settle_at(at(15, 1, 9, 0)).await;
    let sent = bot.fake.sent_to(c.officer_a.id);
    assert_eq!(sent.len(), 2, "one list before, one catch-up: {:#?}", &sent[1..]);
    let catch_up = &sent[1];
    for id in &ids {
        let line = format!("<b>{}</b>", code(*id));
        assert_eq!(catch_up.text.matches(&line).count(), 1, "{}", catch_up.text);
    }
    assert_eq!(catch_up.text.matches("đến hạn hôm nay").count(), 3, "{}", catch_up.text);
    let skipped: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reminders WHERE state = 'skipped'")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(skipped, 6);
}

/// A stop in the middle of a morning of lists (sent at Telegram's 30 a second) delivers the
/// rest after the restart, each person's list once. (A kill, which can catch a message
/// between Telegram's answer and its record, is `crash.rs`'s.)
#[tokio::test]
async fn a_stop_in_the_middle_of_the_morning_delivers_each_list_once() {
    let (bot, _c) = TestBot::with_committee(Options { telegram_limits: true, ..Options::default() }).await;
    let officers = bot.seed_officers(60, 70_000, "Phòng").await;
    let mut tasks = std::collections::HashMap::new();
    for (unit, officer) in &officers {
        for n in 0..3 {
            let id = bot.seed_task(*unit, Some(day(9, 1)), &format!("Việc {n}")).await;
            tasks.entry(officer.id).or_insert_with(Vec::new).push(id);
        }
    }
    let mut sent = bot.fake.watch_sent();
    bot.clock.set(at(6, 1, 8, 0));
    for _ in 0..10 {
        sent.recv().await.unwrap();
    }
    let mut bot = bot;
    bot.stop().await;
    let before = bot.fake.all_sent().len();
    assert!(before < officers.len(), "stopped mid-morning: {before} of {}", officers.len());
    let bot = bot.restart().await;
    bot.settle_at(at(6, 1, 8, 1)).await;
    for (_, officer) in &officers {
        let got = bot.fake.sent_to(officer.id);
        assert_eq!(got.len(), 1, "officer {}: {got:#?}", officer.id);
        for id in &tasks[&officer.id] {
            assert!(got[0].text.contains(&code(*id)), "{}", got[0].text);
        }
    }
}

/// `DONDOC_REMIND_GROUPING=task` keeps one message a task.
#[tokio::test]
async fn with_grouping_by_task_each_task_has_its_own_message() {
    let env = vec![("DONDOC_REMIND_GROUPING".into(), "task".into())];
    let (bot, c) = TestBot::with_committee(Options { env, ..Options::default() }).await;
    let ids = [
        bot.seed_task(c.unit_a, Some(day(9, 1)), "Một").await,
        bot.seed_task(c.unit_a, Some(day(9, 1)), "Hai").await,
    ];
    bot.settle_at(at(6, 1, 8, 0)).await;
    let sent = bot.fake.sent_to(c.officer_a.id);
    assert_eq!(sent.len(), 2);
    for (message, id) in sent.iter().zip(ids) {
        assert!(
            message.text.contains(&code(id)) && message.text.contains("Báo cáo gần nhất"),
            "{}",
            message.text
        );
    }
}

/// Reminders recorded for their recipients but not yet composed when the bot died (the state
/// a crash between the two steps leaves) are composed at the next round, once; a task
/// reported done meanwhile drops out of the list and its reminder is marked cancelled.
#[tokio::test]
async fn recorded_reminders_left_by_a_crash_are_composed_once_without_tasks_settled_since() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let ids = [
        bot.seed_task(c.unit_a, Some(day(9, 1)), "Một").await,
        bot.seed_task(c.unit_a, Some(day(9, 1)), "Hai").await,
        bot.seed_task(c.unit_a, Some(day(9, 1)), "Ba").await,
    ];
    bot.settle_at(at(6, 1, 7, 0)).await;
    let member: i64 = sqlx::query_scalar("SELECT id FROM members WHERE telegram_id = ?")
        .bind(c.officer_a.id)
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    {
        let mut tx = bot.app.store.begin().await.unwrap();
        for id in ids {
            sqlx::query(
                "INSERT INTO reminder_deliveries (reminder_id, chat_id, member_id, reason) \
                 SELECT id, ?, ?, 'lead' FROM reminders WHERE task_id = ? AND local_day = '2026-01-06'",
            )
            .bind(c.officer_a.id)
            .bind(member)
            .bind(id)
            .execute(&mut *tx)
            .await
            .unwrap();
        }
        sqlx::query("UPDATE reminders SET state = 'sent' WHERE local_day = '2026-01-06'")
            .execute(&mut *tx)
            .await
            .unwrap();
        sqlx::query("UPDATE tasks SET status = 'done', completed_on = '2026-01-06' WHERE id = ?")
            .bind(ids[1])
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    let bot = bot.restart().await;
    bot.settle_at(at(6, 1, 8, 0)).await;
    let sent = bot.fake.sent_to(c.officer_a.id);
    assert_eq!(sent.len(), 1, "{sent:#?}");
    let list = &sent[0];
    assert!(list.text.contains("2 nhiệm vụ"), "{}", list.text);
    assert!(list.text.contains(&code(ids[0])) && list.text.contains(&code(ids[2])), "{}", list.text);
    assert!(!list.text.contains(&code(ids[1])), "done meanwhile: {}", list.text);
    let cancelled: String =
        sqlx::query_scalar("SELECT state FROM reminders WHERE task_id = ? AND local_day = '2026-01-06'")
            .bind(ids[1])
            .fetch_one(&mut *bot.db().await)
            .await
            .unwrap();
    assert_eq!(cancelled, "cancelled");
    let bot = bot.restart().await;
    bot.settle_at(at(6, 1, 10, 0)).await;
    assert_eq!(bot.fake.sent_to(c.officer_a.id).len(), 1, "composed once");
}

/// An officer who blocked the bot: the tasks of the list that could not reach them go to the
/// secretariat, as one list saying why, and the officer is not tried again.
#[tokio::test]
async fn a_list_that_cannot_reach_its_officer_goes_to_the_secretariat_as_a_list() {
    use crate::support::fake_api::{Fault, FaultRule};
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let ids = [
        bot.seed_task(c.unit_a, Some(day(9, 1)), "Một").await,
        bot.seed_task(c.unit_a, Some(day(6, 1)), "Hai").await,
    ];
    bot.fake.inject(FaultRule {
        method: "sendMessage".into(),
        chat_id: Some(c.officer_a.id),
        fault: Fault::Blocked,
        remaining: None,
        rate: 1.0,
    });
    bot.settle_at(at(6, 1, 8, 0)).await;
    bot.settle_at(at(6, 1, 8, 1)).await;
    let told = bot.fake.next_message(c.secretariat.id).await;
    assert!(told.text.contains("Nhắc việc chuyển đến cơ quan thường trực"), "{}", told.text);
    assert!(told.text.contains("cán bộ Sở Tư pháp không nhận được tin nhắn"), "{}", told.text);
    for id in ids {
        assert!(told.text.contains(&code(id)), "{}", told.text);
    }
    assert!(!told.buttons().iter().any(|(l, _)| l.contains("Hoàn thành")), "the office does not report");
    let to_secretariat = bot.fake.sent_to(c.secretariat.id).len();
    assert_eq!(to_secretariat, 1, "one list for both tasks");
}
