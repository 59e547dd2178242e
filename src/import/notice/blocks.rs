//! A notice as paragraphs: lines joined where a PDF or a pasted message broke a sentence,
//! page numbers dropped, each paragraph with its label (`1.`, `1.2.`, `a)`, `II.`, a bullet),
//! and the body told from the header and the closing.

use std::ops::Range;

use crate::text::agencies;
use crate::text::fold::{Tokens, fold};

/// How a paragraph is marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Label {
    /// `1.`, `1.2.`, `2)`, `a)`, `II.`: the number without its punctuation.
    Number(String),
    /// `-`, `–`, `•`, `+`, `*`.
    Bullet,
}

#[derive(Debug, Clone)]
pub(super) struct Para {
    pub label: Option<Label>,
    pub text: String,
    /// A page's own heading in Markdown ("## Chính sách đặc biệt của Dự án"): a new part of the
    /// page, which ends the lists and addressees above it.
    pub heading: bool,
    /// "Điều 2. Trình tự, thủ tục …": a decision's or a rule's article, its number aside, which
    /// ends what its neighbour's title said of the text under it ("2. Đối tượng áp dụng").
    pub article: bool,
}

/// "4. Các lực lượng … khi có yêu cầu. 5. Ban Chỉ huy PCTT …": the next item run into the
/// line of the one before, put on a line of its own.
fn inline_items(text: &str) -> String {
    let split = |line: &str| -> String {
        let Some((Label::Number(n), _)) = label(line) else { return line.to_string() };
        let Ok(mut k) = n.parse::<u32>() else { return line.to_string() };
        let mut out = String::new();
        let mut rest = line;
        loop {
            let marker = format!(". {}. ", k + 1);
            match rest.find(&marker) {
                Some(at) if rest[at + marker.len()..].starts_with(char::is_uppercase) => {
                    out.push_str(&rest[..=at]);
                    out.push('\n');
                    rest = &rest[at + 2..];
                    k += 1;
                }
                _ => break,
            }
        }
        out.push_str(rest);
        out
    };
    text.lines().map(split).collect::<Vec<_>>().join("\n")
}

