//! The chair's view: the summary in the group, filters, drill-down, chart, spreadsheet, the
//! weekly digest and the periodic reports.

use std::io::Cursor;
use std::time::Duration;

use calamine::{Data, Reader, Xlsx};
use chrono::{NaiveDate, TimeZone, Utc};
use chrono_tz::Asia::Ho_Chi_Minh;

use crate::support::{Chat, Committee, NowUtc, Options, Sent, TestBot, TgUser};

fn day(d: u32, m: u32, y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(d: u32, m: u32, h: u32, min: u32) -> chrono::DateTime<Utc> {
    Ho_Chi_Minh.with_ymd_and_hms(2026, m, d, h, min, 0).unwrap().with_timezone(&Utc)
}

/// Today is Monday 5/1/2026. Unit A: 1 done on time, 1 done late, 2 overdue (one 40 days),
/// 1 on time; unit B: 1 overdue, 1 not started, 1 without deadline; 1 cancelled.
async fn committee_with_tasks() -> (TestBot, Committee, Chat) {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let group = Chat::group(-100_321, "BCĐ CĐS tỉnh");
    bot.say(&c.chair, &group, "/nhom").await;
    let a1 = bot.seed_task(c.unit_a, Some(day(20, 12, 2025)), "Đã xong đúng hạn").await;
    let a2 = bot.seed_task(c.unit_a, Some(day(10, 12, 2025)), "Đã xong trễ").await;
    bot.seed_task(c.unit_a, Some(day(26, 11, 2025)), "Trễ bốn mươi ngày").await;
    bot.seed_task(c.unit_a, Some(day(2, 1, 2026)), "Trễ ba ngày").await;
    bot.seed_task(c.unit_a, Some(day(30, 1, 2026)), "Còn hạn").await;
    bot.seed_task(c.unit_b, Some(day(1, 1, 2026)), "TTTT trễ").await;
    bot.seed_task(c.unit_b, Some(day(20, 3, 2026)), "TTTT chưa làm").await;
    bot.seed_task(c.unit_b, None, "TTTT thường xuyên").await;
    let cancelled = bot.seed_task(c.unit_b, Some(day(1, 12, 2025)), "Đã hủy").await;
    let mut db = bot.db().await;
    for (id, completed) in [(a1, day(18, 12, 2025)), (a2, day(15, 12, 2025))] {
        sqlx::query("UPDATE tasks SET status = 'done', progress = 100, completed_on = ? WHERE id = ?")
            .bind(completed)
            .bind(id)
            .execute(&mut *db)
            .await
            .unwrap();
    }
    sqlx::query("UPDATE tasks SET status = 'cancelled' WHERE id = ?")
        .bind(cancelled)
        .execute(&mut *db)
        .await
        .unwrap();
    sqlx::query(
        "UPDATE tasks SET status = 'in_progress', progress = 40 WHERE text LIKE 'Trễ%' OR text = 'Còn hạn'",
    )
    .execute(&mut *db)
    .await
    .unwrap();
    drop(db);
    (bot, c, group)
}

#[tokio::test]
async fn the_chair_asks_in_the_group_and_gets_the_summary_in_one_message() {
    let (bot, c, group) = committee_with_tasks().await;
    let summary = bot.say(&c.chair, &group, "/tonghop").await;
    let t = &summary.text;
    assert!(t.contains("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ") && t.contains("05/01/2026"), "{t}");
    assert!(t.contains("Tổng số: <b>8</b> nhiệm vụ"), "cancelled left out: {t}");
    assert!(t.contains("Đã hoàn thành: <b>2</b> (25%), trong đó đúng hạn 1, quá hạn 1"), "{t}");
    assert!(t.contains("Đang thực hiện: <b>3</b>, trong đó <b>2 chậm tiến độ</b>"), "{t}");
    assert!(t.contains("Chưa thực hiện: <b>3</b> (1 đã quá hạn)"), "{t}");
    assert!(t.contains("Thường xuyên (không có thời hạn): 1"), "{t}");
    assert!(t.contains("Quá hạn trên 30 ngày: <b>1</b>"), "{t}");
    // Units with the most overdue first; overdue tasks most late first, the long-late flagged.
    let a = t.find("1. Sở Tư pháp — <b>2</b>/5").expect("unit A first");
    let b = t.find("2. Sở TT&amp;TT — <b>1</b>/3").expect("unit B second");
    assert!(a < b);
    let forty = t.find("quá hạn 40 ngày 🚨").expect("40 days, flagged");
    let four = t.find("quá hạn 4 ngày").expect("TTTT's, 4 days");
    let three = t.find("quá hạn 3 ngày").expect("3 days");
    assert!(forty < four && four < three, "{t}");
    assert!(t.encode_utf16().count() < 4096);
    assert!(summary.reply_to.is_some(), "threaded under the chair's command");
    let labels: Vec<String> = summary.buttons().into_iter().map(|(l, _)| l).collect();
    assert!(labels.iter().any(|l| l.contains("Quá hạn (3)")), "{labels:?}");
}

#[tokio::test]
async fn an_officer_asking_in_the_group_is_refused_politely() {
    let (bot, c, group) = committee_with_tasks().await;
    let refused = bot.say(&c.officer_a, &group, "/tonghop").await;
    assert!(refused.text.contains("Lệnh /tonghop chỉ dành cho"), "{}", refused.text);
    assert!(!refused.text.contains("Tổng số"));
    let refused = bot.say(&c.officer_a, &group, "/quahan").await;
    assert!(refused.text.contains("dành cho"), "{}", refused.text);
}

#[tokio::test]
async fn filters_narrow_the_summary_and_an_unknown_one_is_explained() {
    let (bot, c, _) = committee_with_tasks().await;
    let unit = bot.ask(&c.chair, "/tonghop sở tư pháp").await;
    assert!(unit.text.contains("Sở Tư pháp") && unit.text.contains("Tổng số: <b>5</b>"), "{}", unit.text);
    let year = bot.ask(&c.chair, "/tonghop 2025").await;
    assert!(year.text.contains("Năm 2025") && year.text.contains("Tổng số: <b>3</b>"), "{}", year.text);
    let quarter = bot.ask(&c.chair, "/tonghop q1/2026 so tttt").await;
    assert!(
        quarter.text.contains("Quý I/2026") && quarter.text.contains("Tổng số: <b>2</b>"),
        "{}",
        quarter.text
    );
    let programme = bot.ask(&c.chair, "/tonghop đề án 06").await;
    assert!(
        programme.text.contains("Đề án 06") && programme.text.contains("Tổng số: <b>0</b>"),
        "{}",
        programme.text
    );
    // Nghị quyết 57-NQ/TW, however it is typed.
    sqlx::query("UPDATE tasks SET programme = 'nq57' WHERE text IN ('Trễ ba ngày', 'TTTT chưa làm')")
        .execute(&mut *bot.db().await)
        .await
        .unwrap();
    for typed in ["nq57", "nghị quyết 57", "Nghị quyết số 57-NQ/TW", "57-NQ/TW"] {
        let nq57 = bot.ask(&c.chair, &format!("/tonghop {typed}")).await;
        assert!(
            nq57.text.contains("Nghị quyết 57-NQ/TW") && nq57.text.contains("Tổng số: <b>2</b>"),
            "{typed}: {}",
            nq57.text
        );
    }
    let nq57 = bot.ask(&c.chair, "/tonghop q1/2026 nq57 sở tư pháp").await;
    assert!(
        nq57.text.contains("Quý I/2026, Nghị quyết 57-NQ/TW, Sở Tư pháp")
            && nq57.text.contains("Tổng số: <b>1</b>"),
        "{}",
        nq57.text
    );
    let unknown = bot.ask(&c.chair, "/tonghop tuần trước").await;
    assert!(
        unknown.text.contains("Chưa xác định được") && unknown.text.contains("q3/2026"),
        "{}",
        unknown.text
    );
}

#[tokio::test]
async fn the_drill_down_buttons_open_the_overdue_list_the_table_a_unit_and_the_chart() {
    let (bot, c, group) = committee_with_tasks().await;
    let summary = bot.say(&c.chair, &group, "/tonghop").await;
    let overdue = bot.press(&c.chair, &summary, &summary.button("Quá hạn")).await;
    assert!(
        overdue.text.contains("3 nhiệm vụ") && overdue.text.contains("Trễ bốn mươi ngày"),
        "{}",
        overdue.text
    );
    assert!(!overdue.text.contains("Còn hạn"), "{}", overdue.text);

    let table = bot.press(&c.chair, &summary, &summary.button("Bảng theo đơn vị")).await;
    assert!(table.text.contains("<pre>") && table.text.contains("TỔNG CỘNG"), "{}", table.text);
    let pre = &table.text[table.text.find("<pre>").unwrap()..table.text.find("</pre>").unwrap()];
    assert!(pre.lines().any(|l| l.starts_with("Sở Tư pháp") && l.ends_with("   5   2   1   2   0")), "{pre}");

    let units = bot.press(&c.chair, &summary, &summary.button("Xem từng đơn vị")).await;
    let unit_list = bot.press(&c.chair, &units, &units.button("Sở TT&TT")).await;
    assert!(unit_list.text.contains("TTTT trễ") && !unit_list.text.contains("Còn hạn"), "{}", unit_list.text);

    let chart = bot.press(&c.chair, &summary, &summary.button("Biểu đồ")).await;
    assert_eq!(chart.method, "sendPhoto");

    let toast = bot.press_for_toast(&c.officer_a, &summary, &summary.button("Quá hạn")).await;
    assert!(toast.unwrap_or_default().contains("Chỉ Trưởng ban"), "an officer cannot drill down");
}

#[tokio::test]
async fn the_chart_arrives_as_a_valid_png_with_a_bar_per_unit() {
    let (bot, c, _) = committee_with_tasks().await;
    let photo: Sent = bot.ask(&c.chair, "/bieudo").await;
    assert_eq!(photo.method, "sendPhoto");
    let (name, bytes) = photo.file.clone().expect("an uploaded file");
    assert!(name.ends_with(".png"));
    let image = image::load_from_memory(&bytes).expect("a PNG that decodes").to_rgb8();
    assert_eq!(image.width(), 1000);
    assert!(image.height() >= 160 + 2 * 34);
    let red = image.pixels().filter(|p| p.0 == [214, 50, 48]).count();
    let green = image.pixels().filter(|p| p.0 == [46, 160, 67]).count();
    assert!(red > 1000 && green > 1000, "overdue and done bars are drawn: {red} {green}");
    assert!(photo.text.contains("Nhiệm vụ theo đơn vị"), "{}", photo.text);
}

#[tokio::test]
async fn the_spreadsheet_arrives_as_a_valid_xlsx_with_vietnamese_headers_and_a_summary_sheet() {
    let (bot, c, _) = committee_with_tasks().await;
    let doc = bot.ask(&c.secretariat, "/xuat").await;
    assert_eq!(doc.method, "sendDocument");
    let (name, bytes) = doc.file.clone().expect("an uploaded file");
    assert!(name.ends_with(".xlsx"), "{name}");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("an xlsx that opens");
    // The units' scorecard comes third (issue 20; its figures: tests/e2e/counting.rs).
    assert_eq!(book.sheet_names(), ["Nhiệm vụ", "Tổng hợp", "Đánh giá"]);
    let tasks = book.worksheet_range("Nhiệm vụ").unwrap();
    let header: Vec<String> = tasks.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(&header[..6], ["Mã", "Số mục", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]);
    assert_eq!(tasks.height(), 1 + 9, "every task, cancelled ones too");
    let row = tasks.rows().find(|r| r[2] == "Trễ bốn mươi ngày").expect("the task's row");
    assert_eq!(row[0].to_string(), "NV-0003");
    assert_eq!(row[3].to_string(), "Sở Tư pháp");
    assert!(matches!(row[5], Data::DateTime(_)), "the deadline is a real date: {:?}", row[5]);
    assert_eq!(row[13], Data::Float(40.0), "days late");
    let summary = book.worksheet_range("Tổng hợp").unwrap();
    let total = summary.rows().find(|r| r[0] == "TỔNG CỘNG").expect("a total row");
    assert_eq!(total[1], Data::Float(8.0));
    assert_eq!(total[2], Data::Float(1.0), "done on time");
    assert_eq!(total[3], Data::Float(1.0), "done late");
    assert_eq!(total[5], Data::Float(2.0), "behind schedule");
}

#[tokio::test]
async fn the_full_report_for_a_period_is_a_message_a_chart_and_a_spreadsheet() {
    let (bot, c, _) = committee_with_tasks().await;
    let summary = bot.ask(&c.secretariat, "/tonghop 6 tháng đầu năm 2026 đầy đủ").await;
    assert!(summary.text.contains("6 tháng đầu năm 2026"), "{}", summary.text);
    let chart = bot.fake.next_message(c.secretariat.id).await;
    let sheet = bot.fake.next_message(c.secretariat.id).await;
    assert_eq!((chart.method.as_str(), sheet.method.as_str()), ("sendPhoto", "sendDocument"));
}

#[tokio::test]
async fn the_weekly_digest_goes_to_the_group_at_the_configured_time_once() {
    let options = Options { env: vec![("DONDOC_DIGEST".into(), "tue 09:00".into())], ..Options::default() };
    let (bot, c) = TestBot::with_committee(options).await;
    let group = Chat::group(-100_654, "BCĐ");
    bot.say(&c.chair, &group, "/nhom").await;
    bot.seed_task(c.unit_a, Some(day(7, 1, 2026)), "Sắp quá hạn").await;
    bot.settle_at(at(6, 1, 8, 59)).await;
    bot.fake.assert_silent(group.id(), Duration::from_millis(100)).await;
    bot.settle_at(at(6, 1, 9, 0)).await;
    let digest = bot.fake.next_message(group.id()).await;
    assert!(
        digest.text.contains("TỔNG HỢP TUẦN") && digest.text.contains("Tổng số: <b>1</b>"),
        "{}",
        digest.text
    );
    assert!(digest.text.contains("giao mới 1"), "{}", digest.text);
    // What needs the chair leads: the task due Wednesday is due soon on Tuesday.
    let lead =
        digest.text.find("• Nhiệm vụ sắp đến hạn (trong 3 ngày làm việc): <b>1</b>").expect(&digest.text);
    assert!(lead < digest.text.find("Tổng số").unwrap(), "{}", digest.text);
    bot.settle_at(at(6, 1, 15, 0)).await;
    let bot = bot.restart().await;
    bot.settle_at(at(9, 1, 10, 0)).await;
    bot.fake.assert_silent(group.id(), Duration::from_millis(200)).await;
    // The next week's: the task became overdue meanwhile.
    bot.settle_at(at(13, 1, 9, 0)).await;
    let next = bot.fake.next_message(group.id()).await;
    assert!(next.text.contains("mới quá hạn 1") && next.text.contains("NV-0001"), "{}", next.text);
}

#[tokio::test]
async fn the_monthly_report_goes_to_the_secretariat_with_its_spreadsheet() {
    let options = Options { env: vec![("DONDOC_REPORTS".into(), "monthly=25".into())], ..Options::default() };
    let (bot, c) = TestBot::with_committee(options).await;
    bot.seed_task(c.unit_a, Some(day(30, 1, 2026)), "Việc tháng một").await;
    bot.fake.mark_read(c.secretariat.id);
    // The 25th of January 2026 is a Sunday: the report goes on Friday the 23rd.
    bot.settle_at(at(23, 1, 8, 0)).await;
    let message = bot.fake.next_message(c.secretariat.id).await;
    assert!(message.text.contains("BÁO CÁO THÁNG 1/2026"), "{}", message.text);
    // The month's scorecard: the task is due on the 30th, not scored yet.
    assert!(
        message.text.contains("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
            && message.text.contains("1. <b>Sở Tư pháp</b> — chưa đánh giá"),
        "{}",
        message.text
    );
    let file = bot.fake.next_message(c.secretariat.id).await;
    assert_eq!(file.method, "sendDocument");
    let (_, bytes) = file.file.expect("a spreadsheet");
    let book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["Nhiệm vụ", "Tổng hợp", "Đánh giá"]);
}

/// 5,000 tasks across 60 units still make one message under Telegram's limit.
#[tokio::test]
async fn the_summary_of_five_thousand_tasks_across_sixty_units_is_one_message() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let now = bot.clock.now_utc();
    let mut tx = bot.app.store.begin().await.unwrap();
    let mut units = Vec::new();
    for i in 0..60 {
        let name = format!("Ủy ban nhân dân xã có tên rất dài số {i} thuộc huyện miền núi");
        units.push(dondoc::store::units::add(&mut tx, &name, &name, &[], now).await.unwrap());
    }
    for i in 0..5000usize {
        let task = dondoc::store::tasks::NewTask {
            text: format!("Nhiệm vụ {i}: {}", "triển khai nền tảng số ".repeat(8)),
            lead_unit_id: units[i % 60],
            co_unit_ids: Vec::new(),
            deadline: Some(day(1, 1, 2025) + chrono::Duration::days((i % 700) as i64)),
            programme: dondoc::domain::Programme::Cds,
            source_document: None,
            item_number: None,
            year: None,
            every: None,
        };
        dondoc::store::tasks::create(&mut tx, &task, None, now).await.unwrap();
    }
    tx.commit().await.unwrap();
    let summary = bot.ask(&c.chair, "/tonghop").await;
    assert!(summary.text.contains("Tổng số: <b>5.000</b>"), "Vietnamese thousands: {}", &summary.text[..300]);
    assert!(summary.text.encode_utf16().count() < 4096, "{}", summary.text.encode_utf16().count());
    bot.fake.assert_silent(c.chair.id, Duration::from_millis(200)).await;
    let table = bot.press(&c.chair, &summary, &summary.button("Bảng theo đơn vị")).await;
    assert_eq!(table.method, "sendDocument", "60 units: the table goes as a file");
}

