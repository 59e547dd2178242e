//! How fast and how small dondoc is at a province's and at a nation's scale.
//!
//! `cargo bench --bench scale` seeds a national dataset (2,000 units, 20,000 members, 200,000
//! tasks with deadlines over three years, 1,000,000 status reports) and a province's (40
//! units, 400 tasks), then measures, printing each figure with the machine it ran on:
//!
//! 1. status replies end to end (update in, report committed, confirmation sent to a fake
//!    Bot API on 127.0.0.1 that answers at once): updates a second, p50 and p99 latency;
//! 2. `/tonghop` (query and render) for the whole nation and for a province;
//! 3. planning the day's reminders over 200,000 tasks;
//! 4. the nation's morning: Monday's reminders, one message a person (about 20,000), sent
//!    against a fake that answers 429 beyond Telegram's limits: the rate reached as a share of
//!    30 a second, the 429s, and when the last person had their list;
//! 5. the release binary's memory idle and under load, and its start-up time;
//! 6. the database's size per 100,000 tasks;
//! 7. the dashboard's `GET /api/summary` of the nation over HTTP, and its page's weight.
//!
//! `-- --quick` shrinks the morning to 1,000 officers (from twelve minutes to under one) and
//! the replies to 2,000 and 1,000.

#[allow(dead_code)]
#[path = "../tests/e2e/support/fake_api.rs"]
mod fake_api;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use dondoc::app::App;
use dondoc::clock::{Clock, ManualClock};
use dondoc::config::Config;
use dondoc::domain::{Lang, Scope};
use dondoc::seed::Scale;
use dondoc::summaries::summary;
use fake_api::{FakeApi, TgUser};
use hdrhistogram::Histogram;

/// Replies from each officer after the bot starts before the figures count: the bot opens its
/// connections and fills its caches as it goes, and a bot runs for weeks.
const WARM_UP: usize = 20;

struct Options {
    quick: bool,
    /// `--only=1,5`: the figures to measure (all when empty).
    only: Vec<u8>,
}

