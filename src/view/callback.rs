//! What an inline button means, encoded in at most 64 bytes of callback data.
//!
//! The data is only a request: every handler checks again that the member may do it and
//! that the task or request still exists and is in the state the button assumed.

use crate::domain::Programme;

/// Telegram's limit on callback data.
pub const MAX_DATA: usize = 64;

/// A status button under a task card or reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusButton {
    Done,
    InProgress,
    NotStarted,
    Obstacle,
    Extension,
}

impl StatusButton {
    const fn code(self) -> char {
        match self {
            StatusButton::Done => 'd',
            StatusButton::InProgress => 'p',
            StatusButton::NotStarted => 'n',
            StatusButton::Obstacle => 'o',
            StatusButton::Extension => 'x',
        }
    }

    fn from_code(c: &str) -> Option<Self> {
        Some(match c {
            "d" => StatusButton::Done,
            "p" => StatusButton::InProgress,
            "n" => StatusButton::NotStarted,
            "o" => StatusButton::Obstacle,
            "x" => StatusButton::Extension,
            _ => return None,
        })
    }
}

/// A field of a task the chair or secretariat can change from its card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditField {
    Deadline,
    Text,
    Lead,
    CoUnits,
    Cancel,
    /// Set the task aside (the office).
    Suspend,
    /// Back to work (the office).
    Resume,
    /// Not the unit's (the lead unit's officer).
    Return,
    /// No period of a recurring task after this one.
    StopSeries,
}

impl EditField {
    const fn code(self) -> char {
        match self {
            EditField::Deadline => 'h',
            EditField::Text => 't',
            EditField::Lead => 'u',
            EditField::CoUnits => 'c',
            EditField::Cancel => 'x',
            EditField::Suspend => 's',
            EditField::Resume => 'r',
            EditField::Return => 'b',
            EditField::StopSeries => 'e',
        }
    }

    fn from_code(c: &str) -> Option<Self> {
        Some(match c {
            "h" => EditField::Deadline,
            "t" => EditField::Text,
            "u" => EditField::Lead,
            "c" => EditField::CoUnits,
            "x" => EditField::Cancel,
            "s" => EditField::Suspend,
            "r" => EditField::Resume,
            "b" => EditField::Return,
            "e" => EditField::StopSeries,
            _ => return None,
        })
    }
}

/// A button under an import's preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportAction {
    Page(u32),
    /// Show the field buttons of an item.
    Edit(i64),
    /// Drop or restore an item.
    Toggle(i64),
    /// Change a field of an item: `l`ead, `d`eadline, `t`ext, `c`o-units.
    Field(i64, char),
    /// Register the agency an item names but the committee does not have.
    CreateUnit(i64),
    /// Groups named as lead: one task per unit (`true`) or one for the group.
    Split(bool),
    Confirm,
    /// Confirm although the same document was imported before.
    Force,
    Cancel,
}

/// A detail under a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drill {
    Overdue,
    Table,
    Units,
    Chart,
    Unit(i64),
}

/// Every button the bot shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Callback {
    /// A status button on a task (card, reminder).
    Status {
        task: i64,
        button: StatusButton,
    },
    /// A percent for "in progress".
    Percent {
        task: i64,
        value: u8,
    },
    /// The answer to "did you mean…?" for the text the member just sent.
    Meant {
        task: i64,
        button: StatusButton,
    },
    /// Which task the text the member just sent is about.
    ForTask {
        task: i64,
    },
    /// Approve or reject a request for more time.
    Extension {
        request: i64,
        approve: bool,
    },
    /// Confirm or return a reported completion.
    Completion {
        task: i64,
        confirm: bool,
    },
    /// A page of a stored list.
    Page {
        view: i64,
        page: u32,
    },
    /// A page of a person's reminder list, named by its first reminder (the list is the one
    /// that carried it to the pressing chat).
    ReminderPage {
        reminder: i64,
        page: u32,
    },
    /// Open a task's card.
    Open {
        task: i64,
    },
    /// A detail of a stored summary.
    Drill {
        view: i64,
        part: Drill,
    },
    /// Read the text pasted after `/nhap`.
    ImportProcess,
    /// An action on an import under review.
    Import {
        id: i64,
        action: ImportAction,
    },
    /// Change a field of a task.
    Edit {
        task: i64,
        field: EditField,
    },
    /// A unit chosen in a dialogue.
    Unit {
        unit: i64,
    },
    /// A page of the unit buttons in a dialogue.
    UnitPage {
        page: u32,
    },
    Programme(Programme),
    /// Leave an optional step empty.
    Skip,
    /// Finish a multi-choice step.
    Finish,
    NoDeadline,
    /// Abandon the dialogue.
    Cancel,
    /// Create the task as drafted.
    Create,
    /// A label that does nothing (the page counter).
    Noop,
}

