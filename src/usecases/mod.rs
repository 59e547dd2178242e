//! The product's actions, whatever the messenger: an update comes in as a neutral
//! [`Request`] from a [`Who`], runs in one [`Turn`] (its transaction, which also queues the
//! answers as view messages in the outbox), and returns what to show on a pressed button.
//!
//! Each feature is a module: assigning, listing and editing tasks ([`assign`], [`listing`],
//! [`editing`]), status reports and the decisions they ask for ([`status`]), summaries
//! ([`summarise`]), importing ([`import`]), reminders' schedule ([`schedule`]), members and
//! groups ([`people`]), units ([`units`]). The adapter of a messenger (`crate::bot` for
//! Telegram) turns its updates into requests and delivers the outbox.

mod assign;
mod away;
pub mod commands;
mod ctx;
mod decisions;
pub mod dialogue;
mod editing;
mod evidence;
pub mod help;
mod holds;
pub mod import;
mod listing;
mod people;
mod schedule;
mod status;
mod summarise;
pub mod turn;
mod units;
pub mod who;

pub use ctx::{Ctx, Prepared};

use crate::app::App;
use crate::i18n::Key;
use crate::store::{self, StoreError};
use crate::view::callback::{Callback, EditField};
use crate::view::message::Outgoing;
use commands::{Command, Invocation};
use dialogue::State;
use turn::Turn;
use who::{Place, Who};

/// What an action can fail with. Members see a polite apology; the log sees the cause.
#[derive(Debug, thiserror::Error)]
pub enum UseCaseError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("report: {0}")]
    Report(String),
}

pub type HandlerResult = Result<(), UseCaseError>;

/// The longest text dondoc reads from a member, in characters. Telegram's own limit is 4096;
/// a task's text may be that long, nothing else needs to be.
pub const MAX_INPUT: usize = 4096;

/// The messenger, as far as the product needs to know it.
#[derive(Debug, Clone)]
pub struct Channel {
    /// The bot's user name: commands in groups may be addressed to it ("/giao@dondoc_bot").
    pub bot_username: String,
    /// What an invitation code is appended to, to make the link that opens a chat with the bot
    /// and redeems it ("https://t.me/dondoc_bot?start=").
    pub invite_prefix: String,
}

/// The bot's own message a member replied to.
#[derive(Debug, Clone)]
pub struct Replied {
    pub message_id: i32,
    pub text: String,
}

/// A file a member sent, as the adapter could fetch it.
#[derive(Debug)]
pub enum Document {
    /// Its bytes.
    Fetched(Vec<u8>),
    /// Larger than [`crate::import::MAX_BYTES`]: not fetched.
    TooLarge,
    /// Wanted, but the download failed.
    Failed,
}

/// How a file came: as a file with its name, as a picture, or as something else the
/// messenger carries (a video, a voice message), which is never evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Document,
    Photo,
    Other,
}

/// What the adapter could make of a file's bytes before the turn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// Fetched and hashed: the SHA-256 of its bytes, in hex.
    Hashed(String),
    /// Larger than [`crate::domain::MAX_FILE_BYTES`]: not fetched.
    TooLarge,
    /// Not wanted as evidence (see [`evidence_target`]): not fetched.
    NotFetched,
    /// Wanted, but the download failed.
    Failed,
}

/// A file a member sent that is not for an import: evidence for a task, if it says which.
#[derive(Debug, Clone)]
pub struct IncomingFile {
    pub kind: FileKind,
    /// The messenger's id of the file, by which it is sent again without an upload.
    pub file_ref: String,
    pub name: String,
    pub mime_type: Option<String>,
    /// In bytes, as the messenger states it.
    pub size: u64,
    pub caption: String,
    pub replied_to: Option<Replied>,
    pub content: Content,
}

