//! The environment (and an optional `.env`) turned into a [`Config`], with one clear error
//! per bad variable.

use std::fmt;

use chrono::NaiveTime;
use chrono_tz::Tz;
use url::Url;

pub use crate::domain::schedule::Grouping;
use crate::domain::schedule::{Offsets, ReportTimes, Rules, parse_hour, parse_weekday};
use crate::domain::scorecard::Rubric;
use crate::domain::{Calendar, Lang};

/// The official holidays shipped with dondoc (used when `DONDOC_HOLIDAYS` is not set).
pub const DEFAULT_HOLIDAYS: &str = include_str!("reminders/holidays-vn.txt");

/// The SQLite file used when `DATABASE_URL` is not set: `dondoc.db` in the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://dondoc.db";
pub const DEFAULT_TZ: Tz = chrono_tz::Asia::Ho_Chi_Minh;

/// How the bot is deployed. Built once at start-up; the rest of the program trusts it.
#[derive(Clone)]
pub struct Config {
    /// The bot's token from @BotFather. Only `dondoc run` needs it.
    pub token: Option<String>,
    /// A different Bot API server (a local `telegram-bot-api`, or a test fake).
    pub api_url: Option<Url>,
    pub database_url: String,
    /// The committee's time zone: deadlines are dates there, reminders go out in its hours.
    pub tz: Tz,
    /// The language of members who have not chosen one, and of groups.
    pub locale: Lang,
    /// Telegram user ids who are secretariat from the first start.
    pub admins: Vec<i64>,
    /// An officer's "done" waits for the secretariat's confirmation (`DONDOC_CONFIRM_DONE`).
    pub confirm_done: bool,
    /// When reminders fall (`DONDOC_REMIND_*`, `DONDOC_OVERDUE_EVERY`, …).
    pub rules: Rules,
    /// One reminder message a person a round, listing their tasks, or one a task
    /// (`DONDOC_REMIND_GROUPING`: `person`, the default, or `task`).
    pub remind_grouping: Grouping,
    /// Working days and holidays (`DONDOC_HOLIDAYS`).
    pub calendar: Calendar,
    /// Reminders go out only in these local hours of working days (`DONDOC_OFFICE_HOURS`).
    pub office_hours: (NaiveTime, NaiveTime),
    /// When the weekly digest and the periodic reports go out (`DONDOC_DIGEST`, `DONDOC_REPORTS`).
    pub reports: ReportTimes,
    /// Attempts at a message Telegram answers with an error it does not explain before it is
    /// given up (`DONDOC_GIVE_UP_AFTER`).
    pub give_up_after: u32,
    /// Days that delivered and given-up messages are kept (`DONDOC_RETENTION_DAYS`).
    pub retention_days: u32,
    /// An open task is due soon from its deadline's day back this many working days
    /// (`DONDOC_DUE_SOON_DAYS`, 3).
    pub due_soon_days: u32,
    /// How `/danhgia` scores units (`DONDOC_SCORE_WEIGHTS`, `DONDOC_SCORE_BANDS`).
    pub rubric: Rubric,
    /// The dashboard (a Telegram Mini App): where it listens (`DONDOC_WEB_ADDR`; off unless
    /// set), the public `https://` address a reverse proxy serves it at (`DONDOC_WEB_URL`),
    /// and how old a signed opening may be, in hours (`DONDOC_WEB_MAX_AGE_HOURS`, 24).
    pub web: Web,
}

/// The dashboard's settings (see [`Config::web`]).
#[derive(Debug, Clone, Default)]
pub struct Web {
    pub addr: Option<std::net::SocketAddr>,
    pub url: Option<Url>,
    pub max_age_hours: u32,
}

impl fmt::Debug for Config {
    // The token is a password: keep it out of logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("token", &self.token.as_ref().map(|_| "<hidden>"))
            .field("api_url", &self.api_url.as_ref().map(Url::as_str))
            .field("database_url", &self.database_url)
            .field("tz", &self.tz)
            .field("locale", &self.locale)
            .field("admins", &self.admins)
            .field("confirm_done", &self.confirm_done)
            .field("rules", &self.rules)
            .field("remind_grouping", &self.remind_grouping)
            .field("holidays", &self.calendar.holiday_count())
            .field("office_hours", &self.office_hours)
            .field("reports", &self.reports)
            .field("give_up_after", &self.give_up_after)
            .field("retention_days", &self.retention_days)
            .field("due_soon_days", &self.due_soon_days)
            .field("rubric", &self.rubric)
            .field("web", &self.web)
            .finish()
    }
}

