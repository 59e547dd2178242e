//! The chair's dashboard: a Telegram Mini App served by dondoc itself (axum on the bot's
//! runtime), off unless `DONDOC_WEB_ADDR` is set. `GET /app` is the page (its words from the
//! locales, its script and style beside it); the page reads the `initData` Telegram signed for
//! the member who opened it and sends it with each request to the JSON endpoints under `/api/`,
//! which answer with what that member may see: everything for the chair, deputies and the
//! secretariat; an officer's own unit; 403 for anyone else, 401 without a valid signature.
//! Reads only: nothing here writes.

pub mod auth;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::Datelike;
use serde::Deserialize;
use tokio_util::sync::CancellationToken;

use crate::app::App;
use crate::domain::{Lang, Member, Period, Programme, Role, Scope, TaskStatus, may_see, parse_task_ref};
use crate::store::tasks::Filter;
use crate::summaries::summary;
use crate::view::dashboard::{self, Month};

/// Requests a client may make in a window of [`WINDOW_SECS`] seconds: a page opening makes
/// four or five, paging and filtering a few more.
const REQUESTS_PER_WINDOW: u32 = 120;
const WINDOW_SECS: u64 = 60;
/// Months of the trend, this one included.
const TREND_MONTHS: u32 = 12;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("cannot listen on {0}: {1}")]
    Bind(SocketAddr, std::io::Error),
    #[error("the dashboard's server stopped: {0}")]
    Serve(std::io::Error),
}

struct Web {
    app: Arc<App>,
    page: minijinja::Environment<'static>,
    seen: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

/// The dashboard's routes on `app`.
pub fn router(app: Arc<App>) -> Router {
    let mut page = minijinja::Environment::new();
    page.add_template("app.html", include_str!("app.html")).expect("the page's template parses");
    let web = Arc::new(Web { app, page, seen: Mutex::new(HashMap::new()) });
    Router::new()
        .route("/app", get(app_page))
        .route("/app.js", get(|| async { asset("text/javascript; charset=utf-8", include_str!("app.js")) }))
        .route("/app.css", get(|| async { asset("text/css; charset=utf-8", include_str!("app.css")) }))
        .route("/api/summary", get(api_summary))
        .route("/api/trend", get(api_trend))
        .route("/api/units", get(api_units))
        .route("/api/tasks", get(api_tasks))
        .route("/api/tasks/{code}", get(api_task))
        .layer(axum::middleware::from_fn_with_state(web.clone(), guard))
        .layer(axum::extract::DefaultBodyLimit::max(1024))
        .with_state(web)
}

/// Serves the dashboard on `addr` until `stop`.
pub async fn serve(app: Arc<App>, addr: SocketAddr, stop: CancellationToken) -> Result<(), WebError> {
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| WebError::Bind(addr, e))?;
    tracing::info!(%addr, "dashboard listening");
    serve_on(app, listener, stop).await
}

/// [`serve`] on a listener already bound (tests bind port 0).
pub async fn serve_on(
    app: Arc<App>,
    listener: tokio::net::TcpListener,
    stop: CancellationToken,
) -> Result<(), WebError> {
    let routes = router(app).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, routes)
        .with_graceful_shutdown(async move { stop.cancelled().await })
        .await
        .map_err(WebError::Serve)
}

fn asset(kind: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "public, max-age=3600")], body).into_response()
}

