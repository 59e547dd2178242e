//! Units (agencies): departments, police, districts, companies. Names change with reforms,
//! so a unit is data: a full name, a short name, and the aliases people type.

/// A unit with every name it goes by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub id: i64,
    pub name: String,
    pub short_name: String,
    pub aliases: Vec<String>,
}

impl Unit {
    /// Full name, short name and aliases, for matching what people type.
    pub fn all_names(&self) -> Vec<String> {
        let mut names = vec![self.name.clone(), self.short_name.clone()];
        names.extend(self.aliases.iter().cloned());
        names
    }

    pub fn as_ref(&self) -> super::UnitRef {
        super::UnitRef { id: self.id, short_name: self.short_name.clone() }
    }
}
