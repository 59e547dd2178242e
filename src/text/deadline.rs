//! Deadline phrases: how committees and officers write "by when" ("trước ngày 15/8/2023",
//! "trong Quý III năm 2023", "cuối tháng 9", "thường xuyên") and the date each one means.
//!
//! A period (month, quarter, half year, year) means its last day. Dates without a year are
//! completed from a [`Context`]: a person in a chat means the next such date, a document means
//! its own year. [`parse`] reads a field that should hold nothing but a deadline; [`find`] digs
//! one out of a sentence without mistaking percentages, item numbers, document numbers or the
//! dates of cited documents for it.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use super::fold::{Kind, Tokens};

/// When a task is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    On(NaiveDate),
    /// "thường xuyên", "không": no deadline, reported periodically.
    Ongoing,
}

/// How to complete a date written without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingYear {
    /// Typed by a person in a chat: the next such date on or after `today` ("15/8" typed on 20/8/2025 → 15/8/2026).
    Next,
    /// Written in a document dated `today`: the document's year ("trước 15/9" in a notice of 08/8/2023 → 15/9/2023).
    SameYear,
}

#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub today: NaiveDate,
    pub missing_year: MissingYear,
}

impl Context {
    /// A person typing on `today`.
    pub fn chat(today: NaiveDate) -> Self {
        Context { today, missing_year: MissingYear::Next }
    }

    /// A document dated `date`.
    pub fn document(date: NaiveDate) -> Self {
        Context { today: date, missing_year: MissingYear::SameYear }
    }
}

/// Why a deadline could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    #[error("no deadline given")]
    Empty,
    #[error("not a deadline phrase")]
    NotUnderstood,
    #[error("no such date: day {day}, month {month}, year {year:?}")]
    NoSuchDate { day: u32, month: u32, year: Option<i32> },
    #[error("no such month: {0}")]
    NoSuchMonth(u32),
    #[error("no such quarter: {0}")]
    NoSuchQuarter(u32),
    #[error("year out of range: {0}")]
    YearOutOfRange(u32),
}

/// The whole text is a deadline phrase (leading words like "trước ngày", "hạn", "hoàn thành trong", "đến" are allowed).
pub fn parse(text: &str, cx: Context) -> Result<Deadline, DeadlineError> {
    let toks = Tokens::new(text);
    let mut end = toks.len();
    // Trailing punctuation and chat particles: "30/9 ạ", "cuối tháng nhé!".
    while end > 0
        && (matches!(toks.kind(end - 1), Some(Kind::Mark(_)))
            || (toks.kind(end - 1) == Some(Kind::Word) && PARTICLES.contains(&toks.text(end - 1))))
    {
        end -= 1;
    }
    let mut start = 0;
    while start < end
        && (matches!(toks.kind(start), Some(Kind::Mark(_)))
            || (toks.kind(start) == Some(Kind::Word) && LEADING.contains(&toks.text(start))))
    {
        start += 1;
    }
    if end == 0 {
        return Err(DeadlineError::Empty);
    }
    if start == end {
        return Err(DeadlineError::NotUnderstood);
    }
    let scan = Scan { toks: &toks, cx, mode: Mode::Whole };
    match scan.phrase_or_range(start) {
        Some((Ok(p), _)) if p.end == end => Ok(p.deadline),
        Some((Err(e), _)) => Err(e),
        _ => Err(DeadlineError::NotUnderstood),
    }
}

/// Finds the first deadline phrase inside a longer sentence; returns it and its byte range in `text`
/// (the range of the original, unfolded text). Used for "xin gia hạn đến 30/9 vì chờ kinh phí" and for
/// conclusion notices ("Sở Nội vụ ... hoàn thành trước ngày 15/8/2023.").
///
/// A phrase introduced by a deadline word ("trước", "đến", "hạn", "hoàn thành", "trong", …) wins
/// over an earlier bare date; the range covers those words too, so [`parse`] reads the range
/// back to the same deadline and cutting it out leaves the rest of the sentence readable.
pub fn find(text: &str, cx: Context) -> Option<(Deadline, Range<usize>)> {
    let toks = Tokens::new(text);
    let scan = Scan { toks: &toks, cx, mode: Mode::Find };
    let mut bare = None;
    let mut i = 0;
    while i < toks.len() {
        let Some((Ok(p), ranged)) = scan.phrase_or_range(i) else {
            i += 1;
            continue;
        };
        if scan.is_not_a_deadline(i, p.end, ranged) {
            i += 1;
            continue;
        }
        let (start, introduced) = scan.lead(i);
        if p.needs_intro && !introduced {
            i += 1;
            continue;
        }
        let found = (p.deadline, toks.orig(start, p.end));
        if introduced {
            return Some(found);
        }
        // In a document, a bare date up to the document's own ("Ngày 08/8/2023, tại trụ sở...")
        // tells what happened, not what is due.
        let past = cx.missing_year == MissingYear::SameYear
            && matches!(p.deadline, Deadline::On(d) if d <= cx.today);
        if !past {
            bare.get_or_insert(found);
        }
        i = p.end;
    }
    bare
}

