//! `/vang`: an officer away names the days and, if they like, the colleague of the same unit
//! who stands in; reminders and requests for the unit's tasks skip them meanwhile (see
//! [`crate::reminders::reached_officers`]), and the secretariat hears when nobody is left.

use super::{Ctx, HandlerResult};
use crate::domain::Member;
use crate::i18n::{Args, Key};
use crate::store;
use crate::text::fold::fold;
use crate::text::period::{self, SpanError};

/// `/vang <from>-<to> [@colleague | không]`, `/vang huy`, or `/vang` for the list.
pub async fn command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let member = cx.member();
    let Some(unit) = member.unit.clone() else {
        let text = cx.t(Key::AwayNoUnit);
        return cx.reply(text).await;
    };
    let (today, now) = (cx.today(), cx.turn.now());
    let folded = fold(args);
    if folded == "huy" || folded == "cancel" {
        let count = store::absences::cancel(cx.db(), member.id, today, now).await?;
        let text = cx.ta(Key::AwayCancelled, &Args::new().num("count", count as f64));
        return cx.reply(text).await;
    }
    if args.trim().is_empty() {
        return list(cx, member).await;
    }
    let span = match period::read(args, today) {
        Ok(span) => span,
        Err(error) => {
            let key = match error {
                SpanError::Missing => Key::AwayUsage,
                SpanError::Backwards => Key::AwayBackwards,
                SpanError::Past => Key::AwayPast,
            };
            let text = cx.t(key);
            return cx.reply(text).await;
        }
    };
    let colleagues: Vec<Member> = store::members::officers_of(cx.db(), unit.id)
        .await?
        .into_iter()
        .filter(|m| m.id != member.id)
        .collect();
    let stand_in = match colleague(cx, &colleagues, span.rest, &unit.short_name) {
        Ok(found) => found,
        Err(problem) => return cx.reply(problem).await,
    };
    let id =
        store::absences::add(cx.db(), member.id, unit.id, span.from, span.to, stand_in.map(|m| m.id), now)
            .await?;
    store::audit::record(
        cx.db(),
        Some(member.id),
        "absence.declared",
        "member",
        Some(member.id),
        serde_json::json!({ "absence": id, "from": span.from, "to": span.to, "stand_in": stand_in.map(|m| m.id) }),
        now,
    )
    .await?;

    // Who is left is judged on the first day away (today, if it has begun).
    let first = span.from.max(today);
    let left = crate::reminders::reached_officers(cx.db(), unit.id, first, true).await?;
    let (i18n, who) = (&cx.app.i18n, member.display_name.clone());
    let dates = |lang| (i18n.date(lang, span.from), i18n.date(lang, span.to));
    let (from, to) = dates(cx.lang());
    let args = Args::new().raw("from", from).raw("to", to).text("unit", &unit.short_name);
    let text = match (left.is_empty(), stand_in) {
        (true, _) => cx.ta(Key::AwayRecordedNobody, &args),
        (false, Some(m)) => cx.ta(Key::AwayRecordedColleague, &args.text("colleague", &m.display_name)),
        (false, None) => cx.ta(Key::AwayRecordedOthers, &args),
    };
    cx.reply(text).await?;

    let notice = |lang, key| {
        let (from, to) = dates(lang);
        let args =
            Args::new().text("who", &who).text("unit", &unit.short_name).raw("from", from).raw("to", to);
        crate::view::message::Outgoing::text(0, i18n.t(lang, key, &args))
    };
    if let Some(m) = stand_in {
        cx.notify(m, |lang| notice(lang, Key::AwayStandInNotice)).await?;
    }
    if left.is_empty() {
        for m in &cx.secretariat().await? {
            cx.notify(m, |lang| notice(lang, Key::AwayNobodyNotice)).await?;
        }
    }
    Ok(())
}

/// The colleague named after the days: `@name` or a part of it, `#id`, or none ("không").
fn colleague<'m>(
    cx: &Ctx<'_, '_>,
    colleagues: &'m [Member],
    typed: &str,
    unit: &str,
) -> Result<Option<&'m Member>, String> {
    let name = typed.trim().trim_start_matches('@').trim();
    let folded = fold(name);
    if folded.is_empty() || ["khong", "none", "no"].contains(&folded.as_str()) {
        return Ok(None);
    }
    let by_id = name.strip_prefix('#').and_then(|n| n.trim().parse::<i64>().ok());
    let found: Vec<&Member> = colleagues
        .iter()
        .filter(|m| match by_id {
            Some(id) => m.id == id,
            None => fold(&m.display_name).contains(&folded),
        })
        .collect();
    let names = |list: &[&Member]| {
        if list.is_empty() {
            return cx.t(Key::AwayNoColleagues);
        }
        let named: Vec<String> = list.iter().map(|m| format!("{} (#{})", m.display_name, m.id)).collect();
        named.join(", ")
    };
    match found.as_slice() {
        [one] => Ok(Some(*one)),
        [] => {
            let all: Vec<&Member> = colleagues.iter().collect();
            let args = Args::new().text("name", name).text("unit", unit).text("names", names(&all));
            Err(cx.ta(Key::AwayColleagueUnknown, &args))
        }
        many => {
            let args = Args::new().text("name", name).text("unit", unit).text("names", names(many));
            Err(cx.ta(Key::AwayColleagueAmbiguous, &args))
        }
    }
}

/// The member's absences not over yet, or how to declare one.
async fn list(cx: &mut Ctx<'_, '_>, member: &Member) -> HandlerResult {
    let today = cx.today();
    let mine = store::absences::of_member(cx.db(), member.id, today).await?;
    if mine.is_empty() {
        let text = cx.t(Key::AwayUsage);
        return cx.reply(text).await;
    }
    let i18n = &cx.app.i18n;
    let mut lines = vec![cx.t(Key::AwayListHeader)];
    for a in &mine {
        let args = Args::new()
            .raw("from", i18n.date(cx.lang(), a.starts_on))
            .raw("to", i18n.date(cx.lang(), a.ends_on));
        lines.push(cx.ta(Key::AwayListLine, &args));
    }
    lines.push(String::new());
    lines.push(cx.t(Key::AwayUsage));
    cx.reply(lines.join("\n")).await
}
