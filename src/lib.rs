//! dondoc: a bot that chases up the tasks a provincial steering committee assigns.
//!
//! Layers, from the bottom up; each imports only those below it:
//! - [`domain`] (roles and access rules, units, tasks, statuses, deadlines, the calendar) and
//!   [`text`] (reading Vietnamese: status replies, deadline phrases, agency names): pure.
//! - [`store`]: the only module with SQL (SQLite through sqlx, migrations in `migrations/`).
//! - [`i18n`]: every word people see, from `locales/` through fluent; [`clock`], [`config`].
//! - [`view`]: what people see, channel-neutral: messages, buttons as typed actions, cards.
//! - [`reminders`], [`summaries`], [`import`], [`housekeeping`] (pruning by age): the product's
//!   work on those; and [`usecases`]:
//!   the product's actions (assign, report, decide, confirm, import, summarise) for one update.
//! - [`bot`]: the Telegram adapter (poller, dispatcher, sender); [`cli`]; the binary.
//!
//! Updates flow messenger → `inbox` table → use case (one transaction, which also queues the
//! answers in `outbox`) → sender → messenger, so a crash at any point loses nothing.

pub mod app;
pub mod bot;
pub mod cli;
pub mod clock;
pub mod config;
pub mod domain;
pub mod housekeeping;
pub mod i18n;
pub mod import;
pub mod reminders;
pub mod seed;
pub mod store;
pub mod summaries;
pub mod text;
pub mod usecases;
pub mod view;
pub mod web;
