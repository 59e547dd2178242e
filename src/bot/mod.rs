//! The Telegram adapter: updates in, the view's messages out. The poller takes updates into
//! the inbox; teloxide's dispatcher runs them one chat at a time, each turned into a neutral
//! [`crate::usecases::Request`]; the sender delivers the outbox as HTML messages with inline
//! keyboards, within Telegram's limits and rate. Nothing else in the crate knows Telegram.

pub mod limiter;
mod poller;
mod sender;

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
use crate::domain::MAX_FILE_BYTES;
use crate::store::StoreError;
use crate::usecases::commands::{Command, Invocation};
use crate::usecases::who::{self, Sender, Who};
use crate::usecases::{
    self, Channel, Content, Document, FileKind, IncomingFile, Replied, Request, UseCaseError,
};
use crate::view::markup;
pub use limiter::Limits;

/// What handling an update can fail with.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error(transparent)]
    UseCase(#[from] UseCaseError),
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

    let imports = dptree::filter_map_async(wanted_import).endpoint(on_import);
    let files = dptree::filter(|msg: Message| carries_file(&msg)).endpoint(on_file);

    dptree::entry()
        .branch(
            Update::filter_message()
                .branch(commands)
                .branch(imports)
                .branch(files)
                .branch(dptree::endpoint(on_text)),
        )
        .branch(Update::filter_callback_query().endpoint(on_callback))
}

