//! Status reports by button, by reply and by command; extensions; obstacles; verification;
//! and who may do what.

use std::time::Duration;

use chrono::NaiveDate;

use crate::support::{Chat, Committee, Options, Sent, TestBot, TgUser};

fn day(d: u32, m: u32, y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Assigns a task to unit A through the chair and returns the card its officer received.
async fn assigned(bot: &TestBot, c: &Committee, text: &str) -> Sent {
    bot.ask(&c.chair, &format!("/giao Sở Tư pháp | 30/6/2026 | {text}")).await;
    bot.fake.next_message(c.officer_a.id).await
}

async fn status_of(bot: &TestBot, id: i64) -> (String, i64, Option<String>) {
    sqlx::query_as("SELECT status, progress, completed_on FROM tasks WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_officer_reports_progress_by_button_with_a_percent() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let card = assigned(&bot, &c, "Số hóa hồ sơ").await;
    let ask = bot.press(&c.officer_a, &card, &card.button("Đang thực hiện")).await;
    assert!(ask.text.contains("bao nhiêu phần trăm"), "{}", ask.text);
    let done = bot.press(&c.officer_a, &ask, &ask.button("75%")).await;
    assert!(done.text.contains("Đã ghi nhận") && done.text.contains("Đang thực hiện (75%)"), "{}", done.text);
    assert_eq!(status_of(&bot, 1).await, ("in_progress".into(), 75, None));
    // Typing the percent works too.
    bot.clock.advance(chrono::Duration::minutes(5));
    let ask = bot.press(&c.officer_a, &card, &card.button("Đang thực hiện")).await;
    bot.fake.send_text(&c.officer_a, &c.officer_a.private(), "80");
    let done = bot.fake.next_message(c.officer_a.id).await;
    assert!(done.text.contains("80%"), "{} / {}", ask.text, done.text);
    // The status stays, so only the progress is written.
    assert_eq!(status_of(&bot, 1).await, ("in_progress".into(), 80, None));
    let (reports, latest): (i64, bool) = sqlx::query_as(
        "SELECT COUNT(*), MAX(r.reported_at) = t.last_report_at FROM status_reports r \
         JOIN tasks t ON t.id = r.task_id WHERE r.task_id = 1",
    )
    .fetch_one(&mut *bot.db().await)
    .await
    .unwrap();
    assert_eq!((reports, latest), (2, true), "both reports kept; the task last reported on at the second");
    let text: String = sqlx::query_scalar("SELECT text FROM status_reports ORDER BY id DESC LIMIT 1")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(text, "80", "the officer's own words are kept");
}

#[tokio::test]
async fn a_reply_saying_done_awaits_confirmation_and_the_secretariat_confirms_it() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let card = assigned(&bot, &c, "Kết nối CSDL dân cư").await;
    bot.clock.advance(chrono::Duration::days(3));
    bot.fake.reply(
        &c.officer_a,
        &c.officer_a.private(),
        card.message_id,
        "Đã hoàn thành, báo cáo số 45/BC-STP",
    );
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(
        answer.text.contains("báo cáo hoàn thành") && answer.text.contains("xác nhận"),
        "{}",
        answer.text
    );
    let (status, _, completed) = status_of(&bot, 1).await;
    assert_eq!(status, "awaiting_confirmation");
    assert_eq!(completed.as_deref(), Some("2026-01-08"), "the completion date is the day of the report");

    let request = bot.fake.next_message(c.secretariat.id).await;
    assert!(request.text.contains("đã hoàn thành") && request.text.contains("NV-0001"), "{}", request.text);
    // The document the report names is its evidence, in the request and on the card.
    assert!(request.text.contains("Văn bản minh chứng: <b>45/BC-STP</b>"), "{}", request.text);
    let card = bot.ask(&c.officer_a, "/viec NV-0001").await;
    assert!(card.text.contains("Văn bản minh chứng: <b>45/BC-STP</b>"), "{}", card.text);
    let kept: Option<String> = sqlx::query_scalar("SELECT document FROM status_reports WHERE kind = 'done'")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some("45/BC-STP"));
    bot.clock.advance(chrono::Duration::days(2));
    let ask = bot.press(&c.secretariat, &request, &request.button("Xác nhận")).await;
    assert!(ask.text.contains("minh chứng"), "{}", ask.text);
    let confirmed = bot.ask(&c.secretariat, "Báo cáo 45/BC-STP").await;
    assert!(confirmed.text.contains("Đã xác nhận"), "{}", confirmed.text);
    let told = bot.fake.next_message(c.officer_a.id).await;
    assert!(
        told.text.contains("xác nhận") && told.text.contains("08/01/2026") && told.text.contains("45/BC-STP"),
        "{}",
        told.text
    );
    assert_eq!(status_of(&bot, 1).await, ("done".into(), 100, Some("2026-01-08".into())));

    let late = bot.press_for_toast(&c.secretariat, &request, &request.button("Trả lại")).await;
    let late = late.unwrap_or_default();
    assert!(late.contains("đã được xử lý"), "a stale button is refused");
    // A popup shows no formatting: the code is plain, not wrapped in tags.
    assert!(late.contains("NV-0001") && !late.contains('<'), "{late}");
    let after = bot.ask(&c.officer_a, "/capnhat NV-0001 đang làm 50%").await;
    assert!(after.text.contains("đã hoàn thành"), "a done task takes no more reports: {}", after.text);
}

