//! When a task's reminders fall: ahead of the deadline, on it, after it (repeated), the
//! escalation, and the progress request for tasks that have gone quiet. Pure: a task's facts,
//! the rules and the calendar in; the occasions on each day out.

use std::fmt;
use std::str::FromStr;

use chrono::{Duration, NaiveDate, NaiveTime};

use super::Calendar;

/// How a round of reminders reaches a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Grouping {
    /// One message a person, listing every task that calls for a reminder.
    #[default]
    Person,
    /// One message a task and person, as before lists.
    Task,
}

/// The committee's reminder rules (a task may override `ahead`, `on_due_day` and `hour`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    /// Working days before the deadline, e.g. 7, 3, 1.
    pub ahead: Vec<u32>,
    /// A reminder on the deadline day itself.
    pub on_due_day: bool,
    /// Local time of day the reminders go out.
    pub hour: NaiveTime,
    /// After the deadline: a notice on the first working day, then every this many working days.
    pub overdue_every: u32,
    /// Working days late after which the chair and secretariat are told.
    pub escalate_after: u32,
    /// Days without a report after which a task without a near deadline gets a progress request.
    pub quiet_days: u32,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            ahead: vec![7, 3, 1],
            on_due_day: true,
            hour: NaiveTime::from_hms_opt(8, 0, 0).expect("a valid time"),
            overdue_every: 2,
            escalate_after: 5,
            quiet_days: 30,
        }
    }
}

/// The days-before list as typed: `7,3,1,0` (0 is the deadline day itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offsets {
    pub ahead: Vec<u32>,
    pub on_due_day: bool,
}

impl FromStr for Offsets {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let mut ahead = Vec::new();
        let mut on_due_day = false;
        for part in s.split([',', ' ', ';']).filter(|p| !p.is_empty()) {
            match part.parse::<u32>() {
                Ok(0) => on_due_day = true,
                Ok(n) if n <= 60 => ahead.push(n),
                _ => return Err(format!("`{part}` is not a number of working days (0 to 60)")),
            }
        }
        ahead.sort_unstable_by(|a, b| b.cmp(a));
        ahead.dedup();
        Ok(Offsets { ahead, on_due_day })
    }
}

impl fmt::Display for Offsets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = self.ahead.iter().map(u32::to_string).collect();
        if self.on_due_day {
            parts.push("0".into());
        }
        f.write_str(&parts.join(","))
    }
}

/// Reads `HH:MM` (or `H`, `Hh`, `HhMM`) as a time of day.
pub fn parse_hour(s: &str) -> Option<NaiveTime> {
    let t = s.trim().to_ascii_lowercase().replace('h', ":");
    let t = t.trim_end_matches(':');
    let (h, m) = t.split_once(':').unwrap_or((t, "0"));
    let m = if m.is_empty() { "0" } else { m };
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// What a reminder is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Occasion {
    /// This many working days before the deadline.
    Ahead(u32),
    /// The deadline day.
    Due,
    /// This many working days late.
    Overdue(u32),
    /// This many working days late: the chair and secretariat are told.
    Escalation(u32),
    /// This many days without a report.
    Quiet(u32),
}

impl Occasion {
    /// Who is told.
    pub fn audience(self) -> Audience {
        match self {
            Occasion::Escalation(_) => Audience::Leadership,
            _ => Audience::Unit,
        }
    }

    /// The stored form: `ahead`, `due`, `overdue`, `escalation`, `quiet`, and the number.
    pub fn parts(self) -> (&'static str, u32) {
        match self {
            Occasion::Ahead(n) => ("ahead", n),
            Occasion::Due => ("due", 0),
            Occasion::Overdue(n) => ("overdue", n),
            Occasion::Escalation(n) => ("escalation", n),
            Occasion::Quiet(n) => ("quiet", n),
        }
    }

    pub fn from_parts(kind: &str, n: u32) -> Option<Self> {
        Some(match kind {
            "ahead" => Occasion::Ahead(n),
            "due" => Occasion::Due,
            "overdue" => Occasion::Overdue(n),
            "escalation" => Occasion::Escalation(n),
            "quiet" => Occasion::Quiet(n),
            _ => return None,
        })
    }

