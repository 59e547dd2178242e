//! Outbox → Telegram. Messages go out in order within each chat and concurrently across chats,
//! within Telegram's limits ([`super::limiter`]: 30 messages a second overall, one a second per
//! chat, 20 a minute per group). A 429 waits as long as Telegram asks; network errors and 5xx retry with
//! backoff and then wait in the outbox; a user who blocked the bot is marked unreachable.
//! Nothing is dropped silently: a message given up on keeps its error on its outbox row.
//!
//! Answers to people go ahead of bulk sends (reminders, digests): they are read first, some
//! workers are kept for them, a bulk chat is served a message at a time, and the limiter lets
//! them in ahead of bulk sends (`Lane`). So an officer who replies in the middle of a
//! morning's reminders is answered in about a second, not after the reminders.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use teloxide::prelude::*;
use teloxide::types::{
    FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, LinkPreviewOptions, MessageId, ParseMode,
    ReplyParameters,
};
use teloxide::{ApiError, RequestError};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use super::limiter::{Limits, Throttle};
use crate::app::App;
use crate::store::outbox::{Lane, Pending};
use crate::store::{members, outbox};
use crate::view::message::{Body, Keyboard, Opens, Purpose};

/// Chats served at once. Each waits on the throttle, so this bounds memory, not the rate.
const CONCURRENT_CHATS: usize = 64;
/// Workers bulk sends may never take: kept for answers to people.
const KEPT_FOR_PEOPLE: usize = 16;
/// Messages taken per chat per round, so one busy chat cannot hold a worker for long. A bulk
/// chat gets one: its next reminder waits a second in the chat anyway, and an answer to the
/// same person must not wait behind the rest.
const PER_CHAT_BATCH: usize = 20;
/// Transient failures retried in place before the message goes back to wait in the outbox.
const IN_PLACE_RETRIES: u32 = 4;

pub(super) async fn run(app: Arc<App>, bot: Bot, limits: Limits, stop: CancellationToken) {
    let limiter = Arc::new(Throttle::new(limits));
    let (record, deliveries) = mpsc::channel(CONCURRENT_CHATS);
    let recorder = tokio::spawn(recorder(app.clone(), deliveries));
    let recorder_handle = Recorder(record);
    // The chats being served, and the lane each worker serves.
    let mut busy: HashSet<i64> = HashSet::new();
    let mut bulk_workers = 0;
    let mut workers: JoinSet<(i64, Lane)> = JoinSet::new();
    loop {
        if stop.is_cancelled() {
            break;
        }
        let now = app.now();
        // With every worker busy nothing is read: the next to finish wakes the loop.
        let mut next_due: Option<chrono::DateTime<chrono::Utc>> = None;
        let mut failed = false;
        let mut chosen: Vec<(i64, Vec<Pending>, Lane)> = Vec::new();
        for lane in [Lane::People, Lane::Bulk] {
            let running = workers.len() + chosen.len();
            let free = match lane {
                Lane::People => CONCURRENT_CHATS.saturating_sub(running),
                Lane::Bulk => (CONCURRENT_CHATS - KEPT_FOR_PEOPLE)
                    .saturating_sub(bulk_workers)
                    .min(CONCURRENT_CHATS.saturating_sub(running)),
            };
            if free == 0 {
                continue;
            }
            // Enough rows to find `free` chats; bulk rows are one a chat.
            let limit = if lane == Lane::Bulk { (free * 4).max(32) } else { 512 };
            let busy_now: HashSet<i64> = busy.iter().copied().chain(chosen.iter().map(|c| c.0)).collect();
            let due = match outbox::due_except(app.store.pool(), lane, now, &busy_now, limit as u16).await {
                Ok(due) => due,
                Err(error) => {
                    tracing::error!(%error, "cannot read the outbox");
                    failed = true;
                    break;
                }
            };
            if let Some(at) = due.next_at {
                next_due = Some(next_due.map_or(at, |n| n.min(at)));
            }
            let per_chat = if lane == Lane::Bulk { 1 } else { PER_CHAT_BATCH };
            for (chat_id, rows) in by_chat(due.rows, per_chat).into_iter().take(free) {
                chosen.push((chat_id, rows, lane));
            }
        }
        if failed {
            tokio::time::sleep(Duration::from_secs(1)).await;
            continue;
        }
        // What these messages tell people was committed before they were read: on disk before
        // they go.
        if !chosen.is_empty()
            && let Err(error) = app.store.sync_log().await
        {
            // The messages still go: losing the last commits to a power cut is the lesser harm.
            tracing::error!(%error, "cannot sync the database log before sending");
        }
        for (chat_id, rows, lane) in chosen {
            busy.insert(chat_id);
            if lane == Lane::Bulk {
                bulk_workers += 1;
            }
            let (app, bot, stop, limiter, recorder) =
                (app.clone(), bot.clone(), stop.clone(), limiter.clone(), recorder_handle.clone());
            workers.spawn(async move {
                deliver_chat(&app, &bot, &limiter, &recorder, rows, lane, &stop).await;
                (chat_id, lane)
            });
        }
        let finished = |done: Result<(i64, Lane), tokio::task::JoinError>,
                        busy: &mut HashSet<i64>,
                        bulk_workers: &mut usize| {
            if let Ok((chat_id, lane)) = done {
                busy.remove(&chat_id);
                if lane == Lane::Bulk {
                    *bulk_workers -= 1;
                }
            }
        };
        tokio::select! {
            () = app.outbox_ready() => {}
            Some(done) = workers.join_next(), if !workers.is_empty() => {
                finished(done, &mut busy, &mut bulk_workers);
            }
            () = app.clock.sleep_until(next_due.unwrap_or(now)), if next_due.is_some() => {}
            () = stop.cancelled() => {}
        }
        // Under load several chats finish together: one read serves them all.
        while let Some(done) = workers.try_join_next() {
            finished(done, &mut busy, &mut bulk_workers);
        }
    }
    // Finish the messages in flight; the rest stay in the outbox for the next start.
    while workers.join_next().await.is_some() {}
    drop(recorder_handle);
    let _ = recorder.await;
}

