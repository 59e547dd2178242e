//! The command contract (`COMMANDS.md`): names, who may use each, and how a message's text
//! becomes a command and its arguments.
//!
//! Parsing is ours rather than a derive's: officers type commands on phones that
//! capitalise the first letter (`/Giao`), and arguments keep their line breaks and `|`.

use crate::domain::Action;
use crate::i18n::Key;

/// Every command dondoc answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Start,
    Help,
    Units,
    Invite,
    Members,
    Group,
    Assign,
    Tasks,
    Dossier,
    Report,
    Extend,
    Summary,
    Overdue,
    Chart,
    Export,
    Import,
    Schedule,
    Language,
    Suspend,
    Resume,
    Return,
    Scorecard,
    Away,
}

/// A command as sent, with the text after it (trimmed, line breaks kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invocation {
    pub command: Command,
    pub args: String,
}

impl Command {
    /// In the order the menu and `/help` show them.
    pub const ALL: [Command; 23] = [
        Command::Start,
        Command::Help,
        Command::Tasks,
        Command::Dossier,
        Command::Report,
        Command::Extend,
        Command::Summary,
        Command::Overdue,
        Command::Chart,
        Command::Export,
        Command::Scorecard,
        Command::Assign,
        Command::Suspend,
        Command::Resume,
        Command::Return,
        Command::Import,
        Command::Units,
        Command::Invite,
        Command::Members,
        Command::Group,
        Command::Schedule,
        Command::Away,
        Command::Language,
    ];