impl Options {
    fn wants(&self, figure: u8) -> bool {
        self.only.is_empty() || self.only.contains(&figure)
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let only = args
        .iter()
        .filter_map(|a| a.strip_prefix("--only="))
        .flat_map(|list| list.split(',').filter_map(|n| n.trim().parse().ok()))
        .collect();
    let options = Options { quick: args.iter().any(|a| a == "--quick"), only };
    // `cargo bench` passes `--bench`; any other filter means "not this suite".
    if args.iter().skip(1).any(|a| !a.starts_with("--")) {
        return;
    }
    // `DONDOC_LOG=sqlx=debug cargo bench --bench scale` shows every statement and its time.
    if let Ok(filter) = tracing_subscriber::EnvFilter::try_from_env("DONDOC_LOG") {
        tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(run(options));
}

/// One row of the final table.
struct Figure {
    what: String,
    value: String,
    target: &'static str,
}

async fn run(options: Options) {
    let machine = machine();
    println!("dondoc benchmarks on {machine}\n");
    let work = tempfile::tempdir().unwrap();
    let mut figures = Vec::new();

    // The datasets.
    let national_db = work.path().join("national.db");
    let (national, clock) = open(&national_db, now(), &[]).await;
    let started = Instant::now();
    let s = dondoc::seed::seed(&national, &Scale::NATIONAL, 1).await.unwrap();
    println!(
        "seeded the nation: {} units, {} members, {} tasks, {} reports in {:.1} s",
        s.units,
        s.members,
        s.tasks,
        s.reports,
        started.elapsed().as_secs_f64()
    );
    let province_db = work.path().join("province.db");
    let (province, _) = open(&province_db, now(), &[]).await;
    dondoc::seed::seed(&province, &Scale::PROVINCE, 2).await.unwrap();

    // 6. Size.
    if options.wants(6) {
        let size = file_size(&national, &national_db).await;
        let province_size = file_size(&province, &province_db).await;
        println!("database: nation {} MB, province {} kB", size / 1_000_000, province_size / 1_000);
        figures.push(Figure {
            what: "6. database size per 100,000 tasks (with 500,000 reports)".into(),
            value: format!(
                "{:.0} MB (province of 400 tasks: {} kB)",
                size as f64 / 2.0 / 1e6,
                province_size / 1_000
            ),
            target: "—",
        });
    }

    // A copy before any planning, for the binary's first start (5).
    let unplanned_db = work.path().join("national-unplanned.db");
    if options.wants(5) {
        national.store.backup(&unplanned_db).await.unwrap();
    }

    // 3. Planning (the replies below need the plan: a report re-plans its task).
    let t = Instant::now();
    let added = dondoc::reminders::plan_all(&national).await.unwrap();
    let first = t.elapsed();
    // Monday's reminders, planned and not yet sent: the nation's morning (4).
    let morning_db = work.path().join("national-morning.db");
    if options.wants(4) && !options.quick {
        national.store.backup(&morning_db).await.unwrap();
    }
    // The next mornings' runs, Tuesday to Friday: one new day (three weeks ahead) for every
    // chased task; the median of the four.
    let mut mornings = Vec::new();
    let mut next_day = 0;
    for _ in 0..4 {
        clock.advance(chrono::Duration::days(1));
        let t = Instant::now();
        next_day = dondoc::reminders::plan_all(&national).await.unwrap();
        mornings.push(t.elapsed());
    }
    mornings.sort();
    let daily = (mornings[1] + mornings[2]) / 2;
    println!("planning, four mornings: {:?}", mornings.iter().map(|d| d.as_millis()).collect::<Vec<_>>());
    println!(
        "planning over 200,000 tasks: first {} ms ({added} reminders), a morning {} ms (the last added {next_day})",
        first.as_millis(),
        daily.as_millis()
    );
    figures.push(Figure {
        what: "3. planning the day's reminders, 200,000 tasks".into(),
        value: format!(
            "{} ms a morning (median of 4; {next_day} reminders); {} ms the first time ({added})",
            daily.as_millis(),
            first.as_millis()
        ),
        target: "< 200 ms",
    });

    // 2. Summaries.
    if options.wants(2) {
        let whole = summary_time(&national, Scope::default(), 20).await;
        let one_province = summary_time(&province, Scope::default(), 200).await;
        let unit = busiest_unit(&national).await;
        let one_unit = summary_time(&national, Scope { unit_id: Some(unit), ..Scope::default() }, 200).await;
        println!("/tonghop: nation {whole}, province {one_province}, one unit of the nation {one_unit}");
        figures.push(Figure {
            what: "2. `/tonghop`, the whole nation (200,000 tasks)".into(),
            value: whole.to_string(),
            target: "< 100 ms",
        });
        figures.push(Figure {
            what: "2. `/tonghop`, a province (400 tasks); one unit of the nation".into(),
            value: format!("{one_province}; {one_unit}"),
            target: "< 5 ms",
        });
    }

    // 7. The dashboard, as the chair's page asks for it over HTTP.
    if options.wants(7) {
        let (summary, trend, wire) = dashboard_time(&national, 20).await;
        println!(
            "dashboard: GET /api/summary of the nation {summary}, /api/trend {trend}; the overview on the wire {wire} bytes"
        );
        figures.push(Figure {
            what: "7. dashboard: `GET /api/summary`, the whole nation; `GET /api/trend`; the overview page on the wire (page, script, style, data)".into(),
            value: format!("{summary}; {trend}; {:.1} kB", wire as f64 / 1000.0),
            target: "< 100 ms; —; < 50 kB",
        });
    }

    // 1. Status replies, with the reminders paused: the morning's 20,000 would otherwise go
    // out through the same sender and the figure would be theirs.
    {
        let mut tx = national.store.begin().await.unwrap();
        dondoc::store::reminders::set_paused(&mut tx, true).await.unwrap();
        tx.commit().await.unwrap();
    }
    if options.wants(1) {
        // Throughput with more officers writing at once than the bot serves chats at once
        // (each waits for the 63 before it: the latency of a queue, not of a reply); then both
        // at once with 16, a busy national morning. Each run starts a bot; its first replies
        // (new connections, empty caches) are a figure of their own.
        let replies = if options.quick { 2_000 } else { 10_000 };
        let (cold, steady) = status_replies(&national, replies, 64, WARM_UP).await;
        println!(
            "status replies, 64 officers at once: {steady}; the first {WARM_UP} each after the start: {cold}"
        );
        // A bot stopped once stays stopped: the second run gets its own.
        let (busy, _) = open(&national_db, clock.now(), &[]).await;
        forget_updates(&mut busy.store.write().await.unwrap()).await;
        let (busy_cold, busy_steady) = status_replies(&busy, replies / 2, 16, WARM_UP).await;
        busy.store.close().await;
        // And again while the chair exports the nation and draws its chart, one after the other.
        let (heavy_app, _) = open(&national_db, clock.now(), &[]).await;
        forget_updates(&mut heavy_app.store.write().await.unwrap()).await;
        let (_, heavy_steady, exports) =
            status_replies_with(&heavy_app, replies / 4, 16, WARM_UP, true).await;
        heavy_app.store.close().await;
        let mut export_took: Vec<String> =
            exports.iter().map(|(c, d)| format!("{c} {:.1} s", d.as_secs_f64())).collect();
        export_took.dedup();
        println!(
            "status replies, 16 officers, while the chair runs /xuat and /bieudo: {heavy_steady}; those took {}",
            export_took.join(", ")
        );
        figures.push(Figure {
            what:
                "1. the same, while the chair's `/xuat` and `/bieudo` of the nation run one after the other"
                    .into(),
            value: format!("{heavy_steady}; {}", export_took.join(", ")),
            target: "p99 < 100 ms",
        });
        println!(
            "status replies, 16 officers at once: {busy_steady}; the first {WARM_UP} each after the start: {busy_cold}"
        );
        figures.push(Figure {
            what: format!("1. status replies end to end, {replies} from 64 officers at once"),
            value: steady.to_string(),
            target: "≥ 2,000/s",
        });
        figures.push(Figure {
            what: format!("1. status replies end to end, {} from 16 officers at once", replies / 2),
            value: busy_steady.to_string(),
            target: "≥ 2,000/s, p99 < 20 ms",
        });
        figures.push(Figure {
            what: format!("1. the same, the first {WARM_UP} from each officer after the bot starts: 64; 16"),
            value: format!("{cold}; {busy_cold}"),
            target: "—",
        });
    }
    national.store.close().await;
    province.store.close().await;

    // 5. The binary.
    if options.wants(5) {
        let (peak, planned_in, stop_in) = first_start(work.path(), &unplanned_db).await;
        println!(
            "binary: first start on the unplanned nation: peak RSS {peak} MB, planned in {planned_in:.1} s; SIGTERM while planning: exit in {stop_in:.2} s"
        );
        figures.push(Figure {
            what: "5. first start on the nation, never planned: peak resident memory; SIGTERM while planning"
                .into(),
            value: format!("{peak} MB (planned in {planned_in:.0} s); exit in {stop_in:.2} s"),
            target: "< 50 MB; exit within a second",
        });
        let (startup_empty, startup_nation, idle, loaded) = binary(work.path(), &national_db).await;
        println!(
            "binary: start-up {startup_empty} ms empty, {startup_nation} ms on the nation; RSS idle {idle} MB, under load {loaded} MB"
        );
        figures.push(Figure {
            what: "5. resident memory, idle / under load (the nation)".into(),
            value: format!("{idle} MB / {loaded} MB"),
            target: "< 50 MB idle",
        });
        figures.push(Figure {
            what: "5. start-up to the first `getUpdates`: empty / the nation".into(),
            value: format!("{startup_empty} ms / {startup_nation} ms"),
            target: "< 500 ms",
        });
    }

    // 4. The nation's morning (with `--quick`, 1,000 officers of 100 units).
    if options.wants(4) {
        let (b, replies, whose) = if options.quick {
            (burst(work.path(), 1_000, 60).await, 60, "1,000 officers, a task due each unit")
        } else {
            let (app, clock) = open(&morning_db, now(), &[]).await;
            (morning(app, &clock, now(), 300).await, 300, "the nation's 20,000 members, Monday's reminders")
        };
        let (share, sent, too_many, took) = (b.share, b.sent, b.too_many, b.took);
        let last = format!("{}:{:02}", (b.until_last / 60.0) as u64, b.until_last as u64 % 60);
        println!(
            "morning ({whose}): {} reminders in {sent} messages, sent in {took:.0} s at {:.1}% of 30/s, {too_many} × 429; the last person had theirs {last} after the start",
            b.carried,
            share * 100.0
        );
        println!(
            "morning: {} of {replies} replies answered during it, p50 {:.2} s, p95 {:.2} s",
            b.answered, b.answer_p50, b.answer_p95
        );
        figures.push(Figure {
            what: format!(
                "4. the morning's reminders ({whose}), one message a person, Telegram's limits enforced: rate; the last person's list"
            ),
            value: format!(
                "{:.1}% of 30/s ({sent} messages for {} reminders), {too_many} × 429; {last} (min:s)",
                share * 100.0,
                b.carried
            ),
            target: "≥ 95%, 0 × 429; < 12 min",
        });
        figures.push(Figure {
            what: format!("4. {replies} replies to reminders over a minute during that morning, limits on"),
            value: format!(
                "answered {} of {replies}: p50 {:.2} s, p95 {:.2} s",
                b.answered, b.answer_p50, b.answer_p95
            ),
            target: "p95 < 2 s",
        });
    }

    println!("\n| figure | last run | target |\n|---|---|---|");
    for f in &figures {
        println!("| {} | {} | {} |", f.what, f.value, f.target);
    }
    println!("\n{machine}");
}

fn now() -> chrono::DateTime<Utc> {
    // A Monday at 09:00 in Hà Nội: a working morning, whatever day the bench runs.
    chrono_tz::Asia::Ho_Chi_Minh.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap().with_timezone(&Utc)
}

fn config(db: &Path, extra: &[(&str, String)]) -> Config {
    let mut vars: Vec<(String, String)> = vec![
        ("TELOXIDE_TOKEN".into(), fake_api::TOKEN.into()),
        ("DATABASE_URL".into(), format!("sqlite://{}", db.display())),
        ("DONDOC_DIGEST".into(), "off".into()),
        ("DONDOC_REPORTS".into(), "off".into()),
    ];
    vars.extend(extra.iter().map(|(k, v)| (k.to_string(), v.clone())));
    Config::from_lookup(|name| vars.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.clone())).unwrap()
}

async fn open(db: &Path, at: chrono::DateTime<Utc>, extra: &[(&str, String)]) -> (Arc<App>, ManualClock) {
    let clock = ManualClock::new(at);
    let app = App::new(config(db, extra), Arc::new(clock.clone())).await.unwrap();
    (app, clock)
}

async fn file_size(app: &App, path: &Path) -> u64 {
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(&mut *app.store.write().await.unwrap())
        .await
        .unwrap();
    std::fs::metadata(path).unwrap().len()
}

/// Median and 95th percentile of `runs` summaries (query and render), as text.
#[derive(Clone, Copy)]
struct Timing {
    median: Duration,
    p95: Duration,
}

impl std::fmt::Display for Timing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        write!(f, "{:.1} ms (p95 {:.1} ms)", ms(self.median), ms(self.p95))
    }
}