/// A delivery to record, and who waits for it to be recorded.
type Delivery = (i64, Option<i32>, oneshot::Sender<Result<(), String>>);

/// Hands deliveries to the [`recorder`].
#[derive(Clone)]
struct Recorder(mpsc::Sender<Delivery>);

impl Recorder {
    async fn sent(&self, outbox_id: i64, message_id: Option<i32>) -> Result<(), String> {
        let (done, recorded) = oneshot::channel();
        if self.0.send((outbox_id, message_id, done)).await.is_err() {
            return Err("the recorder has stopped".into());
        }
        recorded.await.unwrap_or_else(|_| Err("the recorder has stopped".into()))
    }
}

/// Records deliveries as they come back, all those waiting in one transaction.
///
/// Between Telegram's answer and this record a crash sends the message again after the
/// restart, so the gap is kept short: with dozens of chats served at once, separate updates
/// would queue on SQLite's write lock (and its busy back-off) for a good part of a second,
/// while one transaction for the lot takes a few milliseconds.
async fn recorder(app: Arc<App>, mut deliveries: mpsc::Receiver<Delivery>) {
    let mut batch: Vec<Delivery> = Vec::new();
    while deliveries.recv_many(&mut batch, CONCURRENT_CHATS).await > 0 {
        let rows: Vec<(i64, Option<i32>)> = batch.iter().map(|(id, message, _)| (*id, *message)).collect();
        let started = Instant::now();
        let result = outbox::mark_sent_many(&app.store, &rows, app.now()).await;
        tracing::debug!(count = rows.len(), took = ?started.elapsed(), "deliveries recorded");
        for (_, _, done) in batch.drain(..) {
            let _ = done.send(result.as_ref().map(|_| ()).map_err(ToString::to_string));
        }
    }
}

/// Groups rows by chat, keeping the order of first appearance and each chat's row order, at
/// most `per_chat` a chat.
fn by_chat(rows: Vec<Pending>, per_chat: usize) -> Vec<(i64, Vec<Pending>)> {
    let mut order: Vec<(i64, Vec<Pending>)> = Vec::new();
    let mut index: HashMap<i64, usize> = HashMap::new();
    for row in rows {
        let i = *index.entry(row.chat_id).or_insert_with(|| {
            order.push((row.chat_id, Vec::new()));
            order.len() - 1
        });
        if order[i].1.len() < per_chat {
            order[i].1.push(row);
        }
    }
    order
}

/// How one attempt ended.
enum Outcome {
    Sent(Option<i32>),
    /// The bot is stopping: the row stays as it was, for the next start.
    Stopped,
    /// Try again later (network, 5xx): the row waits in the outbox.
    Later(String),
    /// The user blocked the bot, left, or never started it.
    Unreachable(String),
    /// Telegram refused the request itself; retrying cannot help.
    Refused(String),
}

