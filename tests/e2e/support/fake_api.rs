//! A fake Telegram Bot API on 127.0.0.1, enough of it for dondoc: `getMe`, `getUpdates`
//! (long polling with offsets), `sendMessage`, `editMessageText`, `editMessageReplyMarkup`,
//! `answerCallbackQuery`, `sendPhoto`, `sendDocument` (uploads, or files it holds by
//! `file_id`), `getFile` and file downloads (`/file/bot<token>/<path>`), `setMyCommands`,
//! `deleteWebhook`, `getWebhookInfo`. Users send text, replies, presses, documents, photos
//! and other media.
//!
//! Tests push what users do (messages, replies, button presses) and read what the bot sent.
//! Faults can be injected per method (and chat): 429 with `retry_after`, 5xx, slow answers,
//! dropped connections, 403 "bot was blocked by the user". Every call is recorded with how
//! it was answered.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};
use tokio::sync::Notify;

/// The token tests run the bot with.
pub const TOKEN: &str = "123456789:TEST-token-for-the-fake-api";
pub const BOT_ID: i64 = 777_000_001;
pub const BOT_USERNAME: &str = "dondoc_test_bot";

/// A person using Telegram.
#[derive(Debug, Clone)]
pub struct TgUser {
    pub id: i64,
    pub first_name: String,
    pub last_name: Option<String>,
}

impl TgUser {
    pub fn new(id: i64, first_name: &str) -> Self {
        Self { id, first_name: first_name.to_string(), last_name: None }
    }

    fn json(&self) -> Value {
        let mut v =
            json!({ "id": self.id, "is_bot": false, "first_name": self.first_name, "language_code": "vi" });
        if let Some(last) = &self.last_name {
            v["last_name"] = json!(last);
        }
        v
    }

    /// The private chat with the bot.
    pub fn private(&self) -> Chat {
        Chat::Private(self.clone())
    }
}

/// A file a user sends: a document with its name, a photo, a video or a voice message.
#[derive(Debug, Clone)]
pub struct Media {
    field: &'static str,
    name: String,
    bytes: Vec<u8>,
    mime_type: Option<String>,
    /// The size Telegram announces, when it is not the bytes' (a file too large to download
    /// need not be built).
    declared_size: Option<u64>,
}

impl Media {
    pub fn document(name: &str, bytes: &[u8]) -> Self {
        Self {
            field: "document",
            name: name.into(),
            bytes: bytes.to_vec(),
            mime_type: None,
            declared_size: None,
        }
    }

    pub fn photo(bytes: &[u8]) -> Self {
        Self {
            field: "photo",
            name: String::new(),
            bytes: bytes.to_vec(),
            mime_type: None,
            declared_size: None,
        }
    }

    pub fn video(bytes: &[u8]) -> Self {
        Self {
            field: "video",
            name: String::new(),
            bytes: bytes.to_vec(),
            mime_type: None,
            declared_size: None,
        }
    }

    pub fn voice(bytes: &[u8]) -> Self {
        Self {
            field: "voice",
            name: String::new(),
            bytes: bytes.to_vec(),
            mime_type: None,
            declared_size: None,
        }
    }

    pub fn mime(mut self, mime: &str) -> Self {
        self.mime_type = Some(mime.into());
        self
    }

    pub fn declared_size(mut self, size: u64) -> Self {
        self.declared_size = Some(size);
        self
    }
}

/// Where a message is written.
#[derive(Debug, Clone)]
pub enum Chat {
    Private(TgUser),
    Group { id: i64, title: String },
}

impl Chat {
    pub fn group(id: i64, title: &str) -> Self {
        assert!(id < 0, "group chat ids are negative");
        Chat::Group { id, title: title.to_string() }
    }

    pub fn id(&self) -> i64 {
        match self {
            Chat::Private(u) => u.id,
            Chat::Group { id, .. } => *id,
        }
    }

    fn json(&self) -> Value {
        match self {
            Chat::Private(u) => json!({ "id": u.id, "type": "private", "first_name": u.first_name }),
            Chat::Group { id, title } => json!({ "id": id, "type": "supergroup", "title": title }),
        }
    }
}

/// What to do to a matching call instead of (or before) answering it.
#[derive(Debug, Clone)]
pub enum Fault {
    /// 429 Too Many Requests with `parameters.retry_after`.
    RetryAfter(u32),
    /// A 5xx answer with Telegram's JSON error body.
    ServerError(u16),
    /// Answer normally, but only after this long.
    Slow(Duration),
    /// Close the connection without a usable answer.
    Reset,
    /// Wait this long, then close the connection without an answer (the client's timeout
    /// fires first if it is shorter); the request is not carried out.
    Timeout(Duration),
    /// 403 "Forbidden: bot was blocked by the user".
    Blocked,
    /// A 400 whose description teloxide does not name ("Bad Request: …").
    Unexplained,
    /// Carry the request out (the message is sent), then drop the connection before the
    /// answer: the fault that makes a client send twice.
    SentThenReset,
}

