//! Who may do and see what: every command and every kind of button, as every role, in every
//! kind of chat, with the expected outcome written from the command contract
//! (`COMMANDS.md`), not from the code's own table, and random arguments and forged buttons
//! on top.
//!
//! Unit A's tasks carry a marker no one else may ever be shown: not an officer of unit B, not
//! a stranger, not a group the committee did not register.

use std::collections::BTreeMap;

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

use dondoc::usecases::commands::Command;

use crate::support::{Chat, Committee, Options, Sent, TestBot, TgUser};

const SECRET: &str = "BÍ-MẬT-A";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Stranger,
    OfficerA,
    OfficerB,
    Secretariat,
    Chair,
}

const ROLES: [Role; 5] = [Role::Stranger, Role::OfficerA, Role::OfficerB, Role::Secretariat, Role::Chair];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Place {
    Private,
    /// The committee's registered group.
    Group,
    /// A group nobody registered (a fresh one for every case).
    UnknownGroup,
}

/// What the sender sees, read from the bot's first answer in the chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// The command did its work (or asked for what it needs).
    Done,
    /// The stranger's welcome: who the bot is and how to register.
    Welcome,
    /// "Not registered, write to me privately."
    NotRegistered,
    /// The one-line hint of an unregistered group.
    GroupHint,
    Silent,
    /// Not for this role.
    Denied,
    /// Another unit's task.
    NotYours,
    /// "Use this in private chat."
    UsePrivate,
    /// "/nhom is for groups."
    UseGroup,
}

struct Case {
    /// The command as typed; `{A}` is unit A's task code.
    text: &'static str,
    /// Who the contract lets do it (in a chat where the command is used).
    allowed: &'static [Role],
    /// The outcome for an officer of unit B, where the command is theirs but the task is not.
    other_unit: Option<Outcome>,
}

use Role::*;
const REGISTERED: &[Role] = &[OfficerA, OfficerB, Secretariat, Chair];
const LEADERS: &[Role] = &[Secretariat, Chair];

/// Every command of the contract, with and without its arguments, and the sub-commands that
/// need a higher role than the command itself.
const CASES: &[Case] = &[
    Case { text: "/start", allowed: REGISTERED, other_unit: None },
    Case { text: "/help", allowed: REGISTERED, other_unit: None },
    Case { text: "/donvi", allowed: REGISTERED, other_unit: None },
    Case { text: "/donvi them Đơn vị thử {n} | Thử {n}", allowed: &[Secretariat], other_unit: None },
    Case { text: "/moi Sở Tư pháp", allowed: &[Secretariat], other_unit: None },
    Case { text: "/thanhvien", allowed: LEADERS, other_unit: None },
    Case { text: "/thanhvien vaitro 99999 chair", allowed: &[Secretariat], other_unit: None },
    Case { text: "/nhom", allowed: LEADERS, other_unit: None },
    Case {
        text: "/giao Sở Tư pháp | 31/12/2026 | Việc giao thử {n}", allowed: LEADERS, other_unit: None
    },
    Case { text: "/giao", allowed: LEADERS, other_unit: None },
    Case { text: "/viec", allowed: REGISTERED, other_unit: None },
    Case { text: "/viec {A}", allowed: REGISTERED, other_unit: Some(Outcome::NotYours) },
    Case {
        text: "/capnhat {A} đang thực hiện, đạt 40%",
        allowed: REGISTERED,
        other_unit: Some(Outcome::NotYours),
    },
    Case {
        text: "/giahan {A} 30/12/2026 chờ kinh phí",
        allowed: &[OfficerA, OfficerB],
        other_unit: Some(Outcome::NotYours),
    },
    Case { text: "/tonghop", allowed: LEADERS, other_unit: None },
    Case { text: "/tonghop Sở Tư pháp", allowed: LEADERS, other_unit: None },
    Case { text: "/quahan", allowed: LEADERS, other_unit: None },
    Case { text: "/bieudo", allowed: LEADERS, other_unit: None },
    Case { text: "/xuat", allowed: LEADERS, other_unit: None },
    Case { text: "/nhap", allowed: &[Secretariat], other_unit: None },
    Case { text: "/lich", allowed: REGISTERED, other_unit: None },
    Case { text: "/lich {A}", allowed: REGISTERED, other_unit: Some(Outcome::NotYours) },
    Case { text: "/lich {A} 5,1", allowed: LEADERS, other_unit: None },
    Case { text: "/lich tieptuc", allowed: &[Secretariat], other_unit: None },
    Case { text: "/ngonngu vi", allowed: REGISTERED, other_unit: None },
];

