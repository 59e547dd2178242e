//! The words of a reply as the reader sees them: folded, chat spellings spelled out ("ht" →
//! "hoàn thành", "ko" → "không", "xog r" → "xong rồi"), and cut into clauses at punctuation and
//! at the conjunctions that turn a sentence ("nhưng", "tuy nhiên").

use std::ops::Range;

use super::super::fold::{Kind, Tokens, untelex};

/// One word, number or mark of a reply.
#[derive(Debug, Clone)]
pub(super) struct Word {
    pub text: String,
    pub kind: Kind,
    /// Bytes of the original reply this word came from (an expansion shares its source's).
    pub orig: Range<usize>,
    pub glued: bool,
}

/// Chat spellings officers type, and what they stand for. Only spellings that mean one thing
/// in a status reply: "th" (thì? thực hiện?) and "đk" (được? dự kiến? đăng ký?) are left out.
const SPELLED_OUT: &[(&str, &str)] = &[
    ("ht", "hoan thanh"),
    ("hthanh", "hoan thanh"),
    ("htat", "hoan tat"),
    ("xog", "xong"),
    ("xon", "xong"),
    ("sog", "xong"),
    ("r", "roi"),
    ("rui", "roi"),
    ("roai", "roi"),
    ("tk", "trien khai"),
    ("tkhai", "trien khai"),
    ("dc", "duoc"),
    ("dk", "duoc"),
    ("dg", "dang"),
    ("dag", "dang"),
    ("ko", "khong"),
    ("k", "khong"),
    ("kh", "khong"),
    ("khg", "khong"),
    ("kg", "khong"),
    ("hk", "khong"),
    ("hok", "khong"),
    ("hem", "khong"),
    ("khum", "khong"),
    ("hong", "khong"),
    ("chx", "chua"),
    ("ch", "chua"),
    ("bc", "bao cao"),
    ("nv", "nhiem vu"),
    ("kp", "kinh phi"),
    ("gh", "gia han"),
    ("j", "gi"),
    ("vs", "voi"),
    ("e", "em"),
    ("oke", "ok"),
    ("okie", "ok"),
    ("okay", "ok"),
];

/// Words that may follow the answer word "dạ": "dạ em …", "da ben em …".
const PRONOUNS: &[&str] = &[
    "em", "e", "anh", "chi", "toi", "ben", "don", "chung", "minh", "vang", "thua", "tuan", "mai", "hom",
    "chieu", "sang", "thang", "cuoi", "dau", "sau", "ngay",
];

/// A reply's words, with the clause each belongs to.
#[derive(Debug)]
pub(super) struct Words {
    words: Vec<Word>,
}

impl Words {
    pub fn new(text: &str) -> Self {
        let toks = Tokens::new(text);
        let mut words = Vec::with_capacity(toks.len());
        let mut i = 0;
        while i < toks.len() {
            let kind = toks.kind(i).expect("in range");
            let orig = toks.orig(i, i + 1);
            let glued = toks.glued(i);
            let folded = toks.text(i);
            // "k0", "ko0": the zero typed for an o.
            if kind == Kind::Word
                && matches!(folded, "k" | "ko")
                && toks.text(i + 1) == "0"
                && toks.glued(i + 1)
            {
                words.push(Word { text: "khong".into(), kind, orig: toks.orig(i, i + 2), glued });
                i += 2;
                continue;
            }
            let source = &text[orig.clone()];
            // Telex leftovers only where the officer typed without marks.
            let untelexed = (kind == Kind::Word && source.is_ascii()).then(|| untelex(folded)).flatten();
            let folded = untelexed.as_deref().unwrap_or(folded);
            // "KH" (khoa học), "TK" (tài khoản), "BC" in capitals are acronyms, not chat spellings;
            // "HT", "DC" in capitals are still "hoàn thành", "được".
            let acronym = folded.len() >= 2
                && source.chars().all(|c| c.is_uppercase())
                && matches!(folded, "kh" | "ch" | "tk" | "bc" | "nv" | "kp" | "gh" | "dk" | "hk" | "kg");
            let expansion = (kind == Kind::Word && !acronym)
                .then(|| SPELLED_OUT.iter().find(|(short, _)| *short == folded))
                .flatten()
                // "hỏng" (broken) folds like the southern "hông" (không): only the latter is one.
                .filter(|_| folded != "hong" || !source.to_lowercase().contains('ỏ'));
            // "Dạ" (yes, polite) folds like "đã" (already): typed with its dot, or unmarked
            // before a pronoun or a pause, it is the answer word.
            let yes = kind == Kind::Word
                && folded == "da"
                && (source.to_lowercase().contains('ạ')
                    || source.is_ascii()
                        && (toks.kind(i + 1).is_none_or(|k| matches!(k, Kind::Mark(_)))
                            || PRONOUNS.contains(&toks.text(i + 1))));
            let expansion = if yes { Some(&("da", "vang")) } else { expansion };
            match expansion {
                Some((_, long)) => {
                    for (n, part) in long.split(' ').enumerate() {
                        words.push(Word {
                            text: part.into(),
                            kind,
                            orig: orig.clone(),
                            glued: glued && n == 0,
                        });
                    }
                }
                None => words.push(Word { text: folded.into(), kind, orig, glued }),
            }
            i += 1;
        }
        Words { words }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The folded text of word `i`; empty past the end, so look-aheads need no bounds checks.
    pub fn text(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.text.as_str())
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.words.get(i).map(|w| w.kind)
    }