/// What a member did.
#[derive(Debug)]
pub enum Request {
    Command(Invocation),
    /// Text that is not a command, perhaps a reply to one of the bot's messages.
    Text {
        text: String,
        replied_to: Option<Replied>,
    },
    /// A file for an import, with its name.
    Document {
        name: String,
        file: Document,
    },
    /// Any other file or picture.
    File(IncomingFile),
    /// A button pressed under the bot's message `message_id`; `data` as it came.
    Press {
        data: Option<String>,
        message_id: Option<i32>,
    },
}

/// Handles one update; returns the notice to show on a pressed button, if any. `None` from
/// the turn means the update was handled before (a replay after a crash).
pub async fn handle(
    app: &App,
    who: &Who,
    channel: &Channel,
    update_id: i64,
    message_id: Option<i32>,
    request: Request,
) -> Result<Option<String>, UseCaseError> {
    let about = match &request {
        Request::Command(inv) if inv.command == Command::Report && gate(who, inv.command) == Gate::Pass => {
            status::reports_on(&inv.args)
        }
        Request::Press { data, .. } if who.member.is_some() => {
            data.as_deref().and_then(Callback::decode).and_then(|c| c.reports_on())
        }
        _ => None,
    };
    let prepared = prepare(app, who, &request).await?;
    // A reply to a message about a task (how most officers report) reads its task with the claim.
    let about = about.or(prepared.replied.as_ref().and_then(About::task));
    let Some(mut turn) = Turn::begin_about(app, update_id, about).await? else { return Ok(None) };
    let mut cx = Ctx::new(app, who, channel, &mut turn, message_id);
    cx.prepared = prepared;
    let toast = match request {
        Request::Command(inv) => {
            command(&mut cx, inv).await?;
            None
        }
        Request::Text { text, replied_to } => {
            handle_text(&mut cx, replied_to.as_ref(), text.trim()).await?;
            None
        }
        Request::Document { name, file } => {
            document(&mut cx, &name, file).await?;
            None
        }
        Request::File(file) => {
            evidence::received(&mut cx, file).await?;
            None
        }
        Request::Press { data, message_id } => {
            cx.source_message = None;
            cx.pressed = message_id;
            press(&mut cx, data.as_deref()).await?
        }
    };
    turn.commit().await?;
    Ok(toast)
}

/// Heavy work done before the turn takes the writer (see [`Prepared`]): only for requests
/// the turn will carry out, as far as can be told without it.
async fn prepare(app: &App, who: &Who, request: &Request) -> Result<Prepared, UseCaseError> {
    let importer =
        who.is_private() && who.member.as_ref().is_some_and(|m| m.role.may(crate::domain::Action::Import));
    let mut prepared = Prepared::default();
    match request {
        Request::Command(inv)
            if matches!(inv.command, Command::Chart | Command::Export | Command::Summary)
                && gate(who, inv.command) == Gate::Pass =>
        {
            prepared.files = summarise::prepare(app, who, inv.command, &inv.args).await?;
        }
        Request::Press { data, .. } if who.member.is_some() => {
            match data.as_deref().and_then(Callback::decode) {
                Some(Callback::Drill { view, part }) => {
                    prepared.files = summarise::prepare_drill(app, who, view, part).await?;
                }
                Some(Callback::ImportProcess) if importer => {
                    prepared.reading = import::prepare_pasted(app, who).await?;
                }
                _ => {}
            }
        }
        // The task a reply is about, read on a reader: each query on the writer holds up every
        // other turn, and the message's task does not change once the message is sent.
        Request::Text { replied_to: Some(original), .. }
            if who.member.is_some()
                && who
                    .dialogue
                    .as_deref()
                    .and_then(State::from_json)
                    .is_none_or(|s| matches!(s, State::AwaitEvidence { .. })) =>
        {
            let mut conn = app.store.conn().await?;
            prepared.replied = about_message(&mut conn, who.chat_id, original).await?;
        }
        Request::Document { name, file: Document::Fetched(bytes) } if importer => {
            prepared.reading = Some(import::prepare_file(app, name, bytes.clone()).await?);
        }
        _ => {}
    }
    Ok(prepared)
}

