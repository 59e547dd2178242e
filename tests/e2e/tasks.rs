//! Assigning, listing, showing and editing tasks.

use chrono::NaiveDate;

use crate::support::{Options, TestBot};

fn day(d: u32, m: u32, y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[tokio::test]
async fn a_task_assigned_in_one_line_gets_a_code_and_reaches_the_units_officer() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let answer = bot
        .ask(&c.chair, "/giao Sở Tư pháp | 30/9/2026 | Rà soát, đơn giản hóa thủ tục hành chính | phối hợp: Công an tỉnh, so tttt | chương trình: đề án 06 | văn bản: TB số 12/TB-UBND")
        .await;
    assert!(answer.text.contains("Đã giao nhiệm vụ <b>NV-0001</b>"), "{}", answer.text);
    assert!(answer.text.contains("30/9/2026"), "{}", answer.text);
    assert!(answer.text.contains("Công an tỉnh") && answer.text.contains("Sở TT&amp;TT"), "{}", answer.text);
    assert!(answer.text.contains("Đề án 06") && answer.text.contains("TB số 12/TB-UBND"), "{}", answer.text);

    let card = bot.fake.next_message(c.officer_a.id).await;
    assert!(card.text.contains("NV-0001") && card.text.contains("Rà soát"), "{}", card.text);
    let labels: Vec<String> = card.buttons().into_iter().map(|(l, _)| l).collect();
    assert!(
        labels.iter().any(|l| l.contains("Hoàn thành"))
            && labels.iter().any(|l| l.contains("Đề nghị gia hạn"))
    );
    // The other unit's officer hears nothing.
    bot.fake.assert_silent(c.officer_b.id, std::time::Duration::from_millis(300)).await;

    let audit: String =
        sqlx::query_scalar("SELECT action FROM audit_log WHERE entity = 'task' AND entity_id = 1")
            .fetch_one(&mut *bot.db().await)
            .await
            .unwrap();
    assert_eq!(audit, "task.created");
}

#[tokio::test]
async fn a_task_is_assigned_through_the_dialogue_when_arguments_are_missing() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let s = &c.secretariat;
    let ask_unit = bot.ask(s, "/giao").await;
    assert!(ask_unit.text.contains("Đơn vị chủ trì"), "{}", ask_unit.text);
    let ask_deadline = bot.press(s, &ask_unit, &ask_unit.button("Sở Tư pháp")).await;
    assert!(ask_deadline.text.contains("Thời hạn hoàn thành"), "{}", ask_deadline.text);
    let bad = bot.ask(s, "hôm kia").await;
    assert!(bad.text.contains("Chưa xác định được thời hạn"), "{}", bad.text);
    let ask_text = bot.ask(s, "quý 3/2026").await;
    assert!(ask_text.text.contains("Nội dung nhiệm vụ"), "{}", ask_text.text);
    let ask_co = bot.ask(s, "Triển khai nền tảng họp trực tuyến").await;
    assert!(ask_co.text.contains("Đơn vị phối hợp"), "{}", ask_co.text);

    // Selecting a co-unit edits the same message, with a tick.
    bot.fake.press(s, &s.private(), ask_co.message_id, &ask_co.button("Công an tỉnh"));
    let ticked = bot.fake.next_message(s.id).await;
    assert_eq!(ticked.message_id, ask_co.message_id);
    assert!(ticked.buttons().iter().any(|(l, _)| l == "✅ Công an tỉnh"), "{:?}", ticked.buttons());
    let ask_programme = bot.press(s, &ticked, &ticked.button("Hoàn tất")).await;
    assert!(ask_programme.text.contains("chương trình"), "{}", ask_programme.text);
    let ask_source = bot.press(s, &ask_programme, &ask_programme.button("Chuyển đổi số")).await;
    assert!(ask_source.text.contains("Văn bản giao"), "{}", ask_source.text);
    let confirm = bot.press(s, &ask_source, &ask_source.button("Bỏ qua")).await;
    assert!(confirm.text.contains("kiểm tra lại") && confirm.text.contains("30/9/2026"), "{}", confirm.text);
    assert!(confirm.text.contains("Công an tỉnh"), "{}", confirm.text);
    let created = bot.press(s, &confirm, &confirm.button("Giao nhiệm vụ")).await;
    assert!(created.text.contains("NV-0001"), "{}", created.text);
    let card = bot.fake.next_message(c.officer_a.id).await;
    assert!(card.text.contains("Triển khai nền tảng họp trực tuyến"), "{}", card.text);
}

