//! Importing conclusion notices and spreadsheets: the reader against real and written notices,
//! the preview dialogue, duplicates, broken input, the round trip of an export, the CLI and the
//! demo.

use std::io::Write as _;
use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;
use dondoc::domain::Programme;
use dondoc::import::{Assignee, Group, Reading};
use dondoc::text::units::UnitNames;

use crate::support::{Committee, NowUtc, Options, Sent, TestBot, TgUser};

fn day(d: u32, m: u32, y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn units(list: &[(i64, &str, &str)]) -> Vec<UnitNames> {
    list.iter().map(|(id, n, s)| UnitNames { id: *id, names: vec![n.to_string(), s.to_string()] }).collect()
}

/// (label, leads, co-units, deadline, programme) of every proposal.
type Row = (String, Vec<Assignee>, Vec<i64>, Option<NaiveDate>, Programme);

fn rows(r: &Reading) -> Vec<Row> {
    r.proposals
        .iter()
        .map(|p| {
            (p.item.clone().unwrap_or_default(), p.leads.clone(), p.co_units.clone(), p.deadline, p.programme)
        })
        .collect()
}

const U: fn(i64) -> Assignee = Assignee::Unit;
const DEPARTMENTS: Assignee = Assignee::Group(Group::Departments);
const DISTRICTS: Assignee = Assignee::Group(Group::Districts);

/// The real conclusion notice of Thái Bình (08/8/2023), read when the steering repository is
/// next to this one; the list below was written by hand from the notice.
#[test]
fn the_example_notice_imports_every_assigned_item_with_its_units_and_deadlines() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/examples/002_cee3a482afddff29.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not here (the repository stands alone without it)", path.display());
        return;
    };
    let registered = units(&[
        (1, "Sở Thông tin và Truyền thông", "Sở TT&TT"),
        (2, "Công an tỉnh", "Công an tỉnh"),
        (3, "Sở Tư pháp", "Sở Tư pháp"),
        (4, "Sở Nội vụ", "Sở Nội vụ"),
        (5, "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
        (6, "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH"),
        (7, "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"),
        (8, "Bảo hiểm xã hội tỉnh", "BHXH tỉnh"),
        (9, "Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh"),
        (10, "Ủy ban nhân dân thành phố Thái Bình", "UBND TP Thái Bình"),
        (11, "Ủy ban nhân dân huyện Vũ Thư", "UBND huyện Vũ Thư"),
    ]);
    let r = dondoc::import::read_text(&text, &registered, day(1, 1, 2026)).unwrap();
    assert_eq!(r.date, Some(day(8, 8, 2023)));
    assert_eq!(r.source.as_deref(), Some("Thông báo kết luận ngày 08/8/2023"));
    let (cds, da06) = (Programme::Cds, Programme::Da06);
    let both = vec![DEPARTMENTS, DISTRICTS];
    let expected: Vec<Row> = vec![
        ("1.1".into(), both.clone(), vec![], None, cds),
        ("1.1".into(), both.clone(), vec![], Some(day(15, 8, 2023)), cds),
        ("1.1".into(), both.clone(), vec![], None, cds),
        // "Tập trung chỉ đạo …; tiếp tục …. Thực hiện tái cấu trúc …; hoàn thành trong Quý III":
        // a step with a deadline of its own is a task of its own.
        ("1.1".into(), both.clone(), vec![], None, cds),
        ("1.1".into(), both.clone(), vec![], Some(day(30, 9, 2023)), cds),
        ("1.2".into(), vec![U(1)], vec![2], Some(day(15, 8, 2023)), cds),
        ("1.2".into(), vec![U(1)], vec![], None, cds),
        ("1.2".into(), vec![U(1)], vec![], None, cds),
        ("1.2".into(), vec![U(1)], vec![], None, cds),
        ("1.3".into(), vec![U(7)], vec![], None, cds),
        ("1.4".into(), vec![U(4)], vec![], None, cds),
        ("1.5".into(), vec![U(5)], vec![1], None, cds),
        // A directive to everyone, no agency named: the secretariat assigns it in the preview.
        ("2.1".into(), vec![], vec![], None, da06),
        ("2.2".into(), both.clone(), vec![], Some(day(31, 8, 2023)), da06),
        // Two sentences, two duties: the joint services, and each its own files on time.
        ("2.3".into(), vec![U(3), U(2), U(1), U(6), U(8), DISTRICTS], vec![], None, da06),
        ("2.3".into(), vec![U(3), U(2), U(1), U(6), U(8), DISTRICTS], vec![], None, da06),
        ("2.4".into(), vec![U(2), U(1)], vec![], None, da06),
        ("2.5".into(), vec![U(1)], vec![], None, da06),
        ("2.6".into(), vec![U(6)], vec![], None, da06),
        // Each sentence of an item is followed up apart: the equipment, then the training.
        ("2.7".into(), vec![U(9)], vec![], None, da06),
        ("2.7".into(), vec![U(9)], vec![], None, da06),
        ("2.8".into(), vec![DEPARTMENTS], vec![2], None, da06),
        // Digitising the results, cleaning the data, and "Trước mắt" the civil-status plan.
        ("2.9".into(), vec![DISTRICTS], vec![], None, da06),
        ("2.9".into(), vec![DISTRICTS], vec![], None, da06),
        ("2.9".into(), vec![DISTRICTS], vec![], None, da06),
    ];
    assert_eq!(rows(&r), expected);
    // "Trước mắt chỉ đạo thực hiện có hiệu quả, đảm bảo tiến độ …": the connector sets no scene
    // up to the comma; the work is all of what follows it.
    assert!(
        r.proposals[24].text.starts_with("chỉ đạo thực hiện có hiệu quả, đảm bảo"),
        "{}",
        r.proposals[24].text
    );
    assert!(r.proposals.iter().all(|p| !p.text.contains("Trên đây là")), "the closing is not a task");
}