/// The paragraphs of a text.
pub(super) fn paragraphs(text: &str) -> Vec<Para> {
    let text = &article_numbers_joined(&inline_items(text));
    let mut out: Vec<Para> = Vec::new();
    // Text taken from a PDF breaks lines inside sentences: when a good share of lines start in
    // lower case (an item's "a)" aside), a line continues the one before unless that ended a
    // sentence or stopped short of the page's width ("5. Sở Nội vụ" over its item's text).
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let lower =
        lines.iter().filter(|l| label(l).is_none() && l.starts_with(|c: char| c.is_lowercase())).count();
    let wrapped = lines.len() >= 10 && lower * 4 >= lines.len();
    let width = {
        let mut lengths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
        lengths.sort_unstable();
        lengths.get(lengths.len() * 9 / 10).copied().unwrap_or(0)
    };
    let mut previous_full = false;
    // Whether the line before was under half the page's width.
    let mut previous_short = false;
    // Whether the line before was in capitals (a title, a heading), which ends where it ends.
    let mut previous_caps = false;
    // Where wrapped lines follow each other and paragraphs have blank lines between them (a
    // document site's Markdown), a blank line ends a paragraph; where every line has one after
    // it (some converters), it says nothing.
    let all: Vec<&str> = text.lines().map(str::trim).collect();
    let together = all.windows(2).filter(|w| !w[0].is_empty() && !w[1].is_empty()).count();
    let apart = all.windows(2).filter(|w| !w[0].is_empty() && w[1].is_empty()).count();
    let blank_ends = apart > 0 && together >= apart;
    // Paragraphs a blank line apart throughout, not a blank or two in a page of lines.
    let spaced = blank_ends && apart * 8 >= together;
    let mut after_blank = false;
    for raw in text.lines() {
        let line = without_source_tag(raw.trim().trim_start_matches('\u{feff}'));
        if line.is_empty() {
            after_blank = true;
            continue;
        }
        let blank_before = std::mem::replace(&mut after_blank, false) && blank_ends;
        // Links under "Xem thêm" on a news page.
        if line.starts_with(">>") {
            continue;
        }
        // A page number on a line of its own ("2", "- 3 -").
        let bare = line.trim_matches(|c: char| c == '-' || c.is_whitespace());
        if !bare.is_empty() && bare.len() <= 3 && bare.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        // A photo's caption ("… chăn nuôi. Ảnh: CTV", "… (Hình từ Internet)"), or the photo
        // itself in Markdown ("![Các đơn vị ký kết biên bản …](https://…)"): no text of the
        // document's.
        if is_caption(line) || line.starts_with("![") && line.ends_with(')') {
            continue;
        }
        // "..." alone: a news page's mark for what it left out of the text it quotes.
        if line.chars().all(|c| matches!(c, '.' | '…' | ' ')) {
            continue;
        }
        let full = std::mem::replace(&mut previous_full, line.chars().count() * 5 >= width * 3);
        let caps = std::mem::replace(
            &mut previous_caps,
            line.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase),
        );
        // A page converted line by line cuts a paragraph's first line short of the width
        // ("Theo đề nghị của Giám đốc Sở" | "Nội vụ tại Tờ trình …"); in wrapped text only
        // its ending punctuation ends a paragraph.
        let short = std::mem::replace(&mut previous_short, line.chars().count() * 2 < width);
        let full = full || wrapped && !caps;
        // "  Thời hạn: trước ngày 13/02." under a bullet, "- Thời gian hoàn thành: …" under an
        // item: the deadline of the work above it.
        let bare = match label(line) {
            None => Some(line),
            Some((Label::Bullet, rest))
                if out.last().is_some_and(|p| matches!(p.label, Some(Label::Number(_)))) =>
            {
                Some(rest)
            }
            _ => None,
        };
        if let Some(line) = bare
            && is_deadline_line(line)
            && let Some(last) = out.last_mut()
            && super::layout::field(&last.text).is_none()
        {
            if !last.text.trim_end().ends_with(['.', ';', '!', '?']) {
                last.text.push('.');
            }
            last.text.push(' ');
            last.text.push_str(line);
            continue;
        }
        // "- Thực hiện theo đường dẫn: https://forms.gle/…": where to do the work above, no work
        // of its own; the item's deadline may follow it.
        if let Some((Label::Bullet, rest)) = label(line)
            && out.last().is_some_and(|p| matches!(p.label, Some(Label::Number(_))))
            && rest.rsplit_once(": ").is_some_and(|(_, link)| {
                let link = link.trim().trim_end_matches(['.', ';']);
                (link.starts_with("http://") || link.starts_with("https://")) && !link.contains(' ')
            })
        {
            continue;
        }
        // "… giai đoạn 2016" | "- 2020; tình hình …": a range of years wrapped at its dash.
        let range_goes_on = line.starts_with('-')
            && line[1..].trim_start().starts_with(|c: char| c.is_ascii_digit())
            && out.last().is_some_and(|p| p.text.ends_with(|c: char| c.is_ascii_digit()));
        if range_goes_on && let Some(last) = out.last_mut() {
            last.text.push(' ');
            last.text.push_str(line);
            continue;
        }
        // "# Chính sách …" (a Markdown heading, as `plain` leaves it): a part of its own.
        if let Some(rest) = line.strip_prefix("# ") {
            out.push(Para { label: None, text: rest.trim().to_string(), heading: true, article: false });
            continue;
        }
        match label(line) {
            Some((label, rest)) => {
                out.push(Para { label: Some(label), text: rest.to_string(), heading: false, article: false })
            }
            None => {
                // "… tìm kiếm cứu nạn năm" | "2014 trước ngày 20/4/2015; …": a number that is
                // no item's goes on with a line that did not end its sentence.
                let number_goes_on = line.starts_with(|c: char| c.is_ascii_digit())
                    && out.last().is_some_and(|p| !p.text.ends_with(['.', ':', ';', '!', '?', ')']));
                // "… trọng tâm là các tỉnh:" | "Đắk Lắk, Khánh Hòa, …": the members of a group.
                let members_follow = out.last().is_some_and(|p| {
                    let f = fold(&p.text);
                    let f = f.trim_end();
                    p.text.trim_end().ends_with(':')
                        && [
                            "cac tinh",
                            "cac bo",
                            "cac thanh pho",
                            "cac xa",
                            "cac phuong",
                            "cac so",
                            "cac cuc",
                        ]
                        .iter()
                        .any(|g| f.ends_with(g))
                });
                // A title in capitals ends where it ends.
                let after_title = caps && !line.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
                // "- Cơ quan chủ trì: Sở Nội vụ, Sở" | "Giáo dục và Đào tạo.": a line cannot end on
                // a name's head or a word that joins; nor "8. Giám đốc" | "Sở, Thủ trưởng …" on an
                // office's title before whose it is, nor "Ủy ban Mặt trận" | "Tổ quốc …".
                let cut_short = out.last().is_some_and(|p| {
                    let last = p.text.rsplit(' ').next().unwrap_or_default();
                    matches!(last, "Sở" | "Bộ" | "Ban" | "Cục" | "UBND" | "và" | "của" | "các" | "với")
                        // "… Hội Liên hiệp" | "Phụ nữ Thành phố …".
                        || matches!(last, "đốc" | "tịch" | "trưởng" | "trận" | "hiệp")
                            && line.starts_with(char::is_uppercase)
                });
                // "… yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;" | "Khoa học và Công nghệ
                // xây dựng …": the members go on past the semicolon.
                let members_go_on = out
                    .last()
                    .is_some_and(|p| p.text.ends_with(';') && lists_members(p.text.trim_end_matches(';')));
                // "Kính gửi: Ủy" | "ban nhân dân các tỉnh …" | "Thực hiện Nghị định …": the
                // letter's body opens after its addressees, with no stop between them.
                let body_opens = line.starts_with(char::is_uppercase)
                    && out.last().is_some_and(|p| fold(&p.text).starts_with("kinh gui"))
                    && {
                        let opening = fold(line);
                        [
                            "thuc hien ",
                            "can cu ",
                            "theo ",
                            "de ",
                            "nham ",
                            "ngay ",
                            "tren co so ",
                            "tiep theo ",
                            "vua qua",
                            "hien nay",
                            "sau khi ",
                        ]
                        .iter()
                        .any(|w| opening.starts_with(w))
                    };
                let continues = line.starts_with(|c: char| c.is_lowercase())
                    || number_goes_on
                    || members_go_on
                    || members_follow
                    || cut_short
                    || !blank_before
                        && out.last().is_some_and(|p| {
                            p.text.ends_with([',', '-'])
                                || wrapped
                                && full
                                && !after_title
                                && !p.text.ends_with(['.', ':', ';', '!', '?'])
                                // "I. Nhiệm vụ chung" | "Ban Chỉ huy … tập trung …": a short
                                // heading ends on its line ("c) Về việc thỏa thuận giao cắt tuyến
                                // ống Cái" | "Mép-Phú Mỹ: …" goes on); so does "1. Sở Y tế" |
                                // "Chủ trì, tổ chức …", an item's unit over its work. Where a
                                // blank line ends a paragraph, a line that has none before it
                                // goes on ("d) Ủy ban nhân dân thành phố Hà" | "Nội, …").
                                && !(short
                                    && !spaced
                                    && (is_heading(p)
                                        || matches!(p.label, Some(Label::Number(_)))
                                            && !p.text.contains(':')
                                            && line.starts_with(char::is_uppercase)))
                        });
                // "Kính gửi: …" opens the addressees on a line of its own, however the page
                // wrapped the letterhead above it.
                let addressees_open = fold(line).starts_with("kinh gui");
                match out.last_mut() {
                    Some(last) if continues && !body_opens && !addressees_open && !last.heading => {
                        last.text.push(' ');
                        last.text.push_str(line);
                    }
                    // "Điều 2. Hội đồng nhân dân tỉnh giao …": an article's text, its number aside.
                    _ => {
                        let text = without_article(line);
                        out.push(Para {
                            label: None,
                            text: text.to_string(),
                            heading: false,
                            article: text.len() < line.len(),
                        })
                    }
                }
            }
        }
    }
    out
}

/// A news photo's caption: it ends on its credit ("Ảnh: CTV", "(Ảnh: Minh Anh)", "(Hình từ
/// Internet)", "Ảnh minh họa").
fn is_caption(line: &str) -> bool {
    let l = line.trim().trim_end_matches(['*', '_', ' ']);
    let l = l.strip_suffix(')').map_or(l, str::trim_end);
    let f = fold(l);
    if f.ends_with("hinh tu internet") || f.ends_with("hinh anh tu internet") || f.ends_with("anh minh hoa") {
        return true;
    }
    f.rsplit_once("anh:").is_some_and(|(before, credit)| {
        let credit_words = credit.split_whitespace().count();
        (before.is_empty() || before.ends_with(". ") || before.ends_with("(") || before.ends_with(' '))
            && (1..=5).contains(&credit_words)
            && line.contains("Ảnh:")
    })
}

