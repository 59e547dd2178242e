//! Officers' status replies: "đang triển khai, đạt 60%", "xong rồi", "có xong đâu", "vướng mắc
//! về kinh phí", "đề nghị cho lùi tiến độ đến 30/10" → what the task's status is, or the few
//! kinds it may be when the reply leaves room for doubt.
//!
//! Recording a task as done when it is not is the costly mistake: the chair stops chasing it
//! and the summary lies. So **done is read only when the reply clearly says the whole task is
//! finished, now**. The reader works the way the sentence does, not by spotting words: it cuts
//! the reply into clauses ([`words`]), finds in each the predicates that carry a status (a
//! finishing verb, work under way, an obstacle, a request) and reads what governs each one:
//! negation before it ("chưa", "không" and its chat spellings, "chẳng", "còn lâu mới", "chưa
//! hẳn") or after it ("có xong đâu", "hoàn thành thì chưa"), a question ("xong chưa em?"), the
//! future or a condition ("mai xong", "dự kiến", "nếu có kinh phí"), a part of the work ("khâu
//! khảo sát", "dự thảo", "8/10 nội dung", "cơ bản"), a coverage figure ("100% xã"). Then the
//! clauses are weighed together ([`decide`]): a request for more time first, then obstacles
//! still open, then a finish no other clause takes back.
//!
//! Every reading carries the [`Cue`]s it rests on, so a wrong reading can be explained from the
//! log and a test can say why it expected what it did.

mod lexicon;
#[cfg(test)]
mod tests;
mod words;

use std::ops::Range;

use chrono::NaiveDate;

use super::deadline::{self, Context, Deadline};
use super::fold::Kind;
use lexicon::*;
use words::{Clause, Words};

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

/// What the reader concluded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Sure enough to record.
    Clear(StatusKind),
    /// Not sure: the bot asks back with buttons offering these kinds (most likely first, never
    /// empty).
    Unsure(Vec<StatusKind>),
}

/// A reply, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub verdict: Verdict,
    /// 0–100: the task's own progress, when the reply gave it (not a coverage figure).
    pub percent: Option<u8>,
    /// For a request for more time: the date asked for, if the reply gave one still ahead.
    pub extension_to: Option<NaiveDate>,
    /// The number of a document the reply names ("45/KH-UBND"), kept as evidence.
    pub document: Option<String>,
    /// What the reading rests on, in the order found.
    pub cues: Vec<Cue>,
}

impl Reading {
    /// The kind, when the reader is sure.
    pub fn clear(&self) -> Option<StatusKind> {
        match self.verdict {
            Verdict::Clear(kind) => Some(kind),
            Verdict::Unsure(_) => None,
        }
    }
}

/// One thing the reader found, and the words it found it in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub kind: CueKind,
    pub words: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// "đã hoàn thành", "xong rồi", "đạt 100%": finished, nothing in its clause takes it back.
    Done,
    /// A numbered document issued ("đã ban hành Kế hoạch số 45/KH-UBND"): the product exists.
    Issued,
    /// A finishing word negated: "chưa xong", "có xong đâu", "hoàn thành thì chưa".
    NotDone,
    /// A finishing word in a question: "xong chưa em?".
    Question,
    /// A finish promised or conditional: "mai xong", "dự kiến hoàn thành", "nếu có kinh phí".
    Promise,
    /// A finish of a part: "khâu khảo sát", "dự thảo", "8/10 nội dung", "cơ bản".
    Part,
    /// A figure of coverage, not of the task: "100% xã".
    Coverage,
    /// Work left: "còn 3 xã", "chưa đạt chỉ tiêu".
    Remaining,
    /// Work under way: "đang triển khai", "tiếp tục".
    Progress,
    /// Work done without saying it is finished: "đã thực hiện", "đã ban hành kế hoạch".
    Worked,
    /// "chưa thực hiện", "0%".
    NotStarted,
    /// An obstacle still open, or a request for help.
    Obstacle,
    /// An obstacle denied or cleared: "không có vướng mắc", "đã tháo gỡ vướng mắc".
    NoObstacle,
    /// A request for more time.
    Extension,
    /// The polite closing: "đề nghị Tổ giúp việc xác nhận", "kính báo cáo".
    Closing,
    /// The task's own percentage.
    Percent,
    /// A document number.
    Document,
    /// Doubt about the report itself: "hình như xong rồi", "để em kiểm tra lại".
    Hedge,
}

/// Reads an officer's free-text status report (with or without diacritics). `today` places
/// dates: a promise of a later date is not a finish, and an extension's date must be ahead.
pub fn read(text: &str, today: NaiveDate) -> Reading {
    // Lines are sentences: "Đã hoàn thành\nĐề nghị xác nhận".
    let text_lines: String = text.chars().map(|c| if c == '\n' || c == '\r' { '.' } else { c }).collect();
    let w = Words::new(&text_lines);
    let mut found = Found::default();
    let clauses = w.clauses();
    for (n, clause) in clauses.iter().enumerate() {
        let next = clauses.get(n + 1);
        Scan { w: &w, text: &text_lines, clause, next, today, found: &mut found }.run();
    }
    found.document = document_number(&w, &text_lines);
    if let Some(doc) = &found.document {
        found.cue(CueKind::Document, doc.clone());
    }
    let verdict = decide(&found);
    let extension_to = (verdict == Verdict::Clear(StatusKind::Extension))
        .then(|| found.extension_at.and_then(|at| extension_date(&text_lines[at..], today)))
        .flatten();
    Reading { verdict, percent: found.percent, extension_to, document: found.document, cues: found.cues }
}

/// The date a request for more time asks for: the first deadline phrase after the request's
/// words, if it is still ahead.
fn extension_date(after: &str, today: NaiveDate) -> Option<NaiveDate> {
    match deadline::find(after, Context::chat(today)) {
        Some((Deadline::On(d), _)) if d > today => Some(d),
        _ => None,
    }
}

/// What the clauses of a reply say, together.
#[derive(Debug, Default)]
struct Found {
    cues: Vec<Cue>,
    percent: Option<u8>,
    /// Byte offset of the first request for more time.
    extension_at: Option<usize>,
    document: Option<String>,
}

impl Found {
    fn cue(&mut self, kind: CueKind, words: String) {
        self.cues.push(Cue { kind, words });
    }

    fn has(&self, kind: CueKind) -> bool {
        self.cues.iter().any(|c| c.kind == kind)
    }
}

