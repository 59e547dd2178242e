//! Recurring obligations (issue 21): a monthly report assigned with `/giao … | hằng tháng ngày
//! 20 | …`, run over four months with the injected clock. Each month is its own occurrence
//! (`NV-0001/11-2026`, …) with its own deadline, reminders, reports and status; the next exists
//! as soon as the current one is confirmed or its deadline passes; summaries count occurrences
//! in the period asked and the card shows the series' record.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use crate::support::{Committee, Options, TestBot};

/// 08:00 on `d/m/y` in Hà Nội.
fn morning(d: u32, m: u32, y: i32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 1, 0, 0).unwrap()
}

fn day(d: u32, m: u32, y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// `(code, deadline, status, completed_on)` of every occurrence, in order.
async fn occurrences(bot: &TestBot) -> Vec<(String, NaiveDate, String, Option<NaiveDate>)> {
    sqlx::query_as(
        "SELECT code, deadline, status, completed_on FROM tasks WHERE series_id = 1 ORDER BY deadline",
    )
    .bind(1)
    .fetch_all(&mut *bot.db().await)
    .await
    .unwrap()
}

/// Every morning from `from` to `to`, inclusive, settled.
async fn mornings(bot: &TestBot, from: NaiveDate, to: NaiveDate) {
    for d in from.iter_days().take_while(|d| *d <= to) {
        bot.settle_at(Utc.from_utc_datetime(&d.and_hms_opt(1, 0, 0).unwrap())).await;
    }
}

/// The officer reports `code` done, and the secretariat confirms it from its request.
async fn done_and_confirmed(bot: &TestBot, c: &Committee, code: &str) -> Vec<String> {
    bot.fake.mark_read(c.secretariat.id);
    let answer = bot.ask(&c.officer_a, &format!("/capnhat {code} đã hoàn thành")).await;
    assert!(answer.text.contains("báo cáo hoàn thành"), "{}", answer.text);
    let request = loop {
        let m = bot.fake.next_message(c.secretariat.id).await;
        if m.buttons().iter().any(|(label, _)| label.contains("Xác nhận")) {
            break m;
        }
    };
    let ask = bot.press(&c.secretariat, &request, &request.button("Xác nhận")).await;
    bot.fake.mark_read(c.secretariat.id);
    bot.fake.press(&c.secretariat, &c.secretariat.private(), ask.message_id, &ask.button("Bỏ qua"));
    bot.drain().await;
    bot.fake.sent_to(c.secretariat.id).iter().rev().take(2).map(|m| m.text.clone()).collect()
}

#[tokio::test]
async fn a_monthly_task_runs_four_months_each_month_its_own_occurrence() {
    let options = Options { start: Some(morning(2, 11, 2026)), ..Options::default() };
    let (bot, c) = TestBot::with_committee(options).await;
    let created = bot
        .ask(&c.chair, "/giao Sở Tư pháp | hằng tháng ngày 20 | Báo cáo kết quả chuyển đổi số hằng tháng")
        .await;
    assert!(created.text.contains("NV-0001/11-2026"), "{}", created.text);
    assert!(created.text.contains("Định kỳ: hằng tháng, ngày 20"), "{}", created.text);
    assert!(created.text.contains("20/11/2026"), "{}", created.text);
    let card = bot.fake.next_message(c.officer_a.id).await;
    assert!(card.text.contains("NV-0001/11-2026"), "{}", card.text);

    // November: reminded ahead of the 20th, done on the 18th and confirmed: December exists at once.
    mornings(&bot, day(3, 11, 2026), day(18, 11, 2026)).await;
    let reminded =
        |code: &str| bot.fake.sent_to(c.officer_a.id).iter().filter(|m| m.text.contains(code)).count();
    assert!(reminded("NV-0001/11-2026") >= 2, "the card and a reminder ahead");
    let said = done_and_confirmed(&bot, &c, "NV-0001").await;
    assert!(
        said.iter()
            .any(|t| t.contains("Kỳ tiếp theo") && t.contains("NV-0001/12-2026") && t.contains("20/12/2026")),
        "{said:?}"
    );
    let november = reminded("NV-0001/11-2026");

    // December: not reported by the 20th; reminded ahead, on the day and after; on the 21st
    // January exists (the deadline passed); reported late on the 22nd.
    mornings(&bot, day(19, 11, 2026), day(22, 12, 2026)).await;
    assert_eq!(reminded("NV-0001/11-2026"), november, "a confirmed month is not chased");
    let december: Vec<_> =
        bot.fake.sent_to(c.officer_a.id).into_iter().filter(|m| m.text.contains("NV-0001/12-2026")).collect();
    assert!(december.len() >= 3, "ahead, on the day and overdue: {december:#?}");
    assert!(december.iter().any(|m| m.text.contains("quá hạn")), "{december:#?}");
    let months = occurrences(&bot).await;
    assert_eq!(months.len(), 3, "{months:?}");
    assert_eq!((months[2].0.as_str(), months[2].1), ("NV-0001/01-2027", day(20, 1, 2027)));
    done_and_confirmed(&bot, &c, "NV-0001/12-2026").await;
    assert_eq!(occurrences(&bot).await.len(), 3, "January already there: no second one");

    // January: the series' code names the month now open; done on time; February follows.
    mornings(&bot, day(23, 12, 2026), day(15, 1, 2027)).await;
    let said = done_and_confirmed(&bot, &c, "NV-0001").await;
    assert!(said.iter().any(|t| t.contains("NV-0001/02-2027")), "{said:?}");

    // February: the card shows the record so far.
    mornings(&bot, day(16, 1, 2027), day(2, 2, 2027)).await;
    let card = bot.ask(&c.officer_a, "/viec NV-0001").await;
    assert!(card.text.contains("NV-0001/02-2027"), "{}", card.text);
    assert!(
        card.text.contains("đúng hạn <b>2/3</b> kỳ"),
        "November and January on time, December late: {}",
        card.text
    );
    let months = occurrences(&bot).await;
    let statuses: Vec<(&str, &str, Option<NaiveDate>)> =
        months.iter().map(|(code, _, status, done)| (code.as_str(), status.as_str(), *done)).collect();
    assert_eq!(
        statuses,
        [
            ("NV-0001/11-2026", "done", Some(day(18, 11, 2026))),
            ("NV-0001/12-2026", "done", Some(day(22, 12, 2026))),
            ("NV-0001/01-2027", "done", Some(day(15, 1, 2027))),
            ("NV-0001/02-2027", "not_started", None),
        ]
    );

    // Summaries count the occurrences of the period asked.
    use dondoc::domain::{Period, Scope};
    let today = day(2, 2, 2027);
    let mut db = bot.db().await;
    let q4 = Scope { period: Some(Period::Quarter { year: 2026, quarter: 4 }), ..Scope::default() };
    let s = dondoc::summaries::summary::build(&mut db, &q4, today, today).await.unwrap();
    assert_eq!((s.counts.total, s.counts.done_on_time, s.counts.done_late), (2, 1, 1), "{:?}", s.counts);
    let q1 = Scope { period: Some(Period::Quarter { year: 2027, quarter: 1 }), ..Scope::default() };
    let s = dondoc::summaries::summary::build(&mut db, &q1, today, today).await.unwrap();
    assert_eq!((s.counts.total, s.counts.done_on_time), (2, 1), "{:?}", s.counts);
}

#[tokio::test]
async fn a_recurrence_without_its_day_is_asked_and_bounds_end_the_series() {
    let options = Options { start: Some(morning(2, 11, 2026)), ..Options::default() };
    let (bot, c) = TestBot::with_committee(options).await;
    let asked =
        bot.exchange(&c.chair, &c.chair.private(), "/giao Sở Tư pháp | định kỳ hằng quý | Báo cáo quý").await;
    assert!(asked.iter().any(|m| m.text.contains("chưa rõ hạn vào ngày nào")), "{asked:#?}");
    let created = bot
        .ask(&c.chair, "/giao Sở Tư pháp | hằng quý ngày 20, đến 31/3/2027 | Báo cáo quý về chuyển đổi số")
        .await;
    assert!(
        created.text.contains("NV-0001/Q4-2026") && created.text.contains("20/12/2026"),
        "{}",
        created.text
    );
    assert!(created.text.contains("đến 31/3/2027"), "{}", created.text);
    // The quarter after the end is never created: Q1/2027 is the last.
    mornings(&bot, day(3, 11, 2026), day(10, 4, 2027)).await;
    let codes: Vec<String> = occurrences(&bot).await.into_iter().map(|o| o.0).collect();
    assert_eq!(codes, ["NV-0001/Q4-2026", "NV-0001/Q1-2027"]);
}

/// A notice's recurring item ("báo cáo … trước ngày 20 hằng tháng") becomes a recurring task,
/// first due on the next 20th; a dated item stays a single task.
#[tokio::test]
async fn an_imported_recurring_item_becomes_a_recurring_task() {
    let options = Options { start: Some(morning(2, 11, 2026)), ..Options::default() };
    let (bot, c) = TestBot::with_committee(options).await;
    let s = &c.secretariat;
    let notice = "THÔNG BÁO\nKết luận của Trưởng Ban Chỉ đạo\n\
        1. Sở Tư pháp báo cáo kết quả số hóa hồ sơ trước ngày 20 hằng tháng.\n\
        2. Sở Thông tin và Truyền thông hoàn thành nâng cấp cổng dịch vụ công trước ngày 15/12/2026.\n";
    bot.ask(s, "/nhap").await;
    let received = bot.ask(s, notice).await;
    let preview = bot.press(s, &received, &received.button("Xử lý")).await;
    assert!(preview.text.contains("2 mục"), "{}", preview.text);
    let done = bot.press(s, &preview, &preview.button("Xác nhận")).await;
    assert!(done.text.contains("Đã tạo"), "{}", done.text);
    let tasks: Vec<(String, NaiveDate, Option<i64>)> =
        sqlx::query_as("SELECT code, deadline, series_id FROM tasks ORDER BY id")
            .fetch_all(&mut *bot.db().await)
            .await
            .unwrap();
    assert_eq!(
        tasks,
        [
            ("NV-0001/11-2026".to_string(), day(20, 11, 2026), Some(1)),
            ("NV-0002".to_string(), day(15, 12, 2026), None),
        ]
    );
}

/// More time for one month moves neither the next month nor the day it is created: the
/// period keeps its own deadline.
#[tokio::test]
async fn an_extended_month_does_not_move_the_series() {
    let options = Options { start: Some(morning(2, 11, 2026)), ..Options::default() };
    let (bot, c) = TestBot::with_committee(options).await;
    bot.ask(&c.chair, "/giao Sở Tư pháp | hằng tháng ngày 20 | Báo cáo hằng tháng").await;
    sqlx::query("UPDATE tasks SET original_deadline = deadline, deadline = '2026-12-25' WHERE code = 'NV-0001/11-2026'")
        .execute(&mut *bot.db().await)
        .await
        .unwrap();
    mornings(&bot, day(3, 11, 2026), day(22, 12, 2026)).await;
    let months: Vec<(String, NaiveDate)> = occurrences(&bot).await.into_iter().map(|o| (o.0, o.1)).collect();
    assert_eq!(
        months,
        [
            ("NV-0001/12-2026".to_string(), day(20, 12, 2026)),
            ("NV-0001/11-2026".to_string(), day(25, 12, 2026)),
            ("NV-0001/01-2027".to_string(), day(20, 1, 2027)),
        ]
    );
}

/// The secretariat stops a series from its occurrence's card: no period after it is created.
#[tokio::test]
async fn a_series_is_stopped_from_its_card() {
    let options = Options { start: Some(morning(2, 11, 2026)), ..Options::default() };
    let (bot, c) = TestBot::with_committee(options).await;
    bot.ask(&c.chair, "/giao Sở Tư pháp | hằng tháng ngày 20 | Báo cáo hằng tháng").await;
    let card = bot.ask(&c.secretariat, "/viec NV-0001").await;
    let stopped = bot.press(&c.secretariat, &card, &card.button("Dừng định kỳ")).await;
    assert!(
        stopped.text.contains("dừng sau kỳ") && stopped.text.contains("NV-0001/11-2026"),
        "{}",
        stopped.text
    );
    assert!(!stopped.text.contains("Đã có"), "{}", stopped.text);
    let card = bot.ask(&c.secretariat, "/viec NV-0001").await;
    assert!(card.text.contains("đến 20/11/2026"), "the card shows the end: {}", card.text);
    assert!(!card.buttons().iter().any(|(label, _)| label.contains("Dừng định kỳ")), "{:?}", card.buttons());
    // An officer has no such button.
    let officers = bot.ask(&c.officer_a, "/viec NV-0001").await;
    assert!(!officers.buttons().iter().any(|(label, _)| label.contains("Dừng định kỳ")));
    mornings(&bot, day(3, 11, 2026), day(24, 11, 2026)).await;
    assert_eq!(occurrences(&bot).await.len(), 1, "no December");
}