async fn summary_time(app: &App, scope: Scope, runs: usize) -> Timing {
    let mut conn = app.store.conn().await.unwrap();
    let today = app.today();
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let s = summary::build(&mut conn, &scope, today, app.due_soon_until(today)).await.unwrap();
        let title = dondoc::view::summary::scope_text(&app.i18n, Lang::Vi, &scope, None);
        let text = dondoc::view::summary::message(&app.i18n, Lang::Vi, &s, &title, app.config.due_soon_days);
        std::hint::black_box(text);
        times.push(t.elapsed());
    }
    times.sort();
    Timing { median: times[runs / 2], p95: times[runs * 95 / 100] }
}

/// `GET /api/summary` and `GET /api/trend` of the whole nation `runs` times each, signed for
/// the seed's chair, over HTTP on 127.0.0.1; and the bytes of the overview page with its
/// script, style and data.
async fn dashboard_time(app: &Arc<App>, runs: usize) -> (Timing, Timing, usize) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let stop = tokio_util::sync::CancellationToken::new();
    tokio::spawn(dondoc::web::serve_on(app.clone(), listener, stop.clone()));
    let at = app.now().timestamp().to_string();
    let init = dondoc::web::auth::sign(
        &[("auth_date", &at), ("user", r#"{"id":100000000,"first_name":"Chủ tịch"}"#)],
        fake_api::TOKEN,
    );
    let client = reqwest::Client::new();
    let get = |path: &str| {
        client.get(format!("http://{addr}{path}")).header("Authorization", format!("tma {init}")).send()
    };
    let mut timings = Vec::new();
    let mut page = 0;
    for path in ["/api/summary", "/api/trend"] {
        let mut times = Vec::with_capacity(runs);
        let mut data = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let body = get(path).await.unwrap().error_for_status().unwrap().bytes().await.unwrap();
            times.push(t.elapsed());
            data = body.len();
        }
        times.sort();
        timings.push(Timing { median: times[runs / 2], p95: times[runs * 95 / 100] });
        page += data;
    }
    for path in ["/app", "/app.js", "/app.css"] {
        page += get(path).await.unwrap().bytes().await.unwrap().len();
    }
    stop.cancel();
    (timings[0], timings[1], page)
}