#[tokio::test]
async fn the_dialogue_survives_a_restart() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let s = &c.secretariat;
    bot.ask(s, "/giao Sở Tư pháp").await;
    let bot = bot.restart().await;
    let ask_text = bot.ask(s, "31/12/2026").await;
    assert!(
        ask_text.text.contains("Nội dung nhiệm vụ"),
        "the bot still knew it was waiting for the deadline: {}",
        ask_text.text
    );
}

#[tokio::test]
async fn an_ambiguous_unit_in_a_one_line_assignment_is_asked_with_buttons_then_created() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let question = bot.ask(&c.chair, "/giao UBND huyện | 15/12/2026 | Số hóa hồ sơ").await;
    assert!(question.text.contains("nhiều đơn vị"), "{}", question.text);
    let created = bot.press(&c.chair, &question, &question.button("Vũ Thư")).await;
    assert!(
        created.text.contains("NV-0001") && created.text.contains("UBND huyện Vũ Thư"),
        "{}",
        created.text
    );
    let warning = bot.fake.next_message(c.chair.id).await;
    assert!(
        warning.text.contains("chưa có cán bộ đầu mối"),
        "nobody to receive it is said: {}",
        warning.text
    );
}

#[tokio::test]
async fn officers_see_their_units_tasks_and_not_other_units() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let mine = bot.seed_task(c.unit_a, Some(day(20, 1, 2026)), "Việc của Tư pháp").await;
    let theirs = bot.seed_task(c.unit_b, Some(day(20, 1, 2026)), "Việc của TTTT").await;
    let list = bot.ask(&c.officer_a, "/viec").await;
    assert!(list.text.contains("Việc của Tư pháp") && !list.text.contains("Việc của TTTT"), "{}", list.text);
    let card = bot.ask(&c.officer_a, &format!("/viec NV-{mine:04}")).await;
    assert!(card.text.contains("Việc của Tư pháp") && card.text.contains("còn 15 ngày"), "{}", card.text);
    let refused = bot.ask(&c.officer_a, &format!("/viec NV-{theirs:04}")).await;
    assert!(refused.text.contains("không thuộc đơn vị"), "{}", refused.text);
    assert!(!refused.text.contains("Việc của TTTT"));
    let all = bot.ask(&c.chair, "/viec").await;
    assert!(all.text.contains("Việc của Tư pháp") && all.text.contains("Việc của TTTT"), "{}", all.text);
    let filtered = bot.ask(&c.chair, "/viec so tttt").await;
    assert!(
        !filtered.text.contains("Việc của Tư pháp") && filtered.text.contains("Việc của TTTT"),
        "{}",
        filtered.text
    );
}

#[tokio::test]
async fn lists_put_overdue_tasks_first_with_days_late() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    bot.seed_task(c.unit_a, Some(day(30, 1, 2026)), "Sắp đến hạn").await;
    bot.seed_task(c.unit_a, None, "Thường xuyên").await;
    bot.seed_task(c.unit_a, Some(day(1, 12, 2025)), "Trễ lâu").await;
    bot.seed_task(c.unit_a, Some(day(2, 1, 2026)), "Trễ ít").await;
    let list = bot.ask(&c.officer_a, "/viec").await;
    let order: Vec<usize> = ["Trễ lâu", "Trễ ít", "Sắp đến hạn", "Thường xuyên"]
        .iter()
        .map(|t| list.text.find(t).unwrap_or_else(|| panic!("{t} missing: {}", list.text)))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{}", list.text);
    assert!(list.text.contains("quá hạn 35 ngày") && list.text.contains("quá hạn 3 ngày"), "{}", list.text);
    assert!(list.text.contains("<b>2 quá hạn</b>"), "{}", list.text);
    let overdue = bot.ask(&c.chair, "/viec quá hạn").await;
    assert!(overdue.text.contains("Trễ lâu") && !overdue.text.contains("Sắp đến hạn"), "{}", overdue.text);
}

