//! Turning what the secretariat receives after a review meeting into proposed tasks: a
//! conclusion notice (pasted text, `.txt` or `.docx`) or a spreadsheet (`.xlsx`, `.csv`).
//! Reading is pure: the bot shows the proposals for confirmation, the CLI prints them; only
//! [`commit`] turns a reviewed import into tasks.

pub mod commit;
pub mod docx;
pub mod html;
mod leads;
pub mod notice;
pub mod pdf;
pub mod sheet;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::Unit;
pub use crate::domain::proposal::{Assignee, Group, Proposal, Reading};
use crate::text::fold::fold;
use crate::text::units::UnitNames;

/// The largest file accepted, in bytes: the Bot API's download limit. A signed PDF from the
/// e-office system carries its seals and can weigh megabytes; its text is tens of kilobytes.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
/// The largest text accepted, in characters.
pub const MAX_CHARS: usize = 300_000;

/// Why a document cannot be read. The bot answers each in Vietnamese.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the document is empty")]
    Empty,
    #[error("the document is too large")]
    TooLarge,
    #[error("not a Word document")]
    NotDocx,
    #[error("not a PDF document")]
    NotPdf,
    /// A scanned PDF: pictures of pages, no text to read.
    #[error("the PDF has no text layer")]
    NoTextLayer,
    #[error("not a spreadsheet: {0}")]
    NotSheet(String),
    #[error("no column `{0}`")]
    MissingColumn(&'static str),
    #[error("no task found")]
    NoTasks,
    #[error("unsupported file type")]
    Unsupported,
}

impl Group {
    /// The registered units the group stands for.
    pub fn members(self, units: &[Unit]) -> Vec<i64> {
        units.iter().filter(|u| Group::of(u) == Some(self)).map(|u| u.id).collect()
    }

    fn of(unit: &Unit) -> Option<Group> {
        let f = fold(&unit.name);
        let commune =
            ["ubnd xa", "uy ban nhan dan xa", "ubnd phuong", "uy ban nhan dan phuong", "ubnd thi tran"];
        if commune.iter().any(|c| f.starts_with(c)) {
            return Some(Group::Communes);
        }
        let district = [
            "ubnd huyen",
            "uy ban nhan dan huyen",
            "ubnd thanh pho",
            "uy ban nhan dan thanh pho",
            "ubnd thi xa",
            "uy ban nhan dan thi xa",
        ];
        if district.iter().any(|d| f.starts_with(d)) {
            return Some(Group::Districts);
        }
        // The provincial People's Committee itself assigns; it is not one of its departments.
        if f == "ubnd tinh" || f == "uy ban nhan dan tinh" {
            return None;
        }
        Some(Group::Departments)
    }
}

/// A proposed task as `dondoc import FILE --dry-run --json` prints it: a proposal naming
/// several leads is one task for each, as the import will make it.
#[derive(Debug, Serialize)]
pub struct TaskRow<'a> {
    pub item: Option<&'a str>,
    /// The lead as the document writes it; none when the document names no one.
    pub lead: Option<&'a str>,
    pub co_units: &'a [String],
    pub deadline: Option<NaiveDate>,
    pub deadline_text: Option<&'a str>,
    pub text: &'a str,
}

/// Every proposed task of a reading, lead by lead.
pub fn task_rows(reading: &Reading) -> Vec<TaskRow<'_>> {
    let mut rows = Vec::new();
    for p in &reading.proposals {
        let mut leads: Vec<Option<&str>> = Vec::new();
        for name in &p.lead_names {
            // "Các sở, ban, ngành, địa phương" is two groups under one name: one lead written.
            if leads.last() != Some(&Some(name.as_str())) {
                leads.push(Some(name));
            }
        }
        if leads.is_empty() {
            leads.push(None);
        }
        rows.extend(leads.into_iter().map(|lead| TaskRow {
            item: p.item.as_deref(),
            lead,
            co_units: &p.co_names,
            deadline: p.deadline,
            deadline_text: p.deadline_text.as_deref(),
            text: &p.text,
        }));
    }
    rows
}

/// A fingerprint of a document's words (FNV-1a over the folded text), so the same notice
/// pasted or uploaded again is recognised.
pub fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in fold(text).bytes().filter(|b| !b.is_ascii_whitespace()) {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Reads a file by its name: a notice (`.txt`, `.docx`, `.pdf`) or a table (`.xlsx`, `.csv`,
/// `.tsv`).
pub fn read_file(
    name: &str,
    bytes: &[u8],
    units: &[UnitNames],
    today: NaiveDate,
) -> Result<Reading, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let lower = name.to_lowercase();
    if lower.ends_with(".docx") {
        return read_docx(&docx::read(bytes)?, units, today);
    }
    if lower.ends_with(".pdf") {
        return read_text(&pdf::text(bytes)?, units, today);
    }
    if lower.ends_with(".xlsx") {
        return sheet::read_xlsx(bytes, units, today);
    }
    if lower.ends_with(".csv") || lower.ends_with(".tsv") {
        return sheet::read_csv(bytes, units, today);
    }
    if [".txt", ".html", ".htm"].iter().any(|e| lower.ends_with(e)) || !lower.contains('.') {
        let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Unsupported)?;
        return read_text(text, units, today);
    }
    Err(ImportError::Unsupported)
}

/// A Word notice: the tasks its paragraphs assign, and those of its tables (an appendix "STT |
/// Nội dung | Đơn vị chủ trì | …"), dated by the notice.
fn read_docx(doc: &docx::Document, units: &[UnitNames], today: NaiveDate) -> Result<Reading, ImportError> {
    let prose = read_text(&doc.text, units, today);
    let date = prose.as_ref().ok().and_then(|r| r.date).unwrap_or(today);
    let mut tables = doc.tables.iter().filter_map(|t| sheet::read_table(t, units, date).ok());
    match prose {
        Ok(mut reading) => {
            for table in tables {
                reading.proposals.extend(table.proposals);
            }
            Ok(reading)
        }
        Err(e) => match tables.next() {
            Some(mut first) => {
                for table in tables {
                    first.proposals.extend(table.proposals);
                }
                Ok(first)
            }
            None => Err(e),
        },
    }
}

/// Reads a notice given as text.
pub fn read_text(text: &str, units: &[UnitNames], today: NaiveDate) -> Result<Reading, ImportError> {
    if text.chars().count() > MAX_CHARS {
        return Err(ImportError::TooLarge);
    }
    if text.contains('\0') {
        return Err(ImportError::Unsupported);
    }
    if html::looks_like_html(text) {
        return notice::read(&html::to_text(text), units, today);
    }
    notice::read(text, units, today)
}

/// The registered units as the matchers want them.
pub fn names_of(units: &[Unit]) -> Vec<UnitNames> {
    units.iter().map(|u| UnitNames { id: u.id, names: u.all_names() }).collect()
}
