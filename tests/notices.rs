//! The importer measured on notices of many shapes (`tests/fixtures/notices/`): numbered,
//! bulleted, prose, Word numbering lost, tables, news reports of notices, 2013–2026, each with
//! the tasks a careful secretary would take from it (`*.expected.json`, written from the
//! documents apart from the importer's code).
//!
//! A task is found when a proposal has its lead (as written) and its deadline; a proposal is a
//! task when it matches an expected task by lead and words. The test prints recall and
//! precision per notice and fails under 85% recall, under 80% precision, or on a notice that
//! yields nothing. `cargo test --test notices -- --nocapture`; `DONDOC_NOTICE_MISSES=1` prints
//! what was missed and what was proposed wrongly.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use dondoc::import::{self, Reading};
use dondoc::text::fold::fold;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Expected {
    date: Option<NaiveDate>,
    tasks: Vec<ExpectedTask>,
}

#[derive(Debug, Deserialize)]
struct ExpectedTask {
    item: Option<String>,
    /// A label that names no one (`null`) is work no proposal can match: a miss.
    #[serde(deserialize_with = "lead_or_none")]
    lead: String,
    deadline: Option<NaiveDate>,
    text: String,
}

fn lead_or_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// One proposed task per lead, as `dondoc import --json` prints them ([`import::task_rows`]).
#[derive(Debug)]
struct Row {
    item: Option<String>,
    lead: String,
    deadline: Option<NaiveDate>,
    text: String,
}

fn rows(reading: &Reading) -> Vec<Row> {
    import::task_rows(reading)
        .into_iter()
        .filter_map(|r| {
            Some(Row {
                item: r.item.map(str::to_string),
                lead: r.lead?.to_string(),
                deadline: r.deadline,
                text: r.text.to_string(),
            })
        })
        .collect()
}

