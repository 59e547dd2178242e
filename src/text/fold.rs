//! Folding: the one place that decides when two spellings of Vietnamese are "the same text".
//!
//! Officers type with and without diacritics, in any case, with Telex leftovers and odd
//! punctuation; documents arrive precomposed (NFC) or decomposed (the "Unicode tổ hợp" of old
//! Windows keyboards). Everything in [`crate::text`] compares folded text, and the scanners that
//! must point back into the original message use [`Tokens`], which keeps each token's byte range.

use std::ops::Range;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Lower case, Vietnamese diacritics removed (NFD + drop combining marks; đ/Đ → d), every run of
/// characters that are not letters/digits/'%'/'/' collapsed to one space, trimmed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        fold_char(c, |f| {
            if f.is_alphanumeric() || f == '%' || f == '/' {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(f);
            } else {
                pending_space = true;
            }
        });
    }
    out
}

/// Folds one character into zero or more characters: lower case, base letters only.
///
/// Combining marks vanish rather than becoming separators, so decomposed input ("o" + U+0302 +
/// U+0301) folds exactly like precomposed "ố".
pub(crate) fn fold_char(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    for lower in c.to_lowercase() {
        match lower {
            // đ has no decomposition; ð (eth) is what some legacy fonts and converters put in
            // place of đ, so it is read the same way.
            'đ' | 'ð' => emit('d'),
            _ => decompose_canonical(lower, |d| {
                if !is_combining_mark(d) {
                    emit(d);
                }
            }),
        }
    }
}

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (folded), any script.
    Word,
    /// ASCII digits only; a letter–digit boundary ("q3") splits tokens.
    Number,
    /// One punctuation or symbol character; dashes of every width are `-`.
    Mark(char),
}

/// One token: its folded text lives in the folded buffer of its [`Tokens`], its source in the
/// original string.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub kind: Kind,
    folded: Range<usize>,
    /// Byte range in the original text, including any combining marks that were dropped.
    pub orig: Range<usize>,
    /// Whether white space (or an invisible character) came right before this token.
    pub spaced: bool,
}

/// A text cut into words, numbers and marks, folded, with the way back to the original bytes.
///
/// Building it is one pass over the text; everything else indexes into it.
#[derive(Debug)]
pub(crate) struct Tokens {
    folded: String,
    toks: Vec<Token>,
    /// Whether the text was written with its marks (a letter beyond ASCII): then "tai" is not
    /// "tại".
    pub marked: bool,
}

impl Tokens {
    pub fn new(s: &str) -> Self {
        let mut t = Tokens {
            folded: String::with_capacity(s.len()),
            toks: Vec::new(),
            marked: s.chars().any(|c| !c.is_ascii() && c.is_alphabetic()),
        };
        let mut spaced = false;
        // Whether the last token may still grow, i.e. nothing has come between it and here.
        let mut open = false;
        for (at, c) in s.char_indices() {
            let end = at + c.len_utf8();
            let mut emitted = false;
            fold_char(c, |f| {
                emitted = true;
                let kind = if f.is_ascii_digit() {
                    Kind::Number
                } else if f.is_alphanumeric() {
                    Kind::Word
                } else if f.is_whitespace() || f.is_control() || is_invisible(f) {
                    spaced = true;
                    open = false;
                    return;
                } else {
                    Kind::Mark(normalize_mark(f))
                };
                let f = if let Kind::Mark(m) = kind { m } else { f };
                t.folded.push(f);
                match t.toks.last_mut() {
                    // Letters and digits run on; each mark is a token of its own.
                    Some(last) if open && last.kind == kind && !matches!(kind, Kind::Mark(_)) => {
                        last.folded.end = t.folded.len();
                        last.orig.end = end;
                    }
                    _ => t.toks.push(Token {
                        kind,
                        folded: t.folded.len() - f.len_utf8()..t.folded.len(),
                        orig: at..end,
                        spaced: std::mem::take(&mut spaced),
                    }),
                }
                open = true;
            });
            if !emitted && open {
                // A dropped combining mark belongs to the letter before it.
                if let Some(last) = t.toks.last_mut() {
                    last.orig.end = end;
                }
            }
        }
        t
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The folded text of token `i`; empty past the end, so look-aheads need no bounds checks.
    pub fn text(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.folded[t.folded.clone()])
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.kind(i) == Some(Kind::Word) && self.text(i) == w
    }

