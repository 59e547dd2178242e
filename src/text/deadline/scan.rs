//! Reading one phrase at a token: dates, months, quarters, parts of a year, relative times
//! ("tháng sau", "trong 15 ngày"), ranges, and what stands before a phrase in prose.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::{COUNTED, Context, DOCUMENTS, Deadline, DeadlineError, Kind, LEADING, Tokens};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// The text is nothing but the phrase: looser shapes ("15-8", a bare "2024", "không") are fine.
    Whole,
    /// The phrase sits in prose: only shapes that cannot be something else.
    Find,
}

/// A period whose last day is the deadline.
#[derive(Debug, Clone, Copy)]
enum Period {
    Day { day: u32, month: u32 },
    Month(u32),
    Quarter(u32),
    Year,
}

impl Period {
    fn end_in(self, year: i32) -> Option<NaiveDate> {
        match self {
            Period::Day { day, month } => NaiveDate::from_ymd_opt(year, month, day),
            Period::Month(m) => last_day(year, m),
            Period::Quarter(q) => last_day(year, q * 3),
            Period::Year => last_day(year, 12),
        }
    }

    fn span(self) -> Span {
        match self {
            Period::Day { .. } => Span::Day,
            Period::Month(_) => Span::Month,
            Period::Quarter(_) => Span::Quarter,
            Period::Year => Span::Year,
        }
    }
}

/// What a phrase names, for "trước" (before): a day keeps its date; before a month, quarter or
/// year is the end of the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Span {
    Day,
    Month,
    Quarter,
    Year,
    Other,
}

fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 { (year.checked_add(1)?, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

/// The last day of the month `months` after `date`'s.
fn month_end_after(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    let m0 = date.month0() + months;
    last_day(date.year() + (m0 / 12) as i32, m0 % 12 + 1)
}

/// The same day `months` later, or the month's last day when it has no such day.
fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    let end = month_end_after(date, months)?;
    end.with_day(date.day().min(end.day()))
}

/// A phrase read at some token.
#[derive(Debug)]
pub(super) struct Phrase {
    pub deadline: Deadline,
    /// The token after the phrase.
    pub end: usize,
    /// In prose, only with a deadline word before it ("năm 2024", "quý 3", "thường xuyên").
    pub needs_intro: bool,
    pub span: Span,
}

impl Phrase {
    fn on(date: NaiveDate, end: usize, needs_intro: bool) -> Self {
        Phrase { deadline: Deadline::On(date), end, needs_intro, span: Span::Other }
    }
}

type Read = Option<Result<Phrase, DeadlineError>>;

pub(super) struct Scan<'a, 'c> {
    /// The text the tokens point into, for the marks folding drops ("tháng Sáu" is June,
    /// "tháng sau" next month).
    pub text: &'a str,
    pub toks: &'a Tokens,
    pub cx: Context<'c>,
    pub mode: Mode,
}

/// Month names: "tháng Chín", "tháng Giêng", "tháng Chạp", "tháng mười một".
const MONTH_NAMES: &[(&str, u32)] = &[
    ("gieng", 1),
    ("mot", 1),
    ("hai", 2),
    ("ba", 3),
    ("tu", 4),
    ("bon", 4),
    ("nam", 5),
    ("sau", 6),
    ("bay", 7),
    ("tam", 8),
    ("chin", 9),
    ("muoi mot", 11),
    ("muoi hai", 12),
    ("muoi", 10),
    ("chap", 12),
];

/// Counts written as words: "một tháng nữa", "hai tuần".
const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("mot", 1),
    ("hai", 2),
    ("ba", 3),
    ("bon", 4),
    ("nam", 5),
    ("sau", 6),
    ("bay", 7),
    ("tam", 8),
    ("chin", 9),
    ("muoi", 10),
];

/// Weekdays as written after "thứ": "thứ 6", "thứ sáu", "thứ hai".
fn weekday(t: &Tokens, i: usize) -> Option<(Weekday, usize)> {
    if t.count_words(i, "chu nhat").is_some() {
        return Some((Weekday::Sun, 2));
    }
    if !t.is_word(i, "thu") {
        return None;
    }
    let n = match t.number(i + 1, 1) {
        Some(n) => n,
        None => match t.text(i + 1) {
            "hai" => 2,
            "ba" => 3,
            "tu" => 4,
            "nam" => 5,
            "sau" => 6,
            "bay" => 7,
            _ => return None,
        },
    };
    let day = match n {
        2 => Weekday::Mon,
        3 => Weekday::Tue,
        4 => Weekday::Wed,
        5 => Weekday::Thu,
        6 => Weekday::Fri,
        7 => Weekday::Sat,
        _ => return None,
    };
    Some((day, 2))
}

impl Scan<'_, '_> {
    /// Skips what may stand before a whole-field phrase: deadline words, marks, a time of day
    /// ("trước 16 giờ ngày 15/9"), "từ nay đến". Returns where the phrase starts and whether a
    /// "từ" (from) was among them.
    pub fn skip_leading(&self, mut i: usize, end: usize) -> (usize, bool) {
        let t = self.toks;
        let mut from = false;
        while i < end {
            if matches!(t.kind(i), Some(Kind::Mark(_))) {
                i += 1;
            } else if let Some(n) = self.time_of_day(i) {
                i += n;
            } else if t.count_words(i, "khong qua").is_some() && i + 2 < end {
                i += 2;
            } else if t.count_words(i, "tu nay").is_some() && matches!(t.text(i + 2), "den" | "toi") {
                i += 3;
            } else if t.is_word(i, "tu") || t.count_words(i, "ke tu").is_some() {
                from = true;
                i += if t.is_word(i, "ke") { 2 } else { 1 };
            } else if t.kind(i) == Some(Kind::Word) && LEADING.contains(&t.text(i)) || at_once(t, i) {
                i += 1;
            } else {
                break;
            }
        }
        (i, from)
    }

    /// "16 giờ", "16h", "16h30", "16:00", "8 giờ 30 phút", "17 giờ chiều": a time of day, its length.
    pub fn time_of_day(&self, i: usize) -> Option<usize> {
        let t = self.toks;
        t.number(i, 2).filter(|h| *h <= 24)?;
        let mut j = i + 1;
        if t.is_word(j, "gio")
            || (matches!(t.text(j), "h" | "g") && t.glued(j) && t.kind(j) == Some(Kind::Word))
        {
            j += 1;
            if t.kind(j) == Some(Kind::Number) && t.number(j, 2).is_some_and(|m| m < 60) {
                j += 1;
                if t.is_word(j, "phut") || (t.is_word(j, "p") && t.glued(j)) {
                    j += 1;
                }
            }
        } else if t.is_mark(j, ':') && t.glued(j) && t.glued(j + 1) && t.number(j + 1, 2).is_some() {
            j += 2;
        } else {
            return None;
        }
        // "17 giờ chiều", but not the "chiều" of "chiều nay", read as the day.
        if matches!(t.text(j), "sang" | "chieu" | "trua" | "toi") && !matches!(t.text(j + 1), "nay" | "mai") {
            j += 1;
        }
        Some(j - i)
    }

