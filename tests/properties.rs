//! Property tests of every parser that reads what people type or send: status replies,
//! deadline phrases, unit names, notices and spreadsheets, callback data, commands and their
//! arguments, summary filters, holiday files and reminder settings.
//!
//! Each property runs on two kinds of input: arbitrary Unicode (control characters,
//! right-to-left marks, emoji, lone combining marks) and "almost right" Vietnamese built from
//! the words and punctuation the parser looks for, which is where the edge cases live. The
//! properties: no panic, an answer in bounded time (a hang detector, not a benchmark), output
//! no larger than the input allows, and round trips where there is an inverse.
//!
//! `DONDOC_FUZZ_SCALE=N` runs N times the cases below (which keep `cargo test` quick; the
//! README's "Reliability" section quotes a deeper run); each test prints how many inputs it ran.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use dondoc::domain::schedule::{Offsets, parse_hour};
use dondoc::domain::{Calendar, TaskRef, parse_task_code, task_code, task_refs_in};
use dondoc::import;
use dondoc::summaries::filter;
use dondoc::text::deadline::{self, Context, Deadline};
use dondoc::text::units::{UnitNames, find_units, match_unit};
use dondoc::text::{fold::fold, status};
use dondoc::usecases::commands::Command;
use dondoc::view::callback::{Callback, Drill, EditField, ImportAction, StatusButton};
use dondoc::view::markup::split_html;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Telegram's longest message.
const TELEGRAM_TEXT: usize = 4096;
/// Far above anything the parsers do on a message; a hang or a quadratic blow-up exceeds it.
const SLOW: Duration = Duration::from_secs(2);

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn units() -> Vec<UnitNames> {
    let names: &[&[&str]] = &[
        &["Sở Thông tin và Truyền thông", "Sở TT&TT", "STTTT"],
        &["Sở Tư pháp"],
        &["Công an tỉnh", "CA tỉnh"],
        &["Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"],
        &["UBND huyện Hòa An", "Hòa An"],
        &["Văn phòng UBND tỉnh", "VP UBND tỉnh"],
        &["Các sở, ban, ngành"],
    ];
    names
        .iter()
        .enumerate()
        .map(|(i, n)| UnitNames { id: i as i64 + 1, names: n.iter().map(|s| s.to_string()).collect() })
        .collect()
}

/// The words and marks the parsers react to, so generated text hits their branches.
const VOCABULARY: &[&str] = &[
    "đã",
    "hoàn thành",
    "xong",
    "rồi",
    "chưa",
    "không",
    "đang",
    "triển khai",
    "thực hiện",
    "đạt",
    "%",
    "50",
    "100",
    "150",
    "vướng",
    "mắc",
    "khó khăn",
    "kinh phí",
    "xin",
    "gia hạn",
    "đến",
    "trước",
    "ngày",
    "tháng",
    "năm",
    "quý",
    "I",
    "II",
    "IV",
    "6 tháng",
    "cuối",
    "đầu",
    "giữa",
    "tuần",
    "sau",
    "thứ",
    "hai",
    "chủ nhật",
    "thường xuyên",
    "15/8",
    "31/12/2026",
    "30/02/2027",
    "2026",
    "2099",
    "0",
    "-1",
    "99999999999999999999",
    "Sở",
    "TT&TT",
    "Tư pháp",
    "Công an",
    "UBND",
    "huyện",
    "Hòa An",
    "chủ trì",
    "phối hợp",
    "giao",
    "Các sở, ban, ngành",
    "1.",
    "1.2.",
    "a)",
    "-",
    "+",
    "•",
    "|",
    ":",
    ";",
    ",",
    ".",
    "/",
    "(",
    ")",
    "\"",
    "<b>",
    "</b>",
    "&amp;",
    "<",
    ">",
    "&",
    "\n",
    "\n\n",
    "\t",
    " ",
    "  ",
    "\u{202e}",
    "\u{200b}",
    "\u{0301}",
    "\u{0000}",
    "\u{0007}",
    "🙂",
    "NV-0042",
    "nv42",
    "#7",
    "@dondoc_bot",
    "/capnhat",
    "/tonghop",
    "quahan",
    "đầy đủ",
    "tỉnh",
    "THÔNG BÁO",
    "Kết luận",
    "Chủ tịch",
    "ngày 08 tháng 8 năm 2023",
    "Số: 123/TB-UBND",
    "./.",
    "hoàn thành trước ngày",
    "Theo đó,",
    "trên cơ sở đề xuất của",
    "nếu có vướng mắc,",
    "căn cứ",
    "Đồng thời",
    "trong khi",
    "ĐTO -",
    "định kỳ",
    "yêu cầu",
    "các cơ quan, đơn vị",
    "UBND cấp huyện",
    "chịu trách nhiệm trước",
    // What the readers learnt from the last hold-outs: the lunar New Year, weeks and halves of
    // a month, "at once", a team's members, an addressee by its kind, items run together.
    "Tết",
    "Tết Nguyên đán",
    "Bính Ngọ",
    "Dương lịch",
    "nửa",
    "ngay",
    "mùng 5",
    "không quá",
    "Ông.",
    "Hoàng Văn Thuân",
    "- Trưởng đoàn:",
    "Kính gửi:",
    "Công ty",
    "Công ty cổ phần Khai thác",
    "Trước khi",
    "Đối với",
    "có văn bản đề nghị",
    "hoạt động",
    "được cấp giấy phép",
    "KCB BHYT",
    "HTX",
    "các phòng, ban",
    "Bản đồ",
    ". 5. ",
];

