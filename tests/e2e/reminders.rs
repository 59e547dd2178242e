//! Reminders through a month of the real calendar, restarts, downtime, unreachable officers,
//! re-planning, `/lich`, and Telegram's sending limits.

use std::collections::BTreeSet;
use std::time::Duration;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Asia::Ho_Chi_Minh;

use crate::support::fake_api::FaultRule;
use crate::support::{Committee, Fault, Options, Sent, TestBot};

/// A local time in Hà Nội in 2026.
fn at(d: u32, m: u32, h: u32, min: u32) -> DateTime<Utc> {
    Ho_Chi_Minh.with_ymd_and_hms(2026, m, d, h, min, 0).unwrap().with_timezone(&Utc)
}

fn day(d: u32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

/// Only reminders: the scheduled reports have their own tests.
fn reminders_only() -> Vec<(String, String)> {
    vec![("DONDOC_DIGEST".into(), "off".into()), ("DONDOC_REPORTS".into(), "off".into())]
}

/// `DONDOC_REMIND_GROUPING=task`: the tests that count one message a task (their list
/// counterparts are in `lists.rs`).
fn one_message_a_task() -> Options {
    Options { env: vec![("DONDOC_REMIND_GROUPING".into(), "task".into())], ..Options::default() }
}

/// What a reminder is, read from its Vietnamese heading.
fn kind(text: &str) -> String {
    let fallback =
        text.contains("chưa có cán bộ đầu mối đăng ký") || text.contains("Không gửi được nhắc việc");
    let base = if text.contains("Chậm tiến độ") {
        "escalation"
    } else if text.contains("Hôm nay là thời hạn") {
        "due"
    } else if text.contains("ngày làm việc</b> đến hạn") {
        "ahead"
    } else if text.contains("quá hạn") {
        "overdue"
    } else if text.contains("chưa cập nhật tiến độ") {
        "quiet"
    } else {
        "other"
    };
    if fallback { format!("fallback:{base}") } else { base.to_string() }
}

fn code(text: &str) -> String {
    let i = text.find("NV-").expect("a task code");
    text[i..i + 7].to_string()
}

/// Messages sent since `cursor`, as (chat, code, kind); moves the cursor.
fn new_reminders(bot: &TestBot, cursor: &mut usize) -> Vec<(i64, String, String)> {
    let sent = bot.fake.all_sent();
    let fresh: Vec<(i64, String, String)> =
        sent[*cursor..].iter().map(|s| (s.chat_id, code(&s.text), kind(&s.text))).collect();
    *cursor = sent.len();
    fresh
}

/// With `DONDOC_REMIND_GROUPING=task`: a message a task and person, read by its heading.
#[tokio::test]
async fn a_month_of_reminders_follows_working_days_tet_and_the_committees_rules() {
    a_month_of_reminders(Grouping::Task).await;
}

/// By default: one message a person and morning, naming each task the month's table has for
/// that person that day (the same table as above).
#[tokio::test]
async fn a_month_of_reminders_comes_as_one_list_a_person_and_morning() {
    a_month_of_reminders(Grouping::Person).await;
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Grouping {
    Task,
    Person,
}

async fn a_month_of_reminders(grouping: Grouping) {
    let mut env = reminders_only();
    if grouping == Grouping::Task {
        env.push(("DONDOC_REMIND_GROUPING".into(), "task".into()));
    }
    let (bot, c) =
        TestBot::with_committee(Options { start: Some(at(2, 2, 9, 0)), env, ..Options::default() }).await;
    let (a, b, s) = (c.officer_a.id, c.officer_b.id, c.secretariat.id);
    let (chair, deputy) = (c.chair.id, c.deputy.id);
    let t1 = bot.seed_task_with(c.unit_a, &[c.unit_b], Some(day(13, 2)), "Trước Tết").await;
    let t2 = bot.seed_task(c.unit_a, Some(day(22, 2)), "Hạn Chủ nhật sau Tết").await;
    let t3 = bot.seed_task(c.unit_a, None, "Thường xuyên").await;
    let t4 = bot.seed_task(c.unit_police, Some(day(25, 2)), "Đơn vị chưa có cán bộ").await;
    let code = |id: i64| format!("NV-{id:04}");

    let mut cursor = bot.fake.all_sent().len();
    let mut log: Vec<(NaiveDate, i64, String, String)> = Vec::new();
    // With lists: each message as (day, chat, the codes it names).
    let mut lists: Vec<(NaiveDate, i64, BTreeSet<String>)> = Vec::new();
    let all_codes = [t1, t2, t3, t4].map(code);
    let mut date = day(3, 2);
    while date <= day(6, 3) {
        let (d, m) = (chrono::Datelike::day(&date), chrono::Datelike::month(&date));
        bot.settle_at(at(d, m, 7, 59)).await;
        assert!(new_reminders(&bot, &mut cursor).is_empty(), "nothing before 08:00 on {date}");
        bot.settle_at(at(d, m, 8, 0)).await;
        if grouping == Grouping::Person {
            for sent in &bot.fake.all_sent()[cursor..] {
                let named = all_codes.iter().filter(|c| sent.text.contains(c.as_str())).cloned().collect();
                lists.push((date, sent.chat_id, named));
            }
        }
        for (chat, task, what) in new_reminders(&bot, &mut cursor) {
            log.push((date, chat, task, what));
        }
        if date == day(23, 2) {
            // The officer answers T2's overdue notice: done. Its reminders stop.
            let notice = bot
                .fake
                .sent_to(a)
                .into_iter()
                .rev()
                .find(|m| m.text.contains(&code(t2)))
                .expect("T2's notice");
            bot.clock.set(at(23, 2, 10, 0));
            // A list (T1 and T2 are both late) needs the task named; a task's own message not.
            let words = match grouping {
                Grouping::Task => "Đã hoàn thành".to_string(),
                Grouping::Person => format!("{} đã hoàn thành", code(t2)),
            };
            bot.fake.reply(&c.officer_a, &c.officer_a.private(), notice.message_id, &words);
            while bot.fake.all_sent().len() < cursor + 2 {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            bot.settle_at(at(23, 2, 10, 1)).await;
            let answers = new_reminders(&bot, &mut cursor);
            assert_eq!(
                answers.len(),
                2,
                "the officer's confirmation and the secretariat's request: {answers:?}"
            );
        }
        date = date.succ_opt().unwrap();
    }
    log.sort();

    let e =
        |d: u32, m: u32, chat: i64, task: i64, what: &str| (day(d, m), chat, code(task), what.to_string());
    let mut expected = vec![
        e(4, 2, a, t1, "ahead"),
        e(5, 2, a, t2, "ahead"),
        e(9, 2, s, t4, "fallback:ahead"),
        e(10, 2, a, t1, "ahead"),
        e(11, 2, a, t2, "ahead"),
        e(12, 2, a, t1, "ahead"),
        // Friday before Tết: T2's Sunday deadline falls back to here; T4 is three working days off.
        e(13, 2, a, t1, "due"),
        e(13, 2, a, t2, "due"),
        e(13, 2, s, t4, "fallback:ahead"),
        // 14/2–22/2: a weekend, Tết, a weekend. Then late notices, co-unit included once.
        e(23, 2, a, t1, "overdue"),
        e(23, 2, b, t1, "overdue"),
        e(23, 2, a, t2, "overdue"),
        e(24, 2, s, t4, "fallback:ahead"),
        e(25, 2, a, t1, "overdue"),
        e(25, 2, s, t4, "fallback:due"),
        e(26, 2, s, t4, "fallback:overdue"),
        e(27, 2, a, t1, "overdue"),
        e(27, 2, chair, t1, "escalation"),
        e(27, 2, deputy, t1, "escalation"),
        e(27, 2, s, t1, "escalation"),
        e(2, 3, s, t4, "fallback:overdue"),
        e(3, 3, a, t1, "overdue"),
        e(4, 3, a, t3, "quiet"),
        e(4, 3, s, t4, "fallback:overdue"),
        e(4, 3, chair, t4, "escalation"),
        e(4, 3, deputy, t4, "escalation"),
        e(4, 3, s, t4, "escalation"),
        e(5, 3, a, t1, "overdue"),
        e(6, 3, s, t4, "fallback:overdue"),
    ];
    expected.sort();
    match grouping {
        Grouping::Task => assert_eq!(log, expected),
        Grouping::Person => {
            // One message a person and day, naming what the table has for them that day.
            let mut wanted: std::collections::BTreeMap<(NaiveDate, i64), BTreeSet<String>> =
                Default::default();
            for (date, chat, task, _) in &expected {
                wanted.entry((*date, *chat)).or_default().insert(task.clone());
            }
            let mut got: std::collections::BTreeMap<(NaiveDate, i64), BTreeSet<String>> = Default::default();
            for (date, chat, named) in &lists {
                assert!(
                    got.insert((*date, *chat), named.clone()).is_none(),
                    "two messages to {chat} on {date}"
                );
            }
            assert_eq!(got, wanted);
            let many = bot
                .fake
                .sent_to(a)
                .into_iter()
                .find(|m| m.text.contains(&code(t2)) && m.text.contains(&code(t1)))
                .unwrap();
            assert!(many.text.contains("Danh sách nhiệm vụ cần đôn đốc"), "{}", many.text);
        }
    }

    // The late notices count calendar days; the escalation also working days.
    let escalation = bot.fake.sent_to(chair).into_iter().find(|m| m.text.contains(&code(t1))).unwrap();
    assert!(escalation.text.contains("quá hạn 14 ngày (5 ngày làm việc)"), "{}", escalation.text);
    let reminder =
        bot.fake.sent_to(a).into_iter().find(|m| m.text.contains("còn <b>7 ngày làm việc")).unwrap();
    assert!(
        reminder.buttons().iter().any(|(l, _)| l.contains("Hoàn thành")),
        "status buttons under every reminder"
    );
    assert!(reminder.text.contains("Báo cáo gần nhất: chưa có báo cáo"), "{}", reminder.text);
}

#[tokio::test]
async fn replying_to_a_reminder_records_a_report_on_its_task() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    bot.seed_task(c.unit_a, Some(day(9, 1)), "Nhắc rồi trả lời").await;
    bot.settle_at(at(6, 1, 8, 0)).await;
    let reminder: Sent = bot.fake.next_message(c.officer_a.id).await;
    assert!(reminder.text.contains("còn <b>3 ngày làm việc</b>"), "{}", reminder.text);
    bot.fake.reply(&c.officer_a, &c.officer_a.private(), reminder.message_id, "đang làm, được 40%");
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(answer.text.contains("40%"), "{}", answer.text);
}

#[tokio::test]
async fn a_restart_between_planning_and_sending_neither_loses_nor_repeats_a_reminder() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    bot.seed_task(c.unit_a, Some(day(9, 1)), "Khởi động lại").await;
    let planned: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reminders WHERE state = 'planned'")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert!(planned >= 3, "planned ahead: {planned}");
    let bot = bot.restart().await;
    bot.settle_at(at(6, 1, 8, 0)).await;
    let bot = bot.restart().await;
    bot.settle_at(at(6, 1, 8, 30)).await;
    let sent: Vec<Sent> = bot.fake.sent_to(c.officer_a.id);
    assert_eq!(sent.len(), 1, "{sent:#?}");
}

#[tokio::test]
async fn a_stop_in_the_middle_of_a_burst_delivers_the_rest_after_the_restart_once_each() {
    let (bot, c) = TestBot::with_committee(one_message_a_task()).await;
    for i in 0..8 {
        bot.seed_task(c.unit_a, Some(day(9, 1)), &format!("Việc số {i}")).await;
    }
    bot.fake.inject(FaultRule {
        method: "sendMessage".into(),
        chat_id: Some(c.officer_a.id),
        fault: Fault::Slow(Duration::from_millis(150)),
        remaining: None,
        rate: 1.0,
    });
    bot.clock.set(at(6, 1, 8, 0));
    while bot.fake.sent_to(c.officer_a.id).len() < 2 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let mut bot = bot;
    bot.stop().await;
    let before = bot.fake.sent_to(c.officer_a.id).len();
    assert!(before < 8, "stopped mid-batch: {before} of 8");
    bot.fake.clear_faults();
    let bot = bot.restart().await;
    bot.settle_at(at(6, 1, 8, 1)).await;
    let sent = bot.fake.sent_to(c.officer_a.id);
    let codes: BTreeSet<String> = sent.iter().map(|m| code(&m.text)).collect();
    assert_eq!((sent.len(), codes.len()), (8, 8), "each of the 8 reminders exactly once");
}

#[tokio::test]
async fn after_three_days_of_downtime_each_task_gets_one_catch_up_not_three() {
    let (bot, c) = TestBot::with_committee(one_message_a_task()).await;
    for i in 0..3 {
        bot.seed_task(c.unit_a, Some(day(15, 1)), &format!("Việc {i}")).await;
    }
    bot.settle_at(at(6, 1, 8, 0)).await;
    assert_eq!(bot.fake.sent_to(c.officer_a.id).len(), 3, "seven working days ahead");
    let mut bot = bot;
    bot.stop().await;
    // Off from Tuesday to Thursday morning: the 3-days, 1-day and deadline reminders were missed.
    bot.clock.set(at(15, 1, 9, 0));
    let bot = bot.restart().await;
    bot.settle_at(at(15, 1, 9, 0)).await;
    let sent = bot.fake.sent_to(c.officer_a.id);
    assert_eq!(sent.len(), 6, "three before, three catch-ups: {:#?}", &sent[3..]);
    assert!(
        sent[3..].iter().all(|m| m.text.contains("Hôm nay là thời hạn")),
        "the latest one, not stale ones"
    );
    let skipped: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reminders WHERE state = 'skipped'")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(skipped, 6);
}

#[tokio::test]
async fn nothing_is_sent_at_night_and_a_catch_up_waits_for_office_hours() {
    let (mut bot, c) = TestBot::with_committee(Options::default()).await;
    bot.seed_task(c.unit_a, Some(day(8, 1)), "Đêm").await;
    bot.stop().await;
    bot.clock.set(at(7, 1, 21, 0));
    let bot = bot.restart().await;
    bot.settle_at(at(7, 1, 23, 0)).await;
    assert!(bot.fake.sent_to(c.officer_a.id).is_empty(), "not at night");
    bot.settle_at(at(8, 1, 7, 30)).await;
    let sent = bot.fake.sent_to(c.officer_a.id);
    assert_eq!(sent.len(), 1, "at the office's opening");
}

#[tokio::test]
async fn an_officer_who_blocked_the_bot_is_marked_and_the_secretariat_gets_the_reminder() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let task = bot.seed_task(c.unit_a, Some(day(9, 1)), "Cán bộ chặn bot").await;
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
    assert!(told.text.contains("Không gửi được nhắc việc đến cán bộ của <b>Sở Tư pháp</b>"), "{}", told.text);
    assert!(told.text.contains(&format!("NV-{task:04}")));
    let reachable: bool = sqlx::query_scalar("SELECT reachable FROM members WHERE telegram_id = ?")
        .bind(c.officer_a.id)
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert!(!reachable);
    // The next reminder goes straight to the secretariat; the blocked chat is not tried again.
    let attempts =
        bot.fake.calls("sendMessage").iter().filter(|c2| c2.chat_id() == Some(c.officer_a.id)).count();
    bot.settle_at(at(8, 1, 8, 0)).await;
    let again = bot.fake.next_message(c.secretariat.id).await;
    assert!(again.text.contains("Không gửi được"), "{}", again.text);
    let after =
        bot.fake.calls("sendMessage").iter().filter(|c2| c2.chat_id() == Some(c.officer_a.id)).count();
    assert_eq!(attempts, after);
    let members = bot.ask(&c.secretariat, "/thanhvien").await;
    assert!(members.text.contains("không nhận được tin nhắn"), "{}", members.text);
}