/// The commands the contract offers in the committee's group; the rest are for private chat.
const IN_GROUPS: &[&str] = &["/help", "/nhom", "/viec", "/tonghop", "/quahan", "/bieudo", "/xuat"];

fn command_of(text: &str) -> &str {
    text.split_whitespace().next().unwrap()
}

/// The outcome the contract promises.
fn expected(role: Role, place: Place, case: &Case) -> Outcome {
    let command = command_of(case.text);
    match (place, role) {
        (Place::UnknownGroup, _) => match command {
            "/nhom" if LEADERS.contains(&role) => Outcome::Done,
            "/nhom" => Outcome::Denied,
            "/start" | "/help" => Outcome::GroupHint,
            _ => Outcome::Silent,
        },
        (Place::Private, Stranger) => Outcome::Welcome,
        (Place::Group, Stranger) => Outcome::NotRegistered,
        (Place::Group, _) if !IN_GROUPS.contains(&command) => Outcome::UsePrivate,
        (Place::Private, _) if command == "/nhom" && case.allowed.contains(&role) => Outcome::UseGroup,
        _ if !case.allowed.contains(&role) => Outcome::Denied,
        (_, OfficerB) => case.other_unit.unwrap_or(Outcome::Done),
        _ => Outcome::Done,
    }
}

/// Reads the outcome off what the bot said in the sender's chat.
fn outcome(said: &[Sent]) -> Outcome {
    let Some(first) = said.first() else { return Outcome::Silent };
    let t = first.text.as_str();
    if t.contains("Tài khoản chưa được đăng ký. Đề nghị đồng chí liên hệ") {
        Outcome::Welcome
    } else if t.starts_with("Tài khoản chưa được đăng ký với") {
        Outcome::NotRegistered
    } else if t.starts_with("Nhóm này chưa được đăng ký") {
        Outcome::GroupHint
    } else if (t.starts_with("Lệnh ") && t.contains(" chỉ dành cho ")) || t.starts_with("Chỉ ") {
        Outcome::Denied
    } else if t.contains("không thuộc đơn vị của đồng chí") {
        Outcome::NotYours
    } else if t.starts_with("Lệnh này dùng trong tin nhắn riêng") {
        Outcome::UsePrivate
    } else if t.starts_with("Lệnh /nhom dùng trong nhóm của Ban Chỉ đạo") {
        Outcome::UseGroup
    } else {
        Outcome::Done
    }
}

struct World {
    bot: TestBot,
    c: Committee,
    stranger: TgUser,
    group: Chat,
    task_a: i64,
}

impl World {
    async fn new() -> Self {
        let (bot, c) = TestBot::with_committee(Options::default()).await;
        let group = Chat::group(-100_500, "Ban Chỉ đạo CĐS tỉnh");
        bot.say(&c.chair, &group, "/nhom").await;
        // Enough of unit A's tasks for a second page, one of them overdue.
        let day = |d, m, y| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let task_a =
            bot.seed_task(bot_unit(&c, OfficerA), Some(day(31, 12, 2026)), &format!("{SECRET} chính")).await;
        bot.seed_task(c.unit_a, Some(day(2, 1, 2026)), &format!("{SECRET} quá hạn")).await;
        for i in 0..18 {
            bot.seed_task(c.unit_a, Some(day(30, 6, 2026)), &format!("{SECRET} số {i}")).await;
        }
        bot.seed_task(c.unit_b, Some(day(30, 6, 2026)), "Việc của Sở TT&TT").await;
        let stranger = TgUser::new(7777, "Người lạ");
        World { bot, c, stranger, group, task_a }
    }

    fn user(&self, role: Role) -> &TgUser {
        match role {
            Stranger => &self.stranger,
            OfficerA => &self.c.officer_a,
            OfficerB => &self.c.officer_b,
            Secretariat => &self.c.secretariat,
            Chair => &self.c.chair,
        }
    }