/// Whether a file from `who` is for an import, so the adapter fetches it before the turn (a
/// slow download never holds the database): sent during `/nhap`, or with `/nhap` as caption.
pub fn wants_document(who: &Who, captioned_import: bool) -> bool {
    let importer =
        who.is_private() && who.member.as_ref().is_some_and(|m| m.role.may(crate::domain::Action::Import));
    let collecting = who
        .dialogue
        .as_deref()
        .and_then(State::from_json)
        .is_some_and(|s| matches!(s, State::ImportCollect { .. }));
    importer && (collecting || captioned_import)
}

/// The task a file from `who` would be filed for, when the member may report on it, so the
/// adapter fetches and hashes the file before the turn (a slow download never holds the
/// database) and fetches nothing it would throw away. The turn decides again.
pub async fn evidence_target(
    app: &App,
    who: &Who,
    channel: &Channel,
    caption: &str,
    replied_to: Option<&Replied>,
) -> Result<Option<i64>, UseCaseError> {
    evidence::target_before_turn(app, who, channel, caption, replied_to).await
}

/// Marks an update nobody handles as processed, so it is not replayed.
pub async fn skip(app: &App, update_id: i64) {
    let result = async {
        if let Some(turn) = Turn::begin(app, update_id).await? {
            turn.commit().await?;
        }
        Ok::<_, StoreError>(())
    };
    if let Err(error) = result.await {
        tracing::error!(update_id, %error, "cannot mark an ignored update as processed");
    }
}

/// Tells the sender that their request failed (so they can try again) and closes the update.
pub async fn apologise(app: &App, update_id: i64, who: &Who) {
    let result = async {
        if let Some(mut turn) = Turn::begin(app, update_id).await? {
            turn.send(Outgoing::text(who.chat_id, app.i18n.t0(who.lang, Key::ErrorInternal)));
            turn.commit().await?;
        }
        Ok::<_, StoreError>(())
    };
    if let Err(error) = result.await {
        tracing::error!(update_id, %error, "cannot apologise; the update stays in the inbox for the next start");
    }
}

/// What the gate decides before a command's handler runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// Run the handler.
    Pass,
    /// Answer with this message instead.
    Say(Key),
    /// Say nothing (a command in a group the committee did not register).
    Ignore,
}

/// Who may use which command where. Strangers learn only how to register; unregistered groups
/// get at most a one-line hint; roles are checked against [`crate::domain::Action`].
pub fn gate(who: &Who, command: Command) -> Gate {
    match (&who.place, &who.member) {
        (Place::UnknownGroup, _) => match command {
            Command::Group => Gate::Pass,
            Command::Start | Command::Help => Gate::Say(Key::GroupNotRegistered),
            _ => Gate::Ignore,
        },
        (Place::Private, None) => match command {
            Command::Start => Gate::Pass,
            _ => Gate::Say(Key::WelcomeStranger),
        },
        (Place::Group(_), None) => Gate::Say(Key::NotRegisteredShort),
        (place, Some(member)) => {
            if *place != Place::Private && !command.in_groups() {
                return Gate::Say(Key::UsePrivateChat);
            }
            match command.action() {
                Some(action) if !member.role.may(action) => Gate::Say(Key::Denied),
                _ => Gate::Pass,
            }
        }
    }
}

