//! What a summary is about, as typed after `/tonghop`, `/quahan`, `/bieudo`, `/xuat`: a year
//! (`2023`), a quarter (`q3/2023`, `quý III/2023`), a half year (`6t/2024`, `6 tháng đầu năm
//! 2024`), a programme (`cds`, `đề án 06`, `nq57`), a unit name, `đầy đủ` for the full report; any mix.

use chrono::{Datelike, NaiveDate};

use crate::domain::Programme;
pub use crate::domain::{Period, Scope};
use crate::text::fold::fold;

/// A parsed filter; `unit` is the text left for unit matching.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub scope: Scope,
    pub unit: Option<String>,
    /// `đầy đủ`: the message, the chart and the spreadsheet together.
    pub full: bool,
}

fn year_of(word: &str) -> Option<i32> {
    let y = word.parse::<i32>().ok()?;
    (2000..=2099).contains(&y).then_some(y)
}

fn roman_or_number(word: &str) -> Option<u32> {
    Some(match word {
        "1" | "i" => 1,
        "2" | "ii" => 2,
        "3" | "iii" => 3,
        "4" | "iv" => 4,
        _ => return None,
    })
}

/// Reads a filter. `this_year` completes a quarter or half typed without a year.
pub fn parse(args: &str, this_year: i32) -> Parsed {
    let folded = fold(args).replace(['/', '-'], " ");
    let words: Vec<&str> = folded.split_whitespace().collect();
    let mut out = Parsed::default();
    let mut rest: Vec<&str> = Vec::new();
    let mut i = 0;
    // The year after a period word, if the next word is one.
    let year_at = |j: usize| words.get(j).copied().and_then(year_of);
    while i < words.len() {
        let w = words[i];
        let next = words.get(i + 1).copied().unwrap_or("");
        // q3 2023 / quy 3 2023 / quy iii nam 2023
        let quarter = if let Some(q) = w.strip_prefix('q').filter(|q| !q.is_empty()).and_then(roman_or_number)
        {
            Some((q, 1))
        } else if w == "quy" {
            roman_or_number(next).map(|q| (q, 2))
        } else {
            None
        };
        if let Some((q, used)) = quarter {
            let mut j = i + used;
            if words.get(j) == Some(&"nam") {
                j += 1;
            }
            let year = year_at(j);
            let year_used = usize::from(year.is_some());
            out.scope.period = Some(Period::Quarter { year: year.unwrap_or(this_year), quarter: q });
            i = if year.is_some() { j + year_used } else { i + used };
            continue;
        }
        // 6t 2024 / h1 2024 / 6 thang dau nam 2024 / 6 thang cuoi nam
        let half = match (w, next) {
            ("6t" | "h1", _) => Some((1, 1)),
            ("h2", _) => Some((2, 1)),
            ("6", "thang") => match words.get(i + 2).copied() {
                Some("dau") => Some((1, 3)),
                Some("cuoi") => Some((2, 3)),
                _ => None,
            },
            _ => None,
        };
        if let Some((h, used)) = half {
            let mut j = i + used;
            if words.get(j) == Some(&"nam") {
                j += 1;
            }
            let year = year_at(j);
            out.scope.period = Some(Period::Half { year: year.unwrap_or(this_year), half: h });
            i = if year.is_some() { j + 1 } else { j };
            continue;
        }
        if let Some(y) = year_of(w) {
            out.scope.year = Some(y);
            i += 1;
            continue;
        }
        if w == "nam" && year_at(i + 1).is_some() {
            i += 1;
            continue;
        }
        // Programmes: "cds", "da06", "nq57", "đề án 06", "chuyển đổi số", "57-NQ/TW", "nghị
        // quyết số 57-NQ/TW" (up to six words, the longest first).
        if let Some((p, used)) = (2..=6)
            .rev()
            .filter(|n| i + n <= words.len())
            .find_map(|n| Programme::from_folded(&words[i..i + n].join(" ")).map(|p| (p, n)))
        {
            out.scope.programme = Some(p);
            i += used;
            continue;
        }
        if matches!(w, "cds" | "da06" | "nq57") {
            out.scope.programme = Programme::from_folded(w);
            i += 1;
            continue;
        }
        if matches!((w, next), ("day", "du")) {
            out.full = true;
            i += 2;
            continue;
        }
        if matches!(w, "full" | "daydu") {
            out.full = true;
            i += 1;
            continue;
        }
        rest.push(w);
        i += 1;
    }
    if !rest.is_empty() {
        out.unit = Some(rest.join(" "));
    }
    // A period names its year.
    if let (Some(p), None) = (out.scope.period, out.scope.year) {
        out.scope.year = Some(match p {
            Period::Quarter { year, .. } | Period::Half { year, .. } => year,
        });
    }
    out
}

