//! Telegram's limits on what a message may be: 4096 characters of text, 64 bytes of callback
//! data, HTML that must stay well-formed when a long text is cut or split.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::callback::Callback;
use crate::domain::Lang;
use crate::i18n::{I18n, Key};

/// Room for one message's text. Telegram counts UTF-16 units of the text after parsing the
/// HTML; counting characters of the HTML source is never less.
pub const MESSAGE_BUDGET: usize = 4000;

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

/// Splits HTML into chunks of at most `max` characters, cutting at line breaks (or spaces)
/// and never inside a tag or an entity. Tags open at a cut are closed at the end of the chunk
/// and opened again at the start of the next, so every chunk is valid on its own.
pub fn split_html(html: &str, max: usize) -> Vec<String> {
    assert!(max >= 200, "a budget this small cannot hold the tags it must repeat");
    let mut out =
        Chunks { max, chunks: Vec::new(), open: Vec::new(), current: String::new(), len: 0, fresh: true };
    for piece in pieces(html) {
        let piece_len = piece.chars().count();
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
                if out.len + 1 + closing > max && !out.fresh {
                    out.cut();
                }
                out.current.push(c);
                out.len += 1;
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
    /// Characters in `current`.
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
        debug_assert!(self.current.chars().count() <= self.max);
        self.chunks.push(std::mem::take(&mut self.current));
        self.current = self.open.concat();
        self.len = self.current.chars().count();
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

/// One button carrying a callback (always within Telegram's 64 bytes).
pub fn button(label: impl Into<String>, callback: Callback) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(label, callback.encode())
}

/// The row under a paged list, "‹  2/5  ›" (nothing when there is one page): `to(n)` is the
/// callback that shows page `n`.
pub fn pager(
    i18n: &I18n,
    lang: Lang,
    page: usize,
    pages: usize,
    to: impl Fn(u32) -> Callback,
) -> Vec<InlineKeyboardButton> {
    let mut nav = Vec::new();
    if pages > 1 {
        if page > 0 {
            nav.push(button(i18n.t0(lang, Key::BtnPrev), to(page as u32 - 1)));
        }
        nav.push(button(format!("{}/{}", page + 1, pages), Callback::Noop));
        if page + 1 < pages {
            nav.push(button(i18n.t0(lang, Key::BtnNext), to(page as u32 + 1)));
        }
    }
    nav
}

/// A keyboard of the given rows.
pub fn keyboard(rows: Vec<Vec<InlineKeyboardButton>>) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(rows.into_iter().filter(|r| !r.is_empty()))
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
    fn a_word_longer_than_a_message_is_cut_by_characters() {
        let html = "x".repeat(2500);
        let chunks = split_html(&html, 1000);
        assert_eq!(chunks.len(), 3);
        assert!(chunks.iter().all(|c| c.chars().count() <= 1000));
    }
}