#[tokio::test]
async fn three_hundred_tasks_page_without_ever_exceeding_telegrams_limit() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    for i in 0..300 {
        let text =
            format!("Nhiệm vụ số {i}: {}", "triển khai nền tảng số dùng chung của tỉnh ".repeat(1 + i % 5));
        bot.seed_task(
            if i % 2 == 0 { c.unit_a } else { c.unit_b },
            Some(day(1 + (i % 28) as u32, 2, 2026)),
            &text,
        )
        .await;
    }
    let mut page = bot.ask(&c.chair, "/viec").await;
    assert!(page.text.contains("300 nhiệm vụ"), "{}", &page.text[..200]);
    let mut seen = std::collections::HashSet::new();
    let mut pages = 1;
    loop {
        assert!(page.text.encode_utf16().count() <= 4096);
        for (label, _) in page.buttons() {
            if label.starts_with("NV-") {
                seen.insert(label);
            }
        }
        let Some((_, next)) = page.buttons().into_iter().find(|(l, _)| l.contains("Sau")) else { break };
        page = bot.press(&c.chair, &page, &next).await;
        pages += 1;
        assert!(pages < 100, "paging ends");
    }
    assert_eq!(seen.len(), 300, "every task is on some page, none is cut off");
    assert!(pages >= 300 / 16);
}

#[tokio::test]
async fn hostile_or_huge_task_text_is_stored_intact_and_shown_escaped() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let hostile =
        "Kiểm tra <b>đậm</b> & <script>alert(1)</script> 1 < 2 && \"trích\" 'dẫn'; DROP TABLE tasks;--";
    let answer = bot.ask(&c.chair, &format!("/giao Sở Tư pháp | 31/12/2026 | {hostile}")).await;
    assert!(answer.text.contains("&lt;b&gt;đậm&lt;/b&gt; &amp; &lt;script&gt;"), "{}", answer.text);
    let stored: String = sqlx::query_scalar("SELECT text FROM tasks WHERE id = 1")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(stored, hostile);
    let card = bot.fake.next_message(c.officer_a.id).await;
    assert!(card.text.contains("&lt;script&gt;"), "the officer's copy is escaped too: {}", card.text);

    let long: String = "Nội dung rất dài <i>& chi tiết</i> ".repeat(120).chars().take(4000).collect();
    let id = bot.seed_task(c.unit_a, Some(day(1, 3, 2026)), &long).await;
    bot.fake.send_text(&c.officer_a, &c.officer_a.private(), &format!("/viec {id}"));
    let first = bot.fake.next_message(c.officer_a.id).await;
    let second = bot.fake.next_message(c.officer_a.id).await;
    for part in [&first, &second] {
        assert!(part.text.encode_utf16().count() <= 4096);
    }
    assert!(second.keyboard.is_some(), "the buttons go under the last part");
    let stored: String = sqlx::query_scalar("SELECT text FROM tasks WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(stored, long);
    let shown = format!("{}{}", first.text, second.text);
    assert!(shown.contains("&lt;i&gt;&amp; chi tiết&lt;/i&gt;"));
}