#[tokio::test]
async fn the_secretariat_returns_a_completion_with_a_reason() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let card = assigned(&bot, &c, "Việc A").await;
    bot.press(&c.officer_a, &card, &card.button("Hoàn thành")).await;
    let request = bot.fake.next_message(c.secretariat.id).await;
    bot.press(&c.secretariat, &request, &request.button("Trả lại")).await;
    bot.ask(&c.secretariat, "Chưa có văn bản báo cáo").await;
    let told = bot.fake.next_message(c.officer_a.id).await;
    assert!(
        told.text.contains("bị trả lại") && told.text.contains("Chưa có văn bản báo cáo"),
        "{}",
        told.text
    );
    assert!(told.keyboard.is_some(), "the officer can report again from the notice");
    let (status, _, completed) = status_of(&bot, 1).await;
    assert_eq!((status.as_str(), completed), ("in_progress", None));
}

#[tokio::test]
async fn without_verification_a_done_report_closes_the_task_at_once() {
    let options = Options { env: vec![("DONDOC_CONFIRM_DONE".into(), "no".into())], ..Options::default() };
    let (bot, c) = TestBot::with_committee(options).await;
    assigned(&bot, &c, "Việc B").await;
    let answer = bot.ask(&c.officer_a, "/capnhat NV-0001 xong rồi").await;
    assert!(answer.text.contains("Đã hoàn thành"), "{}", answer.text);
    assert_eq!(status_of(&bot, 1).await.0, "done");
    bot.fake.assert_silent(c.secretariat.id, Duration::from_millis(300)).await;
}

#[tokio::test]
async fn a_command_report_keeps_the_officers_words() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    assigned(&bot, &c, "Việc C").await;
    let answer = bot.ask(&c.officer_a, "/capnhat NV-0001 đang triển khai, đạt 60%").await;
    assert!(answer.text.contains("Đang thực hiện (60%)"), "{}", answer.text);
    let (kind, percent, text, source): (String, i64, String, String) =
        sqlx::query_as("SELECT kind, percent, text, source FROM status_reports WHERE task_id = 1")
            .fetch_one(&mut *bot.db().await)
            .await
            .unwrap();
    assert_eq!(
        (kind.as_str(), percent, text.as_str(), source.as_str()),
        ("in_progress", 60, "đang triển khai, đạt 60%", "command")
    );
    let card = bot.ask(&c.officer_a, "/viec NV-0001").await;
    assert!(
        card.text.contains("Quá trình báo cáo")
            && card.text.contains("Cán bộ Tư pháp")
            && card.text.contains("đạt 60%"),
        "{}",
        card.text
    );
}