/// Every answer: bounded rates per client, and the security headers. The page may be framed
/// only by Telegram's clients; scripts only its own and Telegram's; it talks only to itself.
async fn guard(
    State(web): State<Arc<Web>>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let client = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    if let Some(ip) = client {
        let mut seen = web.seen.lock().expect("the rate table is never poisoned");
        let now = Instant::now();
        if seen.len() > 10_000 {
            seen.retain(|_, (since, _)| now.duration_since(*since).as_secs() < WINDOW_SECS);
        }
        let entry = seen.entry(ip).or_insert((now, 0));
        if now.duration_since(entry.0).as_secs() >= WINDOW_SECS {
            *entry = (now, 0);
        }
        entry.1 += 1;
        if entry.1 > REQUESTS_PER_WINDOW {
            return (StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, WINDOW_SECS.to_string())])
                .into_response();
        }
    }
    let api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let set = |h: &mut HeaderMap, name: header::HeaderName, value: &'static str| {
        h.insert(name, HeaderValue::from_static(value));
    };
    set(
        headers,
        header::CONTENT_SECURITY_POLICY,
        "default-src 'none'; script-src 'self' https://telegram.org; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; base-uri 'none'; form-action 'none'; \
         frame-ancestors https://web.telegram.org https://*.telegram.org",
    );
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::REFERRER_POLICY, "no-referrer");
    if api {
        set(headers, header::CACHE_CONTROL, "no-store");
    }
    response
}

#[derive(Debug, Deserialize)]
struct PageQuery {
    lang: Option<String>,
}