/// Names compare as folded words, "tỉnh" and a leading "các" aside ("Các sở, ban, ngành
/// tỉnh" is "các sở, ban, ngành"), and an office holder as the office (the issue's rule:
/// "Giám đốc Sở Y tế" leads as "Sở Y tế", whichever way a label writes it).
///
/// A label may write several addressees of one sentence as one lead ("Thủ trưởng các sở, ban,
/// ngành; Chủ tịch UBND các xã, phường"), where the importer proposes one row per addressee:
/// a proposal for any of them matches (see [`addressees`]).
fn same_lead(proposed: &str, expected: &str) -> bool {
    if expected.trim().is_empty() {
        return false;
    }
    let key = |s: &str| {
        // "Đài Truyền hình Việt Nam (VTV)", "Bộ Tài chính (Cơ quan thường trực Ban chỉ đạo 751)",
        // "Các chủ rừng là tổ chức (các Ban quản lý rừng …)": the same body with its short name,
        // its role or its members after it.
        let s = s.trim_end().strip_suffix(')').and_then(|r| r.rsplit_once(" (")).map_or(s, |(name, _)| name);
        // "Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751", "Bộ trưởng Bộ Tài chính - Phó
        // Trưởng ban Thường trực Ban Chỉ đạo 389": the body, then its role after a dash (not
        // "Sở Lao động - Thương binh và Xã hội", whose dash is inside the name).
        let roles =
            ["co quan", "pho truong", "truong ban", "thuong truc", "uy vien", "chu tich", "pho chu tich"];
        let s = s
            .split_once(" - ")
            .filter(|(_, role)| roles.iter().any(|r| fold(role).starts_with(r)))
            .map_or(s, |(name, _)| name);
        // "Thứ trưởng Bộ Y tế phụ trách lĩnh vực": an office holder and the brief they hold.
        let s = s.split_once(" phụ trách ").map_or(s, |(name, _)| name);
        let f = fold(s);
        let all: Vec<&str> =
            f.split_whitespace().map(|w| w.trim_end_matches(',')).filter(|w| !matches!(*w, "tinh")).collect();
        // "UBND Cần Thơ" and "Ủy ban nhân dân thành phố Cần Thơ": the city's kind, like "tỉnh",
        // where a name follows it.
        // Not "các tỉnh, thành phố trực thuộc Trung ương": every province and city.
        let city = |k: usize| {
            all[k] == "thanh"
                && all.get(k + 1) == Some(&"pho")
                && k + 2 < all.len()
                && !(k > 0 && all[k - 1] == "cac")
        };
        let mut words: Vec<&str> =
            (0..all.len()).filter(|&k| !(city(k) || k > 0 && city(k - 1))).map(|k| all[k]).collect();
        // "Thủ trưởng, giám đốc các sở": two titles of one office.
        'titles: loop {
            for title in [
                &["giam", "doc"][..],
                &["chu", "tich"],
                &["thu", "truong"],
                &["bo", "truong"],
                &["thong", "doc"],
                &["chanh"],
                &["pho"],
                &["truong"],
                &["cac"],
                &["dong", "chi"],
                &["bi", "thu"],
                &["nguoi", "dung", "dau"],
                &["dai", "bieu"],
                &["cuc", "truong"],
            ] {
                if words.len() > title.len() && words.starts_with(title) {
                    words.drain(..title.len());
                    continue 'titles;
                }
            }
            break;
        }
        // "Bộ trưởng" naming no ministry, before the other heads: every minister, "các bộ".
        if words == ["bo", "truong"] {
            words = vec!["bo"];
        }
        // "Cục Thuế các tỉnh, thành phố (trực thuộc Trung ương)": the same offices.
        // "Ủy ban MTTQ Việt Nam phường", "Ủy ban Mặt trận Tổ quốc phường", "UBMTTQ phường": one
        // front committee, its name short or long.
        let key = words
            .join(" ")
            .replace("uy ban nhan dan", "ubnd")
            .replace(" truc thuoc trung uong", "")
            .replace("mat tran to quoc", "mttq")
            .replace("mttq viet nam", "mttq")
            .replace("ubmttq", "uy ban mttq");
        // "UBND tỉnh Nghệ An" and "tỉnh Nghệ An" as a subject are one addressee.
        // So are "UBND các huyện" and "các huyện".
        let places = ["cac huyen", "cac xa", "cac phuong", "cac tinh", "cac thanh pho"];
        match key.strip_prefix("ubnd ") {
            Some(rest) if !rest.starts_with("cac") => rest.to_string(),
            Some(rest) if places.iter().any(|p| rest.starts_with(p)) => rest["cac ".len()..].to_string(),
            _ => key,
        }
    };
    // "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi" in a Quảng Ngãi document is "Sở Nông
    // nghiệp và Môi trường", and "Thuế tỉnh Lào Cai" is "Thuế tỉnh": the place after "tỉnh" at
    // the end of one name, the other naming none.
    let unplaced = |s: &str| -> String {
        let words: Vec<&str> = s.split_whitespace().collect();
        match words.iter().rposition(|w| w.to_lowercase() == "tỉnh") {
            Some(k) if k > 0 && words.len() - k <= 4 => words[..k].join(" "),
            _ => s.to_string(),
        }
    };
    let same =
        |p: &str, e: &str| key(p) == key(e) || key(&unplaced(p)) == key(e) || key(p) == key(&unplaced(e));
    // "Tỉnh" as labelled in a central document is the province it is about, named in the lead.
    let province = fold(expected) == "tinh"
        && ["tinh ", "ubnd tinh ", "uy ban nhan dan tinh "].iter().any(|p| fold(proposed).starts_with(p));
    province || same(proposed, expected) || addressees(expected).iter().any(|part| same(proposed, part))
}