    /// A snapshot of everything a refused request must leave alone: unit A's tasks, their
    /// reports and requests first, then the committee's registers, then all tasks.
    async fn state(&self) -> Vec<String> {
        let mut db = self.bot.db().await;
        let a = self.c.unit_a;
        let mut out = Vec::new();
        for query in [
            format!(
                "SELECT json_group_array(json_array(id, status, progress, deadline, text, has_obstacle)) \
                 FROM tasks WHERE lead_unit_id = {a}"
            ),
            format!("SELECT COUNT(*) FROM status_reports WHERE task_id IN (SELECT id FROM tasks WHERE lead_unit_id = {a})"),
            format!(
                "SELECT COUNT(*) || '/' || COALESCE(group_concat(state), '') FROM extension_requests \
                 WHERE task_id IN (SELECT id FROM tasks WHERE lead_unit_id = {a})"
            ),
            "SELECT COUNT(*) FROM units".into(),
            "SELECT json_group_array(json_array(telegram_id, role, unit_id, active)) FROM members".into(),
            "SELECT COUNT(*) FROM invites".into(),
            "SELECT COUNT(*) FROM groups".into(),
            "SELECT COUNT(*) FROM imports".into(),
            "SELECT json_group_array(json_array(id, status, progress, deadline, text, lead_unit_id)) FROM tasks".into(),
            "SELECT COUNT(*) FROM status_reports".into(),
            "SELECT COUNT(*) FROM extension_requests".into(),
        ] {
            let value: String = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT CAST(({query}) AS TEXT)")))
                .fetch_one(&mut *db)
                .await
                .unwrap_or_else(|e| panic!("{query}: {e}"));
            out.push(value);
        }
        out
    }
}

fn bot_unit(c: &Committee, role: Role) -> i64 {
    if role == OfficerB { c.unit_b } else { c.unit_a }
}

/// Every message the bot queued went out: none was one Telegram refuses (bad HTML, too long,
/// bad button data).
async fn assert_all_delivered(bot: &TestBot) {
    let failed: Vec<(String, String)> =
        sqlx::query_as("SELECT body, COALESCE(last_error, '') FROM outbox WHERE state <> 'sent'")
            .fetch_all(&mut *bot.db().await)
            .await
            .unwrap();
    assert!(failed.is_empty(), "messages Telegram refused: {failed:?}");
}

/// Every message a chat that must never see unit A's tasks was sent.
fn assert_no_leak(bot: &TestBot, chat: i64, who: &str) {
    for m in bot.fake.sent_to(chat) {
        assert!(!m.text.contains(SECRET), "unit A's task reached {who}: {}", m.text);
        if let Some((name, bytes)) = &m.file {
            assert!(!String::from_utf8_lossy(bytes).contains(SECRET), "{name} reached {who}");
        }
    }
}

