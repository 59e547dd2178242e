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

/// Words of app talk the committee's office does not write (issue 20): the bot speaks as the
/// office does, to "đồng chí" or with no pronoun, and asks with "Đề nghị …".
const APP_TALK: &[&str] = &["bạn", "nhé", "giúp", "gõ", "link", "tôi"];

/// Every piece of text in a locale file a person reads or a translator edits: the text of
/// messages and terms (variants and string literals included, variable names not) and comments.
fn texts(source: &str) -> Vec<(String, String)> {
    fn pattern(where_: &str, p: &ast::Pattern<String>, out: &mut Vec<(String, String)>) {
        for el in &p.elements {
            match el {
                ast::PatternElement::TextElement { value } => out.push((where_.to_string(), value.clone())),
                ast::PatternElement::Placeable { expression: e } => expression(where_, e, out),
            }
        }
    }
    fn expression(where_: &str, e: &ast::Expression<String>, out: &mut Vec<(String, String)>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(where_, selector, out);
                for v in variants {
                    pattern(where_, &v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(where_, i, out),
        }
    }
    fn inline(where_: &str, i: &ast::InlineExpression<String>, out: &mut Vec<(String, String)>) {
        match i {
            ast::InlineExpression::StringLiteral { value } => out.push((where_.to_string(), value.clone())),
            ast::InlineExpression::Placeable { expression: e } => expression(where_, e, out),
            _ => {}
        }
    }
    let comment = |where_: &str, c: &ast::Comment<String>, out: &mut Vec<(String, String)>| {
        for line in &c.content {
            out.push((where_.to_string(), line.clone()));
        }
    };
    let resource = fluent_syntax::parser::parse(source.to_string()).expect("locale parses");
    let mut out = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name.as_str();
                if let Some(p) = &m.value {
                    pattern(id, p, &mut out);
                }
                for a in &m.attributes {
                    pattern(id, &a.value, &mut out);
                }
                if let Some(c) = &m.comment {
                    comment(id, c, &mut out);
                }
            }
            ast::Entry::Term(t) => {
                let id = format!("-{}", t.id.name);
                pattern(&id, &t.value, &mut out);
                if let Some(c) = &t.comment {
                    comment(&id, c, &mut out);
                }
            }
            ast::Entry::Comment(c) | ast::Entry::GroupComment(c) | ast::Entry::ResourceComment(c) => {
                comment("(comment)", c, &mut out)
            }
            ast::Entry::Junk { content } => out.push(("(junk)".into(), content.clone())),
        }
    }
    out
}

/// The app talk in `text`: whole words of [`APP_TALK`], any case, in composed or decomposed
/// Unicode ("giúp" in "giúp đỡ" and in "Tổ giúp việc" too, a Vietnamese word being its
/// syllables; "Ban", "bận", "tối" are other words), and guillemets instead of “…”.
fn app_talk_in(text: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let composed: String = text.nfc().collect::<String>().to_lowercase();
    let mut found: Vec<String> = composed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| APP_TALK.contains(w))
        .map(str::to_string)
        .collect();
    found.extend(composed.chars().filter(|c| matches!(c, '«' | '»')).map(String::from));
    found
}

/// Where the Vietnamese locale talks like a consumer app, as "message: word" lines.
fn app_talk(source: &str) -> Vec<String> {
    texts(source)
        .into_iter()
        .flat_map(|(id, text)| app_talk_in(&text).into_iter().map(move |w| format!("{id}: {w}")))
        .collect()
}

#[test]
fn the_vietnamese_locale_speaks_as_the_committees_office_writes() {
    let found = app_talk(FILES[0].1);
    assert!(found.is_empty(), "app talk in locales/vi: {found:#?}");
}

#[test]
fn the_app_talk_check_catches_the_words_and_only_them() {
    for caught in [
        "Bạn cập nhật giúp bằng nút bên dưới",
        "Bạn gõ rõ hơn nhé.",
        "BẠN chưa được đăng ký",
        "Tạo đường link mời",
        "Tôi chưa hiểu hạn",
        "đề nghị Tổ giúp việc xác nhận",
        "cảm ơn sự giúp đỡ",
        "bấm «Xong»",
        // Decomposed Unicode (old Windows keyboards): "bạn" as b, a, U+0323, n.
        "ba\u{323}n ơi",
        "Gõ /help, Link: x",
    ] {
        assert!(!app_talk_in(caught).is_empty(), "missed: {caught}");
    }
    for fine in [
        "Ban Chỉ đạo về phát triển khoa học, công nghệ",
        "Trưởng ban, Phó Trưởng ban",
        "đồng chí bận công tác",
        "tối 15/8",
        "gỗ, đá",
        "Đề nghị đồng chí báo cáo kết quả; bấm “Hoàn tất”",
        "đường dẫn mời, liên kết, linh hoạt",
    ] {
        assert!(app_talk_in(fine).is_empty(), "flagged: {fine}: {:?}", app_talk_in(fine));
    }
    // A variable is not text: the message that sends an invite link keeps its `$link`.
    assert!(app_talk("invite-created = Đường dẫn mời: { $link }\n").is_empty());
    assert_eq!(app_talk("a = Xin chào { $name }, bạn khỏe không?\n"), vec!["a: bạn".to_string()]);
    // Comments too, on their own or on a message.
    assert_eq!(app_talk("## Tôi là nhóm\n\nb = x\n"), vec!["(comment): tôi".to_string()]);
    assert_eq!(app_talk("# Bạn dịch câu này\nb = x\n"), vec!["b: bạn".to_string()]);
    assert_eq!(app_talk("c = { $n ->\n    [one] một\n   *[other] nhé\n}\n"), vec!["c: nhé".to_string()]);
}