fn vietnamese(max_words: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCABULARY), 0..max_words).prop_map(|words| {
        let mut text = String::new();
        for (i, w) in words.iter().enumerate() {
            if i > 0 && !w.starts_with(['\n', ' ', '\t']) {
                text.push(' ');
            }
            text.push_str(w);
        }
        text
    })
}

/// Any text a Telegram message can carry.
fn message() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..TELEGRAM_TEXT).prop_map(|c| c.into_iter().collect()),
        vietnamese(400),
        // A long run of one word: what makes a backtracking parser slow.
        (prop::sample::select(VOCABULARY), 0..1500usize).prop_map(|(w, n)| format!("{w} ").repeat(n)),
    ]
    .prop_map(|s: String| s.chars().take(TELEGRAM_TEXT).collect())
}

/// Runs `property` over `cases` inputs (times `DONDOC_FUZZ_SCALE`), failing on a panic, a failed
/// property, or an input that takes longer than [`SLOW`]; prints the count.
fn check<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    static TOTAL: AtomicUsize = AtomicUsize::new(0);
    let scale: u32 = std::env::var("DONDOC_FUZZ_SCALE").ok().and_then(|c| c.parse().ok()).unwrap_or(1);
    let cases = cases * scale;
    let ran = AtomicUsize::new(0);
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    let result = runner.run(&strategy, |value| {
        ran.fetch_add(1, Ordering::Relaxed);
        let started = Instant::now();
        property(value)?;
        let took = started.elapsed();
        prop_assert!(took < SLOW, "took {took:?}");
        Ok(())
    });
    let ran = ran.into_inner();
    let total = TOTAL.fetch_add(ran, Ordering::Relaxed) + ran;
    println!("{name}: {ran} inputs (all properties so far: {total})");
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}

#[test]
fn status_replies() {
    check("status", 1000, message(), |text| {
        let reading = status::read(&text, today());
        prop_assert!(reading.percent.is_none_or(|p| p <= 100));
        if let status::Verdict::Unsure(guesses) = &reading.verdict {
            prop_assert!(!guesses.is_empty());
        }
        // A reading names what it rests on in the reply's own words.
        for cue in &reading.cues {
            prop_assert!(
                text.contains(cue.words.as_str()) || text.contains('\n') || text.contains('\r'),
                "{cue:?}"
            );
        }
        Ok(())
    });
}

#[test]
fn deadline_phrases() {
    check("deadline", 1000, message(), |text| {
        for cx in [Context::chat(today()), Context::document(today())] {
            let _ = deadline::parse(&text, cx);
            let _ = deadline::read_typed(&text, cx);
            if let Some((_, range)) = deadline::find(&text, cx) {
                // The range found is a real slice of the text.
                prop_assert!(text.get(range.clone()).is_some(), "{range:?}");
            }
        }
        Ok(())
    });
}

#[test]
fn dates_typed_in_full_read_back_as_themselves() {
    let dates = (2000i32..2100, 1u32..13, 1u32..32)
        .prop_filter_map("a real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    check("deadline round trip", 2000, dates, |date| {
        for typed in [date.format("%d/%m/%Y").to_string(), date.format("%-d/%-m/%Y").to_string()] {
            let read = deadline::parse(&typed, Context::chat(today()));
            prop_assert_eq!(read, Ok(Deadline::On(date)), "{}", typed);
        }
        Ok(())
    });
}