fn hoa_an_units() -> Vec<UnitNames> {
    units(&[
        (1, "Sở Khoa học và Công nghệ", "Sở KH&CN"),
        (2, "Công an tỉnh", "Công an tỉnh"),
        (3, "Sở Tư pháp", "Sở Tư pháp"),
        (4, "Sở Nội vụ", "Sở Nội vụ"),
        (8, "Bảo hiểm xã hội tỉnh", "BHXH tỉnh"),
        (9, "Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh"),
        (10, "Ủy ban nhân dân thành phố Hòa An", "UBND TP Hòa An"),
        (11, "Ủy ban nhân dân huyện Đông Hà", "UBND huyện Đông Hà"),
    ])
}

fn hoa_an_expected() -> Vec<Row> {
    let (cds, da06) = (Programme::Cds, Programme::Da06);
    vec![
        ("1.a".into(), vec![U(1)], vec![9], Some(day(30, 4, 2026)), cds),
        ("1.b".into(), vec![U(4)], vec![1], Some(day(30, 6, 2026)), cds),
        ("1.c".into(), vec![Assignee::Unknown("Sở Y tế".into())], vec![], Some(day(30, 9, 2026)), cds),
        ("1.d".into(), vec![DEPARTMENTS, DISTRICTS], vec![], Some(day(15, 4, 2026)), cds),
        ("2.1".into(), vec![U(2)], vec![3], Some(day(30, 6, 2026)), da06),
        ("2.2".into(), vec![U(8)], vec![2], Some(day(30, 6, 2026)), da06),
        ("2.3".into(), vec![DISTRICTS], vec![], Some(day(31, 5, 2026)), da06),
        ("2.3".into(), vec![DISTRICTS], vec![], None, da06),
        ("2.4".into(), vec![U(9)], vec![], None, da06),
    ]
}

const HOA_AN: &str = include_str!("../fixtures/thong-bao-hoa-an.txt");

/// Our own notice, written in the style of the real ones: a numbered header, "a)" items
/// under sections, an agency heading with bullets, an unregistered agency, groups of units.
#[test]
fn a_notice_in_the_committees_style_imports_exactly_its_tasks() {
    let r = dondoc::import::read_text(HOA_AN, &hoa_an_units(), day(1, 1, 2026)).unwrap();
    assert_eq!(r.date, Some(day(12, 3, 2026)));
    assert_eq!(r.source.as_deref(), Some("Thông báo số 128/TB-UBND ngày 12/3/2026"));
    assert!(r.title.as_deref().is_some_and(|t| t.starts_with("THÔNG BÁO Kết luận")), "{:?}", r.title);
    assert_eq!(rows(&r), hoa_an_expected());
    // Statistics, the assessment and the closing are not tasks.
    assert!(r.proposals.iter().all(|p| !p.text.contains("52 nhiệm vụ") && !p.text.contains("thông báo để")));
}

