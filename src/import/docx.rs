//! The words of a Word document (`.docx`): its paragraphs in order, each with the number Word
//! draws before it (automatic numbering, `w:numPr`, set on the paragraph or by its style),
//! and its tables as rows of cells.
//!
//! Word does not store the numbers it shows ("1.", "1.2.", "a)"): it stores a list and a level
//! and draws the number from `numbering.xml`. A notice numbered by Word would read as
//! unnumbered paragraphs without them, so they are computed here as Word computes them.

use std::collections::HashMap;
use std::io::Read as _;

use quick_xml::events::{BytesStart, Event};

use super::{ImportError, MAX_BYTES, MAX_CHARS};

/// A Word document's text and tables.
#[derive(Debug, Default)]
pub struct Document {
    /// The paragraphs outside tables, one per line, each after its drawn number.
    pub text: String,
    /// Each table's rows, each row's cells' text.
    pub tables: Vec<Vec<Vec<String>>>,
}

/// Reads a `.docx` file.
pub fn read(bytes: &[u8]) -> Result<Document, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| ImportError::NotDocx)?;
    let document = part(&mut archive, "word/document.xml")?.ok_or(ImportError::NotDocx)?;
    let numbering =
        part(&mut archive, "word/numbering.xml")?.map(|x| Numbering::parse(&x)).unwrap_or_default();
    let styles = part(&mut archive, "word/styles.xml")?.map(|x| style_numbers(&x)).unwrap_or_default();
    Walk::new(numbering, styles).run(&document)
}

/// One part of the package, if present; a decompression bomb stops at the limit.
fn part<R: std::io::Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<Option<String>, ImportError> {
    let Ok(entry) = archive.by_name(name) else { return Ok(None) };
    let mut xml = String::new();
    entry.take(MAX_BYTES as u64 * 8).read_to_string(&mut xml).map_err(|_| ImportError::NotDocx)?;
    Ok(Some(xml))
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.as_ref() == name).map(|a| a.value.into_owned())
}

/// A level of a list: how its number is written.
#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

/// `numbering.xml`: which abstract list each list uses, and the abstract lists' levels.
#[derive(Debug, Default)]
struct Numbering {
    lists: HashMap<String, String>,
    levels: HashMap<(String, u32), Level>,
}