#[test]
fn unit_names() {
    let units = units();
    check("units", 1000, message(), |text| {
        match match_unit(&text, &units) {
            dondoc::text::units::UnitMatch::Many(ids) => prop_assert!(ids.len() >= 2),
            dondoc::text::units::UnitMatch::One(id) => prop_assert!(units.iter().any(|u| u.id == id)),
            dondoc::text::units::UnitMatch::NotFound => {}
        }
        for (id, range) in find_units(&text, &units) {
            prop_assert!(units.iter().any(|u| u.id == id));
            prop_assert!(text.get(range).is_some());
        }
        Ok(())
    });
}

#[test]
fn every_name_of_a_unit_finds_that_unit() {
    let units = units();
    let names: Vec<(i64, String)> =
        units.iter().flat_map(|u| u.names.iter().map(move |n| (u.id, n.clone()))).collect();
    let typed = (prop::sample::select(names), any::<bool>(), any::<bool>());
    check("unit names as typed", 500, typed, |((id, name), lower, strip)| {
        let mut typed = if lower { name.to_lowercase() } else { name.clone() };
        if strip {
            typed = fold(&typed);
        }
        prop_assert_eq!(match_unit(&typed, &units), dondoc::text::units::UnitMatch::One(id), "{}", typed);
        Ok(())
    });
}

fn notice() -> impl Strategy<Value = String> {
    // Numbered items with units and dates, shuffled with noise, in lines.
    prop::collection::vec(vietnamese(30), 0..60).prop_map(|lines| lines.join("\n"))
}

#[test]
fn notices() {
    let units = units();
    let input = prop_oneof![notice(), message()];
    check("notice import", 1500, input, |text| {
        // Prose puts several tasks on one line, one a sentence or a clause; none comes without
        // a mark of its own (a line, a full stop, a semicolon, a comma, a colon).
        let pieces =
            text.split(['\n', '.', ';', ',', ':', '!', '?']).filter(|p| !p.trim().is_empty()).count();
        if let Ok(reading) = import::read_text(&text, &units, today()) {
            prop_assert!(
                reading.proposals.len() <= pieces.max(1),
                "{} items from {pieces} sentences and clauses",
                reading.proposals.len()
            );
        }
        Ok(())
    });
}

#[test]
fn notices_of_the_largest_size_accepted() {
    let units = units();
    let big = prop::collection::vec(vietnamese(40), 2000..4000).prop_map(|lines| {
        let text = lines.join("\n");
        text.chars().take(import::MAX_CHARS).collect::<String>()
    });
    check("large notices", 6, big, |text| {
        let _ = import::read_text(&text, &units, today());
        Ok(())
    });
}

#[test]
fn uploaded_files_of_any_bytes() {
    let units = units();
    let names = prop::sample::select(vec!["a.txt", "a.csv", "a.xlsx", "a.docx", "a.pdf", "a"]);
    // Random bytes, and random bytes behind a zip signature so the archive readers get past
    // their first check.
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..4096),
        prop::collection::vec(any::<u8>(), 0..4096).prop_map(|b| [b"PK\x03\x04".as_slice(), &b].concat()),
        notice().prop_map(String::into_bytes),
    ];
    check("files", 1500, (names, bytes), |(name, bytes)| {
        let _ = import::read_file(name, &bytes, &units, today());
        Ok(())
    });
}

#[test]
fn spreadsheets_of_any_cells() {
    let units = units();
    let cell = prop_oneof![vietnamese(6), any::<String>()];
    let rows = prop::collection::vec(prop::collection::vec(cell, 0..8), 0..40);
    check("spreadsheet cells", 200, rows, |rows| {
        let mut csv = csv::Writer::from_writer(Vec::new());
        let header = ["STT", "Nội dung", "Đơn vị chủ trì", "Phối hợp", "Thời hạn", "Ghi chú"];
        csv.write_record(header).unwrap();
        for row in &rows {
            let _ = csv.write_record(row);
        }
        let bytes = csv.into_inner().unwrap();
        if let Ok(reading) = import::read_file("a.csv", &bytes, &units, today()) {
            prop_assert!(reading.proposals.len() <= rows.len());
        }
        Ok(())
    });
}