    /// A phrase at `i`, or a range "từ X đến Y" / "X - Y" starting there, which means Y.
    pub fn phrase_or_range(&self, i: usize) -> Option<(Result<Phrase, DeadlineError>, bool)> {
        let first = self.phrase(i)?;
        let Ok(p) = &first else { return Some((first, false)) };
        let t = self.toks;
        let next = if t.is_word(p.end, "den") || t.is_word(p.end, "toi") {
            if t.is_word(p.end + 1, "het") { p.end + 2 } else { p.end + 1 }
        } else if t.is_mark(p.end, '-') {
            p.end + 1
        } else {
            return Some((first, false));
        };
        match self.phrase(next) {
            Some(second) => Some((second, true)),
            None => Some((first, false)),
        }
    }

    /// "trước tháng 10/2026" is by 30/9/2026: before a month, quarter or year (not a day) is
    /// the end of the one before it. `i` is where the phrase starts.
    pub fn before_period(&self, i: usize, p: Phrase) -> Phrase {
        let Deadline::On(end) = p.deadline else { return p };
        // "trc" is how a chat writes "trước".
        if i == 0 || !(self.toks.is_word(i - 1, "truoc") || self.toks.is_word(i - 1, "trc")) {
            return p;
        }
        let first = match p.span {
            Span::Month => end.with_day(1),
            Span::Quarter => NaiveDate::from_ymd_opt(end.year(), end.month0() / 3 * 3 + 1, 1),
            Span::Year => NaiveDate::from_ymd_opt(end.year(), 1, 1),
            Span::Day | Span::Other => return p,
        };
        match first.and_then(|d| d.pred_opt()) {
            Some(before) => Phrase { deadline: Deadline::On(before), span: Span::Day, ..p },
            None => p,
        }
    }

    pub fn phrase(&self, i: usize) -> Read {
        let t = self.toks;
        match t.kind(i)? {
            Kind::Number => self
                .numeric_date(i)
                .or_else(|| self.spelled_date(i))
                .or_else(|| self.part_of_year(i))
                .or_else(|| self.count_ahead(i))
                .or_else(|| self.iso_date(i))
                .or_else(|| self.bare_year(i)),
            Kind::Word => match t.text(i) {
                "ngay" => self
                    .numeric_date(i + 1)
                    .or_else(|| self.spelled_date(i + 1))
                    .or_else(|| self.relative_day(i)),
                "thang" => self.relative(i, Span::Month).or_else(|| self.month(i + 1, true)),
                "th" | "t" if t.glued(i + 1) && t.kind(i + 1) == Some(Kind::Number) => {
                    self.month(i + 1, true)
                }
                "quy" | "qui" if self.is_quarter(i) => {
                    self.relative(i, Span::Quarter).or_else(|| self.quarter(i + 1))
                }
                "q" if t.is_mark(i + 1, '.') && t.glued(i + 1) && t.glued(i + 2) => self.quarter(i + 2),
                "q" if t.glued(i + 1) => self.quarter(i + 1),
                "qi" | "qii" | "qiii" | "qiv" => self.quarter_word(i),
                "nam" => self.relative(i, Span::Year).or_else(|| self.year_end(i + 1)),
                "tuan" => self.week_of_month(i).or_else(|| self.relative(i, Span::Other)),
                "tet" => self.lunar_new_year(i),
                "cuoi" => self.end_of(i + 1),
                "dau" | "giua" | "thuong" | "trung" | "ha" | "nua" => {
                    self.part_of_period(i).or_else(|| self.ongoing(i))
                }
                "mai" | "hom" | "sang" | "chieu" | "trua" | "toi" => self.relative_day(i),
                "mong" | "mung" => self.numeric_date(i + 1).or_else(|| self.spelled_date(i)),
                "thu" | "chu" => self.weekday_phrase(i),
                "sau" | "ba" | "chin" => self.part_of_year(i).or_else(|| self.count_ahead(i)),
                "mot" | "hai" | "bon" | "muoi" => self.count_ahead(i),
                _ => self.ongoing(i),
            },
            Kind::Mark(_) => None,
        }
    }

    /// 15/8/2023, 15-8-2023, 15.8.2023, 15/8/23, 15/8, and 8/2023 for a month.
    fn numeric_date(&self, i: usize) -> Read {
        let t = self.toks;
        let first = t.number(i, 2)?;
        let sep = match t.kind(i + 1)? {
            Kind::Mark(c @ ('/' | '-' | '.')) => c,
            _ => return None,
        };
        // Only the slash is written with spaces around it; "1 - 2" or "3. 4" are not dates.
        let tight = |j: usize| sep == '/' || t.glued(j);
        if !tight(i + 1) || !tight(i + 2) {
            return None;
        }
        if let Some(year) = t.number(i + 2, 4).filter(|_| t.text(i + 2).len() == 4) {
            // "8/2023": a month. "25/2023" is nothing.
            if sep == '-' || self.cites_code(i + 3) || !(1..=12).contains(&first) {
                return None;
            }
            return Some(
                self.check_year(year).and_then(|y| self.complete(Period::Month(first), Some(y), i + 3)),
            );
        }
        let second = t.number(i + 2, 2)?;
        let mut end = i + 3;
        let mut year = None;
        if t.is_mark(end, sep) && tight(end) && tight(end + 1) && t.kind(end + 1) == Some(Kind::Number) {
            match self.year_number(end + 1)? {
                Ok(y) => year = Some(y),
                Err(e) => return Some(Err(e)),
            }
            end += 2;
        }
        if self.cites_code(end) {
            return None;
        }
        let mut needs_intro = false;
        if year.is_none() {
            // "30-9", "10.10" in prose only after a deadline word ("đến 30-9").
            needs_intro = self.mode == Mode::Find && sep != '/';
            // "8/10 nhiệm vụ", "3/5 đề án" (but "15/9 để liên thông" is a date).
            let purpose =
                t.text(end) == "de" && !self.text[t.orig(end, end + 1)].to_lowercase().contains('ề');
            if t.kind(end) == Some(Kind::Word) && COUNTED.contains(&t.text(end)) && !purpose {
                return None;
            }
        }
        Some(self.day(first, second, year, end).map(|mut p| {
            p.needs_intro |= needs_intro;
            p
        }))
    }