/// A page kept as Markdown for a static site opens on its metadata between two "---" lines
/// ("title: …", "date: 2026-03-24 00:00:01", "tags:" and their bullets), and may hold comments
/// ("[//]: # (…)"): none of it is the document's text, and its bullets are no items. The title
/// stays as the first line, the date as a dateline the reader knows ("ngày 24 tháng 3 năm 2026").
fn without_front_matter(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let close = first.filter(|&f| lines[f].trim() == "---").and_then(|f| {
        lines.iter().skip(f + 1).take(40).position(|l| l.trim() == "---").map(|n| (f, f + 1 + n))
    });
    let keyed = |l: &str| {
        let t = l.trim();
        t.is_empty()
            || t.starts_with("- ")
            || t.split_once(':').is_some_and(|(k, _)| {
                !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            })
    };
    let mut out = Vec::new();
    let rest = match close {
        Some((f, c)) if c > f + 1 && lines[f + 1..c].iter().all(|l| keyed(l)) => {
            for l in &lines[f + 1..c] {
                let Some((key, value)) = l.trim().split_once(':') else { continue };
                let value = value.trim().trim_matches(['"', '\'']);
                match key.trim() {
                    "title" if !value.is_empty() => out.push(value.to_string()),
                    "date" => {
                        let day = value.split_whitespace().next().unwrap_or_default();
                        if let Ok(d) = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") {
                            use chrono::Datelike;
                            out.push(format!("ngày {} tháng {} năm {}", d.day(), d.month(), d.year()));
                        }
                    }
                    _ => {}
                }
            }
            &lines[c + 1..]
        }
        _ => &lines[..],
    };
    if out.is_empty() && rest.len() == lines.len() && !text.contains("[//]: #") {
        return text.to_string();
    }
    out.extend(rest.iter().filter(|l| !l.trim_start().starts_with("[//]: #")).map(|l| l.to_string()));
    out.join("\n")
}