    /// Among occasions on one day, the one worth sending: the deadline beats "n days ahead",
    /// fewer days ahead beat more, more days late beat fewer.
    fn urgency(self) -> i64 {
        match self {
            Occasion::Quiet(_) => 0,
            Occasion::Ahead(n) => 1000 - n as i64,
            Occasion::Due => 2000,
            Occasion::Overdue(n) | Occasion::Escalation(n) => 3000 + n as i64,
        }
    }
}

/// Who receives an occasion's reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Audience {
    /// The lead unit's officers (and, on the first overdue notice, the co-units').
    Unit,
    /// The chair, deputies and secretariat.
    Leadership,
}

/// What the planner needs to know of a task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub deadline: Option<NaiveDate>,
    /// The day of the last report, or of creation if none.
    pub last_activity: NaiveDate,
    /// No occasion is planned before this day (a task created at noon is not reminded of a
    /// morning occasion it never had).
    pub from: NaiveDate,
}

/// A reminder on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    pub occasion: Occasion,
    pub day: NaiveDate,
}

/// The deadlines from `earliest` to the day before `first` on which a task due then is
/// reminded of being late on some day of `first..=last` (a notice, or the escalation). With a
/// notice every few working days most late tasks have none on a given day: the daily planning
/// reads only these.
pub fn late_deadlines(
    rules: &Rules,
    cal: &Calendar,
    earliest: NaiveDate,
    first: NaiveDate,
    last: NaiveDate,
) -> Vec<NaiveDate> {
    let rules = Rules { quiet_days: 0, ..rules.clone() };
    earliest
        .iter_days()
        .take_while(|deadline| *deadline < first)
        .filter(|&deadline| {
            let facts = Facts { deadline: Some(deadline), last_activity: deadline, from: deadline };
            !plan(&facts, &rules, cal, first, last).is_empty()
        })
        .collect()
}

/// Every occasion of an open task on the days `first..=last`, at most one per day and audience.
pub fn plan(facts: &Facts, rules: &Rules, cal: &Calendar, first: NaiveDate, last: NaiveDate) -> Vec<Planned> {
    let first = first.max(facts.from);
    if last < first {
        return Vec::new();
    }
    let in_window = |d: NaiveDate| d >= first && d <= last;
    let mut out: Vec<Planned> = Vec::new();
    let mut push = |occasion: Occasion, day: NaiveDate| {
        if in_window(day) {
            out.push(Planned { occasion, day });
        }
    };

    if let Some(deadline) = facts.deadline {
        for &n in &rules.ahead {
            push(Occasion::Ahead(n), cal.working_days_before(deadline, n));
        }
        if rules.on_due_day {
            push(Occasion::Due, cal.on_or_before(deadline));
        }
        // Late: the first working day after the deadline, then every `overdue_every`. The
        // walk starts near `first`, not at the deadline: some tasks are years late.
        let every = rules.overdue_every.max(1);
        let late_now = cal.working_days_between(deadline, first);
        let (mut k, mut day) = if late_now > 1 {
            // The last notice on or before `first`: its day is `late_now - k` working days
            // before the last working day up to `first`.
            let k = 1 + (late_now - 1) / every * every;
            let latest = cal.on_or_before(first);
            let day = if late_now == k { latest } else { cal.working_days_before(latest, late_now - k) };
            (k, day)
        } else {
            (1, cal.working_days_after(deadline, 1))
        };
        while day <= last {
            push(Occasion::Overdue(k), day);
            k += every;
            day = cal.working_days_after(day, every);
        }
        if rules.escalate_after > 0 {
            push(
                Occasion::Escalation(rules.escalate_after),
                cal.working_days_after(deadline, rules.escalate_after),
            );
        }
    }

    // A task without a deadline, or whose first reminder is still far off, is asked for
    // progress after `quiet_days` of silence, and again every `quiet_days`.
    if rules.quiet_days > 0 {
        let first_ahead = facts.deadline.map(|d| {
            let n = rules.ahead.iter().copied().max().unwrap_or(0);
            if n == 0 { cal.on_or_before(d) } else { cal.working_days_before(d, n) }
        });
        let step = Duration::days(rules.quiet_days as i64);
        // Start at the last silence ending on or before `first`: an earlier one moved past a
        // holiday lands on the same working day as this one, or before `first`.
        let skip = (first - facts.last_activity).num_days() / step.num_days();
        let mut silent_until = facts.last_activity + step * skip.max(1) as i32;
        while silent_until <= last {
            let day = cal.on_or_after(silent_until);
            if first_ahead.is_none_or(|f| day < f) {
                let days = (day - facts.last_activity).num_days() as u32;
                push(Occasion::Quiet(days), day);
            }
            silent_until += step;
        }
    }

    // One per day and audience: the most urgent.
    out.sort_by_key(|p| (p.day, p.occasion.audience() == Audience::Leadership, -p.occasion.urgency()));
    out.dedup_by(|later, kept| {
        later.day == kept.day && later.occasion.audience() == kept.occasion.audience()
    });
    out
}