impl Callback {
    /// The task a press reports on, read with the press's claim (see [`Turn::begin_about`]).
    ///
    /// [`Turn::begin_about`]: super::turn::Turn::begin_about
    pub fn reports_on(&self) -> Option<i64> {
        match *self {
            Callback::Status { task, .. } | Callback::Percent { task, .. } | Callback::Meant { task, .. } => {
                Some(task)
            }
            _ => None,
        }
    }

    pub fn encode(self) -> String {
        let data = match self {
            Callback::Status { task, button } => format!("s:{task}:{}", button.code()),
            Callback::Percent { task, value } => format!("p:{task}:{value}"),
            Callback::Meant { task, button } => format!("k:{task}:{}", button.code()),
            Callback::ForTask { task } => format!("t:{task}"),
            Callback::Extension { request, approve } => {
                format!("x:{request}:{}", if approve { 'a' } else { 'r' })
            }
            Callback::Completion { task, confirm } => format!("c:{task}:{}", if confirm { 'y' } else { 'n' }),
            Callback::Page { view, page } => format!("v:{view}:{page}"),
            Callback::ReminderPage { reminder, page } => format!("l:{reminder}:{page}"),
            Callback::Open { task } => format!("o:{task}"),
            Callback::Edit { task, field } => format!("e:{task}:{}", field.code()),
            Callback::ImportProcess => "ip".into(),
            Callback::Import { id, action } => match action {
                ImportAction::Page(p) => format!("i:{id}:p:{p}"),
                ImportAction::Edit(s) => format!("i:{id}:e:{s}"),
                ImportAction::Toggle(s) => format!("i:{id}:x:{s}"),
                ImportAction::Field(s, f) => format!("i:{id}:f:{s}:{f}"),
                ImportAction::CreateUnit(s) => format!("i:{id}:n:{s}"),
                ImportAction::Split(b) => format!("i:{id}:s:{}", u8::from(b)),
                ImportAction::Confirm => format!("i:{id}:y"),
                ImportAction::Force => format!("i:{id}:F"),
                ImportAction::Cancel => format!("i:{id}:c"),
            },
            Callback::Drill { view, part } => match part {
                Drill::Overdue => format!("d:{view}:o"),
                Drill::Table => format!("d:{view}:t"),
                Drill::Units => format!("d:{view}:u"),
                Drill::Chart => format!("d:{view}:c"),
                Drill::Unit(unit) => format!("d:{view}:n:{unit}"),
            },
            Callback::Unit { unit } => format!("u:{unit}"),
            Callback::UnitPage { page } => format!("up:{page}"),
            Callback::Programme(p) => format!("g:{}", p.as_str()),
            Callback::Skip => "sk".into(),
            Callback::Finish => "ok".into(),
            Callback::NoDeadline => "nd".into(),
            Callback::Cancel => "cx".into(),
            Callback::Create => "y".into(),
            Callback::Noop => "-".into(),
        };
        debug_assert!(data.len() <= MAX_DATA);
        data
    }

