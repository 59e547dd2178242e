//! Who may do what. One table, asked by every command and button, so the rules in the README
//! and the rules in the code are the same rules.

use super::{Member, Role, Task};

/// Something a member may or may not do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// See the list of units.
    ListUnits,
    /// Add and rename units.
    ManageUnits,
    /// Create invite links.
    Invite,
    /// See members by unit.
    ListMembers,
    /// Change roles and remove members.
    ManageMembers,
    /// Register a committee group chat.
    RegisterGroup,
    /// Create, edit and cancel tasks; change deadlines.
    ManageTasks,
    /// See tasks (officers: only their unit's).
    ViewTasks,
    /// Report status (officers: only on their unit's tasks).
    ReportStatus,
    /// Ask for more time (officers, on their unit's tasks).
    RequestExtension,
    /// Approve or reject a request for more time; confirm a reported completion.
    DecideExtension,
    /// Summaries, overdue lists, charts and spreadsheets.
    ViewReports,
    /// Import tasks from a notice or spreadsheet.
    Import,
    /// See upcoming reminders.
    ViewSchedule,
    /// Pause and resume the reminder schedule.
    ManageSchedule,
    /// Choose one's own language.
    SetLanguage,
    /// Say one is away, and who stands in (officers, for their unit).
    DeclareAbsence,
}

/// Whether `member` may see `task`: leadership and secretariat see all, officers their unit's
/// (lead or co-operating).
pub fn may_see(member: &Member, task: &Task) -> bool {
    member.role != Role::Officer || member.unit.as_ref().is_some_and(|u| task.involves(u.id))
}

/// Whether `member` may report on `task`: officers on their unit's tasks.
pub fn may_report(member: &Member, task: &Task) -> bool {
    member.role.may(Action::ReportStatus) && may_see(member, task)
}

impl Role {
    /// Whether a member with this role may do `action` at all. Officers are further limited
    /// to their own unit's tasks; that check needs the task and lives with it.
    pub fn may(self, action: Action) -> bool {
        use Action::*;
        match action {
            ListUnits | ViewTasks | ViewSchedule | SetLanguage => true,
            ReportStatus => true,
            ManageUnits | Invite | ManageMembers | Import | ManageSchedule => self == Role::Secretariat,
            ListMembers => matches!(self, Role::Chair | Role::Deputy | Role::Secretariat),
            RegisterGroup => matches!(self, Role::Chair | Role::Deputy | Role::Secretariat),
            ManageTasks | DecideExtension | ViewReports => {
                matches!(self, Role::Chair | Role::Deputy | Role::Secretariat)
            }
            RequestExtension | DeclareAbsence => self == Role::Officer,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn officers_report_and_ask_for_time_but_do_not_assign() {
        assert!(Role::Officer.may(Action::ReportStatus));
        assert!(Role::Officer.may(Action::RequestExtension));
        assert!(!Role::Officer.may(Action::ManageTasks));
        assert!(!Role::Officer.may(Action::ViewReports));
        assert!(!Role::Officer.may(Action::Invite));
    }

    #[test]
    fn only_the_secretariat_invites_and_imports() {
        for role in Role::ALL {
            assert_eq!(role.may(Action::Invite), role == Role::Secretariat, "{role}");
            assert_eq!(role.may(Action::Import), role == Role::Secretariat, "{role}");
        }
    }

    #[test]
    fn leadership_decides_and_sees_reports_but_does_not_ask_for_time() {
        for role in [Role::Chair, Role::Deputy] {
            assert!(role.may(Action::ManageTasks));
            assert!(role.may(Action::DecideExtension));
            assert!(role.may(Action::ViewReports));
            assert!(!role.may(Action::RequestExtension));
        }
    }
}