#[tokio::test]
async fn a_unit_without_officers_has_its_reminders_sent_to_the_secretariat_saying_so() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    bot.seed_task(c.unit_police, Some(day(9, 1)), "Chưa có ai").await;
    bot.settle_at(at(6, 1, 8, 0)).await;
    let told = bot.fake.next_message(c.secretariat.id).await;
    assert!(told.text.contains("<b>Công an tỉnh</b> chưa có cán bộ đầu mối đăng ký"), "{}", told.text);
    assert!(told.text.contains("/moi Công an tỉnh"), "{}", told.text);
}

/// A task's planned reminders: `(day, occasion)`.
async fn planned_days(bot: &TestBot, task: i64) -> Vec<(String, String)> {
    planned_rows(bot, task).await.into_iter().map(|(_, occasion, day)| (day, occasion)).collect()
}

#[tokio::test]
async fn changing_the_deadline_extending_or_finishing_a_task_replans_its_reminders_at_once() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let id = bot.seed_task(c.unit_a, Some(day(16, 1)), "Đổi hạn").await;
    assert!(planned_days(&bot, id).await.contains(&("2026-01-16".into(), "due".into())));

    let card = bot.ask(&c.secretariat, &format!("/viec {id}")).await;
    bot.press(&c.secretariat, &card, &card.button("Điều chỉnh thời hạn")).await;
    bot.ask(&c.secretariat, "23/1/2026").await;
    bot.fake.next_message(c.officer_a.id).await; // the officer is told of the new deadline
    let plan = planned_days(&bot, id).await;
    assert!(
        plan.contains(&("2026-01-23".into(), "due".into())) && !plan.iter().any(|(d, _)| d == "2026-01-16"),
        "{plan:?}"
    );

    let answer = bot.ask(&c.officer_a, &format!("/giahan {id} 30/1/2026 chờ số liệu")).await;
    assert!(answer.text.contains("30/01/2026"), "{}", answer.text);
    let request = bot.fake.next_message(c.chair.id).await;
    bot.press(&c.chair, &request, &request.button("Đồng ý")).await;
    // The officer hears of the decision; waited for, or the next question's answer could be it.
    bot.fake.next_message(c.officer_a.id).await;
    let plan = planned_days(&bot, id).await;
    // Planned three weeks ahead: the 30th itself comes with the daily planning.
    assert_eq!(plan, [("2026-01-21".to_string(), "ahead".to_string())], "seven working days before the 30th");

    bot.fake.mark_read(c.secretariat.id); // the extension request it also received
    bot.ask(&c.officer_a, &format!("/capnhat {id} đã hoàn thành")).await;
    assert!(planned_days(&bot, id).await.is_empty(), "a reported completion stops the reminders");
    let request = bot.fake.next_message(c.secretariat.id).await;
    bot.press(&c.secretariat, &request, &request.button("Trả lại")).await;
    bot.ask(&c.secretariat, "thiếu biên bản").await;
    assert!(!planned_days(&bot, id).await.is_empty(), "a returned one chases again");
}

