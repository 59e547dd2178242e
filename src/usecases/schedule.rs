//! `/lich`: upcoming reminders (mine, a task's, or the committee's), quiet units, and for the
//! secretariat pausing the schedule and giving a task its own reminder days and hour.

use chrono::{DateTime, Datelike, Duration, Utc};

use super::{Ctx, HandlerResult};
use crate::domain::schedule::{Occasion, Offsets, parse_hour};
use crate::domain::{Action, Role, task_code};
use crate::i18n::{Args, Key};
use crate::reminders::{HORIZON_DAYS, rules_for};
use crate::store;
use crate::text::fold::fold;

/// Reminders listed at most.
const LISTED: i64 = 20;

/// `/lich`, `/lich <code>`, `/lich tamdung|tieptuc`, `/lich <code> <days> [hour]|macdinh`.
pub async fn command(cx: &mut Ctx<'_, '_>, args: &str) -> HandlerResult {
    let words: Vec<&str> = args.split_whitespace().collect();
    let first = words.first().map(|w| fold(w)).unwrap_or_default();
    match (first.as_str(), words.len()) {
        ("", _) => overview(cx).await,
        ("tamdung" | "pause", _) => pause(cx, true).await,
        ("tieptuc" | "resume", _) => pause(cx, false).await,
        (_, n) => match cx.task_named(words[0]).await? {
            Some(id) if n == 1 => task_schedule(cx, id).await,
            Some(id) => set_task_schedule(cx, id, &words[1..]).await,
            None => {
                let text = cx.t(Key::ScheduleUsage);
                cx.reply(text).await
            }
        },
    }
}

fn when(cx: &Ctx<'_, '_>, at: DateTime<Utc>) -> String {
    let i18n = &cx.app.i18n;
    let local = at.with_timezone(&cx.app.config.tz);
    let weekday =
        i18n.t(cx.lang(), Key::FmtWeekday, &Args::new().num("n", local.weekday().number_from_monday()));
    format!("{weekday} {}", i18n.datetime(cx.lang(), at, cx.app.config.tz))
}

fn occasion_text(cx: &Ctx<'_, '_>, kind: &str, days: i64) -> String {
    let args = Args::new().num("days", days as f64);
    match Occasion::from_parts(kind, days as u32) {
        Some(Occasion::Ahead(_)) => cx.ta(Key::OccasionAhead, &args),
        Some(Occasion::Due) => cx.t(Key::OccasionDue),
        Some(Occasion::Overdue(_)) => cx.ta(Key::OccasionOverdue, &args),
        Some(Occasion::Escalation(_)) => cx.ta(Key::OccasionEscalation, &args),
        Some(Occasion::Quiet(_)) | None => cx.ta(Key::OccasionQuiet, &args),
    }
}

async fn lines(cx: &mut Ctx<'_, '_>, task: Option<i64>, unit: Option<i64>) -> store::Result<Vec<String>> {
    let now = cx.turn.now();
    let upcoming = store::reminders::upcoming(cx.db(), task, unit, now, LISTED).await?;
    Ok(upcoming
        .iter()
        .map(|u| {
            let args = Args::new()
                .raw("when", when(cx, u.due_at))
                .raw("code", task_code(u.task_id))
                .html("what", occasion_text(cx, &u.occasion, u.days));
            cx.ta(Key::ScheduleLine, &args)
        })
        .collect())
}

/// Officers: their unit's upcoming reminders. Leadership and secretariat: everything upcoming,
/// whether the schedule is paused, and the units that have gone quiet.
async fn overview(cx: &mut Ctx<'_, '_>) -> HandlerResult {
    let member = cx.member();
    let unit = if member.role == Role::Officer { member.unit.as_ref().map(|u| u.id) } else { None };
    let mut out = vec![cx.ta(Key::ScheduleHeader, &Args::new().num("days", HORIZON_DAYS as f64))];
    if member.role != Role::Officer && store::reminders::paused(cx.db()).await? {
        out.push(cx.t(Key::SchedulePausedNote));
    }
    let listed = lines(cx, None, unit).await?;
    if listed.is_empty() {
        out.push(cx.t(Key::ScheduleNone));
    }
    out.extend(listed);
    if member.role != Role::Officer {
        let quiet_days = cx.app.config.rules.quiet_days.max(1) as i64;
        let before = cx.turn.now() - Duration::days(quiet_days);
        let quiet = store::reminders::quiet_units(cx.db(), before).await?;
        if !quiet.is_empty() {
            out.push(String::new());
            out.push(cx.ta(Key::QuietHeader, &Args::new().num("days", quiet_days as f64)));
            let now = cx.turn.now();
            for (_, unit, tasks, since) in quiet {
                let args = Args::new()
                    .text("unit", unit)
                    .num("tasks", tasks as f64)
                    .num("days", (now - since).num_days() as f64);
                out.push(cx.ta(Key::QuietLine, &args));
            }
        }
    }
    cx.reply(out.join("\n")).await
}

