//! Turning what the secretariat receives after a review meeting into proposed tasks: a
//! conclusion notice (pasted text, `.txt` or `.docx`) or a spreadsheet (`.xlsx`, `.csv`).
//! Reading is pure: the bot shows the proposals for confirmation, the CLI prints them; only
//! [`commit`] turns a reviewed import into tasks.

pub mod commit;
pub mod notice;
pub mod sheet;

use std::io::Read as _;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{Programme, Unit};
use crate::text::fold::fold;
use crate::text::units::UnitNames;

/// The largest notice or spreadsheet accepted, in bytes. A notice is tens of kilobytes.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
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
    #[error("not a spreadsheet: {0}")]
    NotSheet(String),
    #[error("no column `{0}`")]
    MissingColumn(&'static str),
    #[error("no task found")]
    NoTasks,
    #[error("unsupported file type")]
    Unsupported,
}

/// Who a proposed task is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Assignee {
    Unit(i64),
    /// "các sở, ban, ngành", "UBND các huyện, thành phố": one task per unit, or one for the group.
    Group(Group),
    /// An agency the committee has not registered, as written.
    Unknown(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Group {
    /// The departments and agencies (sở, ban, ngành).
    Departments,
    /// The districts and cities (UBND huyện, thành phố).
    Districts,
}

impl Group {
    /// The registered units the group stands for.
    pub fn members(self, units: &[Unit]) -> Vec<i64> {
        units.iter().filter(|u| Group::of(u) == Some(self)).map(|u| u.id).collect()
    }

    fn of(unit: &Unit) -> Option<Group> {
        let f = fold(&unit.name);
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

/// A task the document proposes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub item: Option<String>,
    pub text: String,
    /// Everyone named responsible; each gets a task (co-units stay co-units).
    pub leads: Vec<Assignee>,
    pub co_units: Vec<i64>,
    pub deadline: Option<NaiveDate>,
    pub programme: Programme,
    pub source_document: Option<String>,
    /// A task code from a spreadsheet (an export read back).
    pub code: Option<String>,
}

/// What a document says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    /// How tasks will name their source ("Thông báo kết luận ngày 8/8/2023").
    pub source: Option<String>,
    pub proposals: Vec<Proposal>,
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

/// The words of a `.docx` file (its paragraphs, one per line).
pub fn docx_text(bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| ImportError::NotDocx)?;
    let mut xml = String::new();
    let entry = archive.by_name("word/document.xml").map_err(|_| ImportError::NotDocx)?;
    // A decompression bomb stops at the limit.
    entry.take(MAX_BYTES as u64 * 8).read_to_string(&mut xml).map_err(|_| ImportError::NotDocx)?;
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut out = String::new();
    let mut in_text = false;
    loop {
        use quick_xml::events::Event;
        match reader.read_event() {
            Ok(Event::Start(e)) if e.name().as_ref() == "w:t" => in_text = true,
            Ok(Event::End(e)) if e.name().as_ref() == "w:t" => in_text = false,
            Ok(Event::End(e)) if e.name().as_ref() == "w:p" => out.push('\n'),
            Ok(Event::Empty(e)) if e.name().as_ref() == "w:tab" => out.push('\t'),
            Ok(Event::Empty(e)) if e.name().as_ref() == "w:br" => out.push('\n'),
            Ok(Event::Text(t)) if in_text => out.push_str(&t),
            Ok(Event::GeneralRef(r)) if in_text => {
                if let Some(c) = entity(&r.into_inner()) {
                    out.push(c);
                }
            }
            Ok(Event::Eof) => break,
            Err(_) => return Err(ImportError::NotDocx),
            _ => {}
        }
        if out.len() > MAX_CHARS * 4 {
            return Err(ImportError::TooLarge);
        }
    }
    Ok(out)
}

/// The character an XML entity reference names (`amp`, `#233`, `#xE9`).
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let code = name
                .strip_prefix("#x")
                .map(|h| u32::from_str_radix(h, 16))
                .or_else(|| name.strip_prefix('#').map(str::parse))?;
            char::from_u32(code.ok()?)
        }
    }
}

/// Reads a file by its name: a notice (`.txt`, `.docx`) or a spreadsheet (`.xlsx`, `.csv`).
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
        return read_text(&docx_text(bytes)?, units, today);
    }
    if lower.ends_with(".xlsx") {
        return sheet::read_xlsx(bytes, units, today);
    }
    if lower.ends_with(".csv") {
        return sheet::read_csv(bytes, units, today);
    }
    if lower.ends_with(".txt") || !lower.contains('.') {
        let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Unsupported)?;
        return read_text(text, units, today);
    }
    Err(ImportError::Unsupported)
}

/// Reads a notice given as text.
pub fn read_text(text: &str, units: &[UnitNames], today: NaiveDate) -> Result<Reading, ImportError> {
    if text.chars().count() > MAX_CHARS {
        return Err(ImportError::TooLarge);
    }
    if text.contains('\0') {
        return Err(ImportError::Unsupported);
    }
    notice::read(text, units, today)
}

/// The registered units as the matchers want them.
pub fn names_of(units: &[Unit]) -> Vec<UnitNames> {
    units.iter().map(|u| UnitNames { id: u.id, names: u.all_names() }).collect()
}
