//! What dondoc says, whatever the messenger: a message (text in the view's markup, buttons),
//! an edit of a message sent before, or a file, as stored in the outbox until the adapter
//! delivers it.
//!
//! The text is in a small markup (`<b>`, `<i>`, `<code>`, `<a href>`, with `&lt;`, `&gt;`,
//! `&amp;` for the characters themselves): Telegram takes it as HTML; an adapter for a
//! messenger without formatting strips the tags and unescapes the rest.

use serde::{Deserialize, Serialize};

use super::callback::Callback;
use crate::domain::Lang;
use crate::i18n::{I18n, Key};
use crate::store::outbox::NewMessage;

/// The most a message's text may hold, in UTF-16 code units (as Telegram counts them).
pub const MAX_TEXT: usize = 4096;
/// The most a photo's or document's caption may hold.
pub const MAX_CAPTION: usize = 1024;

/// Buttons under a message, in rows.
///
/// The field names are Telegram's (`inline_keyboard`, `text`, `callback_data`) so that rows
/// queued in the outbox before the view had its own type still deliver after an upgrade.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Keyboard {
    #[serde(rename = "inline_keyboard")]
    pub rows: Vec<Vec<Button>>,
}

/// One button: its label and the action it asks for, encoded (at most
/// [`super::callback::MAX_DATA`] bytes); or a page it opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    #[serde(rename = "text")]
    pub label: String,
    #[serde(rename = "callback_data", default, skip_serializing_if = "String::is_empty")]
    pub data: String,
    /// A page to open instead of an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens: Option<Opens>,
}

/// A page a button opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Opens {
    /// Inside the messenger, as an app signed for the member (private chats only).
    App(String),
    /// A link.
    Link(String),
}

impl Button {
    pub fn new(label: impl Into<String>, action: Callback) -> Self {
        Self { label: label.into(), data: action.encode(), opens: None }
    }

    /// A button that opens `page`.
    pub fn opening(label: impl Into<String>, page: Opens) -> Self {
        Self { label: label.into(), data: String::new(), opens: Some(page) }
    }
}

impl Keyboard {
    /// A keyboard of the given rows, without the empty ones.
    pub fn new(rows: Vec<Vec<Button>>) -> Self {
        Self { rows: rows.into_iter().filter(|r| !r.is_empty()).collect() }
    }
}

/// Why a message is sent; kept on the outbox row for reports and rerouting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// An answer to what the member just sent.
    Reply,
    /// A task card sent to the officers of a unit.
    TaskCard,
    /// A notice to leadership or secretariat (extension request, obstacle, …).
    Notice,
    /// A scheduled reminder (its delivery is recorded against the reminder).
    Reminder,
    /// A scheduled digest or report: sent after the answers to people.
    Digest,
}

impl Purpose {
    pub const fn as_str(self) -> &'static str {
        match self {
            Purpose::Reply => "reply",
            Purpose::TaskCard => "task_card",
            Purpose::Notice => "notice",
            Purpose::Reminder => "reminder",
            Purpose::Digest => "digest",
        }
    }
}

/// One button asking for `callback` (always within 64 bytes of data).
pub fn button(label: impl Into<String>, callback: Callback) -> Button {
    Button::new(label, callback)
}

/// The row under a paged list, "‹  2/5  ›" (nothing when there is one page): `to(n)` is the
/// callback that shows page `n`.
pub fn pager(
    i18n: &I18n,
    lang: Lang,
    page: usize,
    pages: usize,
    to: impl Fn(u32) -> Callback,
) -> Vec<Button> {
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

/// Packs lines into pages of at most `budget` characters and `per_page` lines (a line longer
/// than the budget gets a page of its own).
pub fn paginate(lines: &[String], budget: usize, per_page: usize) -> Vec<std::ops::Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    let mut used = 0;
    for (i, line) in lines.iter().enumerate() {
        let len = line.chars().count() + 2;
        if i > start && (used + len > budget || i - start >= per_page) {
            pages.push(start..i);
            start = i;
            used = 0;
        }
        used += len;
    }
    pages.push(start..lines.len());
    pages
}

/// A keyboard of the given rows.
pub fn keyboard(rows: Vec<Vec<Button>>) -> Keyboard {
    Keyboard::new(rows)
}

/// What to deliver, replayable from its JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Body {
    /// A new message.
    Text {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        keyboard: Option<Keyboard>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reply_to: Option<i32>,
    },
    /// New text (and buttons) for a message sent before (paging, a decided request).
    Edit {
        message_id: i32,
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        keyboard: Option<Keyboard>,
    },
    /// The attachment as a picture (a chart).
    Photo { file_name: String, caption: String },
    /// The attachment as a file (a spreadsheet).
    Document { file_name: String, caption: String },
    /// A file the messenger already holds (a member's evidence), sent again by its id: no
    /// upload, and the recipient gets the very file that was filed.
    Stored { photo: bool, file_ref: String, caption: String },
}

