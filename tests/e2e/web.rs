//! The chair's dashboard (issue 22): its JSON endpoints driven with correctly signed, forged,
//! expired and foreign `initData` for each role, figures checked against `/tonghop`'s, the
//! security headers, the buttons that open it; and the page opened in a real headless Chromium.

use std::net::SocketAddr;
use std::time::Duration;

use chrono::NaiveDate;
use serde_json::Value;

use crate::support::fake_api::TOKEN;
use crate::support::{Committee, NowUtc, Options, TestBot, TgUser};

const PAGE: &str = "https://dondoc.example.gov.vn/bcd/";

fn day(d: u32, m: u32, y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The committee with tasks in several states, and the dashboard listening on a free port.
async fn dashboard() -> (TestBot, Committee, SocketAddr) {
    let options = Options { env: vec![("DONDOC_WEB_URL".into(), PAGE.into())], ..Options::default() };
    let (bot, c) = TestBot::with_committee(options).await;
    // Today is Monday 5/01/2026.
    let a1 = bot.seed_task(c.unit_a, Some(day(30, 1, 2026)), "Rà soát thủ tục hành chính").await;
    bot.seed_task(c.unit_a, Some(day(15, 12, 2025)), "Số hóa hồ sơ hộ tịch").await;
    bot.seed_task(c.unit_b, Some(day(20, 12, 2025)), "Nâng cấp cổng dịch vụ công").await;
    bot.seed_task(c.unit_b, Some(day(31, 3, 2026)), "Kết nối dữ liệu dân cư").await;
    bot.seed_task(c.unit_police, None, "Làm sạch dữ liệu dân cư").await;
    bot.ask(&c.officer_a, &format!("/capnhat {a1} đang thực hiện, đạt 40%")).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = bot.app.clone();
    tokio::spawn(dondoc::web::serve_on(app, listener, tokio_util::sync::CancellationToken::new()));
    (bot, c, addr)
}

/// `initData` signed with `token` for `user`, `age` ago by the bot's clock.
fn init_data(bot: &TestBot, user: &TgUser, token: &str, age: chrono::Duration) -> String {
    let at = (bot.clock.now_utc() - age).timestamp().to_string();
    let who = format!(r#"{{"id":{},"first_name":"{}","language_code":"vi"}}"#, user.id, user.first_name);
    dondoc::web::auth::sign(&[("auth_date", &at), ("query_id", "AAE1"), ("user", &who)], token)
}

async fn get(addr: SocketAddr, path: &str, init: Option<&str>) -> (u16, reqwest::header::HeaderMap, String) {
    let mut request = reqwest::Client::new().get(format!("http://{addr}{path}"));
    if let Some(init) = init {
        request = request.header("Authorization", format!("tma {init}"));
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (status, headers, response.text().await.unwrap())
}

async fn json(addr: SocketAddr, path: &str, init: &str) -> Value {
    let (status, _, body) = get(addr, path, Some(init)).await;
    assert_eq!(status, 200, "{path}: {body}");
    serde_json::from_str(&body).unwrap()
}

#[tokio::test]
async fn each_role_sees_what_it_may_and_forged_expired_or_foreign_data_sees_nothing() {
    let (bot, c, addr) = dashboard().await;
    let hour = chrono::Duration::hours(1);
    let stranger = TgUser::new(999_999, "Người lạ");

    // Leaders and the secretariat: the whole committee, the same figures as /tonghop.
    let reference = {
        let mut db = bot.db().await;
        let today = day(5, 1, 2026);
        dondoc::summaries::summary::build(&mut db, &Default::default(), today, bot.app.due_soon_until(today))
            .await
            .unwrap()
    };
    for leader in [&c.chair, &c.deputy, &c.secretariat] {
        let s = json(addr, "/api/summary", &init_data(&bot, leader, TOKEN, hour)).await;
        assert_eq!(s["counts"]["total"], reference.counts.total, "{s}");
        assert_eq!(s["counts"]["overdue"], reference.counts.overdue(), "{s}");
        assert_eq!(s["counts"]["in_progress"], reference.counts.in_progress, "{s}");
        assert_eq!(s["counts"]["no_deadline"], reference.counts.no_deadline, "{s}");
        assert_eq!(s["counts"]["total"], 5);
        assert_eq!(s["counts"]["overdue"], 2);
        let trend = json(addr, "/api/trend", &init_data(&bot, leader, TOKEN, hour)).await;
        let months = trend["months"].as_array().unwrap();
        assert_eq!(months.len(), 12);
        // December 2025: two tasks due, neither done; January 2026: one.
        assert_eq!((months[10]["month"].as_str(), months[10]["due"].as_i64()), (Some("2025-12"), Some(2)));
        assert_eq!(months[11]["due"], 1);
        assert!(trend["svg"].as_str().unwrap().starts_with("<svg"), "{trend}");
        let units = json(addr, "/api/units", &init_data(&bot, leader, TOKEN, hour)).await;
        assert_eq!(units.as_array().unwrap().len(), 3, "{units}");
        let tasks = json(addr, "/api/tasks", &init_data(&bot, leader, TOKEN, hour)).await;
        assert_eq!(tasks["tasks"].as_array().unwrap().len(), 5, "{tasks}");
    }
    // Filters as in /tonghop: a quarter.
    let chair = init_data(&bot, &c.chair, TOKEN, hour);
    let q1 = json(addr, "/api/summary?year=2026&quarter=1", &chair).await;
    assert_eq!(q1["counts"]["total"], 2, "{q1}");
    let overdue = json(addr, "/api/tasks?status=overdue", &chair).await;
    let codes: Vec<&str> =
        overdue["tasks"].as_array().unwrap().iter().map(|t| t["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["NV-0002", "NV-0003"]);
    let task = json(addr, "/api/tasks/NV-0001", &chair).await;
    assert_eq!(task["lead"], "Sở Tư pháp");
    assert_eq!(task["history"].as_array().unwrap().len(), 1, "{task}");

    // An officer: their unit only; another unit's task is not there.
    let officer = init_data(&bot, &c.officer_a, TOKEN, hour);
    let s = json(addr, "/api/summary", &officer).await;
    assert_eq!(s["counts"]["total"], 2, "{s}");
    let s = json(addr, &format!("/api/summary?unit={}", c.unit_b), &officer).await;
    assert_eq!(s["counts"]["total"], 2, "the unit asked for is their own: {s}");
    let tasks = json(addr, "/api/tasks", &officer).await;
    let leads: Vec<&str> =
        tasks["tasks"].as_array().unwrap().iter().map(|t| t["lead"].as_str().unwrap()).collect();
    assert_eq!(leads, ["Sở Tư pháp", "Sở Tư pháp"]);
    assert_eq!(get(addr, "/api/tasks/NV-0003", Some(&officer)).await.0, 404);

    // Nobody else, and no data without a true signature.
    assert_eq!(get(addr, "/api/summary", Some(&init_data(&bot, &stranger, TOKEN, hour))).await.0, 403);
    let forged = chair.replace("1002", "1003");
    let foreign = init_data(&bot, &c.chair, "987654321:another-bots-token", hour);
    let expired = init_data(&bot, &c.chair, TOKEN, chrono::Duration::hours(25));
    for (what, init) in [
        ("forged", Some(forged.as_str())),
        ("foreign", Some(&foreign)),
        ("expired", Some(&expired)),
        ("missing", None),
    ] {
        for path in ["/api/summary", "/api/trend", "/api/units", "/api/tasks", "/api/tasks/NV-0001"] {
            let (status, _, body) = get(addr, path, init).await;
            assert_eq!(status, 401, "{what} {path}");
            assert!(body.is_empty(), "no data: {body}");
        }
    }
}

#[tokio::test]
async fn the_page_is_small_and_guarded_and_the_bot_offers_it() {
    let (bot, c, addr) = dashboard().await;
    let (status, headers, page) = get(addr, "/app", None).await;
    assert_eq!(status, 200);
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("frame-ancestors https://web.telegram.org"),
        "{csp}"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(page.contains("Tình hình thực hiện nhiệm vụ"), "{page}");
    assert!(!page.contains(TOKEN), "no secret in the page");
    let (_, _, script) = get(addr, "/app.js", None).await;
    let (_, _, style) = get(addr, "/app.css", None).await;
    let wire = page.len() + script.len() + style.len();
    eprintln!("the page on the wire: {wire} bytes (script {})", script.len());
    assert!(script.len() < 30_000 && wire < 50_000, "{wire}");
    let (_, _, english) = get(addr, "/app?lang=en", None).await;
    assert!(english.contains("Where the tasks stand"), "{english}");
    // The API answers no cache and keeps to its size: a body is refused.
    let (_, headers, _) = get(addr, "/api/summary", None).await;
    assert_eq!(headers["cache-control"], "no-store");

    // /tonghop opens it: inside Telegram in a private chat, by a link in the group.
    let private = bot.ask(&c.chair, "/tonghop").await;
    let open = private.button("Mở bảng điều khiển");
    assert_eq!(open, format!("{PAGE}app"));
    let group = crate::support::Chat::group(-100_500, "Ban Chỉ đạo");
    bot.say(&c.secretariat, &group, "/nhom").await;
    let in_group = bot.say(&c.chair, &group, "/tonghop").await;
    assert!(in_group.button("Mở bảng điều khiển").starts_with("https://t.me/"), "{:?}", in_group.buttons());
    // And the menu button beside the message field.
    let menu = bot.fake.calls("setChatMenuButton");
    assert_eq!(menu.len(), 1);
    assert!(menu[0].params.to_string().contains(&format!("{PAGE}app")), "{:?}", menu[0].params);
}

/// The page in a real browser (Debian's `chromium`; `.ci/run` installs it and sets
/// `DONDOC_REQUIRE_CHROMIUM`, elsewhere the test says it is skipped): signed in through the
/// URL's fragment as Telegram opens it, it shows the committee's counts and units.
#[tokio::test]
async fn a_real_browser_shows_the_committees_counts_and_units() {
    if std::env::var_os("DONDOC_TEST_DATE").is_some() {
        // Under faketime (`.ci/at-date`) the browser would inherit the shifted clock; the page
        // depends on no date of its own, and the suite's first run opened it.
        eprintln!("skipped on a shifted date");
        return;
    }
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| std::process::Command::new(b).arg("--version").output().is_ok_and(|o| o.status.success()))
    else {
        assert!(std::env::var_os("DONDOC_REQUIRE_CHROMIUM").is_none(), "chromium is required here");
        eprintln!("skipped: no chromium on this machine");
        return;
    };
    let (bot, c, addr) = dashboard().await;
    let init = init_data(&bot, &c.chair, TOKEN, chrono::Duration::minutes(1));
    let fragment = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("tgWebAppData", &init)
        .append_pair("tgWebAppVersion", "8.0")
        .finish();
    let dir = tempfile::tempdir().unwrap();
    let browse = |view: &str, screenshot: Option<&std::path::Path>| {
        let mut cmd = std::process::Command::new(chromium);
        cmd.args([
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            "--virtual-time-budget=15000",
            "--window-size=430,1100",
        ]);
        cmd.arg(format!("--user-data-dir={}", dir.path().join(view).display()));
        match screenshot {
            Some(path) => cmd.arg(format!("--screenshot={}", path.display())),
            None => cmd.arg("--dump-dom"),
        };
        cmd.arg(format!("http://{addr}/app?view={view}#{fragment}"));
        cmd
    };
    let run = |mut cmd: std::process::Command| async move {
        tokio::time::timeout(Duration::from_secs(60), tokio::task::spawn_blocking(move || cmd.output()))
            .await
            .expect("chromium in under a minute")
            .unwrap()
            .unwrap()
    };
    let overview = run(browse("overview", None)).await;
    let dom = String::from_utf8_lossy(&overview.stdout);
    assert!(
        dom.contains("id=\"counts\""),
        "the counts drawn: {dom}\n{}",
        String::from_utf8_lossy(&overview.stderr)
    );
    assert!(dom.contains("Hoàn thành đúng hạn") && dom.contains("Quá hạn"), "{dom}");
    assert!(dom.contains("<svg"), "the trend chart: {dom}");
    let units = run(browse("units", None)).await;
    let dom = String::from_utf8_lossy(&units.stdout);
    for unit in ["Sở Tư pháp", "Sở TT&amp;TT", "Công an tỉnh"] {
        assert!(dom.contains(unit), "{unit} in {dom}");
    }
    let shot = std::env::var_os("DONDOC_SCREENSHOT")
        .map(std::path::PathBuf::from)
        .unwrap_or(dir.path().join("dashboard.png"));
    let out = run(browse("overview", Some(&shot))).await;
    assert!(shot.exists(), "a screenshot: {}", String::from_utf8_lossy(&out.stderr));
}
