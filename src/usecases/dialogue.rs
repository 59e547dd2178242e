//! Multi-step conversations: what the bot is waiting for from a member in a chat. The state is
//! JSON in the `dialogues` table, written in the same transaction as the step that set it, so
//! a restart resumes the conversation where it was.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{Programme, Role};

/// The answer to an optional question: given, or left out on purpose. (A plain
/// `Option<Option<T>>` would not survive JSON: `Some(None)` and `None` both become `null`.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer<T> {
    Given(T),
    Skipped,
}

impl<T: Clone> Answer<T> {
    pub fn value(&self) -> Option<T> {
        match self {
            Answer::Given(v) => Some(v.clone()),
            Answer::Skipped => None,
        }
    }

    pub fn from_option(v: Option<T>) -> Self {
        v.map_or(Answer::Skipped, Answer::Given)
    }
}

/// A task being drafted with `/giao`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub lead: Option<i64>,
    /// `Skipped`: no deadline (an ongoing task), chosen.
    pub deadline: Option<Answer<NaiveDate>>,
    pub text: Option<String>,
    pub co_units: Vec<i64>,
    pub programme: Option<Programme>,
    pub source: Option<Answer<String>>,
    /// Given in one line: create as soon as the missing piece (an ambiguous unit) is settled.
    pub quick: bool,
    /// Optional steps already passed (co-units).
    pub co_units_done: bool,
    /// A recurring task: its rule as `Recurrence` writes it (`every:month:20`) and its end;
    /// `deadline` is then the first occurrence's.
    #[serde(default)]
    pub every: Option<String>,
    #[serde(default)]
    pub until: Option<NaiveDate>,
}

/// What the bot waits for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "waiting", rename_all = "snake_case")]
pub enum State {
    /// `/giao`, one field at a time.
    Assign {
        draft: Draft,
        unit_page: u32,
    },
    /// A percent for "in progress" (typed or a button).
    Percent {
        task: i64,
    },
    /// What the obstacle is.
    Obstacle {
        task: i64,
    },
    /// The new deadline (and reason) of a request for more time.
    ExtensionDate {
        task: i64,
    },
    /// Which task the text already sent is about.
    PickTask {
        text: String,
        source: String,
    },
    /// What the text already sent meant, when the bot was not sure.
    ConfirmKind {
        task: i64,
        text: String,
        percent: Option<u8>,
        source: String,
    },
    /// The evidence for a confirmed completion (or skip).
    Evidence {
        task: i64,
    },
    /// The files that show a task reported finished is done (or the button saying there are
    /// none). Anything else the member sends is taken as if the bot were not waiting.
    AwaitEvidence {
        task: i64,
    },
    /// Why a reported completion is returned.
    ReturnReason {
        task: i64,
    },
    EditDeadline {
        task: i64,
    },
    EditText {
        task: i64,
    },
    EditLead {
        task: i64,
    },
    EditCoUnits {
        task: i64,
    },
    CancelReason {
        task: i64,
    },
    /// Why a task is suspended.
    SuspendReason {
        task: i64,
    },
    /// Why the lead unit's officer returns a task as not the unit's.
    DeclineReason {
        task: i64,
    },
    /// The unit for an invite, when the typed one matched several.
    InviteUnit {
        role: String,
    },
    /// The unit whose tasks to list, when the typed one matched several.
    ListUnit,
    /// The text of a notice, pasted in parts after `/nhap`.
    ImportCollect {
        parts: Vec<String>,
    },
    /// A new value for a field (`l`ead, `d`eadline, `t`ext, `c`o-units) of an import's item.
    ImportEdit {
        import: i64,
        seq: i64,
        field: char,
    },
}

impl State {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a dialogue state always serialises")
    }

    /// `None` for a state written by another version: the conversation simply starts over.
    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }

    /// The role named in an invite state.
    pub fn invite_role(role: &str) -> Role {
        role.parse().unwrap_or(Role::Officer)
    }
}
