//! Reading a conclusion notice ("Thông báo kết luận"): its date and title, its sections
//! (chuyển đổi số, Đề án 06), and every assigned item in it: numbered items (`1.1.`, `2)`,
//! `a)`), dashed bullets under an item that names the agency, each with its lead units, its
//! co-units ("phối hợp với …"), its deadline and its text.

use chrono::NaiveDate;

use super::{Assignee, Group, ImportError, Proposal, Reading};
use crate::domain::Programme;
use crate::text::deadline::{self, Context, Deadline};
use crate::text::fold::fold;
use crate::text::units::{UnitNames, find_units};

/// Words that end the part of an item naming who does it ("Sở Nội vụ | tham mưu …").
const ACTION_WORDS: &[&str] = &[
    "chu tri",
    "phoi hop",
    "tham muu",
    "khan truong",
    "tiep tuc",
    "nghien cuu",
    "trien khai",
    "thuc hien",
    "tap trung",
    "phai",
    "co trach nhiem",
    "chiu trach nhiem",
    "to chuc",
    "xay dung",
    "ra soat",
    "hoan thanh",
    "bao cao",
    "nghiem tuc",
    "lam",
    "dua",
    "chi dao",
    "cu the hoa",
    "ngoai",
    "la co quan",
    "can",
    "khong",
    "day manh",
    "tang cuong",
    "ban hanh",
    "huong dan",
    "kiem tra",
    "theo doi",
    "don doc",
    "quan tam",
    "bo tri",
    "uu tien",
    "cap nhat",
];

/// Words an agency's name begins with, for naming an agency that is not registered.
const AGENCY_WORDS: &[&str] = &[
    "so",
    "ban",
    "cong an",
    "bao hiem",
    "ubnd",
    "uy ban",
    "van phong",
    "trung tam",
    "cuc",
    "chi cuc",
    "dai",
    "bao",
    "vien",
    "truong",
    "buu dien",
    "vien thong",
    "vnpt",
    "viettel",
    "tinh doan",
    "hoi",
];

/// Phrases naming all departments and agencies, or all districts.
const DEPARTMENTS: &[&str] = &[
    "cac so",
    "giam doc so",
    "giam doc cac so",
    "thu truong ban nganh",
    "thu truong cac ban nganh",
    "so ban nganh",
    "so nganh",
    "ban nganh",
    "cac co quan don vi",
];
const DISTRICTS: &[&str] = &[
    "uy ban nhan dan huyen thanh pho",
    "uy ban nhan dan cac huyen",
    "ubnd huyen thanh pho",
    "ubnd cac huyen",
    "cac huyen thanh pho",
    "huyen thanh pho",
    "dia phuong",
];

/// How an item starts.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Marker {
    /// `1.`, `1.2.`, `2)`, `a)`: its number.
    Numbered(String),
    /// `-`, `–`, `•`, `+`.
    Bullet,
}

/// One paragraph of the notice's body, with its marker.
#[derive(Debug, Clone)]
struct Para {
    marker: Marker,
    text: String,
}

fn marker(line: &str) -> Option<(Marker, &str)> {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix(['-', '–', '—', '•', '+', '*']) {
        let rest = rest.trim_start();
        return (!rest.is_empty()).then_some((Marker::Bullet, rest));
    }
    // 1. / 1.2. / 1.2.3 / 2) / a) / b.
    let end = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let number = &t[..end];
    if !number.is_empty() && number.starts_with(|c: char| c.is_ascii_digit()) {
        let rest = &t[end..];
        let closed = number.ends_with('.') || rest.starts_with(')');
        let digits_ok = number.trim_end_matches('.').split('.').all(|p| !p.is_empty() && p.len() <= 2);
        let rest = rest.trim_start_matches(')');
        if closed && digits_ok && rest.starts_with(char::is_whitespace) {
            return Some((Marker::Numbered(number.trim_end_matches('.').to_string()), rest.trim_start()));
        }
        return None;
    }
    let mut chars = t.chars();
    if let (Some(letter), Some(close)) = (chars.next(), chars.next())
        && letter.is_alphabetic()
        && letter.is_lowercase()
        && (close == ')' || close == '.')
        && chars.clone().next().is_some_and(char::is_whitespace)
    {
        return Some((Marker::Numbered(letter.to_string()), chars.as_str().trim_start()));
    }
    None
}

/// The notice's date: the first "ngày 08/8/2023" (or "ngày 8 tháng 8 năm 2023") near its top.
fn document_date(text: &str) -> Option<NaiveDate> {
    let head: String = text.chars().take(3000).collect();
    let folded = fold(&head);
    let mut search = folded.as_str();
    while let Some(at) = search.find("ngay ") {
        let after = &search[at + 5..];
        let candidate: String = after.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
        let whole = Context::document(NaiveDate::from_ymd_opt(2000, 1, 1)?);
        if let Some((Deadline::On(d), range)) = deadline::find(&format!("ngày {candidate}"), whole)
            && range.start == 0
        {
            return Some(d);
        }
        search = &search[at + 5..];
    }
    None
}