/// Text converted from a web page to Markdown, as document sites and archives give it: bold and
/// italic marks ("**1.** Bộ Tài chính", "*Hà Nội, ngày …*") are dropped, and a table written
/// one cell to a run of lines, a bar ("|") alone after each cell and a second one ending the
/// row, becomes one line a row, cells apart by tabs, as a copied table gives it. Rows become
/// lines only from the one naming the columns on (the task and its lead); bars elsewhere (the
/// letterhead, "Kính gửi") are dropped and their lines kept as they are. Rules ("---") and a
/// converter's page breaks go; a label alone on its line ("4.", "-") joins the line after it.
/// An item's bold or italic heading wrapped over lines ("**2. Ban Quản lý Khu kinh tế" | "Đông
/// Nam**") is one line, however the page wrapped it.
/// A scan's text layer puts a quote mark where the page had a speck ("Tổng cục “Thuế yêu cầu
/// …"); an opening quote that no closing one follows within its paragraph is dropped, so the
/// name reads whole.
fn without_stray_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('“') {
        let after = &rest[at + '“'.len_utf8()..];
        let paragraph_end = after.find("\n\n").unwrap_or(after.len());
        out.push_str(&rest[..at]);
        if after[..paragraph_end].contains('”') {
            out.push('“');
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

pub(super) fn plain(text: &str) -> String {
    let text = &without_front_matter(text);
    let text = &without_stray_quotes(text);
    let raw: Vec<&str> = text.lines().collect();
    // An italic span likewise ("*1.1." | "Trưởng Ban Chỉ đạo*"), not a bullet ("* Sở …").
    let odd = |l: &str| {
        let t = l.trim();
        let italic = t.strip_prefix('*').is_some_and(|r| !r.starts_with(['*', ' ']))
            || t.strip_suffix('*').is_some_and(|r| !r.ends_with(['*', ' ']));
        l.matches("**").count() % 2 == 1 || italic && l.replace("**", "").matches('*').count() % 2 == 1
    };
    let mut spans: Vec<String> = Vec::new();
    let mut k = 0;
    while k < raw.len() {
        let mut line = raw[k].to_string();
        k += 1;
        // Closed within three lines, or a stray mark ("ngày 25 tháng 1**1** năm 2025**"); an
        // item's heading only, since a letterhead's lines set the page's width.
        if odd(&line)
            && label(line.replace('*', "").trim()).is_some()
            && let Some(n) = raw[k..].iter().take(3).take_while(|l| !l.trim().is_empty()).position(|l| odd(l))
        {
            for l in &raw[k..=k + n] {
                line.push(' ');
                line.push_str(l.trim());
            }
            k += n + 1;
        }
        spans.push(line);
    }
    let lines: Vec<String> = spans
        .iter()
        .map(|l| {
            let l = l.replace("**", "").replace("__", "");
            // "*Đơn vị chủ trì thực hiện: *Sở Nội vụ": italics' marks; "* Sở Tài chính:" is a
            // bullet.
            let l = match l.trim_start().strip_prefix("* ") {
                Some(rest) => format!("* {}", rest.replace('*', "")),
                None if l.contains('*') => l.replace('*', ""),
                None => l,
            };
            // "## Yêu cầu đối với …": a Markdown heading, one mark left to say so ("# …"), and
            // its numbered item's number ("## 2. Sở Y tế") read as any other.
            let l = match l.trim_start().strip_prefix('#') {
                Some(rest) => {
                    let rest = rest.trim_start_matches('#').trim_start();
                    if label(rest).is_some() || rest.is_empty() {
                        rest.to_string()
                    } else {
                        format!("# {rest}")
                    }
                }
                None => l,
            };
            // Indentation is kept: a table typed in columns of spaces is read by it.
            let indent = &l[..l.len() - l.trim_start().len()];
            let t = l.trim();
            // "*Hà Nội, ngày …*": italics; "* Sở Tài chính:" (a space after) is a bullet.
            let t = match t.strip_prefix('*') {
                Some(rest) if !rest.starts_with(char::is_whitespace) && !rest.is_empty() => rest,
                _ => t,
            };
            let t = match t.strip_suffix('*') {
                Some(rest) if !rest.ends_with(char::is_whitespace) && !rest.is_empty() => rest,
                _ => t,
            };
            // "| BỘ … | CỘNG HÒA … |", "| Kính gửi: | - Sở …; - Sở … |": a letterhead laid out in
            // a Markdown row of one or two cells is its cells, a line each.
            if t.len() > 2 && t.starts_with('|') && t.ends_with('|') {
                let cells: Vec<&str> = t[1..t.len() - 1].split('|').map(str::trim).collect();
                if cells.len() <= 2 {
                    let kept: Vec<&str> =
                        cells.into_iter().filter(|c| !c.chars().all(|ch| ch == '-' || ch == ':')).collect();
                    return kept.join("\n");
                }
            }
            // "--- PAGE BREAK ---": a converter's mark between a PDF's pages.
            let page_break =
                t.trim_matches(|c: char| c == '-' || c.is_whitespace()).eq_ignore_ascii_case("page break");
            // "---", "-------": a rule, no bullet.
            let rule = t.len() >= 3 && t.chars().all(|c| matches!(c, '-' | '_' | '=' | '–' | '—'));
            if page_break || rule || t.chars().all(|c| c == '*' || c.is_whitespace()) {
                String::new()
            } else {
                format!("{indent}{t}")
            }
        })
        .collect();
    // "-" or "4." alone, its words on the next line: one bullet, one item.
    let bare_label = |l: &str| {
        let l = l.trim();
        matches!(l, "-" | "–" | "+" | "•")
            || l.len() <= 6
                && l.ends_with(['.', ')'])
                && l.len() > 1
                // "4.", "1.2.", "II." — not "2025." ending a wrapped sentence.
                && l[..l.len() - 1].trim_end_matches('.').split('.').all(|p| {
                    !p.is_empty()
                        && (p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit())
                            || p.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
                })
    };
    let mut merged: Vec<String> = Vec::with_capacity(lines.len());
    for line in lines {
        match merged.last_mut() {
            Some(last) if bare_label(last) && !line.trim().is_empty() && line.trim() != "|" => {
                *last = format!("{} {}", last.trim_end(), line.trim_start());
            }
            // "Thời" | "gian hoàn thành: Tháng 12/2025.": a line cut after its first word.
            Some(last)
                if last.trim().chars().count() <= 6
                    && last.trim().chars().all(char::is_alphabetic)
                    && last.trim().starts_with(char::is_uppercase)
                    && line.trim_start().starts_with(char::is_lowercase) =>
            {
                *last = format!("{} {}", last.trim(), line.trim_start());
            }
            _ => merged.push(line),
        }
    }
    let lines = merged;
    if lines.iter().filter(|l| l.trim() == "|").count() < 4 {
        return lines.join("\n");
    }
    let mut out: Vec<String> = Vec::new();
    let mut header = false;
    let mut cells: Vec<Vec<String>> = Vec::new();
    let mut cell: Vec<String> = Vec::new();
    let mut flush = |cells: &mut Vec<Vec<String>>, out: &mut Vec<String>| {
        // The header's row may start with what stood above the table in the same layout cell
        // (a title, a signature): the row starts at its first column's name ("TT", "STT").
        let stt = |c: &Vec<String>| matches!(fold(&c.join(" ")).as_str(), "stt" | "tt" | "so tt");
        if !header && let Some(first) = cells.iter().position(stt).filter(|&k| k > 0) {
            out.extend(cells.drain(..first).flatten());
        }
        let joined: Vec<String> = cells
            .iter()
            .map(|c| c.iter().filter(|l| !l.trim().is_empty()).cloned().collect::<Vec<_>>().join(" "))
            .collect();
        let names_columns = joined.iter().any(|c| crate::import::sheet::column_of(c) == Some("text"))
            && joined.iter().any(|c| crate::import::sheet::column_of(c) == Some("lead"));
        header |= cells.len() >= 3 && names_columns;
        // A cell of many lines is a page's body in a layout table, not a row's cell.
        let short = cells.iter().all(|c| c.iter().filter(|l| !l.trim().is_empty()).count() <= 12);
        if header && cells.len() >= 3 && short {
            out.push(joined.join("\t"));
        } else if header && short && !cells.is_empty() {
            // A group's heading between rows ("II", "TRIỂN KHAI ĐỒNG BỘ …"): one line.
            out.push(joined.join(" "));
        } else {
            out.extend(cells.iter().flatten().cloned());
        }
        cells.clear();
    };
    for line in lines {
        match line.trim() {
            "|" if cell.is_empty() => flush(&mut cells, &mut out),
            "|" => cells.push(std::mem::take(&mut cell)),
            // A blank line inside a cell of prose ends a paragraph there.
            "" if !cell.is_empty() => cell.push(String::new()),
            "" => {}
            _ => cell.push(line),
        }
    }
    if !cell.is_empty() {
        cells.push(cell);
    }
    flush(&mut cells, &mut out);
    out.join("\n")
}

/// "**Điều" | "16. Trách nhiệm của Sở …**": an article's word on a line of its own, its number
/// and title on the next (a site's Markdown broke the bold title), joined again.
fn article_numbers_joined(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut held: Option<&str> = None;
    for line in text.lines() {
        if let Some(word) = held.take() {
            if line.trim().is_empty() {
                held = Some(word);
                continue;
            }
            // "Điều" | "16. Trách nhiệm …"; "Điều 2." | "Nhiệm vụ, quyền hạn**".
            let numbered = line
                .trim_start()
                .split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
                || word.trim().trim_matches('*').trim().ends_with('.');
            out.push_str(word.trim_end());
            out.push(if numbered { ' ' } else { '\n' });
            out.push_str(line.trim_start());
            out.push('\n');
            continue;
        }
        let bare = line.trim().trim_matches('*').trim();
        let article = bare.strip_prefix("Điều").is_some_and(|n| {
            let n = n.trim().trim_end_matches('.');
            n.is_empty() || n.chars().all(|c| c.is_ascii_digit()) && bare.ends_with('.')
        });
        if article {
            held = Some(line);
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    if let Some(word) = held {
        out.push_str(word);
        out.push('\n');
    }
    out
}

/// "Điều 2. Hội đồng nhân dân tỉnh yêu cầu …": the text of a resolution's article, without its
/// number, for reading the article's opening.
pub(super) fn without_article(text: &str) -> &str {
    text.strip_prefix("Điều ")
        .and_then(|rest| rest.split_once(". "))
        .filter(|(number, _)| !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()))
        .map_or(text, |(_, after)| after)
}

/// A news report's first line without the paper's tag: "ĐTO - Để đảm bảo …", "(Chinhphu.vn) –
/// Thủ tướng …", "TTXVN - …".
fn without_source_tag(line: &str) -> &str {
    // "10:51, 23/03/2021 UBND tỉnh …": a news page's time stamp before the text.
    let stamp = |s: &str| -> Option<usize> {
        let (time, rest) = s.split_once(", ")?;
        let (h, m) = time.split_once(':')?;
        let digits = |x: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&x.len()) && x.chars().all(|c| c.is_ascii_digit())
        };
        let day = rest.split(' ').next()?;
        let parts: Vec<&str> = day.split('/').collect();
        (digits(h, 1..=2) && digits(m, 2..=2) && parts.len() == 3 && parts.iter().all(|p| digits(p, 1..=4)))
            .then(|| time.len() + 2 + day.len())
    };
    if let Some(n) = stamp(line)
        && line[n..].trim_start().starts_with(char::is_uppercase)
    {
        return line[n..].trim_start();
    }
    // "(Baoquangngai.vn)- …", "(PLO)- …": a bracketed tag, the dash straight after it.
    if let Some(inner) = line.strip_prefix('(')
        && let Some(close) = inner.find(')').filter(|&c| c <= 40)
        && let Some(rest) = inner[close + 1..].trim_start().strip_prefix(['-', '–'])
        && rest.trim_start().starts_with(char::is_uppercase)
    {
        return rest.trim_start();
    }
    // "(hocmon.gov.vn) Theo Công văn …", "(Chinhphu.vn) Ngày 10/10, …": the site's name, no dash.
    if let Some(inner) = line.strip_prefix('(')
        && let Some(close) = inner.find(')').filter(|&c| c <= 40)
        && !inner[..close].contains(' ')
        && [".vn", ".com", ".net", ".org"].iter().any(|d| inner[..close].to_lowercase().ends_with(d))
        && inner[close + 1..].trim_start().starts_with(char::is_uppercase)
    {
        return inner[close + 1..].trim_start();
    }
    let Some((tag, rest)) = line.split_once(" - ").or_else(|| line.split_once(" – ")) else {
        return line;
    };
    let bracketed = tag.starts_with('(') && tag.ends_with(')') && tag.len() <= 40;
    // Not "II - NHIỆM VỤ", a numbered heading.
    let capitals = tag.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !tag.chars().all(|c| "IVXLC".contains(c))
        && tag.split_whitespace().count() <= 2
        && tag.chars().all(|c| c.is_uppercase() || c == '.' || c == ' ' || c.is_ascii_digit());
    if (bracketed || capitals) && rest.starts_with(char::is_uppercase) { rest } else { line }
}

/// A line that only dates: "Thời hạn: …", "Thời gian: …", "Thời gian hoàn thành: …".
fn is_deadline_line(line: &str) -> bool {
    let f = fold(line);
    ["thoi han", "thoi gian", "han hoan thanh", "han nop", "han gui", "han chot"]
        .iter()
        .any(|w| f.starts_with(w))
        && line.split_once(':').is_some_and(|(head, _)| head.split_whitespace().count() <= 4)
}

/// A paragraph's label and the text after it.
pub(super) fn label(line: &str) -> Option<(Label, &str)> {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix(['-', '–', '—', '•', '+', '*', '●', '○', '▪']) {
        let rest = rest.trim_start();
        // "- 3 -" is a page number; "-" before a word is a bullet.
        return (!rest.is_empty() && rest.starts_with(|c: char| !c.is_ascii_digit() || rest.len() > 4))
            .then_some((Label::Bullet, rest));
    }
    // "(1)", "(2)", "(a)", "(iii)": numbers in brackets.
    if let Some(rest) = t.strip_prefix('(')
        && let Some((inside, after)) = rest.split_once(')')
        && !inside.is_empty()
        && (inside.chars().all(|c| c.is_ascii_digit()) && inside.len() <= 2
            || inside.chars().count() == 1 && inside.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
            || small_roman(inside))
        && after.starts_with(char::is_whitespace)
    {
        // Kept in its brackets: "(1)" under "1." is a part of the item, as a letter is.
        return Some((Label::Number(format!("({inside})")), after.trim_start()));
    }
    // "Nhiệm vụ 3:", "Nội dung 2.", "Mục 4 -": an item named by the word before its number.
    if let Some(at) = t.find(|c: char| c.is_ascii_digit())
        && ["nhiem vu", "noi dung", "muc", "viec", "cong viec"].contains(&fold(&t[..at]).trim())
    {
        let end = t[at..].find(|c: char| !(c.is_ascii_digit() || c == '.')).map_or(t.len(), |e| at + e);
        let number = t[at..end].trim_end_matches('.');
        let rest = t[end..].trim_start();
        // "Nhiệm vụ 1" alone on its line: its fields follow.
        let text = rest
            .strip_prefix([':', ')', '-', '–'])
            .or((end > at + number.len() || rest.is_empty()).then_some(rest));
        if let Some(text) = text {
            return Some((Label::Number(number.to_string()), text.trim_start()));
        }
    }
    // 1. / 1.2. / 1.2.3 / 2) / 3/ (a slash, as some offices type it)
    let end = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let number = &t[..end];
    if !number.is_empty() && number.starts_with(|c: char| c.is_ascii_digit()) {
        let rest = &t[end..];
        let slash = rest.starts_with('/') && rest[1..].starts_with(char::is_whitespace);
        let closed = number.ends_with('.') || rest.starts_with(')') || slash;
        let digits_ok = number.trim_end_matches('.').split('.').all(|p| !p.is_empty() && p.len() <= 2);
        let rest = if slash { &rest[1..] } else { rest.trim_start_matches(')') };
        // "1.Sở Công Thương chủ trì …": a news page that lost the space after the number.
        let glued = number.ends_with('.') && rest.starts_with(char::is_uppercase);
        if closed && digits_ok && (rest.starts_with(char::is_whitespace) || glued) {
            return Some((Label::Number(number.trim_end_matches('.').to_string()), rest.trim_start()));
        }
        return None;
    }
    // II. / IV. (a section)
    let roman = t.find(|c: char| !matches!(c, 'I' | 'V' | 'X')).unwrap_or(0);
    if roman > 0 && t[roman..].starts_with(['.', ')']) && t[roman + 1..].starts_with(char::is_whitespace) {
        return Some((Label::Number(t[..roman].to_string()), t[roman + 1..].trim_start()));
    }
    // ii) / iv) (the parts of a lettered item, as some offices number them)
    if let Some((inside, after)) = t.split_once(')')
        && small_roman(inside)
        && inside.len() > 1
        && after.starts_with(char::is_whitespace)
    {
        return Some((Label::Number(inside.to_string()), after.trim_start()));
    }
    // a) / b. / đ)
    let mut chars = t.chars();
    if let (Some(letter), Some(close)) = (chars.next(), chars.next())
        && letter.is_alphabetic()
        && letter.is_lowercase()
        && (close == ')' || close == '.')
        && chars.clone().next().is_some_and(char::is_whitespace)
    {
        return Some((Label::Number(letter.to_string()), chars.as_str().trim_start()));
    }
    None
}

/// "ii", "iv", "viii": a small number in lower-case Roman numerals.
pub(super) fn small_roman(s: &str) -> bool {
    !s.is_empty() && s.len() <= 4 && s.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
}

/// The paragraphs that may assign work: after "… kết luận như sau:" when a notice says so
/// (else from the start), up to its closing ("… thông báo để … biết, thực hiện./.", "Nơi
/// nhận", the signature).
pub(super) fn body(paras: &[Para]) -> Range<usize> {
    // Without "… kết luận như sau:", numbered items start the body when there are any; what is
    // before them reviews the period.
    let start = opening(paras).map_or(first_item(paras).unwrap_or(0), |i| i + 1);
    // A news report gives a leader's directives ("Do đó, Phó Thủ tướng yêu cầu các tỉnh …")
    // before "… có yêu cầu cụ thể đối với các dự án như sau:": the body starts at the first.
    let start = paras[..start.saturating_sub(1)]
        .iter()
        .position(|p| p.label.is_none() && leader_directs(&p.text) && !opens(p))
        .filter(|&k| k > 0)
        .map_or(start, |k| k.min(start));
    // "TIN LIÊN QUAN" ends an article, unless the site put it in the middle: the article's
    // prose goes on after it; an appendix after the signature is no article going on.
    let prose_after = |at: usize| {
        paras[at + 1..]
            .iter()
            .take_while(|p| !fold(&p.text).starts_with("noi nhan"))
            .any(|p| p.text.split_whitespace().count() >= 25 && p.text.trim_end().ends_with('.'))
    };
    let end = paras[start..]
        .iter()
        .enumerate()
        .position(|(k, p)| {
            let f = fold(&p.text);
            let related =
                ["tin lien quan", "bai lien quan", "tin cung chuyen muc"].iter().any(|w| f.starts_with(w));
            let closing_line = p.label.is_none()
                && (f.starts_with("noi nhan")
                    || related && !prose_after(start + k)
                    || f.starts_with("binh luan")
                    || f.starts_with("chia se")
                    // "(*) Trên đây là thông tin về …" in the middle of a page that goes on.
                    // "Trên đây là ý kiến của Bộ …, đề nghị UBND tỉnh … chỉ đạo … thực hiện": a
                    // reply's closing that asks for the work is read, up to what closes it next.
                    || f.trim_start_matches(|c: char| !c.is_alphabetic()).starts_with("tren day la")
                        && !prose_after(start + k)
                        && !says(&p.text, &["de nghi", "yeu cau", "giao"])
                    || matches!(f.split_whitespace().next(), Some("tm" | "kt" | "tl" | "tuq"))
                        && f.split_whitespace().count() <= 6);
            // "Chủ tịch UBND huyện giao các cơ quan … Kịp thời báo cáo … về UBND huyện để biết,
            // chỉ đạo./.": the last work, closed by the letter's stop, is read.
            let announcement = p.label.is_none()
                && (f.contains("thong bao de")
                    || f.contains("thong bao y kien ket luan")
                    || p.text.ends_with("./.") && !says(&p.text, &["giao", "yeu cau", "de nghi"]))
                && f.contains("biet");
            closing_line || announcement
        })
        .map_or(paras.len(), |e| start + e);
    start..end
}

/// A document attached after the body's end, by its line "(Kèm theo Quyết định số …)" or
/// "(Ban hành kèm theo …)": its own body.
pub(super) fn attached(paras: &[Para], after: usize) -> Option<Range<usize>> {
    // "DANH SÁCH CÁC ĐƠN VỊ …" over it: an appendix of names, no plan; "DANH MỤC THỦ TỤC HÀNH
    // CHÍNH …", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT …": the procedures a decision publishes, whose steps
    // say who receives a file, no work assigned. A later appendix may still be a plan.
    let k = (after..paras.len()).find(|&k| {
        let f = fold(&paras[k].text);
        paras[k].text.trim_start().starts_with('(')
            && ["kem theo quyet dinh", "kem theo ke hoach", "ban hanh kem theo", "kem theo van ban"]
                .iter()
                .any(|w| f.contains(w))
            // A title in capitals may run over several lines before the bracket ("DANH MỤC" |
            // "THỦ" | "TỤC HÀNH CHÍNH …").
            && !{
                let title: Vec<String> = paras[k.saturating_sub(6)..k].iter().map(|p| fold(&p.text)).collect();
                title.iter().any(|t| is_roster(t) || is_procedures(t)) || is_procedures(&title.join(" "))
            }
    })?;
    let rest = body(&paras[k + 1..]);
    (!rest.is_empty()).then(|| k + 1 + rest.start..k + 1 + rest.end)
}

/// "… kết luận như sau:": the paragraph that opens what the notice asks.
fn opening(paras: &[Para]) -> Option<usize> {
    // An item deep in the list ("- Ủy ban nhân dân thành phố Hà Nội … cần tập trung một số nhiệm
    // vụ quan trọng như sau:", after "a)" to "m)") opens its own points, not the document's.
    let first = first_item(paras);
    paras
        .iter()
        .enumerate()
        .position(|(k, p)| opens(p) && (p.label.is_none() || first.is_none_or(|f| k <= f)))
}

fn opens(p: &Para) -> bool {
    let f = fold(&p.text);
    let colon = p.text.trim_end().ends_with(':');
    // "… giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo một số nội dung sau tại Kết luận 155-KL/TW:":
    // the points, then the document that gives them.
    let cited = f.trim_end_matches([':', ' ']).rsplit_once(" sau ").is_some_and(|(_, rest)| {
        rest.split_whitespace().count() <= 6 && ["tai ", "theo "].iter().any(|w| rest.starts_with(w))
    });
    // "Tại Điều 4 Quyết định 51/2015/QĐ-TTg quy định nguyên tắc … như sau:" quotes a rule,
    // opening nothing of the letter's.
    if quotes_law(&p.text) {
        return false;
    }
    // "Trung tâm … thực hiện nhiệm vụ, quyền hạn theo quy định …, cụ thể như sau:": a body's
    // standing functions (see [`is_charter`]), directing no one.
    if (f.contains("nhiem vu quyen han") || f.contains("chuc nang nhiem vu"))
        && !says(&p.text, super::DIRECTING)
    {
        return false;
    }
    colon && ["nhu sau", "ket luan", "chi dao", "chi thi", "yeu cau", "de nghi"].iter().any(|w| f.ends_with(w))
        || colon && !matches!(p.label, Some(Label::Number(_))) && directs_to_colon(&p.text)
        // "… yêu cầu UBND tỉnh tập trung thực hiện các nhiệm vụ, giải pháp chủ yếu sau:", "…
        // đề nghị các Thuế tỉnh, thành phố … triển khai thực hiện:".
        || colon
            && (f.ends_with(" sau") || cited || f.ends_with(" thuc hien"))
            && says(&p.text, &["yeu cau", "giao", "de nghi", "chi dao"])
        || f.contains("ket luan nhu sau")
        || f.contains("chi dao nhu sau")
}

/// "Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố:": a directive whose addressees
/// run to the colon, the points after it theirs.
fn directs_to_colon(text: &str) -> bool {
    let text = text.trim_end();
    let t = Tokens::new(text);
    (0..t.len()).any(|k| {
        ["yeu cau", "de nghi", "giao", "chi dao"]
            .iter()
            .filter_map(|w| t.count_words(k, w))
            .max()
            .and_then(|n| agencies::list_at(text, &t, k + n))
            .is_some_and(|(_, after)| t.is_mark(after, ':') && after + 1 == t.len())
    })
}

/// The first numbered item, or the first article of a decision ("Điều 1. …" before an appendix
/// that numbers its own parts).
fn first_item(paras: &[Para]) -> Option<usize> {
    paras.iter().position(|p| matches!(p.label, Some(Label::Number(_))) || p.article)
}

/// The paragraphs before the [`body`], which it leaves out as review. A report of a notice may
/// give its work there and number or quote something else after ("Phó Thủ tướng yêu cầu Bộ …
/// trước ngày 15/3" above "Theo Điều 6 QCVN … như sau: (1) Đèn tín hiệu …"): such a paragraph
/// is read when it says a directive ("giao", "yêu cầu", "đề nghị"). `start` is the body's.
pub(super) fn preface(paras: &[Para], start: usize) -> impl Iterator<Item = &Para> {
    // After a meeting's account, "… kết luận như sau:" opens the work; what is before it is
    // what was said. "Theo Điều 6 … quy định như sau:" quotes a rule instead. The body starts
    // after its opening when there is one (the first paragraph that opens).
    let said = ["ket luan", "chi dao", "yeu cau", "giao", "de nghi", "y kien", "thong bao"];
    // "… yêu cầu các sở, ban, ngành:" opens its addressees' points, no account before them.
    let opened = start > 0
        && opens(&paras[start - 1])
        && says(&paras[start - 1].text, &said)
        && !directs_to_colon(&paras[start - 1].text);
    // A numbered item that opens on "Giao …" assigns, whatever account is around it ("(2) Giao
    // Cục trưởng … chủ trì …" before "… yêu cầu … như sau:").
    let gives = |p: &Para| {
        p.label.is_some() && ["giao ", "yeu cau ", "de nghi "].iter().any(|w| fold(&p.text).starts_with(w))
    };
    let end = if opened { 0 } else { start };
    paras[..start]
        .iter()
        .enumerate()
        .filter(move |(k, p)| *k < end && says(&p.text, &["giao", "yeu cau", "de nghi"]) || gives(p))
        .map(|(_, p)| p)
}

/// "Phó Thủ tướng yêu cầu …", "Chủ tịch UBND tỉnh giao …": the one who concludes directs.
fn leader_directs(text: &str) -> bool {
    let f = directive_words(text);
    ["thu tuong", "bo truong", "chu tich"].iter().any(|leader| {
        f.match_indices(&format!(" {leader} ")).any(|(at, _)| {
            let after: Vec<&str> =
                f[at..].split_whitespace().skip(leader.split(' ').count()).take(6).collect();
            let after = format!(" {} ", after.join(" "));
            ["yeu cau", "giao"].iter().any(|v| after.contains(&format!(" {v} ")))
        })
    })
}

/// Whether a paragraph says any of `words` (folded), as words, not inside the nouns that hold
/// "giao" (assign): "giao thông", "giao ban", "bàn giao", ….
pub(super) fn says(text: &str, words: &[&str]) -> bool {
    let f = directive_words(text);
    words.iter().any(|w| f.contains(&format!(" {w} ")))
}

/// A paragraph's words, folded and spaced for [`says`].
fn directive_words(text: &str) -> String {
    let mut f = format!(" {} ", fold(text).replace([',', '.', ';', ':', '(', ')'], " "));
    for noun in [
        "giao thong",
        "giao ban",
        "giao dich",
        "giao duc",
        "giao luu",
        "ban giao",
        "chuyen giao",
        "ngoai giao",
    ] {
        f = f.replace(noun, " ");
    }
    f
}

/// A heading over what was done: "Đánh giá chung", "Kết quả đạt được", "Nhận định chung",
/// "Tình hình triển khai".
pub(super) fn is_review(folded: &str) -> bool {
    // "II. Về tồn tại, hạn chế và nguyên nhân chủ yếu": what fell short is reviewed too.
    let f = folded.strip_prefix("ve ").unwrap_or(folded);
    ["danh gia", "ket qua", "nhan dinh", "tinh hinh", "mot so ket qua", "ton tai", "han che"]
        .iter()
        .any(|w| f.starts_with(w))
}

/// A heading over what a plan aims at: "Mục đích, yêu cầu", "Quan điểm, mục tiêu"; not
/// "Mục đích, nhiệm vụ", which holds the work. ("Mục tiêu" may head a month of action too.)
pub(super) fn is_purpose(folded: &str) -> bool {
    ["muc dich", "quan diem"].iter().any(|w| folded.starts_with(w))
        && !["nhiem vu", "giai phap", "to chuc thuc hien"].iter().any(|w| folded.contains(w))
}

/// "DANH SÁCH CÁC ĐƠN VỊ THỰC HIỆN DỊCH VỤ …" over an appendix's names: who they are, not what
/// they do (a list of tasks or projects is work).
pub(super) fn is_roster(folded: &str) -> bool {
    folded.starts_with("danh sach")
        && !["nhiem vu", "cong viec", "de an", "du an", "chuong trinh"].iter().any(|w| folded.contains(w))
}

/// An appendix's title over administrative procedures: "DANH MỤC THỦ TỤC HÀNH CHÍNH …", "QUY
/// TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH …", "NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC …", "THỦ
/// TỤC HÀNH CHÍNH TRONG LĨNH VỰC CHỨNG THỰC …".
pub(super) fn is_procedures(folded: &str) -> bool {
    [
        "danh muc thu tuc hanh chinh",
        "quy trinh noi bo",
        "noi dung cu the cua tung thu tuc",
        "quy trinh giai quyet thu tuc",
    ]
    .iter()
    .any(|w| folded.contains(w))
        || folded.starts_with("thu tuc hanh chinh")
}

/// A heading over the rules of an award or a campaign, who may take part and how many:
/// "Tiêu chuẩn khen thưởng", "Đối tượng thi đua", "Số lượng khen thưởng".
pub(super) fn is_criteria(folded: &str) -> bool {
    ["tieu chuan", "tieu chi", "doi tuong", "so luong", "co cau", "hinh thuc khen thuong"]
        .iter()
        .any(|w| folded.starts_with(w))
        && !["nhiem vu", "giai phap", "to chuc thuc hien", "trach nhiem"].iter().any(|w| folded.contains(w))
}

/// A heading over what a body is, in the decision that sets it up: "Vị trí và chức năng",
/// "Chức năng, nhiệm vụ", "Nhiệm vụ, quyền hạn" (whose, unnamed: the body's own), "Cơ cấu tổ
/// chức". Standing functions, no work assigned.
pub(super) fn is_charter(folded: &str) -> bool {
    ["vi tri", "chuc nang"].iter().any(|w| folded.starts_with(w))
        || ["nhiem vu quyen han", "nhiem vu va quyen han", "nhiem vu quyen han va trach nhiem"]
            .contains(&folded)
}

/// A heading over a part that holds no work: what a plan aims at, a campaign's criteria, a
/// body's charter ([`is_purpose`], [`is_criteria`], [`is_charter`]).
pub(super) fn holds_no_work(folded: &str) -> bool {
    is_purpose(folded) || is_criteria(folded) || is_charter(folded)
}

/// "Triển khai thực hiện phân cấp, phân quyền theo một số nguyên tắc chính sau:": principles
/// or viewpoints follow, no work.
pub(super) fn lists_principles(text: &str) -> bool {
    let Some((_, tail)) = before_colon(text) else { return false };
    (tail.ends_with("sau") || tail.ends_with("sau day"))
        && ["nguyen tac", "quan diem"].iter().any(|w| tail.contains(w))
}

/// A paragraph that ends on a colon: its words folded, and its last six ("… một số nội dung
/// sau"), which say what the points after it are.
fn before_colon(text: &str) -> Option<(String, String)> {
    if !text.trim_end().ends_with(':') {
        return None;
    }
    let f = fold(text.trim_end().trim_end_matches(':'));
    let words: Vec<&str> = f.split_whitespace().collect();
    let tail = words[words.len().saturating_sub(6)..].join(" ");
    Some((f, tail))
}

/// "… thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:": a report's contents follow.
pub(super) fn lists_contents(text: &str) -> bool {
    let Some((f, tail)) = before_colon(text) else { return false };
    ["bao cao", "thong ke", "cung cap"].iter().any(|w| f.contains(w))
        && tail.ends_with("sau")
        && ["noi dung", "thong tin", "so lieu", "chi tieu"].iter().any(|w| tail.contains(w))
}

/// "Căn cứ Điều 3 Nghị quyết 219/2025/QH15 thì các chính sách đặc biệt … bao gồm:", "Theo
/// quy định tại Điều 17 Luật Quản lý thuế …:": a law's provisions about to be quoted, which
/// direct no one.
pub(super) fn quotes_law(text: &str) -> bool {
    let f = fold(text.trim());
    let words: Vec<&str> = f.split_whitespace().collect();
    let numbered = |k: usize| {
        matches!(words[k], "dieu" | "khoan" | "diem" | "muc" | "phan")
            && words
                .get(k + 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == 'i' || c == 'v'))
    };
    let Some(article) = (0..words.len()).find(|&k| numbered(k)) else { return false };
    // The document the article is of, past "Khoản 1 Điều 5 (của)": "Căn cứ theo Mục II Kế hoạch
    // 177/KH-UBND … như sau:" is a news page retelling the plan it is about, whose work follows,
    // and so is "Căn cứ theo Mục III Quyết định 1032/QĐ-BKHCN … thực hiện Chỉ thị … về … Luật
    // …"; a law is a law, a decree or a circular.
    let mut k = article;
    while k < words.len() && (numbered(k) || words[k] == "cua") {
        k += if words[k] == "cua" { 1 } else { 2 };
    }
    let cited = words[k.min(words.len())..].join(" ");
    // A decision's article is a rule ("Tại Điều 6 Quyết định 51/2015/QĐ-TTg quy định …"); the
    // section of the plan it issues is work ("Mục III Quyết định 1032/QĐ-BKHCN").
    let section = matches!(words[article], "muc" | "phan");
    let retold =
        ["ke hoach", "cong van", "thong bao", "cong dien", "chi thi"].iter().any(|d| cited.starts_with(d))
            || section && cited.starts_with("quyet dinh");
    text.trim_end().ends_with(':')
        // "Theo Điều 5 Luật Đầu tư công 2024 quy định về … như sau:": a legal site's answer
        // after the letter it retells.
        && ["can cu ", "theo quy dinh tai ", "theo quy dinh cua ", "theo dieu ", "tai dieu ", "theo khoan "]
            .iter()
            .any(|w| f.starts_with(w))
        && !retold
        && !says(text, super::DIRECTING)
}

