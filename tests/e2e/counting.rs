//! Counting as the Government Office counts (issue 20): a committee whose tasks sit in every
//! status (each phase within its deadline, due soon, overdue and without one; done on time and
//! late; suspended; returned; cancelled), checked figure by figure in `/tonghop`, `/danhgia` and
//! the spreadsheet against values worked out by hand below.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use chrono::{NaiveDate, TimeZone, Utc};

use crate::support::{Committee, Options, TestBot};

fn day(d: u32, m: u32, y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Today is Monday 5/01/2026; with 3 working days, due soon is a deadline from 5/01 to 8/01.
///
/// | id | unit | status | deadline | completed | standing |
/// |----|------|--------|----------|-----------|----------|
/// | 1 | A | not started | 30/01/2026 | | within |
/// | 2 | A | not started | 07/01/2026 | | due soon |
/// | 3 | A | not started | 20/12/2025 | | overdue (reported 25/12, late) |
/// | 4 | A | not started | none | | no deadline |
/// | 5 | A | in progress | 15/02/2026 | | within; a request for more time waits |
/// | 6 | A | in progress | 05/01/2026 | | due soon (today) |
/// | 7 | A | in progress | 01/12/2025 | | overdue 35 days; an obstacle waits |
/// | 8 | A | in progress | none | | no deadline |
/// | 9 | A | done | 20/12/2025 | 18/12/2025 | on time (reported 17/12) |
/// | 10 | A | done | 10/12/2025 | 15/12/2025 | late |
/// | 11 | B | awaiting | 31/01/2026 | 03/01/2026 | within |
/// | 12 | B | awaiting | 08/01/2026 | 04/01/2026 | due soon |
/// | 13 | B | awaiting | 02/01/2026 | 04/01/2026 | overdue (reported late) |
/// | 14 | B | awaiting | none | 02/01/2026 | no deadline |
/// | 15 | B | done | 31/12/2025 | 31/12/2025 | on time (reported 30/12) |
/// | 16 | B | done | none | 20/12/2025 | on time |
/// | 17 | B | in progress | 01/12/2025 | | suspended by the chair (obstacle left out) |
/// | 18 | B | not started | 28/12/2025 | | returned by B's officer |
/// | 19 | B | cancelled | 01/12/2025 | | left out |
/// | 20 | Police | in progress | 22/12/2025 | | overdue |
/// | 21 | Police | done | 15/12/2025 | 20/12/2025 | late (reported 14/12) |
async fn committee_in_every_status() -> (TestBot, Committee) {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let (a, b, p) = (c.unit_a, c.unit_b, c.unit_police);
    // Lead unit, deadline, status, text, completed on.
    type Seeded<'a> = (i64, Option<NaiveDate>, &'a str, &'a str, Option<NaiveDate>);
    let tasks: [Seeded; 21] = [
        (a, Some(day(30, 1, 2026)), "not_started", "A trong hạn", None),
        (a, Some(day(7, 1, 2026)), "not_started", "A sắp đến hạn", None),
        (a, Some(day(20, 12, 2025)), "not_started", "A chưa làm quá hạn", None),
        (a, None, "not_started", "A chưa làm thường xuyên", None),
        (a, Some(day(15, 2, 2026)), "in_progress", "A đang làm trong hạn", None),
        (a, Some(day(5, 1, 2026)), "in_progress", "A đang làm hạn hôm nay", None),
        (a, Some(day(1, 12, 2025)), "in_progress", "A đang làm quá hạn", None),
        (a, None, "in_progress", "A đang làm thường xuyên", None),
        (a, Some(day(20, 12, 2025)), "done", "A xong đúng hạn", Some(day(18, 12, 2025))),
        (a, Some(day(10, 12, 2025)), "done", "A xong trễ", Some(day(15, 12, 2025))),
        (
            b,
            Some(day(31, 1, 2026)),
            "awaiting_confirmation",
            "B chờ xác nhận trong hạn",
            Some(day(3, 1, 2026)),
        ),
        (b, Some(day(8, 1, 2026)), "awaiting_confirmation", "B chờ xác nhận sắp hạn", Some(day(4, 1, 2026))),
        (b, Some(day(2, 1, 2026)), "awaiting_confirmation", "B chờ xác nhận trễ", Some(day(4, 1, 2026))),
        (b, None, "awaiting_confirmation", "B chờ xác nhận thường xuyên", Some(day(2, 1, 2026))),
        (b, Some(day(31, 12, 2025)), "done", "B xong đúng hạn", Some(day(31, 12, 2025))),
        (b, None, "done", "B xong thường xuyên", Some(day(20, 12, 2025))),
        (b, Some(day(1, 12, 2025)), "in_progress", "B tạm dừng", None),
        (b, Some(day(28, 12, 2025)), "not_started", "B không thuộc đơn vị", None),
        (b, Some(day(1, 12, 2025)), "cancelled", "B đã hủy", None),
        (p, Some(day(22, 12, 2025)), "in_progress", "CA đang làm quá hạn", None),
        (p, Some(day(15, 12, 2025)), "done", "CA xong trễ", Some(day(20, 12, 2025))),
    ];
    for (i, (unit, deadline, status, text, completed)) in tasks.iter().enumerate() {
        let id = bot.seed_task(*unit, *deadline, text).await;
        assert_eq!(id, i as i64 + 1);
        let progress = match *status {
            "done" | "awaiting_confirmation" => 100,
            "in_progress" => 50,
            _ => 0,
        };
        sqlx::query("UPDATE tasks SET status = ?, completed_on = ?, progress = ? WHERE id = ?")
            .bind(status)
            .bind(completed)
            .bind(progress)
            .bind(id)
            .execute(&mut *bot.db().await)
            .await
            .unwrap();
    }
    // Obstacles: NV-0007's waits; NV-0017's will not once the task is suspended.
    sqlx::query("UPDATE tasks SET has_obstacle = 1 WHERE id IN (7, 17)")
        .execute(&mut *bot.db().await)
        .await
        .unwrap();
    // Reports, by the deadline or after it (09:00 in Hà Nội).
    for (task, on) in
        [(3, day(25, 12, 2025)), (9, day(17, 12, 2025)), (15, day(30, 12, 2025)), (21, day(14, 12, 2025))]
    {
        let at = chrono_tz::Asia::Ho_Chi_Minh
            .from_local_datetime(&on.and_hms_opt(9, 0, 0).unwrap())
            .unwrap()
            .with_timezone(&Utc);
        sqlx::query(
            "INSERT INTO status_reports (task_id, member_id, reported_at, kind, percent, text, source) \
             VALUES (?, NULL, ?, 'in_progress', 50, 'đang thực hiện', 'command')",
        )
        .bind(task)
        .bind(at)
        .execute(&mut *bot.db().await)
        .await
        .unwrap();
    }

    // Set aside through the commands, and a request for more time through the officer's.
    let suspended = bot.ask(&c.chair, "/tamdung NV-0017 | chờ hướng dẫn của Bộ Khoa học và Công nghệ").await;
    assert!(suspended.text.contains("Đã tạm dừng thực hiện nhiệm vụ <b>NV-0017</b>"), "{}", suspended.text);
    // B's officer is told first; the answer to the return comes after.
    bot.drain().await;
    bot.fake.mark_read(c.secretariat.id);
    let returned = bot.ask(&c.officer_b, "/tralai NV-0018 | nội dung thuộc chức năng của Công an tỉnh").await;
    assert!(returned.text.contains("trả lại nhiệm vụ <b>NV-0018</b>"), "{}", returned.text);
    let notice = bot.fake.next_message(c.secretariat.id).await;
    assert!(
        notice.text.contains("<b>Sở TT&amp;TT</b> trả lại nhiệm vụ <b>NV-0018</b>")
            && notice.text.contains("thuộc chức năng của Công an tỉnh"),
        "{}",
        notice.text
    );
    assert!(notice.buttons().iter().any(|(l, _)| l.contains("Đổi đơn vị chủ trì")), "{:?}", notice.buttons());
    let asked = bot.ask(&c.officer_a, "/giahan NV-0005 28/2/2026 chờ bố trí kinh phí").await;
    assert!(asked.text.contains("NV-0005"), "{}", asked.text);
    bot.drain().await;
    (bot, c)
}

#[tokio::test]
async fn the_summary_leads_with_what_needs_the_chair_and_counts_every_status_with_both_rates() {
    let (bot, c) = committee_in_every_status().await;
    let t = bot.ask(&c.chair, "/tonghop").await.text;
    // What needs the chair first: overdue 3, 7, 13, 20; due soon 2, 6, 12; the obstacle on 7
    // (17's is suspended); the request on 5.
    let lead = t.find("Nội dung cần Ban Chỉ đạo quan tâm chỉ đạo").expect("the chair's part");
    assert!(lead < t.find("Tổng số").unwrap(), "{t}");
    for line in [
        "• Nhiệm vụ quá hạn: <b>4</b>",
        "• Nhiệm vụ sắp đến hạn (trong 3 ngày làm việc): <b>3</b>",
        "• Khó khăn, vướng mắc chờ xử lý: <b>1</b>",
        "• Đề nghị gia hạn chờ quyết định: <b>1</b>",
        // 21 tasks, 1 cancelled; done 9, 15, 16 on time, 10, 21 late: 5 of 20 is 25%.
        "Tổng số: <b>20</b> nhiệm vụ",
        "Đã hoàn thành: <b>5</b> (25%), trong đó đúng hạn 3, quá hạn 2",
        // In progress 5, 6, 7, 8, 20 and awaiting 11–14: 9, of which 7, 20, 13 behind.
        "Đang thực hiện: <b>9</b>, trong đó <b>3 chậm tiến độ</b>",
        "Chưa thực hiện: <b>4</b> (1 đã quá hạn)",
        "Thường xuyên (không có thời hạn): 3",
        "Quá hạn trên 30 ngày: <b>1</b>",
        // Within · due soon · overdue · no deadline.
        "⏸ Chưa thực hiện: 1 · 1 · 1 · 1",
        "🔄 Đang thực hiện: 1 · 1 · 2 · 1",
        "📨 Chờ xác nhận hoàn thành: 1 · 1 · 1 · 1",
        "⏹ Tạm dừng: <b>1</b> · ↩ Đơn vị trả lại, chờ giao lại: <b>1</b>",
        // 5 done ÷ (5 done + 4 overdue) = 55,55…%; 3 on time ÷ 5 done = 60%.
        "Tỷ lệ hoàn thành: <b>55,6%</b>",
        "Tỷ lệ hoàn thành đúng hạn: <b>60%</b>",
    ] {
        assert!(t.contains(line), "{line}\n{t}");
    }
    assert!(t.contains("không tính nhiệm vụ còn trong hạn"), "the rate's definition is shown: {t}");
    assert!(t.contains("(số hoàn thành đúng hạn ÷ số hoàn thành)"), "{t}");
    // The overdue named: neither the suspended nor the returned task.
    assert!(t.contains("Nhiệm vụ quá hạn</b> (4/4"), "{t}");
    assert!(!t.contains("NV-0017") && !t.contains("NV-0018"), "{t}");
    assert!(t.encode_utf16().count() < 4096);

    let overdue = bot.ask(&c.chair, "/quahan").await.text;
    assert!(overdue.contains("NV-0007") && !overdue.contains("NV-0017"), "{overdue}");

    // The chart draws the tasks set aside in a colour of their own (B has both).
    let photo = bot.ask(&c.chair, "/bieudo").await;
    let (_, png) = photo.file.clone().expect("a chart");
    let image = image::load_from_memory(&png).unwrap().to_rgb8();
    let amber = image.pixels().filter(|p| p.0 == [230, 170, 40]).count();
    assert!(amber > 1000, "{amber}");
}

#[tokio::test]
async fn the_scorecard_ranks_units_by_the_rubric_with_their_bands() {
    let (bot, c) = committee_in_every_status().await;
    let t = bot.ask(&c.deputy, "/danhgia 12/2025").await.text;
    assert!(t.contains("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ") && t.contains("Tháng 12/2025"), "{t}");
    // Due in December: A 3, 7, 9, 10; B 15 (17 suspended, 18 returned, 19 cancelled left out);
    // Police 20, 21. Score = (80 × on time + 40 × late + 20 × reported by the deadline) ÷ (done
    // or overdue): B (80 + 20) ÷ 1 = 100; A (80 + 40 + 20) ÷ 4 = 35; Police (40 + 20) ÷ 2 = 30.
    let b = t
        .find(
            "1. <b>Sở TT&amp;TT</b> — <b>100</b> điểm, xuất sắc\nđến hạn 1 · đúng hạn 1 · quá hạn đã hoàn thành 0 \
             · quá hạn chưa hoàn thành 0 · báo cáo đúng hạn 1",
        )
        .expect(&t);
    let a = t
        .find(
            "2. <b>Sở Tư pháp</b> — <b>35</b> điểm, chưa hoàn thành\nđến hạn 4 · đúng hạn 1 · quá hạn đã hoàn thành 1 \
             · quá hạn chưa hoàn thành 2 · báo cáo đúng hạn 1",
        )
        .expect(&t);
    let p = t
        .find(
            "3. <b>Công an tỉnh</b> — <b>30</b> điểm, chưa hoàn thành\nđến hạn 2 · đúng hạn 0 · quá hạn đã hoàn thành 1 \
             · quá hạn chưa hoàn thành 1 · báo cáo đúng hạn 1",
        )
        .expect(&t);
    assert!(b < a && a < p);
    assert!(
        t.contains("từ 90 điểm xuất sắc, từ 75 điểm tốt, từ 50 điểm hoàn thành"),
        "the rubric is shown: {t}"
    );

    // This month by default: A's 1, 2, 6 are all still within their deadline (not scored); B's
    // 13 is overdue, with no report: 0.
    let t = bot.ask(&c.chair, "/danhgia").await.text;
    assert!(t.contains("Tháng 1/2026"), "{t}");
    let b = t.find("1. <b>Sở TT&amp;TT</b> — <b>0</b> điểm, chưa hoàn thành").expect(&t);
    let a = t.find("2. <b>Sở Tư pháp</b> — chưa đánh giá").expect(&t);
    assert!(
        b < a && t.contains("đến hạn 3 · đúng hạn 0 · quá hạn đã hoàn thành 0 · quá hạn chưa hoàn thành 1"),
        "{t}"
    );

    let bad = bot.ask(&c.chair, "/danhgia tuần trước").await.text;
    assert!(bad.contains("Không xác định được kỳ đánh giá"), "{bad}");
    let refused = bot.ask(&c.officer_a, "/danhgia").await.text;
    assert!(!refused.contains("ĐÁNH GIÁ"), "{refused}");
}

fn number(row: &[Data], col: usize) -> f64 {
    match &row[col] {
        Data::Float(v) => *v,
        Data::Int(v) => *v as f64,
        other => panic!("column {col}: {other:?}"),
    }
}

#[tokio::test]
async fn the_spreadsheet_has_every_count_both_rates_and_the_scorecard() {
    let (bot, c) = committee_in_every_status().await;
    let doc = bot.ask(&c.secretariat, "/xuat").await;
    let (_, bytes) = doc.file.clone().expect("a spreadsheet");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["Nhiệm vụ", "Tổng hợp", "Đánh giá"]);
    let summary = book.worksheet_range("Tổng hợp").unwrap();
    let header: Vec<String> = summary.rows().nth(2).unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(
        &header[10..],
        [
            "Sắp đến hạn",
            "Chờ xác nhận hoàn thành",
            "Tạm dừng",
            "Trả lại, chờ giao lại",
            "Tỷ lệ hoàn thành (%)",
            "Tỷ lệ đúng hạn (%)"
        ]
    );
    let row = |name: &str| -> Vec<f64> {
        let r = summary.rows().find(|r| r[0] == name).unwrap_or_else(|| panic!("{name}"));
        (1..=15).map(|col| number(r, col)).collect()
    };
    // Total, on time, late, in progress within, behind, not started within, not started
    // overdue, no deadline, share done, due soon, awaiting, suspended, returned, completion
    // rate, on-time rate.
    assert_eq!(
        row("TỔNG CỘNG"),
        [20.0, 3.0, 2.0, 6.0, 3.0, 3.0, 1.0, 3.0, 25.0, 3.0, 4.0, 1.0, 1.0, 55.6, 60.0]
    );
    // A: 2 done ÷ (2 + 2 overdue) = 50%; 1 on time of 2.
    assert_eq!(
        row("Sở Tư pháp"),
        [10.0, 1.0, 1.0, 3.0, 1.0, 3.0, 1.0, 2.0, 20.0, 2.0, 0.0, 0.0, 0.0, 50.0, 50.0]
    );
    // B: 2 done ÷ (2 + 1 overdue) = 66,7%; both on time.
    assert_eq!(
        row("Sở TT&TT"),
        [8.0, 2.0, 0.0, 3.0, 1.0, 0.0, 0.0, 1.0, 25.0, 1.0, 4.0, 1.0, 1.0, 66.7, 100.0]
    );
    assert!(summary.rows().any(|r| r[0].to_string().starts_with("Tỷ lệ hoàn thành = số hoàn thành ÷")));

    // Without a period the sheet scores this year: January's tasks (see the scorecard test).
    let card = book.worksheet_range("Đánh giá").unwrap();
    let first = card.rows().nth(3).unwrap();
    assert_eq!(first[1].to_string(), "Sở TT&TT");
    assert_eq!((2..=7).map(|col| number(first, col)).collect::<Vec<_>>(), [3.0, 0.0, 0.0, 1.0, 0.0, 0.0]);
    assert_eq!(first[8].to_string(), "chưa hoàn thành");

    // For the fourth quarter of 2025, December's figures.
    let doc = bot.ask(&c.secretariat, "/xuat q4/2025").await;
    let (_, bytes) = doc.file.clone().expect("a spreadsheet");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let card = book.worksheet_range("Đánh giá").unwrap();
    assert_eq!(card.rows().next().unwrap()[0].to_string(), "Quý IV/2025");
    let lines: Vec<(String, Vec<f64>, String)> = card
        .rows()
        .skip(3)
        .take_while(|r| r[0] != Data::Empty)
        .map(|r| (r[1].to_string(), (2..=7).map(|col| number(r, col)).collect(), r[8].to_string()))
        .collect();
    assert_eq!(
        lines,
        [
            ("Sở TT&TT".to_string(), vec![1.0, 1.0, 0.0, 0.0, 1.0, 100.0], "xuất sắc".to_string()),
            ("Sở Tư pháp".to_string(), vec![4.0, 1.0, 1.0, 2.0, 1.0, 35.0], "chưa hoàn thành".to_string()),
            ("Công an tỉnh".to_string(), vec![2.0, 0.0, 1.0, 1.0, 1.0, 30.0], "chưa hoàn thành".to_string()),
        ]
    );
    // The rubric and the rates' definitions under the table.
    assert!(card.rows().any(|r| r[0].to_string().starts_with("Đến hạn: nhiệm vụ có thời hạn trong kỳ")));
    assert!(card.rows().any(|r| r[0].to_string().starts_with("Tỷ lệ hoàn thành = số hoàn thành ÷")));
}