/// The messenger as the use cases see it.
fn channel(me: &Me) -> Channel {
    Channel {
        bot_username: me.username().to_string(),
        invite_prefix: format!("https://t.me/{}?start=", me.username()),
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
    let request = Request::Command(inv);
    usecases::handle(&app, &who, &channel(&me), update.id.0 as i64, Some(msg.id.0), request).await?;
    Ok(())
}

/// Plain text that is not a command: the answer to what the bot asked, a reply to one of its
/// task messages, or a status report that needs its task.
async fn on_text(app: Arc<App>, update: Update, msg: Message, me: Me, who: Who) -> HandlerResult {
    let text = msg.text().or(msg.caption()).unwrap_or("").to_string();
    let replied_to = replied_bot_message(&msg, &me)
        .map(|m| Replied { message_id: m.id.0, text: m.text().or(m.caption()).unwrap_or("").to_string() });
    let request = Request::Text { text, replied_to };
    usecases::handle(&app, &who, &channel(&me), update.id.0 as i64, Some(msg.id.0), request).await?;
    Ok(())
}

/// A document for an import (sent during `/nhap`, or with `/nhap` as its caption).
#[derive(Clone)]
struct ImportFile;

async fn wanted_import(msg: Message, me: Me, who: Who) -> Option<ImportFile> {
    msg.document()?;
    let captioned = msg
        .caption()
        .and_then(|c| Command::parse(c, me.username()))
        .is_some_and(|i| i.command == Command::Import);
    usecases::wants_document(&who, captioned).then_some(ImportFile)
}

/// A file for an import: fetched before the update's transaction begins, so a slow download
/// never holds the database.
async fn on_import(app: Arc<App>, bot: Bot, update: Update, msg: Message, me: Me, who: Who) -> HandlerResult {
    let document = msg.document().expect("the branch filters documents");
    let file = if document.file.size as usize > crate::import::MAX_BYTES {
        Document::TooLarge
    } else {
        match fetch(&bot, &document.file.id).await {
            Some(bytes) => Document::Fetched(bytes),
            None => Document::Failed,
        }
    };
    let name = document.file_name.clone().unwrap_or_else(|| "document".into());
    let request = Request::Document { name, file };
    usecases::handle(&app, &who, &channel(&me), update.id.0 as i64, Some(msg.id.0), request).await?;
    Ok(())
}

/// Whether a message carries a file of any kind (text-less: its caption is not a command).
fn carries_file(msg: &Message) -> bool {
    msg.document().is_some()
        || msg.photo().is_some()
        || msg.video().is_some()
        || msg.audio().is_some()
        || msg.voice().is_some()
        || msg.video_note().is_some()
        || msg.animation().is_some()
}

/// Downloads a file (Bot API `getFile`, then the file URL); `None` when it cannot be had
/// within a minute.
async fn fetch(bot: &Bot, id: &teloxide::types::FileId) -> Option<Vec<u8>> {
    use teloxide::net::Download;
    let result = async {
        let file = bot.get_file(id.clone()).await?;
        let mut bytes = Vec::with_capacity(file.size as usize);
        bot.download_file(&file.path, &mut bytes).await.map_err(teloxide::RequestError::from)?;
        Ok::<_, teloxide::RequestError>(bytes)
    };
    match tokio::time::timeout(std::time::Duration::from_secs(60), result).await {
        Ok(Ok(bytes)) => Some(bytes),
        Ok(Err(error)) => {
            tracing::warn!(%error, "cannot download a file");
            None
        }
        Err(_) => {
            tracing::warn!("a file download timed out");
            None
        }
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    use std::fmt::Write as _;
    sha2::Sha256::digest(bytes).iter().fold(String::with_capacity(64), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

/// A document, photo or other file that is not for an import: evidence for a task, if it
/// names one the sender may report on. Only then is it fetched (and hashed), before the turn.
async fn on_file(app: Arc<App>, bot: Bot, update: Update, msg: Message, me: Me, who: Who) -> HandlerResult {
    let caption = msg.caption().unwrap_or("").to_string();
    let replied_to = replied_bot_message(&msg, &me)
        .map(|m| Replied { message_id: m.id.0, text: m.text().or(m.caption()).unwrap_or("").to_string() });
    let (kind, meta, name, mime_type) = if let Some(d) = msg.document() {
        let name = d.file_name.clone().unwrap_or_else(|| format!("{}.bin", d.file.unique_id.0));
        (FileKind::Document, &d.file, name, d.mime_type.as_ref().map(|m| m.essence_str().to_string()))
    } else if let Some(p) = msg.photo().and_then(|sizes| sizes.iter().max_by_key(|p| p.width * p.height)) {
        // Telegram sends a picture in several sizes; the largest is the one worth keeping.
        (FileKind::Photo, &p.file, format!("photo-{}.jpg", p.file.unique_id.0), Some("image/jpeg".into()))
    } else {
        let meta = msg
            .video()
            .map(|v| &v.file)
            .or(msg.audio().map(|a| &a.file))
            .or(msg.voice().map(|v| &v.file))
            .or(msg.video_note().map(|v| &v.file))
            .or(msg.animation().map(|a| &a.file))
            .expect("the branch filters files");
        let name = msg
            .video()
            .and_then(|v| v.file_name.clone())
            .or(msg.audio().and_then(|a| a.file_name.clone()))
            .unwrap_or_else(|| meta.unique_id.0.clone());
        (FileKind::Other, meta, name, None)
    };
    // What the turn would refuse anyway is not downloaded.
    let acceptable = match kind {
        FileKind::Photo => true,
        FileKind::Document => crate::domain::evidence::is_evidence_document(&name, mime_type.as_deref()),
        FileKind::Other => false,
    };
    let wanted = acceptable
        && usecases::evidence_target(&app, &who, &channel(&me), &caption, replied_to.as_ref())
            .await?
            .is_some();
    let content = if !wanted {
        Content::NotFetched
    } else if u64::from(meta.size) > MAX_FILE_BYTES {
        Content::TooLarge
    } else {
        match fetch(&bot, &meta.id).await {
            // The size the file arrived with counts, not the one announced.
            Some(bytes) if bytes.len() as u64 > MAX_FILE_BYTES => Content::TooLarge,
            Some(bytes) => Content::Hashed(sha256_hex(&bytes)),
            None => Content::Failed,
        }
    };
    let file = IncomingFile {
        kind,
        file_ref: meta.id.0.clone(),
        name,
        mime_type,
        size: u64::from(meta.size),
        caption,
        replied_to,
        content,
    };
    usecases::handle(&app, &who, &channel(&me), update.id.0 as i64, Some(msg.id.0), Request::File(file))
        .await?;
    Ok(())
}

/// The bot's own message that `msg` replies to.
fn replied_bot_message<'m>(msg: &'m Message, me: &Me) -> Option<&'m Message> {
    let MessageKind::Common(common) = &msg.kind else { return None };
    let original = common.reply_to_message.as_deref()?;
    let from_bot = original.from.as_ref().is_some_and(|u| u.id == me.id);
    from_bot.then_some(original)
}

async fn on_callback(
    app: Arc<App>,
    bot: Bot,
    update: Update,
    q: CallbackQuery,
    me: Me,
    who: Who,
) -> HandlerResult {
    let request = Request::Press { data: q.data.clone(), message_id: q.message.as_ref().map(|m| m.id().0) };
    let toast = usecases::handle(&app, &who, &channel(&me), update.id.0 as i64, None, request).await?;
    // The spinner on the button stops when the press is answered; a lost answer only leaves
    // it spinning a few seconds, so it is not worth the outbox.
    // The toast may say what was recorded: on disk first.
    if let Err(error) = app.store.sync_log().await {
        tracing::error!(%error, "cannot sync the database log before answering a button");
    }
    let mut answer = bot.answer_callback_query(q.id.clone());
    if let Some(text) = toast {
        // A popup shows no formatting: the view's markup goes as plain text.
        answer = answer.text(markup::truncate(&markup::plain(&text), 190));
    }
    if let Err(error) = answer.await {
        tracing::warn!(%error, "cannot answer a button press");
    }
    Ok(())
}

/// The sender of an update; `None` for updates without a human sender (channel posts,
/// service updates), which the bot ignores.
fn sender_of(update: &Update) -> Option<Sender> {
    let (user, chat) = (update.from()?, update.chat()?);
    if user.is_bot {
        return None;
    }
    let name = match &user.last_name {
        Some(last) => format!("{} {last}", user.first_name),
        None => user.first_name.clone(),
    };
    Some(Sender {
        user_id: user.id.0 as i64,
        name,
        chat_id: chat.id.0,
        private: chat.is_private(),
        chat_title: chat.title().map(str::to_string),
    })
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
    app.set_bot_username(me.username());
    register_commands(&app, &bot).await;
    register_dashboard(&app, &bot).await;

    let stop_polling = CancellationToken::new();
    let stop_sending = CancellationToken::new();
    let (feed, updates) = mpsc::channel(256);
    let retries = tokio::spawn(poller::retry(app.clone(), feed.clone(), stop_polling.clone()));
    let poller = tokio::spawn(poller::poll(
        app.clone(),
        bot.clone(),
        feed,
        options.poll_timeout,
        stop_polling.clone(),
    ));
    let sender = tokio::spawn(sender::run(app.clone(), bot.clone(), limits, stop_sending.clone()));
    let scheduler = tokio::spawn(crate::reminders::run(app.clone(), stop_polling.clone()));
    let digests = tokio::spawn(crate::summaries::digest::run(app.clone(), stop_polling.clone()));
    let housekeeping = tokio::spawn(crate::housekeeping::run(app.clone(), stop_polling.clone()));

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
    let _ = retries.await;
    let _ = scheduler.await;
    let _ = digests.await;
    let _ = housekeeping.await;
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
    let Some(sender) = sender_of(&update) else {
        usecases::skip(&app, update_id).await;
        return Ok(());
    };
    let who = match who::identify(&app, sender).await {
        Ok(who) => who,
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
            usecases::apologise(&app, update_id, &who).await;
        }
        Ok(ControlFlow::Continue(_)) => usecases::skip(&app, update_id).await,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            tracing::error!(update_id, panic = %what, "handler panicked");
            usecases::apologise(&app, update_id, &who).await;
        }
    }
    Ok(())
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

/// With the dashboard served (`DONDOC_WEB_URL`), the menu button beside the message field
/// opens it in private chats.
async fn register_dashboard(app: &App, bot: &Bot) {
    let Some(url) = app.config.dashboard_page() else { return };
    let button = teloxide::types::MenuButton::WebApp {
        text: app.i18n.t0(app.config.locale, crate::i18n::Key::WebTitle),
        web_app: teloxide::types::WebAppInfo { url },
    };
    if let Err(error) = bot.set_chat_menu_button().menu_button(button).await {
        tracing::warn!(%error, "cannot set the dashboard's menu button");
    }
}

fn menu(app: &App, lang: Lang, keep: impl Fn(Command) -> bool) -> Vec<BotCommand> {
    Command::ALL
        .into_iter()
        .filter(|c| keep(*c))
        .map(|c| BotCommand::new(c.name(), app.i18n.t0(lang, c.description())))
        .collect()
}
