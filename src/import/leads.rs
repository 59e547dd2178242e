//! Whom an agency named in a document stands for: a registered unit, a group of units, or an
//! agency the committee does not have yet. Shared by the notice reader and the table reader.

use crate::domain::proposal::{Assignee, Group};
use crate::text::agencies::{self, Agency};
use crate::text::fold::fold;
use crate::text::units::{self, UnitMatch, UnitNames, match_unit};

/// A lead or co-unit: as written, and whom it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lead {
    pub name: String,
    pub assignee: Assignee,
    /// "các đơn vị" standing for agencies named before it: not a closing word to no one.
    pub refers: bool,
}

/// "các đơn vị", "các cơ quan, đơn vị": units of no particular kind.
pub fn is_generic(name: &str) -> bool {
    let f = fold(name);
    let rest = f.trim_start_matches("cac ");
    rest.split(' ').all(|w| {
        matches!(
            w,
            "co" | "quan"
                | "don"
                | "vi"
                | "nay"
                | "tren"
                | "hanh"
                | "chinh"
                | "chuc"
                | "nang"
                | "nha"
                | "nuoc"
        )
    })
}

/// "Các Bộ: Quốc phòng, Công an", "các tỉnh Nghệ An, Quảng Ngãi": a group whose members are
/// named, each with the group's kind before it ("Bộ Quốc phòng", "UBND tỉnh Nghệ An"). Parted
/// at commas only, since "và" is inside names ("Bộ Khoa học và Công nghệ"); two parts that a
/// registered unit's name holds together ("Văn hóa, Thể thao và Du lịch") stay one. A list of
/// kinds before the names ("các xã, phường, đặc khu Cồn Cỏ") names only the last kind's.
pub(super) fn named_members(name: &str, units: &[UnitNames]) -> Option<Vec<String>> {
    let (kinds, list) = match name.split_once(':') {
        Some((kinds, list)) => (kinds.trim(), list.trim()),
        None => {
            let words: Vec<&str> = name.split_whitespace().collect();
            let first = words.iter().skip(1).position(|w| w.starts_with(char::is_uppercase))? + 1;
            let kinds = words[..first].join(" ");
            if kinds.contains(',') {
                return None;
            }
            let at = name.find(words[first])?;
            (name[..at].trim(), name[at..].trim())
        }
    };
    let folded = fold(kinds);
    let people = folded.starts_with("ubnd") || folded.starts_with("uy ban nhan dan");
    let rest = folded.trim_start_matches("ubnd").trim_start_matches("uy ban nhan dan").trim();
    let rest = rest.strip_prefix("cac")?.trim();
    // Kinds whose members have names of their own, not "các cơ quan thuộc Chính phủ".
    const NAMED: &[&str] = &[
        "bo",
        "so",
        "ban",
        "cuc",
        "vu",
        "tap doan",
        "tinh",
        "thanh pho",
        "xa",
        "phuong",
        "huyen",
        "dac khu",
    ];
    // After a colon the kinds may be several ("các Bộ, cơ quan: …"); without one, the names
    // follow a single kind ("các tỉnh Nghệ An, …", not "các tỉnh khu vực Tây Nguyên").
    let first = rest.split(',').next()?.trim();
    let colon = name.contains(':');
    let kind = NAMED.iter().find(|k| first == **k || colon && first.starts_with(&format!("{k} ")))?;
    // The kind as written: "Bộ", "Sở", "Tập đoàn"; a province or city is its people's committee.
    let first_kind = kinds
        .split_whitespace()
        .skip_while(|w| fold(w) != "cac")
        .skip(1)
        .take(kind.split(' ').count())
        .collect::<Vec<_>>()
        .join(" ");
    let prefix = match rest {
        "tinh" => "UBND tỉnh".to_string(),
        "thanh pho" => "UBND thành phố".to_string(),
        "xa" => "UBND xã".to_string(),
        "phuong" => "UBND phường".to_string(),
        _ if people => "UBND".to_string(),
        _ => {
            let kind = first_kind.trim_end_matches(',');
            (!kind.is_empty()).then(|| agencies::initial_capital(kind))?
        }
    };
    let ministries = prefix == "Bộ";
    // No place's name holds "và": "Gia Lai và Lâm Đồng" is two provinces.
    let places = prefix.starts_with("UBND");
    // "Xây dựng và Công an": two ministries joined by "và".
    let parts: Vec<&str> = list
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .flat_map(|p| match p.split_once(" và ") {
            Some((a, b)) if ministries && agencies::is_ministry(a) && agencies::is_ministry(b) => vec![a, b],
            Some((a, b)) if places && b.starts_with(char::is_uppercase) => vec![a, b],
            _ => vec![p],
        })
        .collect();
    let registered = |n: &str| units.iter().any(|u| u.names.iter().any(|r| units::key(r) == units::key(n)));
    // "Văn hóa, Thể thao và Du lịch": one ministry's name with a comma inside.
    let one_ministry = |a: &str, b: &str| {
        ministries && !agencies::is_ministry(a) && agencies::is_ministry(&format!("{a} {b}"))
    };
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    while k < parts.len() {
        let joined = parts.get(k + 1).map(|next| (format!("{prefix} {}, {next}", parts[k]), *next));
        match joined {
            Some((j, next)) if registered(&j) || one_ministry(parts[k], next) => {
                out.push(j);
                k += 2;
            }
            _ => {
                out.push(format!("{prefix} {}", parts[k]));
                k += 1;
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Whom an agency named in a notice stands for: a registered unit (its name, as registered), a
/// group of them ("các sở, ngành, địa phương" is two groups: departments and localities, which
/// were districts before 1/7/2025 and are communes since), or an agency the committee does not
/// have yet (proposed as a new unit). "Các cơ quan, đơn vị liên quan" stands for no one; "các
/// cơ quan, đơn vị (hành chính)" addressed by a directive are the departments and agencies.
pub fn lead_of(agency: &Agency, units: &[UnitNames], date: chrono::NaiveDate) -> Vec<Lead> {
    let name = agency.name.clone();
    let f = fold(&name);
    if agency.group {
        if f.contains("lien quan") {
            return Vec::new();
        }
        if let Some(members) = named_members(&name, units) {
            return members
                .into_iter()
                .flat_map(|m| {
                    let range = agency.range.clone();
                    lead_of(&Agency { name: m, range, group: false }, units, date)
                })
                .collect();
        }
        // "Công an các xã", "Sở Y tế các tỉnh": an office in every place, not the places'
        // people's committees; one task for them as written.
        let office_of_each = !["cac ", "ubnd", "uy ban nhan dan"].iter().any(|p| f.starts_with(p));
        if office_of_each {
            return vec![Lead { name: name.clone(), assignee: Assignee::Unknown(name), refers: false }];
        }
        let words: Vec<&str> = f.split(' ').collect();
        let has = |w: &str| words.contains(&w);
        let localities = if date < chrono::NaiveDate::from_ymd_opt(2025, 7, 1).expect("valid") {
            Group::Districts
        } else {
            Group::Communes
        };
        let mut groups = Vec::new();
        // "các cơ quan, đơn vị, địa phương": the agencies and the localities; not "các đơn vị
        // thuộc Sở Y tế", whose body is named.
        // "… trực thuộc Ủy ban nhân dân Thành phố": the committee's own, its departments.
        let committee_own = f.contains("thuoc uy ban") || f.contains("thuoc ubnd");
        // "các cơ quan báo chí", "các đơn vị bán lẻ điện": bodies of a trade, no departments.
        let trade = ["bao chi", "thong tin", "truyen thong", "ban le", "kinh doanh", "san xuat", "tin dung"]
            .iter()
            .any(|w| f.contains(w));
        let agencies = (f.contains("co quan") || f.contains("don vi"))
            && !trade
            && (committee_own
                || !has("thuoc")
                    && !name.split_whitespace().skip(1).any(|w| w.starts_with(char::is_uppercase)));
        if f.contains("cac so")
            || f.contains("ban nganh")
            || f.contains("cac bo")
            || f.contains("so nganh")
            || f == "cac so"
            || agencies
        {
            groups.push(Group::Departments);
        }
        // "quận" (an urban district), not "cơ quan", "liên quan".
        let urban = words
            .iter()
            .enumerate()
            .any(|(k, w)| *w == "quan" && (k == 0 || !matches!(words[k - 1], "co" | "lien")));
        let districts = has("huyen") || f.contains("thi xa") || urban;
        // "UBND cấp huyện, cấp xã": both levels; "thị xã" is a district.
        let communes = f.replace("thi xa", " ").split(' ').any(|w| w == "xa")
            || has("phuong") && !f.contains("dia phuong")
            || has("thi tran");
        if districts {
            groups.push(Group::Districts);
        }
        if communes && (!districts || f.contains("cap xa")) {
            groups.push(Group::Communes);
        } else if !districts
            && (f.contains("dia phuong") || f.contains("cac cap"))
            && !groups.contains(&localities)
        {
            groups.push(localities);
        }
        if groups.is_empty() {
            return vec![Lead { name: name.clone(), assignee: Assignee::Unknown(name), refers: false }];
        }
        return groups
            .into_iter()
            .map(|g| Lead { name: name.clone(), assignee: Assignee::Group(g), refers: false })
            .collect();
    }
    let key = units::key(&name);
    let registered = units.iter().find(|u| {
        u.names.iter().any(|n| {
            let k = units::key(n);
            k == key || format!("{key}tinh") == k || format!("{k}tinh") == key
        })
    });
    let assignee = match registered {
        Some(u) => Assignee::Unit(u.id),
        None => match match_unit(&name, units) {
            // A name the committee spells differently ("Sở TT&TT" for "Sở Thông tin và Truyền
            // thông") but only where the match is a whole name, not a part of a longer one.
            UnitMatch::One(id)
                if units
                    .iter()
                    .any(|u| u.id == id && u.names.iter().any(|n| units::key(n).len() <= key.len() + 6)) =>
            {
                Assignee::Unit(id)
            }
            _ => Assignee::Unknown(name.clone()),
        },
    };
    vec![Lead { name, assignee, refers: false }]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(group: &str, units: &[UnitNames]) -> Vec<String> {
        let agency = Agency { name: group.to_string(), range: 0..group.len(), group: true };
        let date = chrono::NaiveDate::from_ymd_opt(2025, 12, 1).expect("valid");
        lead_of(&agency, units, date).into_iter().map(|l| l.name).collect()
    }

    #[test]
    fn members_named_after_their_kind_are_leads_of_their_own() {
        assert_eq!(names("Các Bộ: Quốc phòng, Công an", &[]), ["Bộ Quốc phòng", "Bộ Công an"]);
        // The ministries' names part what their shape cannot.
        assert_eq!(names("Các Bộ: Xây dựng và Công an", &[]), ["Bộ Xây dựng", "Bộ Công an"]);
        assert_eq!(
            names("các Bộ: Văn hóa, Thể thao và Du lịch, Khoa học và Công nghệ, Y tế", &[]),
            ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ", "Bộ Y tế"]
        );
        assert_eq!(names("Các tỉnh Nghệ An, Quảng Ngãi", &[]), ["UBND tỉnh Nghệ An", "UBND tỉnh Quảng Ngãi"]);
        assert_eq!(
            names("Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai", &[]),
            ["UBND Tuyên Quang", "UBND Đồng Nai"]
        );
        // A registered unit's name holds two parts together.
        let units =
            [UnitNames { id: 7, names: vec!["Bộ Văn hóa, Thể thao và Du lịch".to_string()] }];
        assert_eq!(
            names("Các Bộ, cơ quan: Tài chính, Văn hóa, Thể thao và Du lịch", &units),
            ["Bộ Tài chính", "Bộ Văn hóa, Thể thao và Du lịch"]
        );
        // Kinds before the names: the group, not its last kind's members.
        assert_eq!(names("Các tỉnh khu vực Tây Nguyên", &[]), ["Các tỉnh khu vực Tây Nguyên"]);
    }

    #[test]
    fn bodies_of_a_trade_are_no_departments() {
        let assignees = |group: &str| {
            let agency = Agency { name: group.to_string(), range: 0..group.len(), group: true };
            let date = chrono::NaiveDate::from_ymd_opt(2025, 12, 1).expect("valid");
            lead_of(&agency, &[], date).into_iter().map(|l| l.assignee).collect::<Vec<_>>()
        };
        assert_eq!(assignees("Các cơ quan, đơn vị"), [Assignee::Group(Group::Departments)]);
        for trade in ["Các cơ quan thông tin, báo chí", "Các đơn vị bán lẻ điện trên địa bàn tỉnh"]
        {
            assert_eq!(assignees(trade), [Assignee::Unknown(trade.to_string())], "{trade}");
        }
    }
}