async fn busiest_unit(app: &App) -> i64 {
    sqlx::query_scalar("SELECT lead_unit_id FROM tasks GROUP BY lead_unit_id ORDER BY COUNT(*) DESC LIMIT 1")
        .fetch_one(app.store.pool())
        .await
        .unwrap()
}

/// Officers, each with an open task of their unit: `(Telegram id, task id)`.
const OFFICERS_WITH_A_TASK: &str = "SELECT m.telegram_id, MIN(t.id) FROM members m \
     JOIN tasks t ON t.lead_unit_id = m.unit_id \
     WHERE m.role = 'officer' AND t.status IN ('not_started', 'in_progress') \
     GROUP BY m.id ORDER BY m.id LIMIT ?";

/// The bot running against a fake, until stopped.
struct Running {
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<Result<(), dondoc::bot::RunError>>,
}

impl Running {
    fn start(app: &Arc<App>, fake: &FakeApi, limits: dondoc::bot::Limits, poll_timeout: Duration) -> Self {
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let shutdown = async move {
            let _ = stopped.await;
        };
        let options = dondoc::bot::RunOptions { limits, poll_timeout };
        let task = tokio::spawn(dondoc::bot::run_with(app.clone(), fake.bot(), shutdown, options));
        Self { stop, task }
    }

    async fn stop(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }
}