    /// 2024-09-30, as spreadsheets and other systems write it.
    fn iso_date(&self, i: usize) -> Read {
        let t = self.toks;
        if t.text(i).len() != 4 || !(i + 1..=i + 4).all(|j| t.glued(j)) {
            return None;
        }
        if !t.is_mark(i + 1, '-') || !t.is_mark(i + 3, '-') {
            return None;
        }
        let (month, day) = (t.number(i + 2, 2)?, t.number(i + 4, 2)?);
        if self.cites_code(i + 5) {
            return None;
        }
        Some(self.check_year(t.number(i, 4)?).and_then(|y| self.day(day, month, Some(y), i + 5)))
    }

    /// A day of the month in digits or words, with "mồng"/"mùng" before the first ten: "15",
    /// "mười lăm", "hai mươi mốt", "mùng 5"; its value and the token after it.
    fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks;
        let i = if matches!(t.text(i), "mong" | "mung") { i + 1 } else { i };
        if let Some(n) = t.number(i, 2) {
            return Some((n, i + 1));
        }
        let unit = |j: usize| match t.text(j) {
            "mot" | "mots" => Some(1),
            "hai" => Some(2),
            "ba" => Some(3),
            "bon" | "tu" => Some(4),
            "nam" | "lam" => Some(5),
            "sau" => Some(6),
            "bay" => Some(7),
            "tam" => Some(8),
            "chin" => Some(9),
            _ => None,
        };
        if t.is_word(i, "muoi") {
            return Some(match unit(i + 1) {
                Some(u) => (10 + u, i + 2),
                None => (10, i + 1),
            });
        }
        let tens = unit(i)?;
        if !t.is_word(i + 1, "muoi") {
            return Some((tens, i + 1));
        }
        // "hai mươi mốt" (21): "mốt" folds to "mot".
        match unit(i + 2) {
            Some(u) => Some((tens * 10 + u, i + 3)),
            None => Some((tens * 10, i + 2)),
        }
    }

    /// ngày 15 tháng 8 năm 2023, 15 tháng 8, ngày mười lăm tháng mười.
    fn spelled_date(&self, i: usize) -> Read {
        let t = self.toks;
        let (day, at) = self.day_number(i)?;
        if !t.is_word(at, "thang") {
            return None;
        }
        // "mùng 5 tháng sau", "ngày 20 tháng này": that day of the next month, or this one.
        let ahead = if self.next_one(at + 1) { Some(1) } else { t.is_word(at + 1, "nay").then_some(0) };
        if let Some(ahead) = ahead {
            let end = month_end_after(self.cx.today, ahead)?;
            return Some(self.day(day, end.month(), Some(end.year()), at + 2));
        }
        let (month, after) = self.month_number(at + 1)?;
        let (year, end) = match self.year_after(after) {
            Some((Ok(y), end)) => (Some(y), end),
            Some((Err(e), _)) => return Some(Err(e)),
            None => (None, after),
        };
        Some(self.day(day, month, year, end))
    }

    /// A month's number at `i`, in digits or as a name ("Chín", "Giêng", "mười hai"): the
    /// number and the token after it.
    fn month_number(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks;
        if let Some(n) = t.number(i, 2) {
            return Some((n, i + 1));
        }
        // "tháng năm 2026" would be May 2026 but reads as "the month, year 2026": only a name
        // that is not "năm" followed by a year.
        // "tháng sau" is next month; "tháng Sáu", with its mark, June.
        if self.next_one(i) {
            return None;
        }
        MONTH_NAMES.iter().find_map(|(name, n)| {
            let k = t.count_words(i, name)?;
            let year_word = *name == "nam" && t.kind(i + 1) == Some(Kind::Number);
            (!year_word).then_some((*n, i + k))
        })
    }

    /// tháng 9, tháng 9/2023, tháng 9 năm 2023, tháng Chín (`i` is at the number);
    /// `needs_intro` without a year.
    fn month(&self, i: usize, bare_needs_intro: bool) -> Read {
        let (month, after) = self.month_number(i)?;
        if !(1..=12).contains(&month) {
            return Some(Err(DeadlineError::NoSuchMonth(month)));
        }
        let (year, end) = match self.year_after(after) {
            Some((Ok(y), end)) => (Some(y), end),
            Some((Err(e), _)) => return Some(Err(e)),
            None => (None, after),
        };
        // "tháng 9 này": this year's.
        let end = if year.is_none() && self.toks.is_word(end, "nay") { end + 1 } else { end };
        let mut read = self.complete(Period::Month(month), year, end);
        if let Ok(p) = &mut read {
            p.needs_intro = year.is_none() && bare_needs_intro;
        }
        Some(read)
    }

    /// quý 3, quý III/2023, Quý III năm 2023, q3-2023 (`i` is at the quarter's number).
    fn quarter(&self, i: usize) -> Read {
        let t = self.toks;
        let q = match t.kind(i)? {
            Kind::Number => t.number(i, 2)?,
            Kind::Word => match t.text(i) {
                "i" => 1,
                "ii" => 2,
                "iii" => 3,
                "iv" => 4,
                _ => return None,
            },
            Kind::Mark(_) => return None,
        };
        self.quarter_of(q, i + 1)
    }

    /// "QIII/2026", "QIV": the letter and numeral typed as one word.
    fn quarter_word(&self, i: usize) -> Read {
        let q = match self.toks.text(i) {
            "qi" => 1,
            "qii" => 2,
            "qiii" => 3,
            _ => 4,
        };
        self.quarter_of(q, i + 1)
    }

    fn quarter_of(&self, q: u32, after: usize) -> Read {
        if !(1..=4).contains(&q) {
            return Some(Err(DeadlineError::NoSuchQuarter(q)));
        }
        let (year, end) = match self.year_after(after) {
            Some((Ok(y), end)) => (Some(y), end),
            Some((Err(e), _)) => return Some(Err(e)),
            None => (None, after),
        };
        let mut read = self.complete(Period::Quarter(q), year, end);
        if let Ok(p) = &mut read {
            p.needs_intro = year.is_none();
        }
        Some(read)
    }

    /// năm 2024, năm nay (`i` is after "năm"); "hết năm", "trong năm" for this year.
    fn year_end(&self, i: usize) -> Read {
        let t = self.toks;
        let year = if t.is_word(i, "nay") {
            self.cx.today.year()
        } else {
            match self.year_number(i) {
                Some(Ok(y)) if t.text(i).len() == 4 => y,
                Some(Err(e)) => return Some(Err(e)),
                _ if i >= 2 && matches!(t.text(i - 2), "het" | "trong") => {
                    return Some(self.complete(Period::Year, Some(self.cx.today.year()), i).map(|mut p| {
                        p.needs_intro = true;
                        p
                    }));
                }
                _ => return None,
            }
        };
        let end = if t.is_word(i, "nay") || t.kind(i) == Some(Kind::Number) { i + 1 } else { i };
        let mut read = self.complete(Period::Year, Some(year), end);
        if let Ok(p) = &mut read {
            p.needs_intro = true;
        }
        Some(read)
    }

    /// A bare "2024", only when it is the whole text.
    fn bare_year(&self, i: usize) -> Read {
        if self.mode != Mode::Whole || self.toks.text(i).len() != 4 {
            return None;
        }
        Some(self.year_number(i)?.and_then(|y| self.complete(Period::Year, Some(y), i + 1)))
    }

    /// cuối tháng 9, cuối tháng (this month), cuối quý, cuối năm 2023, cuối tuần, cuối tháng
    /// sau (`i` is after "cuối").
    fn end_of(&self, i: usize) -> Read {
        let t = self.toks;
        let today = self.cx.today;
        // "cuối năm" alone in prose ("xét thi đua cuối năm") is a time of year, not a deadline,
        // unless a deadline word introduces it ("hoàn thành trước cuối năm").
        let here = |period, end| {
            Some(self.complete(period, Some(today.year()), end).map(|mut p| {
                p.needs_intro = true;
                p
            }))
        };
        let after = if t.is_word(i + 1, "nay") { i + 2 } else { i + 1 };
        let span = match t.text(i) {
            "thang" => Span::Month,
            "quy" | "qui" => Span::Quarter,
            "nam" => Span::Year,
            _ => Span::Other,
        };
        if self.next_one(i + 1) || t.is_word(i, "tuan") {
            return self.relative(i, span);
        }
        match t.text(i) {
            "thang" if t.kind(i + 1) == Some(Kind::Number) || self.month_number(i + 1).is_some() => {
                self.month(i + 1, false)
            }
            // "cuối T11".
            "t" | "th" if t.glued(i + 1) && t.kind(i + 1) == Some(Kind::Number) => self.month(i + 1, false),
            "thang" => here(Period::Month(today.month()), after),
            "quy" | "qui" => match self.quarter(i + 1) {
                Some(Ok(mut p)) => {
                    p.needs_intro = false;
                    Some(Ok(p))
                }
                Some(Err(e)) => Some(Err(e)),
                None => here(Period::Quarter(today.month0() / 3 + 1), after),
            },
            "nam" => match self.year_end(i + 1) {
                Some(Ok(mut p)) => {
                    p.needs_intro = false;
                    Some(Ok(p))
                }
                Some(Err(e)) => Some(Err(e)),
                None => here(Period::Year, after),
            },
            _ => None,
        }
        .map(|read| read.map(|p| Phrase { span: Span::Other, ..p }))
    }

    /// "đầu tháng 10" (by the 10th), "giữa tháng 10" (15th), "trung tuần tháng 10" (20th),
    /// "thượng tuần"/"hạ tuần", "đầu quý IV" (its first month), "đầu năm 2027" (its first
    /// quarter), "giữa năm" (30/6); "đầu tháng sau".
    fn part_of_period(&self, i: usize) -> Read {
        let t = self.toks;
        let (day, n): (Option<u32>, usize) = match t.text(i) {
            "dau" => (Some(10), 1),
            "giua" => (Some(15), 1),
            "thuong" if t.is_word(i + 1, "tuan") => (Some(10), 2),
            "trung" if t.is_word(i + 1, "tuan") => (Some(20), 2),
            "ha" if t.is_word(i + 1, "tuan") => (None, 2),
            // "nửa đầu tháng 10" (by the 15th), "nửa cuối năm".
            "nua" if t.is_word(i + 1, "dau") => (Some(15), 2),
            "nua" if t.is_word(i + 1, "cuoi") => (None, 2),
            _ => return None,
        };
        let at = i + n;
        // "đầu tuần sau" (its Monday), "giữa tuần" (Wednesday): a week ends on its Friday.
        if t.is_word(at, "tuan") && n == 1 {
            let back = match t.text(i) {
                "dau" => 4,
                "giua" => 2,
                _ => return None,
            };
            let p = match self.relative(at, Span::Other)? {
                Ok(p) => p,
                Err(e) => return Some(Err(e)),
            };
            let Deadline::On(friday) = p.deadline else { return None };
            return Some(Ok(Phrase::on(friday - Duration::days(back), p.end, true)));
        }
        // "đầu năm 2027", "giữa năm": a year's first quarter, its middle.
        if t.is_word(at, "nam") {
            let p = match self.relative(at, Span::Year).or_else(|| self.year_end(at + 1))? {
                Ok(p) => p,
                Err(e) => return Some(Err(e)),
            };
            let Deadline::On(end) = p.deadline else { return None };
            let date = match (t.text(i), day) {
                ("dau", _) => NaiveDate::from_ymd_opt(end.year(), 3, 31),
                ("giua", _) | ("nua", Some(_)) => NaiveDate::from_ymd_opt(end.year(), 6, 30),
                ("nua", None) => Some(end),
                _ => return None,
            }?;
            return Some(Ok(Phrase::on(date, p.end, true)));
        }
        if matches!(t.text(at), "quy" | "qui") && t.is_word(i, "dau") {
            let p = match self.relative(at, Span::Quarter).or_else(|| self.quarter(at + 1))? {
                Ok(p) => p,
                Err(e) => return Some(Err(e)),
            };
            let Deadline::On(end) = p.deadline else { return None };
            let date = last_day(end.year(), end.month() - 2)?;
            return Some(Ok(Phrase::on(date, p.end, true)));
        }
        self.day_of_month(at, day)
    }

    /// The month named at `at` ("tháng 10", "tháng sau"): its `day`, or its last day.
    fn day_of_month(&self, at: usize, day: Option<u32>) -> Read {
        if !self.toks.is_word(at, "thang") {
            return None;
        }
        let p = match self.relative(at, Span::Month).or_else(|| self.month(at + 1, false))? {
            Ok(p) => p,
            Err(e) => return Some(Err(e)),
        };
        let Deadline::On(end) = p.deadline else { return None };
        let date = match day {
            Some(d) => end.with_day(d)?,
            None => end,
        };
        Some(Ok(Phrase::on(date, p.end, true)))
    }

    /// "tuần đầu tháng 9" (by the 7th), "tuần thứ hai của tháng 9" (the 14th), "tuần cuối tháng
    /// 9" (its last day). `i` is at "tuần".
    fn week_of_month(&self, i: usize) -> Read {
        let t = self.toks;
        let (nth, mut at) = match t.text(i + 1) {
            "dau" => (Some(1), i + 2),
            "cuoi" => (None, i + 2),
            "thu" => {
                let n = match t.text(i + 2) {
                    "nhat" => 1,
                    "hai" => 2,
                    "ba" => 3,
                    "tu" => 4,
                    _ => t.number(i + 2, 1).filter(|n| (1..=4).contains(n))?,
                };
                (Some(n), i + 3)
            }
            _ => return None,
        };
        if t.is_word(at, "cua") {
            at += 1;
        }
        self.day_of_month(at, nth.map(|n| 7 * n))
    }

    /// "Tết Nguyên đán", "Tết Bính Ngọ", "Tết Nguyên đán 2027": work due before the lunar New
    /// Year is due on its eve. The year is the one named, else the next Tết from today. "Tết
    /// Dương lịch" is the first of January, its eve the 31st of December; the other festivals
    /// ("Tết Trung thu") are no deadlines.
    fn lunar_new_year(&self, i: usize) -> Read {
        let t = self.toks;
        let today = self.cx.today;
        let mut end = i + 1;
        if t.count_words(end, "duong lich").is_some() {
            let eve = NaiveDate::from_ymd_opt(today.year(), 12, 31)?;
            return Some(Ok(Phrase::on(eve, end + 2, true)));
        }
        if let Some(n) = ["nguyen dan", "am lich", "co truyen"].iter().find_map(|w| t.count_words(end, w)) {
            end += n;
        } else if ["trung thu", "doan ngo", "thanh minh", "han thuc", "thieu nhi"]
            .iter()
            .any(|w| t.count_words(end, w).is_some())
        {
            return None;
        }
        // The year's name in the sixty-year cycle ("Bính Ngọ"), capitalised.
        let named = (end + 1 < t.len())
            .then(|| {
                let stem = STEMS.iter().position(|s| t.is_word(end, s))?;
                // "Tý" (0) and "Tỵ" (5) fold alike.
                let branch = BRANCHES.iter().position(|b| t.is_word(end + 1, b))?;
                let branch = if branch == 0 && self.text[t.orig(end + 1, end + 2)].contains(['ỵ', 'Ỵ']) {
                    5
                } else {
                    branch
                };
                let capital = self.text[t.orig(end, end + 1)].starts_with(char::is_uppercase);
                capital.then_some((stem, branch))
            })
            .flatten();
        if named.is_some() {
            end += 2;
        } else if end == i + 1
            && t.kind(end) == Some(Kind::Word)
            && self.text[t.orig(end, end + 1)].starts_with(char::is_uppercase)
        {
            // "Tết Trung Thu", a festival by its capitalised name.
            return None;
        }
        let year = match t.number(end, 4) {
            Some(y) if (1000..10000).contains(&y) => {
                end += 1;
                Some(y as i32)
            }
            _ => None,
        };
        let candidates = (today.year() - 1..=today.year() + 2).filter_map(|y| Some((y, lunar_new_year(y)?)));
        let (_, day) = match (year, named) {
            (Some(y), _) => candidates.into_iter().find(|(c, _)| *c == y),
            (None, Some((stem, branch))) => candidates.into_iter().find(|(c, _)| {
                (c + 6).rem_euclid(10) as usize == stem && (c + 8).rem_euclid(12) as usize == branch
            }),
            (None, None) => candidates.into_iter().find(|(_, d)| *d > today),
        }?;
        Some(Ok(Phrase::on(day.pred_opt()?, end, true)))
    }

    /// 6 tháng đầu năm 2024 (→ 30/6), 6 tháng cuối năm (→ 31/12), sáu tháng đầu năm.
    fn part_of_year(&self, i: usize) -> Read {
        let t = self.toks;
        let months = match t.kind(i)? {
            Kind::Number => t.number(i, 2)?,
            _ => match t.text(i) {
                "ba" => 3,
                "sau" => 6,
                "chin" => 9,
                _ => return None,
            },
        };
        if !(1..=12).contains(&months) || !t.is_word(i + 1, "thang") || !t.is_word(i + 3, "nam") {
            return None;
        }
        let period = match t.text(i + 2) {
            "dau" => Period::Month(months),
            "cuoi" => Period::Year,
            _ => return None,
        };
        let (year, end) = if t.is_word(i + 4, "nay") {
            (Some(self.cx.today.year()), i + 5)
        } else {
            match self.year_number(i + 4).filter(|_| t.text(i + 4).len() == 4) {
                Some(Ok(y)) => (Some(y), i + 5),
                Some(Err(e)) => return Some(Err(e)),
                None => (None, i + 4),
            }
        };
        let mut read = self.complete(period, year, end);
        if let Ok(p) = &mut read {
            p.needs_intro = true;
            p.span = Span::Other;
        }
        Some(read)
    }

    /// "tháng sau", "tháng tới", "tháng này", "quý tới", "năm sau", "tuần sau", "cuối tuần",
    /// "trong tuần": the end of that period (a week ends on its Friday, the last working day).
    /// `i` is at the period's word.
    /// "quý" (a quarter) at `i`, not "quy" of "quy định", "quy hoạch" (rules, plans): where the
    /// text has its marks they tell; without, the word after does.
    fn is_quarter(&self, i: usize) -> bool {
        let t = self.toks;
        let written = self.text[t.orig(i, i + 1)].to_lowercase();
        if t.marked && !matches!(written.as_str(), "quý" | "quí") {
            return false;
        }
        !matches!(
            t.text(i + 1),
            "dinh"
                | "hoach"
                | "mo"
                | "trinh"
                | "che"
                | "tac"
                | "chuan"
                | "pham"
                | "luat"
                | "doi"
                | "cach"
                | "uoc"
        )
    }

    fn relative(&self, i: usize, span: Span) -> Read {
        let t = self.toks;
        let today = self.cx.today;
        let week = t.is_word(i, "tuan");
        let (ahead, end) = match t.text(i + 1) {
            _ if self.next_one(i + 1) => (1, i + 2),
            // "sang năm": next year, as people say it.
            _ if span == Span::Year
                && i > 0
                && t.is_word(i - 1, "sang")
                && t.kind(i + 1) != Some(Kind::Number) =>
            {
                (1, i + 1)
            }
            "nay" => (0, i + 2),
            // "trong tuần", "trong tháng", "cuối tuần", "hết năm": this one, when no number or
            // name follows ("trong tháng 9" is September).
            _ if i > 0
                && matches!(t.text(i - 1), "trong" | "cuoi" | "het")
                && !matches!(t.kind(i + 1), Some(Kind::Number))
                && (span != Span::Month || self.month_number(i + 1).is_none())
                && !(span == Span::Quarter && matches!(t.text(i + 1), "i" | "ii" | "iii" | "iv")) =>
            {
                (0, i + 1)
            }
            _ => return None,
        };
        let date = match span {
            _ if week => {
                let monday = today - Duration::days(today.weekday().num_days_from_monday() as i64);
                monday + Duration::days(7 * ahead + 4)
            }
            Span::Month => month_end_after(today, ahead as u32)?,
            Span::Quarter => month_end_after(today, (2 - today.month0() % 3) + 3 * ahead as u32)?,
            Span::Year => NaiveDate::from_ymd_opt(today.year() + ahead as i32, 12, 31)?,
            _ => return None,
        };
        Some(Ok(Phrase::on(date, end, true)))
    }

    /// "sau", "tới" after a period's word: the next one. "Sáu" typed with its mark is the
    /// month's name ("tháng Sáu").
    fn next_one(&self, i: usize) -> bool {
        let t = self.toks;
        match t.text(i) {
            "toi" => t.kind(i) == Some(Kind::Word),
            "sau" => !self.text[t.orig(i, i + 1)].to_lowercase().contains('á'),
            _ => false,
        }
    }

    /// "ngày mai", "mai", "hôm nay", "ngày kia", "ngày mốt".
    fn relative_day(&self, i: usize) -> Read {
        let t = self.toks;
        let (days, n) = if t.count_words(i, "ngay mai").is_some() {
            (1, 2)
        } else if t.is_word(i, "mai") && self.mode == Mode::Whole {
            (1, 1)
        } else if t.count_words(i, "ngay hom nay").is_some() {
            (0, 3)
        } else if t.count_words(i, "hom nay").is_some()
            || (matches!(t.text(i), "sang" | "chieu" | "trua" | "toi") && t.is_word(i + 1, "nay"))
        {
            (0, 2)
        } else if matches!(t.text(i), "sang" | "chieu" | "trua" | "toi") && t.is_word(i + 1, "mai") {
            (1, 2)
        } else if t.count_words(i, "ngay kia").is_some() || t.count_words(i, "ngay mot").is_some() {
            (2, 2)
        } else {
            return None;
        };
        Some(Ok(Phrase::on(self.cx.today + Duration::days(days), i + n, true)))
    }

    /// "thứ 6", "thứ sáu tuần sau", "chủ nhật": the next such day from today, or that day of
    /// next week.
    fn weekday_phrase(&self, i: usize) -> Read {
        let t = self.toks;
        let (day, n) = weekday(t, i)?;
        // "trước Thứ Tư ngày 03/12/2025", "thứ Sáu, ngày 5/12": the date given after its day
        // of the week is the date.
        let dated = if t.is_mark(i + n, ',') { i + n + 1 } else { i + n };
        if t.is_word(dated, "ngay")
            && let Some(read) = self.phrase(dated)
        {
            return Some(read);
        }
        let today = self.cx.today;
        let mut end = i + n;
        let date = if t.is_word(end, "tuan") && matches!(t.text(end + 1), "sau" | "toi" | "nay") {
            let monday = today - Duration::days(today.weekday().num_days_from_monday() as i64);
            let week = if t.is_word(end + 1, "nay") { 0 } else { 7 };
            end += 2;
            monday + Duration::days(week + day.num_days_from_monday() as i64)
        } else {
            let ahead =
                (7 + day.num_days_from_monday() as i64 - today.weekday().num_days_from_monday() as i64) % 7;
            today + Duration::days(ahead)
        };
        Some(Ok(Phrase::on(date, end, true)))
    }

    /// "15 ngày tới", "2 tuần nữa", "một tháng nữa", "10 ngày làm việc", and, after "trong",
    /// "trong vòng", "trong thời hạn", "15 ngày (kể từ ngày ký)": that long from today.
    fn count_ahead(&self, i: usize) -> Read {
        let t = self.toks;
        let (n, at) = match t.number(i, 3) {
            Some(n) => (n, i + 1),
            None => SMALL_NUMBERS.iter().find(|(w, _)| t.is_word(i, w)).map(|(_, n)| (*n, i + 1))?,
        };
        let (unit, mut end) = if t.count_words(at, "ngay lam viec").is_some() {
            ("working", at + 3)
        } else {
            match t.text(at) {
                "ngay" => ("day", at + 1),
                "tuan" => ("week", at + 1),
                "thang" => ("month", at + 1),
                _ => return None,
            }
        };
        let suffixed = matches!(t.text(end), "toi" | "nua");
        if suffixed {
            end += 1;
        }
        // "trong 15 ngày", "trong vòng", "trong thời hạn 15 ngày" (not "trước hạn 3 ngày").
        let introduced = i > 0
            && (matches!(t.text(i - 1), "trong" | "vong" | "sau")
                || t.is_word(i - 1, "han") && i > 1 && t.is_word(i - 2, "thoi"));
        if !(suffixed || introduced || self.mode == Mode::Whole) {
            return None;
        }
        // "kể từ ngày ký", "kể từ ngày nhận được văn bản": counted from today's document.
        if let Some(k) = t.count_words(end, "ke tu ngay").or_else(|| t.count_words(end, "tu ngay")) {
            end += k;
            while end < t.len()
                && t.kind(end) == Some(Kind::Word)
                && end < i + 12
                && !matches!(t.text(end), "va" | "de")
            {
                end += 1;
            }
        }
        let today = self.cx.today;
        let date = match unit {
            "day" => today + Duration::days(n as i64),
            "week" => today + Duration::days(7 * n as i64),
            "month" => add_months(today, n)?,
            _ => match self.cx.calendar {
                Some(calendar) => calendar.working_days_after(today, n),
                None => {
                    let mut d = today;
                    let mut left = n;
                    while left > 0 {
                        d += Duration::days(1);
                        if d.weekday().num_days_from_monday() < 5 {
                            left -= 1;
                        }
                    }
                    d
                }
            },
        };
        Some(Ok(Phrase::on(date, end, true)))
    }

    /// thường xuyên, định kỳ; and, for a whole field, "không" and its variants.
    fn ongoing(&self, i: usize) -> Read {
        const ANYWHERE: &[&str] = &["thuong xuyen", "dinh ky", "hang ngay"];
        // Longest first, so "không có thời hạn" is not cut after "không".
        const WHOLE_ONLY: &[&str] = &[
            "khong co thoi han",
            "khong thoi han",
            "khong co han",
            "khong han",
            "vo thoi han",
            "khong co",
            "khong",
            // "TX", as spreadsheets abbreviate "thường xuyên".
            "tx",
        ];
        let t = self.toks;
        let found = |list: &[&str]| list.iter().find_map(|w| t.count_words(i, w));
        let (n, needs_intro) = match found(ANYWHERE) {
            Some(n) => (n, true),
            None if self.mode == Mode::Whole => (found(WHOLE_ONLY)?, false),
            None => return None,
        };
        Some(Ok(Phrase { deadline: Deadline::Ongoing, end: i + n, needs_intro, span: Span::Other }))
    }

    /// "/2023", "-2023" glued to what came before, or "năm 2023"; the year and the token after it.
    fn year_after(&self, i: usize) -> Option<(Result<i32, DeadlineError>, usize)> {
        let t = self.toks;
        if (t.is_mark(i, '/') || t.is_mark(i, '-') || t.is_mark(i, '.')) && t.glued(i) && t.glued(i + 1) {
            return Some((self.year_number(i + 1)?, i + 2));
        }
        if t.is_word(i, "nam") {
            if t.is_word(i + 1, "nay") {
                return Some((Ok(self.cx.today.year()), i + 2));
            }
            if self.next_one(i + 1) {
                return Some((Ok(self.cx.today.year() + 1), i + 2));
            }
            return Some((self.year_number(i + 1)?, i + 2));
        }
        // "quý 3 2023" is fine as a whole field; in prose the number may be anything.
        if self.mode == Mode::Whole && t.kind(i) == Some(Kind::Number) && t.text(i).len() == 4 {
            return Some((self.year_number(i)?, i + 1));
        }
        None
    }

    /// A year written with two or four digits.
    fn year_number(&self, i: usize) -> Option<Result<i32, DeadlineError>> {
        let t = self.toks;
        let n = t.number(i, 4)?;
        Some(match t.text(i).len() {
            2 => Ok(2000 + n as i32),
            4 => self.check_year(n),
            _ => return None,
        })
    }

    fn check_year(&self, n: u32) -> Result<i32, DeadlineError> {
        if (2000..=2099).contains(&n) { Ok(n as i32) } else { Err(DeadlineError::YearOutOfRange(n)) }
    }

    fn day(&self, day: u32, month: u32, year: Option<i32>, end: usize) -> Result<Phrase, DeadlineError> {
        // Reject what no year could make valid before completing the year, so "31/4" is
        // "no such date" rather than a search through the years.
        let possible = match month {
            2 => 29,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => 0,
        };
        if day == 0 || day > possible {
            return Err(DeadlineError::NoSuchDate { day, month, year });
        }
        self.complete(Period::Day { day, month }, year, end)
    }

    /// The period's last day in the given year, or in the year the context implies.
    fn complete(&self, period: Period, year: Option<i32>, end: usize) -> Result<Phrase, DeadlineError> {
        let today = self.cx.today;
        // A document's year or, typed in a chat, this year: never a guess at the next.
        let date = period.end_in(year.unwrap_or(today.year()));
        let date = date.ok_or(match period {
            Period::Day { day, month } => DeadlineError::NoSuchDate { day, month, year },
            _ => DeadlineError::NotUnderstood,
        })?;
        Ok(Phrase { deadline: Deadline::On(date), end, needs_intro: false, span: period.span() })
    }

    /// "35/KH-UBND", "06/QĐ-TTg", "13/2023/NĐ-CP": a number followed by a glued "/" and more,
    /// or a glued "-" and letters ("1/8/2023-15/8/2023" is a range, not a code).
    fn cites_code(&self, i: usize) -> bool {
        let t = self.toks;
        let code = match t.kind(i + 1) {
            Some(Kind::Word) => t.is_mark(i, '/') || t.is_mark(i, '-'),
            Some(Kind::Number) => t.is_mark(i, '/'),
            _ => false,
        };
        code && t.glued(i) && t.glued(i + 1)
    }

    /// Prose around the phrase at `i..end` that shows it is not a deadline: "số 15/8", a cited
    /// document's "ngày 13/3/2023", a starting date "từ 1/8", or "những tháng cuối năm".
    pub fn is_not_a_deadline(&self, i: usize, end: usize, ranged: bool) -> bool {
        let t = self.toks;
        // "ngày 13/3/2023 của Ủy ban nhân dân tỉnh": how documents are cited.
        if t.is_word(i, "ngay") && t.is_word(end, "cua") {
            return true;
        }
        // "trong vòng 14 ngày qua", "3 tháng vừa qua", "7 ngày gần đây": the days gone by, not
        // the days given.
        if ["qua", "vua qua", "gan day", "gan nhat"].iter().any(|w| t.has_words(end, w)) {
            return true;
        }
        // "trực điện thoại 24/7": round the clock, unless a deadline's word comes first ("trước
        // 24/7").
        let round_the_clock =
            end == i + 3 && t.text(i) == "24" && t.is_mark(i + 1, '/') && t.text(i + 2) == "7";
        if round_the_clock
            && !i.checked_sub(1).is_some_and(|b| {
                ["truoc", "ngay", "den", "han", "het", "toi", "chot", "vao", "hom"]
                    .iter()
                    .any(|w| t.is_word(b, w))
            })
        {
            return true;
        }
        let Some(before) = i.checked_sub(1) else { return false };
        // "ngày … tháng 10": a day before the month that was not read; the month alone would
        // be a wrong date.
        if t.is_word(i, "thang") && (i.saturating_sub(4)..i).any(|j| t.is_word(j, "ngay")) {
            return true;
        }
        // "các nhiệm vụ được giao trong năm 2025", "văn bản được ban hành trong năm": when it was
        // given, not when it is due ("100% công chức được tập huấn trong Quý III" is).
        if t.is_word(before, "trong")
            && ["duoc giao", "duoc phan cong", "duoc ban hanh"]
                .iter()
                .any(|w| before >= 2 && t.has_words(before - 2, w))
        {
            return true;
        }
        // "trong năm học 2025 - 2026": a school year, the span of the work, not when it is due
        // (neither "trong năm" nor the years).
        let school_year = |k: usize| k >= 1 && t.is_word(k, "hoc") && t.is_word(k - 1, "nam");
        if school_year(before) || school_year(end) {
            return true;
        }
        // "số 15/8"; the date after "ngày", already judged at "ngày"; the "8/2023" inside "1/8/2023".
        if t.is_word(before, "so") || t.is_word(before, "ngay") {
            return true;
        }
        // "chào mừng Quốc khánh 2/9", "Ngày Giải phóng miền Nam 30/4": a holiday's name, not when
        // work is due ("xong trước ngày Quốc khánh 02/9/2025" is).
        const HOLIDAYS: &[&str] =
            &["quoc khanh", "giai phong mien nam", "quoc te lao dong", "thong nhat dat nuoc"];
        let holiday = HOLIDAYS.iter().find_map(|w| {
            let n = w.split(' ').count();
            (before + 1).checked_sub(n).filter(|&k| t.has_words(k, w))
        });
        if t.kind(i) == Some(Kind::Number)
            && let Some(from) = holiday
            && !(from.saturating_sub(3)..from)
                .any(|k| ["truoc", "den", "han"].iter().any(|w| t.is_word(k, w)))
        {
            return true;
        }
        if t.kind(i) == Some(Kind::Number)
            && t.glued(i)
            && matches!(t.kind(before), Some(Kind::Number | Kind::Word | Kind::Mark('/' | '-' | '.' | ',')))
        {
            return true;
        }
        if !ranged && self.is_from(before) {
            return true;
        }
        if t.is_word(i, "ngay") {
            let cites_code = t.kind(before) == Some(Kind::Word)
                && t.glued(before)
                && (t.is_mark(before.wrapping_sub(1), '/') || t.is_mark(before.wrapping_sub(1), '-'));
            let names_document = (before > 0 && DOCUMENTS.iter().any(|d| t.has_words(before - 1, d)))
                || t.is_word(before, "hop");
            return cites_code || names_document;
        }
        if t.is_word(i, "cuoi") && t.is_word(i + 1, "nam") {
            return t.is_word(before, "thang");
        }
        false
    }

    /// "từ" (from) at `j`, not the "tư" of "đầu tư", "thông tư".
    pub fn is_from(&self, j: usize) -> bool {
        let t = self.toks;
        if !t.is_word(j, "tu") {
            return false;
        }
        let source = self.text[t.orig(j, j + 1)].to_lowercase();
        if source.contains('ừ') {
            return true;
        }
        let after_dau = j > 0 && t.is_word(j - 1, "dau") && !(j > 1 && t.is_word(j - 2, "bat"));
        source == "tu" && !after_dau && !(j > 0 && t.is_word(j - 1, "thong"))
    }

    /// The deadline words before the phrase at `i`: where the phrase's range starts, and whether
    /// anything there says "by". A time of day between them is part of the phrase ("trước 16
    /// giờ ngày 15/9").
    pub fn lead(&self, i: usize) -> (usize, bool) {
        let t = self.toks;
        let mut start = i;
        let mut at = i;
        let mut introduced = false;
        for _ in 0..8 {
            let Some(p) = at.checked_sub(1) else { break };
            at = p;
            // A colon belongs to the phrase only once a word before it does ("Hạn: 30/9"); so
            // does a comma after a time of day ("trước 14 giờ, ngày 10/7/2020").
            if t.is_mark(p, ':')
                || t.is_mark(p, ',')
                    && p + 1 == start
                    && (1..=5).any(|k| p >= k && self.time_of_day(p - k) == Some(k))
            {
                continue;
            }
            if let Some(k) = (1..=5).find(|k| p + 1 >= *k && self.time_of_day(p + 1 - k) == Some(*k)) {
                at = p + 1 - k;
                start = at;
                continue;
            }
            if t.kind(p) != Some(Kind::Word) {
                break;
            }
            let prev = |w: &str| p > 0 && t.is_word(p - 1, w);
            match t.text(p) {
                "truoc" | "trc" | "den" | "toi" | "het" | "trong" | "xong" | "chot" | "sang" | "vong" => {
                    start = p;
                    introduced = true;
                }
                "vao" | "la" => start = p,
                // "ngay trong Quý 4 năm 2025": at once, within the quarter; not the days of
                // "các ngày trong tuần", which names no period by its number.
                "ngay"
                    if p + 1 == start
                        && at_once(t, p)
                        && (i..i + 3).any(|k| t.kind(k) == Some(Kind::Number)) =>
                {
                    start = p
                }
                // "không quá ngày 30/9": no later than.
                "qua" if prev("khong") => {
                    start = p - 1;
                    at = p - 1;
                    introduced = true;
                }
                // "lùi qua tháng 10".
                "qua" if prev("lui") || prev("doi") || prev("chuyen") => {
                    start = p;
                    introduced = true;
                }
                // "từ 1/8 đến 15/8": the range's own "từ", right before it.
                "tu" if self.is_from(p) && p + 1 == i => start = p,
                // "gia hạn đến 30/9": the request is evidence, but not part of the phrase.
                "han" if prev("gia") => {
                    introduced = true;
                    break;
                }
                "han" => {
                    start = p;
                    introduced = true;
                }
                "thoi" if t.is_word(p + 1, "han") && p + 1 == start => start = p,
                // "trước ngày Quốc khánh 02/9/2026": the holiday's name between the word and its day.
                "khanh" if prev("quoc") && p + 1 == i => {
                    let day = usize::from(p >= 2 && t.is_word(p - 2, "ngay"));
                    at = p - 1 - day;
                    start = at;
                }
                "nhat" | "thanh" | "tat" if prev("cham") || prev("muon") || prev("hoan") => {
                    start = p - 1;
                    at = p - 1;
                    introduced = true;
                }
                "hien" if prev("thuc") => {
                    introduced = true;
                    break;
                }
                "khai" if prev("trien") => {
                    introduced = true;
                    break;
                }
                "gian" if prev("thoi") => {
                    introduced = true;
                    break;
                }
                _ => break,
            }
        }
        (start, introduced)
    }
}