#[tokio::test]
async fn the_schedule_is_shown_paused_resumed_and_overridden_per_task() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let id = bot.seed_task(c.unit_a, Some(day(16, 1)), "Lịch").await;
    bot.seed_task(c.unit_b, Some(day(16, 1)), "Của đơn vị khác").await;

    let mine = bot.ask(&c.officer_a, "/lich").await;
    assert!(mine.text.contains(&format!("NV-{id:04}")) && !mine.text.contains("NV-0002"), "{}", mine.text);
    assert!(mine.text.contains("Thứ Tư 08:00 ngày 07/01/2026"), "weekday, hour and date: {}", mine.text);

    let denied = bot.ask(&c.officer_a, "/lich tamdung").await;
    assert!(denied.text.contains("Chỉ cơ quan thường trực"), "{}", denied.text);
    let paused = bot.ask(&c.secretariat, "/lich tamdung").await;
    assert!(paused.text.contains("tạm dừng"), "{}", paused.text);
    bot.settle_at(at(7, 1, 8, 0)).await;
    assert!(
        bot.fake.sent_to(c.officer_a.id).iter().all(|m| !m.text.contains("Nhắc việc")),
        "paused: nothing goes"
    );
    let overview = bot.ask(&c.chair, "/lich").await;
    assert!(overview.text.contains("đang tạm dừng"), "{}", overview.text);
    bot.ask(&c.secretariat, "/lich tieptuc").await;
    bot.settle_at(at(8, 1, 8, 0)).await;
    let reminders: Vec<Sent> =
        bot.fake.sent_to(c.officer_a.id).into_iter().filter(|m| m.text.contains("Nhắc việc")).collect();
    assert_eq!(reminders.len(), 1, "one catch-up after the pause: {reminders:#?}");

    let own = bot.ask(&c.chair, &format!("/lich NV-{id:04} 5,2,0 9:30")).await;
    assert!(
        own.text.contains("lịch nhắc riêng") && own.text.contains("5,2,0") && own.text.contains("09:30"),
        "{}",
        own.text
    );
    let plan = planned_days(&bot, id).await;
    let expected: Vec<(String, String)> =
        [("2026-01-09", "ahead"), ("2026-01-14", "ahead"), ("2026-01-16", "due")]
            .iter()
            .map(|(d, o)| (d.to_string(), o.to_string()))
            .collect();
    assert_eq!(plan[..3], expected[..], "five and two working days ahead, and the day");
    let due_at: String = sqlx::query_scalar(
        "SELECT due_at FROM reminders WHERE task_id = ? AND state = 'planned' AND occasion = 'due'",
    )
    .bind(id)
    .fetch_one(&mut *bot.db().await)
    .await
    .unwrap();
    assert!(due_at.starts_with("2026-01-16T02:30:00"), "09:30 in Hà Nội: {due_at}");
    let back = bot.ask(&c.secretariat, &format!("/lich NV-{id:04} macdinh")).await;
    assert!(back.text.contains("lịch chung"), "{}", back.text);
    bot.fake.mark_read(c.officer_a.id);
    let refused = bot.ask(&c.officer_a, &format!("/lich NV-{id:04} 1,0")).await;
    assert!(refused.text.contains("Chỉ Trưởng ban"), "{}", refused.text);
}

