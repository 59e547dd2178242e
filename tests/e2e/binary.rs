//! The `dondoc` binary as an operator runs it.

use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::fake_api::{TOKEN, TgUser};
use crate::support::{FakeApi, Stderr, dondoc_binary};

fn dondoc(dir: &std::path::Path) -> Command {
    let mut cmd = dondoc_binary(dir);
    cmd.env("DONDOC_LOG", "warn");
    cmd
}

#[test]
fn without_a_token_it_says_so_in_one_line_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let out = dondoc(dir.path()).output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
    assert!(stderr.contains("TELOXIDE_TOKEN"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!dir.path().join("dondoc.db").exists(), "nothing is created before the configuration is valid");
}

#[test]
fn a_bad_variable_is_named_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let out =
        dondoc(dir.path()).env("TELOXIDE_TOKEN", TOKEN).env("DONDOC_TZ", "Mars/Olympus").output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("DONDOC_TZ"), "{stderr}");
    assert!(!stderr.contains("TEST-token"), "the token is never printed: {stderr}");
}

#[tokio::test]
async fn with_a_token_and_a_local_api_it_creates_the_database_registers_commands_and_answers_start() {
    let fake = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut child = tokio::process::Command::from(dondoc(dir.path()))
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", fake.url().as_str())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let stderr = Stderr::drain(&mut child);
    fake.wait_call(Duration::from_secs(20), |c| c.method == "setMyCommands").await;
    fake.wait_call(Duration::from_secs(20), |c| c.method == "getUpdates").await;
    assert!(
        dir.path().join("dondoc.db").exists(),
        "the default SQLite file is created in the working directory"
    );

    let user = TgUser::new(9001, "Hà");
    fake.send_text(&user, &user.private(), "/start");
    let answer = fake.next_message(user.id).await;
    assert!(answer.text.contains("Xin chào"), "{}", answer.text);

    // SIGTERM, as systemd sends it: a clean stop with status 0.
    let pid = child.id().unwrap().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let status = tokio::time::timeout(Duration::from_secs(20), child.wait()).await.expect("stops").unwrap();
    assert!(status.success(), "{status:?} {}", stderr.collect().await);
}

#[test]
fn backup_writes_a_checked_copy_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    assert!(dondoc(dir.path()).arg("demo").status().unwrap().success());
    let out = dondoc(dir.path()).args(["backup", "copy.db"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said} {}", String::from_utf8_lossy(&out.stderr));
    assert!(said.contains("Đã sao lưu vào copy.db") && said.contains("kiểm tra toàn vẹn"), "{said}");
    let again = dondoc(dir.path()).args(["backup", "copy.db"]).output().unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("chọn tên khác"));
    // The copy is a dondoc database: the bot's own `migrate` opens it as one.
    let restored =
        dondoc(dir.path()).env("DATABASE_URL", "sqlite://copy.db").arg("migrate").output().unwrap();
    assert!(restored.status.success(), "{}", String::from_utf8_lossy(&restored.stderr));
}

#[test]
fn seed_fills_an_empty_database_at_a_provinces_scale_and_refuses_a_used_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = dondoc(dir.path()).args(["seed", "--scale", "province", "--seed", "3"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said} {}", String::from_utf8_lossy(&out.stderr));
    assert!(said.contains("Đã tạo 40 đơn vị, 80 thành viên, 400 nhiệm vụ, 2.000 báo cáo tiến độ"), "{said}");
    let again = dondoc(dir.path()).args(["seed", "--scale", "province"]).output().unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("chỉ tạo trong cơ sở dữ liệu trống"));
}
