//! What people see, whatever the messenger: messages in a small markup with buttons that are
//! typed actions ([`message`], [`callback`], [`markup`]), and what they show: task cards and
//! list lines ([`cards`]), reminders ([`reminder`]), summaries ([`summary`]), the chart and the
//! spreadsheet ([`chart`], [`sheet`]). Built from `domain` values and [`crate::i18n`]; nothing
//! here knows which messenger carries it.

pub mod callback;
pub mod cards;
pub mod chart;
pub mod dashboard;
pub mod digest;
pub mod import_preview;
pub mod markup;
pub mod message;
pub mod reminder;
pub mod scorecard;
pub mod sheet;
pub mod summary;
pub mod undelivered;
