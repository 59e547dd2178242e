//! The Telegram side: the handler tree ([`schema`]), the commands, and the three tasks that run
//! the bot ([`run`]): the poller (Telegram → inbox), teloxide's dispatcher (inbox → handlers,
//! one chat at a time), and the sender (outbox → Telegram).
//!
//! Handlers read the update, call the domain and the store, and queue their answers in the
//! same transaction ([`turn::Turn`]); they never talk to Telegram directly, except to
//! acknowledge a button press.

pub mod callback;
pub mod cards;
pub mod commands;
mod ctx;
pub mod dialogue;
pub mod help;
pub(crate) mod imports;
pub mod limiter;
pub mod markup;
pub mod outgoing;
mod people;
mod poller;
mod reports;
mod schedule;
mod sender;
mod summary;
mod tasks;
pub mod turn;
mod units;
pub mod who;

use std::convert::Infallible;
use std::future::Future;
use std::ops::ControlFlow;
use std::sync::Arc;

use teloxide::dispatching::UpdateHandler;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Me, MessageKind};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::app::App;
use crate::domain::Lang;
use crate::i18n::Key;
use crate::store::{self, StoreError};
use callback::Callback;
use commands::{Command, Invocation};
pub use ctx::Ctx;
use dialogue::State;
pub use limiter::Limits;
use outgoing::Outgoing;
use turn::Turn;
use who::{Place, Who};

/// What a handler can fail with. Users see a polite apology; the log sees the cause.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("telegram: {0}")]
    Telegram(#[from] teloxide::RequestError),
    #[error("report: {0}")]
    Report(String),
}

pub type HandlerResult = Result<(), BotError>;