/// The current year in a day, for filters typed without one.
pub fn year_of_day(day: NaiveDate) -> i32 {
    day.year()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_are_read_in_any_order_and_spelling() {
        let p = parse("q3/2023 da06 sở tư pháp", 2026);
        assert_eq!(p.scope.period, Some(Period::Quarter { year: 2023, quarter: 3 }));
        assert_eq!(p.scope.year, Some(2023));
        assert_eq!(p.scope.programme, Some(Programme::Da06));
        assert_eq!(p.unit.as_deref(), Some("so tu phap"));

        assert_eq!(
            parse("Quý III năm 2023", 2026).scope.period,
            Some(Period::Quarter { year: 2023, quarter: 3 })
        );
        assert_eq!(parse("quý 2", 2026).scope.period, Some(Period::Quarter { year: 2026, quarter: 2 }));
        assert_eq!(
            parse("6 tháng đầu năm 2024", 2026).scope.period,
            Some(Period::Half { year: 2024, half: 1 })
        );
        assert_eq!(parse("6t/2024", 2026).scope.period, Some(Period::Half { year: 2024, half: 1 }));
        assert_eq!(parse("h2", 2026).scope.period, Some(Period::Half { year: 2026, half: 2 }));
        let p = parse("2023 đề án 06", 2026);
        assert_eq!((p.scope.year, p.scope.programme, p.unit), (Some(2023), Some(Programme::Da06), None));
        assert_eq!(parse("năm 2024 cđs", 2026).scope.programme, Some(Programme::Cds));
        assert_eq!(parse("chuyển đổi số", 2026).scope.programme, Some(Programme::Cds));
        for typed in ["nq57", "NQ57 2026", "nghị quyết 57", "57-NQ/TW", "Nghị quyết số 57-NQ/TW"] {
            let p = parse(typed, 2026);
            assert_eq!((p.scope.programme, p.unit.as_deref()), (Some(Programme::Nq57), None), "{typed}");
        }
        let p = parse("q3/2026 nghị quyết 57-NQ/TW sở khoa học và công nghệ", 2026);
        assert_eq!(p.scope.period, Some(Period::Quarter { year: 2026, quarter: 3 }));
        assert_eq!(p.scope.programme, Some(Programme::Nq57));
        assert_eq!(p.unit.as_deref(), Some("so khoa hoc va cong nghe"));
        assert!(parse("6 tháng đầu năm 2024 đầy đủ", 2026).full);
        assert_eq!(parse("", 2026), Parsed::default());
        assert_eq!(parse("abc xyz", 2026).unit.as_deref(), Some("abc xyz"));
    }

    #[test]
    fn periods_know_their_first_and_last_days() {
        let q = Period::Quarter { year: 2023, quarter: 3 };
        assert_eq!(
            (q.first_day().to_string(), q.last_day().to_string()),
            ("2023-07-01".into(), "2023-09-30".into())
        );
        let q4 = Period::Quarter { year: 2023, quarter: 4 };
        assert_eq!(q4.last_day().to_string(), "2023-12-31");
        let h = Period::Half { year: 2024, half: 1 };
        assert_eq!(
            (h.first_day().to_string(), h.last_day().to_string()),
            ("2024-01-01".into(), "2024-06-30".into())
        );
    }
}