#[tokio::test]
async fn a_quiet_unit_is_shown_to_the_secretariat() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    bot.seed_task(c.unit_b, None, "Im lặng").await;
    bot.clock.set(at(16, 2, 9, 0));
    let overview = bot.ask(&c.secretariat, "/lich").await;
    assert!(
        overview.text.contains("Đơn vị chưa cập nhật tiến độ") && overview.text.contains("Sở TT&amp;TT"),
        "{}",
        overview.text
    );
    assert!(overview.text.contains("42 ngày"), "{}", overview.text);
}

/// 45 officers in 45 units, each with a reminder at 08:00, against a fake that answers 429 to
/// anything beyond Telegram's limits.
#[tokio::test]
async fn a_burst_of_reminders_stays_within_telegrams_limits() {
    let (bot, _c): (TestBot, Committee) =
        TestBot::with_committee(Options { telegram_limits: true, ..Options::default() }).await;
    bot.fake.enforce_telegram_limits();
    let officers = bot.seed_officers(45, 50_000, "Xã").await;
    for (unit, _) in &officers {
        bot.seed_task(*unit, Some(day(9, 1)), "Việc của xã").await;
    }
    let started = std::time::Instant::now();
    bot.settle_at(at(6, 1, 8, 0)).await;
    let elapsed = started.elapsed();
    for (_, officer) in &officers {
        assert_eq!(bot.fake.sent_to(officer.id).len(), 1, "officer {}", officer.id);
    }
    assert_eq!(bot.fake.too_many_requests(), 0, "never over the limits");
    assert!(
        elapsed >= Duration::from_millis(1000),
        "45 messages need more than a second at 30/s: {elapsed:?}"
    );
}