/// Why the bot could not run.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("TELOXIDE_TOKEN was refused by Telegram (check the token from @BotFather)")]
    InvalidToken,
    #[error("cannot reach the Telegram Bot API: {0}")]
    Unreachable(teloxide::RequestError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The longest text the bot reads from a member, in characters. Telegram's own limit is 4096;
/// a task's text may be that long, nothing else needs to be.
pub const MAX_INPUT: usize = 4096;

/// The handler tree for one update, after its sender has been identified.
pub fn schema() -> UpdateHandler<BotError> {
    let commands = dptree::filter_map(|msg: Message, me: Me| {
        msg.text().and_then(|text| Command::parse(text, me.username()))
    })
    .endpoint(on_command);

    let documents = dptree::filter(|msg: Message| msg.document().is_some()).endpoint(on_document);

    dptree::entry()
        .branch(Update::filter_message().branch(commands).branch(documents).branch(dptree::endpoint(on_text)))
        .branch(Update::filter_callback_query().endpoint(on_callback))
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

async fn on_command(
    app: Arc<App>,
    update: Update,
    msg: Message,
    me: Me,
    who: Who,
    inv: Invocation,
) -> HandlerResult {
    let gate = gate(&who, inv.command);
    let about = match (&gate, inv.command) {
        (Gate::Pass, Command::Report) => reports::reports_on(&inv.args),
        _ => None,
    };
    let Some(mut turn) = Turn::begin_about(&app, update.id.0 as i64, about).await? else { return Ok(()) };
    let mut cx = Ctx::new(&app, &who, &me, &mut turn, Some(msg.id.0));
    match gate {
        Gate::Ignore => {}
        Gate::Say(Key::WelcomeStranger) => {
            let text = help::stranger_text(&cx);
            cx.reply(text).await?;
        }
        Gate::Say(Key::Denied) => {
            let text = help::denied_text(&cx, inv.command);
            cx.reply(text).await?;
        }
        Gate::Say(key) => {
            let text = cx.t(key);
            cx.reply(text).await?;
        }
        Gate::Pass => {
            // A new command is a new intent: whatever the bot was waiting for is dropped.
            cx.clear_state().await?;
            if inv.args.chars().count() > MAX_INPUT {
                let text = cx.t(Key::InputTooLong);
                cx.reply(text).await?;
            } else {
                run_command(&mut cx, &msg, inv).await?;
            }
        }
    }
    turn.commit().await?;
    Ok(())
}

async fn run_command(cx: &mut Ctx<'_, '_>, msg: &Message, inv: Invocation) -> HandlerResult {
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
        Command::Group => people::register_group(cx, msg).await,
        Command::Language => people::language(cx, args).await,
        Command::Assign => tasks::assign(cx, args).await,
        Command::Tasks => tasks::list_or_card(cx, args).await,
        Command::Report => reports::command(cx, args).await,
        Command::Extend => reports::extension_command(cx, args).await,
        Command::Schedule => schedule::command(cx, args).await,
        Command::Summary => summary::summary_command(cx, args).await,
        Command::Overdue => summary::overdue_command(cx, args).await,
        Command::Chart => summary::chart_command(cx, args).await,
        Command::Export => summary::export_command(cx, args).await,
        Command::Import => imports::command(cx, args).await,
    }
}

/// Plain text that is not a command: the answer to what the bot asked, a reply to one of its
/// task messages, or a status report that needs its task.
async fn on_text(app: Arc<App>, update: Update, msg: Message, me: Me, who: Who) -> HandlerResult {
    let Some(mut turn) = Turn::begin(&app, update.id.0 as i64).await? else { return Ok(()) };
    let mut cx = Ctx::new(&app, &who, &me, &mut turn, Some(msg.id.0));
    let text = msg.text().or(msg.caption()).unwrap_or("").trim().to_string();
    handle_text(&mut cx, &msg, &text).await?;
    turn.commit().await?;
    Ok(())
}

async fn handle_text(cx: &mut Ctx<'_, '_>, msg: &Message, text: &str) -> HandlerResult {
    let replied_to = replied_bot_message(msg, cx.me);
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
    if let Some(state) = cx.state().await? {
        return dialogue_input(cx, state, text).await;
    }
    if let Some(original) = replied_to
        && let Some(task) = task_of(cx, original).await?
    {
        return reports::free_text(cx, task, text, crate::domain::ReportSource::Reply).await;
    }
    if cx.who.is_private() {
        return reports::unattached_text(cx, text).await;
    }
    Ok(())
}

/// A file: a notice or spreadsheet for `/nhap` (sent during it, or with `/nhap` as its
/// caption). It is downloaded before the update's transaction begins, so a slow download never
/// holds the database.
async fn on_document(
    app: Arc<App>,
    bot: Bot,
    update: Update,
    msg: Message,
    me: Me,
    who: Who,
) -> HandlerResult {
    use teloxide::net::Download;
    let document = msg.document().expect("the branch filters documents");
    let importer =
        who.is_private() && who.member.as_ref().is_some_and(|m| m.role.may(crate::domain::Action::Import));
    let collecting = importer
        && who
            .dialogue
            .as_deref()
            .and_then(State::from_json)
            .is_some_and(|s| matches!(s, State::ImportCollect { .. }));
    let captioned = msg
        .caption()
        .and_then(|c| Command::parse(c, me.username()))
        .is_some_and(|i| i.command == Command::Import);
    let wanted = importer && (collecting || captioned);
    let too_large = document.file.size as usize > crate::import::MAX_BYTES;
    let downloaded = if wanted && !too_large {
        let result = async {
            let file = bot.get_file(document.file.id.clone()).await?;
            let mut bytes = Vec::with_capacity(file.size as usize);
            bot.download_file(&file.path, &mut bytes).await.map_err(teloxide::RequestError::from)?;
            Ok::<_, teloxide::RequestError>(bytes)
        };
        match tokio::time::timeout(std::time::Duration::from_secs(60), result).await {
            Ok(Ok(bytes)) => Some(bytes),
            Ok(Err(error)) => {
                tracing::warn!(%error, "cannot download a document");
                None
            }
            Err(_) => None,
        }
    } else {
        None
    };

    let Some(mut turn) = Turn::begin(&app, update.id.0 as i64).await? else { return Ok(()) };
    let mut cx = Ctx::new(&app, &who, &me, &mut turn, Some(msg.id.0));
    let name = document.file_name.clone().unwrap_or_else(|| "document".into());
    match (&who.member, who.is_private()) {
        (None, true) => {
            let text = help::stranger_text(&cx);
            cx.reply(text).await?;
        }
        (_, false) => {}
        (Some(_), true) if !importer => {
            let text = help::commands_for(&cx, cx.member().role, &who);
            cx.reply(text).await?;
        }
        (Some(_), true) if !wanted => {
            let text = cx.t(Key::ImportSendCommandFirst);
            cx.reply(text).await?;
        }
        (Some(_), true) if too_large => {
            cx.clear_state().await?;
            let text = imports::error_text(&cx, &crate::import::ImportError::TooLarge);
            cx.reply(text).await?;
        }
        (Some(_), true) => match downloaded {
            Some(bytes) => imports::document(&mut cx, &name, &bytes).await?,
            None => {
                let text = cx.t(Key::ImportDownloadFailed);
                cx.reply(text).await?;
            }
        },
    }
    turn.commit().await?;
    Ok(())
}

/// The bot's own message that `msg` replies to.
fn replied_bot_message<'m>(msg: &'m Message, me: &Me) -> Option<&'m Message> {
    let MessageKind::Common(common) = &msg.kind else { return None };
    let original = common.reply_to_message.as_deref()?;
    let from_bot = original.from.as_ref().is_some_and(|u| u.id == me.id);
    from_bot.then_some(original)
}