/// When a fault applies.
#[derive(Debug, Clone)]
pub struct FaultRule {
    pub method: String,
    pub chat_id: Option<i64>,
    pub fault: Fault,
    /// How many more times it fires (`None`: forever, subject to `rate`).
    pub remaining: Option<usize>,
    /// Share of matching calls it fires on (1.0: all).
    pub rate: f64,
}

/// A call the bot made, and how the fake answered.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub params: Value,
    pub files: Vec<(String, Vec<u8>)>,
    pub fault: Option<Fault>,
    pub at: Instant,
}

impl Call {
    pub fn chat_id(&self) -> Option<i64> {
        self.params.get("chat_id").and_then(as_i64)
    }

    pub fn text(&self) -> &str {
        self.params.get("text").or_else(|| self.params.get("caption")).and_then(Value::as_str).unwrap_or("")
    }
}

/// A message the bot sent (or edited), as a user sees it.
#[derive(Debug, Clone)]
pub struct Sent {
    pub chat_id: i64,
    pub message_id: i64,
    pub method: String,
    pub text: String,
    pub parse_mode: Option<String>,
    pub keyboard: Option<Value>,
    pub reply_to: Option<i64>,
    pub file: Option<(String, Vec<u8>)>,
    /// The `file_id` a file was sent again by (no upload).
    pub file_ref: Option<String>,
}

impl Sent {
    /// The callback data of every inline button, row by row.
    pub fn buttons(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if let Some(rows) = self.keyboard.as_ref().and_then(|k| k["inline_keyboard"].as_array()) {
            for row in rows {
                for b in row.as_array().into_iter().flatten() {
                    let data = b["callback_data"]
                        .as_str()
                        .or(b["url"].as_str())
                        .or(b["web_app"]["url"].as_str())
                        .unwrap_or("");
                    out.push((b["text"].as_str().unwrap_or("").to_string(), data.to_string()));
                }
            }
        }
        out
    }

    /// The callback data of the first button whose label contains `label`.
    pub fn button(&self, label: &str) -> String {
        self.buttons()
            .into_iter()
            .find(|(text, _)| text.contains(label))
            .unwrap_or_else(|| panic!("no button {label:?} in {:?}", self.buttons()))
            .1
    }
}

#[derive(Default)]
struct Inner {
    pending: VecDeque<Value>,
    /// Every update ever pushed, for redelivery.
    history: Vec<Value>,
    next_update_id: i64,
    next_message_id: i64,
    calls: Vec<Call>,
    sent: Vec<Sent>,
    /// Messages in chats by id, for replies and button presses.
    messages: HashMap<(i64, i64), Value>,
    faults: Vec<FaultRule>,
    /// Per-chat cursor of [`FakeApi::next_message`].
    read: HashMap<i64, usize>,
    rng: u64,
    /// Answer 429 to sends beyond Telegram's limits, as Telegram does.
    enforce_limits: bool,
    /// Files users sent, by file id: their path and bytes.
    files: HashMap<String, (String, Vec<u8>)>,
    /// When each accepted send arrived, and where to.
    accepted: VecDeque<(Instant, i64)>,
    /// Downloads through the file URL.
    downloads: usize,
}

struct Shared {
    inner: Mutex<Inner>,
    updates_changed: Notify,
    calls_changed: Notify,
    /// Every message sent, for watchers that must not scan the record.
    sent_events: tokio::sync::broadcast::Sender<SentEvent>,
}

/// A message the bot sent (or edited), as [`FakeApi::watch_sent`] tells it.
#[derive(Debug, Clone)]
pub struct SentEvent {
    pub chat_id: i64,
    pub message_id: i64,
    pub text: String,
    pub at: Instant,
}

