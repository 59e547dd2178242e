//! Every message exists in every locale, takes the same variables there, formats without
//! errors, and is HTML that Telegram accepts, whatever text users put in the variables.

use std::collections::{BTreeMap, BTreeSet};

use dondoc::domain::Lang;
use dondoc::i18n::{Args, I18n, Key};
use fluent_syntax::ast;

use crate::support::fake_api::check_html;

const FILES: &[(Lang, &str)] = &[
    (Lang::Vi, include_str!("../../locales/vi/dondoc.ftl")),
    (Lang::En, include_str!("../../locales/en/dondoc.ftl")),
];

/// Message id → the variables it uses, and whether each is used as a selector.
fn variables(source: &str) -> BTreeMap<String, BTreeMap<String, bool>> {
    let resource = fluent_syntax::parser::parse(source.to_string()).expect("locale parses");
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeMap::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<String>, vars: &mut BTreeMap<String, bool>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<String>, vars: &mut BTreeMap<String, bool>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                vars.insert(id.name.clone(), true);
            } else {
                inline_vars(selector, vars);
            }
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<String>, vars: &mut BTreeMap<String, bool>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.entry(id.name.clone()).or_insert(false);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_key_exists_in_every_locale_with_the_same_variables() {
    let vi = variables(FILES[0].1);
    for (lang, source) in FILES {
        let other = variables(source);
        let ids: BTreeSet<_> = other.keys().collect();
        let expected: BTreeSet<_> = vi.keys().collect();
        assert_eq!(ids, expected, "{lang:?} has different message ids");
        for (id, vars) in &vi {
            let theirs: BTreeSet<_> = other[id].keys().collect();
            let ours: BTreeSet<_> = vars.keys().collect();
            assert_eq!(theirs, ours, "{lang:?}: `{id}` uses different variables");
        }
        assert_eq!(Key::ALL.len(), vi.len(), "the Key enum covers every message");
    }
}

#[test]
fn every_message_formats_to_valid_telegram_html_even_with_hostile_text_in_its_variables() {
    let i18n = I18n::load().unwrap();
    let vars = variables(FILES[0].1);
    for lang in Lang::ALL {
        for key in Key::ALL {
            let used = &vars[key.id()];
            // Each variable as text a user might type (escaped by Args::text), and as a number
            // where the message selects on it (plural forms).
            for numeric in [false, true] {
                let mut args = Args::new();
                for (name, is_selector) in used {
                    let name: &'static str = Box::leak(name.clone().into_boxed_str());
                    args = if numeric && *is_selector {
                        args.num(name, 3)
                    } else {
                        args.text(name, "<b>Sở TT&TT</b> \"1 < 2\"")
                    };
                }
                let text = i18n
                    .try_t(lang, *key, &args)
                    .unwrap_or_else(|(_, errors)| panic!("{lang:?} {}: {errors:?}", key.id()));
                assert!(!text.trim().is_empty(), "{lang:?} {} is empty", key.id());
                assert!(
                    !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                    "isolation marks in {}",
                    key.id()
                );
                if let Err(e) = check_html(&text) {
                    panic!("{lang:?} {} is not valid Telegram HTML ({e}): {text}", key.id());
                }
            }
        }
    }
}

#[test]
fn the_html_checker_catches_what_telegram_refuses() {
    assert!(check_html("<b>ok</b> &amp; &lt;x&gt;").is_ok());
    assert!(check_html("Sở TT&TT").is_err());
    assert!(check_html("<b>open").is_err());
    assert!(check_html("<div>x</div>").is_err());
    assert!(check_html("a > b").is_err());
}
