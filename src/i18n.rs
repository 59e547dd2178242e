//! Every word a user sees: fluent bundles for each language, built from `locales/` at compile
//! time, with Vietnamese number and date formats and without Unicode isolation marks.
//!
//! Messages are Telegram HTML. [`Args::text`] escapes what it is given, so user-typed text can
//! never inject markup; [`Args::html`] is for fragments that were themselves produced here.

use std::borrow::Cow;
use std::fmt::Write as _;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use chrono_tz::Tz;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;

use crate::domain::Lang;

include!(concat!(env!("OUT_DIR"), "/i18n_keys.rs"));

/// The locale files, embedded so the binary stands alone.
const SOURCES: &[(Lang, &str, &str)] = &[
    (Lang::Vi, "locales/vi/dondoc.ftl", include_str!("../locales/vi/dondoc.ftl")),
    (Lang::En, "locales/en/dondoc.ftl", include_str!("../locales/en/dondoc.ftl")),
];

/// A locale file that does not parse or clashes with another.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {detail}")]
pub struct LocaleError {
    file: &'static str,
    detail: String,
}

/// The loaded bundles. Cheap to share behind an `Arc`.
pub struct I18n {
    vi: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("I18n")
    }
}

impl I18n {
    /// Parses the embedded locale files.
    pub fn load() -> Result<Self, LocaleError> {
        let mut vi = new_bundle(Lang::Vi);
        let mut en = new_bundle(Lang::En);
        for (lang, file, source) in SOURCES {
            let resource = FluentResource::try_new(source.to_string())
                .map_err(|(_, errors)| LocaleError { file, detail: format!("{errors:?}") })?;
            let bundle = match lang {
                Lang::Vi => &mut vi,
                Lang::En => &mut en,
            };
            bundle
                .add_resource(resource)
                .map_err(|errors| LocaleError { file, detail: format!("{errors:?}") })?;
        }
        Ok(Self { vi, en })
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }

    /// Formats a message. A formatting problem (a missing variable) is logged and the text is
    /// still returned with fluent's visible placeholder, rather than sending nothing.
    pub fn t(&self, lang: Lang, key: Key, args: &Args) -> String {
        match self.try_t(lang, key, args) {
            Ok(text) => text,
            Err((text, errors)) => {
                tracing::error!(?lang, key = key.id(), ?errors, "message formatted with errors");
                text
            }
        }
    }

    /// A message without arguments.
    pub fn t0(&self, lang: Lang, key: Key) -> String {
        self.t(lang, key, &Args::new())
    }

    /// Formats a message, returning the formatting errors instead of logging them (for tests).
    pub fn try_t(&self, lang: Lang, key: Key, args: &Args) -> Result<String, (String, Vec<String>)> {
        let bundle = self.bundle(lang);
        let Some(pattern) = bundle.get_message(key.id()).and_then(|m| m.value()) else {
            return Err((key.id().to_string(), vec![format!("no message `{}`", key.id())]));
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args.0), &mut errors).into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err((text, errors.iter().map(ToString::to_string).collect()))
        }
    }

    /// A calendar date the way the language writes it: 15/8/2023 in English; in Vietnamese as
    /// administrative documents write it (08/8/2023, 05/01/2024; see [`vi_day_month`]).
    pub fn date(&self, lang: Lang, date: NaiveDate) -> String {
        let (day, month) = day_month(lang, date.day(), date.month());
        let args = Args::new().raw("day", day).raw("month", month).raw("year", date.year().to_string());
        self.t(lang, Key::FmtDate, &args)
    }

    /// A day of the year without its year (15/12; 08/8 in Vietnamese), for yearly dates.
    pub fn day_month(&self, lang: Lang, date: NaiveDate) -> String {
        let (day, month) = day_month(lang, date.day(), date.month());
        format!("{day}/{month}")
    }

    /// An instant shown in the committee's time zone (08:05 ngày 15/8/2023; 08:05 15/8/2023).
    pub fn datetime(&self, lang: Lang, at: DateTime<Utc>, tz: Tz) -> String {
        let local = at.with_timezone(&tz);
        let (day, month) = day_month(lang, local.day(), local.month());
        let args = Args::new()
            .raw("hour", format!("{:02}", local.hour()))
            .raw("minute", format!("{:02}", local.minute()))
            .raw("day", day)
            .raw("month", month)
            .raw("year", local.year().to_string());
        self.t(lang, Key::FmtDatetime, &args)
    }
}