    pub fn is_mark(&self, i: usize, m: char) -> bool {
        self.kind(i) == Some(Kind::Mark(m))
    }

    /// Whether tokens `i..` spell `words` (space-separated, words or numbers).
    pub fn has_words(&self, i: usize, words: &str) -> bool {
        self.count_words(i, words).is_some()
    }

    /// How many tokens `words` spans at `i`, if it is there.
    pub fn count_words(&self, i: usize, words: &str) -> Option<usize> {
        let mut n = 0;
        for w in words.split(' ') {
            match self.kind(i + n) {
                Some(Kind::Word | Kind::Number) if self.text(i + n) == w => n += 1,
                _ => return None,
            }
        }
        Some(n)
    }

    /// Whether the token is glued to the one before it (no space between).
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.spaced)
    }

    /// The numeric value of a number token, if it has at most `max_digits` digits.
    pub fn number(&self, i: usize, max_digits: usize) -> Option<u32> {
        if self.kind(i) != Some(Kind::Number) {
            return None;
        }
        let s = self.text(i);
        if s.len() > max_digits {
            return None;
        }
        s.parse().ok()
    }

    /// Bytes of the original text covered by tokens `from..to` (`to` exclusive, non-empty).
    pub fn orig(&self, from: usize, to: usize) -> Range<usize> {
        self.toks[from].orig.start..self.toks[to - 1].orig.end
    }
}

/// A word typed in Telex with the marks left as letters ("ddax hoanf thanhf" for "đã hoàn
/// thành", "thuwcj hieenj"), folded like the word meant; `None` when the word is not such a
/// leftover. Only words that are not Vietnamese syllables as typed are touched, and only when
/// the result is one, so "xong", "ok" or "VNPT" stay as they are.
pub(crate) fn untelex(folded: &str) -> Option<String> {
    if !folded.bytes().all(|b| b.is_ascii_lowercase()) || is_syllable(folded) {
        return None;
    }
    let toned = folded.len() > 1 && folded.ends_with(['s', 'f', 'r', 'x', 'j']);
    let mut s = if toned { folded[..folded.len() - 1].to_string() } else { folded.to_string() };
    if !toned && !["dd", "aa", "ee", "oo", "w"].iter().any(|m| s.contains(m)) {
        return None;
    }
    for (from, to) in [
        ("dd", "d"),
        ("aa", "a"),
        ("ee", "e"),
        ("oo", "o"),
        ("aw", "a"),
        ("ow", "o"),
        ("uw", "u"),
        ("w", "u"),
    ] {
        s = s.replace(from, to);
    }
    is_syllable(&s).then_some(s)
}