/// A variable that is missing or does not parse; the message names it and says why.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "TELOXIDE_TOKEN is not set: create a bot with @BotFather in Telegram and run with TELOXIDE_TOKEN=<token>"
    )]
    MissingToken,
    #[error("{var}={value:?} is not valid: {reason}")]
    Invalid { var: &'static str, value: String, reason: String },
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads variables through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());

        let token = get("TELOXIDE_TOKEN");
        if let Some(t) = &token {
            // Tokens look like 123456:ABC-DEF…; a wrong paste is better caught here than as an
            // opaque 404 from Telegram. The value is not echoed: it is a secret.
            let well_formed = t.split_once(':').is_some_and(|(id, secret)| {
                !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) && !secret.is_empty()
            });
            if !well_formed {
                return Err(ConfigError::Invalid {
                    var: "TELOXIDE_TOKEN",
                    value: "<hidden>".into(),
                    reason: "a bot token looks like 123456789:AAE… (digits, a colon, then the secret)".into(),
                });
            }
        }

        let api_url = match get("TELOXIDE_API_URL") {
            None => None,
            Some(v) => Some(Url::parse(&v).map_err(|e| invalid("TELOXIDE_API_URL", &v, e.to_string()))?),
        };

        let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_string());
        if !database_url.starts_with("sqlite:") {
            return Err(invalid(
                "DATABASE_URL",
                &database_url,
                "dondoc stores its data in SQLite: use sqlite://path/to/file.db".into(),
            ));
        }

        let tz = match get("DONDOC_TZ") {
            None => DEFAULT_TZ,
            Some(v) => v.parse::<Tz>().map_err(|_| {
                invalid("DONDOC_TZ", &v, "not an IANA time zone name such as Asia/Ho_Chi_Minh".into())
            })?,
        };

        let locale = match get("DONDOC_LOCALE") {
            None => Lang::Vi,
            Some(v) => v.parse::<Lang>().map_err(|e| invalid("DONDOC_LOCALE", &v, e.to_string()))?,
        };

        let admins = match get("DONDOC_ADMINS") {
            None => Vec::new(),
            Some(v) => parse_admins(&v).map_err(|reason| invalid("DONDOC_ADMINS", &v, reason))?,
        };

        let remind_grouping = match get("DONDOC_REMIND_GROUPING") {
            None => Grouping::Person,
            Some(v) => match v.trim().to_ascii_lowercase().as_str() {
                "person" => Grouping::Person,
                "task" => Grouping::Task,
                _ => return Err(invalid("DONDOC_REMIND_GROUPING", &v, "use person or task".into())),
            },
        };
        let confirm_done = match get("DONDOC_CONFIRM_DONE") {
            None => true,
            Some(v) => {
                parse_bool(&v).ok_or_else(|| invalid("DONDOC_CONFIRM_DONE", &v, "use yes or no".into()))?
            }
        };

        let mut rules = Rules::default();
        if let Some(v) = get("DONDOC_REMIND_DAYS") {
            let offsets: Offsets = v.parse().map_err(|reason| invalid("DONDOC_REMIND_DAYS", &v, reason))?;
            rules.ahead = offsets.ahead;
            rules.on_due_day = offsets.on_due_day;
        }
        if let Some(v) = get("DONDOC_REMIND_HOUR") {
            rules.hour = parse_hour(&v)
                .ok_or_else(|| invalid("DONDOC_REMIND_HOUR", &v, "a time of day such as 08:00".into()))?;
        }
        let count = |var: &'static str, default: u32, max: u32| -> Result<u32, ConfigError> {
            match get(var) {
                None => Ok(default),
                Some(v) => v
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n <= max)
                    .ok_or_else(|| invalid(var, &v, format!("a whole number from 0 to {max}"))),
            }
        };
        rules.overdue_every = count("DONDOC_OVERDUE_EVERY", rules.overdue_every, 60)?.max(1);
        rules.escalate_after = count("DONDOC_ESCALATE_AFTER", rules.escalate_after, 120)?;
        rules.quiet_days = count("DONDOC_QUIET_DAYS", rules.quiet_days, 365)?;
        // Five attempts back off 0.5, 1, 2 and 4 s: a refused message is given up in seconds,
        // a passing fault has time to pass.
        let give_up_after = count("DONDOC_GIVE_UP_AFTER", 5, 20)?.max(1);
        // A quarter, the committee's review cycle: a reply to a quarter-old reminder still finds
        // its task.
        let retention_days = count("DONDOC_RETENTION_DAYS", 90, 3650)?.max(7);
        let due_soon_days = count("DONDOC_DUE_SOON_DAYS", 3, 20)?;
        let mut rubric = Rubric::default();
        if let Some(v) = get("DONDOC_SCORE_WEIGHTS") {
            let [on_time, late, reported] = parse_numbers(&v).ok_or_else(|| {
                invalid(
                    "DONDOC_SCORE_WEIGHTS",
                    &v,
                    "three numbers from 0 to 100: on time, late, reported, such as 80,40,20".into(),
                )
            })?;
            rubric = Rubric { on_time, late, reported, ..rubric };
        }
        if let Some(v) = get("DONDOC_SCORE_BANDS") {
            rubric.bands = parse_numbers(&v).filter(|[a, b, c]| a >= b && b >= c).ok_or_else(|| {
                invalid(
                    "DONDOC_SCORE_BANDS",
                    &v,
                    "three falling scores from 0 to 100, such as 90,75,50".into(),
                )
            })?;
        }

        let calendar = match get("DONDOC_HOLIDAYS") {
            None => Calendar::parse(DEFAULT_HOLIDAYS).expect("the shipped holiday file parses"),
            Some(path) => {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| invalid("DONDOC_HOLIDAYS", &path, format!("cannot read the file: {e}")))?;
                Calendar::parse(&text).map_err(|e| invalid("DONDOC_HOLIDAYS", &path, e.to_string()))?
            }
        };

        let office_hours = match get("DONDOC_OFFICE_HOURS") {
            None => (
                NaiveTime::from_hms_opt(7, 30, 0).expect("valid"),
                NaiveTime::from_hms_opt(17, 0, 0).expect("valid"),
            ),
            Some(v) => {
                let parsed = v.split_once('-').and_then(|(a, b)| Some((parse_hour(a)?, parse_hour(b)?)));
                parsed.filter(|(a, b)| a < b).ok_or_else(|| {
                    invalid("DONDOC_OFFICE_HOURS", &v, "a range of local times such as 07:30-17:00".into())
                })?
            }
        };
        if rules.hour < office_hours.0 || rules.hour >= office_hours.1 {
            return Err(invalid(
                "DONDOC_REMIND_HOUR",
                &rules.hour.format("%H:%M").to_string(),
                "reminders go out in office hours (DONDOC_OFFICE_HOURS)".into(),
            ));
        }

        let mut reports = ReportTimes::default();
        if let Some(v) = get("DONDOC_DIGEST") {
            reports.weekly = parse_digest(&v).map_err(|reason| invalid("DONDOC_DIGEST", &v, reason))?;
        }
        if let Some(v) = get("DONDOC_REPORTS") {
            parse_reports(&v, &mut reports).map_err(|reason| invalid("DONDOC_REPORTS", &v, reason))?;
        }

        let web = Web {
            addr: get("DONDOC_WEB_ADDR")
                .map(|v| {
                    v.parse().map_err(|_| {
                        invalid("DONDOC_WEB_ADDR", &v, "an address and port such as 127.0.0.1:8080".into())
                    })
                })
                .transpose()?,
            url: get("DONDOC_WEB_URL")
                .map(|v| {
                    Url::parse(&v).ok().filter(|u| u.scheme() == "https").ok_or_else(|| {
                        invalid(
                            "DONDOC_WEB_URL",
                            &v,
                            "the https:// address the dashboard is served at".into(),
                        )
                    })
                })
                .transpose()?,
            max_age_hours: count("DONDOC_WEB_MAX_AGE_HOURS", 24, 24 * 30)?.max(1),
        };

        Ok(Config {
            web,
            reports,
            token,
            api_url,
            database_url,
            tz,
            locale,
            admins,
            confirm_done,
            rules,
            remind_grouping,
            calendar,
            office_hours,
            give_up_after,
            retention_days,
            due_soon_days,
            rubric,
        })
    }

    /// The dashboard's page, when it is served (`DONDOC_WEB_URL` and `/app`).
    pub fn dashboard_page(&self) -> Option<Url> {
        let mut base = self.web.url.clone()?;
        if !base.path().ends_with('/') {
            base.set_path(&format!("{}/", base.path()));
        }
        base.join("app").ok()
    }

    /// The token, or the error that says how to get one.
    pub fn require_token(&self) -> Result<&str, ConfigError> {
        self.token.as_deref().ok_or(ConfigError::MissingToken)
    }
}