/// The task a message of the bot is about: recorded when it was sent, or else the one task
/// code its text names (a reply can arrive before the sender has recorded the message's id).
async fn task_of(cx: &mut Ctx<'_, '_>, original: &Message) -> store::Result<Option<i64>> {
    let chat_id = cx.who.chat_id;
    if let Some(task) = store::outbox::task_of_message(cx.db(), chat_id, original.id.0).await? {
        return Ok(Some(task));
    }
    let text = original.text().or(original.caption()).unwrap_or("");
    let mut codes = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.starts_with("NV-"))
        .filter_map(crate::domain::parse_task_code);
    let first = codes.next();
    Ok(first.filter(|f| codes.all(|c| c == *f)))
}

/// Text typed while the bot waits for something.
async fn dialogue_input(cx: &mut Ctx<'_, '_>, state: State, text: &str) -> HandlerResult {
    match state {
        State::Assign { draft, unit_page } => tasks::assign_input(cx, draft, unit_page, text).await,
        State::EditDeadline { task }
        | State::EditText { task }
        | State::EditLead { task }
        | State::EditCoUnits { task }
        | State::CancelReason { task } => tasks::edit_input(cx, state.clone(), task, text).await,
        State::InviteUnit { role } => people::invite_unit_input(cx, &role, text).await,
        State::ListUnit => tasks::list_unit_input(cx, text).await,
        State::ImportCollect { parts } => imports::collect_input(cx, parts, text).await,
        State::ImportEdit { import, seq, field } => imports::edit_input(cx, import, seq, field, text).await,
        State::Percent { .. }
        | State::Obstacle { .. }
        | State::ExtensionDate { .. }
        | State::PickTask { .. }
        | State::ConfirmKind { .. }
        | State::Evidence { .. }
        | State::ReturnReason { .. } => reports::dialogue_input(cx, state, text).await,
    }
}

async fn on_callback(
    app: Arc<App>,
    bot: Bot,
    update: Update,
    q: CallbackQuery,
    me: Me,
    who: Who,
) -> HandlerResult {
    let callback = q.data.as_deref().and_then(Callback::decode);
    let about = callback.filter(|_| who.member.is_some()).and_then(|c| c.reports_on());
    let Some(mut turn) = Turn::begin_about(&app, update.id.0 as i64, about).await? else { return Ok(()) };
    let message_id = q.message.as_ref().map(|m| m.id().0);
    let mut cx = Ctx::new(&app, &who, &me, &mut turn, None);
    cx.pressed = message_id;
    let toast = match (&who.member, callback) {
        (None, _) => Some(cx.t(Key::NotRegisteredShort)),
        (Some(_), None) => Some(cx.t(Key::ButtonStale)),
        (Some(_), Some(Callback::Noop)) => None,
        (Some(_), Some(callback)) => {
            if matches!(who.place, Place::UnknownGroup) {
                None
            } else {
                callbacks(&mut cx, callback).await?
            }
        }
    };
    turn.commit().await?;
    // The spinner on the button stops when the press is answered; a lost answer only leaves
    // it spinning a few seconds, so it is not worth the outbox.
    let mut answer = bot.answer_callback_query(q.id.clone());
    if let Some(text) = toast {
        answer = answer.text(markup::truncate(&text, 190));
    }
    if let Err(error) = answer.await {
        tracing::warn!(%error, "cannot answer a button press");
    }
    Ok(())
}