/// Weighs the clauses: a request for more time, then open obstacles, then a finish nothing
/// takes back; otherwise what the work is doing, and when in doubt, the kinds it may be.
fn decide(f: &Found) -> Verdict {
    use CueKind as C;
    use StatusKind::*;
    let clear = Verdict::Clear;
    let unsure = |kinds: &[StatusKind]| Verdict::Unsure(kinds.to_vec());
    let below_100 = f.percent.is_some_and(|p| (1..100).contains(&p));
    let finished = f.has(C::Done) || f.has(C::Issued);
    // What says that work remains, besides a finish taken back.
    let work_left = f.has(C::Part) || f.has(C::Remaining) || f.has(C::Promise) || below_100;

    if f.has(C::Extension) {
        return clear(Extension);
    }
    if f.has(C::Obstacle) {
        // An open obstacle is what the chair must hear, even beside a finish ("Đã hoàn thành.
        // Kiến nghị bố trí kinh phí duy trì"): the secretariat still sees the officer's words.
        return clear(Obstacle);
    }
    if finished {
        if f.has(C::NotStarted) {
            return unsure(&[InProgress, Done, NotStarted]);
        }
        if f.has(C::Hedge) {
            return unsure(&[Done, InProgress]);
        }
        if f.has(C::NotDone) && !work_left && !f.has(C::Progress) {
            // "xong rồi… à mà chưa": the same finish said and taken back.
            return unsure(&[InProgress, Done]);
        }
        // "đã khảo sát xong, đang lựa chọn nhà thầu": a finish with work still going on.
        return if work_left || f.has(C::NotDone) || f.has(C::Progress) {
            clear(InProgress)
        } else {
            clear(Done)
        };
    }
    if f.percent == Some(0) && !f.has(C::Progress) {
        return clear(NotStarted);
    }
    match (f.has(C::Progress) || below_100, f.has(C::NotStarted)) {
        (true, true) => return unsure(&[InProgress, NotStarted]),
        (true, false) => return clear(InProgress),
        (false, true) => return clear(NotStarted),
        (false, false) => {}
    }
    // "chưa xong", "có xong đâu", "mai xong", "đã xong khâu khảo sát": not finished, begun.
    if work_left || f.has(C::NotDone) || f.has(C::Coverage) && f.has(C::Worked) {
        return clear(InProgress);
    }
    if f.has(C::Worked) {
        return unsure(&[Done, InProgress]);
    }
    unsure(&[InProgress, Done, NotStarted])
}

// ---- reading one clause ----

struct Scan<'a> {
    w: &'a Words,
    /// The reply, lines turned into sentences: what word ranges point into.
    text: &'a str,
    clause: &'a Clause,
    /// The clause after, for a request whose object follows a colon ("Kiến nghị: …").
    next: Option<&'a Clause>,
    today: NaiveDate,
    found: &'a mut Found,
}

/// A negator waiting for what it negates.
#[derive(Debug, Clone, Copy)]
struct Negator {
    at: usize,
    over_da: bool,
}

