//! Unit names: which registered unit a person or a notice means by "Sở TT&TT", "so tttt",
//! "CA tỉnh", "Văn phòng Ủy ban nhân dân tỉnh".
//!
//! Names are compared as folded words with the standard administrative abbreviations expanded
//! ([`ABBREVIATIONS`]), so the short and the full spelling of a name meet. Units themselves are
//! data (names change with every reform); only the abbreviations are code.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::fold::{Kind, Tokens};

/// Vietnamese administrative abbreviations, keyed by their letters run together ("TT&TT",
/// "TT-TT" and "TTTT" are all "tttt"), with the folded words they stand for.
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("ubnd", "uy ban nhan dan"),
    ("ub", "uy ban"),
    ("hdnd", "hoi dong nhan dan"),
    ("tttt", "thong tin va truyen thong"),
    ("khdt", "ke hoach va dau tu"),
    ("ldtbxh", "lao dong thuong binh va xa hoi"),
    ("gddt", "giao duc va dao tao"),
    ("tnmt", "tai nguyen va moi truong"),
    ("nnptnt", "nong nghiep va phat trien nong thon"),
    ("vhttdl", "van hoa the thao va du lich"),
    ("khcn", "khoa hoc va cong nghe"),
    ("gtvt", "giao thong van tai"),
    ("bhxh", "bao hiem xa hoi"),
    ("vp", "van phong"),
    ("ca", "cong an"),
    ("tp", "thanh pho"),
    ("tx", "thi xa"),
];

/// The most tokens one abbreviation is written in ("LĐ-TB&XH" is three).
const MAX_PARTS: usize = 4;

/// The matching key of a unit name: fold(), then standard Vietnamese administrative abbreviations expanded
/// to their full folded words, then spaces removed — so "Sở TT&TT", "so tttt", "Sở Thông tin và Truyền thông" share a key.
pub fn key(name: &str) -> String {
    let toks = Tokens::new(name);
    words(name, &toks).iter().map(|w| w.text).collect()
}

