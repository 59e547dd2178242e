//! Telegram → inbox → dispatcher. Each batch from `getUpdates` is stored before the next call
//! acknowledges it, and updates left unprocessed by a previous run are fed again first.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use futures::stream::BoxStream;
use teloxide::prelude::*;
use teloxide::stop::{StopFlag, StopToken, mk_stop_token};
use teloxide::types::{AllowedUpdate, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::app::App;
use crate::store::inbox;

const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// `timeout` is the long-poll wait; it stays below the HTTP client's request timeout (17 s in
/// teloxide's default client).
pub(super) async fn poll(
    app: Arc<App>,
    bot: Bot,
    feed: mpsc::Sender<Update>,
    timeout: Duration,
    stop: CancellationToken,
) {
    let pool = app.store.pool();
    match inbox::pending(pool, None).await {
        Ok(rows) => {
            if !rows.is_empty() {
                tracing::info!(count = rows.len(), "replaying updates received before the last stop");
            }
            if !replay(&app, &feed, rows).await {
                return;
            }
        }
        Err(error) => {
            tracing::error!(%error, "cannot read the inbox; unprocessed updates wait for the next start")
        }
    }

    let mut offset = match inbox::last_update_id(pool).await {
        Ok(last) => last.map(|id| (id + 1) as i32),
        Err(error) => {
            tracing::error!(%error, "cannot read the last update id; polling from Telegram's offset");
            None
        }
    };
    let mut backoff = Duration::from_secs(1);
    loop {
        let mut request = bot
            .get_updates()
            .timeout(timeout.as_secs().max(1) as u32)
            .allowed_updates(vec![AllowedUpdate::Message, AllowedUpdate::CallbackQuery]);
        request.offset = offset;
        let result = tokio::select! {
            () = stop.cancelled() => return,
            result = request.send() => result,
        };
        let updates = match result {
            Ok(updates) => {
                backoff = Duration::from_secs(1);
                updates
            }
            Err(teloxide::RequestError::RetryAfter(after)) => {
                pause(&stop, after.duration()).await;
                continue;
            }
            Err(error) => {
                tracing::warn!(%error, retry_in = ?backoff, "getUpdates failed");
                pause(&stop, backoff).await;
                backoff = (backoff * 2).min(MAX_BACKOFF);
                continue;
            }
        };
        if updates.is_empty() {
            continue;
        }
        let rows: Vec<(i64, String)> = updates
            .iter()
            .map(|u| (u.id.0 as i64, serde_json::to_string(u).expect("an update always serialises")))
            .collect();
        let fresh = match inbox::put(&app.store, &rows, app.now()).await {
            Ok(fresh) => fresh,
            Err(error) => {
                // Not acknowledged: Telegram sends the batch again on the next call.
                tracing::error!(%error, "cannot store updates; asking Telegram again");
                pause(&stop, backoff).await;
                backoff = (backoff * 2).min(MAX_BACKOFF);
                continue;
            }
        };
        offset = rows.last().map(|(id, _)| (*id + 1) as i32);
        for update in updates {
            if fresh.contains(&(update.id.0 as i64)) && !forward(&feed, update).await {
                return;
            }
        }
    }
}

/// Hands stored updates to the dispatcher again, each attempt counted. `false` when the
/// dispatcher is gone.
async fn replay(app: &App, feed: &mpsc::Sender<Update>, rows: Vec<(i64, String)>) -> bool {
    for (id, payload) in rows {
        match serde_json::from_str::<Update>(&payload) {
            Ok(update) => {
                if let Err(error) = inbox::count_attempt(&app.store, id).await {
                    tracing::warn!(update_id = id, %error, "cannot count an attempt");
                }
                if !forward(feed, update).await {
                    return false;
                }
            }
            Err(error) => tracing::error!(update_id = id, %error, "stored update is unreadable; skipped"),
        }
    }
    true
}

/// How long an update may stay unprocessed before it is handed to the dispatcher again.
const RETRY_AFTER: chrono::Duration = chrono::Duration::seconds(30);

/// Hands updates whose handling failed before anything was recorded (the sender could not be
/// identified, say, while the database was unreadable) to the dispatcher again, without
/// waiting for a restart: every [`RETRY_AFTER`], up to [`inbox::MAX_ATTEMPTS`] in all.
pub(super) async fn retry(app: Arc<App>, feed: mpsc::Sender<Update>, stop: CancellationToken) {
    loop {
        let next = app.now() + RETRY_AFTER;
        tokio::select! {
            () = app.clock.sleep_until(next) => {}
            () = stop.cancelled() => return,
        }
        match inbox::pending(app.store.pool(), Some(app.now() - RETRY_AFTER)).await {
            Ok(rows) => {
                if !rows.is_empty() {
                    tracing::info!(count = rows.len(), "trying updates again that could not be handled");
                }
                if !replay(&app, &feed, rows).await {
                    return;
                }
            }
            Err(error) => tracing::error!(%error, "cannot read the inbox; trying again shortly"),
        }
    }
}

/// Hands one update, its attempt counted, to the dispatcher. `false` when the dispatcher is
/// gone.
async fn forward(feed: &mpsc::Sender<Update>, update: Update) -> bool {
    let id = update.id.0 as i64;
    if let UpdateKind::Error(value) = &update.kind {
        tracing::warn!(update_id = id, %value, "an update this version cannot read; skipped");
        return true;
    }
    feed.send(update).await.is_ok()
}

async fn pause(stop: &CancellationToken, how_long: Duration) {
    tokio::select! {
        () = stop.cancelled() => {}
        () = tokio::time::sleep(how_long) => {}
    }
}

/// The dispatcher's update listener: the updates the poller forwards, until the dispatcher
/// is told to stop.
pub(super) struct Listener {
    updates: mpsc::Receiver<Update>,
    token: StopToken,
    flag: StopFlag,
}

impl Listener {
    pub(super) fn new(updates: mpsc::Receiver<Update>) -> Self {
        let (token, flag) = mk_stop_token();
        Self { updates, token, flag }
    }
}

impl<'a> AsUpdateStream<'a> for Listener {
    type StreamErr = Infallible;
    type Stream = BoxStream<'a, Result<Update, Infallible>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let updates = &mut self.updates;
        futures::stream::poll_fn(move |cx| updates.poll_recv(cx))
            .map(Ok)
            .take_until(self.flag.clone())
            .boxed()
    }
}

impl UpdateListener for Listener {
    type Err = Infallible;

    fn stop_token(&mut self) -> StopToken {
        self.token.clone()
    }
}
