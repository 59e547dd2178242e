//! Reading tasks from a table: a spreadsheet (`.xlsx`, `.csv`, `.tsv`) or a notice's table
//! (STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn | Sản phẩm). The columns are
//! found by their headers, in Vietnamese or English, in any order: code (Mã), text (Nội dung),
//! lead unit (Đơn vị chủ trì), co-units (Đơn vị phối hợp), deadline (Hạn, Thời hạn hoàn thành),
//! programme (Chương trình), source (Văn bản giao), item (STT, Số mục). A row naming only a
//! section ("I | CHUYỂN ĐỔI SỐ") starts a section; the task sheet of `/xuat` reads back too.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;

use super::leads::lead_of;
use super::{Assignee, ImportError, Proposal, Reading};
use crate::domain::{Programme, parse_task_ref};
use crate::text::agencies;
use crate::text::deadline::{self, Context, Deadline};
use crate::text::fold::fold;
use crate::text::units::{UnitMatch, UnitNames, match_unit};

/// The columns and the headers they go by (folded).
const COLUMNS: &[(&str, &[&str])] = &[
    ("code", &["ma", "code", "ma nhiem vu"]),
    ("item", &["so muc", "muc", "item", "stt", "tt", "so tt"]),
    ("text", &["noi dung", "noi dung nhiem vu", "nhiem vu", "task", "text"]),
    ("lead", &["don vi chu tri", "chu tri", "lead unit", "lead", "don vi"]),
    ("co", &["don vi phoi hop", "phoi hop", "co operating units", "co units"]),
    ("deadline", &["han hoan thanh", "han", "thoi han", "thoi han hoan thanh", "deadline"]),
    ("programme", &["chuong trinh", "programme", "program"]),
    ("source", &["van ban giao", "van ban", "source document", "source"]),
];

/// The column a header names: exactly, or by its first words ("Nội dung nhiệm vụ được giao").
pub(super) fn column_of(header: &str) -> Option<&'static str> {
    // "Nội dung/nhiệm vụ": either word names the column.
    let f = fold(header).replace('/', " ");
    // "Đơn vị tính", "ĐVT": a statistics table's unit of measure, not a unit that acts.
    let words: Vec<&str> = f.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if words.starts_with(&["don", "vi", "tinh"]) || words == ["dvt"] {
        return Some("other");
    }
    if let Some((name, _)) = COLUMNS.iter().find(|(_, names)| names.contains(&f.as_str())) {
        return Some(name);
    }
    COLUMNS
        .iter()
        .flat_map(|(name, names)| names.iter().map(move |n| (*name, *n)))
        .filter(|(_, n)| n.contains(' ') && f.starts_with(&format!("{n} ")))
        .max_by_key(|(_, n)| n.len())
        .map(|(name, _)| name)
        .or_else(|| column_by_shape(&f))
}