/// A unit's names: full name, short name and aliases.
#[derive(Debug, Clone)]
pub struct UnitNames {
    pub id: i64,
    pub names: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitMatch {
    One(i64),
    Many(Vec<i64>),
    NotFound,
}

/// Matches what a person typed against the units: exact key match on any name wins; otherwise a unit is a
/// candidate when the typed words are contained in one of its names (or a name is contained in the typed
/// words, e.g. "Sở Tư pháp tỉnh"); one candidate → One, several → Many (best first), none → NotFound.
///
/// "Best" is the tightest fit: a name that the typed words nearly cover comes before a longer one,
/// and any name containing the typed words comes before names merely mentioned in them.
pub fn match_unit(query: &str, units: &[UnitNames]) -> UnitMatch {
    let query_toks = Tokens::new(query);
    let typed: Vec<&str> = words(query, &query_toks).iter().map(|w| w.text).collect();
    if typed.is_empty() {
        return UnitMatch::NotFound;
    }
    let typed_key = typed.concat();
    let exact: Vec<i64> =
        units.iter().filter(|u| u.names.iter().any(|n| key(n) == typed_key)).map(|u| u.id).collect();
    if !exact.is_empty() {
        return one_or_many(exact);
    }

    // "và" comes and goes ("Thông tin - Truyền thông", "TT&TT"), so containment ignores it.
    let typed: Vec<&str> = typed.into_iter().filter(|w| *w != "va").collect();
    // (how it fits, how many words are left over, the unit's place in the list)
    let mut candidates: Vec<((u8, usize, usize), i64)> = Vec::new();
    for (place, unit) in units.iter().enumerate() {
        let best = unit
            .names
            .iter()
            .filter_map(|name| {
                let toks = Tokens::new(name);
                let name: Vec<&str> =
                    words(name, &toks).iter().map(|w| w.text).filter(|w| *w != "va").collect();
                if name.is_empty() || typed.is_empty() {
                    None
                } else if contains(&name, &typed) {
                    Some((0, name.len() - typed.len()))
                } else if contains(&typed, &name) {
                    Some((1, typed.len() - name.len()))
                } else {
                    None
                }
            })
            .min();
        if let Some((fit, left_over)) = best {
            candidates.push(((fit, left_over, place), unit.id));
        }
    }
    candidates.sort();
    let mut seen = HashSet::new();
    one_or_many(candidates.into_iter().map(|(_, id)| id).filter(|id| seen.insert(*id)).collect())
}

/// Every unit named inside a longer sentence, in order of appearance, with byte ranges in the original text
/// (for importing notices: "Công an tỉnh, Sở Thông tin và Truyền thông chủ trì, phối hợp với UBND các huyện").
///
/// Each unit is reported once, at its first mention; where names overlap the longest wins
/// ("Văn phòng UBND tỉnh", not "UBND tỉnh"). If two units share a name, the first listed gets it.
pub fn find_units(text: &str, units: &[UnitNames]) -> Vec<(i64, Range<usize>)> {
    let trie = Trie::new(units);
    let toks = Tokens::new(text);
    let words = words(text, &toks);
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    let mut i = 0;
    while i < words.len() {
        if !words[i].starts_group {
            i += 1;
            continue;
        }
        let mut node = 0;
        let mut longest = None;
        for (j, w) in words.iter().enumerate().skip(i) {
            let Some(next) = trie.child(node, w.text) else { break };
            node = next;
            if let Some(id) = trie.unit[node].filter(|_| w.ends_group) {
                longest = Some((id, j));
            }
        }
        match longest {
            Some((id, j)) => {
                if seen.insert(id) {
                    found.push((id, words[i].orig.start..words[j].orig.end));
                }
                i = j + 1;
            }
            None => i += 1,
        }
    }
    found
}

fn one_or_many(ids: Vec<i64>) -> UnitMatch {
    match ids.as_slice() {
        [] => UnitMatch::NotFound,
        [one] => UnitMatch::One(*one),
        _ => UnitMatch::Many(ids),
    }
}

/// Whether `needle` appears as consecutive words in `hay`.
fn contains(hay: &[&str], needle: &[&str]) -> bool {
    needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// A word of a name after expansion, with the original bytes it came from.
#[derive(Debug)]
struct Word<'a> {
    text: &'a str,
    orig: Range<usize>,
    /// An abbreviation's words come as a group: a match may not start or end inside one.
    starts_group: bool,
    ends_group: bool,
}

/// The folded words of `text` with abbreviations expanded; marks are dropped.
fn words<'a>(text: &str, toks: &'a Tokens) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    let parts: Vec<usize> =
        (0..toks.len()).filter(|&i| matches!(toks.kind(i), Some(Kind::Word | Kind::Number))).collect();
    let mut joined = String::new();
    let mut p = 0;
    while p < parts.len() {
        let i = parts[p];
        // Longest run of plain-letter parts that spells an abbreviation.
        let mut expansion = None;
        joined.clear();
        for (k, &j) in parts[p..].iter().take(MAX_PARTS).enumerate() {
            if !could_abbreviate(text, toks, j) {
                break;
            }
            joined.push_str(toks.text(j));
            if let Some((_, full)) = ABBREVIATIONS.iter().find(|(short, _)| *short == joined) {
                expansion = Some((k + 1, *full));
            }
        }
        match expansion {
            Some((n, full)) => {
                let orig = toks.orig(i, parts[p + n - 1] + 1);
                let count = full.split(' ').count();
                out.extend(full.split(' ').enumerate().map(|(k, w)| Word {
                    text: w,
                    orig: orig.clone(),
                    starts_group: k == 0,
                    ends_group: k + 1 == count,
                }));
                p += n;
            }
            None => {
                let orig = toks.orig(i, i + 1);
                out.push(Word { text: toks.text(i), orig, starts_group: true, ends_group: true });
                p += 1;
            }
        }
    }
    out
}