#[tokio::test]
async fn a_reply_that_is_not_a_finish_is_never_recorded_as_done() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let card = assigned(&bot, &c, "Việc D").await;
    // Denials, promises and parts are work under way, as the committee counts it.
    for text in ["chưa xong", "chua hoan thanh", "có xong đâu", "mai xong ạ", "đã xong khâu khảo sát"]
    {
        bot.fake.reply(&c.officer_a, &c.officer_a.private(), card.message_id, text);
        let recorded = bot.fake.next_message(c.officer_a.id).await;
        assert!(recorded.text.contains("Đang thực hiện"), "{text}: {}", recorded.text);
        assert_eq!(status_of(&bot, 1).await.0, "in_progress", "{text}");
    }
    // A question or a hedge is asked back, and the answer recorded with the officer's words.
    for text in ["xong chưa em?", "hình như xong rồi, để em hỏi lại"] {
        bot.fake.reply(&c.officer_a, &c.officer_a.private(), card.message_id, text);
        let question = bot.fake.next_message(c.officer_a.id).await;
        assert!(question.text.contains("Chưa xác định được"), "{text}: {}", question.text);
        assert_eq!(status_of(&bot, 1).await.0, "in_progress", "{text}");
        let cancel = question.button("Hủy");
        bot.press(&c.officer_a, &question, &cancel).await;
    }
    bot.fake.reply(&c.officer_a, &c.officer_a.private(), card.message_id, "xong chưa em?");
    let question = bot.fake.next_message(c.officer_a.id).await;
    let recorded = bot.press(&c.officer_a, &question, &question.button("Đang thực hiện")).await;
    assert!(recorded.text.contains("Đã ghi nhận"), "{}", recorded.text);
    let texts: Vec<String> = sqlx::query_scalar("SELECT text FROM status_reports ORDER BY id")
        .fetch_all(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(texts.last().map(String::as_str), Some("xong chưa em?"));
    let kinds: Vec<String> = sqlx::query_scalar("SELECT DISTINCT kind FROM status_reports")
        .fetch_all(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(kinds, ["in_progress"], "nothing was recorded as done");
}

#[tokio::test]
async fn an_obstacle_is_forwarded_to_the_secretariat_at_once() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let card = assigned(&bot, &c, "Việc E").await;
    bot.fake.reply(
        &c.officer_a,
        &c.officer_a.private(),
        card.message_id,
        "Vướng mắc về kinh phí, chưa được bố trí",
    );
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(
        answer.text.contains("vướng mắc") && answer.text.contains("cơ quan thường trực"),
        "{}",
        answer.text
    );
    let forwarded = bot.fake.next_message(c.secretariat.id).await;
    assert!(
        forwarded.text.contains("vướng mắc") && forwarded.text.contains("kinh phí"),
        "{}",
        forwarded.text
    );
    let flag: bool = sqlx::query_scalar("SELECT has_obstacle FROM tasks WHERE id = 1")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert!(flag);
}

#[tokio::test]
async fn a_plain_message_without_a_task_asks_which_task() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    assigned(&bot, &c, "Việc F").await;
    assigned(&bot, &c, "Việc G").await;
    let question = bot.ask(&c.officer_a, "đã xong").await;
    assert!(question.text.contains("nhiệm vụ nào"), "{}", question.text);
    let recorded = bot.press(&c.officer_a, &question, &question.button("NV-0002")).await;
    assert!(recorded.text.contains("NV-0002"), "{}", recorded.text);
    assert_eq!(status_of(&bot, 2).await.0, "awaiting_confirmation");
    assert_eq!(status_of(&bot, 1).await.0, "not_started");
}