/// A reminder Telegram keeps refusing is given up, and the next working morning the
/// secretariat is told once to whom it could not be delivered, about which task, and why.
#[tokio::test]
async fn the_secretariat_is_told_each_morning_which_messages_could_not_be_delivered() {
    let options = Options { env: vec![("DONDOC_GIVE_UP_AFTER".into(), "2".into())], ..Options::default() };
    let (bot, c) = TestBot::with_committee(options).await;
    let task = bot.seed_task(c.unit_a, Some(day(15, 1)), "Báo cáo kết quả số hóa hồ sơ").await;
    let code = format!("NV-{task:04}");
    bot.fake.inject(FaultRule {
        method: "sendMessage".into(),
        chat_id: Some(c.officer_a.id),
        fault: Fault::Unexplained,
        remaining: None,
        rate: 1.0,
    });
    bot.settle_at(at(6, 1, 8, 0)).await;
    let notices = |bot: &TestBot| {
        bot.fake
            .sent_to(c.secretariat.id)
            .into_iter()
            .filter(|m| m.text.contains("Tin nhắn không gửi được"))
            .collect::<Vec<_>>()
    };
    // Given up in the morning: nothing to the secretariat until the next working morning.
    for _ in 0..100 {
        let failed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state = 'failed'")
            .fetch_one(&mut *bot.db().await)
            .await
            .unwrap();
        if failed > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    bot.settle_at(at(6, 1, 16, 0)).await;
    assert!(notices(&bot).is_empty(), "not the same day");
    bot.settle_at(at(7, 1, 9, 0)).await;
    let told = notices(&bot);
    assert_eq!(told.len(), 1, "{told:#?}");
    let text = &told[0].text;
    assert!(text.contains("Cán bộ Tư pháp") && text.contains(&code), "{text}");
    assert!(text.contains("Telegram không nhận tin nhắn"), "{text}");
    bot.settle_at(at(8, 1, 9, 0)).await;
    assert_eq!(notices(&bot).len(), 1, "told once");
}

/// People before bulk: an officer who writes in the middle of a morning's reminders is
/// answered at once, not after the reminders, with Telegram's limits on.
#[tokio::test]
async fn an_answer_to_a_person_goes_ahead_of_a_burst_of_reminders() {
    let (bot, c): (TestBot, Committee) =
        TestBot::with_committee(Options { telegram_limits: true, ..one_message_a_task() }).await;
    bot.fake.enforce_telegram_limits();
    // More chats than the sender serves at once, so that a queue forms.
    let officers = bot.seed_officers(120, 60_000, "Phường").await;
    for (unit, _) in &officers {
        for n in 0..2 {
            bot.seed_task(*unit, Some(day(9, 1)), &format!("Việc {n} của phường")).await;
        }
    }
    let reminders = officers.len() * 2;
    let mut sent = bot.fake.watch_sent();
    bot.clock.set(at(6, 1, 8, 0));
    // Into the burst: 20 reminders out, 220 to go (over seven seconds at 30 a second).
    for _ in 0..20 {
        sent.recv().await.unwrap();
    }
    let asked = std::time::Instant::now();
    bot.ask(&c.secretariat, "/help").await;
    let waited = asked.elapsed();
    let officer_ids: BTreeSet<i64> = officers.iter().map(|(_, o)| o.id).collect();
    let reminders_out = bot.fake.all_sent().iter().filter(|m| officer_ids.contains(&m.chat_id)).count();
    eprintln!("answered in {waited:?}, with {reminders_out} of {reminders} reminders out");
    assert!(waited < Duration::from_secs(2), "answered in {waited:?}");
    assert!(reminders_out < reminders - 100, "the burst was still going: {reminders_out} of {reminders}");
    bot.settle_at(at(6, 1, 8, 0)).await;
    for (_, officer) in &officers {
        assert_eq!(bot.fake.sent_to(officer.id).len(), 2, "officer {}", officer.id);
    }
    assert_eq!(bot.fake.too_many_requests(), 0, "never over the limits");
}

use crate::support::NowUtc;

/// The app on `db` at `at`, its clock in the test's hands, with `extra` settings.
async fn app_on(
    db: &std::path::Path,
    at: DateTime<Utc>,
    extra: &[(&str, &str)],
) -> (std::sync::Arc<dondoc::app::App>, dondoc::clock::ManualClock) {
    let mut vars = vec![
        ("TELOXIDE_TOKEN".to_string(), "1:test".to_string()),
        ("DATABASE_URL".to_string(), format!("sqlite://{}", db.display())),
    ];
    vars.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let config =
        dondoc::config::Config::from_lookup(|n| vars.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone()))
            .unwrap();
    let clock = dondoc::clock::ManualClock::new(at);
    let app = dondoc::app::App::new(config, std::sync::Arc::new(clock.clone())).await.unwrap();
    (app, clock)
}

