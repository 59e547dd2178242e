//! The readers measured on labelled corpora in `tests/corpus/`: officers' status replies
//! (`replies.tsv`) and deadline phrases typed into `/giao` (`deadlines.tsv`), each read on a
//! fixed "today" (Thursday 20/8/2026). The corpora were written from the committee's language
//! and the product's rules, apart from the readers' code; a reading that disagrees with its
//! label is a fault of the reader, not a reason to change the label.
//!
//! `cargo test --test corpus -- --nocapture` prints the figures; `DONDOC_CORPUS_MISSES=1` also
//! prints every reply or phrase read wrong; `DONDOC_CORPUS_DIR=<dir>` reads `replies.tsv` and
//! `deadlines.tsv` from another directory.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use dondoc::text::deadline::{self, Context, Deadline, DeadlineError};
use dondoc::text::status::{self, StatusKind, Verdict};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 8, 20).unwrap()
}

fn show_misses() -> bool {
    std::env::var_os("DONDOC_CORPUS_MISSES").is_some()
}

/// The non-comment lines of a corpus file, split at tabs.
fn rows(name: &str) -> Vec<Vec<String>> {
    // `DONDOC_CORPUS_DIR` measures another corpus of the same shape (a hold-out).
    let dir = std::env::var_os("DONDOC_CORPUS_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"));
    let path = dir.join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

fn kind_name(kind: StatusKind) -> &'static str {
    match kind {
        StatusKind::Done => "done",
        StatusKind::InProgress => "in_progress",
        StatusKind::NotStarted => "not_started",
        StatusKind::Obstacle => "obstacle",
        StatusKind::Extension => "extension",
    }
}

fn dash_or<T>(cell: &str, parse: impl FnOnce(&str) -> T) -> Option<T> {
    (cell != "-").then(|| parse(cell))
}

#[derive(Default)]
struct Tally {
    total: usize,
    right: usize,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }

    fn share(&self) -> f64 {
        if self.total == 0 { 1.0 } else { self.right as f64 / self.total as f64 }
    }
}

#[test]
fn status_replies_are_read_as_labelled() {
    let rows = rows("replies.tsv");
    let own = std::env::var_os("DONDOC_CORPUS_DIR").is_none();
    assert!(!own || rows.len() >= 500, "the corpus holds {} replies", rows.len());
    let mut all = Tally::default();
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut clear_replies, mut asked_on_clear, mut false_done) = (0, 0, Vec::new());
    let mut documents = Tally::default();
    let mut misses = Vec::new();
    for row in &rows {
        let [label, percent, to, doc, text] = &row[..] else { panic!("five columns: {row:?}") };
        let percent = dash_or(percent, |p| p.parse::<u8>().unwrap());
        let to = dash_or(to, |d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
        let reading = status::read(text, today());
        let right = match (&reading.verdict, label.as_str()) {
            (Verdict::Unsure(_), "ask") => true,
            // A request for more time records no progress: its percent is not compared.
            (Verdict::Clear(StatusKind::Extension), "extension") => reading.extension_to == to,
            (Verdict::Clear(kind), label) => kind_name(*kind) == label && reading.percent == percent,
            _ => false,
        };
        if label != "ask" {
            clear_replies += 1;
            asked_on_clear += usize::from(matches!(reading.verdict, Verdict::Unsure(_)));
        }
        if reading.clear() == Some(StatusKind::Done) && label != "done" {
            false_done.push(format!("{label}: {text}"));
        }
        if let Some(doc) = dash_or(doc, str::to_string) {
            documents.add(reading.document.as_deref() == Some(doc.as_str()));
        }
        all.add(right);
        by_kind.entry(label.clone()).or_default().add(right);
        if !right {
            misses.push(format!(
                "{label} {} → {:?} {:?} {:?}  {text}\n    {:?}",
                row[1], reading.verdict, reading.percent, reading.extension_to, reading.cues
            ));
        }
    }
    println!(
        "status replies: {} read, {:.1}% right; {} read as done wrongly; asked back on {:.1}% of the {} clear ones; documents kept {}/{}",
        all.total,
        100.0 * all.share(),
        false_done.len(),
        100.0 * asked_on_clear as f64 / clear_replies.max(1) as f64,
        clear_replies,
        documents.right,
        documents.total,
    );
    for (kind, tally) in &by_kind {
        println!("  {kind:<12} recall {:>5.1}% ({}/{})", 100.0 * tally.share(), tally.right, tally.total);
    }
    if show_misses() {
        misses.iter().for_each(|m| println!("{m}"));
    }
    assert!(false_done.is_empty(), "read as done but not done:\n{}", false_done.join("\n"));
    assert!(all.share() >= 0.95, "{:.1}% right, under 95%", 100.0 * all.share());
}

/// A deadline phrase's expected reading: a date, no deadline, a recurrence, or "ask back".
fn deadline_label(reading: &Result<Deadline, DeadlineError>) -> String {
    match reading {
        Ok(Deadline::On(d)) => d.format("%Y-%m-%d").to_string(),
        Ok(Deadline::Ongoing) => "ongoing".into(),
        Ok(Deadline::Recurring(r)) => r.to_string(),
        Err(_) => "ask".into(),
    }
}

#[test]
fn deadline_phrases_typed_into_giao_are_read_as_labelled() {
    let rows = rows("deadlines.tsv");
    let own = std::env::var_os("DONDOC_CORPUS_DIR").is_none();
    assert!(!own || rows.len() >= 200, "the corpus holds {} phrases", rows.len());
    // The committee's calendar as shipped (weekends, 1/9 and 2/9/2026 off).
    let calendar = dondoc::domain::Calendar::parse(include_str!("../src/reminders/holidays-vn.txt")).unwrap();
    let cx = Context::chat(today()).with_calendar(&calendar);
    let (mut all, mut wrong_dates, mut asked) = (Tally::default(), Vec::new(), 0);
    let mut by_label: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for row in &rows {
        let [expected, text] = &row[..] else { panic!("two columns: {row:?}") };
        let reading = deadline::read_typed(text, cx);
        let got = deadline_label(&reading);
        let right = &got == expected;
        if got == "ask" {
            asked += 1;
        } else if !right {
            // A date, a recurrence or "no deadline" that is not the one meant.
            wrong_dates.push(format!("{expected} ← {got}: {text}"));
        }
        let label = match expected.as_str() {
            "ask" => "ask",
            "ongoing" => "ongoing",
            e if e.starts_with("every") => "recurring",
            _ => "date",
        };
        by_label.entry(label).or_default().add(right);
        all.add(right);
        if !right {
            misses.push(format!("{expected} ← {got} ({reading:?}): {text}"));
        }
    }
    println!(
        "deadline phrases: {} read, {:.1}% right; {} wrong dates; asked back on {}",
        all.total,
        100.0 * all.share(),
        wrong_dates.len(),
        asked
    );
    for (label, tally) in &by_label {
        println!("  {label:<10} {:>5.1}% ({}/{})", 100.0 * tally.share(), tally.right, tally.total);
    }
    if show_misses() {
        misses.iter().for_each(|m| println!("{m}"));
    }
    assert!(wrong_dates.is_empty(), "phrases read as a wrong date:\n{}", wrong_dates.join("\n"));
    assert!(all.share() >= 0.95, "{:.1}% right, under 95%", 100.0 * all.share());
}