/// Runs a button's action; returns a short notice to show on the button press, if any.
async fn callbacks(cx: &mut Ctx<'_, '_>, callback: Callback) -> Result<Option<String>, BotError> {
    match callback {
        Callback::Status { task, button } => reports::status_button(cx, task, button).await,
        Callback::Percent { task, value } => reports::percent_button(cx, task, value).await,
        Callback::Meant { task, button } => reports::meant_button(cx, task, button).await,
        Callback::ForTask { task } => reports::for_task_button(cx, task).await,
        Callback::Extension { request, approve } => reports::decide_extension(cx, request, approve).await,
        Callback::Completion { task, confirm } => reports::decide_completion(cx, task, confirm).await,
        Callback::Page { view, page } => tasks::page(cx, view, page).await,
        Callback::Open { task } => tasks::open_card(cx, task).await,
        Callback::Edit { task, field } => tasks::edit_button(cx, task, field).await,
        Callback::Drill { view, part } => summary::drill(cx, view, part).await,
        Callback::ImportProcess => imports::process_button(cx).await,
        Callback::Import { id, action } => imports::button_pressed(cx, id, action).await,
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
async fn dialogue_button(cx: &mut Ctx<'_, '_>, callback: Callback) -> Result<Option<String>, BotError> {
    let state = cx.state().await?;
    if callback == Callback::Cancel {
        cx.clear_state().await?;
        let text = cx.t(Key::DialogueCancelled);
        cx.reply(text).await?;
        return Ok(None);
    }
    match state {
        Some(State::Assign { draft, unit_page }) => {
            tasks::assign_button(cx, draft, unit_page, callback).await
        }
        Some(
            state @ (State::EditLead { .. }
            | State::EditCoUnits { .. }
            | State::EditDeadline { .. }
            | State::CancelReason { .. }),
        ) => tasks::edit_dialogue_button(cx, state, callback).await,
        Some(State::InviteUnit { role }) => people::invite_unit_button(cx, &role, callback).await,
        Some(State::ListUnit) => tasks::list_unit_button(cx, callback).await,
        Some(state @ (State::Evidence { .. } | State::ReturnReason { .. })) => {
            reports::dialogue_button(cx, state, callback).await
        }
        _ => Ok(Some(cx.t(Key::ButtonStale))),
    }
}

/// Runs the bot until `shutdown` resolves, then stops taking updates, lets the handlers finish,
/// lets the sender finish the message in flight, and returns.
pub async fn run(app: Arc<App>, bot: Bot, shutdown: impl Future<Output = ()> + Send) -> Result<(), RunError> {
    run_with(app, bot, shutdown, RunOptions::default()).await
}

/// How the bot talks to Telegram.
#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    /// Sending limits: Telegram's, or relaxed for a fake API (a conversation in a test need not
    /// wait a second between messages).
    pub limits: Limits,
    /// How long one `getUpdates` waits for updates; below the HTTP client's timeout.
    pub poll_timeout: std::time::Duration,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self { limits: Limits::default(), poll_timeout: std::time::Duration::from_secs(10) }
    }
}