/// When the scheduled reports go out: the weekly digest to the committee's groups, and the
/// reports on the government's reporting calendar to the secretariat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportTimes {
    /// Weekday and local time of the weekly digest.
    pub weekly: Option<(chrono::Weekday, NaiveTime)>,
    /// Day of each month.
    pub monthly: Option<u32>,
    /// Day of the last month of each quarter.
    pub quarterly: Option<u32>,
    /// Day and month of the six-month report.
    pub half_year: Option<(u32, u32)>,
    /// Day and month of the yearly report.
    pub yearly: Option<(u32, u32)>,
    /// Local time of the periodic reports.
    pub hour: NaiveTime,
}

impl Default for ReportTimes {
    fn default() -> Self {
        let eight = NaiveTime::from_hms_opt(8, 0, 0).expect("a valid time");
        Self {
            weekly: Some((chrono::Weekday::Mon, eight)),
            monthly: Some(25),
            quarterly: Some(20),
            half_year: Some((15, 6)),
            yearly: Some((15, 12)),
            hour: eight,
        }
    }
}

/// Reads a weekday as typed: `mon`, `t2`, `thu 2`, `cn`…
pub fn parse_weekday(s: &str) -> Option<chrono::Weekday> {
    use chrono::Weekday::*;
    let w: String = s.to_ascii_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
    Some(match w.as_str() {
        "mon" | "monday" | "t2" | "thu2" => Mon,
        "tue" | "tuesday" | "t3" | "thu3" => Tue,
        "wed" | "wednesday" | "t4" | "thu4" => Wed,
        "thu" | "thursday" | "t5" | "thu5" => Thu,
        "fri" | "friday" | "t6" | "thu6" => Fri,
        "sat" | "saturday" | "t7" | "thu7" => Sat,
        "sun" | "sunday" | "cn" | "chunhat" => Sun,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32, m: u32, y: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn calendar() -> Calendar {
        Calendar::parse("2026-02-16..2026-02-20 Tết\n2026-04-30\n2026-05-01\n").unwrap()
    }

    fn facts(deadline: Option<NaiveDate>) -> Facts {
        Facts { deadline, last_activity: day(2, 3, 2026), from: day(2, 3, 2026) }
    }

    /// The occasions and days of a task due on `deadline` (or never), under the default rules.
    fn occasions(
        deadline: Option<NaiveDate>,
        first: NaiveDate,
        last: NaiveDate,
    ) -> Vec<(Occasion, NaiveDate)> {
        plan(&facts(deadline), &Rules::default(), &calendar(), first, last)
            .iter()
            .map(|p| (p.occasion, p.day))
            .collect()
    }

    /// The planner as first written, walking every day from the deadline and from the last
    /// activity: slow for tasks years late, and plain to check.
    fn walked(
        facts: &Facts,
        rules: &Rules,
        cal: &Calendar,
        first: NaiveDate,
        last: NaiveDate,
    ) -> Vec<Planned> {
        let first = first.max(facts.from);
        let mut out = Vec::new();
        if last < first {
            return out;
        }
        let mut push = |occasion: Occasion, day: NaiveDate| {
            if day >= first && day <= last {
                out.push(Planned { occasion, day });
            }
        };
        if let Some(deadline) = facts.deadline {
            for &n in &rules.ahead {
                push(Occasion::Ahead(n), cal.working_days_before(deadline, n));
            }
            if rules.on_due_day {
                push(Occasion::Due, cal.on_or_before(deadline));
            }
            let mut k = 1;
            while cal.working_days_after(deadline, k) <= last {
                if (k - 1) % rules.overdue_every.max(1) == 0 {
                    push(Occasion::Overdue(k), cal.working_days_after(deadline, k));
                }
                k += 1;
            }
            if rules.escalate_after > 0 {
                push(
                    Occasion::Escalation(rules.escalate_after),
                    cal.working_days_after(deadline, rules.escalate_after),
                );
            }
        }
        if rules.quiet_days > 0 {
            let first_ahead = facts.deadline.map(|d| {
                let n = rules.ahead.iter().copied().max().unwrap_or(0);
                if n == 0 { cal.on_or_before(d) } else { cal.working_days_before(d, n) }
            });
            let mut silent_until = facts.last_activity + Duration::days(rules.quiet_days as i64);
            while silent_until <= last {
                let day = cal.on_or_after(silent_until);
                if first_ahead.is_none_or(|f| day < f) {
                    push(Occasion::Quiet((day - facts.last_activity).num_days() as u32), day);
                }
                silent_until += Duration::days(rules.quiet_days as i64);
            }
        }
        out.sort_by_key(|p| (p.day, p.occasion.audience() == Audience::Leadership, -p.occasion.urgency()));
        out.dedup_by(|later, kept| {
            later.day == kept.day && later.occasion.audience() == kept.occasion.audience()
        });
        out
    }

    /// The calendar the properties plan over: a long closure, two Tết holidays, a single
    /// holiday pair and a make-up Saturday.
    fn property_calendar() -> Calendar {
        Calendar::parse("2024-06-01..2024-06-30 a long closure\n2025-01-27..2025-02-02 Tết\n2026-02-16..2026-02-20 Tết\n2026-04-30\n2026-05-01\n+ 2026-05-09\n").unwrap()
    }

    fn property_rules(every: u32, escalate: u32, quiet: u32) -> Rules {
        Rules { overdue_every: every, escalate_after: escalate, quiet_days: quiet, ..Rules::default() }
    }

    proptest::proptest! {
        /// The planner agrees with the walk, on any window; so planning a window in two parts
        /// (today's horizon, then tomorrow's one new day) plans what planning it whole would.
        #[test]
        fn planning_agrees_with_walking_the_days_and_splits_at_any_day(
            deadline in proptest::option::of(0i64..1400),
            activity in 0i64..1400,
            created in 0i64..1400,
            first in 0i64..1400,
            len in 0i64..40,
            split in 0i64..40,
            every in 1u32..4,
            escalate in 0u32..8,
            quiet in 0u32..45,
        ) {
            let origin = day(1, 1, 2024);
            let cal = property_calendar();
            let rules = property_rules(every, escalate, quiet);
            let facts = Facts {
                deadline: deadline.map(|d| origin + Duration::days(d)),
                last_activity: origin + Duration::days(activity.min(created)),
                from: origin + Duration::days(created),
            };
            let first = origin + Duration::days(first);
            let last = first + Duration::days(len);
            let whole = plan(&facts, &rules, &cal, first, last);
            proptest::prop_assert_eq!(&whole, &walked(&facts, &rules, &cal, first, last));
            let middle = first + Duration::days(split.min(len));
            let mut parts = plan(&facts, &rules, &cal, first, middle);
            parts.extend(plan(&facts, &rules, &cal, middle + Duration::days(1), last));
            proptest::prop_assert_eq!(whole, parts);
        }

        /// Every task due before the window that the walk reminds in it has its deadline among
        /// [`late_deadlines`], whatever its creation, silence or the rules; and no deadline is
        /// listed without a reminder in the window for a task due that day.
        #[test]
        fn late_deadlines_hold_every_late_task_reminded_in_the_days(
            deadline in 0i64..1400,
            activity in 0i64..1400,
            created in 0i64..1400,
            late_by in 1i64..120,
            len in 0i64..25,
            every in 1u32..4,
            escalate in 0u32..8,
            quiet in 0u32..45,
        ) {
            let origin = day(1, 1, 2024);
            let cal = property_calendar();
            let rules = property_rules(every, escalate, quiet);
            let deadline = origin + Duration::days(deadline);
            let first = deadline + Duration::days(late_by);
            let last = first + Duration::days(len);
            let facts = Facts {
                deadline: Some(deadline),
                last_activity: origin + Duration::days(activity.min(created)),
                from: origin + Duration::days(created),
            };
            let late = late_deadlines(&rules, &cal, deadline - Duration::days(20), first, last);
            let reminded = walked(&facts, &rules, &cal, first, last)
                .iter()
                .any(|p| matches!(p.occasion, Occasion::Overdue(_) | Occasion::Escalation(_)));
            if reminded {
                proptest::prop_assert!(late.contains(&deadline), "{deadline} missing from {late:?}");
            }
            let due_then = Facts { deadline: Some(deadline), last_activity: deadline, from: deadline };
            let quiet_rules = Rules { quiet_days: 0, ..rules.clone() };
            proptest::prop_assert_eq!(
                late.contains(&deadline),
                !walked(&due_then, &quiet_rules, &cal, first, last).is_empty()
            );
        }
    }

    #[test]
    fn the_default_schedule_is_seven_three_one_working_days_ahead_and_the_day_itself() {
        // Deadline Friday 20/3/2026.
        let got = occasions(Some(day(20, 3, 2026)), day(2, 3, 2026), day(20, 3, 2026));
        assert_eq!(
            got,
            [
                (Occasion::Ahead(7), day(11, 3, 2026)),
                (Occasion::Ahead(3), day(17, 3, 2026)),
                (Occasion::Ahead(1), day(19, 3, 2026)),
                (Occasion::Due, day(20, 3, 2026)),
            ]
        );
    }

    #[test]
    fn a_deadline_on_a_sunday_is_reminded_on_friday_once() {
        // Sunday 22/3/2026: the deadline-day reminder moves to Friday 20/3, where it wins over
        // "one working day ahead".
        let got = occasions(Some(day(22, 3, 2026)), day(18, 3, 2026), day(22, 3, 2026));
        assert_eq!(got, [(Occasion::Ahead(3), day(18, 3, 2026)), (Occasion::Due, day(20, 3, 2026))]);
    }

    #[test]
    fn late_tasks_are_chased_every_two_working_days_and_escalated_after_five() {
        // Deadline Wednesday 29/4/2026; 30/4 and 1/5 are holidays.
        let got = occasions(Some(day(29, 4, 2026)), day(30, 4, 2026), day(12, 5, 2026));
        assert_eq!(
            got,
            [
                (Occasion::Overdue(1), day(4, 5, 2026)),
                (Occasion::Overdue(3), day(6, 5, 2026)),
                (Occasion::Overdue(5), day(8, 5, 2026)),
                (Occasion::Escalation(5), day(8, 5, 2026)),
                (Occasion::Overdue(7), day(12, 5, 2026)),
            ]
        );
    }

    #[test]
    fn a_window_starting_late_continues_the_overdue_series_in_step() {
        let full = plan(
            &facts(Some(day(29, 4, 2026))),
            &Rules::default(),
            &calendar(),
            day(30, 4, 2026),
            day(29, 5, 2026),
        );
        let later = plan(
            &facts(Some(day(29, 4, 2026))),
            &Rules::default(),
            &calendar(),
            day(7, 5, 2026),
            day(29, 5, 2026),
        );
        let tail: Vec<Planned> = full.into_iter().filter(|p| p.day >= day(7, 5, 2026)).collect();
        assert_eq!(later, tail);
    }

    #[test]
    fn an_ongoing_task_gets_a_progress_request_after_thirty_quiet_days() {
        let got = occasions(None, day(2, 3, 2026), day(30, 5, 2026));
        // 1/4 is a Wednesday; 1/5 is a holiday and 2-3/5 a weekend, so the second waits to Monday 4/5.
        assert_eq!(got, [(Occasion::Quiet(30), day(1, 4, 2026)), (Occasion::Quiet(63), day(4, 5, 2026))]);
    }

    #[test]
    fn nothing_is_planned_before_the_task_existed() {
        let f = Facts {
            deadline: Some(day(20, 3, 2026)),
            last_activity: day(18, 3, 2026),
            from: day(18, 3, 2026),
        };
        let p = plan(&f, &Rules::default(), &calendar(), day(1, 3, 2026), day(20, 3, 2026));
        assert!(p.iter().all(|p| p.day >= day(18, 3, 2026)), "{p:?}");
    }

    #[test]
    fn offsets_and_hours_are_read_as_typed() {
        let o: Offsets = "1, 3,7,0".parse().unwrap();
        assert_eq!(o, Offsets { ahead: vec![7, 3, 1], on_due_day: true });
        assert_eq!(o.to_string(), "7,3,1,0");
        assert!("7,abc".parse::<Offsets>().is_err());
        assert_eq!(parse_hour("8:30"), NaiveTime::from_hms_opt(8, 30, 0));
        assert_eq!(parse_hour("9h"), NaiveTime::from_hms_opt(9, 0, 0));
        assert_eq!(parse_hour("14h15"), NaiveTime::from_hms_opt(14, 15, 0));
        assert_eq!(parse_hour("25:00"), None);
    }
}
