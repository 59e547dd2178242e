//! Reading tasks from a spreadsheet (`.xlsx`, `.csv`). The columns are found by their headers,
//! in Vietnamese or English, in any order: code (Mã), text (Nội dung), lead unit (Đơn vị chủ
//! trì), co-units (Đơn vị phối hợp), deadline (Hạn hoàn thành), programme (Chương trình), source
//! (Văn bản giao), item (Số mục). The task sheet of `/xuat` is such a spreadsheet.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;

use super::{Assignee, ImportError, Proposal, Reading};
use crate::domain::{Programme, parse_task_code};
use crate::text::deadline::{self, Context, Deadline};
use crate::text::fold::fold;
use crate::text::units::{UnitMatch, UnitNames, match_unit};

/// The columns and the headers they go by (folded).
const COLUMNS: &[(&str, &[&str])] = &[
    ("code", &["ma", "code", "ma nhiem vu"]),
    ("item", &["so muc", "muc", "item", "stt"]),
    ("text", &["noi dung", "noi dung nhiem vu", "nhiem vu", "task", "text"]),
    ("lead", &["don vi chu tri", "chu tri", "lead unit", "lead", "don vi"]),
    ("co", &["don vi phoi hop", "phoi hop", "co operating units", "co units"]),
    ("deadline", &["han hoan thanh", "han", "thoi han", "deadline"]),
    ("programme", &["chuong trinh", "programme", "program"]),
    ("source", &["van ban giao", "van ban", "source document", "source"]),
];

fn column_of(header: &str) -> Option<&'static str> {
    let f = fold(header);
    COLUMNS.iter().find(|(_, names)| names.contains(&f.as_str())).map(|(name, _)| *name)
}

/// One row's cells, as text or (for dates) as a date.
enum Cell {
    Text(String),
    Date(NaiveDate),
    Empty,
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.trim().to_string(),
            Cell::Date(d) => d.format("%d/%m/%Y").to_string(),
            Cell::Empty => String::new(),
        }
    }
}

fn rows_to_reading(
    rows: Vec<Vec<Cell>>,
    units: &[UnitNames],
    today: NaiveDate,
) -> Result<Reading, ImportError> {
    // The header is the first row naming the text column.
    let (header_at, header) = rows
        .iter()
        .enumerate()
        .find(|(_, r)| r.iter().any(|c| column_of(&c.text()) == Some("text")))
        .ok_or(ImportError::MissingColumn("Nội dung"))?;
    let index = |name: &str| header.iter().position(|c| column_of(&c.text()) == Some(name));
    let text_col = index("text").ok_or(ImportError::MissingColumn("Nội dung"))?;
    let lead_col = index("lead").ok_or(ImportError::MissingColumn("Đơn vị chủ trì"))?;
    let (code_col, item_col, co_col, deadline_col, programme_col, source_col) =
        (index("code"), index("item"), index("co"), index("deadline"), index("programme"), index("source"));
    let context = Context::document(today);
    let cell = |row: &Vec<Cell>, col: Option<usize>| {
        col.and_then(|c| row.get(c)).map(Cell::text).unwrap_or_default()
    };

    let mut proposals = Vec::new();
    for row in rows.iter().skip(header_at + 1) {
        let text = cell(row, Some(text_col));
        if text.is_empty() {
            continue;
        }
        let lead_name = cell(row, Some(lead_col));
        let leads = match match_unit(&lead_name, units) {
            UnitMatch::One(id) => vec![Assignee::Unit(id)],
            _ if lead_name.is_empty() => Vec::new(),
            _ => vec![Assignee::Unknown(lead_name)],
        };
        let co_units = cell(row, co_col)
            .split([',', ';', '\n'])
            .filter_map(|name| match match_unit(name.trim(), units) {
                UnitMatch::One(id) => Some(id),
                _ => None,
            })
            .collect();
        let deadline = match deadline_col.and_then(|c| row.get(c)) {
            Some(Cell::Date(d)) => Some(*d),
            Some(other) => match deadline::parse(&other.text(), context) {
                Ok(Deadline::On(d)) => Some(d),
                _ => None,
            },
            None => None,
        };
        let programme = Programme::from_folded(&fold(&cell(row, programme_col))).unwrap_or(Programme::Cds);
        let code = Some(cell(row, code_col)).filter(|c| parse_task_code(c).is_some());
        let item = Some(cell(row, item_col)).filter(|c| !c.is_empty());
        let source = Some(cell(row, source_col)).filter(|c| !c.is_empty());
        proposals.push(Proposal {
            item,
            text,
            leads,
            co_units,
            deadline,
            programme,
            source_document: source,
            code,
        });
    }
    if proposals.is_empty() {
        return Err(ImportError::NoTasks);
    }
    Ok(Reading { title: None, date: None, source: None, proposals })
}

/// The first sheet with a task header.
pub fn read_xlsx(bytes: &[u8], units: &[UnitNames], today: NaiveDate) -> Result<Reading, ImportError> {
    let mut book: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes.to_vec())).map_err(|e| ImportError::NotSheet(e.to_string()))?;
    let mut last_error = ImportError::MissingColumn("Nội dung");
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| ImportError::NotSheet(e.to_string()))?;
        let rows: Vec<Vec<Cell>> = range
            .rows()
            .map(|r| {
                r.iter()
                    .map(|c| match c {
                        Data::Empty => Cell::Empty,
                        Data::DateTime(dt) => dt.as_datetime().map_or(Cell::Empty, |d| Cell::Date(d.date())),
                        Data::DateTimeIso(s) => NaiveDate::parse_from_str(&s[..s.len().min(10)], "%Y-%m-%d")
                            .map_or(Cell::Empty, Cell::Date),
                        Data::Float(f) if f.fract() == 0.0 => Cell::Text(format!("{}", *f as i64)),
                        other => Cell::Text(other.to_string()),
                    })
                    .collect()
            })
            .collect();
        match rows_to_reading(rows, units, today) {
            Ok(reading) => return Ok(reading),
            Err(e) => last_error = e,
        }
    }
    Err(last_error)
}

pub fn read_csv(bytes: &[u8], units: &[UnitNames], today: NaiveDate) -> Result<Reading, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotSheet("not UTF-8 text".into()))?;
    let text = text.trim_start_matches('\u{feff}');
    // Excel in Vietnam often writes ';' between fields.
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::NotSheet(e.to_string()))?;
        rows.push(
            record
                .iter()
                .map(|c| if c.is_empty() { Cell::Empty } else { Cell::Text(c.to_string()) })
                .collect(),
        );
    }
    rows_to_reading(rows, units, today)
}