/// Latency and rate of a run of status replies.
struct Replies {
    rate: f64,
    p50: f64,
    p99: f64,
}

impl Replies {
    fn of(latencies: &[Duration], took: Duration) -> Self {
        let mut histogram = Histogram::<u64>::new(3).unwrap();
        for latency in latencies {
            histogram.record(latency.as_micros() as u64).unwrap();
        }
        let ms = |q: f64| histogram.value_at_quantile(q) as f64 / 1000.0;
        Self { rate: latencies.len() as f64 / took.as_secs_f64(), p50: ms(0.5), p99: ms(0.99) }
    }
}

impl std::fmt::Display for Replies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.0} updates/s (p50 {:.1} ms, p99 {:.1} ms)", self.rate, self.p50, self.p99)
    }
}

/// `officers` report at once, each sending the next report when the last is confirmed: first
/// `warm_up` each, from the bot's start (measured apart: new connections, empty caches), then,
/// when all have, `total` between them.
async fn status_replies(app: &Arc<App>, total: usize, officers: i64, warm_up: usize) -> (Replies, Replies) {
    let (cold, steady, _) = status_replies_with(app, total, officers, warm_up, false).await;
    (cold, steady)
}

/// [`status_replies`]; with `heavy`, the chair asks for `/xuat` and `/bieudo` of the whole
/// nation in turn while the officers report, and how long each took comes back too.
async fn status_replies_with(
    app: &Arc<App>,
    total: usize,
    officers: i64,
    warm_up: usize,
    heavy: bool,
) -> (Replies, Replies, Vec<(String, Duration)>) {
    let fake = Arc::new(FakeApi::start().await);
    let bot = Running::start(app, &fake, dondoc::bot::Limits::UNLIMITED, Duration::from_secs(1));
    fake.wait_call(Duration::from_secs(30), |c| c.method == "getUpdates").await;
    // Officers with an open task of their unit.
    let pairs: Vec<(i64, i64)> =
        sqlx::query_as(OFFICERS_WITH_A_TASK).bind(officers).fetch_all(app.store.pool()).await.unwrap();
    let mut events = fake.watch_sent();
    let mut waiting: HashMap<i64, tokio::sync::mpsc::Sender<fake_api::SentEvent>> = HashMap::new();
    let reports_before = reports(app).await;
    let mut clients = Vec::new();
    let per_client = total / pairs.len();
    let warm = Arc::new(tokio::sync::Barrier::new(pairs.len() + 1));
    for (i, (user_id, task)) in pairs.iter().copied().enumerate() {
        let (tx, mut rx) = tokio::sync::mpsc::channel(16);
        waiting.insert(user_id, tx);
        let (fake, warm) = (fake.clone(), warm.clone());
        clients.push(tokio::spawn(async move {
            let user = TgUser::new(user_id, &format!("Cán bộ {i}"));
            let code = dondoc::domain::task_code(task);
            let mut latencies = Vec::with_capacity(warm_up + per_client);
            let mut last_answer: Option<i64> = None;
            for n in 0..warm_up + per_client {
                if n == warm_up {
                    warm.wait().await;
                }
                let sent = Instant::now();
                let progress = 5 + n % 90;
                // Every other report is a Telegram reply to the bot's last answer about the
                // task, the way most officers report; the others, `/capnhat`.
                match last_answer {
                    Some(id) if n % 2 == 1 => {
                        fake.reply(&user, &user.private(), id, &format!("đang triển khai, đạt {progress}%"))
                    }
                    _ => fake.send_text(
                        &user,
                        &user.private(),
                        &format!("/capnhat {task} đang triển khai, đạt {progress}%"),
                    ),
                };
                let answer: fake_api::SentEvent = rx.recv().await.expect("an answer");
                latencies.push(answer.at.duration_since(sent));
                // The answer must be the confirmation of this report, which the bot sends only
                // once the report is committed.
                assert!(
                    answer.text.contains("Đã ghi nhận")
                        && answer.text.contains(&code)
                        && answer.text.contains(&format!("{progress}%")),
                    "not the confirmation of {code} at {progress}%: {}",
                    answer.text
                );
                last_answer = Some(answer.message_id);
            }
            latencies
        }));
    }
    // The seed's first member is a chair.
    let chair_id = 100_000_000;
    let stop_heavy = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let chair = heavy.then(|| {
        let (tx, mut rx) = tokio::sync::mpsc::channel(16);
        waiting.insert(chair_id, tx);
        let (fake, stop_heavy) = (fake.clone(), stop_heavy.clone());
        tokio::spawn(async move {
            let user = TgUser::new(chair_id, "Chủ tịch");
            let mut took = Vec::new();
            for command in ["/xuat", "/bieudo"].iter().cycle() {
                if stop_heavy.load(std::sync::atomic::Ordering::Relaxed) {
                    break;
                }
                let sent = Instant::now();
                fake.send_text(&user, &user.private(), command);
                match tokio::time::timeout(Duration::from_secs(120), rx.recv()).await {
                    Ok(Some(answered)) => took.push((command.to_string(), answered.at.duration_since(sent))),
                    Ok(None) => break,
                    Err(_) => panic!("no answer to the chair's {command} in two minutes"),
                }
            }
            took
        })
    });
    let router = tokio::spawn(async move {
        while let Ok(event) = events.recv().await {
            if let Some(tx) = waiting.get(&event.chat_id) {
                let _ = tx.send(event).await;
            }
        }
    });
    let cold = Instant::now();
    warm.wait().await;
    let started = Instant::now();
    let (mut first, mut then) = (Vec::new(), Vec::new());
    for client in clients {
        let mut latencies = client.await.unwrap();
        then.extend(latencies.split_off(warm_up));
        first.extend(latencies);
    }
    let took = started.elapsed();
    stop_heavy.store(true, std::sync::atomic::Ordering::Relaxed);
    let exports = match chair {
        Some(chair) => chair.await.unwrap(),
        None => Vec::new(),
    };
    router.abort();
    // Every answer is in, so every report is committed (the bot's stop closes the pool).
    let recorded = reports(app).await - reports_before;
    bot.stop().await;
    let samples = first.len() + then.len();
    assert_eq!(recorded, samples as i64, "each report recorded once");
    (Replies::of(&first, started - cold), Replies::of(&then, took), exports)
}