/// "ngay trong …", "ngay trước …" at `i`: at once, before a period's deadline words.
fn at_once(t: &Tokens, i: usize) -> bool {
    t.is_word(i, "ngay") && (t.is_word(i + 1, "trong") || t.is_word(i + 1, "truoc"))
}

/// The sixty-year cycle's stems and branches, folded ("Giáp Thìn", "Bính Ngọ").
const STEMS: [&str; 10] = ["giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"];
const BRANCHES: [&str; 12] =
    ["ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than", "dau", "tuat", "hoi"];

/// The first day of the lunar year in Vietnam (UTC+7), from the published calendar; none
/// outside the years it covers.
fn lunar_new_year(year: i32) -> Option<NaiveDate> {
    const TET: [(i32, u32, u32); 16] = [
        (2020, 1, 25),
        (2021, 2, 12),
        (2022, 2, 1),
        (2023, 1, 22),
        (2024, 2, 10),
        (2025, 1, 29),
        (2026, 2, 17),
        (2027, 2, 6),
        (2028, 1, 26),
        (2029, 2, 13),
        (2030, 2, 3),
        (2031, 1, 23),
        (2032, 2, 11),
        (2033, 1, 31),
        (2034, 2, 19),
        (2035, 2, 8),
    ];
    let &(y, m, d) = TET.iter().find(|(y, _, _)| *y == year)?;
    NaiveDate::from_ymd_opt(y, m, d)
}