/// One message, ready for the outbox.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub chat_id: i64,
    pub body: Body,
    pub attachment: Option<Vec<u8>>,
    pub task_id: Option<i64>,
    pub purpose: Purpose,
}

impl Outgoing {
    /// An HTML message.
    pub fn text(chat_id: i64, text: impl Into<String>) -> Self {
        Self {
            chat_id,
            body: Body::Text { text: text.into(), keyboard: None, reply_to: None },
            attachment: None,
            task_id: None,
            purpose: Purpose::Reply,
        }
    }

    /// Replaces the text (and buttons) of a message the bot sent earlier.
    pub fn edit(chat_id: i64, message_id: i32, text: impl Into<String>) -> Self {
        Self {
            chat_id,
            body: Body::Edit { message_id, text: text.into(), keyboard: None },
            attachment: None,
            task_id: None,
            purpose: Purpose::Reply,
        }
    }

    /// A file: a photo (PNG) or a document.
    pub fn file(
        chat_id: i64,
        photo: bool,
        file_name: impl Into<String>,
        caption: impl Into<String>,
        bytes: Vec<u8>,
    ) -> Self {
        let (file_name, caption) = (file_name.into(), caption.into());
        let body =
            if photo { Body::Photo { file_name, caption } } else { Body::Document { file_name, caption } };
        Self { chat_id, body, attachment: Some(bytes), task_id: None, purpose: Purpose::Reply }
    }

    /// A file the messenger holds, by its id (see [`Body::Stored`]).
    pub fn stored(
        chat_id: i64,
        photo: bool,
        file_ref: impl Into<String>,
        caption: impl Into<String>,
    ) -> Self {
        let body = Body::Stored { photo, file_ref: file_ref.into(), caption: caption.into() };
        Self { chat_id, body, attachment: None, task_id: None, purpose: Purpose::Reply }
    }

    pub fn keyboard(mut self, markup: Keyboard) -> Self {
        match &mut self.body {
            Body::Text { keyboard, .. } | Body::Edit { keyboard, .. } => *keyboard = Some(markup),
            Body::Photo { .. } | Body::Document { .. } | Body::Stored { .. } => {}
        }
        self
    }

    pub fn reply_to(mut self, message_id: i32) -> Self {
        if let Body::Text { reply_to, .. } = &mut self.body {
            *reply_to = Some(message_id);
        }
        self
    }

    /// Marks the message as being about one task, so a reply to it reports on that task.
    pub fn about(mut self, task_id: i64) -> Self {
        self.task_id = Some(task_id);
        self
    }

    pub fn purpose(mut self, purpose: Purpose) -> Self {
        self.purpose = purpose;
        self
    }

    /// This message as Telegram can take it: a text longer than one message becomes several,
    /// cut at line breaks with their markup intact; buttons go under the last part.
    pub fn split(self) -> Vec<Outgoing> {
        let Body::Text { text, keyboard, reply_to } = &self.body else { return vec![self] };
        if super::markup::length(text) <= super::markup::MESSAGE_BUDGET {
            return vec![self];
        }
        let chunks = super::markup::split_html(text, super::markup::MESSAGE_BUDGET);
        let last = chunks.len() - 1;
        chunks
            .into_iter()
            .enumerate()
            .map(|(i, chunk)| Outgoing {
                chat_id: self.chat_id,
                body: Body::Text {
                    text: chunk,
                    keyboard: if i == last { keyboard.clone() } else { None },
                    reply_to: if i == 0 { *reply_to } else { None },
                },
                attachment: None,
                task_id: self.task_id,
                purpose: self.purpose,
            })
            .collect()
    }

    /// The outbox row.
    pub fn into_new_message(self) -> NewMessage {
        NewMessage {
            chat_id: self.chat_id,
            body: serde_json::to_string(&self.body).expect("a message body always serialises"),
            attachment: self.attachment,
            task_id: self.task_id,
            purpose: self.purpose.as_str(),
            not_before: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_respect_the_character_budget_and_the_line_count() {
        let lines: Vec<String> = (0..300).map(|i| format!("line {i} {}", "x".repeat(i % 200))).collect();
        for per_page in [1, 8, 16] {
            let pages = paginate(&lines, 3000, per_page);
            let mut next = 0;
            for p in &pages {
                assert_eq!(p.start, next, "pages cover every line once, in order");
                next = p.end;
                let size: usize = lines[p.clone()].iter().map(|l| l.chars().count() + 2).sum();
                assert!(size <= 3000 || p.len() == 1);
                assert!(!p.is_empty() && p.len() <= per_page);
            }
            assert_eq!(next, 300);
        }
    }
}
