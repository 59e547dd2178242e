//! dondoc: a Telegram bot that chases up the tasks a provincial steering committee assigns.
//!
//! The layout, from the inside out:
//! - [`domain`]: roles, units, tasks, statuses, deadlines, the calendar; pure, no I/O.
//! - [`store`]: the only module with SQL (SQLite through sqlx, migrations in `migrations/`).
//! - [`text`]: understanding Vietnamese: status replies, deadline phrases, unit names.
//! - [`i18n`]: every user-visible word, from `locales/` through fluent.
//! - [`bot`]: teloxide handlers and the poller/dispatcher/sender that run them.
//! - [`reminders`]: planning reminders ahead of time and sending what falls due.
//! - [`reports`]: summaries, charts, spreadsheets, digests.
//! - [`import`]: conclusion notices and spreadsheets turned into proposed tasks.
//! - [`clock`]: the injected clock every schedule reads; [`config`]: the environment.
//! - [`app`]: the shared state handed to handlers and background tasks.
//!
//! Updates flow Telegram → `inbox` table → handler (one transaction, which also queues the
//! answers in `outbox`) → sender → Telegram, so a crash at any point loses nothing.

pub mod app;
pub mod bot;
pub mod cli;
pub mod clock;
pub mod config;
pub mod domain;
pub mod i18n;
pub mod import;
pub mod reminders;
pub mod reports;
pub mod seed;
pub mod store;
pub mod text;