/// Tasks of every kind: due long ago, soon, later, never; silent or recently reported on;
/// some with their own reminder days.
async fn seed_varied_tasks(app: &dondoc::app::App, n: i64, at: DateTime<Utc>) {
    use dondoc::store::seed::TaskRow;
    use rand::{Rng, SeedableRng, rngs::StdRng};
    let mut rng = StdRng::seed_from_u64(11);
    let mut tx = app.store.begin().await.unwrap();
    let unit = dondoc::store::units::add(&mut tx, "Sở Nội vụ", "SNV", &[], at).await.unwrap();
    let today = at.with_timezone(&Ho_Chi_Minh).date_naive();
    let rows: Vec<TaskRow> = (1..=n)
        .map(|id| {
            let created_at = at - chrono::Duration::hours(rng.random_range(1..24 * 400));
            TaskRow {
                id,
                item_number: id.to_string(),
                text: format!("Nhiệm vụ {id}"),
                programme: "cds",
                source_document: String::new(),
                year: None,
                lead_unit_id: unit,
                deadline: rng
                    .random_bool(0.8)
                    .then(|| today + chrono::Duration::days(rng.random_range(-500..120))),
                status: ["not_started", "in_progress", "in_progress", "done"][rng.random_range(0..4)],
                progress: 0,
                has_obstacle: false,
                completed_on: None,
                last_report_at: rng
                    .random_bool(0.5)
                    .then(|| created_at + chrono::Duration::hours(rng.random_range(0..24 * 60)))
                    .filter(|t| *t < at),
                created_at,
            }
        })
        .collect();
    dondoc::store::seed::tasks(&mut tx, &rows).await.unwrap();
    for id in (1..=n).step_by(17) {
        dondoc::store::reminders::set_task_schedule(&mut tx, id, Some("10,4,0"), None).await.unwrap();
    }
    tx.commit().await.unwrap();
}