fn callback() -> impl Strategy<Value = Callback> {
    let id = prop_oneof![1i64..100, 1i64..=i64::MAX];
    let page = any::<u32>();
    let button = prop::sample::select(vec![
        StatusButton::Done,
        StatusButton::InProgress,
        StatusButton::NotStarted,
        StatusButton::Obstacle,
        StatusButton::Extension,
    ]);
    let field = prop::sample::select(vec![
        EditField::Deadline,
        EditField::Text,
        EditField::Lead,
        EditField::CoUnits,
        EditField::Cancel,
    ]);
    let import_action = prop_oneof![
        page.prop_map(ImportAction::Page),
        id.clone().prop_map(ImportAction::Edit),
        id.clone().prop_map(ImportAction::Toggle),
        (id.clone(), prop::sample::select(vec!['l', 'd', 't', 'c']))
            .prop_map(|(i, f)| ImportAction::Field(i, f)),
        id.clone().prop_map(ImportAction::CreateUnit),
        any::<bool>().prop_map(ImportAction::Split),
        Just(ImportAction::Confirm),
        Just(ImportAction::Force),
        Just(ImportAction::Cancel),
    ];
    let drill = prop_oneof![
        Just(Drill::Overdue),
        Just(Drill::Table),
        Just(Drill::Units),
        Just(Drill::Chart),
        id.clone().prop_map(Drill::Unit)
    ];
    prop_oneof![
        (id.clone(), button.clone()).prop_map(|(task, button)| Callback::Status { task, button }),
        (id.clone(), 0u8..=100).prop_map(|(task, value)| Callback::Percent { task, value }),
        (id.clone(), button).prop_map(|(task, button)| Callback::Meant { task, button }),
        id.clone().prop_map(|task| Callback::ForTask { task }),
        (id.clone(), any::<bool>()).prop_map(|(request, approve)| Callback::Extension { request, approve }),
        (id.clone(), any::<bool>()).prop_map(|(task, confirm)| Callback::Completion { task, confirm }),
        (id.clone(), page).prop_map(|(view, page)| Callback::Page { view, page }),
        id.clone().prop_map(|task| Callback::Open { task }),
        (id.clone(), drill).prop_map(|(view, part)| Callback::Drill { view, part }),
        Just(Callback::ImportProcess),
        (id.clone(), import_action).prop_map(|(id, action)| Callback::Import { id, action }),
        (id.clone(), field).prop_map(|(task, field)| Callback::Edit { task, field }),
        id.clone().prop_map(|unit| Callback::Unit { unit }),
        page.prop_map(|page| Callback::UnitPage { page }),
        Just(Callback::Skip),
        Just(Callback::Finish),
        Just(Callback::NoDeadline),
        Just(Callback::Cancel),
        Just(Callback::Create),
        Just(Callback::Noop),
    ]
}

#[test]
fn every_button_fits_in_64_bytes_and_reads_back_as_itself() {
    check("callback round trip", 2000, callback(), |cb| {
        let data = cb.encode();
        prop_assert!(data.len() <= 64, "{data}");
        prop_assert_eq!(Callback::decode(&data), Some(cb));
        Ok(())
    });
}

#[test]
fn forged_callback_data() {
    let forged = prop_oneof![
        prop::collection::vec(any::<char>(), 0..100).prop_map(|c| c.into_iter().collect::<String>()),
        // Near misses: real prefixes with wrong numbers and extra fields.
        (
            prop::sample::select(vec!["s", "p", "k", "t", "x", "c", "v", "o", "d", "i", "e", "u", "up", "g"]),
            prop::collection::vec(
                prop_oneof![
                    any::<i64>().prop_map(|n| n.to_string()),
                    Just(String::new()),
                    Just("d".to_string()),
                    Just("99999999999999999999".to_string()),
                    Just("-0".to_string())
                ],
                0..4
            )
        )
            .prop_map(|(head, rest)| std::iter::once(head.to_string())
                .chain(rest)
                .collect::<Vec<_>>()
                .join(":")),
    ];
    check("forged callbacks", 2000, forged, |data| {
        if let Some(cb) = Callback::decode(&data) {
            // Whatever is accepted names a positive id and is what it would have encoded to.
            prop_assert_eq!(Callback::decode(&cb.encode()), Some(cb));
            prop_assert!(data.len() <= 64);
        }
        Ok(())
    });
}

#[test]
fn commands_and_their_arguments() {
    let names: Vec<String> = Command::ALL.iter().map(|c| c.name().to_string()).collect();
    let typed = (
        prop::sample::select(names),
        prop::sample::select(vec!["", "@dondoc_bot", "@other_bot", "@"]),
        message(),
    );
    check("commands", 1000, typed, |(name, at, args)| {
        let text = format!("/{name}{at} {args}");
        let parsed = Command::parse(&text, "dondoc_bot");
        if at == "@other_bot" || at == "@" {
            prop_assert!(parsed.is_none(), "{parsed:?}");
        } else {
            prop_assert!(parsed.is_some(), "not read as a command");
            let parsed = parsed.unwrap();
            prop_assert_eq!(parsed.command.name(), name.as_str());
            prop_assert_eq!(parsed.args.as_str(), args.trim());
        }
        let _ = Command::parse(&args, "dondoc_bot");
        // What the commands then read from their arguments.
        let _ = filter::parse(&args, 2026);
        for word in args.split_whitespace().take(50) {
            let _ = parse_task_code(word);
            let _ = parse_hour(word);
            let _ = word.parse::<Offsets>();
        }
        Ok(())
    });
}