#[tokio::test]
async fn an_extension_request_is_approved_and_the_deadline_moves() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let card = assigned(&bot, &c, "Việc H").await;
    bot.fake.reply(
        &c.officer_a,
        &c.officer_a.private(),
        card.message_id,
        "Xin gia hạn đến 30/9/2026 vì chờ kinh phí",
    );
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(
        answer.text.contains("Đã gửi đề nghị gia hạn") && answer.text.contains("30/9/2026"),
        "{}",
        answer.text
    );
    let to_chair = bot.fake.next_message(c.chair.id).await;
    assert!(
        to_chair.text.contains("đề nghị gia hạn") && to_chair.text.contains("chờ kinh phí"),
        "{}",
        to_chair.text
    );
    let to_secretariat = bot.fake.next_message(c.secretariat.id).await;
    let decided = bot.press(&c.chair, &to_chair, &to_chair.button("Đồng ý")).await;
    assert_eq!(decided.message_id, to_chair.message_id, "the request message shows the decision");
    assert!(decided.text.contains("đã đồng ý"), "{}", decided.text);
    let told = bot.fake.next_message(c.officer_a.id).await;
    assert!(told.text.contains("được đồng ý") && told.text.contains("30/9/2026"), "{}", told.text);
    let (deadline, original): (String, String) =
        sqlx::query_as("SELECT deadline, original_deadline FROM tasks WHERE id = 1")
            .fetch_one(&mut *bot.db().await)
            .await
            .unwrap();
    assert_eq!((deadline.as_str(), original.as_str()), ("2026-09-30", "2026-06-30"));
    let toast =
        bot.press_for_toast(&c.secretariat, &to_secretariat, &to_secretariat.button("Không đồng ý")).await;
    assert!(toast.unwrap_or_default().contains("đã được quyết định"), "decided once");
}

#[tokio::test]
async fn an_extension_request_is_rejected_and_the_deadline_stays() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    assigned(&bot, &c, "Việc I").await;
    let answer = bot.ask(&c.officer_a, "/giahan NV-0001 31/10/2026 chưa có nhân lực").await;
    assert!(answer.text.contains("31/10/2026"), "{}", answer.text);
    let to_secretariat = bot.fake.next_message(c.secretariat.id).await;
    bot.press(&c.secretariat, &to_secretariat, &to_secretariat.button("Không đồng ý")).await;
    let told = bot.fake.next_message(c.officer_a.id).await;
    assert!(told.text.contains("không được đồng ý"), "{}", told.text);
    let deadline: String = sqlx::query_scalar("SELECT deadline FROM tasks WHERE id = 1")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(deadline, "2026-06-30");
    let kinds: Vec<String> = sqlx::query_scalar("SELECT kind FROM status_reports ORDER BY id")
        .fetch_all(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(kinds, ["extension", "extension_rejected"]);
}

#[tokio::test]
async fn an_extension_without_a_date_asks_for_one() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let card = assigned(&bot, &c, "Việc J").await;
    let ask = bot.press(&c.officer_a, &card, &card.button("Đề nghị gia hạn")).await;
    assert!(ask.text.contains("đến ngày nào"), "{}", ask.text);
    let past = bot.ask(&c.officer_a, "1/3/2026 vì bận").await;
    assert!(past.text.contains("phải sau"), "not earlier than the current deadline: {}", past.text);
    bot.fake.send_text(&c.officer_a, &c.officer_a.private(), "/capnhat NV-0001 xin gia hạn");
    let ask_again = bot.fake.next_message(c.officer_a.id).await;
    assert!(ask_again.text.contains("đến ngày nào"), "{}", ask_again.text);
    // Typed on 5/1/2026, "2/1" is this year's, already past: asked back, never moved a year on.
    let past = bot.ask(&c.officer_a, "2/1 vì chờ phê duyệt").await;
    assert!(past.text.contains("đã qua"), "{}", past.text);
    let sent = bot.ask(&c.officer_a, "15/8 vì chờ phê duyệt").await;
    assert!(sent.text.contains("15/8/2026"), "{}", sent.text);
}

