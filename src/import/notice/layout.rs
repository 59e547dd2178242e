//! Two shapes a notice's tasks take besides sentences: a table written as text (cells between
//! tabs or bars, in columns of spaces, or one cell a line when its grid was lost: "STT", "Nội
//! dung nhiệm vụ", "Cơ quan chủ trì", …, then "1", the task, the unit, …), and items whose who and when follow as labelled lines ("- Cơ quan chủ
//! trì: Sở Tư pháp.", "- Thời gian hoàn thành: Quý II/2026.").

use crate::import::sheet::column_of;
use crate::text::fold::fold;

/// A table written one cell a line: its rows (the header first), and the lines it took.
pub(super) struct LinearTable {
    pub rows: Vec<Vec<String>>,
    pub lines: std::ops::Range<usize>,
}

/// Finds a table in a notice's text: one copied with tabs between its cells, or one whose grid
/// was lost (see [`linear_table`]).
/// `lines` are trimmed; `raw` are the same lines as written, their indentation kept.
pub(super) fn table(lines: &[&str], raw: &[&str]) -> Option<LinearTable> {
    tabbed_table(lines).or_else(|| spaced_table(raw)).or_else(|| linear_table(lines))
}

/// The cells of a line laid out in columns of spaces: runs of text apart by two spaces or more,
/// each with the character it starts at.
fn spaced_cells(line: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = line.chars().collect();
    let mut cells: Vec<(usize, String)> = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if chars[k] == ' ' {
            k += 1;
            continue;
        }
        let start = k;
        while k < chars.len() && !(chars[k] == ' ' && chars.get(k + 1).is_none_or(|c| *c == ' ')) {
            k += 1;
        }
        cells.push((start, chars[start..k].iter().collect()));
    }
    cells
}

/// A table typed in columns of spaces, as a plain-text copy of a Word table or a fixed-width
/// report gives it: a header naming the task and its lead, then rows whose cells start under
/// their column's header; a line with nothing under the first column goes on with the row
/// above (a cell wrapped onto the next line). Rules of dashes are no rows; an empty line after
/// rows ends it.
fn spaced_table(lines: &[&str]) -> Option<LinearTable> {
    let is_rule = |l: &str| {
        !l.trim().is_empty() && l.trim().chars().all(|c| matches!(c, '-' | '=' | '_' | '+' | '|' | ' '))
    };
    let header_at = lines.iter().position(|l| {
        let cells = spaced_cells(l);
        cells.len() >= 3
            && cells.iter().any(|(_, c)| column_of(c) == Some("text"))
            && cells.iter().any(|(_, c)| column_of(c) == Some("lead"))
    })?;
    let header = spaced_cells(lines[header_at]);
    let starts: Vec<usize> = header.iter().map(|(at, _)| *at).collect();
    let column = |at: usize| starts.iter().rposition(|s| *s <= at + 2).unwrap_or(0);
    let mut rows: Vec<Vec<String>> = vec![header.into_iter().map(|(_, c)| c).collect()];
    let mut end = header_at + 1;
    for (k, line) in lines.iter().enumerate().skip(header_at + 1) {
        if line.trim().is_empty() {
            if rows.len() > 1 {
                break;
            }
            end = k + 1;
            continue;
        }
        end = k + 1;
        if is_rule(line) {
            continue;
        }
        let cells = spaced_cells(line);
        let opens = cells.first().is_some_and(|(at, _)| column(*at) == 0);
        if opens || rows.len() == 1 {
            rows.push(vec![String::new(); starts.len()]);
        }
        let row = rows.last_mut().expect("a row");
        for (at, text) in cells {
            let cell = &mut row[column(at)];
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(&text);
        }
    }
    (rows.len() > 1).then_some(LinearTable { rows, lines: header_at..end })
}

/// A table copied as text with a tab (or typed with a "|") between cells: a header line naming
/// the task and its lead unit, then every line with that separator; a "|---|---|" rule under
/// the header is no row.
fn tabbed_table(lines: &[&str]) -> Option<LinearTable> {
    let cells_of = |l: &str, sep: char| -> Vec<String> {
        let l = l.trim();
        let l = if sep == '|' { l.trim_start_matches('|').trim_end_matches('|') } else { l };
        l.split(sep).map(|c| c.trim().to_string()).collect()
    };
    let (header_at, sep) = lines.iter().enumerate().find_map(|(i, l)| {
        ['\t', '|'].into_iter().find_map(|sep| {
            let cells = cells_of(l, sep);
            (cells.len() >= 3
                && cells.iter().any(|c| column_of(c) == Some("text"))
                && cells.iter().any(|c| column_of(c) == Some("lead")))
            .then_some((i, sep))
        })
    })?;
    // A group's heading between rows ("II. HOÀN THIỆN CƠ CHẾ …", or a part's over its first
    // group: "A PHÁT TRIỂN …" | "I Hoàn thiện thể chế") has no separator; the rows go on after
    // it.
    let end = (header_at + 1..lines.len())
        .find(|&i| !lines[i].contains(sep) && !lines[i + 1..].iter().take(2).any(|next| next.contains(sep)))
        .unwrap_or(lines.len());
    let rule = |l: &str| l.chars().all(|c| matches!(c, '|' | '-' | ':' | '+' | ' ' | '='));
    let rows: Vec<Vec<String>> = lines[header_at..end]
        .iter()
        .filter(|l| !rule(l) && l.contains(sep))
        .map(|l| cells_of(l, sep))
        .collect();
    (rows.len() > 1).then_some(LinearTable { rows, lines: header_at..end })
}