#[tokio::test]
async fn every_command_as_every_role_in_every_chat_does_what_the_contract_says() {
    let w = World::new().await;
    let bot = &w.bot;
    let code = format!("NV-{:04}", w.task_a);
    let mut failures = Vec::new();
    let mut tally: BTreeMap<(Place, Role), usize> = BTreeMap::new();
    let mut fresh_group = -200_000;
    let mut n = 0;
    for case in CASES {
        for place in [Place::Private, Place::Group, Place::UnknownGroup] {
            for role in ROLES {
                n += 1;
                let text = case.text.replace("{A}", &code).replace("{n}", &n.to_string());
                let user = w.user(role);
                let chat = match place {
                    Place::Private => user.private(),
                    Place::Group => w.group.clone(),
                    Place::UnknownGroup => {
                        fresh_group -= 1;
                        Chat::group(fresh_group, "Nhóm lạ")
                    }
                };
                let before = w.state().await;
                let said = bot.exchange(user, &chat, &text).await;
                let here: Vec<Sent> = said.iter().filter(|m| m.chat_id == chat.id()).cloned().collect();
                let got = outcome(&here);
                let want = expected(role, place, case);
                if got != want {
                    failures.push(format!(
                        "{role:?} in {place:?}: {text}\n    want {want:?}, got {got:?}: {:?}",
                        here.first().map(|m| m.text.chars().take(120).collect::<String>())
                    ));
                }
                if want != Outcome::Done && w.state().await != before {
                    failures.push(format!("{role:?} in {place:?}: {text} was refused but changed the data"));
                }
                // In the group, what an officer of B or a stranger asks for must not show
                // unit A's tasks to the group either.
                if matches!(role, OfficerB | Stranger) || place == Place::UnknownGroup {
                    for m in &said {
                        if m.chat_id == chat.id() && m.text.contains(SECRET) {
                            failures.push(format!("{role:?} in {place:?}: {text} showed unit A's task"));
                        }
                    }
                }
                *tally.entry((place, role)).or_default() += 1;
            }
        }
    }
    assert_all_delivered(bot).await;
    assert!(
        failures.is_empty(),
        "{} of {n} cases differ from the contract:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_no_leak(bot, w.c.officer_b.id, "officer B");
    assert_no_leak(bot, w.stranger.id, "a stranger");
    for chat in (fresh_group..=-200_001).rev() {
        assert_no_leak(bot, chat, "an unregistered group");
    }
    println!("access matrix: {n} cases ({} commands × 3 chats × 5 roles)", CASES.len());
}

/// The buttons the bot hands out, collected as their rightful users see them.
async fn buttons_in_use(w: &World) -> Vec<String> {
    let bot = &w.bot;
    let c = &w.c;
    let code = format!("NV-{:04}", w.task_a);
    let mut data = Vec::new();
    let mut take = |m: &Sent| {
        for (_, d) in m.buttons() {
            if !data.contains(&d) {
                data.push(d);
            }
        }
    };
    take(&bot.ask(&c.officer_a, &format!("/viec {code}")).await);
    take(&bot.ask(&c.chair, &format!("/viec {code}")).await);
    take(&bot.ask(&c.chair, "/viec").await);
    for m in bot.exchange(&c.chair, &w.group, "/tonghop").await {
        take(&m);
    }
    // A completion to confirm and a request for more time to decide.
    bot.exchange(&c.officer_a, &c.officer_a.private(), &format!("/capnhat {code} đã hoàn thành")).await;
    bot.exchange(
        &c.officer_a,
        &c.officer_a.private(),
        &format!("/giahan NV-{:04} 31/12/2026 chờ vốn", w.task_a + 2),
    )
    .await;
    for m in bot.fake.sent_to(c.secretariat.id) {
        take(&m);
    }
    // A dialogue's buttons: the chair starts assigning.
    for m in bot.exchange(&c.chair, &c.chair.private(), "/giao").await {
        take(&m);
    }
    bot.exchange(&c.chair, &c.chair.private(), "/help").await;
    data
}

#[tokio::test]
async fn every_button_pressed_by_someone_it_was_not_for_changes_nothing_and_shows_nothing() {
    let w = World::new().await;
    let bot = &w.bot;
    let buttons = buttons_in_use(&w).await;
    let kinds: std::collections::BTreeSet<&str> =
        buttons.iter().map(|d| d.split(':').next().unwrap()).collect();
    for kind in ["s", "e", "v", "d", "c", "x", "o", "u"] {
        assert!(kinds.contains(kind), "no {kind}: button collected: {buttons:?}");
    }
    let before = w.state().await;
    let mut presses = 0;
    let unknown = Chat::group(-300_001, "Nhóm lạ");
    // Officer B and the stranger press everything; officer A presses the leaders' buttons.
    let leaders_only = |d: &str| !d.starts_with("s:") && !d.starts_with("p:") && !d.starts_with("o:");
    for (role, chat) in [
        (OfficerB, w.c.officer_b.private()),
        (OfficerB, w.group.clone()),
        (Stranger, w.stranger.private()),
        (Stranger, unknown.clone()),
        (OfficerA, w.c.officer_a.private()),
    ] {
        let user = w.user(role);
        // A message of the bot's in that chat to hang the button on.
        let anchor = bot.fake.send_text(user, &chat, "/help");
        bot.drain().await;
        let message = bot.fake.all_sent().into_iter().rev().find(|m| m.chat_id == chat.id());
        let message_id = message.map_or(anchor, |m| m.message_id);
        for data in buttons.iter().filter(|d| role != OfficerA || leaders_only(d)) {
            let update = bot.fake.press(user, &chat, message_id, data);
            let _ = bot.fake.callback_answer(update).await;
            bot.drain().await;
            presses += 1;
        }
    }
    assert_eq!(w.state().await, before, "a button pressed by the wrong person changed the data");
    assert_no_leak(bot, w.c.officer_b.id, "officer B");
    assert_no_leak(bot, w.stranger.id, "a stranger");
    assert_no_leak(bot, unknown.id(), "an unregistered group");
    println!("forged presses: {presses} ({} buttons)", buttons.len());
}

/// Random arguments to every command and random callback data, from every role: each is
/// answered (or ignored where the contract says so) with valid, deliverable messages, and
/// nothing fails inside.
#[tokio::test]
async fn random_arguments_and_callback_data_from_every_role_are_answered_safely() {
    let w = World::new().await;
    let bot = &w.bot;
    let mut runner = TestRunner::deterministic();
    let words = proptest::sample::select(vec![
        "Sở Tư pháp",
        "NV-0001",
        "NV-0002",
        "nv99999",
        "|",
        "31/12/2026",
        "15/8",
        "quý 3/2026",
        "đã xong",
        "đang làm 50%",
        "không",
        "them",
        "vaitro",
        "xoa",
        "tamdung",
        "2026",
        "cds",
        "<b>",
        "&",
        "\u{202e}",
        "\n",
        "🙂",
        "'; DROP TABLE tasks;--",
        "officer",
        "chair",
        "en",
        "vi",
        "%",
        "-1",
        "0",
    ]);
    let args = proptest::prop_oneof![
        proptest::collection::vec(words, 0..12).prop_map(|w| w.join(" ")),
        proptest::collection::vec(proptest::char::any(), 0..200)
            .prop_map(|c| c.into_iter().collect::<String>()),
    ];
    let forged = proptest::prop_oneof![
        proptest::collection::vec(proptest::char::any(), 0..40)
            .prop_map(|c| c.into_iter().collect::<String>()),
        (
            proptest::sample::select(vec![
                "s", "p", "k", "t", "x", "c", "v", "o", "d", "i", "e", "u", "up", "g"
            ]),
            0i64..40,
            0i64..5
        )
            .prop_map(|(k, a, b)| format!("{k}:{a}:{b}")),
    ];
    let names: Vec<String> = Command::ALL.iter().map(|c| format!("/{}", c.name())).collect();
    let commands: Vec<&str> = names.iter().map(String::as_str).collect();
    let before = w.state().await;
    let mut sent = 0;
    for role in [Stranger, OfficerB] {
        let user = w.user(role);
        for _ in 0..4 {
            for command in &commands {
                let text = format!("{command} {}", args.new_tree(&mut runner).unwrap().current());
                bot.fake.send_text(user, &user.private(), &text);
                sent += 1;
            }
            bot.drain().await;
            let anchor = bot.fake.sent_to(user.id).last().expect("the bot answered").message_id;
            for _ in 0..10 {
                let data = forged.new_tree(&mut runner).unwrap().current();
                let data: String = data.chars().take(64).collect();
                bot.fake.press(user, &user.private(), anchor, &data);
                sent += 1;
            }
        }
        bot.drain().await;
    }
    // Officer B may change nothing of unit A's; strangers nothing at all. Officer B may
    // report on their own task, so only unit A's rows are compared.
    let after = w.state().await;
    assert_eq!(after[..8], before[..8], "unit A's tasks, units, members, invites, groups, imports");
    for role in [Secretariat, Chair, OfficerA] {
        let user = w.user(role);
        for _ in 0..3 {
            for command in commands.iter().copied().filter(|c| !["/start", "/help", "/nhom"].contains(c)) {
                let text = format!("{command} {}", args.new_tree(&mut runner).unwrap().current());
                bot.fake.send_text(user, &user.private(), &text);
                sent += 1;
            }
        }
        bot.drain().await;
    }
    assert_all_delivered(bot).await;
    for m in bot.fake.all_sent() {
        let apology = m.text.contains("gặp sự cố khi xử lý") || m.text.contains("something went wrong");
        assert!(!apology, "an input broke a handler: {m:?}");
    }
    assert_no_leak(bot, w.c.officer_b.id, "officer B");
    assert_no_leak(bot, w.stranger.id, "a stranger");
    println!("random commands and presses: {sent}");
}
