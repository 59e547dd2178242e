//! What the `dondoc` binary does besides running the bot: importing a notice or spreadsheet
//! from a file (`dondoc import FILE [--dry-run]`) and filling an empty database with a sample
//! committee (`dondoc demo`). Every line printed comes from the locale files.

use std::path::Path;

use chrono::{Duration, NaiveDate};

use crate::app::App;
use crate::domain::{Progress, Report, ReportSource, TaskStatus, apply_report, task_code};
use crate::i18n::{Args, Key};
use crate::import::{self, ImportError, commit};
use crate::store::{self, StoreError};
use crate::view::markup::plain;

/// A failure worth one line to the operator (already in their language).
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Message(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for CliError {
    fn from(e: sqlx::Error) -> Self {
        CliError::Store(e.into())
    }
}

fn t(app: &App, key: Key, args: &Args) -> String {
    plain(&app.i18n.t(app.config.locale, key, args))
}

fn import_error(app: &App, e: &ImportError) -> CliError {
    CliError::Message(plain(&crate::usecases::import::error_message(&app.i18n, app.config.locale, e)))
}

/// `dondoc import FILE`: prints the proposed tasks; without `dry_run`, creates them (their
/// officers' cards wait in the outbox until the bot runs).
/// Reads a file to import with the committee's units; nothing is written.
async fn read_import(
    app: &App,
    path: &Path,
) -> Result<(String, Vec<u8>, Vec<crate::domain::Unit>, import::Reading), CliError> {
    let bytes = std::fs::read(path).map_err(|e| {
        CliError::Message(t(
            app,
            Key::CliCannotRead,
            &Args::new().text("path", path.display().to_string()).text("error", e.to_string()),
        ))
    })?;
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let mut conn = app.store.conn().await?;
    let units = store::units::list(&mut conn).await?;
    drop(conn);
    let reading = import::read_file(&name, &bytes, &import::names_of(&units), app.today())
        .map_err(|e| import_error(app, &e))?;
    Ok((name, bytes, units, reading))
}

/// `dondoc import FILE --dry-run --json`: the proposed tasks as a JSON array, one object per
/// task (`item`, `lead`, `co_units`, `deadline`, `deadline_text`, `text`); nothing is written.
pub async fn import_json(app: &App, path: &Path) -> Result<String, CliError> {
    let (_, _, _, reading) = read_import(app, path).await?;
    Ok(serde_json::to_string_pretty(&import::task_rows(&reading)).expect("rows serialise"))
}

pub async fn import_file(
    app: &App,
    path: &Path,
    dry_run: bool,
    force: bool,
    joint: bool,
) -> Result<String, CliError> {
    let (name, bytes, units, reading) = read_import(app, path).await?;
    let fingerprint = match std::str::from_utf8(&bytes) {
        Ok(text) => import::fingerprint(text),
        Err(_) => import::fingerprint(&format!("{:x?}", &bytes[..bytes.len().min(1 << 16)])),
    };

    let mut tx = app.store.begin().await?;
    let id = store::imports::create(&mut tx, None, &name, &reading, &fingerprint, app.now()).await?;
    store::imports::set_split(&mut tx, id, !joint).await?;
    let items = store::imports::items(&mut tx, id).await?;
    let mut out = vec![t(
        app,
        Key::CliImportHeader,
        &Args::new()
            .text("name", &name)
            .text("source", reading.source.clone().unwrap_or_default())
            .num("items", items.len() as f64)
            .num("tasks", commit::task_count(&items, &units, !joint) as f64),
    )];
    for item in &items {
        let deadline = match item.proposal.deadline {
            Some(d) => app.i18n.date(app.config.locale, d),
            None => t(app, Key::ImportNoDeadline, &Args::new()),
        };
        out.push(t(
            app,
            Key::CliImportItem,
            &Args::new()
                .text("label", commit::label(item))
                .text("leads", commit::lead_names(item, &units, app))
                .raw("deadline", deadline)
                .text("text", crate::view::markup::truncate(&item.proposal.text, 100)),
        ));
    }
    if dry_run {
        // Nothing of a dry run stays behind.
        tx.rollback().await?;
        out.push(t(app, Key::CliImportDryRun, &Args::new()));
        return Ok(out.join("\n"));
    }
    if !force && let Some((at, count)) = store::imports::earlier(&mut tx, &fingerprint, id).await? {
        let args = Args::new()
            .raw("date", app.i18n.datetime(app.config.locale, at, app.config.tz))
            .num("count", count as f64);
        return Err(CliError::Message(t(app, Key::CliImportDuplicate, &args)));
    }
    let created = match commit::commit(&mut tx, app, id, None).await {
        Ok(created) => created,
        Err(commit::CommitError::Unassigned(labels)) => {
            return Err(CliError::Message(t(
                app,
                Key::CliImportUnassigned,
                &Args::new().text("labels", labels.join(", ")),
            )));
        }
        Err(commit::CommitError::Closed) => {
            return Err(CliError::Message(t(app, Key::ImportClosed, &Args::new())));
        }
        Err(commit::CommitError::Store(e)) => return Err(e.into()),
    };
    tx.commit().await?;
    out.push(t(
        app,
        Key::CliImportDone,
        &Args::new()
            .num("count", created.len() as f64)
            .raw("first", created.first().map(|c| task_code(*c)).unwrap_or_default())
            .raw("last", created.last().map(|c| task_code(*c)).unwrap_or_default()),
    ));
    Ok(out.join("\n"))
}

/// `dondoc backup PATH`: a consistent copy of the database, even while the bot runs.
pub async fn backup(app: &App, path: &Path) -> Result<String, CliError> {
    if path.exists() {
        return Err(CliError::Message(t(
            app,
            Key::CliBackupExists,
            &Args::new().text("path", path.display().to_string()),
        )));
    }
    app.store.backup(path).await?;
    // Check the copy, not just the original.
    let url = format!("sqlite://{}", path.display());
    let copy = store::Store::connect(&url).await?;
    let check = copy.integrity_check().await?;
    let tasks = store::tasks::count(&mut *copy.conn().await?).await?;
    copy.close().await;
    if check != "ok" {
        return Err(CliError::Message(t(app, Key::CliBackupBroken, &Args::new().text("detail", check))));
    }
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    Ok(t(
        app,
        Key::CliBackupDone,
        &Args::new()
            .text("path", path.display().to_string())
            .num("kb", (size / 1024) as f64)
            .num("tasks", tasks as f64),
    ))
}

/// `dondoc seed`: realistic data at a province's or a nation's scale, in an empty database.
pub async fn seed(app: &App, scale: &crate::seed::Scale, seed: u64) -> Result<String, CliError> {
    use crate::seed::SeedError;
    let seeded = match crate::seed::seed(app, scale, seed).await {
        Ok(seeded) => seeded,
        Err(SeedError::NotEmpty) => {
            return Err(CliError::Message(t(app, Key::CliSeedNotEmpty, &Args::new())));
        }
        Err(SeedError::Store(e)) => return Err(e.into()),
        Err(e @ SeedError::Unit(_)) => return Err(CliError::Message(e.to_string())),
    };
    Ok(t(
        app,
        Key::CliSeedDone,
        &Args::new()
            .num("units", seeded.units as f64)
            .num("members", seeded.members as f64)
            .num("tasks", seeded.tasks as f64)
            .num("reports", seeded.reports as f64)
            .num("seconds", seeded.took.as_secs_f64().round()),
    ))
}

/// The sample committee as provinces are organised since 2025: the departments after their
/// mergers (Sở Khoa học và Công nghệ took in Sở Thông tin và Truyền thông, Sở Tài chính took in
/// Sở Kế hoạch và Đầu tư; the old names stay as aliases, as old notices use them), and
/// communes and wards where districts were.
const DEMO_UNITS: &[(&str, &str, &[&str])] = &[
    ("Sở Khoa học và Công nghệ", "Sở KH&CN", &["skhcn", "Sở Thông tin và Truyền thông", "Sở TT&TT"]),
    ("Công an tỉnh", "Công an tỉnh", &["CA tỉnh"]),
    ("Sở Tư pháp", "Sở Tư pháp", &[]),
    ("Sở Nội vụ", "Sở Nội vụ", &[]),
    ("Sở Tài chính", "Sở Tài chính", &["Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"]),
    ("Sở Y tế", "Sở Y tế", &[]),
    ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT", &[]),
    ("Bảo hiểm xã hội tỉnh", "BHXH tỉnh", &[]),
    ("Văn phòng UBND tỉnh", "VP UBND tỉnh", &["văn phòng ủy ban"]),
    ("UBND phường Bình Minh", "UBND phường Bình Minh", &[]),
    ("UBND xã Đông Sơn", "UBND xã Đông Sơn", &[]),
    ("UBND xã Tây Giang", "UBND xã Tây Giang", &[]),
];

/// The shipped sample notice, its dates set around `today`.
pub fn sample_notice(today: NaiveDate) -> String {
    let mut text = include_str!("import/sample-notice.txt").to_string();
    while let Some(start) = text.find("{{D") {
        let end = start + text[start..].find("}}").unwrap_or(0);
        let offset: i64 = text[start + 3..end].parse().unwrap_or(0);
        let d = today + Duration::days(offset);
        text.replace_range(start..end + 2, &crate::i18n::vi_date(d));
    }
    text
}

/// `dondoc demo`: a sample committee and a realistic mix of tasks in an empty database.
pub async fn demo(app: &App) -> Result<String, CliError> {
    let mut tx = app.store.begin().await?;
    if store::tasks::count(&mut tx).await? > 0 {
        return Err(CliError::Message(t(app, Key::CliDemoNotEmpty, &Args::new())));
    }
    let now = app.now();
    for (name, short, aliases) in DEMO_UNITS {
        let aliases: Vec<String> = aliases.iter().map(|a| a.to_string()).collect();
        if store::units::id_by_name(&mut tx, name).await?.is_none() {
            store::units::add(&mut tx, name, short, &aliases, now)
                .await
                .map_err(|e| CliError::Message(e.to_string()))?;
        }
    }
    let units = store::units::list(&mut tx).await?;
    let today = app.today();
    let notice = sample_notice(today);
    let reading =
        import::read_text(&notice, &import::names_of(&units), today).map_err(|e| import_error(app, &e))?;
    let id =
        store::imports::create(&mut tx, None, "demo", &reading, &import::fingerprint(&notice), now).await?;
    let created = match commit::commit(&mut tx, app, id, None).await {
        Ok(c) => c,
        Err(commit::CommitError::Store(e)) => return Err(e.into()),
        Err(other) => return Err(CliError::Message(other.to_string())),
    };
    // A committee some weeks into the work: some done (on time or late), some under way.
    let mut done = 0;
    for (i, task_id) in created.iter().enumerate() {
        let Some(task) = store::tasks::get(&mut tx, *task_id).await? else { continue };
        let (report, words) = match i % 6 {
            0 => (Report::Done, "Đã hoàn thành"),
            1 | 3 => (Report::InProgress { percent: Some(30 + (i as u8 * 7) % 60) }, "Đang thực hiện"),
            4 => (Report::Obstacle { percent: Some(20) }, "Vướng mắc về kinh phí"),
            _ => continue,
        };
        let day = match (report, task.deadline) {
            (Report::Done, Some(d)) if i % 12 == 0 => d + Duration::days(3),
            (Report::Done, Some(d)) => d - Duration::days(2),
            _ => today - Duration::days(3),
        }
        .min(today);
        let before =
            Progress { status: TaskStatus::NotStarted, progress: 0, has_obstacle: false, completed_on: None };
        let after = apply_report(before, report, false, false, day).expect("an open task takes a report");
        store::tasks::set_progress(&mut tx, *task_id, after, None, now).await?;
        store::tasks::add_report(
            &mut tx,
            *task_id,
            None,
            report.kind(),
            report.percent(),
            words,
            ReportSource::Import,
            now,
        )
        .await?;
        // No scheduler runs in this process: a running bot's finds these when it next looks.
        crate::reminders::replan(&mut tx, app, *task_id).await?;
        if after.status == TaskStatus::Done {
            done += 1;
        }
    }
    tx.commit().await?;
    Ok(t(
        app,
        Key::CliDemoDone,
        &Args::new()
            .num("units", units.len() as f64)
            .num("tasks", created.len() as f64)
            .num("done", done as f64),
    ))
}