/// One task's schedule: its rules and its upcoming reminders.
async fn task_schedule(cx: &mut Ctx<'_, '_>, id: i64) -> HandlerResult {
    let Some(task) = cx.task(id).await? else {
        let text = cx.ta(Key::TaskUnknown, &Args::new().raw("code", task_code(id)));
        return cx.reply(text).await;
    };
    if !crate::domain::may_see(cx.member(), &task) {
        let text = cx.ta(Key::TaskNotYours, &Args::new().raw("code", task.code()));
        return cx.reply(text).await;
    }
    let (days, hour) = store::reminders::task_schedule(cx.db(), id).await?;
    let rules = rules_for(&cx.app.config.rules, days.as_deref(), hour.as_deref());
    let offsets = Offsets { ahead: rules.ahead.clone(), on_due_day: rules.on_due_day };
    let key = if days.is_some() || hour.is_some() { Key::ScheduleTaskOwn } else { Key::ScheduleTaskDefault };
    let args = Args::new()
        .raw("code", task.code())
        .raw("days", offsets.to_string())
        .raw("hour", rules.hour.format("%H:%M").to_string());
    let mut out = vec![cx.ta(key, &args)];
    let listed = lines(cx, Some(id), None).await?;
    if listed.is_empty() {
        out.push(cx.t(Key::ScheduleNone));
    }
    out.extend(listed);
    cx.reply(out.join("\n")).await
}

/// `/lich <code> 5,2,0 [9:00]` or `/lich <code> macdinh`.
async fn set_task_schedule(cx: &mut Ctx<'_, '_>, id: i64, words: &[&str]) -> HandlerResult {
    if !cx.member().role.may(Action::ManageTasks) {
        let text = cx.t(Key::DeniedManageTasks);
        return cx.reply(text).await;
    }
    if cx.task(id).await?.is_none() {
        let text = cx.ta(Key::TaskUnknown, &Args::new().raw("code", task_code(id)));
        return cx.reply(text).await;
    }
    let (days, hour) = if matches!(fold(words[0]).as_str(), "macdinh" | "mac dinh" | "default") {
        (None, None)
    } else {
        let offsets = words[0].parse::<Offsets>();
        let hour = words.get(1).map(|h| parse_hour(h.trim_start_matches("luc").trim_start_matches("lúc")));
        match (offsets, hour) {
            (Ok(o), None) => (Some(o.to_string()), None),
            (Ok(o), Some(Some(h)))
                if h >= cx.app.config.office_hours.0 && h < cx.app.config.office_hours.1 =>
            {
                (Some(o.to_string()), Some(h.format("%H:%M").to_string()))
            }
            _ => {
                let text = cx.t(Key::ScheduleUsage);
                return cx.reply(text).await;
            }
        }
    };
    store::reminders::set_task_schedule(cx.db(), id, days.as_deref(), hour.as_deref()).await?;
    let (by, now) = (cx.member_id(), cx.turn.now());
    store::audit::record(
        cx.db(),
        by,
        "task.schedule",
        "task",
        Some(id),
        serde_json::json!({ "days": days, "hour": hour }),
        now,
    )
    .await?;
    cx.replan(id).await?;
    task_schedule(cx, id).await
}

/// `/lich tamdung` and `/lich tieptuc` (secretariat).
async fn pause(cx: &mut Ctx<'_, '_>, paused: bool) -> HandlerResult {
    if !cx.member().role.may(Action::ManageSchedule) {
        let text = cx.t(Key::DeniedManageSchedule);
        return cx.reply(text).await;
    }
    store::reminders::set_paused(cx.db(), paused).await?;
    let (by, now) = (cx.member_id(), cx.turn.now());
    let action = if paused { "schedule.paused" } else { "schedule.resumed" };
    store::audit::record(cx.db(), by, action, "schedule", None, serde_json::json!({}), now).await?;
    cx.turn.schedule_changed();
    let text = cx.t(if paused { Key::SchedulePaused } else { Key::ScheduleResumed });
    cx.reply(text).await
}