/// Abbreviations are short letter runs written without tone marks (only Đ), so "cả tỉnh"
/// ("the whole province") is never read as "CA tỉnh".
fn could_abbreviate(text: &str, toks: &Tokens, i: usize) -> bool {
    let Some(token) = toks.kind(i).filter(|k| *k == Kind::Word).and_then(|_| text.get(toks.orig(i, i + 1)))
    else {
        return false;
    };
    token.len() <= 8 && token.chars().all(|c| c.is_ascii_alphabetic() || c == 'đ' || c == 'Đ')
}

/// The units' names as a word trie, so scanning a long text costs one walk per word.
struct Trie {
    children: Vec<HashMap<String, usize>>,
    unit: Vec<Option<i64>>,
}

impl Trie {
    fn new(units: &[UnitNames]) -> Self {
        let mut trie = Trie { children: vec![HashMap::new()], unit: vec![None] };
        for unit in units {
            for name in &unit.names {
                let toks = Tokens::new(name);
                let words = words(name, &toks);
                if words.is_empty() {
                    continue;
                }
                let mut node = 0;
                for w in &words {
                    node = match trie.child(node, w.text) {
                        Some(next) => next,
                        None => {
                            trie.children.push(HashMap::new());
                            trie.unit.push(None);
                            let next = trie.unit.len() - 1;
                            trie.children[node].insert(w.text.to_string(), next);
                            next
                        }
                    };
                }
                trie.unit[node].get_or_insert(unit.id);
            }
        }
        trie
    }

