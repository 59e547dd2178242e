//! The daily notice to the secretariat of messages that could not be delivered: to whom, about
//! which task, when, and why, so that they can reach those people another way.

use chrono_tz::Tz;

use crate::domain::Lang;
use crate::i18n::{Args, I18n, Key};
use crate::store::outbox::Failed;

/// Lines listed in one notice; the rest are counted.
const MAX_LINES: usize = 60;
/// Telegram's own words, cut to what a reader needs.
const MAX_DETAIL: usize = 120;

pub fn notice(i18n: &I18n, lang: Lang, tz: Tz, failed: &[Failed]) -> String {
    let mut text = i18n.t(lang, Key::UndeliveredTitle, &Args::new().num("count", failed.len() as f64));
    for f in failed.iter().take(MAX_LINES) {
        let who = match (&f.member_name, &f.group_title) {
            (Some(name), _) | (None, Some(name)) => crate::view::markup::escape(name),
            (None, None) => {
                i18n.t(lang, Key::UndeliveredChat, &Args::new().raw("chat", f.chat_id.to_string()))
            }
        };
        let why = if f.unreachable {
            i18n.t0(lang, Key::UndeliveredWhyUnreachable)
        } else {
            let detail: String = f.error.chars().take(MAX_DETAIL).collect();
            i18n.t(lang, Key::UndeliveredWhyRefused, &Args::new().text("detail", detail))
        };
        let args = Args::new()
            .html("who", format!("<b>{who}</b>"))
            .raw("at", i18n.datetime(lang, f.failed_at, tz))
            .html("error", why);
        let line = match &f.task_code {
            Some(code) => i18n.t(lang, Key::UndeliveredLineTask, &args.raw("code", code.clone())),
            None => i18n.t(lang, Key::UndeliveredLine, &args),
        };
        text.push('\n');
        text.push_str(&line);
    }
    if failed.len() > MAX_LINES {
        text.push('\n');
        let more = (failed.len() - MAX_LINES) as f64;
        text.push_str(&i18n.t(lang, Key::UndeliveredMore, &Args::new().num("count", more)));
    }
    text
}