/// [`run`] with other options.
pub async fn run_with(
    app: Arc<App>,
    bot: Bot,
    shutdown: impl Future<Output = ()> + Send,
    options: RunOptions,
) -> Result<(), RunError> {
    let limits = options.limits;
    let me = bot.get_me().await.map_err(|e| match e {
        teloxide::RequestError::Api(teloxide::ApiError::InvalidToken) => RunError::InvalidToken,
        other => RunError::Unreachable(other),
    })?;
    tracing::info!(username = me.username(), "connected to Telegram");
    register_commands(&app, &bot).await;
    let pruned = store::inbox::prune(&app.store, app.now() - chrono::Duration::days(7)).await?;
    tracing::debug!(pruned, "old processed updates removed");

    let stop_polling = CancellationToken::new();
    let stop_sending = CancellationToken::new();
    let (feed, updates) = mpsc::channel(256);
    let poller = tokio::spawn(poller::poll(
        app.clone(),
        bot.clone(),
        feed,
        options.poll_timeout,
        stop_polling.clone(),
    ));
    let sender = tokio::spawn(sender::run(app.clone(), bot.clone(), limits, stop_sending.clone()));
    let scheduler = tokio::spawn(crate::reminders::run(app.clone(), stop_polling.clone()));
    let digests = tokio::spawn(crate::reports::digest::run(app.clone(), stop_polling.clone()));

    let schema = Arc::new(schema());
    let mut dispatcher = Dispatcher::builder(bot.clone(), dptree::endpoint(process))
        .dependencies(dptree::deps![app.clone(), schema])
        .error_handler(LoggingErrorHandler::with_custom_text("update handling failed"))
        .build();
    let token = dispatcher.shutdown_token();
    let dispatching = dispatcher.try_dispatch_with_listener(
        poller::Listener::new(updates),
        LoggingErrorHandler::with_custom_text("listener"),
    );
    tokio::pin!(dispatching);

    let outcome = tokio::select! {
        res = &mut dispatching => res.map_err(RunError::Unreachable),
        () = shutdown => {
            tracing::info!("shutting down: no new updates; finishing the ones in hand");
            stop_polling.cancel();
            if token.shutdown().is_ok() {
                // The dispatcher drains its workers only while it is polled.
                let _ = (&mut dispatching).await;
            }
            Ok(())
        }
    };
    stop_polling.cancel();
    stop_sending.cancel();
    let _ = poller.await;
    let _ = scheduler.await;
    let _ = digests.await;
    let _ = sender.await;
    app.store.close().await;
    tracing::info!("stopped");
    outcome
}

/// The outer endpoint: identifies the sender, runs the [`schema`], and makes sure every update
/// ends up either processed or apologised for.
async fn process(
    app: Arc<App>,
    schema: Arc<UpdateHandler<BotError>>,
    bot: Bot,
    me: Me,
    update: Update,
) -> Result<(), Infallible> {
    let update_id = update.id.0 as i64;
    let who = match who::identify(&app, &update).await {
        Ok(Some(who)) => who,
        Ok(None) => {
            skip(&app, update_id).await;
            return Ok(());
        }
        Err(error) => {
            tracing::error!(update_id, %error, "cannot identify the sender; the update stays in the inbox");
            return Ok(());
        }
    };
    let deps = dptree::deps![app.clone(), bot, me, update, who.clone()];
    // A panic in a handler is a bug, but it must cost one answer, not the chat's worker or
    // a poison update replayed at every start: its transaction is dropped (rolled back) and
    // the sender gets the same apology as for any other failure.
    let dispatched = std::panic::AssertUnwindSafe(schema.dispatch(deps));
    match futures::FutureExt::catch_unwind(dispatched).await {
        Ok(ControlFlow::Break(Ok(()))) => {}
        Ok(ControlFlow::Break(Err(error))) => {
            tracing::error!(update_id, %error, "handler failed");
            apologise(&app, update_id, &who).await;
        }
        Ok(ControlFlow::Continue(_)) => skip(&app, update_id).await,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            tracing::error!(update_id, panic = %what, "handler panicked");
            apologise(&app, update_id, &who).await;
        }
    }
    Ok(())
}

/// Marks an update nobody handles as processed, so it is not replayed.
async fn skip(app: &App, update_id: i64) {
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
async fn apologise(app: &App, update_id: i64, who: &Who) {
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

/// Registers the command menu with Telegram: Vietnamese by default, English for English
/// clients, and a shorter menu in groups.
async fn register_commands(app: &App, bot: &Bot) {
    for lang in Lang::ALL {
        let private = menu(app, lang, |_| true);
        let groups = menu(app, lang, Command::in_groups);
        let code = (lang != app.config.locale).then(|| lang.as_str().to_string());
        let mut requests = vec![
            bot.set_my_commands(private).scope(BotCommandScope::AllPrivateChats),
            bot.set_my_commands(groups).scope(BotCommandScope::AllGroupChats),
        ];
        if let Some(code) = code {
            for r in &mut requests {
                r.language_code = Some(code.clone());
            }
        }
        for request in requests {
            if let Err(error) = request.await {
                tracing::warn!(%error, lang = lang.as_str(), "cannot register the command menu");
            }
        }
    }
}

fn menu(app: &App, lang: Lang, keep: impl Fn(Command) -> bool) -> Vec<BotCommand> {
    Command::ALL
        .into_iter()
        .filter(|c| keep(*c))
        .map(|c| BotCommand::new(c.name(), app.i18n.t0(lang, c.description())))
        .collect()
}