    fn child(&self, node: usize, word: &str) -> Option<usize> {
        self.children[node].get(word).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TTTT: i64 = 1;
    const CA: i64 = 2;
    const TU_PHAP: i64 = 3;
    const NOI_VU: i64 = 4;
    const KHDT: i64 = 5;
    const LDTBXH: i64 = 6;
    const BHXH: i64 = 7;
    const VP_UBND: i64 = 8;
    const TP_THAI_BINH: i64 = 9;
    const VU_THU: i64 = 10;
    const KIEN_XUONG: i64 = 11;
    const VNPT: i64 = 12;
    const VIETTEL: i64 = 13;
    const NNPTNT: i64 = 14;

    fn units() -> Vec<UnitNames> {
        let unit =
            |id, names: &[&str]| UnitNames { id, names: names.iter().map(|n| n.to_string()).collect() };
        vec![
            unit(TTTT, &["Sở Thông tin và Truyền thông", "Sở TT&TT"]),
            unit(CA, &["Công an tỉnh", "CA tỉnh"]),
            unit(TU_PHAP, &["Sở Tư pháp"]),
            unit(NOI_VU, &["Sở Nội vụ"]),
            unit(KHDT, &["Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"]),
            unit(LDTBXH, &["Sở Lao động - Thương binh và Xã hội", "Sở LĐTBXH"]),
            unit(BHXH, &["Bảo hiểm xã hội tỉnh", "BHXH tỉnh"]),
            unit(VP_UBND, &["Văn phòng UBND tỉnh"]),
            unit(TP_THAI_BINH, &["UBND thành phố Thái Bình"]),
            unit(VU_THU, &["UBND huyện Vũ Thư"]),
            unit(KIEN_XUONG, &["UBND huyện Kiến Xương"]),
            unit(VNPT, &["VNPT Thái Bình"]),
            unit(VIETTEL, &["Viettel Thái Bình"]),
            unit(NNPTNT, &["Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"]),
        ]
    }

    #[test]
    fn short_and_full_spellings_share_a_key() {
        let groups: &[&[&str]] = &[
            &[
                "Sở TT&TT",
                "so tttt",
                "Sở Thông tin và Truyền thông",
                "SỞ TT-TT",
                "so thong tin va truyen thong",
            ],
            &["UBND tỉnh", "Ủy ban nhân dân tỉnh", "Uỷ ban nhân dân tỉnh", "ubnd tinh", "UB ND tỉnh"],
            &["Sở KH&ĐT", "Sở KHĐT", "Sở Kế hoạch và Đầu tư"],
            &[
                "Sở LĐ-TB&XH",
                "Sở LĐTBXH",
                "Sở Lao động - Thương binh và Xã hội",
                "Sở Lao động, Thương binh và Xã hội",
            ],
            &["Sở GD&ĐT", "Sở GDĐT", "Sở Giáo dục và Đào tạo"],
            &["Sở TN&MT", "Sở TNMT", "Sở Tài nguyên và Môi trường"],
            &["Sở NN&PTNT", "Sở NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"],
            &[
                "Sở VH,TT&DL",
                "Sở VHTTDL",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Sở Văn hoá, Thể thao và Du lịch",
            ],
            &["Sở KH&CN", "Sở KHCN", "Sở Khoa học và Công nghệ"],
            &["Sở GTVT", "Sở Giao thông vận tải"],
            &["BHXH tỉnh", "Bảo hiểm xã hội tỉnh"],
            &["HĐND tỉnh", "Hội đồng nhân dân tỉnh"],
            &["VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"],
            &["CA tỉnh", "Công an tỉnh"],
            &["UBND TP Thái Bình", "UBND T.P Thái Bình", "Ủy ban nhân dân thành phố Thái Bình"],
            &["UBND TX Phú Thọ", "Ủy ban nhân dân thị xã Phú Thọ"],
        ];
        for group in groups {
            let first = key(group[0]);
            for name in *group {
                assert_eq!(key(name), first, "key({name:?}) vs key({:?})", group[0]);
            }
        }
        assert_eq!(key("Sở TT&TT"), "sothongtinvatruyenthong");
    }

    #[test]
    fn words_that_only_look_like_abbreviations_stay_themselves() {
        let cases = [
            ("Sở Tư pháp", "sotuphap"),
            ("cả tỉnh", "catinh"),
            ("Trung tâm", "trungtam"),
            ("tt", "tt"),
            ("", ""),
        ];
        for (name, want) in cases {
            assert_eq!(key(name), want, "key({name:?})");
        }
    }

    #[test]
    fn typed_unit_names_find_their_unit() {
        use UnitMatch::*;
        let cases = [
            ("so tttt", One(TTTT)),
            ("Sở TT&TT", One(TTTT)),
            ("sở thông tin và truyền thông", One(TTTT)),
            ("thong tin truyen thong", One(TTTT)),
            ("TTTT", One(TTTT)),
            ("công an tỉnh", One(CA)),
            ("CA tỉnh", One(CA)),
            ("cong an", One(CA)),
            ("Công an tỉnh Thái Bình", One(CA)),
            ("tư pháp", One(TU_PHAP)),
            ("Sở Tư pháp tỉnh", One(TU_PHAP)),
            ("so tu phap", One(TU_PHAP)),
            ("nội vụ", One(NOI_VU)),
            ("Sở KHĐT", One(KHDT)),
            ("kế hoạch và đầu tư", One(KHDT)),
            ("Sở LĐ-TB&XH", One(LDTBXH)),
            ("lao dong thuong binh", One(LDTBXH)),
            ("BHXH", One(BHXH)),
            ("bảo hiểm xã hội tỉnh", One(BHXH)),
            ("văn phòng ủy ban", One(VP_UBND)),
            ("VP UBND tỉnh", One(VP_UBND)),
            ("UBND TP Thái Bình", One(TP_THAI_BINH)),
            ("thành phố", One(TP_THAI_BINH)),
            ("ubnd huyen", Many(vec![VU_THU, KIEN_XUONG])),
            ("huyện Vũ Thư", One(VU_THU)),
            ("Kien Xuong", One(KIEN_XUONG)),
            ("vnpt", One(VNPT)),
            ("Viettel", One(VIETTEL)),
            ("thái bình", Many(vec![VNPT, VIETTEL, TP_THAI_BINH])),
            ("Sở NN&PTNT", One(NNPTNT)),
            ("Sở Y tế", NotFound),
            ("", NotFound),
            ("!!!", NotFound),
        ];
        let units = units();
        for (query, want) in cases {
            assert_eq!(match_unit(query, &units), want, "match_unit({query:?})");
        }
    }

    #[test]
    fn units_are_found_in_the_sentences_of_a_notice() {
        // Sentences of the Thái Bình conclusion notice of 08/8/2023 (shared/examples/002_*.txt).
        let cases: &[(&str, &[(i64, &str)])] = &[
            (
                "Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Công an tỉnh và các cơ quan, đơn vị liên quan",
                &[(TTTT, "Sở Thông tin và Truyền thông"), (CA, "Công an tỉnh")],
            ),
            (
                "chủ trì cuộc họp nghe Công an tỉnh, Sở Thông tin và Truyền thông báo cáo sơ kết 06 tháng đầu năm",
                &[(CA, "Công an tỉnh"), (TTTT, "Sở Thông tin và Truyền thông")],
            ),
            (
                "2.3. Sở Tư pháp, Công an tỉnh, Sở Thông tin và Truyền thông, Sở Lao động - Thương binh và Xã hội, \
                 Bảo hiểm xã hội tỉnh, Ủy ban nhân dân huyện, thành phố phải phối hợp",
                &[
                    (TU_PHAP, "Sở Tư pháp"),
                    (CA, "Công an tỉnh"),
                    (TTTT, "Sở Thông tin và Truyền thông"),
                    (LDTBXH, "Sở Lao động - Thương binh và Xã hội"),
                    (BHXH, "Bảo hiểm xã hội tỉnh"),
                ],
            ),
            (
                "1.5. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Thông tin và Truyền thông đưa nội dung báo cáo",
                &[(KHDT, "Sở Kế hoạch và Đầu tư"), (TTTT, "Sở Thông tin và Truyền thông")],
            ),
            (
                "2.7. Văn phòng Ủy ban nhân dân tỉnh tham mưu Ủy ban nhân dân tỉnh chỉ đạo các đơn vị",
                &[(VP_UBND, "Văn phòng Ủy ban nhân dân tỉnh")],
            ),
            (
                "1.3. Sở Nông nghiệp và Phát triển nông thôn khẩn trương hoàn thành nhiệm vụ",
                &[(NNPTNT, "Sở Nông nghiệp và Phát triển nông thôn")],
            ),
            (
                "2.8. Các sở, ngành phối hợp với Công an tỉnh làm sạch dữ liệu chuyên ngành",
                &[(CA, "Công an tỉnh")],
            ),
            (
                "CA tỉnh, Sở TT&TT và UBND huyện Vũ Thư",
                &[(CA, "CA tỉnh"), (TTTT, "Sở TT&TT"), (VU_THU, "UBND huyện Vũ Thư")],
            ),
            ("Sở Tư pháp tỉnh Thái Bình và Sở Tư pháp", &[(TU_PHAP, "Sở Tư pháp")]),
            ("triển khai đồng bộ trên cả tỉnh", &[]),
            ("Ủy ban nhân dân huyện, thành phố phải phối hợp", &[]),
        ];
        let units = units();
        for (text, want) in cases {
            for (id, range) in find_units(text, &units) {
                let unit = units.iter().find(|u| u.id == id).unwrap();
                let spelled = key(&text[range]);
                assert!(
                    unit.names.iter().any(|n| key(n) == spelled),
                    "{spelled:?} is not a name of unit {id}"
                );
            }
            let got: Vec<(i64, &str)> =
                find_units(text, &units).into_iter().map(|(id, r)| (id, &text[r])).collect();
            assert_eq!(got, *want, "find_units({text:?})");
        }
    }

    #[test]
    fn hostile_input_neither_panics_nor_takes_long() {
        let pieces =
            ["Sở ", "TT", "&", "TT", "\u{0301}", "👍🏽", " Công an", " tỉnh", "\u{202E}", "ca", "\0", "Đ"];
        let mut garbage = String::new();
        let mut state = 99u64;
        while garbage.len() < 100_000 {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            garbage.push_str(pieces[(state >> 33) as usize % pieces.len()]);
        }
        let units = units();
        for (_, range) in find_units(&garbage, &units) {
            assert!(garbage.get(range).is_some());
        }
        let _ = match_unit(&garbage, &units);
        let _ = key(&garbage);
    }
}