impl Scan<'_> {
    fn run(&mut self) {
        let Range { start, end } = self.clause.range.clone();
        if (start..end).any(|i| self.w.longest(i, HEDGES).is_some()) {
            self.found.cue(CueKind::Hedge, self.words(start, end));
        }
        if self.is_question() {
            self.read_question();
            return;
        }
        let mut negator: Option<Negator> = None;
        // "không có vướng mắc, đề xuất": a denial runs on through a list.
        let mut denied_until: Option<usize> = None;
        // Whether anything in the clause carried a status, for a clause that is only "chưa".
        let mut said = false;
        let mut i = start;
        while i < end {
            let w = self.w;
            if !matches!(w.kind(i), Some(Kind::Word | Kind::Number)) {
                i += 1;
                continue;
            }
            if let Some(n) = w.longest(i, &["neu", "gia su", "truong hop"]) {
                // "nếu không có gì phát sinh thì …": the condition reports nothing; what
                // follows "thì" is read as a promise.
                let then = (i + n..end).find(|&j| w.is(j, "thi")).unwrap_or(end);
                i = then;
                negator = None;
                continue;
            }
            let cues_before = self.found.cues.len();
            let step = self.step(i, &mut negator, &mut denied_until);
            said |= self.found.cues.len() > cues_before;
            i += step;
        }
        if negator.is_some() && !said {
            // "à mà chưa", "nhưng chưa": a bare "not" takes back what came before it.
            let words = self.words(start, end);
            let kind = if self.clause.contrast { CueKind::Remaining } else { CueKind::NotDone };
            // A leading "không," answers a question ("không, đã xong rồi"): only a "not" after a
            // finish takes it back.
            let after_finish = self.found.has(CueKind::Done) || self.found.has(CueKind::Issued);
            if after_finish && (self.clause.contrast || self.only_negation(start, end)) {
                self.found.cue(kind, words);
            }
        }
        self.causes_blocked();
    }

    /// Reads what starts at word `i`; returns how many words it took.
    fn step(&mut self, i: usize, negator: &mut Option<Negator>, denied_until: &mut Option<usize>) -> usize {
        let w = self.w;
        let end = self.clause.range.end;
        if let Some(n) = w.longest(i, NEGATORS) {
            let over_da = w.longest(i, NEGATORS_OVER_DA) == Some(n);
            *negator = Some(Negator { at: i, over_da });
            return n;
        }
        // "đã", "và" end a plain negator's reach: "không vướng mắc gì và đã hoàn thành".
        if matches!(w.text(i), "da" | "va" | "roi") && negator.is_some_and(|n| !n.over_da) {
            *negator = None;
        }
        let negated = negator.take();

        if let Some(n) = self.more_time(i) {
            if negated.is_none() {
                self.extension(i, i + n);
            }
            return n;
        }
        if let Some(n) = self.request(i) {
            let listed = denied_until.is_some_and(|u| self.only_list_glue(u, i));
            if negated.is_some() || listed {
                *denied_until = Some(i + n);
                self.found.cue(CueKind::NoObstacle, self.words(i, i + n));
            } else {
                return self.read_request(i, n);
            }
            return n;
        }
        if let Some(n) = self.obstacle(i, negated) {
            return n;
        }
        if let Some(n) = self.waiting(i) {
            return n;
        }
        if let Some(n) = w.longest(i, FINISH).filter(|_| !self.finish_is_noun(i)) {
            self.read_finish(i, i + n, negated);
            return n;
        }
        if let Some(n) = w.longest(i, ISSUE).filter(|_| self.issued_product(i)) {
            if negated.is_none() {
                self.found.cue(CueKind::Issued, self.words(i, i + n));
            }
            return n;
        }
        if let Some(n) = w.longest(i, UNDER_WAY) {
            self.read_under_way(i, n, negated);
            return n;
        }
        // "chưa có gì" is nothing done yet; "không có gì" is nothing wrong.
        let not_begun = negated.is_some_and(|n| !w.is(i, "co") || w.is(n.at, "chua"));
        if let Some(n) = w.longest(i, START).filter(|_| not_begun).or_else(|| w.longest(i, WORK)) {
            // "chưa thực hiện xong": the work verb is part of the finish after it.
            if self.finish_follows(i + n) {
                *negator = negated;
                return n;
            }
            self.read_work(i, n, negated);
            return n;
        }
        if w.longest(i, &["dat", "duoc", "len", "tam", "khoang"]).is_some()
            && self.percent_at(i + 1).is_some()
        {
            // "đạt 60%": the figure is read next, with the negator kept.
            *negator = negated;
            return 1;
        }
        if let Some((value, n)) = self.percent_at(i) {
            self.read_percent(i, n, value, negated);
            return n;
        }
        if let Some(n) = self.share_done(i) {
            return n;
        }
        if self.remaining(i, negated) {
            self.found.cue(CueKind::Remaining, self.words(i, (i + 2).min(end)));
            return 1;
        }
        // A negator passes over the words between it and what it negates.
        if negated.is_some_and(|n| NEGATED_THROUGH.contains(&w.text(i)) || n.over_da && w.is(i, "da")) {
            *negator = negated;
        }
        1
    }

    fn words(&self, from: usize, to: usize) -> String {
        let to = to.min(self.w.len()).max(from + 1);
        self.text[self.w.orig(from, to)].to_string()
    }

    /// Whether words `from..to` say nothing but "not": "chưa", "à mà chưa", "chưa ạ".
    fn only_negation(&self, from: usize, to: usize) -> bool {
        (from..to).all(|j| {
            let t = self.w.text(j);
            self.w.kind(j) != Some(Kind::Word)
                || matches!(t, "chua" | "khong" | "ma" | "a" | "van" | "thi" | "cung" | "han" | "da")
                || AFTER_QUESTION.contains(&t)
        })
    }

    // ---- questions ----

    /// The clause asks rather than tells: a question mark, a question word, a negator closing
    /// it after a finish ("xong chưa em"), or a closing "chứ", "à", "hả".
    fn is_question(&self) -> bool {
        if self.clause.closer == Some('?') {
            return true;
        }
        let Range { start, end } = self.clause.range.clone();
        let w = self.w;
        let asks = |i: usize| match w.longest(i, ASKING) {
            // "sao", "nào" close a question ("xong sao", "mẫu nào ạ"); "đến đầu tháng" is not
            // "đến đâu"; "nào đã xong" is a denial.
            Some(n) if matches!(w.text(i), "sao" | "nao") => self.only_particles(i + n, end),
            Some(_) if w.is(i, "den") => !matches!(w.text(i + 2), "thang" | "nam" | "quy" | "tuan"),
            found => found.is_some(),
        };
        (start..end).any(asks)
            || (start..end).any(|i| self.negator_is_question(i))
            || self.ends_with_particle(&["chu", "ha", "hu"], &['ứ', 'ả', 'ử', 'Ứ', 'Ả'])
            // "xong rồi à": "à" asks only after a finish.
            || self.ends_with_particle(&["a"], &['à', 'À'])
                && (start..end).any(|j| self.w.longest(j, FINISH).is_some())
    }

    fn only_particles(&self, from: usize, to: usize) -> bool {
        let mut j = from;
        while j < to {
            match self.w.longest(j, AFTER_QUESTION) {
                Some(n) => j += n,
                None => return false,
            }
        }
        true
    }

    /// The clause's last word is one of `particles`, typed with one of `marks` (so "ạ", which
    /// folds like "à", is not a question).
    fn ends_with_particle(&self, particles: &[&str], marks: &[char]) -> bool {
        let Range { start, end } = self.clause.range.clone();
        if end == start {
            return false;
        }
        let last = end - 1;
        particles.iter().any(|p| self.w.is(last, p))
            && self.text[self.w.orig(last, end)].chars().any(|c| marks.contains(&c))
    }

    /// A negator after a finish, closing the clause but for particles: "xong chưa em", "hoàn
    /// thành không ạ". After "thì", "vẫn", "cũng" it is a denial instead: "hoàn thành thì chưa".
    fn negator_is_question(&self, i: usize) -> bool {
        let w = self.w;
        let start = self.clause.range.start;
        if !matches!(w.text(i), "chua" | "khong") || i == start {
            return false;
        }
        if matches!(w.text(i - 1), "thi" | "van" | "cung" | "la" | "ma") {
            return false;
        }
        let asked_about = (start..i).any(|j| {
            [FINISH, WORK, UNDER_WAY, OBSTACLE, MORE_TIME].iter().any(|list| w.longest(j, list).is_some())
        });
        asked_about && self.only_particles(i + 1, self.clause.range.end)
    }

    /// A question reports nothing ("xong chưa em?", "có vướng mắc gì không?"), except a request
    /// put as one: "cho em xin gia hạn đến 30/9 được không anh?".
    fn read_question(&mut self) {
        let Range { start, end } = self.clause.range.clone();
        let w = self.w;
        let asking_for_time = (start..end).find_map(|i| {
            let n = w.longest(i, MORE_TIME).or_else(|| self.reschedule(i))?;
            // "cho em xin gia hạn … được không", "có thể gia hạn cho đơn vị … không": a request.
            let requested = (start..end).any(|j| matches!(w.text(j), "xin" | "cho"))
                || (start..i).any(|j| w.count(j, "co the").is_some());
            requested.then_some((i, i + n))
        });
        if let Some((from, to)) = asking_for_time {
            self.extension(from, to);
            return;
        }
        if let Some(i) =
            (start..end).find(|&i| w.longest(i, FINISH).is_some() || self.percent_at(i).is_some())
        {
            self.found.cue(CueKind::Question, self.words(i, end));
        }
    }

    // ---- finishing ----

    /// "đã hoàn thành" is a finish; "tỷ lệ hoàn thành", "thời hạn hoàn thành", "việc hoàn thành"
    /// name one.
    fn finish_is_noun(&self, i: usize) -> bool {
        const NAMING: &[&str] = &[
            "ty le",
            "muc do",
            "thoi han",
            "han",
            "thoi gian",
            "ngay",
            "viec",
            "ket qua",
            "tien do",
            "trang thai",
        ];
        let start = self.clause.range.start;
        NAMING.iter().any(|n| {
            let k = n.split(' ').count();
            i >= start + k && self.w.count(i - k, n) == Some(k)
        })
    }

    /// A finishing word follows within the verb phrase: "thực hiện xong", "làm xong hết".
    fn finish_follows(&self, i: usize) -> bool {
        let stop = (i + 3).min(self.clause.range.end);
        (i..stop).any(|j| self.w.longest(j, FINISH).is_some())
    }

    fn read_finish(&mut self, i: usize, end: usize, negated: Option<Negator>) {
        let words = self.words(i, end);
        if negated.is_some() || self.denied_after(end) || self.negated_verb_before(i) {
            self.found.cue(CueKind::NotDone, words);
        } else if self.w.is(i, "xong")
            && self.w.longest(end, THEN).is_some()
            && !self.only_particles(end, self.clause.range.end)
            && !self.said_done(i)
        {
            // "họp xong em báo cáo": "after the meeting", not a finish of the task.
        } else if self.ahead(i) {
            self.found.cue(CueKind::Promise, words);
        } else if let Some(part) = self.part_of(i, end) {
            self.found.cue(CueKind::Part, part);
        } else if self.w.is(i, "nghiem") && !self.said_done(i) {
            // "nghiệm thu" without "đã": a step, not the finish.
            self.found.cue(CueKind::Worked, words);
        } else {
            self.found.cue(CueKind::Done, words);
        }
    }

    /// "chưa hợp nhất xong", "không làm kịp xong": a negator before the verb that "xong"
    /// completes, whatever the verb.
    fn negated_verb_before(&self, i: usize) -> bool {
        let w = self.w;
        let start = self.clause.range.start;
        for j in (start..i).rev().take(4) {
            if matches!(w.text(j), "da" | "va" | "roi" | "nhung") || w.longest(j, FINISH).is_some() {
                return false;
            }
            if matches!(w.text(j), "chua" | "khong" | "chang") {
                return true;
            }
        }
        false
    }

    /// "đã" before the verb, or "rồi" after it: said as done. "Đã" sits right before its
    /// verb ("em đã làm xong"), so one far off with a time to come between is not this one's.
    fn said_done(&self, i: usize) -> bool {
        let Range { start, end } = self.clause.range.clone();
        let w = self.w;
        let before = (start..i)
            .rev()
            .take(4)
            .take_while(|&j| w.longest(j, LATER).is_none())
            .any(|j| w.longest(j, PAST).is_some());
        let far_past = (start..i).any(|j| w.longest(j, PAST).is_some_and(|_| !w.is(j, "da")));
        before || far_past || (i..end).any(|j| w.is(j, "roi"))
    }

    /// A denial after the finish: "có xong đâu", "hoàn thành thì chưa", "xong gì đâu".
    fn denied_after(&self, end: usize) -> bool {
        let w = self.w;
        let stop = self.clause.range.end;
        (end..stop).any(|j| {
            if w.is(j, "dau") {
                // "đâu" (not at all), not "đầu" (start): "đầu tháng", "ban đầu", "đến đâu".
                let source = &self.text[w.orig(j, j + 1)];
                let typed_as_dau = source.contains(['â', 'Â']);
                let other_accent = source.chars().any(|c| "ầẦấẤẩẨậẬẫẪ".contains(c));
                let at_end = self.only_particles(j + 1, stop) || w.is(j + 1, "ma");
                return !other_accent
                    && (typed_as_dau || at_end)
                    && !matches!(w.text(j - 1), "den" | "o" | "tu" | "ve");
            }
            matches!(w.text(j), "thi" | "van" | "cung") && matches!(w.text(j + 1), "chua" | "khong" | "chang")
        })
    }

    /// A finish put in the future or made to depend on something: a word before it in the
    /// clause ("dự kiến", "sẽ", "nếu"), a time still to come without "đã", a date ahead, or a
    /// bare "xong" opening what comes next ("họp xong em báo cáo").
    fn ahead(&self, i: usize) -> bool {
        let w = self.w;
        let Range { start, end: stop } = self.clause.range.clone();
        if (start..i).any(|j| w.longest(j, AHEAD).is_some()) {
            return true;
        }
        // Right before the finish, "được" and "thể" aside: "để hoàn thành", "kịp xong".
        let mut j = i;
        while j > start && matches!(w.text(j - 1), "duoc" | "the" | "co" | "xong") {
            j -= 1;
        }
        let near = j > start
            && w.longest(j - 1, AHEAD_NEAR).is_some()
            // "mới" is "just" after "vừa", "đã" or first in the clause ("mới xong"); "then only"
            // after a condition ("có kinh phí mới xong được").
            && !(w.is(j - 1, "moi") && (j - 1 == start || matches!(w.text(j - 2), "vua" | "da" | "em" | "toi")));
        // "chắc là xong rồi", "là xong rồi": a guess or a statement, not a promise.
        if near && !(matches!(w.text(j - 1), "la" | "chac" | "tinh" | "dinh") && self.said_done(i)) {
            return true;
        }
        if self.said_done(i) {
            return false;
        }
        if (start..stop).any(|j| w.longest(j, LATER).is_some()) {
            return true;
        }
        // A date in the clause, without "đã": "30/9 xong", "hoàn thành trước 30/9"; but not a
        // count ("10/10 nội dung").
        if (start..stop).any(|k| self.fraction(k).is_some()) {
            return false;
        }
        let clause_text = &self.text[w.orig(start, stop)];
        if let Some((Deadline::On(d), range)) = deadline::find(clause_text, Context::chat(self.today)) {
            // Without "đã", a date without its year is a promise whichever year it means
            // ("xong 15/1" in December); one with its year is a promise when still ahead.
            let phrase = &clause_text[range];
            let has_year = phrase.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
                || phrase.matches(['/', '-', '.']).count() >= 2;
            // A day of the last two months is when it was done ("nghiệm thu xong ngày 17/8");
            // any other yearless day may be next year's ("xong 15/1" in December).
            let recent = d <= self.today && (self.today - d).num_days() <= 60;
            return if has_year { d >= self.today } else { !recent };
        }
        // "xong trước ngày 30" without a month, "hoàn thành trong tháng".
        (i..stop).any(|j| {
            matches!(w.text(j), "truoc" | "trong" | "cham")
                && matches!(w.text(j + 1), "ngay" | "thang" | "quy" | "nam" | "nhat")
        })
    }

    /// What the finish is of, if only part of the task: "giai đoạn 1", "khâu khảo sát", "dự
    /// thảo", "8/10 nội dung", "95% hồ sơ"; or "cơ bản", "phần lớn" before it.
    fn part_of(&self, i: usize, end: usize) -> Option<String> {
        let w = self.w;
        let Range { start, end: stop } = self.clause.range.clone();
        // "cơ bản hoàn thành", "phần lớn đã xong" (but "tất cả các hạng mục đã hoàn thành").
        let mut j = i;
        while j > start && matches!(w.text(j - 1), "da" | "duoc" | "xong") {
            j -= 1;
        }
        if let Some(before) =
            (start..j).rev().take(3).find(|&k| w.longest(k, PART_BEFORE).is_some_and(|n| k + n == j))
        {
            return Some(self.words(before, end));
        }
        let mut j = end;
        if w.is(j, "duoc") {
            j += 1;
        }
        for k in j..stop {
            if let Some(n) = w.longest(k, PARTS) {
                // "phần" as in "phần khảo sát"; not "phần trăm", "phần mềm", nor "phân", "phản".
                if w.is(k, "phan") && n == 1 && !self.is_share_word(k) {
                    continue;
                }
                return Some(self.words(i, k + n));
            }
            if self.fraction(k).is_some_and(|(done, of)| done < of) {
                return Some(self.words(i, k + 3));
            }
            if let Some((value, n)) = self.percent_at(k)
                && value < 100
                && self.coverage_after(k + n)
            {
                return Some(self.words(i, k + n + 1));
            }
        }
        None
    }

    /// "phần" (a part): marked "ầ", or unmarked after "một", "các", "những"; never "phần mềm",
    /// "phần trăm".
    fn is_share_word(&self, k: usize) -> bool {
        let w = self.w;
        if matches!(
            w.text(k + 1),
            "mem" | "tram" | "hoi" | "anh" | "cong" | "loai" | "tich" | "quyen" | "cap" | "bo"
        ) {
            return false;
        }
        let source = self.text[w.orig(k, k + 1)].to_lowercase();
        source.contains('ầ')
            || source == "phan" && k > 0 && matches!(w.text(k - 1), "mot" | "cac" | "nhung" | "1")
    }

    /// "8/10 nội dung", "3/5 xã": a count done of a count, followed by what is counted.
    fn fraction(&self, i: usize) -> Option<(u32, u32)> {
        let w = self.w;
        let done = w.number(i, 4)?;
        if !w.is_mark(i + 1, '/') || !w.glued(i + 1) || !w.glued(i + 2) {
            return None;
        }
        // Not the "8/2026" of "12/8/2026".
        if i > 0 && w.glued(i) && matches!(w.kind(i - 1), Some(Kind::Mark('/' | '-' | '.'))) {
            return None;
        }
        let of = w.number(i + 2, 4).filter(|of| !(1990..=2100).contains(of))?;
        // Followed by a word (not a year or a document code): what is counted.
        let counted = w.kind(i + 3) == Some(Kind::Word) && !w.glued(i + 3);
        (counted && done <= of && of > 0).then_some((done, of))
    }

    /// "mới được một nửa", "làm được 2/3 khối lượng": a share of the work done.
    fn share_done(&mut self, i: usize) -> Option<usize> {
        let w = self.w;
        if !w.is(i, "duoc") {
            return None;
        }
        let share = w
            .longest(i + 1, SHARE_DONE)
            .or_else(|| self.fraction(i + 1).filter(|(d, o)| d < o).map(|_| 3))?;
        self.found.cue(CueKind::Part, self.words(i, i + 1 + share));
        Some(1 + share)
    }

    // ---- work ----

    fn read_under_way(&mut self, i: usize, n: usize, negated: Option<Negator>) {
        let w = self.w;
        let words = self.words(i, i + n);
        if negated.is_some() {
            if w.count(i, "hoan thien").is_some() {
                // "chưa hoàn thiện": not finished, like "chưa xong".
                self.found.cue(CueKind::NotDone, words);
            }
            return;
        }
        if w.is(i, "dang") {
            // "đang vận hành" is the product's state, "đang nghỉ phép" the person's; "đang chờ"
            // is read at the wait. "đang chạy thử" is work.
            let not_work = w.longest(i + 1, NOT_WORK).is_some_and(|k| !matches!(w.text(i + 1 + k), "thu"));
            if not_work || matches!(w.text(i + 1), "cho" | "doi") {
                return;
            }
        }
        if w.count(i, "hoan thien").is_some() && i > self.clause.range.start && w.is(i - 1, "da") {
            self.found.cue(CueKind::Worked, words);
            return;
        }
        self.found.cue(CueKind::Progress, words);
    }

    fn read_work(&mut self, i: usize, n: usize, negated: Option<Negator>) {
        let w = self.w;
        let words = self.words(i, i + n);
        if negated.is_some() {
            let kind = if w.longest(i, START).is_some() { CueKind::NotStarted } else { CueKind::NotDone };
            self.found.cue(kind, words);
            return;
        }
        let start = self.clause.range.start;
        let done_before = (start..i).rev().take(3).any(|j| w.is(j, "da") || w.is(j, "vua"));
        if done_before || w.is(i + n, "roi") {
            match self.part_of(i, i + n) {
                Some(part) => self.found.cue(CueKind::Part, part),
                None => self.found.cue(CueKind::Worked, words),
            }
        }
    }

    /// "đã ban hành Kế hoạch số 45/KH-UBND": an issuing verb said in the past, naming a
    /// numbered document of a kind that can be the task's product.
    fn issued_product(&self, i: usize) -> bool {
        let end = self.clause.range.end;
        let w = self.w;
        let past = self.said_done(i);
        let product = (i..end).find(|&j| document_at(w, j).is_some()).is_some_and(|doc| {
            (i..doc).any(|j| w.longest(j, PRODUCTS).is_some())
                || (i..doc).all(|j| !w.is(j, "cong") && !w.is(j, "van"))
        });
        past && product
    }

    // ---- obstacles ----

    /// An obstacle at `i`, with what decides it: denied ("không có vướng mắc"), cleared ("đã
    /// tháo gỡ vướng mắc", "vướng mắc đã được VNPT khắc phục"), or open. A negator before a
    /// resource is an obstacle in itself ("chưa có kinh phí", "chưa được bố trí vốn"), and so
    /// is a resource denied after it ("kinh phí còn chưa có"); "bị" marks harm ("bị treo").
    fn obstacle(&mut self, i: usize, negated: Option<Negator>) -> Option<usize> {
        let w = self.w;
        let Range { start, end } = self.clause.range.clone();
        if let Some(negator) = negated {
            if let Some(n) = self.lacking(negator, i) {
                return Some(n);
            }
            // "không thể tích hợp", "chưa thể ký hợp đồng": unable (but "chưa thể hoàn thành" is
            // a finish denied, read at the finish); "không chịu thẩm định": refused.
            let unable = w.is(negator.at + 1, "the") && i == negator.at + 2 && w.longest(i, FINISH).is_none()
                // "không làm được", "không sync được": cannot (where "chưa … được" is not yet).
                || w.is(negator.at, "khong")
                    && i == negator.at + 1
                    && w.longest(i, FINISH).is_none()
                    && (i + 1..(i + 3).min(end)).any(|j| w.is(j, "duoc"));
            let refused = w.is(i, "chiu") && i == negator.at + 1;
            if unable || refused {
                self.found.cue(CueKind::Obstacle, self.words(negator.at, i + 1));
                return Some(1);
            }
        }
        if let Some(n) = w.longest(i, RESOURCE).filter(|_| negated.is_none()) {
            // "kinh phí còn chưa có", "kinh phí năm 2026 chưa được giao".
            let denied = (i + n..(i + n + 5).min(end)).find(|&j| {
                matches!(w.text(j), "chua" | "khong") && matches!(w.text(j + 1), "co" | "duoc" | "ve" | "du")
            });
            if let Some(j) = denied {
                self.found.cue(CueKind::Obstacle, self.words(i, j + 2));
                return Some(j + 2 - i);
            }
        }
        let needs =
            (i + 1..(i + 5).min(end)).any(|j| w.longest(j, NEEDS).is_some() || w.longest(j, HELP).is_some());
        if w.is(i, "can") && needs && negated.is_none() {
            // "cần đầu tư thêm thiết bị", "cần bổ sung kinh phí": a need the unit cannot meet.
            self.found.cue(CueKind::Obstacle, self.words(i, i + 3));
            return Some(1);
        }
        // (Help, not a closing's verb that starts like one: "cập nhật" is not "cấp".)
        let helps = |j: usize| w.longest(j, HELP).unwrap_or(0) > w.longest(j, CLOSING_ASK).unwrap_or(0);
        if matches!(w.text(i), "giup" | "gium") && i > start && (start..i).rev().take(3).any(helps) {
            // "anh đôn đốc giúp em", "nhờ anh chỉ giùm": help asked without a request word.
            self.found.cue(CueKind::Obstacle, self.words(start, i + 1));
            return Some(1);
        }
        if self.failure_at(i) && negated.is_none() {
            // "khắc phục lỗi đồng bộ", "lỗi đã được khắc phục".
            let cleared = self.cleared_before(i) || self.cleared_after(i + 1);
            let kind = if cleared { CueKind::NoObstacle } else { CueKind::Obstacle };
            self.found.cue(kind, self.words(i, i + 2));
            return Some(1);
        }
        if self.harm_at(i) && w.kind(i + 1) == Some(Kind::Word) && i + 1 < end && negated.is_none() {
            // "bị treo", "bị lỗi", "bị trả lại": harm done, unless it was put right since.
            let kind = if self.cleared_after(i + 2) { CueKind::NoObstacle } else { CueKind::Obstacle };
            self.found.cue(kind, self.words(i, i + 2));
            return Some(2);
        }
        let n = w.longest(i, OBSTACLE)?;
        // "thiếu nhân lực", "thiếu kinh phí": a lack of means; "còn thiếu phần tổng hợp" is work
        // left, read as such.
        if w.is(i, "thieu") && !(i + 1..(i + 3).min(end)).any(|j| w.longest(j, RESOURCE).is_some()) {
            return None;
        }
        let words = self.words(i, i + n);
        let cleared_before = self.cleared_before(i);
        let past = (start..i).any(|j| w.is(j, "da") && w.longest(j + 1, &["gap", "co"]).is_some())
            && (i + n..end).any(|j| w.longest(j, CLEAR).is_some());
        if negated.is_some() || cleared_before || self.cleared_after(i + n) || past || self.heading_denied() {
            self.found.cue(CueKind::NoObstacle, words);
        } else {
            self.found.cue(CueKind::Obstacle, words);
        }
        Some(n)
    }

    /// A system failing: "lỗi" (not "lời", "lối", "lợi"), "sập" (not "sắp"). Typed without marks,
    /// "loi" is a fault only beside what fails ("lỗi hệ thống", "lỗi xác thực").
    fn failure_at(&self, i: usize) -> bool {
        let w = self.w;
        let source = self.text[w.orig(i, i + 1)].to_lowercase();
        // "xin lỗi" is "sorry".
        if w.is(i, "loi") && i > self.clause.range.start && w.is(i - 1, "xin") {
            return false;
        }
        match w.text(i) {
            "loi" if source.contains('ỗ') => true,
            "loi" if source == "loi" => {
                const SYSTEMS: &[&str] =
                    &["he thong", "xac thuc", "ket noi", "phan mem", "dong bo", "mang", "du lieu", "may chu"];
                let near = |j: usize| w.longest(j, SYSTEMS).is_some();
                near(i + 1) || (i > self.clause.range.start && matches!(w.text(i - 1), "bi" | "dang" | "gap"))
            }
            "sap" => source.contains('ậ'),
            // "hư", "hỏng", "kẹt", "dừng", "khó": broken, stuck, halted, hard.
            "hu" => source.contains('ư'),
            "hong" => source.contains('ỏ'),
            "ket" => source.contains('ẹ'),
            "dung" => source.contains('ừ'),
            "kho" => source.contains('ó') && !w.is(i + 1, "khan"),
            _ => false,
        }
    }

    /// "bị" (harm), not "thiết bị", "chuẩn bị" nor "bí".
    fn harm_at(&self, i: usize) -> bool {
        let w = self.w;
        if !w.is(i, "bi") {
            return false;
        }
        let source = self.text[w.orig(i, i + 1)].to_lowercase();
        let start = self.clause.range.start;
        let compound = i > start && matches!(w.text(i - 1), "thiet" | "chuan" | "du" | "trang");
        (source.contains('ị') || source == "bi") && !compound
    }

    /// "chưa được giao kinh phí", "không có người vận hành", "chưa nhận được vốn": what the
    /// unit waits for from others. "chưa được triển khai" is work not begun, read elsewhere.
    fn lacking(&mut self, negator: Negator, i: usize) -> Option<usize> {
        let w = self.w;
        let end = self.clause.range.end;
        let mut j = i;
        while j < end && j < i + 5 && w.longest(j, RESOURCE).is_none() {
            if w.longest(j, START).is_some() {
                return None;
            }
            j += 1;
        }
        let n = w.longest(j, RESOURCE).filter(|_| j < end)?;
        // "chưa có", "chưa được giao", "chưa nhận được", "chưa bàn giao", "chưa cấp".
        let from_others = (negator.at + 1..=j).any(|k| {
            matches!(w.text(k), "co" | "duoc" | "nhan" | "du" | "ai") || w.longest(k, TRANSFERS).is_some()
        });
        if !from_others {
            return None;
        }
        self.found.cue(CueKind::Obstacle, self.words(negator.at, j + n));
        Some(j + n - i)
    }

    /// An obstacle put right after it in the clause: "đã được VNPT khắc phục", "đã được Sở Tài
    /// chính bố trí", "đã giải quyết xong".
    fn cleared_after(&self, from: usize) -> bool {
        let w = self.w;
        let end = self.clause.range.end;
        if (from..end).any(|j| matches!(w.text(j), "chua" | "khong")) {
            // "vướng mắc chưa được tháo gỡ".
            return false;
        }
        let passive_perfect = (from..end).any(|j| w.is(j, "da") && w.is(j + 1, "duoc"));
        let cleared = (from..end).any(|j| {
            w.longest(j, CLEAR).is_some() && (from..j).any(|k| matches!(w.text(k), "da" | "duoc" | "het"))
        });
        passive_perfect || cleared
    }

    /// "đã tháo gỡ vướng mắc", "khắc phục lỗi": a clearing verb shortly before, not negated.
    fn cleared_before(&self, i: usize) -> bool {
        let start = self.clause.range.start;
        (start..i).rev().take(4).any(|j| self.w.longest(j, CLEAR).is_some() && !self.negated_word(j))
    }

    fn negated_word(&self, j: usize) -> bool {
        j > self.clause.range.start && matches!(self.w.text(j - 1), "chua" | "khong")
    }

    /// "chờ", "đợi": waiting on another body's approval, money or guidance is an obstacle;
    /// waiting for the secretariat's confirmation is the closing; for a signature, progress.
    /// Typed without marks, "cho" is "chờ" after "đang", "vẫn", "còn", or first in the clause
    /// before what is waited for ("cho ubnd tinh phe duyet").
    fn waiting(&mut self, i: usize) -> Option<usize> {
        let w = self.w;
        let Range { start, end } = self.clause.range.clone();
        let source = self.text[w.orig(i, i + 1)].to_lowercase();
        let object = i + 1..end;
        let names_need =
            || object.clone().any(|j| w.longest(j, RESOURCE).is_some() || w.longest(j, HELP).is_some());
        let wait = match w.text(i) {
            "cho" if source.contains('ờ') => true,
            "cho" if source.is_ascii() => {
                (i > start && matches!(w.text(i - 1), "dang" | "van" | "con" | "hien"))
                    || (i == start
                        && !matches!(w.text(i + 1), "phep" | "em" | "e" | "toi" | "ben" | "don")
                        && names_need())
            }
            "doi" => source.contains('ợ'),
            _ => false,
        };
        if !wait {
            return None;
        }
        let words = self.words(i, (i + 5).min(end));
        if object.clone().any(|j| w.longest(j, &["xac nhan", "ghi nhan", "nghiem thu", "danh gia"]).is_some())
        {
            self.found.cue(CueKind::Closing, words);
        } else if names_need() {
            // Money, approval, guidance, an account from another body: what the chair can move.
            self.found.cue(CueKind::Obstacle, words);
        } else {
            // A signature, the communes' figures, a contractor's delivery: the work goes on.
            self.found.cue(CueKind::Progress, words);
        }
        // What is waited for is read here, not again as a finish or a status of its own.
        Some(end - i)
    }

    /// A clause that gives a cause for being unable: "hệ thống của Bộ chưa mở API kết nối nên
    /// đơn vị chưa thể tích hợp", "vì thiếu … nên không thể triển khai": what blocks the work.
    fn causes_blocked(&mut self) {
        let w = self.w;
        let Range { start, end } = self.clause.range.clone();
        if self.found.has(CueKind::Obstacle) {
            return;
        }
        let unable = (start..end).find(|&j| {
            matches!(w.text(j), "chua" | "khong" | "chang")
                && w.is(j + 1, "the")
                && !self.finish_follows(j + 2)
        });
        let Some(unable) = unable else { return };
        if (start..unable).any(|j| self.is_cause(j)) {
            self.found.cue(CueKind::Obstacle, self.words(start, end));
        }
    }

    /// "vì", "do", "nên", "bởi vì", "vì vậy": a cause, told from "đơn vị", "tiến độ", "nền tảng".
    fn is_cause(&self, j: usize) -> bool {
        let w = self.w;
        let Some(n) = w.longest(j, CAUSES) else { return false };
        if n > 1 {
            return true;
        }
        let source = self.text[w.orig(j, j + 1)].to_lowercase();
        let before = if j > self.clause.range.start { w.text(j - 1) } else { "" };
        match w.text(j) {
            "vi" => source.contains('ì') || source == "vi" && !matches!(before, "don" | "pham" | "dia"),
            "do" => {
                source == "do" && !matches!(before, "tien" | "muc" | "che" | "trinh" | "thai" | "toc" | "han")
            }
            "nen" => (source.contains('ê') || source == "nen") && !w.is(j + 1, "tang"),
            _ => true,
        }
    }

    // ---- requests ----

    /// A request word at `i` that opens a request (not "theo đề nghị của", "văn bản đề nghị").
    fn request(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let n = w.longest(i, REQUEST)?;
        let formula = |j: usize| w.longest(j, FORMULA).is_some() || w.is(j, "gui") || w.is(j, "cam");
        if w.is(i, "xin") && (formula(i + 1) || w.is(i + 1, "phep") && formula(i + 2)) {
            return None;
        }
        let start = self.clause.range.start;
        if matches!(w.text(i), "mong" | "nho") && !(i == start || w.is(i - 1, "kinh") || w.is(i - 1, "em")) {
            return None;
        }
        // A request named, not made: "theo đề nghị của", "tờ trình đề nghị", "dự thảo đề xuất".
        let named = i > start
            && matches!(
                w.text(i - 1),
                "theo"
                    | "cua"
                    | "van"
                    | "trinh"
                    | "cac"
                    | "nhung"
                    | "cong"
                    | "ban"
                    | "thao"
                    | "gui"
                    | "lay"
                    | "dang"
            );
        (!named).then_some(n)
    }

    /// What a request asks for: time, help (an obstacle), or the closing. The object is read
    /// word by word, the addressee ("Tổ giúp việc", "UBND tỉnh") skipped, so its name is not
    /// taken for what is asked.
    /// Returns how many words it read: the whole object of a request for help or a closing
    /// ("đề nghị tỉnh cấp 100%" is no "100%" done), only the request word when the object asks
    /// for time, which is read next.
    fn read_request(&mut self, i: usize, n: usize) -> usize {
        let w = self.w;
        let end = self.clause.range.end;
        let mut object: Range<usize> = i + n..end;
        if object.clone().all(|j| w.kind(j) != Some(Kind::Word))
            && self.clause.closer == Some(':')
            && let Some(next) = self.next
        {
            object = next.range.clone();
        }
        let words = self.words(i, object.end.max(i + n));
        let (mut help, mut weak_help, mut closing, mut resource) = (false, false, false, false);
        // "đề nghị Công an tỉnh kiểm tra": a closing word addressed to another body.
        let mut other_body = false;
        let mut j = object.start;
        while j < object.end {
            if let Some(k) = w.longest(j, ADDRESSEES) {
                j += k;
                continue;
            }
            if !closing && w.longest(j, BODIES).is_some() {
                other_body = true;
            }
            if w.longest(j, MORE_TIME).is_some() || self.reschedule(j).is_some() {
                // Read again at those words, as the request for more time.
                return n;
            }
            let lists: [(&[&str], &mut bool); 4] = [
                (HELP, &mut help),
                (CLOSING_ASK, &mut closing),
                (RESOURCE, &mut resource),
                (HELP_WEAK, &mut weak_help),
            ];
            let best = lists
                .into_iter()
                .filter_map(|(list, flag)| w.longest(j, list).map(|k| (k, flag)))
                .max_by_key(|(k, _)| *k);
            match best {
                Some((k, flag)) => {
                    *flag = true;
                    j += k;
                }
                None => j += 1,
            }
        }
        if self.asks_to_finish_later(object.clone()) {
            self.extension(i, i + n);
            return n;
        }
        let appeal = w.longest(i, APPEAL).is_some();
        if self.heading_denied() {
            // "Đề xuất, kiến nghị: Không".
            self.found.cue(CueKind::NoObstacle, words);
        } else if help
            || appeal && (weak_help || other_body) && !closing
            || resource && !closing
            || appeal && other_body
        {
            self.found.cue(CueKind::Obstacle, words);
        } else if closing || object.is_empty() {
            self.found.cue(CueKind::Closing, words);
        } else if appeal {
            self.found.cue(CueKind::Obstacle, words);
        } else {
            return n;
        }
        // The object's words belong to the request, in this clause.
        if object.start >= self.clause.range.start && object.end <= self.clause.range.end {
            object.end - i
        } else {
            n
        }
    }

    /// A report's heading answered "none": "Khó khăn, vướng mắc: Không", "Kiến nghị: không
    /// có", "Khó khăn: không phát sinh".
    fn heading_denied(&self) -> bool {
        let Some(next) = self.next.filter(|_| self.clause.closer == Some(':')) else { return false };
        let w = self.w;
        let first = next.range.start;
        matches!(w.text(first), "khong" | "chua")
            && next.range.clone().skip(1).all(|j| {
                matches!(w.text(j), "co" | "gi" | "phat" | "sinh" | "a" | "ca" | "nao" | "het")
                    || w.kind(j) != Some(Kind::Word)
            })
    }

    /// "đề nghị cho phép hoàn thành trong tháng 10", "xin phép hoàn thành vào 30/10": leave to
    /// finish at a later time is a request for more time.
    fn asks_to_finish_later(&self, object: Range<usize>) -> bool {
        let w = self.w;
        let finish = object.clone().any(|j| {
            w.longest(j, FINISH).is_some()
                || w.longest(j, &["thuc hien", "nop", "bao cao", "trien khai", "gui"]).is_some()
        });
        let when = object.clone().any(|j| {
            let at_time = matches!(w.text(j), "trong" | "vao" | "den" | "truoc" | "sang" | "cham")
                && matches!(w.kind(j + 1), Some(Kind::Word | Kind::Number));
            // "hoàn thành muộn hơn", "chậm hơn dự kiến".
            let later = matches!(w.text(j), "muon" | "cham" | "tre") && w.is(j + 1, "hon");
            at_time || later
        });
        let leave = object.clone().any(|j| matches!(w.text(j), "cho" | "phep" | "duoc"));
        finish && when && leave
    }

    /// "lùi tiến độ", "điều chỉnh lại thời hạn", "kéo dài thời gian": a verb that moves a
    /// deadline and the deadline it moves; its length.
    fn reschedule(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let n = w.longest(i, RESCHEDULE)?;
        let mut j = i + n;
        if w.is(j, "lai") {
            j += 1;
        }
        if let Some(k) = w.longest(j, DEADLINE_NOUNS) {
            return Some(j + k - i);
        }
        // "lùi sang tháng sau", "lùi đến 30/9", "khất đến 10/9".
        (w.is(i, "lui") && matches!(w.text(j), "sang" | "den" | "toi" | "lai" | "qua")).then_some(n)
    }

    /// The words of a request for more time at `i`: one phrase ("gia hạn", "khất"), a deadline
    /// moved ("lùi tiến độ"), or more time asked ("xin thêm ít ngày"); unless they report one
    /// already granted ("đã được gia hạn đến 30/9").
    fn more_time(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let start = self.clause.range.start;
        let n = w.longest(i, MORE_TIME).or_else(|| self.reschedule(i)).or_else(|| {
            let asked =
                (i.saturating_sub(3).max(start)..i).any(|j| matches!(w.text(j), "xin" | "khat" | "cho"));
            let k = w.count(i, "them")?;
            let unit = (1..=2).find_map(|gap| w.longest(i + k + gap - 1, TIME_UNITS).map(|u| gap - 1 + u))?;
            asked.then_some(k + unit)
        })?;
        let requested = (start..i).any(|j| matches!(w.text(j), "xin" | "de" | "kien" | "cho" | "mong"));
        let granted = i > start && w.is(i - 1, "duoc") && !requested;
        let cited = (start..i).any(|j| w.is(j, "theo"));
        (!granted && !cited).then_some(n)
    }

    fn extension(&mut self, from: usize, to: usize) {
        self.found.cue(CueKind::Extension, self.words(from, to));
        self.found.extension_at.get_or_insert(self.w.orig(from, from + 1).start);
    }

    /// "còn 3 xã", "còn lại", "chưa đạt chỉ tiêu", "chưa hết": work left over.
    fn remaining(&self, i: usize, negated: Option<Negator>) -> bool {
        let w = self.w;
        if w.is(i, "con") {
            let next = w.text(i + 1);
            // "…, còn đào tạo người dùng": what is still to do opens the clause.
            let opens =
                i == self.clause.range.start && !matches!(next, "lau" | "han" | "thoi" | "kip" | "duoc");
            return opens
                || w.longest(i + 1, WORK).is_some()
                || w.kind(i + 1) == Some(Kind::Number)
                || matches!(
                    next,
                    "lai"
                        | "mot"
                        | "nhieu"
                        | "vai"
                        | "it"
                        | "phai"
                        | "tiep"
                        | "thieu"
                        | "chua"
                        | "dang"
                        | "phan"
                ) && !w.is(i + 2, "lau");
        }
        negated.is_some() && w.longest(i, &["dat", "het", "du", "dong bo", "xong het"]).is_some()
    }

    // ---- figures ----

    /// "60%", "60 %", "60 phần trăm", "66,5%" (→ 66), "bảy mươi phần trăm"; value and length.
    fn percent_at(&self, i: usize) -> Option<(u8, usize)> {
        let w = self.w;
        let (whole, mut j) = match w.number(i, 3) {
            Some(n) => (n, i + 1),
            None => spelled_number(w, i).map(|(n, k)| (n, i + k))?,
        };
        // "tiến độ 0", "tiến độ: 60": the figure of a progress field needs no "%".
        let field = i >= 2 && w.count(i - 2, "tien do").is_some() && w.kind(i) == Some(Kind::Number);
        let marked =
            w.is_mark(j, '%') || w.count(j, "phan tram").is_some() || w.is_mark(j, ',') || w.is_mark(j, '.');
        if field && !marked && !w.is_mark(j, '/') {
            return u8::try_from(whole).ok().filter(|v| *v <= 100).map(|v| (v, j - i));
        }
        if (w.is_mark(j, ',') || w.is_mark(j, '.'))
            && w.glued(j)
            && w.glued(j + 1)
            && w.kind(j + 1) == Some(Kind::Number)
        {
            j += 2;
        }
        let n = if w.is_mark(j, '%') && w.kind(i) == Some(Kind::Number) {
            j + 1 - i
        } else if let Some(k) = w.count(j, "phan tram") {
            j + k - i
        } else {
            return None;
        };
        if i > 0 && w.glued(i) && matches!(w.kind(i - 1), Some(Kind::Number | Kind::Mark(',' | '.'))) {
            return None;
        }
        u8::try_from(whole).ok().filter(|v| *v <= 100).map(|v| (v, n))
    }

    /// After a percentage, a noun that is not the task's own measure: "100% xã", "95% hồ sơ".
    fn coverage_after(&self, j: usize) -> bool {
        let w = self.w;
        j < self.clause.range.end
            && w.kind(j) == Some(Kind::Word)
            && w.longest(j, OWN_MEASURE).is_none()
            && w.longest(j, FUNCTION).is_none()
    }

    fn read_percent(&mut self, i: usize, n: usize, value: u8, negated: Option<Negator>) {
        let w = self.w;
        let words = self.words(i, i + n);
        let start = self.clause.range.start;
        // "tỷ lệ hồ sơ trực tuyến đạt 72,4%" is a rate of something; "tăng 20%" a change.
        let rate = (start..i)
            .any(|j| w.count(j, "ty le").is_some() && !(j + 2 < i && w.longest(j + 2, FINISH).is_some()));
        let change = (start..i).rev().take(2).any(|j| matches!(w.text(j), "tang" | "giam" | "vuot"));
        // "312/340 trường, đạt 91,8%": the share of a count just given.
        let of_count = self.found.cues.iter().any(|c| c.kind == CueKind::Part || c.kind == CueKind::Coverage)
            && (start.saturating_sub(48)..i).any(|k| {
                self.fraction(k).is_some_and(|(d, o)| ((d * 100) / o).abs_diff(u32::from(value)) <= 1)
            });
        if self.coverage_after(i + n) || rate || change || of_count {
            self.found.cue(CueKind::Coverage, words.clone());
            if value < 100 && !change {
                self.found.cue(CueKind::Part, words);
            }
            return;
        }
        if negated.is_some() {
            // "chưa đạt 100%" says what the figure is not.
            if value == 100 {
                self.found.cue(CueKind::NotDone, words);
            }
            return;
        }
        if value == 100 && self.ahead(i) {
            self.found.cue(CueKind::Promise, words);
            return;
        }
        if self.found.percent.is_none() {
            self.found.percent = Some(value);
            self.found.cue(CueKind::Percent, words.clone());
        }
        match value {
            100 => self.found.cue(CueKind::Done, words),
            0 => self.found.cue(CueKind::NotStarted, words),
            _ => self.found.cue(CueKind::Progress, words),
        }
    }

    /// Whether words `from..to` are only list glue: ",", "và", "hoặc", "/".
    fn only_list_glue(&self, from: usize, to: usize) -> bool {
        (from..to).all(|j| {
            matches!(self.w.kind(j), Some(Kind::Mark(',' | '/' | ';')))
                || matches!(self.w.text(j), "va" | "hoac" | "hay" | "cung" | "gi")
        })
    }
}