/// The running fake. Dropping it stops the server.
pub struct FakeApi {
    shared: Arc<Shared>,
    addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for FakeApi {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl FakeApi {
    pub async fn start() -> Self {
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner {
                next_update_id: 1,
                next_message_id: 1000,
                rng: 0x9E37_79B9_7F4A_7C15,
                ..Inner::default()
            }),
            updates_changed: Notify::new(),
            calls_changed: Notify::new(),
            sent_events: tokio::sync::broadcast::channel(1 << 16).0,
        });
        let app = Router::new()
            .route("/{bot}/{method}", post(handle))
            .route("/file/{bot}/{*path}", axum::routing::get(download))
            // Telegram takes uploads up to 50 MB (axum's own default, 2 MB, refused a nation's
            // workbook).
            .layer(axum::extract::DefaultBodyLimit::max(50 * 1024 * 1024))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Self { shared, addr, server }
    }

    /// The base URL to give teloxide (`TELOXIDE_API_URL`).
    pub fn url(&self) -> url::Url {
        format!("http://{}/", self.addr).parse().unwrap()
    }

    /// A bot for this fake, with a 3-second request timeout.
    pub fn bot(&self) -> teloxide::Bot {
        let client = teloxide::net::default_reqwest_settings()
            .timeout(Duration::from_secs(3))
            .build()
            .expect("a client");
        teloxide::Bot::with_client(TOKEN, client).set_api_url(self.url())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.shared.inner.lock().unwrap()
    }

    // ---- what users do ----

    /// A user writes `text` in `chat`; returns the update id.
    pub fn send_text(&self, from: &TgUser, chat: &Chat, text: &str) -> i64 {
        self.push_message(from, chat, text, None)
    }

    /// A user replies (Telegram's reply) to the bot's message `reply_to` in `chat`.
    pub fn reply(&self, from: &TgUser, chat: &Chat, reply_to: i64, text: &str) -> i64 {
        self.push_message(from, chat, text, Some(reply_to))
    }

    fn push_message(&self, from: &TgUser, chat: &Chat, text: &str, reply_to: Option<i64>) -> i64 {
        let mut inner = self.lock();
        let message_id = inner.next_message_id;
        inner.next_message_id += 1;
        let mut message = json!({
            "message_id": message_id,
            "from": from.json(),
            "chat": chat.json(),
            "date": unix_now(),
            "text": text,
        });
        if text.starts_with('/') {
            let len = text.split_whitespace().next().unwrap_or("").encode_utf16().count();
            message["entities"] = json!([{ "type": "bot_command", "offset": 0, "length": len }]);
        }
        if let Some(id) = reply_to {
            let original = inner.messages.get(&(chat.id(), id)).cloned().unwrap_or_else(|| {
                panic!("the user replies to message {id} in chat {}, which the fake never saw", chat.id())
            });
            message["reply_to_message"] = original;
        }
        inner.messages.insert((chat.id(), message_id), message.clone());
        let id = push_update(&mut inner, "message", message);
        drop(inner);
        self.shared.updates_changed.notify_waiters();
        id
    }

    /// A user sends a file (with an optional caption) in `chat`.
    pub fn send_document(
        &self,
        from: &TgUser,
        chat: &Chat,
        name: &str,
        bytes: &[u8],
        caption: Option<&str>,
    ) -> i64 {
        self.send_media(from, chat, Media::document(name, bytes), caption, None)
    }

    /// A user sends a file, a picture or other media, as `media` describes, perhaps as a reply
    /// to the bot's message `reply_to`.
    pub fn send_media(
        &self,
        from: &TgUser,
        chat: &Chat,
        media: Media,
        caption: Option<&str>,
        reply_to: Option<i64>,
    ) -> i64 {
        let mut inner = self.lock();
        let message_id = inner.next_message_id;
        inner.next_message_id += 1;
        let file_id = format!("file{message_id}");
        let path = format!("{}/{file_id}", media.field);
        let size = media.declared_size.unwrap_or(media.bytes.len() as u64);
        inner.files.insert(file_id.clone(), (path, media.bytes.clone()));
        let mut message = json!({
            "message_id": message_id,
            "from": from.json(),
            "chat": chat.json(),
            "date": unix_now(),
        });
        let file = json!({ "file_id": file_id, "file_unique_id": format!("u{file_id}"), "file_size": size });
        match media.field {
            "photo" => {
                // Telegram's sizes, smallest first; only the largest is the original.
                let small = format!("{file_id}s");
                inner.files.insert(
                    small.clone(),
                    (format!("photo/{small}"), media.bytes[..media.bytes.len() / 2].to_vec()),
                );
                message["photo"] = json!([
                    { "file_id": small, "file_unique_id": format!("u{small}"), "file_size": media.bytes.len() / 2, "width": 90, "height": 60 },
                    { "file_id": file_id, "file_unique_id": format!("u{file_id}"), "file_size": size, "width": 1280, "height": 853 },
                ]);
            }
            "document" => {
                let mut d = file;
                d["file_name"] = json!(media.name);
                if let Some(mime) = &media.mime_type {
                    d["mime_type"] = json!(mime);
                }
                message["document"] = d;
            }
            "video" => {
                let mut v = file;
                v["width"] = json!(640);
                v["height"] = json!(360);
                v["duration"] = json!(12);
                // Telegram always names a video's type; teloxide cannot read one without it.
                v["mime_type"] = json!("video/mp4");
                message["video"] = v;
            }
            "voice" => {
                let mut v = file;
                v["duration"] = json!(5);
                v["mime_type"] = json!("audio/ogg");
                message["voice"] = v;
            }
            other => panic!("the fake sends no {other}"),
        }
        if let Some(c) = caption {
            message["caption"] = json!(c);
        }
        if let Some(id) = reply_to {
            let original = inner.messages.get(&(chat.id(), id)).cloned().unwrap_or_else(|| {
                panic!("the user replies to message {id} in chat {}, which the fake never saw", chat.id())
            });
            message["reply_to_message"] = original;
        }
        inner.messages.insert((chat.id(), message_id), message.clone());
        let id = push_update(&mut inner, "message", message);
        drop(inner);
        self.shared.updates_changed.notify_waiters();
        id
    }

    /// How many times a user's file was downloaded through the file URL.
    pub fn downloads(&self) -> usize {
        self.lock().downloads
    }

    /// A user presses an inline button (callback `data`) under the bot's message `message_id`.
    pub fn press(&self, from: &TgUser, chat: &Chat, message_id: i64, data: &str) -> i64 {
        let mut inner = self.lock();
        let message = inner
            .messages
            .get(&(chat.id(), message_id))
            .cloned()
            .unwrap_or_else(|| panic!("no message {message_id} in chat {}", chat.id()));
        // The query id names its update, so tests can wait for its answer.
        let query_id = format!("cq{}", inner.next_update_id);
        let query = json!({
            "id": query_id,
            "from": from.json(),
            "message": message,
            "chat_instance": format!("ci{}", chat.id()),
            "data": data,
        });
        let id = push_update(&mut inner, "callback_query", query);
        drop(inner);
        self.shared.updates_changed.notify_waiters();
        id
    }

    /// Waits for the bot to answer the button press of update `update_id`; returns its toast.
    pub async fn callback_answer(&self, update_id: i64) -> Option<String> {
        let id = format!("cq{update_id}");
        let call = self
            .wait_call(Duration::from_secs(10), |c| {
                c.method == "answerCallbackQuery" && c.params["callback_query_id"] == id
            })
            .await;
        call.params.get("text").and_then(Value::as_str).map(str::to_string)
    }

    /// Pushes an update as raw JSON (for shapes the helpers do not build).
    pub fn push_raw(&self, kind: &str, payload: Value) -> i64 {
        let id = push_update(&mut self.lock(), kind, payload);
        self.shared.updates_changed.notify_waiters();
        id
    }

    /// Delivers an old update again, as Telegram does when it did not see the acknowledgement.
    pub fn redeliver(&self, update_id: i64) {
        let mut inner = self.lock();
        let update =
            inner.history.iter().find(|u| u["update_id"] == update_id).cloned().expect("known update");
        inner.pending.push_back(update);
        drop(inner);
        self.shared.updates_changed.notify_waiters();
    }

    /// Each message sent from now on, without scanning the record.
    pub fn watch_sent(&self) -> tokio::sync::broadcast::Receiver<SentEvent> {
        self.shared.sent_events.subscribe()
    }

    /// Updates not yet acknowledged by the bot (an offset past them).
    pub fn unacknowledged(&self) -> usize {
        self.lock().pending.len()
    }

    // ---- faults ----

    /// Answers the next `times` calls of `method` with `fault`.
    pub fn fail_next(&self, method: &str, fault: Fault, times: usize) {
        self.inject(FaultRule {
            method: method.into(),
            chat_id: None,
            fault,
            remaining: Some(times),
            rate: 1.0,
        });
    }

    pub fn inject(&self, rule: FaultRule) {
        self.lock().faults.push(rule);
    }

    pub fn clear_faults(&self) {
        self.lock().faults.clear();
    }

    /// From now on, sends beyond 30 a second overall or one a second per chat get a 429, as
    /// from Telegram (with a few milliseconds' tolerance for the network).
    pub fn enforce_telegram_limits(&self) {
        self.lock().enforce_limits = true;
    }

    /// How many calls were answered 429 (injected or for breaking the limits).
    pub fn too_many_requests(&self) -> usize {
        self.lock().calls.iter().filter(|c| matches!(c.fault, Some(Fault::RetryAfter(_)))).count()
    }

    // ---- what the bot did ----

    pub fn calls(&self, method: &str) -> Vec<Call> {
        self.lock().calls.iter().filter(|c| c.method == method).cloned().collect()
    }

    /// How many calls of `method` were answered without a fault: counted where they are, as
    /// copying thousands of calls under the lock holds up the calls being answered.
    pub fn answered(&self, method: &str) -> usize {
        self.lock().calls.iter().filter(|c| c.method == method && c.fault.is_none()).count()
    }

    pub fn all_calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// Messages successfully sent or edited in `chat_id`, in order.
    pub fn sent_to(&self, chat_id: i64) -> Vec<Sent> {
        self.lock().sent.iter().filter(|s| s.chat_id == chat_id).cloned().collect()
    }

    pub fn all_sent(&self) -> Vec<Sent> {
        self.lock().sent.clone()
    }

    /// Waits until a call satisfies `pred`.
    pub async fn wait_call(&self, timeout: Duration, pred: impl Fn(&Call) -> bool) -> Call {
        let deadline = Instant::now() + timeout;
        loop {
            let notified = self.shared.calls_changed.notified();
            if let Some(c) = self.lock().calls.iter().find(|c| pred(c)) {
                return c.clone();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "no matching call within {timeout:?}; calls: {:#?}",
                self.method_names()
            );
            let _ = tokio::time::timeout(left, notified).await;
        }
    }

    /// The next message sent to `chat_id` that this method has not returned before.
    pub async fn next_message(&self, chat_id: i64) -> Sent {
        self.next_message_within(chat_id, Duration::from_secs(10))
            .await
            .unwrap_or_else(|| panic!("no message to chat {chat_id}; sent so far: {:#?}", self.all_sent()))
    }

    pub async fn next_message_within(&self, chat_id: i64, timeout: Duration) -> Option<Sent> {
        let deadline = Instant::now() + timeout;
        loop {
            let notified = self.shared.calls_changed.notified();
            {
                let mut inner = self.lock();
                let seen = inner.read.get(&chat_id).copied().unwrap_or(0);
                let mine: Vec<Sent> = inner.sent.iter().filter(|s| s.chat_id == chat_id).cloned().collect();
                if let Some(s) = mine.get(seen) {
                    inner.read.insert(chat_id, seen + 1);
                    return Some(s.clone());
                }
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return None;
            }
            let _ = tokio::time::timeout(left, notified).await;
        }
    }

    /// Treats everything sent to `chat_id` so far as read by [`FakeApi::next_message`].
    pub fn mark_read(&self, chat_id: i64) {
        let mut inner = self.lock();
        let count = inner.sent.iter().filter(|s| s.chat_id == chat_id).count();
        inner.read.insert(chat_id, count);
    }

    /// Asserts the bot says nothing more to `chat_id` for `window`.
    pub async fn assert_silent(&self, chat_id: i64, window: Duration) {
        if let Some(s) = self.next_message_within(chat_id, window).await {
            panic!("expected silence in chat {chat_id}, got {s:#?}");
        }
    }

    fn method_names(&self) -> Vec<String> {
        self.lock().calls.iter().map(|c| c.method.clone()).collect()
    }
}