async fn reports(app: &App) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM status_reports").fetch_one(app.store.pool()).await.unwrap()
}

/// Start-up time on an empty database and on the nation, and memory idle and while 5,000
/// status replies come in at once.
async fn binary(dir: &Path, national: &Path) -> (u128, u128, u64, u64) {
    let empty = dir.join("empty.db");
    let (startup_empty, mut child, _fake) = start_binary(dir, &empty).await;
    terminate(&mut child).await;
    let officers: Vec<(i64, i64)> = {
        use sqlx::Connection;
        let mut db =
            sqlx::SqliteConnection::connect(&format!("sqlite://{}", national.display())).await.unwrap();
        forget_updates(&mut db).await;
        sqlx::query_as(OFFICERS_WITH_A_TASK).bind(5_000).fetch_all(&mut db).await.unwrap()
    };
    let (startup_nation, mut child, fake) = start_binary(dir, national).await;
    // Idle: after the start-up planning has settled.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let pid = child.id().unwrap();
    let idle = rss_mb(pid);
    let before = processed(national).await;
    for (id, task) in &officers {
        let user = TgUser::new(*id, "Cán bộ");
        fake.send_text(&user, &user.private(), &format!("/capnhat {task} đang triển khai, đạt 50%"));
    }
    let mut peak = idle;
    let until = Instant::now() + Duration::from_secs(60);
    while fake.unacknowledged() > 0 || processed(national).await < before + officers.len() as i64 {
        peak = peak.max(rss_mb(pid));
        assert!(Instant::now() < until, "the binary did not handle 5,000 replies in a minute");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    terminate(&mut child).await;
    (startup_empty, startup_nation, idle, peak)
}

/// The binary started on a nation's database that was never planned: the peak resident
/// memory (the kernel's high-water mark) while it plans three weeks for every task, how long
/// that takes, and, on a second copy, how long SIGTERM takes to end it in the middle.
async fn first_start(dir: &Path, unplanned: &Path) -> (u64, f64, f64) {
    let copy = dir.join("national-unplanned-2.db");
    std::fs::copy(unplanned, &copy).unwrap();
    let planned = |db: &Path| {
        let url = format!("sqlite://{}", db.display());
        async move {
            use sqlx::Connection;
            let Ok(mut conn) = sqlx::SqliteConnection::connect(&url).await else { return false };
            sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM settings WHERE key = 'reminders.planned_through'",
            )
            .fetch_one(&mut conn)
            .await
            .unwrap_or(0)
                > 0
        }
    };
    let (_, mut child, _fake) = start_binary(dir, unplanned).await;
    let pid = child.id().unwrap();
    let started = Instant::now();
    let mut peak = 0;
    while !planned(unplanned).await {
        peak = peak.max(hwm_mb(pid));
        assert!(started.elapsed() < Duration::from_secs(600), "the first planning did not end");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let planned_in = started.elapsed().as_secs_f64();
    tokio::time::sleep(Duration::from_secs(2)).await;
    peak = peak.max(hwm_mb(pid));
    terminate(&mut child).await;

    let (_, mut child, _fake) = start_binary(dir, &copy).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let asked = Instant::now();
    terminate(&mut child).await;
    (peak, planned_in, asked.elapsed().as_secs_f64())
}

/// The most resident memory the process has had.
fn hwm_mb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    kb / 1024
}

