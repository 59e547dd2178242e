//! The Telegram side: the handler tree ([`schema`]), the commands, and the three tasks that run
//! the bot ([`run`]): the poller (Telegram → inbox), teloxide's dispatcher (inbox → handlers,
//! one chat at a time), and the sender (outbox → Telegram).
//!
//! Handlers read the update, call the domain and the store, and queue their answers in the
//! same transaction ([`turn::Turn`]); they never talk to Telegram directly, except to
//! acknowledge a button press.

pub mod commands;
pub mod help;
pub mod outgoing;
mod poller;
mod sender;
pub mod turn;
pub mod who;

use std::convert::Infallible;
use std::future::Future;
use std::ops::ControlFlow;
use std::sync::Arc;

use teloxide::dispatching::UpdateHandler;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Me};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::app::App;
use crate::domain::Lang;
use crate::i18n::Key;
use crate::store::{self, StoreError};
use commands::{Command, Invocation};
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

/// The handler tree for one update, after its sender has been identified.
pub fn schema() -> UpdateHandler<BotError> {
    let commands = dptree::filter_map(|msg: Message, me: Me| {
        msg.text().and_then(|text| Command::parse(text, me.username()))
    })
    .endpoint(on_command);

    dptree::entry().branch(Update::filter_message().branch(commands).branch(dptree::endpoint(on_text)))
}

/// What a handler works with: the app, the sender, the message, and the open turn.
pub struct Ctx<'t, 'a> {
    pub app: &'a App,
    pub who: &'a Who,
    pub msg: &'a Message,
    pub turn: &'t mut Turn<'a>,
}

impl Ctx<'_, '_> {
    /// Answers in the chat the message came from (threaded under it in groups).
    pub async fn reply(&mut self, html: String) -> HandlerResult {
        let mut out = Outgoing::text(self.who.chat_id, html);
        if !self.who.is_private() {
            out = out.reply_to(self.msg.id.0);
        }
        self.turn.send(out).await?;
        Ok(())
    }

    pub fn t(&self, key: Key) -> String {
        self.app.i18n.t0(self.who.lang, key)
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

async fn on_command(app: Arc<App>, update: Update, msg: Message, who: Who, inv: Invocation) -> HandlerResult {
    let Some(mut turn) = Turn::begin(&app, update.id.0 as i64).await? else { return Ok(()) };
    let mut cx = Ctx { app: &app, who: &who, msg: &msg, turn: &mut turn };
    match gate(&who, inv.command) {
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
        Gate::Pass => match inv.command {
            Command::Start => help::start(&mut cx, &inv.args).await?,
            Command::Help => help::help(&mut cx, &inv.args).await?,
            other => {
                let args = crate::i18n::Args::new().raw("command", format!("/{}", other.name()));
                let text = app.i18n.t(who.lang, Key::ErrorUnavailable, &args);
                cx.reply(text).await?;
            }
        },
    }
    turn.commit().await?;
    Ok(())
}

/// Plain text that is not a command.
async fn on_text(app: Arc<App>, update: Update, msg: Message, who: Who) -> HandlerResult {
    let Some(mut turn) = Turn::begin(&app, update.id.0 as i64).await? else { return Ok(()) };
    if who.is_private() {
        let mut cx = Ctx { app: &app, who: &who, msg: &msg, turn: &mut turn };
        let text = match &who.member {
            None => help::stranger_text(&cx),
            Some(member) => help::commands_for(&cx, member.role, &who),
        };
        cx.reply(text).await?;
    }
    // In groups the bot only listens to commands and replies to its own messages.
    turn.commit().await?;
    Ok(())
}

/// Runs the bot until `shutdown` resolves, then stops taking updates, lets the handlers finish,
/// lets the sender finish the message in flight, and returns.
pub async fn run(app: Arc<App>, bot: Bot, shutdown: impl Future<Output = ()> + Send) -> Result<(), RunError> {
    let me = bot.get_me().await.map_err(|e| match e {
        teloxide::RequestError::Api(teloxide::ApiError::InvalidToken) => RunError::InvalidToken,
        other => RunError::Unreachable(other),
    })?;
    tracing::info!(username = me.username(), "connected to Telegram");
    register_commands(&app, &bot).await;
    let pruned = store::inbox::prune(app.store.pool(), app.now() - chrono::Duration::days(7)).await?;
    tracing::debug!(pruned, "old processed updates removed");

    let stop_polling = CancellationToken::new();
    let stop_sending = CancellationToken::new();
    let (feed, updates) = mpsc::channel(256);
    let poller = tokio::spawn(poller::poll(app.clone(), bot.clone(), feed, stop_polling.clone()));
    let sender = tokio::spawn(sender::run(app.clone(), bot.clone(), stop_sending.clone()));

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
    match schema.dispatch(deps).await {
        ControlFlow::Break(Ok(())) => {}
        ControlFlow::Break(Err(error)) => {
            tracing::error!(update_id, %error, "handler failed");
            apologise(&app, update_id, &who).await;
        }
        ControlFlow::Continue(_) => skip(&app, update_id).await,
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
            turn.send(Outgoing::text(who.chat_id, app.i18n.t0(who.lang, Key::ErrorInternal))).await?;
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