async fn command(cx: &mut Ctx<'_, '_>, inv: Invocation) -> HandlerResult {
    match gate(cx.who, inv.command) {
        Gate::Ignore => Ok(()),
        Gate::Say(Key::WelcomeStranger) => {
            let text = help::stranger_text(cx);
            cx.reply(text).await
        }
        Gate::Say(Key::Denied) => {
            let text = help::denied_text(cx, inv.command);
            cx.reply(text).await
        }
        Gate::Say(key) => {
            let text = cx.t(key);
            cx.reply(text).await
        }
        Gate::Pass => {
            // A new command is a new intent: whatever the bot was waiting for is dropped.
            cx.clear_state().await?;
            if inv.args.chars().count() > MAX_INPUT {
                let text = cx.t(Key::InputTooLong);
                cx.reply(text).await
            } else {
                run_command(cx, inv).await
            }
        }
    }
}

async fn run_command(cx: &mut Ctx<'_, '_>, inv: Invocation) -> HandlerResult {
    let args = inv.args.as_str();
    match inv.command {
        Command::Start => match args {
            "" => help::start(cx).await,
            code => people::redeem_invite(cx, code).await,
        },
        Command::Help => help::help(cx).await,
        Command::Units => units::command(cx, args).await,
        Command::Invite => people::invite(cx, args).await,
        Command::Members => people::members(cx, args).await,
        Command::Group => people::register_group(cx).await,
        Command::Language => people::language(cx, args).await,
        Command::Away => away::command(cx, args).await,
        Command::Assign => assign::assign(cx, args).await,
        Command::Tasks => listing::list_or_card(cx, args).await,
        Command::Dossier => evidence::dossier(cx, args).await,
        Command::Report => status::command(cx, args).await,
        Command::Extend => decisions::extension_command(cx, args).await,
        Command::Schedule => schedule::command(cx, args).await,
        Command::Summary => summarise::summary_command(cx, args).await,
        Command::Overdue => summarise::overdue_command(cx, args).await,
        Command::Chart => summarise::chart_command(cx, args).await,
        Command::Export => summarise::export_command(cx, args).await,
        Command::Import => import::command(cx, args).await,
        Command::Suspend => holds::suspend_command(cx, args).await,
        Command::Resume => holds::resume_command(cx, args).await,
        Command::Return => holds::return_command(cx, args).await,
        Command::Scorecard => summarise::scorecard_command(cx, args).await,
    }
}

async fn handle_text(cx: &mut Ctx<'_, '_>, replied_to: Option<&Replied>, text: &str) -> HandlerResult {
    match (&cx.who.place, &cx.who.member) {
        (Place::Private, None) => {
            let text = help::stranger_text(cx);
            return cx.reply(text).await;
        }
        // In groups the bot listens only to commands and to replies to its own messages.
        (Place::UnknownGroup, _) | (Place::Group(_), None) => return Ok(()),
        (Place::Group(_), Some(_)) if replied_to.is_none() => return Ok(()),
        _ => {}
    }
    if text.is_empty() {
        return Ok(());
    }
    if text.chars().count() > MAX_INPUT {
        let text = cx.t(Key::InputTooLong);
        return cx.reply(text).await;
    }
    match cx.state().await? {
        // Words instead of the evidence asked for: the finish stands, and the words are read
        // as they would be had nothing been asked.
        Some(State::AwaitEvidence { .. }) => cx.clear_state().await?,
        Some(state) => return dialogue_input(cx, state, text).await,
        None => {}
    }
    let replied = match (replied_to, cx.prepared.replied.take()) {
        (Some(_), Some(about)) => Some(about),
        (Some(original), None) => {
            let chat_id = cx.who.chat_id;
            about_message(cx.db(), chat_id, original).await?
        }
        (None, _) => None,
    };
    match replied {
        Some(About::Task(task)) => {
            return status::free_text(cx, task, text, crate::domain::ReportSource::Reply).await;
        }
        Some(About::Tasks(tasks)) => return status::listed_text(cx, &tasks, text).await,
        None => {}
    }
    if cx.who.is_private() {
        return status::unattached_text(cx, text).await;
    }
    Ok(())
}