async fn deliver_chat(
    app: &App,
    bot: &Bot,
    limiter: &Throttle,
    recorder: &Recorder,
    rows: Vec<Pending>,
    lane: Lane,
    stop: &CancellationToken,
) {
    let store = &app.store;
    for row in rows {
        if stop.is_cancelled() {
            return;
        }
        let outcome = deliver(bot, limiter, &row, lane, app.config.give_up_after, stop).await;
        let now = app.now();
        let recorded = match &outcome {
            Outcome::Stopped => return,
            Outcome::Sent(message_id) => recorder.sent(row.id, *message_id).await,
            Outcome::Later(error) => {
                let wait = chrono::Duration::minutes(2i64.pow(row.attempts.clamp(0, 5) as u32));
                tracing::warn!(outbox_id = row.id, chat_id = row.chat_id, %error, "delivery postponed");
                outbox::postpone(store, row.id, now + wait, error).await.map_err(|e| e.to_string())
            }
            Outcome::Unreachable(error) => {
                tracing::warn!(outbox_id = row.id, chat_id = row.chat_id, %error, "recipient unreachable");
                mark_unreachable(app, row.chat_id).await;
                let failed = outbox::mark_failed(store, row.id, error, now).await.map_err(|e| e.to_string());
                if row.purpose == Purpose::Reminder.as_str()
                    && let Err(error) = crate::reminders::undeliverable(app, row.id).await
                {
                    tracing::error!(outbox_id = row.id, %error, "cannot pass an undeliverable reminder on");
                }
                failed
            }
            Outcome::Refused(error) => {
                tracing::error!(outbox_id = row.id, chat_id = row.chat_id, %error, "Telegram refused a message");
                outbox::mark_failed(store, row.id, error, now).await.map_err(|e| e.to_string())
            }
        };
        if let Err(error) = recorded {
            // The message may go out again after a restart; that is the one duplicate we allow.
            tracing::error!(outbox_id = row.id, %error, "cannot record a delivery outcome");
        }
        if matches!(outcome, Outcome::Later(_)) {
            // Keep the chat's order: what follows waits behind the postponed message.
            return;
        }
    }
}

/// A private chat's id is its user's id; a group has no member to mark.
async fn mark_unreachable(app: &App, chat_id: i64) {
    let result =
        async { members::set_reachable(&mut *app.store.write().await?, chat_id, false, app.now()).await };
    if let Err(error) = result.await {
        tracing::error!(chat_id, %error, "cannot mark a member unreachable");
    }
}

/// Sends one message, retrying in place what may pass. An error Telegram does not explain (an
/// unknown 400, a body that is not JSON, a 413) is tried `give_up_after` times in all, counting
/// earlier rounds, then given up; a network failure or a server error waits in the outbox as
/// long as it lasts. Every wait ends when the bot stops.
async fn deliver(
    bot: &Bot,
    limiter: &Throttle,
    row: &Pending,
    lane: Lane,
    give_up_after: u32,
    stop: &CancellationToken,
) -> Outcome {
    let body: Body = match serde_json::from_str(&row.body) {
        Ok(body) => body,
        Err(error) => return Outcome::Refused(format!("unreadable outbox body: {error}")),
    };
    let mut failures = 0;
    let mut unexplained = row.attempts.max(0) as u32;
    loop {
        tokio::select! {
            () = limiter.wait_turn(row.chat_id, lane) => {}
            () = stop.cancelled() => return Outcome::Stopped,
        }
        let error = match send(bot, row, &body).await {
            Ok(message_id) => return Outcome::Sent(message_id),
            Err(error) => error,
        };
        let pause = match classify(&error) {
            Class::Wait(after) => {
                tracing::info!(outbox_id = row.id, ?after, "Telegram asks to slow down");
                after
            }
            Class::Transient => {
                failures += 1;
                if failures > IN_PLACE_RETRIES {
                    return Outcome::Later(error.to_string());
                }
                Duration::from_millis(250 * 2u64.pow(failures))
            }
            Class::Unexplained => {
                unexplained += 1;
                if unexplained >= give_up_after {
                    return Outcome::Refused(format!("given up after {unexplained} attempts: {error}"));
                }
                Duration::from_millis(250 * 2u64.pow(unexplained.min(6)))
            }
            Class::AlreadyDone => return Outcome::Sent(None),
            Class::Unreachable => return Outcome::Unreachable(error.to_string()),
            Class::Refused => return Outcome::Refused(error.to_string()),
        };
        tokio::select! {
            () = tokio::time::sleep(pause) => {}
            () = stop.cancelled() => return Outcome::Stopped,
        }
    }
}

