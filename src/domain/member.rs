//! Who a member is to the committee (role) and the language they read.

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

/// A member's place in the committee. The order is not a hierarchy; permissions are asked of
/// each role by name (see the `can_*` methods).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Trưởng ban.
    Chair,
    /// Phó Trưởng ban.
    Deputy,
    /// Tổ giúp việc / cơ quan thường trực.
    Secretariat,
    /// Cán bộ đầu mối of a unit.
    Officer,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Chair, Role::Deputy, Role::Secretariat, Role::Officer];

    /// The value stored in the database.
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Chair => "chair",
            Role::Deputy => "deputy",
            Role::Secretariat => "secretariat",
            Role::Officer => "officer",
        }
    }

    /// Chair and deputies: the committee's leadership.
    pub const fn is_leadership(self) -> bool {
        matches!(self, Role::Chair | Role::Deputy)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A role name that is not one of ours.
#[derive(Debug, thiserror::Error)]
#[error("unknown role `{0}`")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL.into_iter().find(|r| r.as_str() == s).ok_or_else(|| UnknownRole(s.to_string()))
    }
}

/// The languages dondoc speaks; Vietnamese is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    pub const fn as_str(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::Vi => unic_langid::langid!("vi"),
            Lang::En => unic_langid::langid!("en"),
        }
    }
}

/// A language code we do not speak.
#[derive(Debug, thiserror::Error)]
#[error("unsupported language `{0}` (use vi or en)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "vi" | "vn" | "vie" => Ok(Lang::Vi),
            "en" | "eng" => Ok(Lang::En),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

/// A registered person, as the rest of the program sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: i64,
    pub telegram_id: i64,
    pub display_name: String,
    pub unit: Option<UnitRef>,
    pub role: Role,
    /// `None` follows the committee's default language.
    pub lang: Option<Lang>,
    pub reachable: bool,
}

/// A unit named by its id and short name, as members and tasks refer to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitRef {
    pub id: i64,
    pub short_name: String,
}