/// The notice's title line ("THÔNG BÁO Kết luận của …") and its number ("Số: 123/TB-UBND").
fn title_and_number(text: &str) -> (Option<String>, Option<String>) {
    let mut title = None;
    let mut number = None;
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(60).collect();
    for (i, l) in lines.iter().enumerate() {
        let f = fold(l);
        if number.is_none() && (f.starts_with("so ") || f.starts_with("so:")) && l.contains('/') {
            number =
                l.split_once([':', ' ']).map(|(_, n)| n.trim().trim_start_matches(':').trim().to_string());
        }
        if title.is_some() {
            continue;
        }
        if f.contains("thong bao") && f.contains("ket luan") {
            title = Some(l.chars().take(300).collect());
        } else if f == "thong bao" && lines.get(i + 1).is_some_and(|n| fold(n).starts_with("ket luan")) {
            // "THÔNG BÁO" on a line of its own, the subject on the next.
            title = Some(format!("{l} {}", lines[i + 1]).chars().take(300).collect());
        }
    }
    (title, number)
}

/// Finds the tasks of a notice. `units` are the registered units; `today` stands in for the
/// notice's date when it has none.
pub fn read(text: &str, units: &[UnitNames], today: NaiveDate) -> Result<Reading, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let date = document_date(text);
    let (title, number) = title_and_number(text);
    let context = Context::document(date.unwrap_or(today));

    // The body: from the first numbered item to the closing ("Trên đây là …", "Nơi nhận").
    let mut paras: Vec<Para> = Vec::new();
    let mut started = false;
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let f = fold(line);
        let marked = marker(line);
        let closing = f.starts_with("tren day la")
            || f.starts_with("noi nhan")
            || f.starts_with("tm ")
            || (marked.is_none() && (f.contains("thong bao de") || line.ends_with("./.")));
        if started && closing {
            break;
        }
        match marked {
            Some((m @ Marker::Numbered(_), rest)) => {
                started = true;
                paras.push(Para { marker: m, text: rest.to_string() });
            }
            Some((Marker::Bullet, rest)) if started => {
                paras.push(Para { marker: Marker::Bullet, text: rest.to_string() })
            }
            // A paragraph without a marker continues the item before it (a pasted notice breaks
            // lines where Telegram split the message).
            _ if started => {
                if let Some(last) = paras.last_mut() {
                    last.text.push(' ');
                    last.text.push_str(line);
                }
            }
            _ => {}
        }
    }

    let mut proposals = Vec::new();
    let mut programme = Programme::Cds;
    // The number of the current section ("1. Về chuyển đổi số"), for labelling its "a)" items.
    let mut section: Option<String> = None;
    // The item whose children are being read: its number and the leads it names.
    let mut container: Option<(String, Vec<Assignee>)> = None;
    let mut bullets = 0;
    for (index, para) in paras.iter().enumerate() {
        match &para.marker {
            Marker::Numbered(number) => {
                let f = fold(&para.text);
                if is_section(&f) {
                    if f.contains("de an 06") || f.contains("de an06") {
                        programme = Programme::Da06;
                    } else if f.contains("chuyen doi so") {
                        programme = Programme::Cds;
                    }
                    container = None;
                    section = Some(number.clone());
                    continue;
                }
                // Nested under the current container: "1.2" under "1", "a" under "2".
                let nested = container.as_ref().is_some_and(|(parent, _)| {
                    number.starts_with(&format!("{parent}.")) || is_letter(number)
                });
                if !nested {
                    container = None;
                }
                let own = leads(&para.text, units);
                let leads = match (&container, own.is_empty()) {
                    (Some((_, inherited)), true) => inherited.clone(),
                    _ => own,
                };
                let has_children = paras.get(index + 1).is_some_and(|next| match &next.marker {
                    Marker::Bullet => true,
                    Marker::Numbered(child) => {
                        child.starts_with(&format!("{number}.")) || (is_letter(child) && !is_letter(number))
                    }
                });
                if has_children {
                    container = Some((number.clone(), leads));
                    bullets = 0;
                    continue;
                }
                let item = match (&container, &section) {
                    (Some((parent, _)), _) if is_letter(number) => format!("{parent}.{number}"),
                    (None, Some(s)) if is_letter(number) => format!("{s}.{number}"),
                    _ => number.clone(),
                };
                proposals.push(propose(&item, &para.text, leads, units, programme, context));
            }
            Marker::Bullet => {
                let Some((parent, inherited)) = container.clone() else { continue };
                bullets += 1;
                let own = leads(&para.text, units);
                let chosen = if own.is_empty() { inherited } else { own };
                proposals.push(propose(
                    &format!("{parent}/{bullets}"),
                    &para.text,
                    chosen,
                    units,
                    programme,
                    context,
                ));
            }
        }
    }
    if proposals.is_empty() {
        return Err(ImportError::NoTasks);
    }
    let date_text = date.map(|d| {
        format!(
            "{}/{}/{}",
            chrono::Datelike::day(&d),
            chrono::Datelike::month(&d),
            chrono::Datelike::year(&d)
        )
    });
    let source = match (number, &date_text) {
        (Some(n), Some(d)) => format!("Thông báo số {n} ngày {d}"),
        (Some(n), None) => format!("Thông báo số {n}"),
        (None, Some(d)) => format!("Thông báo kết luận ngày {d}"),
        (None, None) => "Thông báo kết luận".to_string(),
    };
    for p in &mut proposals {
        p.source_document = Some(source.clone());
    }
    Ok(Reading { title, date, source: Some(source), proposals })
}

