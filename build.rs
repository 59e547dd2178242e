//! Turns the message ids of `locales/vi/*.ftl` into the `Key` enum (`OUT_DIR/i18n_keys.rs`), so a
//! mistyped key is a compile error, and refuses to build when another locale lacks a message
//! or has one the default locale does not.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

const DEFAULT_LOCALE: &str = "vi";
const LOCALES: &[&str] = &["vi", "en"];

fn main() {
    println!("cargo:rerun-if-changed=locales");
    // sqlx::migrate! embeds migrations/; a new file must rebuild.
    println!("cargo:rerun-if-changed=migrations");
    // sqlx's query macros read these when the crate compiles, which cargo cannot see: without
    // them a refreshed `.sqlx/` or another database would leave the checked queries as they were
    // (and `.ci/sqlx-prepare`, which points the macros at a new directory, would describe none).
    println!("cargo:rerun-if-changed=.sqlx");
    for var in ["DATABASE_URL", "SQLX_OFFLINE", "SQLX_OFFLINE_DIR"] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    let mut sets = Vec::new();
    for locale in LOCALES {
        let dir = Path::new("locales").join(locale);
        println!("cargo:rerun-if-changed={}", dir.display());
        sets.push((*locale, message_ids(&dir)));
    }
    let default = &sets.iter().find(|(l, _)| *l == DEFAULT_LOCALE).expect("default locale").1;
    for (locale, ids) in &sets {
        let missing: Vec<_> = default.difference(ids).collect();
        let extra: Vec<_> = ids.difference(default).collect();
        if !missing.is_empty() || !extra.is_empty() {
            panic!("locale `{locale}` differs from `{DEFAULT_LOCALE}`: missing {missing:?}, extra {extra:?}");
        }
    }

    let mut out = String::from(
        "/// Every message id of the locale files, checked at build time.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Key {\n",
    );
    for id in default {
        writeln!(out, "    /// `{id}`\n    {},", camel(id)).unwrap();
    }
    out.push_str(
        "}\n\nimpl Key {\n    /// All keys, sorted by id.\n    pub const ALL: &'static [Key] = &[\n",
    );
    for id in default {
        writeln!(out, "        Key::{},", camel(id)).unwrap();
    }
    out.push_str("    ];\n\n    /// The fluent message id.\n    pub const fn id(self) -> &'static str {\n        match self {\n");
    for id in default {
        writeln!(out, "            Key::{} => \"{id}\",", camel(id)).unwrap();
    }
    out.push_str("        }\n    }\n}\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("i18n_keys.rs");
    fs::write(dest, out).unwrap();
}

/// Message ids (not terms, not attributes) defined at the start of a line.
fn message_ids(dir: &Path) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let text = fs::read_to_string(&file).unwrap();
        for line in text.lines() {
            let Some((head, _)) = line.split_once('=') else { continue };
            let id = head.trim_end();
            let first = id.chars().next();
            let is_message = first.is_some_and(|c| c.is_ascii_lowercase())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if is_message && !ids.insert(id.to_string()) {
                panic!("{}: message `{id}` is defined twice", file.display());
            }
        }
    }
    ids
}

fn camel(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            let first = c.next().unwrap().to_ascii_uppercase();
            std::iter::once(first).chain(c).collect::<String>()
        })
        .collect()
}