/// The day and month of a date as `lang` writes them.
fn day_month(lang: Lang, day: u32, month: u32) -> (String, String) {
    match lang {
        Lang::Vi => vi_day_month(day, month),
        Lang::En => (day.to_string(), month.to_string()),
    }
}

/// Day and month as Nghị định 30/2020/NĐ-CP (Phụ lục I) has administrative documents write
/// them: "đối với những số chỉ ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước".
/// So 08/8/2026, 15/02/2027, 05/01/2027, 30/11/2026.
pub fn vi_day_month(day: u32, month: u32) -> (String, String) {
    let day = if day < 10 { format!("0{day}") } else { day.to_string() };
    let month = if month <= 2 { format!("0{month}") } else { month.to_string() };
    (day, month)
}

/// A date written the Vietnamese administrative way, for text that is Vietnamese whatever the
/// reader's language (the name of a notice: "Thông báo kết luận ngày 08/8/2023").
pub fn vi_date(date: NaiveDate) -> String {
    let (day, month) = vi_day_month(date.day(), date.month());
    format!("{day}/{month}/{}", date.year())
}

fn new_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    // Telegram shows U+2068/U+2069 as stray boxes on some clients; our text is never bidi.
    bundle.set_use_isolating(false);
    // NUMBER() with its fraction-digit options, used for percentages.
    bundle.add_builtins().expect("the builtins are added to a fresh bundle once");
    bundle.set_formatter(Some(match lang {
        Lang::Vi => format_vi,
        Lang::En => format_en,
    }));
    bundle
}

fn format_vi(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(format_number(n, '.', ',')),
        _ => None,
    }
}

fn format_en(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(format_number(n, ',', '.')),
        _ => None,
    }
}

/// Groups thousands and writes the fraction with the language's separators; the number of
/// fraction digits follows the message's `NUMBER(..., minimumFractionDigits, maximumFractionDigits)`.
fn format_number(n: &FluentNumber, group: char, decimal: char) -> String {
    let min = n.options.minimum_fraction_digits.unwrap_or(0);
    let max =
        n.options.maximum_fraction_digits.unwrap_or(if n.value.fract() == 0.0 { 0 } else { 3 }).max(min);
    let rendered = format!("{:.*}", max, n.value.abs());
    let (int_part, frac_part) = rendered.split_once('.').unwrap_or((&rendered, ""));
    let mut frac = frac_part.to_string();
    while frac.len() > min && frac.ends_with('0') {
        frac.pop();
    }
    let mut out = String::new();
    if n.value < 0.0 && rendered.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    let digits = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        let _ = write!(out, "{decimal}{frac}");
    }
    out
}

