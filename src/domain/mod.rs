//! The committee's world without Telegram or SQL: people and their roles, units, tasks,
//! statuses, deadlines and the calendar they run on. Everything here is pure and testable.

pub mod absence;
pub mod access;
mod calendar;
pub mod counting;
pub mod evidence;
mod member;
pub mod proposal;
mod recurrence;
pub mod schedule;
mod scope;
pub mod scorecard;
mod task;
mod unit;

pub use access::{Action, may_report, may_see};
pub use calendar::{Calendar, CalendarError};
pub use evidence::{EvidenceKind, MAX_FILE_BYTES};
pub use member::{Lang, Member, Role, UnitRef, UnknownLang, UnknownRole};
pub use recurrence::{MonthDay, Recurrence};
pub use scope::{Period, Scope};
pub use task::{
    Hold, Occurrence, Programme, Progress, Report, ReportKind, ReportRefused, ReportSource, Task, TaskRef,
    TaskStatus, Timing, apply_report, confirm_completion, occurrence_code, parse_task_code, parse_task_ref,
    return_completion, task_code, task_refs_in, timing,
};
pub use unit::Unit;
