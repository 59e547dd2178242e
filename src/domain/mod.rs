//! The committee's world without Telegram or SQL: people and their roles, units, tasks,
//! statuses, deadlines and the calendar they run on. Everything here is pure and testable.

mod access;
mod member;

pub use access::Action;
pub use member::{Lang, Member, Role, UnitRef, UnknownLang, UnknownRole};