    /// Reads callback data; `None` for anything this version did not produce.
    pub fn decode(data: &str) -> Option<Self> {
        if data.len() > MAX_DATA {
            return None;
        }
        let parts: Vec<&str> = data.split(':').collect();
        let id = |s: &str| s.parse::<i64>().ok().filter(|v| *v > 0);
        Some(match parts.as_slice() {
            ["s", task, b] => Callback::Status { task: id(task)?, button: StatusButton::from_code(b)? },
            ["p", task, v] => {
                Callback::Percent { task: id(task)?, value: v.parse::<u8>().ok().filter(|v| *v <= 100)? }
            }
            ["k", task, b] => Callback::Meant { task: id(task)?, button: StatusButton::from_code(b)? },
            ["t", task] => Callback::ForTask { task: id(task)? },
            ["x", request, "a"] => Callback::Extension { request: id(request)?, approve: true },
            ["x", request, "r"] => Callback::Extension { request: id(request)?, approve: false },
            ["c", task, "y"] => Callback::Completion { task: id(task)?, confirm: true },
            ["c", task, "n"] => Callback::Completion { task: id(task)?, confirm: false },
            ["v", view, page] => Callback::Page { view: id(view)?, page: page.parse().ok()? },
            ["l", reminder, page] => {
                Callback::ReminderPage { reminder: id(reminder)?, page: page.parse().ok()? }
            }
            ["o", task] => Callback::Open { task: id(task)? },
            ["e", task, f] => Callback::Edit { task: id(task)?, field: EditField::from_code(f)? },
            ["ip"] => Callback::ImportProcess,
            ["i", i, "p", p] => Callback::Import { id: id(i)?, action: ImportAction::Page(p.parse().ok()?) },
            ["i", i, "e", s] => Callback::Import { id: id(i)?, action: ImportAction::Edit(id(s)?) },
            ["i", i, "x", s] => Callback::Import { id: id(i)?, action: ImportAction::Toggle(id(s)?) },
            ["i", i, "f", s, f] if matches!(*f, "l" | "d" | "t" | "c") => {
                Callback::Import { id: id(i)?, action: ImportAction::Field(id(s)?, f.chars().next()?) }
            }
            ["i", i, "n", s] => Callback::Import { id: id(i)?, action: ImportAction::CreateUnit(id(s)?) },
            ["i", i, "s", "0"] => Callback::Import { id: id(i)?, action: ImportAction::Split(false) },
            ["i", i, "s", "1"] => Callback::Import { id: id(i)?, action: ImportAction::Split(true) },
            ["i", i, "y"] => Callback::Import { id: id(i)?, action: ImportAction::Confirm },
            ["i", i, "F"] => Callback::Import { id: id(i)?, action: ImportAction::Force },
            ["i", i, "c"] => Callback::Import { id: id(i)?, action: ImportAction::Cancel },
            ["d", view, "o"] => Callback::Drill { view: id(view)?, part: Drill::Overdue },
            ["d", view, "t"] => Callback::Drill { view: id(view)?, part: Drill::Table },
            ["d", view, "u"] => Callback::Drill { view: id(view)?, part: Drill::Units },
            ["d", view, "c"] => Callback::Drill { view: id(view)?, part: Drill::Chart },
            ["d", view, "n", unit] => Callback::Drill { view: id(view)?, part: Drill::Unit(id(unit)?) },
            ["u", unit] => Callback::Unit { unit: id(unit)? },
            ["up", page] => Callback::UnitPage { page: page.parse().ok()? },
            ["g", p] => Callback::Programme(p.parse().ok()?),
            ["sk"] => Callback::Skip,
            ["ok"] => Callback::Finish,
            ["nd"] => Callback::NoDeadline,
            ["cx"] => Callback::Cancel,
            ["y"] => Callback::Create,
            ["-"] => Callback::Noop,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_callback_round_trips_within_64_bytes() {
        let big = i64::MAX;
        let all = [
            Callback::Status { task: big, button: StatusButton::Extension },
            Callback::Percent { task: big, value: 100 },
            Callback::Meant { task: big, button: StatusButton::NotStarted },
            Callback::ForTask { task: big },
            Callback::Extension { request: big, approve: true },
            Callback::Extension { request: big, approve: false },
            Callback::Completion { task: big, confirm: false },
            Callback::Page { view: big, page: u32::MAX },
            Callback::Open { task: big },
            Callback::ReminderPage { reminder: big, page: u32::MAX },
            Callback::Edit { task: big, field: EditField::CoUnits },
            Callback::Edit { task: big, field: EditField::Suspend },
            Callback::Edit { task: big, field: EditField::Resume },
            Callback::Edit { task: big, field: EditField::Return },
            Callback::Drill { view: big, part: Drill::Unit(big) },
            Callback::Drill { view: big, part: Drill::Table },
            Callback::ImportProcess,
            Callback::Import { id: big, action: ImportAction::Field(big, 'c') },
            Callback::Import { id: big, action: ImportAction::Split(true) },
            Callback::Import { id: big, action: ImportAction::Force },
            Callback::Unit { unit: big },
            Callback::UnitPage { page: u32::MAX },
            Callback::Programme(Programme::Da06),
            Callback::Skip,
            Callback::Finish,
            Callback::NoDeadline,
            Callback::Cancel,
            Callback::Create,
            Callback::Noop,
        ];
        for cb in all {
            let data = cb.encode();
            assert!(data.len() <= MAX_DATA, "{data}");
            assert_eq!(Callback::decode(&data), Some(cb), "{data}");
        }
    }

    #[test]
    fn forged_or_foreign_data_is_refused() {
        for data in
            ["", "s:1", "s:abc:d", "s:-4:d", "s:0:d", "p:1:101", "x:1:maybe", "zz", &"s:1:d".repeat(20)]
        {
            assert_eq!(Callback::decode(data), None, "{data}");
        }
    }
}