fn push_update(inner: &mut Inner, kind: &str, payload: Value) -> i64 {
    let id = inner.next_update_id;
    inner.next_update_id += 1;
    let mut update = serde_json::Map::new();
    update.insert("update_id".into(), json!(id));
    update.insert(kind.into(), payload);
    inner.history.push(Value::Object(update.clone()));
    inner.pending.push_back(Value::Object(update));
    id
}

fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64
}

fn as_i64(v: &Value) -> Option<i64> {
    v.as_i64().or_else(|| v.as_str().and_then(|s| s.parse().ok()))
}

const METHODS: &[&str] = &[
    "getMe",
    "getFile",
    "getUpdates",
    "sendMessage",
    "sendPhoto",
    "sendDocument",
    "editMessageText",
    "editMessageReplyMarkup",
    "answerCallbackQuery",
    "setMyCommands",
    "setChatMenuButton",
    "deleteWebhook",
    "deleteMessage",
    "getWebhookInfo",
];

fn bot_user() -> Value {
    json!({ "id": BOT_ID, "is_bot": true, "first_name": "dondoc", "username": BOT_USERNAME })
}

fn ok(result: Value) -> Response {
    (StatusCode::OK, axum::Json(json!({ "ok": true, "result": result }))).into_response()
}

fn error(code: u16, description: &str, parameters: Option<Value>) -> Response {
    let mut body = json!({ "ok": false, "error_code": code, "description": description });
    if let Some(p) = parameters {
        body["parameters"] = p;
    }
    (StatusCode::from_u16(code).unwrap(), axum::Json(body)).into_response()
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((bot, method)): Path<(String, String)>,
    request: Request,
) -> Response {
    if bot != format!("bot{TOKEN}") {
        return error(401, "Unauthorized", None);
    }
    let (params, files) = match read_params(request).await {
        Ok(p) => p,
        Err(e) => return error(400, &format!("Bad Request: {e}"), None),
    };

    // Telegram's method names are case-insensitive; teloxide sends `GetMe`, others `getMe`.
    let method = METHODS.iter().find(|m| m.eq_ignore_ascii_case(&method)).map_or(method, |m| m.to_string());
    let fault = pick_fault(&shared, &method, &params).or_else(|| over_limits(&shared, &method, &params));
    let call = Call {
        method: method.clone(),
        params: params.clone(),
        files: files.clone(),
        fault: fault.clone(),
        at: Instant::now(),
    };
    shared.inner.lock().unwrap().calls.push(call);
    shared.calls_changed.notify_waiters();

    match fault {
        Some(Fault::RetryAfter(secs)) => {
            return error(
                429,
                &format!("Too Many Requests: retry after {secs}"),
                Some(json!({ "retry_after": secs })),
            );
        }
        Some(Fault::ServerError(code)) => {
            let text = if code == 502 { "Bad Gateway" } else { "Internal Server Error" };
            return error(code, text, None);
        }
        Some(Fault::Blocked) => return error(403, "Forbidden: bot was blocked by the user", None),
        Some(Fault::Unexplained) => return error(400, "Bad Request: the request is not quite right", None),
        Some(Fault::SentThenReset)
            if matches!(method.as_str(), "sendMessage" | "sendPhoto" | "sendDocument") =>
        {
            let _ = record_sent(&shared, &method, &params, files, None);
            shared.calls_changed.notify_waiters();
            let broken =
                futures::stream::once(async { Err::<Bytes, std::io::Error>(std::io::Error::other("reset")) });
            return Response::builder()
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from_stream(broken))
                .unwrap();
        }
        Some(Fault::SentThenReset) => {}
        Some(Fault::Reset) => {
            let broken =
                futures::stream::once(async { Err::<Bytes, std::io::Error>(std::io::Error::other("reset")) });
            return Response::builder()
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from_stream(broken))
                .unwrap();
        }
        Some(Fault::Slow(d)) => tokio::time::sleep(d).await,
        Some(Fault::Timeout(d)) => {
            tokio::time::sleep(d).await;
            let broken = futures::stream::once(async {
                Err::<Bytes, std::io::Error>(std::io::Error::other("timeout"))
            });
            return Response::builder()
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from_stream(broken))
                .unwrap();
        }
        None => {}
    }

    match method.as_str() {
        "getMe" => ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "dondoc", "username": BOT_USERNAME,
            "can_join_groups": true, "can_read_all_group_messages": false,
            "supports_inline_queries": false, "has_main_web_app": false
        })),
        "getUpdates" => get_updates(&shared, &params).await,
        "sendMessage" | "sendPhoto" | "sendDocument" => {
            let response = record_sent(&shared, &method, &params, files, None);
            shared.calls_changed.notify_waiters();
            response
        }
        "editMessageText" | "editMessageReplyMarkup" => {
            let Some(message_id) = params.get("message_id").and_then(as_i64) else {
                return error(400, "Bad Request: message identifier is not specified", None);
            };
            let chat_id = params.get("chat_id").and_then(as_i64).unwrap_or(0);
            if !shared.inner.lock().unwrap().messages.contains_key(&(chat_id, message_id)) {
                return error(400, "Bad Request: message to edit not found", None);
            }
            let response = record_sent(&shared, &method, &params, files, Some(message_id));
            shared.calls_changed.notify_waiters();
            response
        }
        "answerCallbackQuery" | "setMyCommands" | "setChatMenuButton" | "deleteWebhook" | "deleteMessage" => {
            ok(json!(true))
        }
        "getFile" => {
            let file_id = params.get("file_id").and_then(Value::as_str).unwrap_or("").to_string();
            let inner = shared.inner.lock().unwrap();
            match inner.files.get(&file_id) {
                Some((path, bytes)) => ok(json!({
                    "file_id": file_id, "file_unique_id": format!("u{file_id}"), "file_size": bytes.len(), "file_path": path
                })),
                None => error(400, "Bad Request: invalid file_id", None),
            }
        }
        "getWebhookInfo" => {
            ok(json!({ "url": "", "has_custom_certificate": false, "pending_update_count": 0 }))
        }
        _ => error(404, "Not Found: method not found", None),
    }
}