#[tokio::test]
async fn a_suspended_task_resumes_and_a_returned_one_is_reassigned() {
    let (bot, c) = committee_in_every_status().await;
    let not_theirs = bot.ask(&c.officer_a, "/tralai NV-0011 | không phải của Sở Tư pháp").await.text;
    assert!(not_theirs.contains("Chỉ cán bộ đầu mối của đơn vị chủ trì"), "{not_theirs}");
    let twice = bot.ask(&c.chair, "/tamdung NV-0017 | lần nữa").await.text;
    assert!(twice.contains("đang tạm dừng"), "{twice}");
    let asked = bot.ask(&c.chair, "/tamdung NV-0001").await.text;
    assert!(asked.contains("Đề nghị nêu lý do tạm dừng nhiệm vụ <b>NV-0001</b>"), "{asked}");
    let done = bot.ask(&c.chair, "chờ ý kiến của Thường trực Tỉnh ủy").await.text;
    assert!(done.contains("Đã tạm dừng thực hiện nhiệm vụ <b>NV-0001</b>"), "{done}");

    let card = bot.ask(&c.chair, "/viec NV-0017").await;
    assert!(card.text.contains("Tạm dừng thực hiện: chờ hướng dẫn"), "{}", card.text);
    let resumed = bot.press(&c.chair, &card, &card.button("Tiếp tục")).await;
    assert!(resumed.text.contains("<b>NV-0017</b> tiếp tục được theo dõi"), "{}", resumed.text);

    // The secretariat gives the returned task to the police: no longer set aside.
    let card = bot.ask(&c.secretariat, "/viec NV-0018").await;
    assert!(card.text.contains("Đơn vị trả lại"), "{}", card.text);
    let ask = bot.press(&c.secretariat, &card, &card.button("Đổi đơn vị chủ trì")).await;
    assert!(ask.text.contains("Đơn vị chủ trì mới?"), "{}", ask.text);
    let changed = bot.ask(&c.secretariat, "Công an tỉnh").await;
    assert!(
        changed.text.contains("Đơn vị chủ trì nhiệm vụ <b>NV-0018</b> đã được thay đổi"),
        "{}",
        changed.text
    );
    bot.drain().await;
    let t = bot.ask(&c.chair, "/tonghop").await.text;
    // 17 counts again (overdue), 18 is the police's and overdue, 1 is suspended.
    assert!(t.contains("• Nhiệm vụ quá hạn: <b>6</b>"), "{t}");
    assert!(t.contains("⏹ Tạm dừng: <b>1</b> · ↩ Đơn vị trả lại, chờ giao lại: <b>0</b>"), "{t}");

    // The officer's button on the card, then the reason.
    let card = bot.ask(&c.officer_a, "/viec NV-0002").await;
    let ask = bot.press(&c.officer_a, &card, &card.button("Không thuộc đơn vị")).await;
    assert!(ask.text.contains("Đề nghị nêu lý do trả lại nhiệm vụ <b>NV-0002</b>"), "{}", ask.text);
    let done = bot.ask(&c.officer_a, "thuộc chức năng của Sở Nội vụ").await;
    assert!(done.text.contains("trả lại nhiệm vụ <b>NV-0002</b>"), "{}", done.text);
    bot.drain().await;
    let t = bot.ask(&c.chair, "/tonghop").await.text;
    assert!(t.contains("↩ Đơn vị trả lại, chờ giao lại: <b>1</b>"), "{t}");
    assert!(t.contains("• Nhiệm vụ sắp đến hạn (trong 3 ngày làm việc): <b>2</b>"), "NV-0002 no longer: {t}");
}