/// The addressees a label's lead lists: parted at ";", and at ", " or " và " before a word
/// that opens an agency's or an office holder's name, or a group ("các …"). "Các sở, ban,
/// ngành" and "Sở Khoa học và Công nghệ" stay whole.
fn addressees(lead: &str) -> Vec<String> {
    const OPENERS: &[&str] = &[
        "các",
        "bộ",
        "sở",
        "ubnd",
        "ủy",
        "uỷ",
        "ban",
        "văn",
        "công",
        "chủ",
        "giám",
        "thủ",
        "tổng",
        "ngân",
        "thanh",
        "đài",
        "báo",
        "cục",
        "chi",
        "kiểm",
        "tòa",
        "viện",
        "thông",
        "kho",
        "thuế",
        "đoàn",
        "hội",
        "trung",
        "bảo",
        "thường",
        "bí",
        "lãnh",
        "đại",
        "phó",
        "trưởng",
        "người",
        "hđnd",
        "thành",
        "tỉnh",
    ];
    // "Các Bộ: Quốc phòng, Công an", "Các tỉnh Nghệ An, Quảng Ngãi": members named after their
    // kind, each an addressee ("Bộ Quốc phòng", "tỉnh Nghệ An").
    let words: Vec<&str> = lead.split_whitespace().collect();
    // "Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai": the places' committees, also
    // after their heads' titles ("Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai
    // và Lâm Đồng"); no place's name holds "và".
    if let Some((before, list)) = lead.split_once(':')
        && ["ủy ban nhân dân các", "ubnd các"].iter().any(|p| before.to_lowercase().contains(p))
    {
        return list.split(',').flat_map(|m| m.split(" và ")).map(|m| format!("UBND {}", m.trim())).collect();
    }
    let kind_words = ["bộ", "sở", "tỉnh", "xã", "phường"];
    let opening =
        |k: usize| matches!(words[..k].join(" ").to_lowercase().as_str(), "" | "ubnd" | "ủy ban nhân dân");
    if let Some(k) = words.iter().position(|w| w.to_lowercase() == "các").filter(|&k| opening(k))
        && let Some(kind) = words.get(k + 1).map(|w| w.trim_end_matches([':', ',']))
        && kind_words.contains(&kind.to_lowercase().as_str())
        && let Some(first) = words.get(k + 2)
        && (words[k + 1].ends_with(':')
            || first.starts_with(char::is_uppercase) && !words[k + 1].ends_with(','))
    {
        let list = words[k + 2..].join(" ");
        // "Văn hóa, Thể thao và Du lịch" is one ministry's name, comma and all.
        let mut members: Vec<String> = Vec::new();
        for m in list.split(',').map(str::trim) {
            match members.last_mut() {
                Some(last)
                    if !dondoc::text::agencies::is_ministry(last)
                        && dondoc::text::agencies::is_ministry(&format!("{last} {m}")) =>
                {
                    last.push_str(", ");
                    last.push_str(m);
                }
                _ => members.push(m.to_string()),
            }
        }
        return members.into_iter().map(|m| format!("{kind} {m}")).collect();
    }
    let mut parts = Vec::new();
    for piece in lead.split(';') {
        let mut current = String::new();
        let words: Vec<&str> = piece.split_whitespace().collect();
        for (k, w) in words.iter().enumerate() {
            let after_comma = k > 0 && words[k - 1].ends_with(',');
            let after_and = k > 0 && words[k - 1] == "và";
            let opens = OPENERS.contains(&w.to_lowercase().as_str()) && w.starts_with(char::is_uppercase)
                || w.to_lowercase() == "các";
            if (after_comma || after_and) && opens && !current.is_empty() {
                let done = current.trim().trim_end_matches(',').trim_end_matches(" và").to_string();
                parts.push(done);
                current.clear();
            }
            current.push_str(w);
            current.push(' ');
        }
        parts.push(current.trim().trim_end_matches(',').to_string());
    }
    parts.retain(|p| !p.is_empty());
    if parts.len() > 1 { parts } else { Vec::new() }
}

/// The share of the expected task's words the proposal's text has.
fn overlap(expected: &str, proposed: &str) -> f64 {
    let want: HashSet<String> = fold(expected).split_whitespace().map(str::to_string).collect();
    let have: HashSet<String> = fold(proposed).split_whitespace().map(str::to_string).collect();
    if want.is_empty() {
        return 0.0;
    }
    want.intersection(&have).count() as f64 / want.len() as f64
}