    pub fn is(&self, i: usize, w: &str) -> bool {
        self.kind(i) == Some(Kind::Word) && self.text(i) == w
    }

    pub fn is_mark(&self, i: usize, m: char) -> bool {
        self.kind(i) == Some(Kind::Mark(m))
    }

    pub fn glued(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.glued)
    }

    pub fn number(&self, i: usize, max_digits: usize) -> Option<u32> {
        if self.kind(i) != Some(Kind::Number) || self.text(i).len() > max_digits {
            return None;
        }
        self.text(i).parse().ok()
    }

    /// How many words `phrase` (space-separated) spans at `i`, if it is there.
    pub fn count(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut n = 0;
        for w in phrase.split(' ') {
            match self.kind(i + n) {
                Some(Kind::Word | Kind::Number) if self.text(i + n) == w => n += 1,
                _ => return None,
            }
        }
        Some(n)
    }

    /// The longest phrase of `list` at `i`, as a word count.
    pub fn longest(&self, i: usize, list: &[&str]) -> Option<usize> {
        list.iter().filter_map(|p| self.count(i, p)).max()
    }

    /// The original bytes of words `from..to`.
    pub fn orig(&self, from: usize, to: usize) -> Range<usize> {
        self.words[from].orig.start..self.words[to - 1].orig.end
    }

    /// The clauses of the reply: ranges of words between punctuation and turning conjunctions,
    /// each with what closed it and whether a conjunction opened it.
    pub fn clauses(&self) -> Vec<Clause> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut contrast = false;
        let mut i = 0;
        while i < self.len() {
            if i - start >= MAX_CLAUSE {
                // A run-on without punctuation is read in pieces, so every scan of a clause
                // stays short however long the reply.
                out.push(Clause { range: start..i, closer: None, contrast });
                contrast = false;
                start = i;
            }
            if self.ends_clause(i) {
                if start < i {
                    out.push(Clause { range: start..i, closer: self.closer(i), contrast });
                    contrast = false;
                }
                i += 1;
                start = i;
                continue;
            }
            // "song" turns only at a clause's start ("…, song còn …"); "song song" is "parallel".
            let turn = match self.longest(i, TURNS) {
                Some(_) if self.is(i, "song") => (i == start && !self.is(i + 1, "song")).then_some(1),
                found => found,
            };
            if let Some(n) = turn {
                if start < i {
                    out.push(Clause { range: start..i, closer: None, contrast });
                }
                contrast = true;
                i += n;
                start = i;
                continue;
            }
            i += 1;
        }
        if start < self.len() {
            out.push(Clause { range: start..self.len(), closer: None, contrast });
        }
        out
    }

    /// Punctuation ends a clause, but not inside a figure ("66,5%", "1.239"), a date or a
    /// document number ("15/9", "45/KH-UBND"), a task code ("NV-0042") or a word ("Q.3").
    fn ends_clause(&self, i: usize) -> bool {
        let Some(Kind::Mark(m)) = self.kind(i) else { return false };
        let inside = i > 0 && self.glued(i) && self.glued(i + 1) && i + 1 < self.len();
        match m {
            '%' | '&' | '\'' => false,
            '/' | '-' | '.' | ',' | ':' | '_' => !inside,
            _ => true,
        }
    }

    /// The mark that closed a clause ending at `i`: the last of a run ("xong chưa??", "?!").
    fn closer(&self, i: usize) -> Option<char> {
        let mut last = None;
        let mut j = i;
        while let Some(Kind::Mark(m)) = self.kind(j) {
            if m == '?' || last != Some('?') {
                last = Some(m);
            }
            j += 1;
        }
        last
    }
}

/// The most words a clause holds; longer runs are cut (48 is three long spoken sentences).
const MAX_CLAUSE: usize = 48;

/// Conjunctions after which the sentence says something that may qualify what came before.
const TURNS: &[&str] = &["nhung", "tuy nhien", "tuy vay", "song", "nhung ma"];

/// A clause: its words, the mark that closed it, and whether it opened with "nhưng".
#[derive(Debug, Clone)]
pub(super) struct Clause {
    pub range: Range<usize>,
    pub closer: Option<char>,
    pub contrast: bool,
}