/// A number written in words at `i` ("bảy mươi", "năm mươi lăm", "một trăm", "tám mươi
/// tư"); its value and length.
fn spelled_number(w: &Words, i: usize) -> Option<(u32, usize)> {
    let digit = |j: usize| DIGITS.iter().find(|(d, v)| *v < 10 && w.is(j, d)).map(|(_, v)| *v);
    if w.count(i, "mot tram").is_some() || w.is(i, "tram") {
        return Some((100, if w.is(i, "tram") { 1 } else { 2 }));
    }
    if w.is(i, "muoi") {
        // "mười", "mười lăm".
        return Some(match digit(i + 1) {
            Some(d) => (10 + d, 2),
            None => (10, 1),
        });
    }
    let tens = digit(i)?;
    if !w.is(i + 1, "muoi") {
        return Some((tens, 1));
    }
    match digit(i + 2) {
        Some(d) => Some((tens * 10 + d, 3)),
        None => Some((tens * 10, 2)),
    }
}

// ---- document numbers ----

/// The first document number in the reply: "45/KH-UBND", "1234/QĐ-UBND", "13/2023/NĐ-CP".
fn document_number(w: &Words, text: &str) -> Option<String> {
    (0..w.len()).find_map(|i| document_at(w, i).map(|end| text[w.orig(i, end)].to_string()))
}

/// A document number starting at `i`: digits, "/", then letters joined by "-" (after an
/// optional "/year"), all glued; returns the word after it.
fn document_at(w: &Words, i: usize) -> Option<usize> {
    w.number(i, 6)?;
    if i > 0 && w.glued(i) && matches!(w.kind(i - 1), Some(Kind::Mark('/' | '-')) | Some(Kind::Number)) {
        return None;
    }
    let mut j = i + 1;
    if !w.is_mark(j, '/') || !w.glued(j) || !w.glued(j + 1) {
        return None;
    }
    j += 1;
    if w.kind(j) == Some(Kind::Number) && w.text(j).len() == 4 && w.is_mark(j + 1, '/') && w.glued(j + 1) {
        j += 2;
    }
    if w.kind(j) != Some(Kind::Word) || !w.glued(j) {
        return None;
    }
    j += 1;
    while j < w.len()
        && w.glued(j)
        && (w.is_mark(j, '-') || w.is_mark(j, '&') || w.kind(j) == Some(Kind::Word))
    {
        if w.is_mark(j, '-') && !(w.glued(j + 1) && w.kind(j + 1) == Some(Kind::Word)) {
            break;
        }
        j += 1;
    }
    Some(j)
}