fn is_letter(number: &str) -> bool {
    number.chars().all(|c| c.is_alphabetic())
}

/// "Đối với công tác chuyển đổi số", "Về triển khai Đề án 06": a heading, not a task.
fn is_section(folded: &str) -> bool {
    let short = folded.split_whitespace().count() <= 14;
    short && (folded.starts_with("doi voi") || folded.starts_with("ve ") || folded.starts_with("nhiem vu"))
}

/// Where the naming part of an item ends: before its first action word.
fn lead_zone(text: &str) -> &str {
    let folded_words: Vec<(usize, String)> = text
        .char_indices()
        .filter(|(i, c)| !c.is_whitespace() && (*i == 0 || text[..*i].ends_with(char::is_whitespace)))
        .map(|(i, _)| {
            let word_end = text[i..].find(char::is_whitespace).map_or(text.len(), |e| i + e);
            (i, fold(&text[i..word_end]))
        })
        .collect();
    for (k, (start, _)) in folded_words.iter().enumerate() {
        for phrase in ACTION_WORDS {
            let parts: Vec<&str> = phrase.split(' ').collect();
            let matches = parts.iter().enumerate().all(|(j, p)| {
                folded_words
                    .get(k + j)
                    .is_some_and(|(_, w)| w.trim_matches(|c: char| !c.is_alphanumeric()) == *p)
            });
            if matches {
                return &text[..*start];
            }
        }
    }
    text
}

/// The units and groups an item names as responsible, in order.
fn leads(text: &str, units: &[UnitNames]) -> Vec<Assignee> {
    let zone = lead_zone(text);
    let mut found: Vec<(usize, Assignee)> =
        find_units(zone, units).into_iter().map(|(id, range)| (range.start, Assignee::Unit(id))).collect();
    let folded = fold(zone);
    let padded = format!(" {folded} ");
    let has = |phrases: &[&str]| phrases.iter().any(|p| padded.contains(&format!(" {p} ")));
    // Named groups; a registered unit's own name ("UBND huyện Vũ Thư") is not a group.
    if has(DEPARTMENTS) {
        found.push((usize::MAX - 1, Assignee::Group(Group::Departments)));
    }
    if has(DISTRICTS) {
        found.push((usize::MAX, Assignee::Group(Group::Districts)));
    }
    if found.is_empty() {
        // An agency the committee has not registered: named as it is written.
        let words: Vec<&str> = zone.split_whitespace().collect();
        let f = fold(zone);
        if !words.is_empty()
            && words.len() <= 12
            && AGENCY_WORDS.iter().any(|a| f.starts_with(&format!("{a} ")))
        {
            let name = zone.trim().trim_end_matches([',', ';', ':', '.']).to_string();
            return vec![Assignee::Unknown(name)];
        }
    }
    found.sort_by_key(|(at, _)| *at);
    let mut out: Vec<Assignee> = Vec::new();
    for (_, a) in found {
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

/// The units after "phối hợp với", up to where the sentence moves on.
fn co_units(text: &str, units: &[UnitNames], leads: &[Assignee]) -> Vec<i64> {
    let folded_text = fold(text);
    let Some(at) = folded_text.find("phoi hop voi") else { return Vec::new() };
    // Map the folded position back to the original text by counting words.
    let words_before = folded_text[..at].split_whitespace().count() + 3;
    let mut start = text.len();
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        let letter = c.is_alphanumeric();
        if letter && !in_word {
            if seen == words_before {
                start = i;
                break;
            }
            seen += 1;
        }
        in_word = letter;
    }
    let rest = &text[start..];
    let span = lead_zone(rest);
    let span = &span[..span.find([';', '.']).unwrap_or(span.len())];
    let mut out = Vec::new();
    for (id, _) in find_units(span, units) {
        if !out.contains(&id) && !leads.contains(&Assignee::Unit(id)) {
            out.push(id);
        }
    }
    out
}

fn propose(
    item: &str,
    text: &str,
    leads: Vec<Assignee>,
    units: &[UnitNames],
    programme: Programme,
    context: Context,
) -> Proposal {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let deadline = match deadline::find(&text, context) {
        Some((Deadline::On(d), _)) => Some(d),
        _ => None,
    };
    let co_units = co_units(&text, units, &leads);
    Proposal {
        item: Some(item.to_string()),
        text,
        leads,
        co_units,
        deadline,
        programme,
        source_document: None,
        code: None,
    }
}