/// A heading over what is asked of higher bodies: "Kiến nghị", "Đề xuất, kiến nghị".
pub(super) fn is_request(folded: &str) -> bool {
    let f = folded.trim_start_matches(|c: char| !c.is_alphabetic());
    ["kien nghi", "de xuat, kien nghi", "de xuat kien nghi", "de nghi"].iter().any(|w| f.starts_with(w))
}

/// "… yêu cầu các Bộ: Nông nghiệp và Môi trường": a clause that ends in the members of a kind,
/// listed after its colon with no verb yet.
pub(super) fn lists_members(clause: &str) -> bool {
    let Some((before, after)) = clause.rsplit_once(':') else { return false };
    let kind = fold(before.trim_end());
    ["cac bo", "cac so", "cac tinh", "cac thanh pho", "cac tap doan"].iter().any(|k| kind.ends_with(k))
        && after.trim_start().starts_with(char::is_uppercase)
        && !crate::text::agencies::STOPS.iter().any(|s| after.contains(&format!(" {s} ")))
}

/// A heading, not an assignment: short, no verb after a subject, e.g. "1. Về chuyển đổi số",
/// "II. NHIỆM VỤ TRONG THỜI GIAN TỚI", "Đánh giá chung", "Nhiệm vụ trọng tâm năm 2024".
/// "1. Trước khi đưa mỏ đi vào hoạt động khai thác", "2. Trong quá trình hoạt động": when the
/// work under a heading is due, a clause with no main verb of its own; the work stays its
/// addressees'.
pub(super) const WHEN_HEADINGS: &[&str] =
    &["truoc khi", "sau khi", "trong qua trinh", "trong thoi gian", "truong hop"];