/// Telegram's words for its own failures (5xx), as opposed to a request it will not take.
fn is_server_error(description: &str) -> bool {
    let d = description.to_ascii_lowercase();
    ["internal server error", "bad gateway", "service unavailable", "gateway timeout"]
        .iter()
        .any(|w| d.contains(w))
}

enum Class {
    Wait(Duration),
    /// The network, or Telegram's servers: it passes.
    Transient,
    /// An error Telegram does not explain: it may be the request itself.
    Unexplained,
    AlreadyDone,
    Unreachable,
    Refused,
}

fn classify(error: &RequestError) -> Class {
    match error {
        RequestError::RetryAfter(after) => Class::Wait(after.duration()),
        RequestError::Network(_) | RequestError::Io(_) => Class::Transient,
        RequestError::InvalidJson { .. } => Class::Unexplained,
        RequestError::MigrateToChatId(_) => Class::Refused,
        RequestError::Api(api) => match api {
            ApiError::MessageNotModified => Class::AlreadyDone,
            ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::CantInitiateConversation
            | ApiError::ChatNotFound
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::GroupDeactivated => Class::Unreachable,
            // 5xx answers arrive as errors teloxide does not name, told apart by their words.
            ApiError::Unknown(description) if is_server_error(description) => Class::Transient,
            ApiError::Unknown(_) => Class::Unexplained,
            _ => Class::Refused,
        },
    }
}

/// The view's buttons as Telegram's inline keyboard (the view keeps their data within
/// Telegram's 64 bytes).
fn inline(keyboard: &Keyboard) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(keyboard.rows.iter().map(|row| {
        row.iter()
            .map(|b| match &b.opens {
                None => InlineKeyboardButton::callback(b.label.clone(), b.data.clone()),
                Some(Opens::App(page)) => match url::Url::parse(page) {
                    Ok(url) => {
                        InlineKeyboardButton::web_app(b.label.clone(), teloxide::types::WebAppInfo { url })
                    }
                    Err(_) => InlineKeyboardButton::callback(b.label.clone(), "-".to_string()),
                },
                Some(Opens::Link(page)) => match url::Url::parse(page) {
                    Ok(url) => InlineKeyboardButton::url(b.label.clone(), url),
                    Err(_) => InlineKeyboardButton::callback(b.label.clone(), "-".to_string()),
                },
            })
            .collect::<Vec<_>>()
    }))
}

async fn send(bot: &Bot, row: &Pending, body: &Body) -> Result<Option<i32>, RequestError> {
    let chat = ChatId(row.chat_id);
    let message = match body {
        Body::Text { text, keyboard, reply_to } => {
            let mut request =
                bot.send_message(chat, text).parse_mode(ParseMode::Html).link_preview_options(no_preview());
            if let Some(keyboard) = keyboard {
                request = request.reply_markup(inline(keyboard));
            }
            if let Some(id) = reply_to {
                request = request
                    .reply_parameters(ReplyParameters::new(MessageId(*id)).allow_sending_without_reply());
            }
            request.await?
        }
        Body::Edit { message_id, text, keyboard } => {
            let mut request = bot
                .edit_message_text(chat, MessageId(*message_id), text)
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            if let Some(keyboard) = keyboard {
                request = request.reply_markup(inline(keyboard));
            }
            request.await?
        }
        Body::Photo { file_name, caption } => {
            let file =
                InputFile::memory(row.attachment.clone().unwrap_or_default()).file_name(file_name.clone());
            bot.send_photo(chat, file).caption(caption).parse_mode(ParseMode::Html).await?
        }
        Body::Document { file_name, caption } => {
            let file =
                InputFile::memory(row.attachment.clone().unwrap_or_default()).file_name(file_name.clone());
            bot.send_document(chat, file).caption(caption).parse_mode(ParseMode::Html).await?
        }
        Body::Stored { photo, file_ref, caption } => {
            let file = InputFile::file_id(FileId(file_ref.clone()));
            if *photo {
                bot.send_photo(chat, file).caption(caption).parse_mode(ParseMode::Html).await?
            } else {
                bot.send_document(chat, file).caption(caption).parse_mode(ParseMode::Html).await?
            }
        }
    };
    Ok(Some(message.id.0))
}

fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}
