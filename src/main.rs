//! The `dondoc` binary: reads the configuration, opens the database and runs the bot.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use dondoc::app::App;
use dondoc::clock::SystemClock;
use dondoc::config::Config;
use teloxide::Bot;

/// A Telegram bot that chases up a steering committee's tasks.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the bot (the default).
    Run,
    /// Create or upgrade the database, then exit.
    Migrate,
    /// Import the tasks of a conclusion notice (.txt, .docx) or spreadsheet (.xlsx, .csv).
    Import {
        /// The file.
        file: std::path::PathBuf,
        /// Only print the proposed tasks; save nothing.
        #[arg(long)]
        dry_run: bool,
        /// With --dry-run: print the proposed tasks as a JSON array, one object per task.
        #[arg(long, requires = "dry_run")]
        json: bool,
        /// Import even if the same document was imported before.
        #[arg(long)]
        force: bool,
        /// Assign a group of units ("các sở, ban, ngành") one joint task instead of one per unit.
        #[arg(long)]
        joint: bool,
    },
    /// Fill an empty database with a sample committee, units and tasks.
    Demo,
    /// Write a consistent copy of the database to PATH (safe while the bot runs).
    Backup {
        /// Where to write the copy (must not exist).
        path: std::path::PathBuf,
    },
    /// Fill an empty database with realistic data for load tests: a province's or a nation's.
    Seed {
        /// `province`: 40 units, 400 tasks; `national`: 2,000 units, 20,000 members,
        /// 200,000 tasks, 1,000,000 status reports.
        #[arg(long, value_enum, default_value = "province")]
        scale: SeedScale,
        /// The same number gives the same data.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum SeedScale {
    Province,
    National,
}

fn main() -> ExitCode {
    // A missing .env is normal; a broken one is worth saying.
    if let Err(e) = dotenvy::dotenv()
        && !e.not_found()
    {
        eprintln!("dondoc: .env: {e}");
        return ExitCode::FAILURE;
    }
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("DONDOC_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("dondoc: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line: what failed and why, without a backtrace.
            eprintln!("dondoc: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    match cli.command.unwrap_or(Cmd::Run) {
        Cmd::Run => {
            let token = config.require_token()?.to_string();
            let mut bot = Bot::new(token);
            if let Some(url) = &config.api_url {
                bot = bot.set_api_url(url.clone());
            }
            let app = App::new(config, Arc::new(SystemClock)).await?;
            // The dashboard, when asked for, beside the bot; it stops when the bot has.
            let stop_web = tokio_util::sync::CancellationToken::new();
            let web = app.config.web.addr.map(|addr| {
                let (app, stop) = (app.clone(), stop_web.clone());
                tokio::spawn(async move { dondoc::web::serve(app, addr, stop).await })
            });
            let outcome = dondoc::bot::run(app, bot, shutdown_signal()).await;
            stop_web.cancel();
            if let Some(web) = web {
                web.await??;
            }
            outcome?;
        }
        Cmd::Migrate => {
            let app = App::new(config, Arc::new(SystemClock)).await.context("migrate")?;
            app.store.close().await;
            println!("database is up to date");
        }
        Cmd::Import { file, dry_run, json, force, joint } => {
            let app = App::new(config, Arc::new(SystemClock)).await?;
            let result = if json {
                dondoc::cli::import_json(&app, &file).await
            } else {
                dondoc::cli::import_file(&app, &file, dry_run, force, joint).await
            };
            app.store.close().await;
            println!("{}", result?);
        }
        Cmd::Backup { path } => {
            let app = App::new(config, Arc::new(SystemClock)).await?;
            let result = dondoc::cli::backup(&app, &path).await;
            app.store.close().await;
            println!("{}", result?);
        }
        Cmd::Seed { scale, seed } => {
            let app = App::new(config, Arc::new(SystemClock)).await?;
            let scale = match scale {
                SeedScale::Province => dondoc::seed::Scale::PROVINCE,
                SeedScale::National => dondoc::seed::Scale::NATIONAL,
            };
            let result = dondoc::cli::seed(&app, &scale, seed).await;
            app.store.close().await;
            println!("{}", result?);
        }
        Cmd::Demo => {
            let app = App::new(config, Arc::new(SystemClock)).await?;
            let result = dondoc::cli::demo(&app).await;
            app.store.close().await;
            println!("{}", result?);
        }
    }
    Ok(())
}

/// Ctrl-C or SIGTERM (what systemd and container runtimes send).
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