impl Numbering {
    fn parse(xml: &str) -> Self {
        let mut n = Numbering::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        let (mut abstract_id, mut num_id, mut level): (Option<String>, Option<String>, Option<u32>) =
            (None, None, None);
        loop {
            match reader.read_event() {
                Ok(Event::Start(e) | Event::Empty(e)) => match e.name().as_ref() {
                    "w:abstractNum" => abstract_id = attr(&e, "w:abstractNumId"),
                    "w:lvl" => level = attr(&e, "w:ilvl").and_then(|v| v.parse().ok()),
                    "w:num" => num_id = attr(&e, "w:numId"),
                    "w:abstractNumId" => {
                        if let (Some(num), Some(v)) = (&num_id, attr(&e, "w:val")) {
                            n.lists.insert(num.clone(), v);
                        }
                    }
                    name @ ("w:numFmt" | "w:lvlText" | "w:start") => {
                        if let (Some(a), Some(l), Some(v)) = (&abstract_id, level, attr(&e, "w:val")) {
                            let entry = n
                                .levels
                                .entry((a.clone(), l))
                                .or_insert(Level { start: 1, ..Level::default() });
                            match name {
                                "w:numFmt" => entry.format = v,
                                "w:lvlText" => entry.text = v,
                                _ => entry.start = v.parse().unwrap_or(1),
                            }
                        }
                    }
                    _ => {}
                },
                Ok(Event::End(e)) => match e.name().as_ref() {
                    "w:abstractNum" => abstract_id = None,
                    "w:lvl" => level = None,
                    "w:num" => num_id = None,
                    _ => {}
                },
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
        n
    }

    fn level(&self, num_id: &str, ilvl: u32) -> Option<&Level> {
        let abstract_id = self.lists.get(num_id)?;
        self.levels.get(&(abstract_id.clone(), ilvl))
    }
}

/// `styles.xml`: the list each paragraph style numbers its paragraphs with ("List Number").
fn style_numbers(xml: &str) -> HashMap<String, (String, u32)> {
    let mut out = HashMap::new();
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut style, mut num, mut ilvl): (Option<String>, Option<String>, u32) = (None, None, 0);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.name().as_ref() {
                "w:style" => {
                    style = attr(&e, "w:styleId");
                    num = None;
                    ilvl = 0;
                }
                "w:numId" => num = attr(&e, "w:val"),
                "w:ilvl" => ilvl = attr(&e, "w:val").and_then(|v| v.parse().ok()).unwrap_or(0),
                _ => {}
            },
            Ok(Event::End(e)) if e.name().as_ref() == "w:style" => {
                if let (Some(s), Some(n)) = (style.take(), num.take()) {
                    out.insert(s, (n, ilvl));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

/// Walks `document.xml`, numbering paragraphs as Word draws them.
struct Walk {
    numbering: Numbering,
    styles: HashMap<String, (String, u32)>,
    /// Each list's counters by level.
    counters: HashMap<String, [u32; 9]>,
    out: Document,
}

/// The paragraph being read.
#[derive(Default)]
struct Paragraph {
    text: String,
    num: Option<String>,
    ilvl: u32,
    style: Option<String>,
    /// `w:numId` 0 turns numbering off even when the style would number.
    unnumbered: bool,
}

impl Walk {
    fn new(numbering: Numbering, styles: HashMap<String, (String, u32)>) -> Self {
        Walk { numbering, styles, counters: HashMap::new(), out: Document::default() }
    }

    fn run(mut self, xml: &str) -> Result<Document, ImportError> {
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut para: Option<Paragraph> = None;
        let mut in_text = false;
        // Tables: rows of cells of text; nested tables fold into their cell.
        let mut depth = 0usize;
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut cell: Option<String> = None;
        loop {
            let event = reader.read_event().map_err(|_| ImportError::NotDocx)?;
            match event {
                Event::Start(e) => match e.name().as_ref() {
                    "w:tbl" => {
                        depth += 1;
                        if depth == 1 {
                            rows.clear();
                        }
                    }
                    "w:tr" if depth == 1 => rows.push(Vec::new()),
                    "w:tc" if depth == 1 => cell = Some(String::new()),
                    "w:p" => para = Some(Paragraph::default()),
                    "w:t" => in_text = true,
                    _ => {}
                },
                Event::Empty(e) => match e.name().as_ref() {
                    "w:numId" => {
                        if let Some(p) = para.as_mut() {
                            let v = attr(&e, "w:val").unwrap_or_default();
                            p.unnumbered = v == "0";
                            p.num = Some(v);
                        }
                    }
                    "w:ilvl" => {
                        if let Some(p) = para.as_mut() {
                            p.ilvl = attr(&e, "w:val").and_then(|v| v.parse().ok()).unwrap_or(0).min(8);
                        }
                    }
                    "w:pStyle" => {
                        if let Some(p) = para.as_mut() {
                            p.style = attr(&e, "w:val");
                        }
                    }
                    "w:tab" => push(&mut para, "\t"),
                    "w:br" | "w:cr" => push(&mut para, " "),
                    _ => {}
                },
                Event::End(e) => match e.name().as_ref() {
                    "w:t" => in_text = false,
                    "w:p" => {
                        if let Some(p) = para.take() {
                            let line = self.line(p);
                            match cell.as_mut() {
                                Some(c) if depth >= 1 => {
                                    if !c.is_empty() {
                                        c.push('\n');
                                    }
                                    c.push_str(&line);
                                }
                                _ => {
                                    self.out.text.push_str(&line);
                                    self.out.text.push('\n');
                                }
                            }
                        }
                    }
                    "w:tc" if depth == 1 => {
                        if let (Some(c), Some(row)) = (cell.take(), rows.last_mut()) {
                            row.push(c);
                        }
                    }
                    "w:tbl" => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            self.out.tables.push(std::mem::take(&mut rows));
                        }
                    }
                    _ => {}
                },
                Event::Text(t) if in_text => push(&mut para, &t),
                Event::GeneralRef(r) if in_text => {
                    if let Some(c) = entity(&r.into_inner()) {
                        push(&mut para, &c.to_string());
                    }
                }
                Event::Eof => break,
                _ => {}
            }
            if self.out.text.len() > MAX_CHARS * 4 {
                return Err(ImportError::TooLarge);
            }
        }
        Ok(self.out)
    }

    /// A paragraph's line: the number Word draws, then its text.
    fn line(&mut self, p: Paragraph) -> String {
        let list = match (&p.num, &p.style) {
            (Some(_), _) if p.unnumbered => None,
            (Some(n), _) => Some((n.clone(), p.ilvl)),
            (None, Some(style)) => self.styles.get(style).cloned(),
            (None, None) => None,
        };
        let text = p.text.trim().to_string();
        let Some((num, ilvl)) = list else { return text };
        let Some(level) = self.numbering.level(&num, ilvl).cloned() else { return text };
        if level.format == "bullet" || level.format == "none" {
            return if level.format == "bullet" { format!("- {text}") } else { text };
        }
        let counters = self.counters.entry(num.clone()).or_insert([0; 9]);
        let lvl = ilvl as usize;
        counters[lvl] = if counters[lvl] == 0 { level.start } else { counters[lvl] + 1 };
        for deeper in counters.iter_mut().skip(lvl + 1) {
            *deeper = 0;
        }
        let counters = *counters;
        // "%1.%2." → "1.2."; each placeholder in its own level's format.
        let mut label = level.text.clone();
        for k in (0..=lvl).rev() {
            let value = counters[k].max(1);
            let format =
                self.numbering.level(&num, k as u32).map_or("decimal".to_string(), |l| l.format.clone());
            label = label.replace(&format!("%{}", k + 1), &number_text(value, &format));
        }
        format!("{label} {text}")
    }
}

fn push(para: &mut Option<Paragraph>, s: &str) {
    if let Some(p) = para.as_mut() {
        p.text.push_str(s);
    }
}

/// A number written as a list level writes it.
fn number_text(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" | "upperLetter" => {
            let letter = char::from(b'a' + ((n - 1) % 26) as u8);
            if format == "upperLetter" { letter.to_ascii_uppercase().to_string() } else { letter.to_string() }
        }
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    const NUMERALS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
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