/// Words that may stand before a phrase: "trước ngày", "hạn chót:", "hoàn thành trong", "đến hết".
const LEADING: &[&str] = &[
    "truoc", "den", "toi", "het", "trong", "xong", "vao", "la", "han", "thoi", "chot", "cham", "muon",
    "nhat", "hoan", "thanh", "tat", "tu", "sang",
];

/// Chat particles that may close a typed deadline.
const PARTICLES: &[&str] = &["a", "nhe", "nha", "nhi", "ha"];

/// Words after a day/month that make it a fraction ("8/10 nhiệm vụ", "3/5 chỉ tiêu").
const COUNTED: &[&str] = &[
    "nhiem", "chi", "dich", "don", "ho", "thu", "tieu", "van", "xa", "huyen", "phuong", "co", "nguoi", "ke",
    "tai", "muc", "du", "de", "so", "ban", "nganh", "dia", "trieu", "nghin", "ngan", "ty", "phan",
];

/// Words for the documents whose own dates are cited ("Kế hoạch ... ngày 13/3/2023").
const DOCUMENTS: &[&str] = &[
    "thong bao",
    "ket luan",
    "ke hoach",
    "quyet dinh",
    "nghi dinh",
    "nghi quyet",
    "cong van",
    "chi thi",
    "van ban",
    "thong tu",
    "to trinh",
    "cuoc hop",
    "hoi nghi",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
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
}

fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 { (year.checked_add(1)?, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

/// A phrase read at some token.
#[derive(Debug)]
struct Phrase {
    deadline: Deadline,
    /// The token after the phrase.
    end: usize,
    /// In prose, only with a deadline word before it ("năm 2024", "quý 3", "thường xuyên").
    needs_intro: bool,
}

type Read = Option<Result<Phrase, DeadlineError>>;

struct Scan<'a> {
    toks: &'a Tokens,
    cx: Context,
    mode: Mode,
}

impl Scan<'_> {
    /// A phrase at `i`, or a range "từ X đến Y" / "X - Y" starting there, which means Y.
    fn phrase_or_range(&self, i: usize) -> Option<(Result<Phrase, DeadlineError>, bool)> {
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

    fn phrase(&self, i: usize) -> Read {
        let t = self.toks;
        match t.kind(i)? {
            Kind::Number => self
                .numeric_date(i)
                .or_else(|| self.spelled_date(i))
                .or_else(|| self.part_of_year(i))
                .or_else(|| self.iso_date(i))
                .or_else(|| self.bare_year(i)),
            Kind::Word => match t.text(i) {
                "ngay" => self.numeric_date(i + 1).or_else(|| self.spelled_date(i + 1)),
                "thang" => self.month(i + 1, true),
                "quy" => self.quarter(i + 1),
                "q" if t.glued(i + 1) => self.quarter(i + 1),
                "nam" => self.year_end(i + 1),
                "cuoi" => self.end_of(i + 1),
                "sau" | "ba" | "chin" => self.part_of_year(i),
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
        if year.is_none() {
            if self.mode == Mode::Find && sep != '/' {
                return None;
            }
            if t.kind(end) == Some(Kind::Word) && COUNTED.contains(&t.text(end)) {
                return None;
            }
        }
        Some(self.day(first, second, year, end))
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

    /// ngày 15 tháng 8 năm 2023, 15 tháng 8.
    fn spelled_date(&self, i: usize) -> Read {
        let t = self.toks;
        let day = t.number(i, 2)?;
        if !t.is_word(i + 1, "thang") {
            return None;
        }
        let month = t.number(i + 2, 2)?;
        let (year, end) = match self.year_after(i + 3) {
            Some((Ok(y), end)) => (Some(y), end),
            Some((Err(e), _)) => return Some(Err(e)),
            None => (None, i + 3),
        };
        Some(self.day(day, month, year, end))
    }

    /// tháng 9, tháng 9/2023, tháng 9 năm 2023 (`i` is at the number); `needs_intro` without a year.
    fn month(&self, i: usize, bare_needs_intro: bool) -> Read {
        let t = self.toks;
        let month = t.number(i, 2)?;
        if !(1..=12).contains(&month) {
            return Some(Err(DeadlineError::NoSuchMonth(month)));
        }
        let (year, end) = match self.year_after(i + 1) {
            Some((Ok(y), end)) => (Some(y), end),
            Some((Err(e), _)) => return Some(Err(e)),
            None => (None, i + 1),
        };
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
        if !(1..=4).contains(&q) {
            return Some(Err(DeadlineError::NoSuchQuarter(q)));
        }
        let (year, end) = match self.year_after(i + 1) {
            Some((Ok(y), end)) => (Some(y), end),
            Some((Err(e), _)) => return Some(Err(e)),
            None => (None, i + 1),
        };
        let mut read = self.complete(Period::Quarter(q), year, end);
        if let Ok(p) = &mut read {
            p.needs_intro = year.is_none();
        }
        Some(read)
    }

    /// năm 2024, năm nay (`i` is after "năm").
    fn year_end(&self, i: usize) -> Read {
        let t = self.toks;
        let year = if t.is_word(i, "nay") {
            self.cx.today.year()
        } else {
            match self.year_number(i)? {
                Ok(y) if t.text(i).len() == 4 => y,
                Ok(_) => return None,
                Err(e) => return Some(Err(e)),
            }
        };
        let mut read = self.complete(Period::Year, Some(year), i + 1);
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

    /// cuối tháng 9, cuối tháng (this month), cuối quý, cuối năm 2023 (`i` is after "cuối").
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
        match t.text(i) {
            "thang" if t.kind(i + 1) == Some(Kind::Number) => self.month(i + 1, false),
            "thang" => here(Period::Month(today.month()), after),
            "quy" => match self.quarter(i + 1) {
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
        }
        Some(read)
    }

    /// thường xuyên, hằng năm, định kỳ; and, for a whole field, "không" and its variants.
    fn ongoing(&self, i: usize) -> Read {
        const ANYWHERE: &[&str] = &["thuong xuyen", "hang nam", "hang thang", "hang quy", "dinh ky"];
        // Longest first, so "không có thời hạn" is not cut after "không".
        const WHOLE_ONLY: &[&str] = &[
            "khong co thoi han",
            "khong thoi han",
            "khong co han",
            "khong han",
            "vo thoi han",
            "khong co",
            "khong",
        ];
        let t = self.toks;
        let found = |list: &[&str]| list.iter().find_map(|w| t.count_words(i, w));
        let (n, needs_intro) = match found(ANYWHERE) {
            Some(n) => (n, true),
            None if self.mode == Mode::Whole => (found(WHOLE_ONLY)?, false),
            None => return None,
        };
        Some(Ok(Phrase { deadline: Deadline::Ongoing, end: i + n, needs_intro }))
    }

    /// "/2023", "-2023" glued to what came before, or "năm 2023"; the year and the token after it.
    fn year_after(&self, i: usize) -> Option<(Result<i32, DeadlineError>, usize)> {
        let t = self.toks;
        if (t.is_mark(i, '/') || t.is_mark(i, '-')) && t.glued(i) && t.glued(i + 1) {
            return Some((self.year_number(i + 1)?, i + 2));
        }
        if t.is_word(i, "nam") {
            if t.is_word(i + 1, "nay") {
                return Some((Ok(self.cx.today.year()), i + 2));
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
        let date = match (year, self.cx.missing_year) {
            (Some(y), _) => period.end_in(y),
            (None, MissingYear::SameYear) => period.end_in(today.year()),
            // 29/2 may need a few years to come round again.
            (None, MissingYear::Next) => {
                (0..=8).filter_map(|k| period.end_in(today.year() + k)).find(|d| *d >= today)
            }
        };
        let date = date.ok_or(match period {
            Period::Day { day, month } => DeadlineError::NoSuchDate { day, month, year },
            _ => DeadlineError::NotUnderstood,
        })?;
        Ok(Phrase { deadline: Deadline::On(date), end, needs_intro: false })
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
    fn is_not_a_deadline(&self, i: usize, end: usize, ranged: bool) -> bool {
        let t = self.toks;
        // "ngày 13/3/2023 của Ủy ban nhân dân tỉnh": how documents are cited.
        if t.is_word(i, "ngay") && t.is_word(end, "cua") {
            return true;
        }
        let Some(before) = i.checked_sub(1) else { return false };
        // "số 15/8"; the date after "ngày", already judged at "ngày"; the "8/2023" inside "1/8/2023".
        if t.is_word(before, "so") || t.is_word(before, "ngay") {
            return true;
        }
        if t.kind(i) == Some(Kind::Number)
            && t.glued(i)
            && matches!(t.kind(before), Some(Kind::Number | Kind::Word | Kind::Mark('/' | '-' | '.' | ',')))
        {
            return true;
        }
        let from = t.is_word(before, "tu")
            && !(before > 0 && (t.is_word(before - 1, "dau") || t.is_word(before - 1, "thong")));
        if !ranged && from {
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

    /// The deadline words before the phrase at `i`: where the phrase's range starts, and whether
    /// anything there says "by".
    fn lead(&self, i: usize) -> (usize, bool) {
        let t = self.toks;
        let mut start = i;
        let mut at = i;
        let mut introduced = false;
        for _ in 0..8 {
            let Some(p) = at.checked_sub(1) else { break };
            at = p;
            // A colon belongs to the phrase only once a word before it does ("Hạn: 30/9").
            if t.is_mark(p, ':') {
                continue;
            }
            if t.kind(p) != Some(Kind::Word) {
                break;
            }
            let prev = |w: &str| p > 0 && t.is_word(p - 1, w);
            match t.text(p) {
                "truoc" | "den" | "toi" | "het" | "trong" | "xong" | "chot" | "sang" => {
                    start = p;
                    introduced = true;
                }
                "vao" | "la" => start = p,
                "tu" if !prev("dau") && !prev("thong") => start = p,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Deadline {
        Deadline::On(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    fn chat() -> Context {
        Context::chat(NaiveDate::from_ymd_opt(2025, 8, 20).unwrap())
    }

    fn notice() -> Context {
        Context::document(NaiveDate::from_ymd_opt(2023, 8, 8).unwrap())
    }

    #[test]
    fn whole_phrases_read_as_their_last_day() {
        let cases = [
            ("15/8/2023", date(2023, 8, 15)),
            ("15/08/2023", date(2023, 8, 15)),
            ("15-8-2023", date(2023, 8, 15)),
            ("15.8.2023", date(2023, 8, 15)),
            ("15/8/23", date(2023, 8, 15)),
            ("2023-08-15", date(2023, 8, 15)),
            ("15/8/2023 ạ", date(2023, 8, 15)),
            ("  15 / 8 / 2023 ", date(2023, 8, 15)),
            ("ngày 15 tháng 8 năm 2023", date(2023, 8, 15)),
            ("ngay 15 thang 8 nam 2023", date(2023, 8, 15)),
            ("NGÀY 15/8/2023", date(2023, 8, 15)),
            ("trước ngày 15/8/2023", date(2023, 8, 15)),
            ("truoc ngay 15/8/2023.", date(2023, 8, 15)),
            ("Hạn: 15/8/2023", date(2023, 8, 15)),
            ("hạn chót 30/9/2025", date(2025, 9, 30)),
            ("chậm nhất ngày 30/9/2025", date(2025, 9, 30)),
            ("đến 30/9/2025", date(2025, 9, 30)),
            ("tháng 9/2023", date(2023, 9, 30)),
            ("tháng 9 năm 2023", date(2023, 9, 30)),
            ("Tháng 02/2024", date(2024, 2, 29)),
            ("8/2023", date(2023, 8, 31)),
            ("hoàn thành trong tháng 8/2023", date(2023, 8, 31)),
            ("hoan thanh trong thang 8/2023", date(2023, 8, 31)),
            ("q3/2023", date(2023, 9, 30)),
            ("Q3-2023", date(2023, 9, 30)),
            ("q3 2023", date(2023, 9, 30)),
            ("quy 3 2023", date(2023, 9, 30)),
            ("quý 3/2023", date(2023, 9, 30)),
            ("quý III/2023", date(2023, 9, 30)),
            ("Quý III năm 2023", date(2023, 9, 30)),
            ("trong Quý III năm 2023", date(2023, 9, 30)),
            ("quy i/2024", date(2024, 3, 31)),
            ("Quý II năm 2024", date(2024, 6, 30)),
            ("quý IV/2024", date(2024, 12, 31)),
            ("6 tháng đầu năm 2024", date(2024, 6, 30)),
            ("06 tháng đầu năm 2024", date(2024, 6, 30)),
            ("sáu tháng đầu năm 2024", date(2024, 6, 30)),
            ("6 tháng cuối năm 2024", date(2024, 12, 31)),
            ("9 tháng đầu năm 2024", date(2024, 9, 30)),
            ("năm 2024", date(2024, 12, 31)),
            ("trong năm 2024", date(2024, 12, 31)),
            ("Trong Năm 2024", date(2024, 12, 31)),
            ("2024", date(2024, 12, 31)),
            ("cuối năm 2023", date(2023, 12, 31)),
            ("cuối tháng 9/2023", date(2023, 9, 30)),
            ("từ 1/8 đến 15/8/2023", date(2023, 8, 15)),
            ("từ ngày 01/8/2023 đến ngày 15/8/2023", date(2023, 8, 15)),
            ("1/8/2023 - 15/8/2023", date(2023, 8, 15)),
            ("thường xuyên", Deadline::Ongoing),
            ("Thuong xuyen", Deadline::Ongoing),
            ("hằng năm", Deadline::Ongoing),
            ("hàng năm", Deadline::Ongoing),
            ("định kỳ", Deadline::Ongoing),
            ("không", Deadline::Ongoing),
            ("Không.", Deadline::Ongoing),
            ("khong co han", Deadline::Ongoing),
            ("không có hạn", Deadline::Ongoing),
            ("không thời hạn", Deadline::Ongoing),
            ("không có thời hạn", Deadline::Ongoing),
        ];
        for (text, want) in cases {
            assert_eq!(parse(text, chat()), Ok(want), "parse({text:?})");
            assert_eq!(parse(text, notice()), Ok(want), "parse({text:?}) in a notice");
            // Typed without diacritics (as on a phone without a Vietnamese keyboard): the same.
            let bare = without_diacritics(text);
            assert_eq!(parse(&bare, chat()), Ok(want), "parse({bare:?})");
        }
    }

    fn without_diacritics(text: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        text.nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .map(|c| match c {
                'đ' => 'd',
                'Đ' => 'D',
                other => other,
            })
            .collect()
    }

    #[test]
    fn a_date_without_a_year_is_completed_from_the_context() {
        // Typed on 20/8/2025 in a chat; written in a notice of 08/8/2023.
        let cases = [
            ("15/8", date(2026, 8, 15), date(2023, 8, 15)),
            ("20/8", date(2025, 8, 20), date(2023, 8, 20)),
            ("trước 15/9", date(2025, 9, 15), date(2023, 9, 15)),
            ("31/12", date(2025, 12, 31), date(2023, 12, 31)),
            ("15-8", date(2026, 8, 15), date(2023, 8, 15)),
            ("ngày 15 tháng 8", date(2026, 8, 15), date(2023, 8, 15)),
            ("cuối tháng 9", date(2025, 9, 30), date(2023, 9, 30)),
            ("cuoi thang 7", date(2026, 7, 31), date(2023, 7, 31)),
            ("trong tháng 9", date(2025, 9, 30), date(2023, 9, 30)),
            ("tháng 8", date(2025, 8, 31), date(2023, 8, 31)),
            ("quý 3", date(2025, 9, 30), date(2023, 9, 30)),
            ("q2", date(2026, 6, 30), date(2023, 6, 30)),
            ("quý I", date(2026, 3, 31), date(2023, 3, 31)),
            ("6 tháng đầu năm", date(2026, 6, 30), date(2023, 6, 30)),
            ("6 tháng cuối năm", date(2025, 12, 31), date(2023, 12, 31)),
            ("cuối năm", date(2025, 12, 31), date(2023, 12, 31)),
            ("cuối tháng", date(2025, 8, 31), date(2023, 8, 31)),
            ("cuối quý", date(2025, 9, 30), date(2023, 9, 30)),
            ("năm nay", date(2025, 12, 31), date(2023, 12, 31)),
        ];
        for (text, in_chat, in_notice) in cases {
            assert_eq!(parse(text, chat()), Ok(in_chat), "parse({text:?}) in a chat");
            assert_eq!(parse(text, notice()), Ok(in_notice), "parse({text:?}) in a notice");
        }
    }

    #[test]
    fn february_29_waits_for_the_next_leap_year() {
        let cx = Context::chat(NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
        assert_eq!(parse("29/2", cx), Ok(date(2028, 2, 29)));
        assert_eq!(
            parse("29/2", Context::document(NaiveDate::from_ymd_opt(2023, 1, 5).unwrap())),
            Err(DeadlineError::NoSuchDate { day: 29, month: 2, year: None })
        );
    }

    #[test]
    fn impossible_dates_and_garbage_are_errors() {
        use DeadlineError::*;
        let cases = [
            ("", Empty),
            ("   ", Empty),
            ("...", Empty),
            ("abc", NotUnderstood),
            ("hạn", NotUnderstood),
            ("15", NotUnderstood),
            ("đạt 60%", NotUnderstood),
            ("15/8/2023 abc", NotUnderstood),
            ("31/2/2024", NoSuchDate { day: 31, month: 2, year: Some(2024) }),
            ("29/2/2023", NoSuchDate { day: 29, month: 2, year: Some(2023) }),
            ("0/5", NoSuchDate { day: 0, month: 5, year: None }),
            ("15/13", NoSuchDate { day: 15, month: 13, year: None }),
            ("32/1", NoSuchDate { day: 32, month: 1, year: None }),
            ("31/4", NoSuchDate { day: 31, month: 4, year: None }),
            ("tháng 13/2023", NoSuchMonth(13)),
            ("quý 5/2023", NoSuchQuarter(5)),
            ("15/8/1990", YearOutOfRange(1990)),
            ("năm 3000", YearOutOfRange(3000)),
        ];
        for (text, want) in cases {
            assert_eq!(parse(text, chat()), Err(want), "parse({text:?})");
        }
    }

    #[test]
    fn a_deadline_is_found_inside_a_sentence_with_its_original_bytes() {
        let cases = [
            ("xin gia hạn đến 30/9 vì chờ kinh phí", date(2025, 9, 30), "đến 30/9"),
            ("xin gia hạn đến hết tháng 10", date(2025, 10, 31), "đến hết tháng 10"),
            ("xin them thoi gian den 15/10", date(2025, 10, 15), "den 15/10"),
            ("Đang triển khai, dự kiến hoàn thành 30/9.", date(2025, 9, 30), "hoàn thành 30/9"),
            (
                "Sở Nội vụ báo cáo kết quả, hoàn thành trước ngày 15/8/2023.",
                date(2023, 8, 15),
                "hoàn thành trước ngày 15/8/2023",
            ),
            ("từ 1/8 đến 15/8/2023 phải xong", date(2023, 8, 15), "từ 1/8 đến 15/8/2023"),
            ("Làm trong Quý III năm 2023 nhé", date(2023, 9, 30), "trong Quý III năm 2023"),
            ("Hạn chót: 15/9/2025, báo cáo UBND", date(2025, 9, 15), "Hạn chót: 15/9/2025"),
            ("phải xong trong năm 2024", date(2024, 12, 31), "xong trong năm 2024"),
            ("gia hạn 30/9 được không", date(2025, 9, 30), "30/9"),
            ("xin lùi sang quý 4", date(2025, 12, 31), "sang quý 4"),
            ("Thời gian: 30/9/2025", date(2025, 9, 30), "30/9/2025"),
            ("1/8/2025-15/9/2025", date(2025, 9, 15), "1/8/2025-15/9/2025"),
            (
                "Kế hoạch 123/KH-UBND ngày 1/2/2024 giao, hoàn thành trong quý II/2024",
                date(2024, 6, 30),
                "hoàn thành trong quý II/2024",
            ),
            ("hạn nộp 2025-09-30", date(2025, 9, 30), "2025-09-30"),
            ("để kịp cuối tháng 9", date(2025, 9, 30), "cuối tháng 9"),
            ("thực hiện thường xuyên", Deadline::Ongoing, "thường xuyên"),
            ("Thời hạn: thường xuyên.", Deadline::Ongoing, "Thời hạn: thường xuyên"),
            // A bare date counts, but a later introduced one wins.
            ("Ngày 08/8/2023 họp, báo cáo trước 15/8/2023", date(2023, 8, 15), "trước 15/8/2023"),
            ("giao ngày 01/9/2025", date(2025, 9, 1), "ngày 01/9/2025"),
        ];
        for (text, want, span) in cases {
            let (got, range) = find(text, chat()).unwrap_or_else(|| panic!("nothing found in {text:?}"));
            assert_eq!(got, want, "find({text:?})");
            assert_eq!(&text[range.clone()], span, "range in {text:?}");
            assert_eq!(parse(&text[range], chat()), Ok(want), "the range of {text:?} parses back");
        }
    }

    #[test]
    fn numbers_that_are_not_deadlines_are_never_found() {
        let cases = [
            "đạt 60%",
            "đã đạt 60 %, còn 40%",
            "1.2. Sở Thông tin và Truyền thông",
            "2.1. Tiếp tục quán triệt",
            "Kế hoạch số 35/KH-UBND",
            "Quyết định 06/QĐ-TTg",
            "theo Nghị định 13/2023/NĐ-CP",
            "Năm 2023 có 47 nhiệm vụ, trong đó đã hoàn thành 7 nhiệm vụ",
            "Đã triển khai 25/25 dịch vụ công thiết yếu",
            "hoàn thành 8/10 nhiệm vụ",
            "cấp 803.868 tài khoản, đạt tỷ lệ 101,2%",
            "giai đoạn 2022 - 2025, tầm nhìn đến 2030",
            "Quý 2 : 104.849",
            "sơ kết 06 tháng đầu năm về chuyển đổi số",
            "nhiệm vụ những tháng cuối năm 2023",
            "công tác tuyên truyền chưa thường xuyên",
            "áp dụng từ 1/8/2025",
            "gọi 0912.345.678",
            "Ngày 08/8/2023, tại trụ sở Ủy ban nhân dân tỉnh, đồng chí Chủ tịch chủ trì cuộc họp",
            "",
        ];
        for text in cases {
            assert_eq!(find(text, notice()), None, "find({text:?})");
        }
    }

    #[test]
    fn dates_of_cited_documents_are_not_deadlines() {
        let cases = [
            "thực hiện Chỉ thị số 05/CT-TTg ngày 22/3/2023 của Thủ tướng",
            "Chỉ thị số 22-CT/TU ngày 19/5/2023 của Ban Thường vụ Tỉnh ủy",
            "Kế hoạch số 35/KH-UBND ngày 13/3/2023 của Ủy ban nhân dân tỉnh",
            "theo Thông báo kết luận ngày 08/8/2023",
            "theo văn bản hướng dẫn ngày 15/9/2023 của Bộ Thông tin và Truyền thông",
        ];
        for text in cases {
            assert_eq!(find(text, notice()), None, "find({text:?})");
        }
        let both = "theo Kế hoạch số 35/KH-UBND ngày 13/3/2023, báo cáo trước ngày 15/9";
        assert_eq!(find(both, notice()).map(|f| f.0), Some(date(2023, 9, 15)));
    }

    #[test]
    fn the_conclusion_notice_items_yield_their_deadlines() {
        // Items of the Thái Bình conclusion notice of 08/8/2023 (shared/examples/002_*.txt).
        let cases = [
            (
                "- Khẩn trương rà soát, ban hành các Văn bản chỉ đạo, Kế hoạch về chuyển đổi số thực hiện \
                 trong cơ quan, đơn vị mình theo quy định, hoàn thành trước 15/8/2023; người đứng đầu cơ quan",
                Some(date(2023, 8, 15)),
            ),
            (
                "đơn giản hóa các quy trình thủ tục, giấy tờ công dân theo thẩm quyền và trình cấp có thẩm \
                 quyền xem xét, quyết định bảo đảm thực chất, hiệu quả; hoàn thành trong Quý III năm 2023.",
                Some(date(2023, 9, 30)),
            ),
            (
                "Đối với các sở, ngành, địa phương nào chưa hoàn thành nhiệm vụ 6 tháng đầu năm phải rút kinh \
                 nghiệm và có giải pháp triển khai thực hiện, hoàn thành trong tháng 8/2023.",
                Some(date(2023, 8, 31)),
            ),
            (
                "1.2. Sở Thông tin và Truyền thông - Chủ trì, phối hợp với Công an tỉnh ... tham mưu Ủy ban \
                 nhân dân tỉnh Kế hoạch nâng cao Chỉ số chuyển đổi số DTI của tỉnh năm 2023 và các năm tiếp \
                 theo; báo cáo Ủy ban nhân dân tỉnh trước ngày 15/8/2023.",
                Some(date(2023, 8, 15)),
            ),
            (
                "2.1. Tiếp tục quán triệt và thực hiện nghiêm túc quan điểm chỉ đạo của Thủ tướng Chính phủ \
                 tại Chỉ thị số 05/CT-TTg ngày 22/3/2023, Chỉ thị số 22-CT/TU ngày 19/5/2023 của Ban Thường \
                 vụ Tỉnh ủy về tăng cường lãnh đạo, đẩy mạnh thực hiện Đề án 06 trên địa bàn tỉnh Thái Bình \
                 năm 2023 và các năm tiếp theo, Kế hoạch số 35/KH-UBND ngày 13/3/2023 của Ủy ban nhân dân tỉnh.",
                None,
            ),
            (
                "2.2. Các sở, ngành, địa phương tập trung triển khai thực hiện có hiệu quả 46 nhiệm vụ 06 \
                 tháng cuối năm trong kế hoạch của tỉnh đã đề ra.",
                None,
            ),
            (
                "Đã triển khai 25/25 dịch vụ công thiết yếu theo Đề án 06; hoàn thành cấp Căn cước công dân \
                 cho 100% công dân (với hơn 1,5 triệu thẻ) trước thời hạn Bộ Công an giao 63 ngày; cấp \
                 803.868 tài khoản định danh điện tử, đạt tỷ lệ 101,2% (vượt chỉ tiêu 1,2%)",
                None,
            ),
            (
                "xếp hạng chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI cấp tỉnh) năm 2022 của tỉnh Thái Bình \
                 giảm 11 bậc so với năm 2021 (từ vị trí thứ 45 năm 2021 giảm xuống vị trí 56 năm 2022).",
                None,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(find(text, notice()).map(|f| f.0), want, "find({text:?})");
        }
    }

    #[test]
    fn a_found_range_always_parses_back_to_the_same_deadline() {
        let pieces = [
            "15",
            "/",
            "8",
            "2023",
            " ",
            "-",
            ".",
            "tháng ",
            "quý ",
            "III",
            "năm ",
            "đến ",
            "trước ",
            "ngày ",
            "cuối ",
            "từ ",
            "hạn ",
            ":",
            "thường xuyên ",
            "6 ",
            "đầu ",
            "hoàn thành ",
            "trong ",
            "gia ",
            "q",
            "4",
            "của ",
            "số ",
            "31",
            "12",
            "23",
            "nay ",
            "hết ",
            "thời ",
        ];
        let mut state = 1u64;
        let mut found = 0;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..2 + (state >> 60) {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            for cx in [chat(), notice()] {
                if let Some((deadline, range)) = find(&text, cx) {
                    found += 1;
                    assert_eq!(parse(&text[range.clone()], cx), Ok(deadline), "{text:?} at {range:?}");
                }
            }
        }
        assert!(found > 1_000, "the generator should produce deadlines, found {found}");
    }

    #[test]
    fn hostile_input_neither_panics_nor_takes_long() {
        let mut garbage = String::new();
        let pieces = [
            "15/", "8", "/", "tháng ", "quý", "\u{202E}", "👍🏽", "năm ", "2023", "\u{0301}", "%", "đến ",
            "\0", " ",
        ];
        let mut state = 12345u64;
        while garbage.len() < 100_000 {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            garbage.push_str(pieces[(state >> 33) as usize % pieces.len()]);
        }
        let _ = parse(&garbage, chat());
        if let Some((_, range)) = find(&garbage, chat()) {
            assert!(garbage.get(range).is_some());
        }
        let digits = "9".repeat(100_000);
        assert_eq!(parse(&digits, chat()), Err(DeadlineError::NotUnderstood));
        assert_eq!(find(&digits, chat()), None);
    }
}
