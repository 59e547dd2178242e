//! How the scorecard reads: the period, one line per unit in rank order with its figures, score
//! and band, and the rubric spelled out so the score can be checked by hand.

use crate::domain::Lang;
use crate::domain::scorecard::{Band, Rubric, ScorePeriod, Scorecard, UnitScore};
use crate::i18n::{Args, I18n, Key};
use crate::view::markup::truncate;

/// Units listed in a message; the spreadsheet has them all.
pub const LISTED_UNITS: usize = 15;

/// The period in words: "Tháng 9/2026", "Quý III/2026", "Năm 2026".
pub fn period_text(i18n: &I18n, lang: Lang, period: ScorePeriod) -> String {
    match period {
        ScorePeriod::Month { year, month } => i18n.t(
            lang,
            Key::ScorePeriodMonth,
            &Args::new().raw("month", month.to_string()).raw("year", year.to_string()),
        ),
        ScorePeriod::Quarter { year, quarter } => i18n.t(
            lang,
            Key::ScopeQuarter,
            &Args::new().num("quarter", quarter).raw("year", year.to_string()),
        ),
        ScorePeriod::Year { year } => {
            i18n.t(lang, Key::ScopeYear, &Args::new().raw("year", year.to_string()))
        }
    }
}

pub fn band_text(i18n: &I18n, lang: Lang, band: Band) -> String {
    let key = match band {
        Band::Excellent => Key::BandExcellent,
        Band::Good => Key::BandGood,
        Band::Pass => Key::BandPass,
        Band::Fail => Key::BandFail,
    };
    i18n.t0(lang, key)
}

/// "95 điểm, xuất sắc", or that the unit is not scored yet.
pub fn score_text(i18n: &I18n, lang: Lang, unit: &UnitScore) -> String {
    match (unit.score, unit.band) {
        (Some(score), Some(band)) => i18n.t(
            lang,
            Key::ScorePoints,
            &Args::new().num("score", score).raw("band", band_text(i18n, lang, band)),
        ),
        _ => i18n.t0(lang, Key::ScoreUnscored),
    }
}

/// The rubric in words.
pub fn legend(i18n: &I18n, lang: Lang, rubric: &Rubric) -> String {
    let [excellent, good, pass] = rubric.bands;
    let args = Args::new()
        .num("on_time", rubric.on_time)
        .num("late", rubric.late)
        .num("reported", rubric.reported)
        .num("excellent", excellent)
        .num("good", good)
        .num("pass", pass);
    i18n.t(lang, Key::ScoreLegend, &args)
}

/// The units' lines in rank order, the first `limit` of them.
pub fn lines(i18n: &I18n, lang: Lang, card: &Scorecard, limit: usize) -> Vec<String> {
    let mut out: Vec<String> = card
        .units
        .iter()
        .take(limit)
        .enumerate()
        .map(|(i, u)| {
            let args = Args::new()
                .raw("rank", (i + 1).to_string())
                .text("unit", truncate(&u.name, 40))
                .html("score", score_text(i18n, lang, u))
                .num("due", u.due)
                .num("on_time", u.on_time)
                .num("late", u.late)
                .num("overdue", u.overdue)
                .num("reported", u.reported);
            i18n.t(lang, Key::ScoreLine, &args)
        })
        .collect();
    if card.units.len() > limit {
        out.push(i18n.t(lang, Key::ScoreMore, &Args::new().num("count", (card.units.len() - limit) as f64)));
    }
    out
}

/// The whole scorecard as one message.
pub fn message(i18n: &I18n, lang: Lang, card: &Scorecard, rubric: &Rubric) -> String {
    let period = period_text(i18n, lang, card.period);
    if card.units.is_empty() {
        return i18n.t(lang, Key::ScoreNone, &Args::new().html("period", period));
    }
    let mut out = vec![i18n.t(
        lang,
        Key::ScoreTitle,
        &Args::new().html("period", period).raw("date", i18n.date(lang, card.today)),
    )];
    out.extend(lines(i18n, lang, card, LISTED_UNITS));
    out.push(String::new());
    out.push(legend(i18n, lang, rubric));
    out.join("\n")
}