/// A file for `/nhap`, fetched (or not) by the adapter before the turn.
async fn document(cx: &mut Ctx<'_, '_>, name: &str, file: Document) -> HandlerResult {
    let who = cx.who;
    let importer = who.member.as_ref().is_some_and(|m| m.role.may(crate::domain::Action::Import));
    match (&who.member, who.is_private()) {
        (None, true) => {
            let text = help::stranger_text(cx);
            cx.reply(text).await
        }
        (_, false) => Ok(()),
        (Some(member), true) if !importer => {
            let text = help::commands_for(cx, member.role, who);
            cx.reply(text).await
        }
        (Some(_), true) => match file {
            Document::Fetched(bytes) => import::document(cx, name, &bytes).await,
            Document::TooLarge => {
                cx.clear_state().await?;
                let text = import::error_text(cx, &crate::import::ImportError::TooLarge);
                cx.reply(text).await
            }
            Document::Failed => {
                let text = cx.t(Key::ImportDownloadFailed);
                cx.reply(text).await
            }
        },
    }
}

/// What a message of the bot was about: one task, or several (a person's reminder list).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum About {
    Task(i64),
    Tasks(Vec<i64>),
}

impl About {
    fn task(&self) -> Option<i64> {
        match self {
            About::Task(id) => Some(*id),
            About::Tasks(_) => None,
        }
    }

    /// What distinct task ids (a list's, [`crate::reminders::tasks_of_message`]) make.
    fn of(ids: Vec<i64>) -> Option<Self> {
        match ids.as_slice() {
            [] => None,
            [one] => Some(About::Task(*one)),
            _ => Some(About::Tasks(ids)),
        }
    }
}

/// What a message of the bot is about: as recorded when it was sent (its task, or the tasks of
/// the reminder list it was), or else the one task code its text names (a reply can arrive
/// before the sender has recorded the message's id; a list's is recorded with it).
pub(super) async fn about_message(
    conn: &mut sqlx::SqliteConnection,
    chat_id: i64,
    original: &Replied,
) -> store::Result<Option<About>> {
    if let Some((outbox, task)) = store::outbox::message(conn, chat_id, original.message_id).await? {
        if let Some(task) = task {
            return Ok(Some(About::Task(task)));
        }
        if let Some(about) = About::of(crate::reminders::tasks_of_message(conn, outbox).await?) {
            return Ok(Some(about));
        }
    }
    let codes: Vec<_> = crate::domain::task_refs_in(&original.text).into_iter().map(|(_, c)| c).collect();
    match codes.first() {
        Some(code) if codes.iter().all(|c| c == code) => {
            Ok(store::tasks::resolve(conn, code).await?.map(About::Task))
        }
        _ => Ok(None),
    }
}

/// Text typed while the bot waits for something.
async fn dialogue_input(cx: &mut Ctx<'_, '_>, state: State, text: &str) -> HandlerResult {
    match state {
        State::Assign { draft, unit_page } => assign::assign_input(cx, draft, unit_page, text).await,
        State::EditDeadline { task }
        | State::EditText { task }
        | State::EditLead { task }
        | State::EditCoUnits { task }
        | State::CancelReason { task } => editing::edit_input(cx, state.clone(), task, text).await,
        State::InviteUnit { role } => people::invite_unit_input(cx, &role, text).await,
        State::ListUnit => listing::list_unit_input(cx, text).await,
        State::ImportCollect { parts } => import::collect_input(cx, parts, text).await,
        State::ImportEdit { import, seq, field } => import::edit_input(cx, import, seq, field, text).await,
        State::Percent { .. }
        | State::Obstacle { .. }
        | State::PickTask { .. }
        | State::ConfirmKind { .. } => status::dialogue_input(cx, state, text).await,
        State::ExtensionDate { .. } | State::Evidence { .. } | State::ReturnReason { .. } => {
            decisions::dialogue_input(cx, state, text).await
        }
        State::SuspendReason { .. } | State::DeclineReason { .. } => {
            holds::reason_input(cx, state, text).await
        }
        State::AwaitEvidence { .. } => Ok(()),
    }
}