/// The codes a reply to a morning list names: found in any text without a panic, each where
/// the text has it, and a code written into a sentence is found as itself.
#[test]
fn task_codes_in_replies() {
    let reply = (message(), 1i64..1_000_000_000, message())
        .prop_map(|(before, id, after)| (format!("{before} {} {after}", task_code(id)), id));
    check("codes in replies", 1000, reply, |(text, id)| {
        let found = task_refs_in(&text);
        for (range, code) in &found {
            let written = text.get(range.clone());
            prop_assert!(written.is_some(), "{range:?} cuts a character");
            let written: String = written.unwrap_or_default().split_whitespace().collect();
            let read = dondoc::domain::parse_task_ref(&written);
            prop_assert_eq!(read.as_ref(), Some(code), "{}", written);
        }
        prop_assert!(found.iter().any(|(_, r)| *r == TaskRef::Code(id)), "{found:?}");
        Ok(())
    });
}

#[test]
fn task_codes_read_back_as_themselves() {
    // Codes are read up to nine digits: more is a typo, not a task.
    check("task codes", 2000, 1i64..1_000_000_000, |id| {
        prop_assert_eq!(parse_task_code(&task_code(id)), Some(id));
        Ok(())
    });
}

#[test]
fn holiday_files() {
    let line = prop_oneof![
        vietnamese(6),
        (2000i32..2100, 1u32..13, 1u32..32, 0u32..40)
            .prop_map(|(y, m, d, span)| format!("{y}-{m:02}-{d:02}..{y}-{m:02}-{:02} nghỉ", d + span)),
        (1u32..32, 1u32..13, 2000i32..2100).prop_map(|(d, m, y)| format!("+ {d}/{m}/{y} làm bù")),
        (0i32..99999, 1u32..13, 1u32..32).prop_map(|(y, m, d)| format!("{y}-{m}-{d}")),
    ];
    let file = prop::collection::vec(line, 0..50).prop_map(|l| l.join("\n"));
    check("holiday files", 1500, prop_oneof![file, message()], |text| {
        if let Ok(calendar) = Calendar::parse(&text) {
            let day = today();
            let _ = calendar.working_days_before(day, 60);
            let _ = calendar.working_days_after(day, 60);
            prop_assert!(calendar.holiday_count() <= 366 * 100);
        }
        Ok(())
    });
}

/// What `split_html` is given: escaped user text inside the tags the bot uses.
fn rendered() -> impl Strategy<Value = String> {
    let line = (prop::sample::select(vec!["", "b", "i", "code"]), message()).prop_map(|(tag, text)| {
        let text = teloxide::utils::html::escape(&text);
        if tag.is_empty() { text } else { format!("<{tag}>{text}</{tag}>") }
    });
    prop::collection::vec(line, 0..6).prop_map(|lines| lines.join("\n"))
}

#[test]
fn long_messages_split_into_valid_pieces_within_the_limit() {
    check("split_html", 400, (rendered(), 200usize..4096), |(html, max)| {
        let pieces = split_html(&html, max);
        let text_of = |h: &str| strip_tags(h);
        let mut joined = String::new();
        for piece in &pieces {
            prop_assert!(piece.chars().count() <= max, "{} > {max}", piece.chars().count());
            prop_assert!(balanced(piece), "{piece}");
            joined.push_str(&text_of(piece));
        }
        // Nothing is lost but the line breaks and spaces the cuts fall on.
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        prop_assert_eq!(squash(&joined), squash(&text_of(&html)));
        Ok(())
    });
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Tags close in the order they opened, and no entity is cut.
fn balanced(html: &str) -> bool {
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(['<', '&']) {
        let (head, tail) = rest.split_at(start);
        let _ = head;
        if tail.starts_with('&') {
            let Some(end) = tail.find(';') else { return false };
            if !["&lt;", "&gt;", "&amp;", "&quot;", "&#39;", "&#x27;"].contains(&&tail[..=end]) {
                return false;
            }
            rest = &tail[end + 1..];
            continue;
        }
        let Some(end) = tail.find('>') else { return false };
        let tag = &tail[1..end];
        if let Some(name) = tag.strip_prefix('/') {
            if open.pop().as_deref() != Some(name) {
                return false;
            }
        } else {
            open.push(tag.split_whitespace().next().unwrap_or("").to_string());
        }
        rest = &tail[end + 1..];
    }
    open.is_empty()
}