/// `GET /app`: the page, in the language asked (`?lang=en`), Vietnamese by default; the
/// script moves to the member's own language once it knows them.
async fn app_page(State(web): State<Arc<Web>>, Query(q): Query<PageQuery>) -> Response {
    let lang = q.lang.as_deref().and_then(|l| l.parse::<Lang>().ok()).unwrap_or(web.app.config.locale);
    let labels = dashboard::labels(&web.app.i18n, lang);
    let rendered = web.page.get_template("app.html").and_then(|t| {
        t.render(minijinja::context! {
            lang => lang.as_str(),
            title => labels["title"].as_str().unwrap_or(""),
            // Inside a <script> element: no "<" may close it.
            labels => labels.to_string().replace('<', "\\u003c"),
        })
    });
    match rendered {
        Ok(html) => Html(html).into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot render the dashboard's page");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The member a request comes from, by the `Authorization: tma <initData>` header.
async fn member_of(web: &Web, headers: &HeaderMap) -> Result<Member, StatusCode> {
    let token = web.app.config.token.as_deref().unwrap_or_default();
    let init_data = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("tma "))
        .unwrap_or_default();
    let max_age = chrono::Duration::hours(i64::from(web.app.config.web.max_age_hours));
    let user = match auth::verify(init_data, token, web.app.now(), max_age) {
        Ok(user) => user,
        Err(error) => {
            tracing::debug!(%error, "dashboard request refused");
            return Err(StatusCode::UNAUTHORIZED);
        }
    };
    let mut conn = web.app.store.conn().await.map_err(failed)?;
    match crate::store::members::by_telegram_id(&mut conn, user.telegram_id).await.map_err(failed)? {
        Some(member) if member.role != Role::Officer || member.unit.is_some() => Ok(member),
        _ => Err(StatusCode::FORBIDDEN),
    }
}

/// Who asks (see [`member_of`]), for which scope ([`Filters::scope`]), and today.
async fn asked(
    web: &Web,
    headers: &HeaderMap,
    f: &Filters,
) -> Result<(Member, Scope, chrono::NaiveDate), StatusCode> {
    let member = member_of(web, headers).await?;
    let today = web.app.today();
    let scope = f.scope(&member, today)?;
    Ok((member, scope, today))
}

fn failed(error: impl std::fmt::Display) -> StatusCode {
    tracing::error!(%error, "dashboard request failed");
    StatusCode::INTERNAL_SERVER_ERROR
}

fn internal(error: impl std::fmt::Display) -> Response {
    failed(error).into_response()
}

/// The filters of `/tonghop`, as query parameters: `year`, `quarter` or `half` (of `year`,
/// this year by default), `programme` (`cds`, `da06`, `nq57`, `other`), `unit` (an id);
/// for task lists also `status` (a status, or `overdue`) and `offset`.
#[derive(Debug, Default, Deserialize)]
struct Filters {
    year: Option<i32>,
    quarter: Option<u32>,
    half: Option<u32>,
    programme: Option<String>,
    unit: Option<i64>,
    status: Option<String>,
    offset: Option<usize>,
}

impl Filters {
    /// The scope asked, narrowed to an officer's own unit.
    fn scope(&self, member: &Member, today: chrono::NaiveDate) -> Result<Scope, StatusCode> {
        let bad = || StatusCode::BAD_REQUEST;
        let year = self.year.unwrap_or(today.year());
        let period = match (self.quarter, self.half) {
            (Some(q @ 1..=4), None) => Some(Period::Quarter { year, quarter: q }),
            (None, Some(h @ 1..=2)) => Some(Period::Half { year, half: h }),
            (None, None) => None,
            _ => return Err(bad()),
        };
        let programme = match self.programme.as_deref() {
            None | Some("") => None,
            Some(p) => Some(Programme::ALL.into_iter().find(|x| x.as_str() == p).ok_or_else(bad)?),
        };
        let unit_id = match (member.role, &member.unit) {
            (Role::Officer, Some(unit)) => Some(unit.id),
            _ => self.unit,
        };
        Ok(Scope { year: self.year, period, programme, unit_id })
    }
}

async fn api_summary(State(web): State<Arc<Web>>, headers: HeaderMap, Query(f): Query<Filters>) -> Response {
    let (member, scope, today) = match asked(&web, &headers, &f).await {
        Ok(asked) => asked,
        Err(status) => return status.into_response(),
    };
    let app = &web.app;
    let result = async {
        let mut conn = app.store.conn().await?;
        let s = summary::build(&mut conn, &scope, today, app.due_soon_until(today)).await?;
        let unit_name = match scope.unit_id {
            Some(id) => crate::store::units::get(&mut conn, id).await?.map(|u| u.short_name),
            None => None,
        };
        Ok::<_, crate::store::StoreError>((s, unit_name))
    };
    let (s, unit_name) = match result.await {
        Ok(r) => r,
        Err(e) => return internal(e),
    };
    let lang = member.lang.unwrap_or(app.config.locale);
    let scope_text = crate::view::markup::plain(&crate::view::summary::scope_text(
        &app.i18n,
        lang,
        &scope,
        unit_name.as_deref(),
    ));
    let mut body = dashboard::summary(&s, &scope_text);
    body["lang"] = lang.as_str().into();
    body["role"] = member.role.as_str().into();
    Json(body).into_response()
}

/// `GET /api/trend`: the last twelve months, apart from the summary so that each is as quick
/// as it can be and the page draws them as they come.
async fn api_trend(State(web): State<Arc<Web>>, headers: HeaderMap, Query(f): Query<Filters>) -> Response {
    let (_, scope, today) = match asked(&web, &headers, &f).await {
        Ok(asked) => asked,
        Err(status) => return status.into_response(),
    };
    let first = month_start(today, TREND_MONTHS - 1);
    let read = async {
        let mut conn = web.app.store.conn().await?;
        crate::store::reports::by_deadline_month(&mut conn, &scope, first, last_of_month(today)).await
    };
    match read.await {
        Ok(rows) => Json(dashboard::trend(&months(today, &rows))).into_response(),
        Err(e) => internal(e),
    }
}

async fn api_units(State(web): State<Arc<Web>>, headers: HeaderMap, Query(f): Query<Filters>) -> Response {
    let (_, scope, today) = match asked(&web, &headers, &f).await {
        Ok(asked) => asked,
        Err(status) => return status.into_response(),
    };
    let built = async {
        let mut conn = web.app.store.conn().await?;
        summary::build(&mut conn, &scope, today, web.app.due_soon_until(today)).await
    };
    match built.await {
        Ok(s) => Json(dashboard::units(&s)).into_response(),
        Err(e) => internal(e),
    }
}

async fn api_tasks(State(web): State<Arc<Web>>, headers: HeaderMap, Query(f): Query<Filters>) -> Response {
    let (member, scope, today) = match asked(&web, &headers, &f).await {
        Ok(asked) => asked,
        Err(status) => return status.into_response(),
    };
    let app = &web.app;
    let mut filter = Filter { lead_only: member.role != Role::Officer, ..Filter::of_scope(&scope) };
    match f.status.as_deref() {
        None | Some("") => filter.all_statuses = true,
        Some("overdue") => {
            filter.all_statuses = false;
            filter.overdue_on = Some(today);
        }
        Some(s) => match s.parse::<TaskStatus>() {
            Ok(status) => {
                filter.all_statuses = false;
                filter.statuses = vec![status.as_str().to_string()];
            }
            Err(_) => return StatusCode::BAD_REQUEST.into_response(),
        },
    }
    let offset = f.offset.unwrap_or(0);
    // The page only, and one more to tell whether another follows: not the nation's list.
    let listed = async {
        let mut conn = app.store.conn().await?;
        crate::store::tasks::list_page(&mut conn, &filter, offset, dashboard::PAGE + 1).await
    };
    let mut tasks = match listed.await {
        Ok(t) => t,
        Err(e) => return internal(e),
    };
    let more = tasks.len() > dashboard::PAGE;
    tasks.truncate(dashboard::PAGE);
    let lang = member.lang.unwrap_or(app.config.locale);
    // The scope already keeps an officer to their unit; this guards the page all the same.
    let lines = tasks
        .iter()
        .filter(|t| may_see(&member, t))
        .map(|t| dashboard::task_line(&app.i18n, lang, t, today))
        .collect();
    Json(dashboard::task_list(lines, offset, more)).into_response()
}

async fn api_task(State(web): State<Arc<Web>>, headers: HeaderMap, Path(code): Path<String>) -> Response {
    let member = match member_of(&web, &headers).await {
        Ok(m) => m,
        Err(r) => return r.into_response(),
    };
    let app = &web.app;
    let Some(typed) = parse_task_ref(&code) else { return StatusCode::NOT_FOUND.into_response() };
    let found = async {
        let mut conn = app.store.conn().await?;
        let Some(id) = crate::store::tasks::resolve(&mut conn, &typed).await? else { return Ok(None) };
        let Some(task) = crate::store::tasks::get(&mut conn, id).await? else { return Ok(None) };
        let history = crate::store::tasks::history(&mut conn, id, 100).await?;
        let evidence = crate::store::evidence::of_task(&mut conn, id).await?;
        Ok::<_, crate::store::StoreError>(Some((task, history, evidence)))
    };
    match found.await {
        Ok(Some((task, history, evidence))) if may_see(&member, &task) => {
            let lang = member.lang.unwrap_or(app.config.locale);
            Json(dashboard::task(&app.i18n, lang, &task, app.today(), &history, &evidence)).into_response()
        }
        // Another unit's task is as absent as one that does not exist.
        Ok(_) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => internal(e),
    }
}

/// The first day of the month `back` months before `day`'s.
fn month_start(day: chrono::NaiveDate, back: u32) -> chrono::NaiveDate {
    let m0 = day.year() * 12 + day.month0() as i32 - back as i32;
    chrono::NaiveDate::from_ymd_opt(m0.div_euclid(12), m0.rem_euclid(12) as u32 + 1, 1)
        .expect("a month's first day")
}

fn last_of_month(day: chrono::NaiveDate) -> chrono::NaiveDate {
    month_start(day, 0).checked_add_months(chrono::Months::new(1)).and_then(|d| d.pred_opt()).expect("a day")
}

/// The trend's months, the empty ones too.
fn months(today: chrono::NaiveDate, rows: &[(String, i64, i64, i64)]) -> Vec<Month> {
    (0..TREND_MONTHS)
        .rev()
        .map(|back| {
            let month = month_start(today, back).format("%Y-%m").to_string();
            let row = rows.iter().find(|r| r.0 == month);
            Month {
                due: row.map_or(0, |r| r.1),
                on_time: row.map_or(0, |r| r.2),
                late: row.map_or(0, |r| r.3),
                month,
            }
        })
        .collect()
}