/// Every role against the actions it may not take.
#[tokio::test]
async fn each_role_is_refused_what_it_may_not_do() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let task_a = bot.seed_task(c.unit_a, Some(day(1, 6, 2026)), "Việc của Tư pháp").await;
    let cases: Vec<(&TgUser, String, &str)> = vec![
        (&c.officer_a, "/giao Sở Tư pháp | 1/6/2026 | x".into(), "dành cho"),
        (&c.officer_a, "/moi Sở Tư pháp".into(), "dành cho"),
        (&c.officer_a, "/nhap".into(), "dành cho"),
        (&c.officer_a, "/tonghop".into(), "dành cho"),
        (&c.officer_a, "/thanhvien".into(), "dành cho"),
        (&c.officer_b, format!("/capnhat NV-{task_a:04} xong"), "không thuộc đơn vị"),
        (&c.officer_b, format!("/giahan NV-{task_a:04} 30/6/2026"), "không thuộc đơn vị"),
        (&c.officer_b, format!("/viec NV-{task_a:04}"), "không thuộc đơn vị"),
        (&c.chair, format!("/giahan NV-{task_a:04} 30/6/2026"), "dành cho"),
        (&c.deputy, "/moi Sở Tư pháp".into(), "dành cho"),
        (&c.deputy, "/donvi them Sở Y tế".into(), "Chỉ cơ quan thường trực"),
        (&c.chair, "/thanhvien xoa #1".into(), "Chỉ cơ quan thường trực"),
    ];
    for (user, command, expected) in cases {
        let answer = bot.ask(user, &command).await;
        assert!(answer.text.contains(expected), "{} {command}: {}", user.first_name, answer.text);
    }
    let (status, _, _) = status_of(&bot, task_a).await;
    assert_eq!(status, "not_started", "nothing was recorded by anyone refused");

    // Forged buttons: officer B pressing a status button for unit A's task, and deciding.
    let own = bot.ask(&c.officer_b, "/help").await;
    let refused = bot.press(&c.officer_b, &own, &format!("s:{task_a}:d")).await;
    assert!(refused.text.contains("không thuộc đơn vị"), "{}", refused.text);
    let toast = bot.press_for_toast(&c.officer_b, &own, "x:1:a").await;
    assert!(toast.unwrap_or_default().contains("Chỉ Trưởng ban"));
    let toast = bot.press_for_toast(&c.officer_b, &own, "c:1:y").await;
    assert!(toast.unwrap_or_default().contains("Chỉ Trưởng ban"));
    let toast = bot.press_for_toast(&c.officer_b, &own, "nonsense:data").await;
    assert!(toast.unwrap_or_default().contains("không còn hiệu lực"));
    assert_eq!(status_of(&bot, task_a).await.0, "not_started");
}

#[tokio::test]
async fn in_the_committee_group_a_reply_to_a_task_message_is_a_report_and_other_chatter_is_ignored() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let group = Chat::group(-100_900, "BCĐ");
    bot.say(&c.chair, &group, "/nhom").await;
    bot.seed_task(c.unit_a, Some(day(1, 6, 2026)), "Việc nhóm").await;
    let card = bot.say(&c.officer_a, &group, "/viec NV-0001").await;
    bot.fake.send_text(&c.officer_a, &group, "hôm nay họp lúc mấy giờ?");
    bot.fake.assert_silent(group.id(), Duration::from_millis(300)).await;
    bot.fake.reply(&c.officer_a, &group, card.message_id, "đang triển khai, đạt 30%");
    let answer = bot.fake.next_message(group.id()).await;
    assert!(answer.text.contains("30%"), "{}", answer.text);
}