/// Headers the list does not spell out, by the words offices build them from: "Cơ quan chủ
/// trì", "Cơ quan, đơn vị phối hợp", "Đơn vị thực hiện", "Thời gian hoàn thành", "Tiến độ",
/// "Tên nhiệm vụ", "Nội dung công việc", "Sản phẩm".
fn column_by_shape(f: &str) -> Option<&'static str> {
    let f = f.trim_end_matches(['.', ':', '*']).trim();
    if f.split_whitespace().count() > 8 {
        return None;
    }
    let has = |w: &str| format!(" {f} ").contains(&format!(" {w} "));
    // "Bộ phụ trách tiếp nhận, xử lý": a ministry or department by its kind.
    let who = ["don vi", "co quan", "bo phan", "nguoi"].iter().any(|w| has(w))
        || ["bo ", "so "].iter().any(|w| f.starts_with(w));
    if has("phoi hop") {
        Some("co")
    } else if has("chu tri")
        || who && ["thuc hien", "phu trach", "dau moi", "duoc giao", "xu ly"].iter().any(|w| has(w))
    {
        Some("lead")
    } else if ["thoi gian", "thoi han", "han ", "tien do", "thoi diem", "ngay hoan thanh"]
        .iter()
        .any(|p| f.starts_with(p))
    {
        Some("deadline")
    } else if ["san pham", "ket qua", "ghi chu", "kinh phi", "nguon von"].iter().any(|p| f.starts_with(p)) {
        // Columns a task row carries but a task does not keep.
        Some("other")
    } else if ["nhiem vu", "noi dung", "cong viec"].iter().any(|w| has(w)) || f == "chi tieu" {
        // "Chỉ tiêu": a target given to the unit in charge of it is its work.
        Some("text")
    } else if ["tinh ", "dia phuong", "don vi de xuat", "don vi kien nghi"].iter().any(|p| f.starts_with(p)) {
        // "Tỉnh kiến nghị", "Địa phương": who asked, not who acts.
        Some("other")
    } else if ["de xuat", "kien nghi"].iter().any(|w| has(w)) {
        // "Thông tin đề xuất", "Nội dung kiến nghị": what the one in charge is to deal with.
        Some("text")
    } else {
        None
    }
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
    let mut section_programme = None;
    // "I", "II": the part a table's rows sit in, whose numbers start again at 1 in each.
    let mut part: Option<String> = None;
    for row in rows.iter().skip(header_at + 1) {
        let text = cell(row, Some(text_col));
        if text.is_empty() {
            continue;
        }
        let lead_name = cell(row, Some(lead_col));
        if lead_name.is_empty() && cell(row, deadline_col).is_empty() {
            // "I | CHUYỂN ĐỔI SỐ": a section of the table, not a task.
            let label = cell(row, item_col);
            if is_roman(&label) {
                part = Some(label.trim_end_matches('.').to_string());
            }
            let f = fold(&text);
            section_programme = Programme::named_in(&f).or(section_programme);
            continue;
        }
        let (leads, lead_names) = named(&lead_name, units, today);
        let (co, co_names) = named(&cell(row, co_col), units, today);
        let co_units =
            co.into_iter().filter_map(|a| if let Assignee::Unit(id) = a { Some(id) } else { None }).collect();
        let deadline_words = Some(cell(row, deadline_col)).filter(|c| !c.is_empty());
        let deadline = match deadline_col.and_then(|c| row.get(c)) {
            Some(Cell::Date(d)) => Some(*d),
            Some(other) => match deadline::parse(&other.text(), context) {
                Ok(Deadline::On(d)) => Some(d),
                _ => None,
            },
            None => None,
        };
        let programme = Programme::from_folded(&fold(&cell(row, programme_col)))
            .or(section_programme)
            .unwrap_or(Programme::Cds);
        let code = Some(cell(row, code_col)).filter(|c| parse_task_ref(c).is_some());
        let item = Some(cell(row, item_col)).filter(|c| !c.is_empty()).map(|n| match &part {
            Some(p) if n.trim_end_matches('.').chars().all(|c| c.is_ascii_digit()) => {
                format!("{p}.{}", n.trim_end_matches('.'))
            }
            _ => n,
        });
        let source = Some(cell(row, source_col)).filter(|c| !c.is_empty());
        proposals.push(Proposal {
            item,
            text,
            leads,
            lead_names,
            co_units,
            co_names,
            deadline,
            deadline_text: deadline_words,
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

fn is_roman(label: &str) -> bool {
    let t = label.trim().trim_end_matches('.');
    !t.is_empty() && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// The units a cell names ("Sở Y tế; UBND các xã, phường", "- Sở Nội vụ - Công an tỉnh"): each
/// part between semicolons, lines or dashes is a registered unit, several agencies by the shape
/// of their names, or one unit as written ("Các cơ sở giáo dục đại học trên địa bàn"). "Các cơ
/// quan, đơn vị có liên quan" names no one.
pub(super) fn named(cell: &str, units: &[UnitNames], date: NaiveDate) -> (Vec<Assignee>, Vec<String>) {
    let mut out = Vec::new();
    // "Các Cục: Bản quyền tác giả; Xuất bản, In và Phát hành; Báo chí. Vụ Kế hoạch, Tài
    // chính": members parted by semicolons (their names hold commas), each of the kind before
    // the colon; a sentence's end starts another name.
    let kind = cell.split_once(':').and_then(|(kinds, list)| {
        let words: Vec<&str> = kinds.split_whitespace().collect();
        let plural = words.first().is_some_and(|w| fold(w) == "cac") && (2..=3).contains(&words.len());
        (plural && list.contains(';')).then(|| (agencies::initial_capital(&words[1..].join(" ")), list))
    });
    // "Các Cục: Di sản văn hóa, Bản quyền tác giả": parted by commas, as in prose.
    let members = match &kind {
        None if !cell.contains(';') => super::leads::named_members(cell.trim().trim_end_matches('.'), units),
        _ => None,
    };
    let listed: Vec<&str> = match (&kind, &members) {
        (Some((_, list)), _) => list.split([';', '\n']).collect(),
        (None, Some(members)) => members.iter().flat_map(|m| m.split([';', '\n'])).collect(),
        (None, None) => cell.split([';', '\n']).collect(),
    };
    let mut parts: Vec<String> = Vec::new();
    for part in listed {
        for (k, piece) in part.split(". ").enumerate() {
            let piece = piece.trim();
            match &kind {
                Some((kind, _)) if k == 0 && !piece.is_empty() => parts.push(format!("{kind} {piece}")),
                _ => parts.push(piece.to_string()),
            }
        }
    }
    for part in &parts {
        let part = part.trim().trim_start_matches(['-', '+', '•']).trim().trim_end_matches(['.', ',']).trim();
        if part.is_empty() {
            continue;
        }
        if let UnitMatch::One(id) = match_unit(part, units) {
            out.push((Assignee::Unit(id), part.to_string()));
            continue;
        }
        let found = agencies::find_all(part);
        let from_start = found.first().is_some_and(|a| a.range.start == 0);
        let listed = found.first().is_some_and(|a| part[a.range.end..].trim_start().starts_with(','));
        if (found.len() >= 2 || listed) && from_start
            || found.iter().any(|a| a.range.start == 0 && a.range.end == part.len())
        {
            out.extend(found.iter().flat_map(|a| lead_of(a, units, date)).map(|l| (l.assignee, l.name)));
            // "VNPT Đồng Tháp, Viettel Đồng Tháp, FPT Telecom chi nhánh Đồng Tháp": a name between
            // commas that starts like no agency is one as written.
            let mut at = 0;
            for piece in part.split(',') {
                let range = at..at + piece.len();
                at = range.end + 1;
                let name = piece.trim();
                let covered = found.iter().any(|a| a.range.start < range.end && range.start < a.range.end);
                if !covered && name.starts_with(char::is_uppercase) && name.split_whitespace().count() >= 2 {
                    out.push((Assignee::Unknown(name.to_string()), name.to_string()));
                }
            }
        } else if let Some(first) = found.first().filter(|a| {
            // "Sở KH&CN chủ trì hướng dẫn, tổng hợp", "Sở Khoa học và Công nghệ thúc đẩy, theo
            // dõi, báo cáo chỉ tiêu": the name, then what it does.
            let rest = part[a.range.end..].trim_start();
            a.range.start == 0 && agencies::verb_at(rest, &crate::text::fold::Tokens::new(rest), 0)
        }) {
            out.extend(lead_of(first, units, date).into_iter().map(|l| (l.assignee, l.name)));
        } else if let Some(first) = found.first() {
            // The part is a name the shapes cut short: keep all of it, unless it is vague.
            let whole = agencies::Agency { name: part.to_string(), range: 0..part.len(), group: first.group };
            out.extend(lead_of(&whole, units, date).into_iter().map(|l| (l.assignee, l.name)));
        } else if !fold(part).contains("lien quan") {
            out.push((Assignee::Unknown(part.to_string()), part.to_string()));
        }
    }
    out.into_iter().unzip()
}

/// A table from a Word notice, its cells as text.
pub fn read_table(
    rows: &[Vec<String>],
    units: &[UnitNames],
    date: NaiveDate,
) -> Result<Reading, ImportError> {
    let rows = rows
        .iter()
        .map(|r| {
            r.iter().map(|c| if c.trim().is_empty() { Cell::Empty } else { Cell::Text(c.clone()) }).collect()
        })
        .collect();
    rows_to_reading(rows, units, date)
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
    // Excel in Vietnam often writes ';' between fields; a table copied from Word, tabs.
    let first = text.lines().next().unwrap_or("");
    let counts = [
        (b'\t', first.matches('\t').count()),
        (b';', first.matches(';').count()),
        (b',', first.matches(',').count()),
    ];
    let delimiter = counts.iter().max_by_key(|(_, n)| *n).map_or(b',', |(d, _)| *d);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_rows_and_the_programme_column_name_resolution_57() {
        let units = vec![
            UnitNames { id: 1, names: vec!["Sở Khoa học và Công nghệ".into()] },
            UnitNames { id: 2, names: vec!["Công an tỉnh".into()] },
        ];
        let csv = "STT;Nội dung;Đơn vị chủ trì;Thời hạn;Chương trình\n\
                   I;THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW;;;\n\
                   1;Xây dựng danh mục nhiệm vụ khoa học, công nghệ;Sở Khoa học và Công nghệ;30/9/2026;\n\
                   II;TRIỂN KHAI ĐỀ ÁN 06;;;\n\
                   1;Làm sạch dữ liệu dân cư;Công an tỉnh;30/9/2026;\n\
                   2;Triển khai nền tảng đổi mới sáng tạo;Sở Khoa học và Công nghệ;31/12/2026;Nghị quyết 57\n";
        let today = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let reading = read_csv(csv.as_bytes(), &units, today).unwrap();
        let programmes: Vec<Programme> = reading.proposals.iter().map(|p| p.programme).collect();
        assert_eq!(programmes, [Programme::Nq57, Programme::Da06, Programme::Nq57]);
    }

    #[test]
    fn headers_are_read_by_the_words_offices_build_them_from() {
        let cases = [
            ("TT", Some("item")),
            ("Tên nhiệm vụ", Some("text")),
            ("Nội dung công việc", Some("text")),
            ("Đơn vị thực hiện", Some("lead")),
            ("Cơ quan chủ trì thực hiện", Some("lead")),
            ("Cơ quan, đơn vị phối hợp", Some("co")),
            ("Hạn hoàn thành", Some("deadline")),
            ("Thời gian thực hiện", Some("deadline")),
            ("Ghi chú", Some("other")),
            ("Ngày 12 tháng 3", None),
        ];
        for (header, want) in cases {
            assert_eq!(column_of(header), want, "{header}");
        }
        let csv = "TT,Đơn vị thực hiện,Nội dung công việc,Hạn hoàn thành,Đơn vị phối hợp,Ghi chú\n\
                   1,Sở Y tế,Triển khai bệnh án điện tử,30/9/2026,Bảo hiểm xã hội tỉnh,\n";
        let today = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let reading = read_csv(csv.as_bytes(), &[], today).unwrap();
        let p = &reading.proposals[0];
        assert_eq!(
            (p.lead_names.as_slice(), p.text.as_str()),
            (&["Sở Y tế".to_string()][..], "Triển khai bệnh án điện tử")
        );
        assert_eq!(p.co_names, ["Bảo hiểm xã hội tỉnh"]);
    }
}