/// The database counts a scope by unit and status (a nation's tasks are not read one by one);
/// those counts, and the most overdue tasks, are the ones counting task by task gives, on
/// deadlines and completions either side of every boundary (the day itself, thirty days late),
/// for every status, over several days and scopes.
#[tokio::test]
async fn counting_in_the_database_agrees_with_counting_task_by_task() {
    use dondoc::domain::{Period, Programme, Scope};
    use dondoc::store::seed::TaskRow;
    use dondoc::summaries::summary;
    use rand::{Rng, SeedableRng, rngs::StdRng};

    let dir = tempfile::tempdir().unwrap();
    let store = dondoc::store::Store::connect(&format!("sqlite://{}", dir.path().join("c.db").display()))
        .await
        .unwrap();
    let today = day(23, 11, 2026);
    let created = Utc.with_ymd_and_hms(2026, 1, 5, 2, 0, 0).unwrap();
    let mut rng = StdRng::seed_from_u64(7);
    let mut tx = store.begin().await.unwrap();
    let mut units = Vec::new();
    for u in 0..6 {
        units.push(
            dondoc::store::units::add(&mut tx, &format!("Đơn vị {u}"), &format!("ĐV{u}"), &[], created)
                .await
                .unwrap(),
        );
    }
    // Days near the boundaries the rules turn on, and some anywhere in two years.
    let near = |rng: &mut StdRng| {
        let offsets = [-62, -31, -30, -29, -8, -1, 0, 1, 2, 40];
        if rng.random_bool(0.8) {
            today + chrono::Duration::days(offsets[rng.random_range(0..offsets.len())])
        } else {
            today + chrono::Duration::days(rng.random_range(-400..300))
        }
    };
    let statuses = ["not_started", "in_progress", "awaiting_confirmation", "done", "cancelled"];
    let programmes = Programme::ALL;
    let rows: Vec<TaskRow> = (1..=1500)
        .map(|id| {
            let deadline = rng.random_bool(0.85).then(|| near(&mut rng));
            let status = statuses[rng.random_range(0..statuses.len())];
            let completed_on = match status {
                // Reported on a day that has come.
                "done" | "awaiting_confirmation" | "cancelled" => {
                    rng.random_bool(0.8).then(|| near(&mut rng).min(today))
                }
                _ => None,
            };
            TaskRow {
                id,
                item_number: id.to_string(),
                text: format!("Nhiệm vụ {id}"),
                programme: programmes[rng.random_range(0..programmes.len())].as_str(),
                source_document: String::new(),
                year: rng.random_bool(0.7).then(|| rng.random_range(2025..=2026)),
                lead_unit_id: units[rng.random_range(0..units.len())],
                deadline,
                status,
                progress: 0,
                has_obstacle: false,
                completed_on,
                last_report_at: None,
                created_at: created,
            }
        })
        .collect();
    dondoc::store::seed::tasks(&mut tx, &rows).await.unwrap();
    // Some set aside, whatever their status: a hold counts only on an open task.
    sqlx::query("UPDATE tasks SET hold = CASE WHEN id % 17 = 0 THEN 'suspended' ELSE 'returned' END WHERE id % 17 = 0 OR id % 23 = 0")
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let scopes = [
        Scope::default(),
        Scope { year: Some(2026), ..Scope::default() },
        Scope { programme: Some(Programme::Da06), ..Scope::default() },
        Scope { unit_id: Some(units[2]), ..Scope::default() },
        Scope { period: Some(Period::Quarter { year: 2026, quarter: 4 }), ..Scope::default() },
    ];
    let mut conn = store.conn().await.unwrap();
    let (mut overdue_seen, mut soon_seen, mut held_seen) = (0, 0, 0);
    for on in [today, today + chrono::Duration::days(3), today + chrono::Duration::days(31)] {
        for scope in &scopes {
            let soon = on + chrono::Duration::days(4);
            let built = summary::build(&mut conn, scope, on, soon).await.unwrap();
            let task_rows = dondoc::store::reports::count_rows(&mut conn, scope).await.unwrap();
            let names = dondoc::store::reports::unit_names(&mut conn).await.unwrap();
            let reference = summary::count(&task_rows, &names, on, soon);
            assert_eq!(built.counts, reference.counts, "{scope:?} on {on}");
            let by_unit =
                |s: &dondoc::domain::counting::Summary| -> Vec<(i64, dondoc::domain::counting::Counts)> {
                    s.units.iter().map(|u| (u.unit_id, u.counts)).collect()
                };
            assert_eq!(by_unit(&built), by_unit(&reference), "{scope:?} on {on}");
            let overdue = |s: &dondoc::domain::counting::Summary| -> Vec<(i64, i64)> {
                s.overdue.iter().map(|o| (o.id, o.days_late)).collect()
            };
            assert_eq!(overdue(&built), overdue(&reference), "{scope:?} on {on}");
            overdue_seen += built.counts.overdue();
            soon_seen += built.counts.due_soon();
            held_seen += built.counts.suspended + built.counts.returned;
        }
    }
    assert!(overdue_seen > 100, "the data has late tasks to count: {overdue_seen}");
    assert!(soon_seen > 20 && held_seen > 20, "due soon {soon_seen}, held {held_seen}");
}