/// A Word document: the same notice, in paragraphs.
fn docx_of(text: &str) -> Vec<u8> {
    let mut body = String::new();
    for line in text.lines() {
        let escaped = line.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        body.push_str(&format!("<w:p><w:r><w:t xml:space=\"preserve\">{escaped}</w:t></w:r></w:p>"));
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>").unwrap();
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(document.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_word_document_reads_like_its_text() {
    let bytes = docx_of(HOA_AN);
    let r = dondoc::import::read_file("thong-bao.docx", &bytes, &hoa_an_units(), day(1, 1, 2026)).unwrap();
    assert_eq!(rows(&r), hoa_an_expected());
}

/// The committee of the tests plus the agencies of the Hòa An notice, but not Sở Y tế.
async fn committee_for_hoa_an() -> (TestBot, Committee) {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let now = bot.clock.now_utc();
    let mut tx = bot.app.store.begin().await.unwrap();
    for (name, short) in [
        ("Sở Khoa học và Công nghệ", "Sở KH&CN"),
        ("Sở Nội vụ", "Sở Nội vụ"),
        ("Bảo hiểm xã hội tỉnh", "BHXH tỉnh"),
    ] {
        dondoc::store::units::add(&mut tx, name, short, &[], now).await.unwrap();
    }
    tx.commit().await.unwrap();
    (bot, c)
}

async fn task_count(bot: &TestBot) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM tasks").fetch_one(&mut *bot.db().await).await.unwrap()
}

/// Pastes the notice in two parts, as Telegram splits a long paste, and returns the preview.
async fn paste(bot: &TestBot, s: &TgUser, text: &str) -> Sent {
    let ask = bot.ask(s, "/nhap").await;
    assert!(ask.text.contains("thông báo kết luận"), "{}", ask.text);
    let cut = text.char_indices().nth(text.chars().count() / 2).unwrap().0;
    bot.ask(s, &text[..cut]).await;
    let received = bot.ask(s, &text[cut..]).await;
    assert!(received.text.contains("Đã nhận 2 phần"), "{}", received.text);
    bot.press(s, &received, &received.button("Xử lý")).await
}

#[tokio::test]
async fn a_pasted_notice_is_previewed_edited_confirmed_and_its_officers_told() {
    let (bot, c) = committee_for_hoa_an().await;
    let s = &c.secretariat;
    let preview = paste(&bot, s, HOA_AN).await;
    assert!(
        preview.text.contains("Thông báo số 128/TB-UBND ngày 12/3/2026") && preview.text.contains("9 mục"),
        "{}",
        preview.text
    );
    assert!(preview.text.contains("“Sở Y tế” (chưa có"), "{}", preview.text);
    assert!(preview.text.contains("1 mục chưa xác định được đơn vị chủ trì: 1.c"), "{}", preview.text);
    assert_eq!(task_count(&bot).await, 0, "nothing saved before the confirmation");

    // 1.c names Sở Y tế, which the committee has not registered: the preview adds it.
    let edit = bot.press(s, &preview, &preview.button("✏️ 1.c")).await;
    let preview = bot.press(s, &edit, &edit.button("Thêm đơn vị")).await;
    assert!(!preview.text.contains("chưa xác định"), "{}", preview.text);
    // 2.1's deadline moves; 2.4 is dropped.
    let edit = bot.press(s, &preview, &preview.button("✏️ 2.1")).await;
    bot.press(s, &edit, &edit.button("Thời hạn")).await;
    let preview = bot.ask(s, "31/7/2026").await;
    assert!(preview.text.contains("hạn 31/7/2026"), "{}", preview.text);
    let page2 = bot.press(s, &preview, &preview.button("Sau")).await;
    let page2 = bot.press(s, &page2, &page2.button("🗑 2.4")).await;
    assert!(page2.text.contains("<s><b>2.4</b>"), "{}", page2.text);

    let done = bot.press(s, &page2, &page2.button("Xác nhận")).await;
    assert!(done.text.contains("Đã tạo"), "{}", done.text);
    // 1.d and 2.3 name groups: one task per unit (9 departments, 2 districts).
    let units: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM units").fetch_one(&mut *bot.db().await).await.unwrap();
    assert_eq!(units, 10);
    assert_eq!(task_count(&bot).await, 1 + 1 + 1 + 10 + 1 + 1 + 2 + 2);
    let (item, source, deadline): (String, String, String) =
        sqlx::query_as("SELECT item_number, source_document, deadline FROM tasks WHERE item_number = '2.1'")
            .fetch_one(&mut *bot.db().await)
            .await
            .unwrap();
    assert_eq!(
        (item.as_str(), source.as_str(), deadline.as_str()),
        ("2.1", "Thông báo số 128/TB-UBND ngày 12/3/2026", "2026-07-31")
    );
    // The officers of the lead units get their cards: Sở Tư pháp leads one of 1.d's tasks.
    let card = bot.fake.next_message(c.officer_a.id).await;
    assert!(
        card.text.contains("nhiệm vụ mới") && card.text.contains("danh mục dữ liệu dùng chung"),
        "{}",
        card.text
    );
    let stale = bot.press_for_toast(s, &page2, &page2.button("Xác nhận")).await;
    assert!(stale.unwrap_or_default().contains("đã được xác nhận"), "confirmed once");
}

#[tokio::test]
async fn importing_the_same_notice_twice_is_refused_unless_forced() {
    let (bot, c) = committee_for_hoa_an().await;
    let s = &c.secretariat;
    let preview = paste(&bot, s, HOA_AN).await;
    let preview = bot.press(s, &preview, &preview.button("🗑 1.c")).await;
    bot.press(s, &preview, &preview.button("Xác nhận")).await;
    let first = task_count(&bot).await;
    assert!(first > 0);

    let again = paste(&bot, s, HOA_AN).await;
    let again = bot.press(s, &again, &again.button("🗑 1.c")).await;
    let refused = bot.press(s, &again, &again.button("Xác nhận")).await;
    assert!(
        refused.text.contains("đã được nhập") && refused.text.contains(&format!("{first} nhiệm vụ")),
        "{}",
        refused.text
    );
    assert_eq!(task_count(&bot).await, first);
    bot.press(s, &refused, &refused.button("Vẫn nhập")).await;
    assert_eq!(task_count(&bot).await, first * 2, "forced");
}

#[tokio::test]
async fn broken_input_gets_a_clear_answer_and_saves_nothing() {
    let (bot, c) = committee_for_hoa_an().await;
    let s = &c.secretariat;
    let scanned =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/office/scanned.pdf"))
            .unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("trong.txt", Vec::new(), "trống"),
        ("gia-mao.docx", b"\x00\x01\x02 this is not a zip file at all".to_vec(), "không phải tài liệu Word"),
        // Under the file limit, over the text limit.
        ("qua-dai.txt", "Sở Tư pháp ".repeat(500_000).into_bytes(), "quá lớn"),
        // Over the file limit: refused by its size before it is downloaded.
        ("qua-lon.pdf", vec![b'%'; 50 * 1024 * 1024], "quá lớn"),
        ("gia-mao.pdf", b"<html>not a pdf</html>".to_vec(), "không phải văn bản PDF"),
        ("ban-scan.pdf", scanned, "bản scan"),
        (
            "bang.csv",
            "Họ tên;Số điện thoại\nNguyễn Văn A;0912\n".as_bytes().to_vec(),
            "không có cột “Nội dung”",
        ),
        (
            "khong-co-viec.txt",
            "Kính gửi các đồng chí.\nCuộc họp đã diễn ra tốt đẹp.".as_bytes().to_vec(),
            "Không tìm thấy nhiệm vụ",
        ),
        ("anh.png", vec![0x89, b'P', b'N', b'G', 0, 0, 0, 0], "Chỉ nhập được"),
    ];
    for (name, bytes, expected) in cases {
        bot.ask(s, "/nhap").await;
        bot.fake.send_document(s, &s.private(), name, &bytes, None);
        let answer = bot.fake.next_message(s.id).await;
        assert!(answer.text.contains(expected), "{name}: {}", answer.text);
        // One sentence, saying what to do.
        let sentences = answer.text.trim_end_matches('.').matches(". ").count() + 1;
        assert!(sentences == 1 || expected.starts_with("Không tìm thấy"), "{name}: {}", answer.text);
        assert!(
            ["Đề nghị", "đề nghị"].iter().any(|w| answer.text.contains(w)) || expected.starts_with("Chỉ"),
            "{name}: {}",
            answer.text
        );
    }
    // Pasted text with no task, and a file sent without /nhap.
    bot.ask(s, "/nhap").await;
    let received = bot.ask(s, "Cảm ơn các đồng chí đã dự họp.").await;
    let answer = bot.press(s, &received, &received.button("Xử lý")).await;
    assert!(answer.text.contains("Không tìm thấy nhiệm vụ"), "{}", answer.text);
    bot.fake.send_document(s, &s.private(), "thong-bao.txt", HOA_AN.as_bytes(), None);
    let answer = bot.fake.next_message(s.id).await;
    assert!(answer.text.contains("gửi lệnh /nhap trước"), "{}", answer.text);
    // An officer's file is not imported.
    bot.fake.send_document(
        &c.officer_a,
        &c.officer_a.private(),
        "thong-bao.txt",
        HOA_AN.as_bytes(),
        Some("/nhap"),
    );
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(!answer.text.contains("Xem trước"), "{}", answer.text);
    assert_eq!(task_count(&bot).await, 0);
    let drafts: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM imports").fetch_one(&mut *bot.db().await).await.unwrap();
    assert_eq!(drafts, 0, "no draft of a file that could not be read");
}

#[tokio::test]
async fn a_word_file_sent_with_nhap_as_caption_goes_straight_to_the_preview() {
    let (bot, c) = committee_for_hoa_an().await;
    let s = &c.secretariat;
    bot.fake.send_document(s, &s.private(), "thong-bao-128.docx", &docx_of(HOA_AN), Some("/nhap"));
    let preview = bot.fake.next_message(s.id).await;
    assert!(
        preview.text.contains("thong-bao-128.docx") && preview.text.contains("9 mục"),
        "{}",
        preview.text
    );
}

#[tokio::test]
async fn the_spreadsheet_export_imports_back_unchanged_and_a_csv_too() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    bot.seed_task_with(c.unit_a, &[c.unit_b], Some(day(30, 6, 2026)), "Việc có phối hợp & <ký tự>").await;
    bot.seed_task(c.unit_b, None, "Việc thường xuyên").await;
    let export = bot.ask(&c.secretariat, "/xuat").await;
    let (name, bytes) = export.file.clone().unwrap();

    // Into a second committee's database, unchanged.
    let (other, oc) = TestBot::with_committee(Options::default()).await;
    other.ask(&oc.secretariat, "/nhap").await;
    other.fake.send_document(&oc.secretariat, &oc.secretariat.private(), &name, &bytes, None);
    let preview = other.fake.next_message(oc.secretariat.id).await;
    assert!(preview.text.contains("2 mục") && preview.text.contains("tạo <b>2</b>"), "{}", preview.text);
    other.press(&oc.secretariat, &preview, &preview.button("Xác nhận")).await;
    let tasks: Vec<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT t.text, u.short_name, t.deadline FROM tasks t JOIN units u ON u.id = t.lead_unit_id ORDER BY t.id",
    )
    .fetch_all(&mut *other.db().await)
    .await
    .unwrap();
    assert_eq!(
        tasks,
        [
            (
                "Việc có phối hợp & <ký tự>".to_string(),
                "Sở Tư pháp".to_string(),
                Some("2026-06-30".to_string())
            ),
            ("Việc thường xuyên".to_string(), "Sở TT&TT".to_string(), None),
        ]
    );
    let co: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM task_co_units")
        .fetch_one(&mut *other.db().await)
        .await
        .unwrap();
    assert_eq!(co, 1, "co-units come back too");

    // Back into the same database: the codes are its own tasks, left out.
    bot.ask(&c.secretariat, "/nhap").await;
    bot.fake.send_document(&c.secretariat, &c.secretariat.private(), &name, &bytes, None);
    let preview = bot.fake.next_message(c.secretariat.id).await;
    assert!(preview.text.contains("giữ 0") && preview.text.contains("tạo <b>0</b>"), "{}", preview.text);

    // A CSV with ';' as Excel writes it in Vietnam.
    let csv =
        "Nội dung;Đơn vị chủ trì;Hạn hoàn thành;Chương trình\nSố hóa hồ sơ;Công an tỉnh;30/9/2026;Đề án 06\n";
    other.ask(&oc.secretariat, "/nhap").await;
    other.fake.send_document(&oc.secretariat, &oc.secretariat.private(), "viec.csv", csv.as_bytes(), None);
    let preview = other.fake.next_message(oc.secretariat.id).await;
    assert!(
        preview.text.contains("Công an tỉnh") && preview.text.contains("hạn 30/9/2026"),
        "{}",
        preview.text
    );
}