/// A pressed button: what it asks for, if the member may.
async fn press(cx: &mut Ctx<'_, '_>, data: Option<&str>) -> Result<Option<String>, UseCaseError> {
    let callback = data.and_then(Callback::decode);
    match (&cx.who.member, callback) {
        (None, _) => Ok(Some(cx.t(Key::NotRegisteredShort))),
        (Some(_), None) => Ok(Some(cx.t(Key::ButtonStale))),
        (Some(_), Some(Callback::Noop)) => Ok(None),
        (Some(_), Some(_)) if matches!(cx.who.place, Place::UnknownGroup) => Ok(None),
        (Some(_), Some(callback)) => callbacks(cx, callback).await,
    }
}

/// Runs a button's action; returns a short notice to show on the button press, if any.
async fn callbacks(cx: &mut Ctx<'_, '_>, callback: Callback) -> Result<Option<String>, UseCaseError> {
    match callback {
        Callback::Status { task, button } => status::status_button(cx, task, button).await,
        Callback::Percent { task, value } => status::percent_button(cx, task, value).await,
        Callback::Meant { task, button } => status::meant_button(cx, task, button).await,
        Callback::ForTask { task } => status::for_task_button(cx, task).await,
        Callback::Extension { request, approve } => decisions::decide_extension(cx, request, approve).await,
        Callback::Completion { task, confirm } => decisions::decide_completion(cx, task, confirm).await,
        Callback::Page { view, page } => listing::page(cx, view, page).await,
        Callback::Open { task } => listing::open_card(cx, task).await,
        Callback::ReminderPage { reminder, page } => listing::reminder_page(cx, reminder, page).await,
        Callback::Edit {
            task,
            field: field @ (EditField::Suspend | EditField::Resume | EditField::Return),
        } => holds::hold_button(cx, task, field).await,
        Callback::Edit { task, field } => editing::edit_button(cx, task, field).await,
        Callback::Drill { view, part } => summarise::drill(cx, view, part).await,
        Callback::ImportProcess => import::process_button(cx).await,
        Callback::Import { id, action } => import::button_pressed(cx, id, action).await,
        Callback::Unit { .. }
        | Callback::UnitPage { .. }
        | Callback::Programme(_)
        | Callback::Skip
        | Callback::Finish
        | Callback::NoDeadline
        | Callback::Cancel
        | Callback::Create => dialogue_button(cx, callback).await,
        Callback::Noop => Ok(None),
    }
}

/// A button that answers what a dialogue asked.
async fn dialogue_button(cx: &mut Ctx<'_, '_>, callback: Callback) -> Result<Option<String>, UseCaseError> {
    let state = cx.state().await?;
    if callback == Callback::Cancel {
        cx.clear_state().await?;
        let text = cx.t(Key::DialogueCancelled);
        cx.reply(text).await?;
        return Ok(None);
    }
    match state {
        Some(State::Assign { draft, unit_page }) => {
            assign::assign_button(cx, draft, unit_page, callback).await
        }
        Some(
            state @ (State::EditLead { .. }
            | State::EditCoUnits { .. }
            | State::EditDeadline { .. }
            | State::CancelReason { .. }),
        ) => editing::edit_dialogue_button(cx, state, callback).await,
        Some(State::InviteUnit { role }) => people::invite_unit_button(cx, &role, callback).await,
        Some(State::ListUnit) => listing::list_unit_button(cx, callback).await,
        Some(state @ (State::Evidence { .. } | State::ReturnReason { .. })) => {
            decisions::dialogue_button(cx, state, callback).await
        }
        Some(State::AwaitEvidence { task }) if callback == Callback::Skip => evidence::skip(cx, task).await,
        _ => Ok(Some(cx.t(Key::ButtonStale))),
    }
}