/// Arguments for one message.
#[derive(Default)]
pub struct Args(FluentArgs<'static>);

impl Args {
    pub fn new() -> Self {
        Self::default()
    }

    /// Text from outside (a user, the database): HTML-escaped.
    pub fn text(mut self, name: &'static str, value: impl AsRef<str>) -> Self {
        let escaped = html_escape::encode_text(value.as_ref()).into_owned();
        self.0.set(name, FluentValue::String(Cow::Owned(escaped)));
        self
    }

    /// HTML produced by this program (another formatted message, a list built from them).
    pub fn html(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.0.set(name, FluentValue::String(Cow::Owned(value.into())));
        self
    }

    /// Plain text known to hold no markup characters (digits, codes, selectors).
    pub fn raw(self, name: &'static str, value: impl Into<String>) -> Self {
        self.html(name, value)
    }

    /// A number: formatted the language's way and usable in plural selectors.
    pub fn num(mut self, name: &'static str, value: impl Into<f64>) -> Self {
        self.0.set(name, FluentValue::Number(FluentNumber::from(value.into())));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(value: f64, max_fraction: Option<usize>) -> FluentNumber {
        let mut n = FluentNumber::from(value);
        n.options.maximum_fraction_digits = max_fraction;
        n
    }

    #[test]
    fn numbers_use_a_thousands_dot_and_a_decimal_comma_in_vietnamese() {
        assert_eq!(format_number(&num(1239.0, None), '.', ','), "1.239");
        assert_eq!(format_number(&num(10.38, Some(2)), '.', ','), "10,38");
        assert_eq!(format_number(&num(14.893, Some(1)), '.', ','), "14,9");
        assert_eq!(format_number(&num(15.0, Some(1)), '.', ','), "15");
        assert_eq!(format_number(&num(200_000.0, None), '.', ','), "200.000");
        assert_eq!(format_number(&num(-1234567.0, None), '.', ','), "-1.234.567");
        assert_eq!(format_number(&num(0.0, None), '.', ','), "0");
    }

    #[test]
    fn numbers_use_a_thousands_comma_in_english() {
        assert_eq!(format_number(&num(1239.5, Some(1)), ',', '.'), "1,239.5");
    }

    #[test]
    fn vietnamese_dates_are_written_as_decree_30_2020_has_them() {
        let i18n = I18n::load().unwrap();
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        // Days below 10 and the months 1 and 2 take a leading zero; other months do not.
        for (date, written) in [
            (d(2023, 8, 15), "15/8/2023"),
            (d(2026, 8, 8), "08/8/2026"),
            (d(2027, 1, 5), "05/01/2027"),
            (d(2027, 2, 15), "15/02/2027"),
            (d(2026, 3, 1), "01/3/2026"),
            (d(2026, 10, 9), "09/10/2026"),
            (d(2026, 12, 31), "31/12/2026"),
            (d(2026, 11, 10), "10/11/2026"),
        ] {
            assert_eq!(i18n.date(Lang::Vi, date), written);
            assert_eq!(vi_date(date), written);
        }
        let at = DateTime::parse_from_rfc3339("2026-08-15T01:05:00Z").unwrap().to_utc();
        assert_eq!(i18n.datetime(Lang::Vi, at, chrono_tz::Asia::Ho_Chi_Minh), "08:05 ngày 15/8/2026");
        // 23:30 UTC on 31/1 is already 1/2 in Hà Nội.
        let at = DateTime::parse_from_rfc3339("2027-01-31T23:30:00Z").unwrap().to_utc();
        assert_eq!(i18n.datetime(Lang::Vi, at, chrono_tz::Asia::Ho_Chi_Minh), "06:30 ngày 01/02/2027");
    }

    #[test]
    fn english_dates_are_written_day_month_year_without_padding() {
        let i18n = I18n::load().unwrap();
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(i18n.date(Lang::En, d(2023, 8, 15)), "15/8/2023");
        assert_eq!(i18n.date(Lang::En, d(2027, 1, 5)), "5/1/2027");
        let at = DateTime::parse_from_rfc3339("2026-08-08T01:05:00Z").unwrap().to_utc();
        assert_eq!(i18n.datetime(Lang::En, at, chrono_tz::Asia::Ho_Chi_Minh), "08:05 8/8/2026");
    }

    #[test]
    fn text_arguments_are_escaped_and_no_isolation_marks_are_added() {
        let i18n = I18n::load().unwrap();
        let out = i18n.t(Lang::Vi, Key::GroupNotRegistered, &Args::new());
        assert!(!out.contains('\u{2068}') && !out.contains('\u{2069}'));
        let args = Args::new().text("command", "<b>&x</b>");
        let out = i18n.t(Lang::Vi, Key::ErrorUnavailable, &args);
        assert!(out.contains("&lt;b&gt;&amp;x&lt;/b&gt;"), "{out}");
    }
}