/// The bytes of a file users sent, as Telegram's file server gives them.
async fn download(State(shared): State<Arc<Shared>>, Path((bot, path)): Path<(String, String)>) -> Response {
    if bot != format!("bot{TOKEN}") {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let mut inner = shared.inner.lock().unwrap();
    inner.downloads += 1;
    match inner.files.values().find(|(p, _)| *p == path) {
        Some((_, bytes)) => (StatusCode::OK, bytes.clone()).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Reads JSON or multipart parameters; files are returned apart.
async fn read_params(request: Request) -> Result<(Value, Vec<(String, Vec<u8>)>), String> {
    let is_multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !is_multipart {
        let bytes = Bytes::from_request(request, &()).await.map_err(|e| e.to_string())?;
        if bytes.is_empty() {
            return Ok((json!({}), Vec::new()));
        }
        let value = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
        return Ok((value, Vec::new()));
    }
    let mut multipart = Multipart::from_request(request, &()).await.map_err(|e| e.to_string())?;
    let mut params = serde_json::Map::new();
    let mut files = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(|e| e.to_string())? {
        let name = field.name().unwrap_or("").to_string();
        let file_name = field.file_name().map(str::to_string);
        let bytes = field.bytes().await.map_err(|e| e.to_string())?;
        match file_name {
            Some(file_name) => {
                params.insert(name.clone(), json!({ "file_name": file_name, "size": bytes.len() }));
                files.push((file_name, bytes.to_vec()));
            }
            None => {
                let text = String::from_utf8_lossy(&bytes).to_string();
                // Telegram's multipart values are JSON where they are not plain strings.
                let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
                params.insert(name, value);
            }
        }
    }
    Ok((Value::Object(params), files))
}

fn pick_fault(shared: &Shared, method: &str, params: &Value) -> Option<Fault> {
    let mut inner = shared.inner.lock().unwrap();
    let chat = params.get("chat_id").and_then(as_i64);
    let mut chosen = None;
    for i in 0..inner.faults.len() {
        let rule = inner.faults[i].clone();
        if rule.method != method || rule.remaining == Some(0) {
            continue;
        }
        if rule.chat_id.is_some() && rule.chat_id != chat {
            continue;
        }
        // A small deterministic generator: runs are reproducible.
        inner.rng ^= inner.rng << 13;
        inner.rng ^= inner.rng >> 7;
        inner.rng ^= inner.rng << 17;
        let roll = (inner.rng % 10_000) as f64 / 10_000.0;
        if roll >= rule.rate {
            continue;
        }
        if let Some(n) = &mut inner.faults[i].remaining {
            *n -= 1;
        }
        chosen = Some(rule.fault);
        break;
    }
    chosen
}

/// A 429 for a send that breaks Telegram's limits (when they are enforced); otherwise the send
/// is counted.
fn over_limits(shared: &Shared, method: &str, params: &Value) -> Option<Fault> {
    const TOLERANCE: Duration = Duration::from_millis(15);
    if !matches!(method, "sendMessage" | "sendPhoto" | "sendDocument" | "editMessageText") {
        return None;
    }
    let mut inner = shared.inner.lock().unwrap();
    if !inner.enforce_limits {
        return None;
    }
    let chat = params.get("chat_id").and_then(as_i64).unwrap_or(0);
    let now = Instant::now();
    while inner.accepted.front().is_some_and(|(t, _)| now.duration_since(*t) > Duration::from_secs(61)) {
        inner.accepted.pop_front();
    }
    let window = Duration::from_secs(1) - TOLERANCE;
    let last_second = inner.accepted.iter().filter(|(t, _)| now.duration_since(*t) < window).count();
    let same_chat = inner.accepted.iter().any(|(t, c)| *c == chat && now.duration_since(*t) < window);
    if last_second >= 30 || same_chat {
        return Some(Fault::RetryAfter(1));
    }
    inner.accepted.push_back((now, chat));
    None
}

async fn get_updates(shared: &Shared, params: &Value) -> Response {
    let offset = params.get("offset").and_then(as_i64);
    let timeout = params.get("timeout").and_then(as_i64).unwrap_or(0);
    let limit = params.get("limit").and_then(as_i64).unwrap_or(100).clamp(1, 100) as usize;
    let deadline = Instant::now() + Duration::from_secs(timeout as u64);
    loop {
        let notified = shared.updates_changed.notified();
        {
            let mut inner = shared.inner.lock().unwrap();
            if let Some(offset) = offset {
                // Telegram forgets updates below the offset: they are acknowledged.
                while inner.pending.front().is_some_and(|u| u["update_id"].as_i64().unwrap() < offset) {
                    inner.pending.pop_front();
                }
            }
            if !inner.pending.is_empty() {
                let batch: Vec<Value> = inner.pending.iter().take(limit).cloned().collect();
                return ok(Value::Array(batch));
            }
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return ok(json!([]));
        }
        let _ = tokio::time::timeout(left, notified).await;
    }
}

/// Records a sent (or edited) message and answers with the Message Telegram would return.
fn record_sent(
    shared: &Shared,
    method: &str,
    params: &Value,
    files: Vec<(String, Vec<u8>)>,
    edited: Option<i64>,
) -> Response {
    let Some(chat_id) = params.get("chat_id").and_then(as_i64) else {
        return error(400, "Bad Request: chat_id is empty", None);
    };
    let text = params
        .get("text")
        .or_else(|| params.get("caption"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    if method == "sendMessage" && text.is_empty() {
        return error(400, "Bad Request: message text is empty", None);
    }
    if text.encode_utf16().count() > 4096 {
        return error(400, "Bad Request: message is too long", None);
    }
    let parse_mode = params.get("parse_mode").and_then(Value::as_str).map(str::to_string);
    if parse_mode.as_deref() == Some("HTML")
        && let Err(e) = check_html(&text)
    {
        return error(400, &format!("Bad Request: can't parse entities: {e}"), None);
    }
    let keyboard = params.get("reply_markup").cloned().filter(|v| !v.is_null());
    if let Some(k) = &keyboard {
        for row in k["inline_keyboard"].as_array().into_iter().flatten() {
            for b in row.as_array().into_iter().flatten() {
                if b["callback_data"].as_str().is_some_and(|d| d.len() > 64) {
                    return error(400, "Bad Request: BUTTON_DATA_INVALID", None);
                }
            }
        }
    }
    let reply_to = params.get("reply_parameters").and_then(|r| r.get("message_id")).and_then(as_i64);

    let mut inner = shared.inner.lock().unwrap();
    // A file sent by its id must be one Telegram holds: a user's, or one the bot sent before.
    let file_ref = match method {
        "sendPhoto" => params.get("photo").and_then(Value::as_str).map(str::to_string),
        "sendDocument" => params.get("document").and_then(Value::as_str).map(str::to_string),
        _ => None,
    }
    // An upload names its part ("attach://…"): not a file Telegram holds already.
    .filter(|id| !id.starts_with("attach://"));
    if let Some(id) = &file_ref {
        let known =
            inner.files.contains_key(id) || inner.sent.iter().any(|s| s.file_ref.as_ref() == Some(id));
        if !known {
            return error(400, "Bad Request: wrong file identifier/HTTP URL specified", None);
        }
    }
    let message_id = edited.unwrap_or_else(|| {
        let id = inner.next_message_id;
        inner.next_message_id += 1;
        id
    });
    let chat = if chat_id > 0 {
        json!({ "id": chat_id, "type": "private", "first_name": "user" })
    } else {
        json!({ "id": chat_id, "type": "supergroup", "title": "group" })
    };
    let mut message =
        json!({ "message_id": message_id, "from": bot_user(), "chat": chat, "date": unix_now() });
    match method {
        "sendPhoto" => {
            message["photo"] = json!([{ "file_id": format!("photo{message_id}"), "file_unique_id": format!("u{message_id}"), "width": 800, "height": 600 }]);
            message["caption"] = json!(text);
        }
        "sendDocument" => {
            let name = files.first().map(|f| f.0.clone()).unwrap_or_default();
            message["document"] = json!({ "file_id": format!("doc{message_id}"), "file_unique_id": format!("u{message_id}"), "file_name": name });
            message["caption"] = json!(text);
        }
        "editMessageReplyMarkup" => {
            let old = inner.messages.get(&(chat_id, message_id)).cloned().unwrap_or_default();
            message["text"] = old.get("text").cloned().unwrap_or(json!(""));
        }
        _ => message["text"] = json!(text),
    }
    if let Some(k) = &keyboard {
        message["reply_markup"] = k.clone();
    }
    inner.messages.insert((chat_id, message_id), message.clone());
    let shown_text = message["text"].as_str().or(message["caption"].as_str()).unwrap_or("").to_string();
    let _ = shared.sent_events.send(SentEvent {
        chat_id,
        message_id,
        text: shown_text.clone(),
        at: Instant::now(),
    });
    inner.sent.push(Sent {
        chat_id,
        message_id,
        method: method.to_string(),
        text: shown_text,
        parse_mode,
        keyboard,
        reply_to,
        file: files.into_iter().next(),
        file_ref,
    });
    ok(message)
}

/// Telegram's HTML rules: only its tags, properly nested, and `<`, `>`, `&` escaped elsewhere.
pub fn check_html(text: &str) -> Result<(), String> {
    const TAGS: &[&str] = &[
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-spoiler",
        "span",
    ];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['<', '&', '>']) {
        let c = rest.as_bytes()[i];
        rest = &rest[i..];
        match c {
            b'>' => return Err("unescaped '>'".into()),
            b'&' => {
                let end = rest.find(';').ok_or("unescaped '&'")?;
                let entity = &rest[1..end];
                let known = matches!(entity, "lt" | "gt" | "amp" | "quot")
                    || entity
                        .strip_prefix('#')
                        .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty());
                if !known {
                    return Err(format!("unknown entity &{entity};"));
                }
                rest = &rest[end + 1..];
            }
            _ => {
                let end = rest.find('>').ok_or("unclosed tag")?;
                let inner = &rest[1..end];
                if let Some(name) = inner.strip_prefix('/') {
                    match stack.pop() {
                        Some(open) if open == name => {}
                        other => return Err(format!("</{name}> closes {other:?}")),
                    }
                } else {
                    let name = inner.split_whitespace().next().unwrap_or("");
                    if !TAGS.contains(&name) {
                        return Err(format!("unsupported tag <{name}>"));
                    }
                    stack.push(name.to_string());
                }
                rest = &rest[end + 1..];
            }
        }
    }
    match stack.pop() {
        Some(open) => Err(format!("<{open}> is never closed")),
        None => Ok(()),
    }
}