#[test]
fn the_cli_dry_run_prints_the_proposed_tasks_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let notice = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/thong-bao-hoa-an.txt");
    let run = |args: &[&str]| {
        crate::support::dondoc_binary(dir.path()).env("DONDOC_LOG", "warn").args(args).output().unwrap()
    };
    let out = run(&["import", notice.to_str().unwrap(), "--dry-run"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("Thông báo số 128/TB-UBND ngày 12/3/2026 — 9 mục"), "{stdout}");
    assert!(stdout.contains("2.1 | ") && stdout.contains("30/6/2026"), "{stdout}");
    assert!(stdout.contains("Chạy thử"), "{stdout}");
    // As JSON: an array, one object per task and lead, nothing else on stdout.
    let out = run(&["import", notice.to_str().unwrap(), "--dry-run", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tasks: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("only JSON on stdout");
    assert_eq!(tasks.len(), 10, "9 items, 1.d for two groups: {tasks:#?}");
    assert_eq!(
        tasks[0],
        serde_json::json!({
            "item": "1.a",
            "lead": "Sở Khoa học và Công nghệ",
            "co_units": ["Văn phòng UBND tỉnh"],
            "deadline": "2026-04-30",
            "deadline_text": "trước ngày 30/4/2026",
            "text": tasks[0]["text"],
        })
    );
    assert!(tasks[0]["text"].as_str().unwrap().starts_with("hoàn thiện Kiến trúc chính quyền số"));
    let leads: Vec<&str> =
        tasks.iter().filter(|t| t["item"] == "1.d").map(|t| t["lead"].as_str().unwrap()).collect();
    assert_eq!(leads, ["Các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố"]);
    assert!(tasks.iter().any(|t| t["deadline"].is_null() && t["deadline_text"] == "hằng quý"));
    // A group the document narrows shows what it says next to the group.
    let narrowed = dir.path().join("cong-dien.txt");
    std::fs::write(
        &narrowed,
        "Kết luận như sau:\n1. UBND các xã, phường ven biển khẩn trương kiểm đếm tàu thuyền trước ngày 18/9/2026.\n",
    )
    .unwrap();
    let out = run(&["import", narrowed.to_str().unwrap(), "--dry-run"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(
            "1 | UBND các xã, phường (văn bản ghi: “UBND các xã, phường ven biển”) | 18/9/2026 | kiểm đếm"
        ),
        "{stdout}"
    );
    // A file that cannot be read: one sentence on stderr, nothing on stdout.
    let scanned = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/office/scanned.pdf");
    let out = run(&["import", scanned.to_str().unwrap(), "--dry-run", "--json"]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("bản scan"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A real import with unknown units is refused, naming them.
    let out = run(&["import", notice.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("1.a"), "{}", String::from_utf8_lossy(&out.stderr));
    // The demo fills the empty database; the import then finds its units.
    let out = run(&["demo"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Đã tạo dữ liệu mẫu"));
    let again = run(&["demo"]);
    assert!(!again.status.success(), "the demo only fills an empty database");
}

#[tokio::test]
async fn the_demo_gives_a_newcomer_a_real_summary_at_once() {
    let bot = TestBot::start(Options { admins: vec![7], ..Options::default() }).await;
    let said = dondoc::cli::demo(&bot.app).await.unwrap();
    assert!(said.contains("đơn vị"), "{said}");
    let summary = bot.ask(&TgUser::new(7, "Người mới"), "/tonghop").await;
    assert!(
        summary.text.contains("Tổng số: <b>") && summary.text.contains("Nhiệm vụ quá hạn"),
        "{}",
        summary.text
    );
    assert!(summary.text.contains("Đã hoàn thành: <b>"), "{}", summary.text);
    bot.fake.assert_silent(7, Duration::from_millis(100)).await;
}