/// Finds a table whose grid was lost: at least four header lines in a row that name columns,
/// among them the task and its lead unit. An empty line inside a row is an empty cell; a cell
/// left out altogether (as PDF tools do with empty ones) is found by what the others hold; a
/// page number and the header repeated on the next page are skipped.
fn linear_table(lines: &[&str]) -> Option<LinearTable> {
    let header_at = (0..lines.len()).find(|&i| {
        let run: Vec<_> =
            lines[i..].iter().take_while(|l| column_of(l).is_some() || is_stt_header(l)).collect();
        run.len() >= 4
            && run.iter().any(|l| column_of(l) == Some("text"))
            && run.iter().any(|l| column_of(l) == Some("lead"))
    })?;
    let header: Vec<String> = lines[header_at..]
        .iter()
        .take_while(|l| column_of(l).is_some() || is_stt_header(l))
        .map(|l| l.to_string())
        .collect();
    let columns = header.len();
    let mut i = header_at + columns;
    // "(1) (2) … (6)": the columns' numbers, a line each.
    while i < lines.len() && (is_column_number(lines[i]) || lines[i].is_empty()) {
        i += 1;
    }
    let mut rows = vec![header.clone()];
    while i < lines.len() {
        // The header again after a page break, perhaps after the page's number.
        let repeats = |at: usize| {
            lines.get(at).is_some_and(|l| *l == header[0])
                && lines[at..].starts_with(&header.iter().map(String::as_str).collect::<Vec<_>>())
        };
        if repeats(i) {
            i += columns;
            continue;
        }
        if is_stt(lines[i]) && !is_roman(lines[i]) && repeats(i + 1) {
            i += 1 + columns;
            continue;
        }
        let line = lines[i];
        // Pages and paragraphs may leave empty lines between rows.
        if line.is_empty() && lines[i + 1..].iter().find(|l| !l.is_empty()).is_some_and(|l| is_stt(l)) {
            i += 1;
            continue;
        }
        if !is_stt(line) {
            break;
        }
        // A part: "I", then its title, a row of its own.
        if is_roman(line) {
            let cells = vec![line.to_string(), lines.get(i + 1).unwrap_or(&"").to_string()];
            rows.push(reorder_part(cells, &rows[0]));
            i += 2;
            continue;
        }
        let mut cells = vec![line.to_string()];
        let mut j = i + 1;
        while j < lines.len() && !(is_stt(lines[j]) && cells.len() >= 3) && cells.len() < columns {
            // An empty cell at the row's end is no line at all; one inside it, an empty line.
            if lines[j].is_empty() && lines[j + 1..].first().is_none_or(|l| l.is_empty() || is_stt(l)) {
                break;
            }
            cells.push(lines[j].to_string());
            j += 1;
        }
        let cells = if cells.len() < columns { align(cells, &rows[0]) } else { cells };
        rows.push(cells);
        i = j;
    }
    (rows.len() > 1).then_some(LinearTable { rows, lines: header_at..i })
}

/// A row that lost its empty cells, put back under its columns: after the number and the task,
/// each cell goes to the first column left that can hold it (a unit's column only takes names
/// of agencies, the deadline's only a deadline).
fn align(cells: Vec<String>, header: &[String]) -> Vec<String> {
    let kinds: Vec<Option<&str>> = header.iter().map(|h| column_of(h)).collect();
    let mut row = vec![String::new(); header.len()];
    let mut column = 0;
    for cell in cells {
        while column < header.len() {
            let fits = match kinds[column] {
                Some("co") => !crate::text::agencies::find_all(&cell).is_empty(),
                Some("deadline") => looks_like_deadline(&cell),
                _ => true,
            };
            if fits {
                break;
            }
            column += 1;
        }
        if column == header.len() {
            break;
        }
        row[column] = cell;
        column += 1;
    }
    row
}

/// A deadline cell: a date, a period, or "Thường xuyên".
fn looks_like_deadline(cell: &str) -> bool {
    // Whether it reads as a deadline, not which day: any reference date will do.
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("valid");
    crate::text::deadline::parse(cell, crate::text::deadline::Context::document(today)).is_ok()
}

/// A part's row as the header orders it: its label under STT, its title under the task.
fn reorder_part(cells: Vec<String>, header: &[String]) -> Vec<String> {
    let mut row = vec![String::new(); header.len()];
    let stt = header.iter().position(|h| is_stt_header(h) || column_of(h) == Some("item")).unwrap_or(0);
    let text = header.iter().position(|h| column_of(h) == Some("text")).unwrap_or(1);
    row[stt] = cells[0].clone();
    row[text] = cells[1].clone();
    row
}

fn is_stt_header(line: &str) -> bool {
    matches!(fold(line).as_str(), "stt" | "tt" | "so tt")
}

fn is_column_number(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('(') && t.ends_with(')') && t[1..t.len() - 1].chars().all(|c| c.is_ascii_digit())
}

pub(super) fn is_roman(line: &str) -> bool {
    let t = line.trim().trim_end_matches('.');
    !t.is_empty() && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

fn is_stt(line: &str) -> bool {
    let t = line.trim().trim_end_matches('.');
    (!t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit())) || is_roman(line)
}

/// The field a labelled line gives an item: "Cơ quan chủ trì: …" is its lead.
pub(super) fn field(line: &str) -> Option<(&'static str, &str)> {
    let (label, value) = line.split_once(':')?;
    // The same words as a table's headers: "Cơ quan chủ trì", "Đơn vị thực hiện", "Thời hạn".
    let name = match column_of(label.trim()) {
        Some(name @ ("lead" | "co" | "deadline" | "other")) => name,
        _ => return None,
    };
    // "Đơn vị chủ trì tham mưu thực hiện: …" is a field; a sentence with a colon is not.
    (fold(label).split_whitespace().count() <= 8).then_some((name, value.trim()))
}