/// Empties the inbox before a new fake: each numbers its updates from 1, and the bot skips
/// ids it has seen (the runs of replies before used the first few thousand).
async fn forget_updates(db: &mut sqlx::SqliteConnection) {
    sqlx::query("DELETE FROM inbox").execute(db).await.unwrap();
}

async fn processed(db: &Path) -> i64 {
    use sqlx::Connection;
    let Ok(mut conn) = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display())).await else {
        return 0;
    };
    sqlx::query_scalar("SELECT COUNT(*) FROM inbox WHERE processed_at IS NOT NULL")
        .fetch_one(&mut conn)
        .await
        .unwrap_or(0)
}

async fn start_binary(dir: &Path, db: &Path) -> (u128, tokio::process::Child, FakeApi) {
    let fake = FakeApi::start().await;
    let started = Instant::now();
    let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_dondoc"))
        .current_dir(dir)
        .env_clear()
        .env("TELOXIDE_TOKEN", fake_api::TOKEN)
        .env("TELOXIDE_API_URL", fake.url().as_str())
        .env("DATABASE_URL", format!("sqlite://{}", db.display()))
        .env("DONDOC_LOG", "warn")
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let first = fake.wait_call(Duration::from_secs(60), |c| c.method == "getUpdates").await;
    (first.at.duration_since(started).as_millis(), child, fake)
}

async fn terminate(child: &mut tokio::process::Child) {
    let pid = child.id().unwrap().to_string();
    std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let _ = tokio::time::timeout(Duration::from_secs(30), child.wait()).await;
}

fn rss_mb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    kb / 1024
}

/// What [`morning`] measured.
struct Burst {
    /// The rate reached, as a share of 30 a second.
    share: f64,
    /// Reminder messages delivered (lists, or a task's own reminder), and the reminders they
    /// carried (what one message a task would have sent).
    sent: usize,
    carried: i64,
    too_many: usize,
    /// Seconds from the first reminder to the last, and from the bot's start to the last.
    took: f64,
    until_last: f64,
    /// Replies whose confirmation arrived, and its latency (seconds) from the reply.
    answered: usize,
    answer_p50: f64,
    answer_p95: f64,
}

/// The reminders due at `at` go out, as the bot starts, against a fake that answers 429
/// beyond 30 messages a second or one a chat. Five seconds in, `replies` officers who have
/// their reminder reply to it (a Telegram reply naming the first task of their list, the way
/// most report), spread over a minute; each answer is timed from the reply to the
/// confirmation in that chat, which the bot sends only after the report is committed.
async fn morning(app: Arc<App>, clock: &ManualClock, at: chrono::DateTime<Utc>, replies: usize) -> Burst {
    let fake = Arc::new(FakeApi::start().await);
    fake.enforce_telegram_limits();
    clock.set(at);
    let started = Instant::now();
    let bot = Running::start(&app, &fake, dondoc::bot::Limits::TELEGRAM, Duration::from_secs(5));
    let mut sent_events = fake.watch_sent();
    let answers = {
        let fake = fake.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_secs(5)).await;
            // Chats that have their reminder and have not replied, from the fake's own events
            // (scanning its record would hold the lock the sends need).
            let mut reminded: std::collections::VecDeque<i64> = std::collections::VecDeque::new();
            let mut asked: HashMap<i64, Instant> = HashMap::new();
            let mut latencies = Vec::new();
            let spacing = Duration::from_secs(60) / replies.max(1) as u32;
            let mut next = Instant::now();
            let mut replied = 0;
            let until = Instant::now() + Duration::from_secs(120);
            while (replied < replies || !asked.is_empty()) && Instant::now() < until {
                if replied < replies && Instant::now() >= next {
                    // The officer reminded longest ago replies first.
                    if let Some(id) = reminded.pop_front() {
                        let reminder = fake.sent_to(id)[0].clone();
                        let at = reminder.text.find("<b>NV-").map_or(0, |i| i + 3);
                        let code: String = reminder.text[at..].chars().take_while(|c| *c != '<').collect();
                        let officer = TgUser::new(id, "Cán bộ");
                        asked.insert(id, Instant::now());
                        let words = format!("{code} đang thực hiện, đạt 60%");
                        fake.reply(&officer, &officer.private(), reminder.message_id, &words);
                        replied += 1;
                    }
                    next += spacing;
                }
                match tokio::time::timeout(Duration::from_millis(20), sent_events.recv()).await {
                    Ok(Ok(sent)) => match asked.remove(&sent.chat_id) {
                        Some(start) => latencies.push(sent.at.duration_since(start).as_secs_f64()),
                        None => reminded.push_back(sent.chat_id),
                    },
                    Ok(Err(tokio::sync::broadcast::error::RecvError::Lagged(n))) => {
                        eprintln!("morning: {n} send events missed")
                    }
                    _ => {}
                }
            }
            latencies
        })
    };
    let mut latencies = answers.await.unwrap();
    // Until every due reminder is recorded, composed and delivered.
    let deadline = Instant::now() + Duration::from_secs(3_600);
    let carried = loop {
        let (left, carried): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM outbox WHERE state = 'pending') \
                  + (SELECT COUNT(*) FROM reminder_deliveries WHERE outbox_id IS NULL) \
                  + (SELECT COUNT(*) FROM reminders WHERE state = 'planned' AND due_at <= ?1), \
                    (SELECT COUNT(*) FROM reminder_deliveries)",
        )
        .bind(at)
        .fetch_one(&mut *app.store.conn().await.unwrap())
        .await
        .unwrap();
        if (left == 0 && carried > 0) || Instant::now() > deadline {
            break carried;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    };
    // A person's first message is their reminder (one a person); a second, the answer to
    // their reply, which comes after the reply, up to a minute into the morning.
    let mut reminded = std::collections::HashSet::new();
    let accepted: Vec<Instant> = fake
        .calls("sendMessage")
        .iter()
        .filter(|c| c.fault.is_none() && reminded.insert(c.chat_id()))
        .map(|c| c.at)
        .collect();
    let too_many = fake.too_many_requests();
    bot.stop().await;
    let first = accepted.first().copied().unwrap();
    let last = accepted.last().copied().unwrap();
    let took = last.duration_since(first).as_secs_f64();
    let rate = (accepted.len() - 1) as f64 / took;
    latencies.sort_by(f64::total_cmp);
    let pct = |p: f64| {
        latencies.get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
    };
    Burst {
        share: rate / 30.0,
        sent: accepted.len(),
        carried,
        too_many,
        took,
        until_last: last.duration_since(started).as_secs_f64(),
        answered: latencies.len(),
        answer_p50: pct(0.5).copied().unwrap_or(f64::NAN),
        answer_p95: pct(0.95).copied().unwrap_or(f64::NAN),
    }
}