    /// The name typed after `/`.
    pub const fn name(self) -> &'static str {
        match self {
            Command::Start => "start",
            Command::Help => "help",
            Command::Units => "donvi",
            Command::Invite => "moi",
            Command::Members => "thanhvien",
            Command::Group => "nhom",
            Command::Assign => "giao",
            Command::Tasks => "viec",
            Command::Dossier => "hoso",
            Command::Report => "capnhat",
            Command::Extend => "giahan",
            Command::Summary => "tonghop",
            Command::Overdue => "quahan",
            Command::Chart => "bieudo",
            Command::Export => "xuat",
            Command::Import => "nhap",
            Command::Schedule => "lich",
            Command::Language => "ngonngu",
            Command::Suspend => "tamdung",
            Command::Resume => "tieptuc",
            Command::Return => "tralai",
            Command::Scorecard => "danhgia",
            Command::Away => "vang",
        }
    }

    /// The menu description.
    pub const fn description(self) -> Key {
        match self {
            Command::Start => Key::CmdStart,
            Command::Help => Key::CmdHelp,
            Command::Units => Key::CmdDonvi,
            Command::Invite => Key::CmdMoi,
            Command::Members => Key::CmdThanhvien,
            Command::Group => Key::CmdNhom,
            Command::Assign => Key::CmdGiao,
            Command::Tasks => Key::CmdViec,
            Command::Dossier => Key::CmdHoso,
            Command::Report => Key::CmdCapnhat,
            Command::Extend => Key::CmdGiahan,
            Command::Summary => Key::CmdTonghop,
            Command::Overdue => Key::CmdQuahan,
            Command::Chart => Key::CmdBieudo,
            Command::Export => Key::CmdXuat,
            Command::Import => Key::CmdNhap,
            Command::Schedule => Key::CmdLich,
            Command::Language => Key::CmdNgonngu,
            Command::Suspend => Key::CmdTamdung,
            Command::Resume => Key::CmdTieptuc,
            Command::Return => Key::CmdTralai,
            Command::Scorecard => Key::CmdDanhgia,
            Command::Away => Key::CmdVang,
        }
    }

    /// One example of use, shown by `/help`.
    pub const fn example(self) -> Key {
        match self {
            Command::Start => Key::ExStart,
            Command::Help => Key::ExHelp,
            Command::Units => Key::ExDonvi,
            Command::Invite => Key::ExMoi,
            Command::Members => Key::ExThanhvien,
            Command::Group => Key::ExNhom,
            Command::Assign => Key::ExGiao,
            Command::Tasks => Key::ExViec,
            Command::Dossier => Key::ExHoso,
            Command::Report => Key::ExCapnhat,
            Command::Extend => Key::ExGiahan,
            Command::Summary => Key::ExTonghop,
            Command::Overdue => Key::ExQuahan,
            Command::Chart => Key::ExBieudo,
            Command::Export => Key::ExXuat,
            Command::Import => Key::ExNhap,
            Command::Schedule => Key::ExLich,
            Command::Language => Key::ExNgonngu,
            Command::Suspend => Key::ExTamdung,
            Command::Resume => Key::ExTieptuc,
            Command::Return => Key::ExTralai,
            Command::Scorecard => Key::ExDanhgia,
            Command::Away => Key::ExVang,
        }
    }

    /// What a member must be allowed to do to use the command; `None`: anyone, registered or not.
    pub const fn action(self) -> Option<Action> {
        match self {
            Command::Start | Command::Help => None,
            Command::Units => Some(Action::ListUnits),
            Command::Invite => Some(Action::Invite),
            Command::Members => Some(Action::ListMembers),
            Command::Group => Some(Action::RegisterGroup),
            Command::Assign => Some(Action::ManageTasks),
            Command::Tasks | Command::Dossier => Some(Action::ViewTasks),
            Command::Report => Some(Action::ReportStatus),
            Command::Extend => Some(Action::RequestExtension),
            Command::Summary | Command::Overdue | Command::Chart | Command::Export | Command::Scorecard => {
                Some(Action::ViewReports)
            }
            Command::Suspend | Command::Resume => Some(Action::ManageTasks),
            Command::Return => Some(Action::ReportStatus),
            Command::Import => Some(Action::Import),
            Command::Schedule => Some(Action::ViewSchedule),
            Command::Language => Some(Action::SetLanguage),
            Command::Away => Some(Action::DeclareAbsence),
        }
    }

    /// Whether the command makes sense in a committee group (the rest are for private chat).
    pub const fn in_groups(self) -> bool {
        matches!(
            self,
            Command::Help
                | Command::Group
                | Command::Summary
                | Command::Overdue
                | Command::Chart
                | Command::Export
                | Command::Scorecard
                | Command::Tasks
        )
    }

    /// Reads `/name[@bot] args`. `None` when the text is not a command of ours, or is
    /// addressed to another bot.
    pub fn parse(text: &str, bot_username: &str) -> Option<Invocation> {
        let rest = text.strip_prefix('/')?;
        let head_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (head, args) = rest.split_at(head_end);
        let (name, addressee) = match head.split_once('@') {
            Some((name, bot)) => (name, Some(bot)),
            None => (head, None),
        };
        if addressee.is_some_and(|bot| !bot.eq_ignore_ascii_case(bot_username)) {
            return None;
        }
        let command = Command::ALL.into_iter().find(|c| c.name().eq_ignore_ascii_case(name))?;
        Some(Invocation { command, args: args.trim().to_string() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Option<Invocation> {
        Command::parse(text, "dondoc_bot")
    }

    #[test]
    fn a_command_keeps_its_arguments_and_their_line_breaks() {
        let inv = parse("/giao Sở Tư pháp | 30/9/2023 | Rà soát\nthủ tục").unwrap();
        assert_eq!(inv.command, Command::Assign);
        assert_eq!(inv.args, "Sở Tư pháp | 30/9/2023 | Rà soát\nthủ tục");
    }

    #[test]
    fn a_capitalised_command_from_a_phone_is_understood() {
        assert_eq!(parse("/Capnhat NV-0001 xong").unwrap().command, Command::Report);
        assert_eq!(parse("/HELP").unwrap().command, Command::Help);
    }

    #[test]
    fn a_command_for_this_bot_by_name_is_ours_and_for_another_is_not() {
        assert_eq!(parse("/tonghop@dondoc_bot 2023").unwrap().args, "2023");
        assert_eq!(parse("/tonghop@DonDoc_Bot").unwrap().command, Command::Summary);
        assert!(parse("/tonghop@other_bot").is_none());
    }

    #[test]
    fn text_that_is_not_a_known_command_is_not_one() {
        assert!(parse("xong rồi").is_none());
        assert!(parse("/unknown").is_none());
        assert!(parse("/").is_none());
        assert!(parse(" /help").is_none());
    }

    #[test]
    fn every_command_name_is_a_valid_telegram_command() {
        for c in Command::ALL {
            let n = c.name();
            assert!(!n.is_empty() && n.len() <= 32);
            assert!(n.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'));
        }
    }
}