/// Whether a folded word can be one Vietnamese syllable: an onset, one to three vowels, a coda.
fn is_syllable(w: &str) -> bool {
    const ONSETS: &[&str] = &[
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l",
        "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];
    const CODAS: &[&str] = &["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];
    ONSETS.iter().filter(|o| w.starts_with(**o)).any(|onset| {
        let rest = &w[onset.len()..];
        CODAS.iter().filter(|c| rest.ends_with(**c)).any(|coda| {
            let vowels = &rest[..rest.len() - coda.len()];
            (1..=3).contains(&vowels.len()) && vowels.bytes().all(|b| b"aeiouy".contains(&b))
        })
    })
}

/// Format characters (zero-width joiners, direction marks, BOM, soft hyphen) separate words like
/// spaces instead of becoming tokens, so they cannot split a phrase into "garbage".
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

fn normalize_mark(c: char) -> char {
    match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_matches_the_examples() {
        let cases = [
            ("Đã HOÀN THÀNH, đạt 60%!", "da hoan thanh dat 60%"),
            ("Sở TT&TT", "so tt tt"),
            ("15/8/2023", "15/8/2023"),
            ("  Ủy ban   nhân dân  ", "uy ban nhan dan"),
            ("Uỷ ban", "uy ban"),
            ("Văn hóa", "van hoa"),
            ("Văn hoá", "van hoa"),
            ("Lao động - Thương binh và Xã hội", "lao dong thuong binh va xa hoi"),
            ("ĐƯỢC 60 %", "duoc 60 %"),
            ("", ""),
            ("!!!", ""),
            ("q3/2023", "q3/2023"),
            ("ðã xong", "da xong"),
            ("İstanbul", "istanbul"),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "fold({input:?})");
        }
    }

    #[test]
    fn decomposed_input_folds_like_precomposed_input() {
        // "hoàn thành" typed with a combining grave and a combining grave on the a.
        let decomposed = "hoa\u{0300}n tha\u{0300}nh";
        assert_eq!(fold(decomposed), "hoan thanh");
        let tokens = Tokens::new(decomposed);
        assert_eq!(tokens.len(), 2);
        assert_eq!(&decomposed[tokens.orig(0, 1)], "hoa\u{0300}n");
        assert_eq!(&decomposed[tokens.orig(1, 2)], "tha\u{0300}nh");
    }

    #[test]
    fn tokens_split_words_numbers_and_marks_and_remember_their_bytes() {
        let text = "Trước ngày 15/8, Q3-2023 — đạt 60%";
        let t = Tokens::new(text);
        let seen: Vec<(&str, Kind, bool)> =
            (0..t.len()).map(|i| (t.text(i), t.kind(i).unwrap(), t.glued(i))).collect();
        let want = [
            ("truoc", Kind::Word, true),
            ("ngay", Kind::Word, false),
            ("15", Kind::Number, false),
            ("/", Kind::Mark('/'), true),
            ("8", Kind::Number, true),
            (",", Kind::Mark(','), true),
            ("q", Kind::Word, false),
            ("3", Kind::Number, true),
            ("-", Kind::Mark('-'), true),
            ("2023", Kind::Number, true),
            ("-", Kind::Mark('-'), false),
            ("dat", Kind::Word, false),
            ("60", Kind::Number, false),
            ("%", Kind::Mark('%'), true),
        ];
        assert_eq!(seen, want);
        assert_eq!(&text[t.orig(0, 2)], "Trước ngày");
        assert_eq!(&text[t.orig(11, 14)], "đạt 60%");
    }

    #[test]
    fn telex_leftovers_fold_like_the_words_meant() {
        let cases = [
            ("ddax", Some("da")),
            ("hoanf", Some("hoan")),
            ("thanhf", Some("thanh")),
            ("thuwcj", Some("thuc")),
            ("hieenj", Some("hien")),
            ("chuaw", Some("chua")),
            ("vuowngs", Some("vuong")),
            ("ddang", Some("dang")),
            ("xong", None),
            ("ok", None),
            ("vnpt", None),
            ("cds", None),
            ("tt", None),
        ];
        for (typed, want) in cases {
            assert_eq!(untelex(typed).as_deref(), want, "{typed}");
        }
    }

    #[test]
    fn invisible_and_hostile_characters_never_panic() {
        let nasty = "\u{202E}xong\u{200B}rồi 👍🏽\u{0000}\u{FEFF} ﷽ \u{0301}\u{0301}";
        assert_eq!(fold(nasty), "xong roi");
        let t = Tokens::new(nasty);
        for i in 0..t.len() {
            let _ = &nasty[t.orig(i, i + 1)];
        }
    }
}