/// `chats` officers, ten to a unit, each unit with one task due today, as of yesterday: the
/// quick run's morning (`--quick`), on a working day whatever the calendar says.
async fn burst(dir: &Path, chats: usize, replies: usize) -> Burst {
    let db = dir.join("burst.db");
    let today = now().with_timezone(&chrono_tz::Asia::Ho_Chi_Minh).date_naive();
    let holidays = dir.join("holidays.txt");
    std::fs::write(&holidays, format!("+ {today}\n")).unwrap();
    let extra =
        [("DONDOC_REMIND_DAYS", "0".to_string()), ("DONDOC_HOLIDAYS", holidays.display().to_string())];
    let yesterday = now() - chrono::Duration::days(1);
    let (app, clock) = open(&db, yesterday, &extra).await;
    seed_burst(&app, chats / 10, today, yesterday).await;
    morning(app, &clock, now(), replies).await
}

async fn seed_burst(app: &App, units: usize, today: NaiveDate, at: chrono::DateTime<Utc>) {
    use dondoc::domain::Programme;
    use dondoc::store::seed::MemberRow;
    use dondoc::store::tasks::{NewTask, create};
    let mut tx = app.store.begin().await.unwrap();
    let mut ids = Vec::new();
    for u in 0..units {
        ids.push(
            dondoc::store::units::add(&mut tx, &format!("Đơn vị {u}"), &format!("ĐV {u}"), &[], at)
                .await
                .unwrap(),
        );
    }
    let members: Vec<MemberRow> = ids
        .iter()
        .enumerate()
        .flat_map(|(u, unit)| {
            (0..10).map(move |m| MemberRow {
                telegram_id: 500_000 + (u * 10 + m) as i64,
                display_name: format!("Cán bộ {u}.{m}"),
                unit_id: *unit,
                role: "officer",
            })
        })
        .collect();
    dondoc::store::seed::members(&mut tx, &members, at).await.unwrap();
    for unit in &ids {
        let task = NewTask {
            text: "Báo cáo kết quả chuyển đổi số".into(),
            lead_unit_id: *unit,
            co_unit_ids: vec![],
            deadline: Some(today),
            programme: Programme::Cds,
            source_document: None,
            item_number: None,
            year: None,
            every: None,
        };
        let id = create(&mut tx, &task, None, at).await.unwrap();
        dondoc::reminders::replan(&mut tx, app, id).await.unwrap();
    }
    tx.commit().await.unwrap();
}

/// The CPU, cores and memory, for the figures' context.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name").and_then(|v| v.split_once(':')).map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| "an unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem_gb = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .map(|kb| kb as f64 / 1024.0 / 1024.0)
        .unwrap_or(0.0);
    format!("{model}, {cores} cores, {mem_gb:.0} GB")
}