#[tokio::test]
async fn the_secretariat_changes_a_deadline_from_the_card_and_it_is_audited_and_announced() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let id = bot.seed_task(c.unit_a, Some(day(15, 1, 2026)), "Cập nhật cổng dịch vụ công").await;
    let card = bot.ask(&c.secretariat, &format!("/viec NV-{id:04}")).await;
    let ask = bot.press(&c.secretariat, &card, &card.button("Điều chỉnh thời hạn")).await;
    assert!(ask.text.contains("Thời hạn mới"), "{}", ask.text);
    let done = bot.ask(&c.secretariat, "28/2/2026").await;
    assert!(done.text.contains("đã được điều chỉnh"), "{}", done.text);
    let notice = bot.fake.next_message(c.officer_a.id).await;
    assert!(
        notice.text.contains("28/02/2026") && notice.text.contains("thời hạn ban đầu 15/01/2026"),
        "{}",
        notice.text
    );
    let detail: String = sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'task.deadline'")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert!(detail.contains("2026-01-15") && detail.contains("2026-02-28"), "{detail}");

    // Text, then cancel with a reason.
    let card = bot.ask(&c.secretariat, &format!("/viec NV-{id:04}")).await;
    bot.press(&c.secretariat, &card, &card.button("Sửa nội dung")).await;
    bot.ask(&c.secretariat, "Nâng cấp cổng dịch vụ công").await;
    bot.fake.next_message(c.officer_a.id).await;
    let card = bot.ask(&c.secretariat, &format!("/viec NV-{id:04}")).await;
    assert!(card.text.contains("Nâng cấp cổng dịch vụ công"), "{}", card.text);
    bot.press(&c.secretariat, &card, &card.button("Hủy nhiệm vụ")).await;
    let cancelled = bot.ask(&c.secretariat, "trùng với NV khác").await;
    assert!(cancelled.text.contains("Đã hủy nhiệm vụ"), "{}", cancelled.text);
    let notice = bot.fake.next_message(c.officer_a.id).await;
    assert!(
        notice.text.contains("đã được hủy") && notice.text.contains("trùng với NV khác"),
        "{}",
        notice.text
    );
    let actions: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log WHERE entity = 'task' ORDER BY id")
            .fetch_all(&mut *bot.db().await)
            .await
            .unwrap();
    assert_eq!(actions, ["task.deadline", "task.text", "task.cancelled"]);
}

#[tokio::test]
async fn an_officer_cannot_edit_even_with_a_forged_button() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let id = bot.seed_task(c.unit_a, Some(day(15, 1, 2026)), "Việc").await;
    let card = bot.ask(&c.officer_a, &format!("/viec {id}")).await;
    let toast = bot.press_for_toast(&c.officer_a, &card, &format!("e:{id}:h")).await;
    assert!(toast.unwrap_or_default().contains("Chỉ Trưởng ban"), "refused");
    let deadline: String = sqlx::query_scalar("SELECT deadline FROM tasks WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(deadline, "2026-01-15");
}

/// A deadline already past or a start date is asked back with what is wrong; a recurrence
/// makes a recurring task; words around a deadline do not defeat it.
#[tokio::test]
async fn giao_asks_back_a_deadline_it_cannot_take_as_typed() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let chair = c.chair.private();
    let said =
        |sent: Vec<crate::support::Sent>| sent.into_iter().map(|m| m.text).collect::<Vec<_>>().join("\n");
    // Today is Monday 5/1/2026.
    let past = said(bot.exchange(&c.chair, &chair, "/giao Sở Tư pháp | trước ngày 2/1 | Việc A").await);
    assert!(past.contains("đã qua") && past.contains("02/01/2026"), "{past}");
    assert!(past.contains("Thời hạn hoàn thành"), "the dialogue asks for the deadline again: {past}");
    let start = said(bot.exchange(&c.chair, &chair, "/giao Sở Tư pháp | từ ngày 15/3 | Việc B").await);
    assert!(start.contains("ngày bắt đầu"), "{start}");
    let monthly =
        said(bot.exchange(&c.chair, &chair, "/giao Sở Tư pháp | trước ngày 20 hằng tháng | Việc C").await);
    assert!(monthly.contains("Đã giao nhiệm vụ") && monthly.contains("NV-0001/01-2026"), "{monthly}");
    assert!(monthly.contains("Định kỳ: hằng tháng, ngày 20") && monthly.contains("20/01/2026"), "{monthly}");
    let created = said(
        bot.exchange(&c.chair, &chair, "/giao Sở Tư pháp | xong trước 15/9 để liên thông | Việc D").await,
    );
    assert!(created.contains("Đã giao nhiệm vụ") && created.contains("15/9/2026"), "{created}");
    let deadline: Option<NaiveDate> = sqlx::query_scalar("SELECT deadline FROM tasks WHERE text = 'Việc D'")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(deadline, Some(day(15, 9, 2026)));
}
