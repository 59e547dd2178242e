//! What the bot says, as stored in the outbox until it is delivered: a Telegram request
//! described in JSON (text, buttons, edits, files).

use serde::{Deserialize, Serialize};
use teloxide::types::InlineKeyboardMarkup;

use crate::store::outbox::NewMessage;

/// Telegram's limit on a message's text, in UTF-16 code units; we count chars, which is
/// never more, and keep a margin for the markup.
pub const MAX_TEXT: usize = 4096;
/// Telegram's limit on a photo or document caption.
pub const MAX_CAPTION: usize = 1024;

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
}

impl Purpose {
    pub const fn as_str(self) -> &'static str {
        match self {
            Purpose::Reply => "reply",
            Purpose::TaskCard => "task_card",
            Purpose::Notice => "notice",
            Purpose::Reminder => "reminder",
        }
    }
}

/// A request to Telegram, replayable from its JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Body {
    /// `sendMessage` with HTML text.
    Text {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        keyboard: Option<InlineKeyboardMarkup>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reply_to: Option<i32>,
    },
    /// `editMessageText` of a message the bot sent (paging, a decided request).
    Edit {
        message_id: i32,
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        keyboard: Option<InlineKeyboardMarkup>,
    },
    /// `sendPhoto` of the attachment (a chart).
    Photo { file_name: String, caption: String },
    /// `sendDocument` of the attachment (a spreadsheet).
    Document { file_name: String, caption: String },
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

    pub fn keyboard(mut self, markup: InlineKeyboardMarkup) -> Self {
        match &mut self.body {
            Body::Text { keyboard, .. } | Body::Edit { keyboard, .. } => *keyboard = Some(markup),
            Body::Photo { .. } | Body::Document { .. } => {}
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
        if text.chars().count() <= super::markup::MESSAGE_BUDGET {
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
