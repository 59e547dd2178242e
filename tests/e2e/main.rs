//! End-to-end tests: the real bot, a real SQLite file, and a fake Telegram on 127.0.0.1.

// The fake serves every test module; not each uses all of it.
#[allow(dead_code)]
mod support;

mod access;
mod binary;
mod counting;
mod crash;
mod evidence;
mod foundation;
mod hardening;
mod imports;
mod lists;
mod locales;
mod people;
mod recurring;
mod reminders;
mod reports;
mod stand_ins;
mod store;
mod summaries;
mod tasks;
mod web;