/// Three numbers from 0 to 100, separated by commas.
fn parse_numbers(value: &str) -> Option<[f64; 3]> {
    let numbers: Vec<f64> = value
        .split(',')
        .map(|n| n.trim().parse::<f64>().ok().filter(|n| (0.0..=100.0).contains(n)))
        .collect::<Option<_>>()?;
    numbers.try_into().ok()
}

fn invalid(var: &'static str, value: &str, reason: String) -> ConfigError {
    ConfigError::Invalid { var, value: value.to_string(), reason }
}

/// `mon 08:00` (weekday and time), or `off`.
fn parse_digest(value: &str) -> Result<Option<(chrono::Weekday, NaiveTime)>, String> {
    if value.eq_ignore_ascii_case("off") {
        return Ok(None);
    }
    let (day, time) = value.trim().split_once(char::is_whitespace).unwrap_or((value, "08:00"));
    let day = parse_weekday(day).ok_or_else(|| format!("`{day}` is not a weekday (mon … sun)"))?;
    let time = parse_hour(time).ok_or_else(|| format!("`{time}` is not a time of day"))?;
    Ok(Some((day, time)))
}

/// `monthly=25,quarterly=20,halfyear=15/6,yearly=15/12` (any of them, `=off` to drop one), or `off`.
fn parse_reports(value: &str, times: &mut ReportTimes) -> Result<(), String> {
    if value.eq_ignore_ascii_case("off") {
        times.monthly = None;
        times.quarterly = None;
        times.half_year = None;
        times.yearly = None;
        return Ok(());
    }
    let day_of = |v: &str| v.parse::<u32>().ok().filter(|d| (1..=28).contains(d));
    let day_month = |v: &str| {
        let (d, m) = v.split_once('/')?;
        Some((day_of(d)?, m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?))
    };
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (key, v) = part.split_once('=').ok_or_else(|| format!("`{part}` is not name=value"))?;
        let off = v.eq_ignore_ascii_case("off");
        let bad = || format!("`{part}`: a day 1–28 (monthly, quarterly) or day/month (halfyear, yearly)");
        match key.trim() {
            "monthly" => times.monthly = if off { None } else { Some(day_of(v).ok_or_else(bad)?) },
            "quarterly" => times.quarterly = if off { None } else { Some(day_of(v).ok_or_else(bad)?) },
            "halfyear" => times.half_year = if off { None } else { Some(day_month(v).ok_or_else(bad)?) },
            "yearly" => times.yearly = if off { None } else { Some(day_month(v).ok_or_else(bad)?) },
            "hour" => times.hour = parse_hour(v).ok_or_else(bad)?,
            other => {
                return Err(format!("unknown report `{other}` (monthly, quarterly, halfyear, yearly, hour)"));
            }
        }
    }
    Ok(())
}