fn fixtures() -> Vec<PathBuf> {
    // `DONDOC_NOTICES_DIR` measures another set of the same shape (a hold-out).
    let dir = std::env::var_os("DONDOC_NOTICES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notices"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.to_string_lossy();
            !name.ends_with(".json") && !name.ends_with(".md") && p.is_file()
        })
        .collect();
    files.sort();
    files
}

fn expected_of(file: &Path) -> Expected {
    let name = file.file_name().unwrap().to_string_lossy();
    let stem = name.split('.').next().unwrap();
    let json = file.with_file_name(format!("{stem}.expected.json"));
    serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap()
}

#[test]
fn notices_of_every_shape_yield_their_tasks() {
    let misses = std::env::var_os("DONDOC_NOTICE_MISSES").is_some();
    let (mut found, mut expected_total, mut right, mut proposed_total) = (0, 0, 0, 0);
    let mut empty = Vec::new();
    let mut why_missed: std::collections::BTreeMap<&str, usize> = Default::default();
    for file in fixtures() {
        let expected = expected_of(&file);
        let bytes = std::fs::read(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        // A table names no date: its tasks' deadlines carry their years.
        let today = expected.date.unwrap_or(NaiveDate::from_ymd_opt(2026, 8, 20).unwrap());
        let reading = import::read_file(&name, &bytes, &[], today);
        let proposed = match &reading {
            Ok(r) => rows(r),
            Err(e) => {
                println!("{name}: {e}");
                Vec::new()
            }
        };
        // A text labelled with no task (a hold-out's negative example) rightly yields none.
        if proposed.is_empty() && !expected.tasks.is_empty() {
            empty.push(name.clone());
        }
        // Recall: each expected task has a proposal with its lead and deadline.
        let mut used = vec![false; proposed.len()];
        let mut hits = 0;
        for want in &expected.tasks {
            let best = proposed
                .iter()
                .enumerate()
                .filter(|(k, p)| !used[*k] && same_lead(&p.lead, &want.lead) && p.deadline == want.deadline)
                .max_by(|a, b| overlap(&want.text, &a.1.text).total_cmp(&overlap(&want.text, &b.1.text)));
            match best {
                Some((k, _)) => {
                    used[k] = true;
                    hits += 1;
                }
                None if misses => {
                    // Why: another task took the proposal with this lead and deadline (the
                    // label splits what the importer proposes as one), a proposal has the lead
                    // with another deadline, or no proposal has the lead.
                    let why = if proposed
                        .iter()
                        .any(|p| same_lead(&p.lead, &want.lead) && p.deadline == want.deadline)
                    {
                        "split"
                    } else if proposed.iter().any(|p| same_lead(&p.lead, &want.lead)) {
                        "deadline"
                    } else {
                        "lead"
                    };
                    *why_missed.entry(why).or_insert(0) += 1;
                    println!(
                        "  missed [{why}] {:?} {} | {:?} | {}",
                        want.item, want.lead, want.deadline, want.text
                    );
                    // The proposal closest in words: whether the work was found under another lead.
                    if let Some(b) = proposed
                        .iter()
                        .max_by(|a, b| overlap(&want.text, &a.text).total_cmp(&overlap(&want.text, &b.text)))
                    {
                        println!(
                            "    closest ({:.0}% of its words): {} | {:?} | {}",
                            100.0 * overlap(&want.text, &b.text),
                            b.lead,
                            b.deadline,
                            b.text.chars().take(100).collect::<String>()
                        );
                    }
                }
                None => {}
            }
        }
        // Precision: a proposal is a task when its lead matches one expected and its words do.
        let good = proposed
            .iter()
            .filter(|p| {
                expected.tasks.iter().any(|w| same_lead(&p.lead, &w.lead) && overlap(&w.text, &p.text) >= 0.5)
            })
            .count();
        if misses {
            for p in &proposed {
                if !expected
                    .tasks
                    .iter()
                    .any(|w| same_lead(&p.lead, &w.lead) && overlap(&w.text, &p.text) >= 0.5)
                {
                    // Whether the lead is one the label has (the words differ) or none of its.
                    let why = if expected.tasks.iter().any(|w| same_lead(&p.lead, &w.lead)) {
                        "words"
                    } else {
                        "lead"
                    };
                    println!("  not a task [{why}]: {:?} {} | {:?} | {}", p.item, p.lead, p.deadline, p.text);
                }
            }
        }
        println!(
            "{name}: {hits}/{} tasks found (lead and deadline), {good}/{} proposals are tasks",
            expected.tasks.len(),
            proposed.len()
        );
        found += hits;
        expected_total += expected.tasks.len();
        right += good;
        proposed_total += proposed.len();
    }
    let recall = found as f64 / expected_total as f64;
    let precision = right as f64 / proposed_total.max(1) as f64;
    println!(
        "notices: recall {:.1}% ({found}/{expected_total}), precision {:.1}% ({right}/{proposed_total})",
        100.0 * recall,
        100.0 * precision
    );
    if misses {
        println!("missed, by why: {why_missed:?}");
    }
    assert!(empty.is_empty(), "notices yielding no task: {empty:?}");
    assert!(recall >= 0.85, "recall {:.1}% under 85%", 100.0 * recall);
    assert!(precision >= 0.80, "precision {:.1}% under 80%", 100.0 * precision);
}

/// The matcher itself: one body under its short and long names is one lead; two bodies are not.
#[test]
fn the_matcher_holds_a_bodys_short_and_long_names_as_one() {
    for (proposed, expected) in [
        ("Ban Thường trực Ủy ban MTTQ phường", "Ban Thường trực Ủy ban MTTQ Việt Nam phường"),
        ("Ban Thường trực UBMTTQ xã", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        ("UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("Giám đốc Sở Y tế", "Sở Y tế"),
        ("UBND Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ"),
        ("Bộ Tài chính", "Bộ Tài chính (Cơ quan thường trực Ban chỉ đạo 751)"),
        ("Đài Truyền hình Việt Nam (VTV)", "Đài Truyền hình Việt Nam"),
        ("Thuế tỉnh Lào Cai", "Thuế tỉnh"),
        ("Sở Y tế tỉnh Quảng Ngãi", "Sở Y tế"),
        ("Cục Thuế các tỉnh, thành phố trực thuộc Trung ương", "Cục trưởng Cục Thuế các tỉnh, thành phố"),
        ("Bộ Tài chính", "Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751"),
        ("Bộ Tài chính", "Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia"),
        ("Bộ Y tế", "Thứ trưởng Bộ Y tế phụ trách lĩnh vực"),
    ] {
        assert!(same_lead(proposed, expected), "{proposed} = {expected}");
    }
    for (proposed, expected) in [
        ("Ban Thường trực Ủy ban MTTQ phường", "Ủy ban MTTQ phường"),
        ("Sở Y tế", "Sở Nội vụ"),
        ("UBND tỉnh Nghệ An", "UBND tỉnh Hà Tĩnh"),
        ("Sở Lao động", "Sở Lao động - Thương binh và Xã hội"),
    ] {
        assert!(!same_lead(proposed, expected), "{proposed} ≠ {expected}");
    }
}

/// Word draws its automatic numbers; they are not in the text. Read from `numbering.xml` (and a
/// style's numbering), the items keep their numbers, and the PDF of the same notice, whose text
/// layer has them drawn in, reads the same.
#[test]
fn word_numbering_and_its_pdf_give_items_their_numbers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notices");
    let today = NaiveDate::from_ymd_opt(2026, 10, 5).unwrap();
    let want = ["1.1", "1.2", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1"];
    for name in ["15-bac-ha-word-numbering-2026.docx", "17-bac-ha-word-numbering-2026.pdf"] {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let reading = import::read_file(name, &bytes, &[], today).unwrap();
        let items: Vec<String> =
            reading.proposals.iter().map(|p| p.item.clone().unwrap_or_default()).collect();
        assert_eq!(items, want, "{name}");
        assert_eq!(reading.date, Some(today), "{name}");
    }
}