/// What is planned: `(task, occasion, day)`.
async fn planned(app: &dondoc::app::App) -> BTreeSet<(i64, String, String)> {
    sqlx::query_as("SELECT task_id, occasion, local_day FROM reminders WHERE state = 'planned'")
        .fetch_all(app.store.pool())
        .await
        .unwrap()
        .into_iter()
        .collect()
}

/// What planning every chased task on every day from `first` to `last` gives.
async fn planned_in_full(
    app: &dondoc::app::App,
    first: NaiveDate,
    last: NaiveDate,
) -> BTreeSet<(i64, String, String)> {
    let mut conn = app.store.conn().await.unwrap();
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM tasks").fetch_all(&mut *conn).await.unwrap();
    let mut all = BTreeSet::new();
    for id in ids {
        if let Some(row) = dondoc::store::reminders::chased_task(&mut conn, id).await.unwrap() {
            for r in dondoc::reminders::plan_task(app, &row, first, last) {
                all.insert((r.task_id, r.occasion.to_string(), r.local_day.to_string()));
            }
        }
    }
    all
}

/// The daily planning adds only the new day, from the tasks that can have something on it;
/// over five weeks of days (weekends, a holiday) it plans exactly what planning every task in
/// full would, and a second run on the same day adds nothing.
#[tokio::test]
async fn planning_a_day_at_a_time_plans_what_planning_everything_would() {
    let dir = tempfile::tempdir().unwrap();
    let start = at(2, 11, 8, 30);
    let (app, clock) = app_on(&dir.path().join("p.db"), start, &[]).await;
    seed_varied_tasks(&app, 400, start).await;
    let first = dondoc::reminders::plan_all(&app).await.unwrap();
    assert!(first > 500, "the first run plans three weeks for every task: {first}");
    let mut daily = Vec::new();
    for _ in 0..35 {
        clock.advance(chrono::Duration::days(1));
        daily.push(dondoc::reminders::plan_all(&app).await.unwrap());
        assert_eq!(
            dondoc::reminders::plan_all(&app).await.unwrap(),
            0,
            "a second run the same day adds nothing"
        );
    }
    let today = app.today();
    let horizon = today + chrono::Duration::days(dondoc::reminders::HORIZON_DAYS);
    let expected = planned_in_full(&app, day(2, 11), horizon).await;
    assert_eq!(planned(&app).await, expected);
    assert!(daily.iter().all(|n| *n < first / 5), "a day's run adds one day: {daily:?} after {first}");
}

/// A change of the committee's rules plans again from today under the new ones: nothing
/// planned under the old rules is left to go out.
#[tokio::test]
async fn new_reminder_rules_replace_what_was_planned_under_the_old_ones() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let start = at(2, 11, 8, 30);
    let (app, _) = app_on(&db, start, &[]).await;
    seed_varied_tasks(&app, 200, start).await;
    dondoc::reminders::plan_all(&app).await.unwrap();
    let before = planned(&app).await;
    assert!(before.iter().any(|(_, occasion, _)| occasion == "ahead"));
    app.store.close().await;

    let later = start + chrono::Duration::days(2);
    let (app, _) = app_on(&db, later, &[("DONDOC_REMIND_DAYS", "2,0"), ("DONDOC_OVERDUE_EVERY", "5")]).await;
    dondoc::reminders::plan_all(&app).await.unwrap();
    let today = day(4, 11);
    let horizon = today + chrono::Duration::days(dondoc::reminders::HORIZON_DAYS);
    let from_today: BTreeSet<_> = planned(&app)
        .await
        .into_iter()
        .filter(|(_, _, d)| d.as_str() >= today.to_string().as_str())
        .collect();
    assert_eq!(from_today, planned_in_full(&app, today, horizon).await);
    assert_ne!(from_today, before.into_iter().filter(|(_, _, d)| d.as_str() >= "2026-11-04").collect());
}