pub(super) fn is_heading(para: &Para) -> bool {
    let f = fold(&para.text);
    let words = f.split_whitespace().count();
    // "Nhiệm vụ 1" alone: an item whose fields follow.
    if words == 0 {
        return false;
    }
    if words > 12 || para.text.trim_end().ends_with([';', ':']) && words > 6 {
        return false;
    }
    // "Nhiệm vụ của Tổ công tác:": whose the parts are, read as a role.
    if f.starts_with("nhiem vu cua ") && para.text.trim_end().ends_with(':') {
        return false;
    }
    let upper = para.text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let topical = [
        "ve ",
        "doi voi",
        "nhiem vu",
        "danh gia",
        "ket qua",
        "mot so",
        "phuong huong",
        "giai phap",
        "nhan dinh",
        "tinh hinh",
        "to chuc thuc hien",
        // "2. Các nội dung trọng tâm đơn vị cần nghiên cứu, thực hiện".
        "cac noi dung",
        "noi dung",
    ]
    .iter()
    .chain(WHEN_HEADINGS)
    .any(|p| f.starts_with(p))
        // "1. Tiêu chí thi đua": the rules of a campaign (see [`is_criteria`]); not a bullet's
        // "- Đối tượng và địa bàn:" inside an item.
        || is_criteria(&f) && para.label != Some(Label::Bullet);
    (upper || topical) && !para.text.trim_end().ends_with('.')
}
