//! Officers' status replies: "đang triển khai, đạt 60%", "xong rồi", "chưa xong", "vướng mắc về
//! kinh phí", "xin gia hạn đến 30/9" → what the task's status is, or a short list of guesses.
//!
//! Recording a wrong "done" is the costly mistake (the chair stops chasing a task that is not
//! done), so negation is read before anything else and conflicting signals give [`Understood::Unsure`],
//! which makes the bot ask back with buttons rather than guess.

use chrono::NaiveDate;

use super::deadline::{self, Context, Deadline};
use super::fold::{Kind, Tokens};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatusKind {
    Done,
    InProgress,
    NotStarted,
    /// Vướng mắc, khó khăn, kiến nghị: needs the chair's attention.
    Obstacle,
    /// A request for more time.
    Extension,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub kind: StatusKind,
    /// 0–100, when the reply gave one.
    pub percent: Option<u8>,
    /// For [`StatusKind::Extension`]: the date asked for, if the reply gave one.
    pub extension_to: Option<Deadline>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Understood {
    /// Sure enough to record.
    Clear(Reading),
    /// Not sure: the bot asks back with buttons offering these kinds (most likely first, never empty).
    Unsure { guesses: Vec<StatusKind>, percent: Option<u8> },
}

/// Reads an officer's free-text status report (with or without diacritics). `today` completes dates in extension requests (MissingYear::Next).
pub fn read(text: &str, today: NaiveDate) -> Understood {
    use StatusKind::*;

    let toks = Tokens::new(text);
    let s = Signals::scan(&toks);
    let percent = s.percent;
    let clear = |kind| Understood::Clear(Reading { kind, percent, extension_to: None });
    let unsure = |guesses: &[StatusKind]| Understood::Unsure { guesses: guesses.to_vec(), percent };

    if s.extension {
        let extension_to = deadline::find(text, Context::chat(today)).map(|(d, _)| d);
        return Understood::Clear(Reading { kind: Extension, percent, extension_to });
    }
    if s.obstacle {
        return clear(Obstacle);
    }
    match (s.done, s.in_progress, s.not_started) {
        (true, false, false) if !s.negated_done => clear(Done),
        (false, true, false) => clear(InProgress),
        (false, false, true) if !s.partly_done => clear(NotStarted),
        (false, false, false) if s.negated_done => unsure(&[InProgress, NotStarted]),
        (false, false, false) if s.partly_done => unsure(&[Done, InProgress]),
        (false, true, true) => unsure(&[InProgress, NotStarted]),
        (true, true, false) => unsure(&[InProgress, Done]),
        _ => unsure(&[InProgress, Done, NotStarted]),
    }
}

/// "hoàn thành", "xong": the work is finished, unless negated, questioned, partial or future.
const DONE: &[&str] = &["hoan thanh", "hoan tat", "xong", "done"];

/// Finished, but the reply leaves room for doubt: "đã thực hiện", "đã triển khai".
const PARTLY_DONE: &[&str] = &[
    "da thuc hien",
    "da trien khai",
    "da lam",
    "da ban hanh",
    "da gui",
    "da ky",
    "da xay dung",
    "da tham muu",
    "da bao cao",
    "da to chuc",
];

/// Words that mean the work is under way.
const IN_PROGRESS: &[&str] = &["dang", "tiep tuc", "hoan thien", "chuan bi", "du kien"];

/// Verbs that "chưa" turns into "not started": "chưa thực hiện", "chưa triển khai".
const NOT_STARTED: &[&str] = &["thuc hien", "trien khai", "bat dau", "lam", "tien hanh", "khoi dong"];

/// Obstacles; the ones that start with "chưa"/"không" are read before negation is.
const OBSTACLE: &[&str] = &[
    "chua co kinh phi",
    "khong co kinh phi",
    "chua duoc cap kinh phi",
    "chua duoc bo tri kinh phi",
    "chua bo tri kinh phi",
    "cho kinh phi",
    "chua co huong dan",
    "cho huong dan",
    "vuong",
    "kho khan",
    "kien nghi",
    "de xuat",
    "de nghi",
    "tro ngai",
    "bat cap",
    "thieu",
    "ach tac",
];

const EXTENSION: &[&str] = &[
    "gia han",
    "lui thoi han",
    "lui han",
    "lui thoi gian",
    "them thoi gian",
    "keo dai thoi gian",
    "keo dai thoi han",
    "dieu chinh thoi han",
    "gian tien do",
    "xin lui",
];

/// "chưa", "không" and their chat spellings ("ko", "k", "chx").
const NEGATORS: &[&str] = &["chua", "khong", "ko", "k", "kg", "khg", "hok", "hong", "chang", "cha", "chx"];

/// Words that may sit between a negator and what it negates: "chưa thể hoàn thành", "không có
/// vướng mắc", "chưa thực hiện xong", "không gặp khó khăn", "không cần gia hạn".
const NEGATED_THROUGH: &[&str] = &[
    "the", "duoc", "co", "gap", "bi", "kip", "thuc", "hien", "trien", "khai", "lam", "he", "bao", "gio",
    "hoan", "toan", "thanh", "tat", "xu", "ly", "phai", "can", "xin", "dat", "nao",
];

/// Words before a done word that put it in the future: "dự kiến hoàn thành", "sắp xong".
const FUTURE: &[&str] = &["se", "sap", "gan", "kien", "dau", "gang", "tieu", "de", "nham", "dang", "muon"];

/// Of those, the ones that reach a done word further on in the clause: "dự kiến cuối tháng 9 xong".
const FUTURE_FAR: &[&str] = &["se", "kien"];

/// Words after a done word that make it partial: "hoàn thành giai đoạn 1", "xong một phần".
const PART: &[&str] =
    &["giai doan", "mot phan", "1 phan", "phan", "buoc", "dot", "hang muc", "mot so", "mot nua", "nua"];

/// Particles that may follow a question word: "xong chưa ạ", "hoàn thành không vậy".
const PARTICLES: &[&str] = &["a", "vay", "nhi", "nhe", "ha", "the", "chi"];

#[derive(Debug, Default)]
struct Signals {
    done: bool,
    negated_done: bool,
    partly_done: bool,
    in_progress: bool,
    not_started: bool,
    obstacle: bool,
    extension: bool,
    percent: Option<u8>,
}

impl Signals {
    fn scan(t: &Tokens) -> Self {
        let mut s = Signals::default();
        // Where the last negated obstacle ended, so "không có kiến nghị, đề xuất" negates both.
        let mut negated_obstacle_end = None;
        let mut i = 0;
        while i < t.len() {
            if !matches!(t.kind(i), Some(Kind::Word | Kind::Number)) {
                i += 1;
                continue;
            }
            if let Some(n) = starts(t, i, EXTENSION) {
                s.extension |= !negated(t, i);
                i += n;
                continue;
            }
            if let Some(n) = starts(t, i, OBSTACLE) {
                let listed = negated_obstacle_end.is_some_and(|end| continues_list(t, end, i));
                if negated(t, i) || listed {
                    negated_obstacle_end = Some(i + n);
                } else {
                    s.obstacle = true;
                }
                i += n;
                continue;
            }
            if let Some(n) = starts(t, i, DONE) {
                s.read_done(t, i, i + n);
                i += n;
                continue;
            }
            if let Some(n) = starts(t, i, PARTLY_DONE) {
                s.partly_done = true;
                i += n;
                continue;
            }
            if t.is_word(i, "co") && t.is_word(i + 1, "ban") && starts(t, i + 2, DONE).is_some() {
                // "cơ bản hoàn thành": mostly done, which committees do not count as done.
                s.partly_done = true;
                i += 2 + starts(t, i + 2, DONE).unwrap_or(0);
                continue;
            }
            if NEGATORS.contains(&t.text(i)) {
                let mut j = i + 1;
                while matches!(t.text(j), "duoc" | "the" | "co" | "kip") {
                    j += 1;
                }
                if let Some(n) = starts(t, j, NOT_STARTED) {
                    // "chưa thực hiện xong" is an unfinished job, read at "xong".
                    let finished_next = starts(t, j + n, DONE).is_some();
                    if !finished_next && t.kind(j) == Some(Kind::Word) {
                        s.not_started = true;
                        i = j + n;
                        continue;
                    }
                }
            }
            if let Some(n) = starts(t, i, IN_PROGRESS) {
                if !negated(t, i) {
                    s.in_progress = true;
                } else if t.has_words(i, "hoan thien") {
                    // "chưa hoàn thiện": not finished, like "chưa xong".
                    s.negated_done = true;
                }
                i += n;
                continue;
            }
            if let Some((value, n)) = percent_at(t, i) {
                s.read_percent(t, i, value);
                i += n;
                continue;
            }
            i += 1;
        }
        if s.percent.is_some_and(|p| (1..100).contains(&p)) {
            // "hoàn thành 60%", "xong 80%": a figure below 100 outranks the word.
            s.in_progress = true;
            s.done = false;
        }
        s
    }

    /// A done word spanning tokens `i..end`.
    fn read_done(&mut self, t: &Tokens, i: usize, end: usize) {
        if negated(t, i) {
            self.negated_done = true;
        } else if questioned(t, end) {
            // "xong chưa?": a question, not a report.
        } else if future(t, i) || partial(t, end) || promised(t, i, end) {
            self.in_progress = true;
        } else {
            self.done = true;
        }
    }

    fn read_percent(&mut self, t: &Tokens, i: usize, value: u8) {
        if negated(t, i) {
            // "chưa đạt 100%" says what the figure is not.
            if value == 100 {
                self.negated_done = true;
            }
            return;
        }
        if self.percent.is_none() {
            self.percent = Some(value);
        }
        match value {
            100 if future(t, i) => self.in_progress = true,
            100 => self.done = true,
            0 => self.not_started = true,
            _ => self.in_progress = true,
        }
    }
}

/// The longest phrase of `list` at `i`, as a token count.
fn starts(t: &Tokens, i: usize, list: &[&str]) -> Option<usize> {
    list.iter().filter_map(|p| t.count_words(i, p)).max()
}

fn is_clause_end(t: &Tokens, i: usize) -> bool {
    match t.kind(i) {
        None => true,
        Some(Kind::Mark(c)) => c != '%',
        Some(_) => false,
    }
}

/// A negator shortly before `i`, in the same clause, with only [`NEGATED_THROUGH`] words between.
fn negated(t: &Tokens, i: usize) -> bool {
    let mut j = i;
    for _ in 0..4 {
        let Some(p) = j.checked_sub(1) else { return false };
        if is_clause_end(t, p) {
            return false;
        }
        let w = t.text(p);
        if NEGATORS.contains(&w) {
            return true;
        }
        if !NEGATED_THROUGH.contains(&w) {
            return false;
        }
        j = p;
    }
    false
}

/// A negator closing the clause right after a done word: "xong chưa", "hoàn thành không ạ?".
fn questioned(t: &Tokens, end: usize) -> bool {
    let mut j = end;
    if t.is_word(j, "roi") {
        j += 1;
    }
    if !NEGATORS.contains(&t.text(j)) || t.kind(j) != Some(Kind::Word) {
        return false;
    }
    j += 1;
    while PARTICLES.contains(&t.text(j)) && t.kind(j) == Some(Kind::Word) {
        j += 1;
    }
    is_clause_end(t, j)
}

/// "dự kiến hoàn thành", "sẽ hoàn thành", "sắp xong", "đang hoàn thành", "dự kiến đạt 100%",
/// "dự kiến cuối tháng 9 xong".
fn future(t: &Tokens, i: usize) -> bool {
    let mut near = true;
    let mut j = i;
    for _ in 0..8 {
        let Some(p) = j.checked_sub(1) else { return false };
        if is_clause_end(t, p) || t.is_word(p, "da") {
            return false;
        }
        let w = t.text(p);
        if FUTURE_FAR.contains(&w) || (near && FUTURE.contains(&w)) {
            return true;
        }
        near &= matches!(w, "duoc" | "dat" | "thuc" | "hien");
        j = p;
    }
    false
}

/// "hoàn thành giai đoạn 1", "hoàn thành được một phần".
fn partial(t: &Tokens, end: usize) -> bool {
    let j = if t.is_word(end, "duoc") { end + 1 } else { end };
    starts(t, j, PART).is_some()
}

/// "hoàn thành trước 30/9", "30/9 xong" without "đã": a promise about a date, not a report.
fn promised(t: &Tokens, i: usize, end: usize) -> bool {
    let reported = i > 0 && (t.is_word(i - 1, "da") || t.is_word(i - 1, "xong"));
    // A date right before: "30/9 xong", "cuối tháng 9 xong" (but not a task code, "NV-0042 xong").
    let dated_before = i >= 2
        && t.kind(i - 1) == Some(Kind::Number)
        && (t.is_mark(i - 2, '/') || matches!(t.text(i - 2), "thang" | "quy" | "q" | "nam"));
    if !reported && dated_before {
        return true;
    }
    let by =
        matches!(t.text(end), "truoc" | "trong" | "vao" | "den" | "cham") && t.kind(end) == Some(Kind::Word);
    let when = matches!(t.kind(end + 1), Some(Kind::Number))
        || matches!(t.text(end + 1), "ngay" | "thang" | "quy" | "q" | "cuoi" | "nam" | "nhat");
    !reported && by && when
}

/// Whether tokens `from..to` are only list glue: ",", "và", "hoặc", "/".
fn continues_list(t: &Tokens, from: usize, to: usize) -> bool {
    (from..to).all(|j| {
        t.is_mark(j, ',')
            || t.is_mark(j, '/')
            || t.is_mark(j, ';')
            || matches!(t.text(j), "va" | "hoac" | "hay" | "cung")
    })
}

/// A percentage at `i`: "60%", "60 %", "60 phần trăm", "66,5%" (→ 66); its value and length.
/// Numbers above 100 are not percentages of a task.
fn percent_at(t: &Tokens, i: usize) -> Option<(u8, usize)> {
    let whole = t.number(i, 3)?;
    let mut j = i + 1;
    if (t.is_mark(j, ',') || t.is_mark(j, '.'))
        && t.glued(j)
        && t.glued(j + 1)
        && t.kind(j + 1) == Some(Kind::Number)
    {
        j += 2;
    }
    let n = if t.is_mark(j, '%') {
        j + 1 - i
    } else if let Some(k) = t.count_words(j, "phan tram") {
        j + k - i
    } else {
        return None;
    };
    if i > 0 && t.glued(i) && matches!(t.kind(i - 1), Some(Kind::Number | Kind::Mark(',' | '.'))) {
        // The decimals of a figure already read.
        return None;
    }
    u8::try_from(whole).ok().filter(|v| *v <= 100).map(|v| (v, n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use StatusKind::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 8, 20).unwrap()
    }

    fn clear(kind: StatusKind, percent: Option<u8>) -> Understood {
        Understood::Clear(Reading { kind, percent, extension_to: None })
    }

    fn unsure(guesses: &[StatusKind], percent: Option<u8>) -> Understood {
        Understood::Unsure { guesses: guesses.to_vec(), percent }
    }

    fn extension(to: Option<(i32, u32, u32)>) -> Understood {
        let extension_to = to.map(|(y, m, d)| Deadline::On(NaiveDate::from_ymd_opt(y, m, d).unwrap()));
        Understood::Clear(Reading { kind: Extension, percent: None, extension_to })
    }

    #[test]
    fn officers_replies_are_read_as_they_are_meant() {
        let cases = [
            // Done.
            ("Hoàn thành", clear(Done, None)),
            ("đã hoàn thành", clear(Done, None)),
            ("Đã xong", clear(Done, None)),
            ("xong", clear(Done, None)),
            ("xong rồi ạ", clear(Done, None)),
            ("Hoàn tất.", clear(Done, None)),
            ("đã thực hiện xong", clear(Done, None)),
            ("Đạt 100%", clear(Done, Some(100))),
            ("100%", clear(Done, Some(100))),
            ("hoan thanh", clear(Done, None)),
            ("da xong", clear(Done, None)),
            ("ok xong", clear(Done, None)),
            ("HOAN TAT", clear(Done, None)),
            ("da hoan thanh 100 phan tram", clear(Done, Some(100))),
            ("Dạ em đã hoàn thành, không có vướng mắc gì ạ", clear(Done, None)),
            ("khong, da xong roi", clear(Done, None)),
            ("đã hoàn thành trước hạn", clear(Done, None)),
            // In progress.
            ("đang thực hiện", clear(InProgress, None)),
            ("Đang triển khai", clear(InProgress, None)),
            ("dang lam", clear(InProgress, None)),
            ("được 60%", clear(InProgress, Some(60))),
            ("dat 60%", clear(InProgress, Some(60))),
            ("60%", clear(InProgress, Some(60))),
            ("60 %", clear(InProgress, Some(60))),
            ("đạt 60 phần trăm", clear(InProgress, Some(60))),
            ("dat 66,5%", clear(InProgress, Some(66))),
            ("đang hoàn thiện dự thảo", clear(InProgress, None)),
            ("sap xong", clear(InProgress, None)),
            ("gần xong rồi", clear(InProgress, None)),
            ("Dự kiến hoàn thành 30/9", clear(InProgress, None)),
            ("se hoan thanh trong thang 9", clear(InProgress, None)),
            ("hoàn thành được 1 phần", clear(InProgress, None)),
            ("hoan thanh duoc mot phan", clear(InProgress, None)),
            ("Đã hoàn thành giai đoạn 1", clear(InProgress, None)),
            ("da xong 80%", clear(InProgress, Some(80))),
            ("đang triển khai, không có vướng mắc", clear(InProgress, None)),
            ("dang trien khai, khong gap kho khan gi", clear(InProgress, None)),
            ("chưa hoàn thành, đang triển khai", clear(InProgress, None)),
            ("chua xong, dat 70%", clear(InProgress, Some(70))),
            ("hoàn thành trước 30/9", clear(InProgress, None)),
            ("30/9 xong", clear(InProgress, None)),
            ("NV-0042 xong", clear(Done, None)),
            ("chưa xong, dự kiến cuối tháng 9 xong", clear(InProgress, None)),
            ("đang làm, chưa xong", clear(InProgress, None)),
            // Not started.
            ("chưa thực hiện", clear(NotStarted, None)),
            ("chua trien khai", clear(NotStarted, None)),
            ("Chưa bắt đầu", clear(NotStarted, None)),
            ("chua lam", clear(NotStarted, None)),
            ("chưa kịp làm", clear(NotStarted, None)),
            ("chưa thực hiện được", clear(NotStarted, None)),
            ("0%", clear(NotStarted, Some(0))),
            // Negated done, alone: ask.
            ("chưa hoàn thành", unsure(&[InProgress, NotStarted], None)),
            ("chua xong", unsure(&[InProgress, NotStarted], None)),
            ("Không hoàn thành", unsure(&[InProgress, NotStarted], None)),
            ("chưa thể hoàn thành", unsure(&[InProgress, NotStarted], None)),
            ("chưa hoàn thành được", unsure(&[InProgress, NotStarted], None)),
            ("chua thuc hien xong", unsure(&[InProgress, NotStarted], None)),
            ("ko xong", unsure(&[InProgress, NotStarted], None)),
            ("chưa đạt 100%", unsure(&[InProgress, NotStarted], None)),
            // Obstacles.
            ("vướng mắc về kinh phí", clear(Obstacle, None)),
            ("vuong mac ve kinh phi", clear(Obstacle, None)),
            ("gặp khó khăn do thiếu nhân lực", clear(Obstacle, None)),
            ("Kiến nghị UBND tỉnh bố trí kinh phí", clear(Obstacle, None)),
            ("de xuat bo sung nhan luc", clear(Obstacle, None)),
            ("đang triển khai, đạt 40%, gặp vướng về hạ tầng", clear(Obstacle, Some(40))),
            ("chua thuc hien do vuong mac kinh phi", clear(Obstacle, None)),
            ("không có kiến nghị, đề xuất", unsure(&[InProgress, Done, NotStarted], None)),
            // More time.
            ("xin gia hạn đến 30/9", extension(Some((2025, 9, 30)))),
            ("xin gia han den het thang 10", extension(Some((2025, 10, 31)))),
            ("Đề nghị gia hạn", extension(None)),
            ("xin lùi thời hạn", extension(None)),
            ("xin thêm thời gian đến 15/10", extension(Some((2025, 10, 15)))),
            ("đề nghị gia hạn đến 15/8 vì chờ kinh phí", extension(Some((2026, 8, 15)))),
            // The same without diacritics, as many officers type.
            ("Da hoan thanh roi a", clear(Done, None)),
            ("xong roi", clear(Done, None)),
            ("da thuc hien xong", clear(Done, None)),
            ("dat 100%", clear(Done, Some(100))),
            ("hoan tat roi", clear(Done, None)),
            ("em da xong nhiem vu", clear(Done, None)),
            ("da hoan thanh, khong co vuong mac", clear(Done, None)),
            ("dang thuc hien", clear(InProgress, None)),
            ("dang trien khai dat 60%", clear(InProgress, Some(60))),
            ("duoc 60 %", clear(InProgress, Some(60))),
            ("gan xong", clear(InProgress, None)),
            ("du kien hoan thanh 30/9", clear(InProgress, None)),
            ("dang hoan thien", clear(InProgress, None)),
            ("sẽ hoàn thành", clear(InProgress, None)),
            ("da hoan thanh giai doan 1", clear(InProgress, None)),
            ("chua hoan thanh, dang lam", clear(InProgress, None)),
            ("chua bat dau", clear(NotStarted, None)),
            ("chua thuc hien duoc", clear(NotStarted, None)),
            ("chua kip lam", clear(NotStarted, None)),
            ("chua hoan thanh", unsure(&[InProgress, NotStarted], None)),
            ("khong hoan thanh", unsure(&[InProgress, NotStarted], None)),
            ("chua the hoan thanh", unsure(&[InProgress, NotStarted], None)),
            ("chua hoan thanh duoc", unsure(&[InProgress, NotStarted], None)),
            ("chx xong", unsure(&[InProgress, NotStarted], None)),
            ("gap kho khan ve kinh phi", clear(Obstacle, None)),
            ("kien nghi bo sung kinh phi", clear(Obstacle, None)),
            ("chưa có vướng mắc gì", unsure(&[InProgress, Done, NotStarted], None)),
            ("chua co vuong mac gi", unsure(&[InProgress, Done, NotStarted], None)),
            ("khong co vuong mac", unsure(&[InProgress, Done, NotStarted], None)),
            ("xin gia han den 30/9", extension(Some((2025, 9, 30)))),
            ("de nghi gia han", extension(None)),
            ("xin lui thoi han den 15/10", extension(Some((2025, 10, 15)))),
            ("vang", unsure(&[InProgress, Done, NotStarted], None)),
            ("da nhan", unsure(&[InProgress, Done, NotStarted], None)),
            ("ok a", unsure(&[InProgress, Done, NotStarted], None)),
            // Not a status.
            ("ok", unsure(&[InProgress, Done, NotStarted], None)),
            ("Vâng ạ", unsure(&[InProgress, Done, NotStarted], None)),
            ("đã nhận", unsure(&[InProgress, Done, NotStarted], None)),
            ("", unsure(&[InProgress, Done, NotStarted], None)),
            ("chào anh", unsure(&[InProgress, Done, NotStarted], None)),
            ("nhiệm vụ này xong chưa ạ?", unsure(&[InProgress, Done, NotStarted], None)),
            ("hoan thanh khong?", unsure(&[InProgress, Done, NotStarted], None)),
            ("đạt 150%", unsure(&[InProgress, Done, NotStarted], None)),
            // Mixed or hedged: ask.
            ("đã xong, chưa triển khai", unsure(&[InProgress, Done, NotStarted], None)),
            ("chưa triển khai, đang chuẩn bị", unsure(&[InProgress, NotStarted], None)),
            ("đã xong dự thảo, đang trình ký", unsure(&[InProgress, Done], None)),
            ("cơ bản hoàn thành", unsure(&[Done, InProgress], None)),
            ("đã thực hiện", unsure(&[Done, InProgress], None)),
            ("Đã ban hành kế hoạch", unsure(&[Done, InProgress], None)),
            ("chưa hoàn thiện", unsure(&[InProgress, NotStarted], None)),
            ("chưa có kinh phí", clear(Obstacle, None)),
            ("dang cho kinh phi", clear(Obstacle, None)),
            ("xin gia hạn sang quý 4", extension(Some((2025, 12, 31)))),
        ];
        for (text, want) in cases {
            assert_eq!(read(text, today()), want, "read({text:?})");
        }
    }

    #[test]
    fn a_negated_done_is_never_read_as_done() {
        let negators = ["chưa", "chua", "không", "khong", "Chưa", "KHÔNG", "ko", "chưa thể", "không thể"];
        let done_words =
            ["hoàn thành", "hoan thanh", "xong", "hoàn tất", "hoan tat", "đạt 100%", "thực hiện xong"];
        let frames =
            ["{}", "đã {}", "em báo cáo: {}", "{} rồi", "{} ạ", "{} được", "nhiệm vụ {} đúng hạn", "ok, {}"];
        for negator in negators {
            for done in done_words {
                for frame in frames {
                    let text = frame.replace("{}", &format!("{negator} {done}"));
                    let got = read(&text, today());
                    assert!(
                        !matches!(got, Understood::Clear(Reading { kind: Done, .. })),
                        "{text:?} was read as done: {got:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn unsure_always_offers_at_least_one_guess() {
        let texts = ["", "?", "👍", "ok", "chưa", "không", "xong chưa", "abc xyz", "1.2.3", "\u{202E}"];
        for text in texts {
            if let Understood::Unsure { guesses, .. } = read(text, today()) {
                assert!(!guesses.is_empty(), "{text:?}");
            }
        }
    }

    #[test]
    fn hostile_input_neither_panics_nor_takes_long() {
        let pieces = ["chưa ", "xong", "%", "100", " ", "\u{0301}", "👍", "gia hạn ", "30/9", ",", "\0", "k"];
        let mut garbage = String::new();
        let mut state = 7u64;
        while garbage.len() < 100_000 {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            garbage.push_str(pieces[(state >> 33) as usize % pieces.len()]);
        }
        let _ = read(&garbage, today());
        let _ = read(&"đ".repeat(50_000), today());
    }
}
