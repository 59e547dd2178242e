//! `/vang`: an officer away, with and without a named colleague; reminders and new tasks go
//! to whoever is left, and the secretariat hears when nobody is.

use std::time::Duration;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Asia::Ho_Chi_Minh;

use crate::support::{Committee, Options, TestBot, TgUser};

/// A local time in Hà Nội in 2026.
fn at(d: u32, m: u32, h: u32, min: u32) -> DateTime<Utc> {
    Ho_Chi_Minh.with_ymd_and_hms(2026, m, d, h, min, 0).unwrap().with_timezone(&Utc)
}

fn day(d: u32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn reminders_only() -> Options {
    let env = vec![("DONDOC_DIGEST".into(), "off".into()), ("DONDOC_REPORTS".into(), "off".into())];
    Options { env, ..Options::default() }
}

/// A second officer of unit A (Sở Tư pháp).
async fn colleague_of_a(bot: &TestBot, c: &Committee) -> TgUser {
    use dondoc::domain::Role;
    use dondoc::store::invites;
    let now = bot.app.now();
    let mut tx = bot.app.store.begin().await.unwrap();
    let code = invites::create(&mut tx, c.unit_a, Role::Officer, None, now, now + chrono::Duration::days(1))
        .await
        .unwrap();
    invites::redeem(&mut tx, &code, 2003, "Nguyễn Thị Lan", now).await.unwrap();
    tx.commit().await.unwrap();
    TgUser::new(2003, "Nguyễn Thị Lan")
}

async fn absences(bot: &TestBot) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM absences WHERE cancelled_at IS NULL")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_named_colleague_gets_the_units_reminders_and_new_tasks_while_the_officer_is_away() {
    let (bot, c) = TestBot::with_committee(reminders_only()).await;
    let lan = colleague_of_a(&bot, &c).await;
    bot.seed_task(c.unit_a, Some(day(9, 1)), "Việc cần nhắc").await;

    let answer = bot.ask(&c.officer_a, "/vang 5/1-9/1 @Lan").await;
    assert!(
        answer.text.contains("Đã ghi nhận") && answer.text.contains("<b>Nguyễn Thị Lan</b>"),
        "{}",
        answer.text
    );
    let told = bot.fake.next_message(lan.id).await;
    assert!(told.text.contains("<b>Cán bộ Tư pháp</b>") && told.text.contains("nhận thay"), "{}", told.text);

    bot.settle_at(at(6, 1, 8, 0)).await;
    let reminder = bot.fake.next_message(lan.id).await;
    assert!(reminder.text.contains("Nhận thay đồng chí <b>Cán bộ Tư pháp</b>"), "{}", reminder.text);
    assert!(reminder.text.contains("Việc cần nhắc"), "{}", reminder.text);
    bot.fake.assert_silent(c.officer_a.id, Duration::from_millis(300)).await;

    // A task assigned meanwhile reaches the colleague, not the officer away.
    bot.ask(&c.chair, "/giao Sở Tư pháp | 30/6/2026 | Việc giao khi vắng").await;
    let card = bot.fake.next_message(lan.id).await;
    assert!(card.text.contains("Việc giao khi vắng"), "{}", card.text);
    bot.fake.assert_silent(c.officer_a.id, Duration::from_millis(300)).await;

    // Back early: the reminders come again.
    let answer = bot.ask(&c.officer_a, "/vang huy").await;
    assert!(answer.text.contains("Đã hủy 1 lịch vắng mặt"), "{}", answer.text);
    assert_eq!(absences(&bot).await, 0);
    bot.settle_at(at(8, 1, 8, 0)).await;
    let reminder = bot.fake.next_message(c.officer_a.id).await;
    assert!(
        reminder.text.contains("Việc cần nhắc") && !reminder.text.contains("Nhận thay"),
        "{}",
        reminder.text
    );
}

#[tokio::test]
async fn without_anyone_left_in_the_unit_the_secretariat_is_told_and_gets_the_reminders() {
    let (bot, c) = TestBot::with_committee(reminders_only()).await;
    bot.seed_task(c.unit_b, Some(day(9, 1)), "Việc của Sở TT&TT").await;
    let answer = bot.ask(&c.officer_b, "/vang 5/1-16/1").await;
    assert!(answer.text.contains("không còn cán bộ đầu mối"), "{}", answer.text);
    let told = bot.fake.next_message(c.secretariat.id).await;
    assert!(told.text.contains("<b>Cán bộ TTTT</b>") && told.text.contains("vắng mặt"), "{}", told.text);

    bot.settle_at(at(6, 1, 8, 0)).await;
    let fallback = bot.fake.next_message(c.secretariat.id).await;
    assert!(
        fallback.text.contains("Việc của Sở TT&amp;TT") || fallback.text.contains("Việc của Sở TT&TT"),
        "{}",
        fallback.text
    );
    assert!(
        fallback.text.contains("đang vắng mặt") && fallback.text.contains("chuyển đến cơ quan thường trực"),
        "{}",
        fallback.text
    );
    bot.fake.assert_silent(c.officer_b.id, Duration::from_millis(300)).await;
}

#[tokio::test]
async fn without_a_name_the_other_officers_are_reached() {
    let (bot, c) = TestBot::with_committee(reminders_only()).await;
    let lan = colleague_of_a(&bot, &c).await;
    bot.seed_task(c.unit_a, Some(day(9, 1)), "Việc chung").await;
    let answer = bot.ask(&c.officer_a, "/vang 5/1-9/1 không").await;
    assert!(answer.text.contains("các cán bộ đầu mối khác"), "{}", answer.text);
    bot.fake.assert_silent(lan.id, Duration::from_millis(200)).await;
    bot.fake.assert_silent(c.secretariat.id, Duration::from_millis(200)).await;
    bot.settle_at(at(6, 1, 8, 0)).await;
    let reminder = bot.fake.next_message(lan.id).await;
    assert!(
        reminder.text.contains("Việc chung") && !reminder.text.contains("Nhận thay"),
        "{}",
        reminder.text
    );
    bot.fake.assert_silent(c.officer_a.id, Duration::from_millis(300)).await;
    let listed = bot.ask(&c.officer_a, "/vang").await;
    assert!(listed.text.contains("Lịch vắng mặt đã báo"), "{}", listed.text);
}

#[tokio::test]
async fn a_colleague_of_another_unit_past_days_and_other_roles_are_refused() {
    let (bot, c) = TestBot::with_committee(reminders_only()).await;
    let answer = bot.ask(&c.officer_a, "/vang 5/1-9/1 @TTTT").await;
    assert!(
        answer.text.contains("Không tìm thấy cán bộ") && answer.text.contains("cùng đơn vị"),
        "{}",
        answer.text
    );
    let answer = bot.ask(&c.officer_a, "/vang 1/12/2025-3/1/2026").await;
    assert!(answer.text.contains("đã qua"), "{}", answer.text);
    let answer = bot.ask(&c.officer_a, "/vang ngày mai").await;
    assert!(answer.text.contains("/vang 15/12-20/12 @Lan"), "{}", answer.text);
    let answer = bot.ask(&c.chair, "/vang 5/1-9/1").await;
    assert!(!answer.text.contains("Đã ghi nhận"), "{}", answer.text);
    assert_eq!(absences(&bot).await, 0);
}
