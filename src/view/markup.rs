//! The view's markup and its limits: escaping what people wrote, shortening it, and splitting a
//! long text into messages that each stay well-formed, counted the way Telegram counts (UTF-16
//! code units, so an emoji is two). Telegram's limits are the tightest of the messengers the
//! view serves, so a message that fits them fits the others.

/// Room for one message's text, in UTF-16 code units. Telegram counts the text after parsing
/// the markup; counting the source is never less, and the margin is for the tags a split
/// reopens.
pub const MESSAGE_BUDGET: usize = 4000;

/// A text's length as Telegram counts it: UTF-16 code units.
pub fn length(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Text written by people, escaped for the view's markup.
pub fn escape(text: &str) -> String {
    html_escape::encode_text(text).into_owned()
}

/// Shortens plain text to at most `max` characters, ending with an ellipsis when cut.
pub fn truncate(text: &str, max: usize) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let mut out: String = one_line.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Text without the HTML a message would have.
pub fn plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    html_escape::decode_html_entities(&out).into_owned()
}

/// Splits HTML into chunks of at most `max` UTF-16 code units, cutting at line breaks (or spaces)
/// and never inside a tag or an entity. Tags open at a cut are closed at the end of the chunk
/// and opened again at the start of the next, so every chunk is valid on its own.
pub fn split_html(html: &str, max: usize) -> Vec<String> {
    assert!(max >= 200, "a budget this small cannot hold the tags it must repeat");
    let mut out =
        Chunks { max, chunks: Vec::new(), open: Vec::new(), current: String::new(), len: 0, fresh: true };
    for piece in pieces(html) {
        let piece_len = length(piece);
        // Room to close what is still open once this piece is in.
        let closing = out.closing_after(piece);
        if out.len + piece_len + closing > max && !out.fresh {
            out.cut();
        }
        let is_text = !piece.starts_with('<') && !piece.starts_with('&');
        if out.len + piece_len + closing > max && is_text {
            // A single word longer than a message: cut it by characters (never inside a tag
            // or an entity, which `pieces` keeps whole).
            for c in piece.chars() {
                if out.len + c.len_utf16() + closing > max && !out.fresh {
                    out.cut();
                }
                out.current.push(c);
                out.len += c.len_utf16();
                out.fresh = false;
            }
            continue;
        }
        if let Some(rest) = piece.strip_prefix("</") {
            let name = rest.trim_end_matches('>');
            if let Some(i) = out.open.iter().rposition(|t| tag_name(t) == name) {
                out.open.remove(i);
            }
        } else if piece.starts_with('<') {
            out.open.push(piece.to_string());
        }
        out.current.push_str(piece);
        out.len += piece_len;
        out.fresh = false;
    }
    let Chunks { mut chunks, current, .. } = out;
    chunks.push(current);
    // A cut just before closing tags or trailing blank lines leaves nothing to read.
    chunks.retain(|c| has_text(c));
    chunks
}

/// The state of [`split_html`].
struct Chunks {
    max: usize,
    chunks: Vec<String>,
    /// Full opening tags, e.g. `<a href="…">`, still open.
    open: Vec<String>,
    current: String,
    /// UTF-16 code units in `current`.
    len: usize,
    /// `current` holds nothing but the tags reopened after a cut.
    fresh: bool,
}

impl Chunks {
    fn closing_after(&self, piece: &str) -> usize {
        let close = |t: &str| tag_name(t).len() + 3;
        let open: usize = self.open.iter().map(|t| close(t)).sum();
        if let Some(rest) = piece.strip_prefix("</") {
            let name = rest.trim_end_matches('>');
            open - self.open.iter().rfind(|t| tag_name(t) == name).map_or(0, |t| close(t))
        } else if piece.starts_with('<') {
            open + close(piece)
        } else {
            open
        }
    }

    fn cut(&mut self) {
        for tag in self.open.iter().rev() {
            self.current.push_str(&format!("</{}>", tag_name(tag)));
        }
        debug_assert!(length(&self.current) <= self.max);
        self.chunks.push(std::mem::take(&mut self.current));
        self.current = self.open.concat();
        self.len = length(&self.current);
        self.fresh = true;
    }
}

/// Whether HTML has anything to read outside its tags.
fn has_text(html: &str) -> bool {
    let mut in_tag = false;
    html.chars().any(|c| match c {
        '<' => {
            in_tag = true;
            false
        }
        '>' if in_tag => {
            in_tag = false;
            false
        }
        c => !in_tag && !c.is_whitespace(),
    })
}

fn tag_name(tag: &str) -> &str {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    inner.split_whitespace().next().unwrap_or("")
}

/// Tags, entities, words and the whitespace after them, in order.
fn pieces(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => {
                if start < i {
                    out.push(&html[start..i]);
                }
                let end = html[i..].find('>').map_or(html.len(), |e| i + e + 1);
                out.push(&html[i..end]);
                start = end;
                i = end;
            }
            b'&' => {
                if start < i {
                    out.push(&html[start..i]);
                }
                let end = html[i..].find(';').map_or(i + 1, |e| i + e + 1);
                out.push(&html[i..end]);
                start = end;
                i = end;
            }
            b' ' | b'\n' => {
                out.push(&html[start..=i]);
                start = i + 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    if start < html.len() {
        out.push(&html[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_keeps_short_text_and_marks_a_cut() {
        assert_eq!(truncate("Rà soát  thủ tục\nhành chính", 100), "Rà soát thủ tục hành chính");
        let cut = truncate(&"ả".repeat(50), 10);
        assert_eq!(cut.chars().count(), 10);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn a_long_text_splits_into_valid_chunks_under_the_budget() {
        let body = "Nội dung &lt;b&gt; &amp; dài ".repeat(400);
        let html = format!("<b>NV-0001</b>\n<i>{body}</i>\nhết");
        let chunks = split_html(&html, 1000);
        assert!(chunks.len() >= 10);
        for c in &chunks {
            assert!(c.chars().count() <= 1000, "{}", c.chars().count());
            assert_eq!(c.matches("<i>").count(), c.matches("</i>").count(), "{c}");
            assert!(!c.contains("&am\n") && !c.ends_with("&amp"), "no entity is cut");
        }
        let joined: String = chunks.concat();
        assert!(joined.contains("hết"));
    }

    #[test]
    fn lengths_are_counted_as_telegram_counts_them() {
        // An emoji outside the basic plane is two UTF-16 units: 400 of them with their spaces
        // are 800 characters but 1,200 units, over a budget of 1,000.
        let html = "🎉 ".repeat(400);
        assert!(html.chars().count() <= 1000 && length(&html) > 1000);
        let chunks = split_html(&html, 1000);
        assert!(chunks.len() >= 2, "split by UTF-16 length");
        assert!(chunks.iter().all(|c| length(c) <= 1000));
        assert_eq!(plain("<b>NV-0001</b> &amp; &lt;x&gt;"), "NV-0001 & <x>");
        assert_eq!(escape("a < b & c"), "a &lt; b &amp; c");
    }

    #[test]
    fn a_word_longer_than_a_message_is_cut_by_characters() {
        let html = "x".repeat(2500);
        let chunks = split_html(&html, 1000);
        assert_eq!(chunks.len(), 3);
        assert!(chunks.iter().all(|c| c.chars().count() <= 1000));
    }
}