/// The writer is not held while heavy work is done: an officer's report made while the chair's
/// `/xuat` of five thousand tasks is built, the summary's chart or its table as a workbook
/// (100 units) is drawn, or the secretariat's long notice (a file, or pasted) is read, is
/// answered at once, not after it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn officers_are_answered_while_heavy_work_is_done() {
    use dondoc::seed::{Scale, seed};
    let bot = TestBot::start(Options::default()).await;
    let scale = Scale { units: 100, members_per_unit: 2, tasks: 5_000, reports: 5_000 };
    seed(&bot.app, &scale, 7).await.unwrap();
    // The first units hold the chair and the secretariat; the later ones, officers.
    let chair = TgUser::new(100_000_000, "Chủ tịch");
    let secretariat = TgUser::new(100_000_001, "Thường trực");
    let officer = TgUser::new(100_000_000 + 80 * 2, "Cán bộ");
    let mut db = bot.db().await;
    let code: String = sqlx::query_scalar(
        "SELECT code FROM tasks WHERE lead_unit_id = (SELECT unit_id FROM members WHERE telegram_id = ?) \
         AND status NOT IN ('done', 'cancelled') LIMIT 1",
    )
    .bind(officer.id)
    .fetch_one(&mut *db)
    .await
    .unwrap();
    let names: Vec<String> =
        sqlx::query_scalar("SELECT name FROM units ORDER BY id").fetch_all(&mut *db).await.unwrap();
    drop(db);
    // A long notice (80,000 characters, about 400 items): an item for a unit in each paragraph.
    let mut notice = String::from("THÔNG BÁO KẾT LUẬN\nGiao nhiệm vụ như sau:\n");
    for i in 1.. {
        let item = format!(
            "{i}. {} chủ trì, phối hợp với {} xây dựng kế hoạch số hóa hồ sơ, kết quả giải quyết thủ tục \
             hành chính năm 2027. Hoàn thành trước ngày 30/9/2027.\n",
            names[i % names.len()],
            names[(i * 7 + 3) % names.len()]
        );
        if notice.chars().count() + item.chars().count() > 80_000 {
            break;
        }
        notice.push_str(&item);
    }

    let report = |n: u32| format!("/capnhat {code} đang thực hiện, đạt {n}%");
    let mut n = 10;
    let mut during = async |label: &str, chat: i64, start: &dyn Fn()| {
        bot.fake.mark_read(chat);
        let started = std::time::Instant::now();
        start();
        let alone = bot.fake.next_message(chat).await;
        let took = started.elapsed();
        bot.fake.mark_read(chat);
        start();
        tokio::time::sleep(took / 5).await;
        let asked = std::time::Instant::now();
        n += 1;
        let answer = bot.ask(&officer, &report(n)).await;
        let waited = asked.elapsed();
        let again = bot.fake.next_message(chat).await;
        eprintln!("{label}: {took:?}; an officer's report during the next one answered in {waited:?}");
        assert!(answer.text.contains(&code), "{}", answer.text);
        assert!(waited < took / 3, "{label}: answered in {waited:?}, the work takes {took:?}");
        (alone, again)
    };

    let (alone, again) = during("/xuat", chair.id, &|| {
        bot.fake.send_text(&chair, &chair.private(), "/xuat");
    })
    .await;
    assert!(alone.file.is_some() && again.file.is_some(), "the workbook: {}", alone.text);

    let summary = bot.ask(&chair, "/tonghop").await;
    for label in ["Biểu đồ", "Bảng"] {
        let data = summary.button(label);
        let (alone, again) = during(label, chair.id, &|| {
            bot.fake.press(&chair, &chair.private(), summary.message_id, &data);
        })
        .await;
        assert!(alone.file.is_some() && again.file.is_some(), "{label}: {}", alone.text);
    }

    let (alone, _) = during("/nhap file", secretariat.id, &|| {
        bot.fake.send_document(
            &secretariat,
            &secretariat.private(),
            "thong-bao.txt",
            notice.as_bytes(),
            Some("/nhap"),
        );
    })
    .await;
    assert!(alone.text.contains("Hoàn thành trước") || !alone.buttons().is_empty(), "{}", alone.text);

    // Pasted in as many messages as Telegram needs, then "Xử lý": alone, then again with the
    // officer's report during the reading.
    let paste = async || {
        bot.ask(&secretariat, "/nhap").await;
        let mut last = None;
        let mut part = String::new();
        for line in notice.lines() {
            if part.chars().count() + line.chars().count() > 4_000 {
                last = Some(bot.ask(&secretariat, &part).await);
                part.clear();
            }
            part.push_str(line);
            part.push('\n');
        }
        match part.is_empty() {
            true => last.unwrap(),
            false => bot.ask(&secretariat, &part).await,
        }
    };
    let last = paste().await;
    let started = std::time::Instant::now();
    let alone = bot.press(&secretariat, &last, &last.button("Xử lý")).await;
    let took = started.elapsed();
    assert!(!alone.buttons().is_empty(), "{}", alone.text);
    let last = paste().await;
    bot.fake.press(&secretariat, &secretariat.private(), last.message_id, &last.button("Xử lý"));
    tokio::time::sleep(took / 5).await;
    let asked = std::time::Instant::now();
    let answer = bot.ask(&officer, &report(99)).await;
    let waited = asked.elapsed();
    bot.fake.next_message(secretariat.id).await;
    eprintln!("/nhap pasted: {took:?}; an officer's report during the next one answered in {waited:?}");
    assert!(answer.text.contains(&code), "{}", answer.text);
    assert!(waited < took / 3, "answered in {waited:?}, the reading takes {took:?}");
}
