//! A notice saved or copied from a web page with its markup: the provinces' portals publish
//! their letters as HTML ("<p>Ủy ban nh&acirc;n d&acirc;n tỉnh y&ecirc;u cầu:</p>"). The
//! markup becomes the lines a reader sees: a paragraph, a heading or a list item is a paragraph,
//! a table's row a line with its cells parted by "|", entities decoded.

/// Whether a text is a web page's markup rather than a notice's words: several paragraph or
/// line tags, not one "<" in a sentence.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text.chars().take(20_000).collect::<String>().to_lowercase();
    ["<p>", "<p ", "</p>", "<br", "</div>", "<span", "</li>", "</td>"]
        .iter()
        .map(|t| head.matches(t).count())
        .sum::<usize>()
        >= 3
}

/// Tags that close a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "blockquote",
    "section",
    "article",
];

/// The text of a web page's markup.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tag_text = &rest[open + 1..];
        let Some(close) = tag_text.find('>') else {
            // A "<" that opens no tag: a word's.
            out.push('<');
            rest = tag_text;
            continue;
        };
        let inside = &tag_text[..close];
        let name: String = inside
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        // "a < b": a sign, not a tag; "<!-- … -->" and "<!DOCTYPE>" are tags.
        if name.is_empty() && !inside.starts_with('!') {
            out.push('<');
            rest = tag_text;
            continue;
        }
        rest = &tag_text[close + 1..];
        match name.as_str() {
            // What a browser does not show.
            "script" | "style" if !inside.starts_with('/') => {
                let end = format!("</{name}");
                rest = rest.to_ascii_lowercase().find(&end).map_or("", |k| &rest[k..]);
            }
            "br" => out.push('\n'),
            "td" | "th" if !inside.starts_with('/') => out.push_str(" | "),
            n if BLOCKS.contains(&n) => out.push_str("\n\n"),
            // Inline markup ("<span>", "<strong>1.</strong>") leaves its words in place.
            _ => {}
        }
    }
    out.push_str(rest);
    let decoded = html_escape::decode_html_entities(&out).replace('\u{a0}', " ");
    // One blank line between paragraphs, none at the ends of a line.
    let mut text = String::with_capacity(decoded.len());
    let mut blank = 0;
    for line in decoded.lines().map(str::trim) {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !text.is_empty() {
            text.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        text.push_str(line);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_portals_markup_reads_as_its_paragraphs() {
        let page = "<p style=\"text-align: justify;\"><span>Ủy ban nh&acirc;n d&acirc;n tỉnh y&ecirc;u \
                    cầu:</span></p> <p><span><strong>1.</strong> Sở Y tế chủ tr&igrave;&nbsp;tổ chức \
                    kiểm tra.</span></p><script>var a = '<p>';</script><table><tr><td>1</td><td>Sở \
                    Nội vụ</td></tr></table>";
        assert!(looks_like_html(page));
        assert_eq!(
            to_text(page),
            "Ủy ban nhân dân tỉnh yêu cầu:\n\n1. Sở Y tế chủ trì tổ chức kiểm tra.\n\n| 1 | Sở Nội vụ"
        );
    }

    #[test]
    fn a_notice_with_a_sign_for_less_is_no_web_page() {
        let notice = "Tỷ lệ hồ sơ trực tuyến <50% phải được nâng lên; Sở Nội vụ chủ trì.";
        assert!(!looks_like_html(notice));
        assert_eq!(to_text("a < b và c > d"), "a < b và c > d");
    }
}