fn parse_bool(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" | "co" => Some(true),
        "0" | "false" | "no" | "off" | "khong" => Some(false),
        _ => None,
    }
}

fn parse_admins(value: &str) -> Result<Vec<i64>, String> {
    value
        .split([',', ' ', ';'])
        .filter(|s| !s.is_empty())
        .map(|s| match s.parse::<i64>() {
            Ok(id) if id > 0 => Ok(id),
            _ => Err(format!("`{s}` is not a Telegram user id (a list of numbers separated by commas)")),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        Config::from_lookup(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn defaults_need_nothing_but_the_token_to_run() {
        let c = config(&[]).unwrap();
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(c.tz, chrono_tz::Asia::Ho_Chi_Minh);
        assert_eq!(c.locale, Lang::Vi);
        assert!(c.admins.is_empty());
        assert!(c.confirm_done, "completions are verified unless the committee turns it off");
        assert!(matches!(c.require_token(), Err(ConfigError::MissingToken)));
    }

    #[test]
    fn every_variable_is_read() {
        let c = config(&[
            ("TELOXIDE_TOKEN", "123:abc"),
            ("TELOXIDE_API_URL", "http://127.0.0.1:8081/"),
            ("DATABASE_URL", "sqlite://x.db"),
            ("DONDOC_TZ", "Asia/Bangkok"),
            ("DONDOC_LOCALE", "en"),
            ("DONDOC_ADMINS", "11, 22"),
            ("DONDOC_CONFIRM_DONE", "no"),
            ("DONDOC_REMIND_DAYS", "5,2,0"),
            ("DONDOC_REMIND_HOUR", "9:30"),
            ("DONDOC_OVERDUE_EVERY", "3"),
            ("DONDOC_ESCALATE_AFTER", "10"),
            ("DONDOC_QUIET_DAYS", "20"),
            ("DONDOC_OFFICE_HOURS", "08:00-17:30"),
            ("DONDOC_REMIND_GROUPING", "Task"),
        ])
        .unwrap();
        assert_eq!(c.require_token().unwrap(), "123:abc");
        assert_eq!(c.api_url.unwrap().as_str(), "http://127.0.0.1:8081/");
        assert_eq!(c.database_url, "sqlite://x.db");
        assert_eq!(c.tz, chrono_tz::Asia::Bangkok);
        assert_eq!(c.locale, Lang::En);
        assert_eq!(c.admins, vec![11, 22]);
        assert!(!c.confirm_done);
        assert_eq!((c.rules.ahead.clone(), c.rules.on_due_day), (vec![5, 2], true));
        assert_eq!(c.rules.hour, NaiveTime::from_hms_opt(9, 30, 0).unwrap());
        assert_eq!((c.rules.overdue_every, c.rules.escalate_after, c.rules.quiet_days), (3, 10, 20));
        assert_eq!(c.office_hours.0, NaiveTime::from_hms_opt(8, 0, 0).unwrap());
        assert_eq!(c.remind_grouping, Grouping::Task);
        assert_eq!(config(&[]).unwrap().remind_grouping, Grouping::Person);
        assert!(config(&[("DONDOC_REMIND_GROUPING", "unit")]).is_err());
    }

    #[test]
    fn the_shipped_holidays_cover_tet_2026_and_a_holiday_file_can_replace_them() {
        let c = config(&[]).unwrap();
        let tet = chrono::NaiveDate::from_ymd_opt(2026, 2, 17).unwrap();
        assert!(!c.calendar.is_working_day(tet));
        let dir = std::env::temp_dir().join(format!("dondoc-holidays-{}", std::process::id()));
        std::fs::write(&dir, "2026-03-02 ngày nghỉ riêng\n").unwrap();
        let c = config(&[("DONDOC_HOLIDAYS", dir.to_str().unwrap())]).unwrap();
        assert!(!c.calendar.is_working_day(chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()));
        assert!(c.calendar.is_working_day(tet), "the file replaces the shipped list");
        std::fs::write(&dir, "2026-02-30\n").unwrap();
        let err = config(&[("DONDOC_HOLIDAYS", dir.to_str().unwrap())]).unwrap_err().to_string();
        assert!(err.starts_with("DONDOC_HOLIDAYS") && err.contains("line 1"), "{err}");
        std::fs::remove_file(&dir).unwrap();
    }

    #[test]
    fn the_due_soon_window_and_the_scoring_rubric_are_read() {
        let c = config(&[]).unwrap();
        assert_eq!((c.due_soon_days, c.rubric), (3, Rubric::default()));
        let c = config(&[
            ("DONDOC_DUE_SOON_DAYS", "5"),
            ("DONDOC_SCORE_WEIGHTS", "70, 30, 30"),
            ("DONDOC_SCORE_BANDS", "85,70,40"),
        ])
        .unwrap();
        assert_eq!(c.due_soon_days, 5);
        assert_eq!(c.rubric, Rubric { on_time: 70.0, late: 30.0, reported: 30.0, bands: [85.0, 70.0, 40.0] });
    }

    #[test]
    fn a_bad_value_names_its_variable() {
        for (var, value) in [
            ("DONDOC_TZ", "Mars/Olympus"),
            ("DONDOC_LOCALE", "fr"),
            ("DONDOC_ADMINS", "12,abc"),
            ("TELOXIDE_API_URL", "not a url"),
            ("DATABASE_URL", "postgres://x"),
            ("TELOXIDE_TOKEN", "oops"),
            ("DONDOC_CONFIRM_DONE", "maybe"),
            ("DONDOC_REMIND_DAYS", "7,x"),
            ("DONDOC_REMIND_HOUR", "8h99"),
            ("DONDOC_OVERDUE_EVERY", "-1"),
            ("DONDOC_OFFICE_HOURS", "17:00-07:00"),
            ("DONDOC_HOLIDAYS", "/nonexistent/holidays.txt"),
            ("DONDOC_DUE_SOON_DAYS", "three"),
            ("DONDOC_SCORE_WEIGHTS", "80,40"),
            ("DONDOC_SCORE_BANDS", "50,75,90"),
        ] {
            let err = config(&[(var, value)]).unwrap_err().to_string();
            assert!(err.starts_with(var), "{err}");
            assert!(!err.contains('\n'), "{err}");
        }
    }

    #[test]
    fn the_token_never_shows_in_debug_output_or_errors() {
        let c = config(&[("TELOXIDE_TOKEN", "123:secret-part")]).unwrap();
        assert!(!format!("{c:?}").contains("secret-part"));
        let err = config(&[("TELOXIDE_TOKEN", "secret-without-colon")]).unwrap_err();
        assert!(!err.to_string().contains("secret-without-colon"));
    }
}