/// A local time in Hà Nội in 2026.
fn hanoi(d: u32, m: u32, h: u32) -> chrono::DateTime<Utc> {
    chrono_tz::Asia::Ho_Chi_Minh.with_ymd_and_hms(2026, m, d, h, 0, 0).unwrap().with_timezone(&Utc)
}

#[tokio::test]
async fn a_suspended_task_gets_no_reminders_until_it_resumes() {
    let env = vec![("DONDOC_DIGEST".into(), "off".into()), ("DONDOC_REPORTS".into(), "off".into())];
    let (bot, c) = TestBot::with_committee(Options { env, ..Options::default() }).await;
    // Due Monday 12/01: reminders 3 and 1 working days before (Wednesday 7/01, Friday 9/01) and
    // on the day, at 08:00.
    bot.seed_task(c.unit_a, Some(day(12, 1, 2026)), "Rà soát thủ tục").await;
    let suspended = bot.ask(&c.secretariat, "/tamdung NV-0001 | chờ kết luận của Thường trực").await;
    assert!(suspended.text.contains("Đã tạm dừng"), "{}", suspended.text);
    bot.drain().await;
    let to_officer = |bot: &TestBot| -> Vec<String> {
        bot.fake.all_sent().into_iter().filter(|s| s.chat_id == c.officer_a.id).map(|s| s.text).collect()
    };
    let told = to_officer(&bot);
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].contains("được tạm dừng thực hiện") && told[0].contains("chờ kết luận"), "{}", told[0]);

    bot.settle_at(hanoi(7, 1, 9)).await;
    bot.settle_at(hanoi(9, 1, 9)).await;
    assert_eq!(to_officer(&bot).len(), 1, "no reminder while suspended: {:?}", to_officer(&bot));

    let resumed = bot.ask(&c.chair, "/tieptuc NV-0001").await;
    assert!(resumed.text.contains("tiếp tục được theo dõi"), "{}", resumed.text);
    bot.settle_at(hanoi(12, 1, 9)).await;
    let told = to_officer(&bot);
    assert!(told[1].contains("tiếp tục thực hiện"), "{told:?}");
    assert!(told[2..].iter().any(|t| t.contains("NV-0001") && t.contains("Hôm nay là thời hạn")), "{told:?}");
}