/// A task's planned rows: `(id, occasion, day)`.
async fn planned_rows(bot: &TestBot, task: i64) -> Vec<(i64, String, String)> {
    sqlx::query_as(
        "SELECT id, occasion, local_day FROM reminders WHERE task_id = ? AND state = 'planned' ORDER BY local_day, occasion",
    )
    .bind(task)
    .fetch_all(&mut *bot.db().await)
    .await
    .unwrap()
}

/// A status reply rewrites only the reminders it moves: the quiet-task request goes with it,
/// the deadline's stay the same rows, and a second reply that moves nothing writes nothing.
/// Either way what is stored is what planning the task afresh gives.
#[tokio::test]
async fn a_status_reply_rewrites_only_the_reminders_it_moves() {
    let (bot, c) = TestBot::with_committee(Options { env: reminders_only(), ..Options::default() }).await;
    // Created on 5 January: its progress is asked for after 30 quiet days, on 4 February.
    let id = bot.seed_task(c.unit_a, Some(day(24, 2)), "Im lặng một tháng").await;
    bot.settle_at(at(26, 1, 9, 0)).await;
    let before = planned_rows(&bot, id).await;
    let quiet: Vec<_> = before.iter().filter(|(_, occasion, _)| occasion == "quiet").cloned().collect();
    assert_eq!(quiet.iter().map(|(_, _, d)| d.as_str()).collect::<Vec<_>>(), ["2026-02-04"], "{before:?}");
    assert!(before.iter().any(|(_, occasion, _)| occasion == "ahead"), "{before:?}");

    let answer = bot.ask(&c.officer_a, &format!("/capnhat {id} đang triển khai, đạt 30%")).await;
    assert!(answer.text.contains("30%"), "{}", answer.text);
    let after = planned_rows(&bot, id).await;
    // Asked again 30 days after this report: beyond the three weeks planned.
    let kept: Vec<_> = before.iter().filter(|r| !quiet.contains(r)).cloned().collect();
    assert_eq!(after, kept, "the deadline's reminders are the same rows");
    assert_eq!(as_planned(&after), fresh_plan(&bot, id).await);

    bot.ask(&c.officer_a, &format!("/capnhat {id} đang triển khai, đạt 40%")).await;
    assert_eq!(planned_rows(&bot, id).await, after, "nothing moved, nothing rewritten");

    bot.ask(&c.officer_a, &format!("/capnhat {id} đã hoàn thành")).await;
    assert_eq!(planned_rows(&bot, id).await, [], "a reported completion stops the reminders");
}

/// Asking for more time is a word from the unit: the request for progress counts from it, and
/// a report the same day then moves nothing.
#[tokio::test]
async fn an_extension_request_moves_the_quiet_task_request_like_a_report() {
    let (bot, c) = TestBot::with_committee(Options { env: reminders_only(), ..Options::default() }).await;
    let id = bot.seed_task(c.unit_a, Some(day(24, 2)), "Xin thêm thời gian").await;
    bot.settle_at(at(26, 1, 9, 0)).await;
    assert!(planned_rows(&bot, id).await.iter().any(|(_, occasion, _)| occasion == "quiet"));

    let answer = bot.ask(&c.officer_a, &format!("/giahan {id} 31/3/2026 chờ bố trí kinh phí")).await;
    assert!(answer.text.contains("31/3/2026"), "{}", answer.text);
    bot.fake.mark_read(c.chair.id); // the request the chair is asked to decide
    let after_request = planned_rows(&bot, id).await;
    assert!(!after_request.iter().any(|(_, occasion, _)| occasion == "quiet"), "{after_request:?}");
    assert_eq!(as_planned(&after_request), fresh_plan(&bot, id).await);

    bot.ask(&c.officer_a, &format!("/capnhat {id} đang triển khai, đạt 20%")).await;
    assert_eq!(planned_rows(&bot, id).await, after_request);
}

fn as_planned(rows: &[(i64, String, String)]) -> BTreeSet<(String, String)> {
    rows.iter().map(|(_, occasion, day)| (occasion.clone(), day.clone())).collect()
}

/// What planning the task afresh today gives: `(occasion, day)`.
async fn fresh_plan(bot: &TestBot, task: i64) -> BTreeSet<(String, String)> {
    let today = bot.clock.now_utc().with_timezone(&Ho_Chi_Minh).date_naive();
    let last = today + chrono::Duration::days(dondoc::reminders::HORIZON_DAYS);
    let mut conn = bot.db().await;
    let Some(row) = dondoc::store::reminders::chased_task(&mut conn, task).await.unwrap() else {
        return BTreeSet::new();
    };
    dondoc::reminders::plan_task(&bot.app, &row, today, last)
        .into_iter()
        .map(|r| (r.occasion.to_string(), r.local_day.to_string()))
        .collect()
}
