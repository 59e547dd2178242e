//! What is kept only for a while, pruned each night by age so that nothing grows without
//! bound: handled updates, delivered and given-up messages (after the secretariat was told),
//! unfinished dialogues and stored list views. The record of the committee's work (tasks,
//! status reports, the audit log, reminders and who received them) is never pruned.

use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use tokio_util::sync::CancellationToken;

use crate::app::App;
use crate::store::{self, StoreError};

/// A conversation untouched this long is abandoned.
const DIALOGUE_DAYS: i64 = 7;
/// Page buttons under a list older than this say it is out of date.
const VIEW_DAYS: i64 = 30;
/// Updates are needed only to replay what a crash interrupted and to ignore repeats.
const UPDATE_DAYS: i64 = 7;
/// The local hour of the nightly run: outside office hours, after the day's last digest.
const AT: NaiveTime = NaiveTime::from_hms_opt(2, 30, 0).expect("a valid time");

/// Rows removed (or emptied) by one run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pruned {
    pub updates: u64,
    pub messages_deleted: u64,
    pub messages_emptied: u64,
    pub dialogues: u64,
    pub views: u64,
}

/// Prunes what is older than its retention at `app.now()`, in one transaction.
pub async fn prune(app: &App) -> Result<Pruned, StoreError> {
    let now = app.now();
    let retention = Duration::days(app.config.retention_days as i64);
    let mut tx = app.store.begin().await?;
    let updates = store::inbox::prune(&mut tx, now - Duration::days(UPDATE_DAYS)).await?;
    let (messages_deleted, messages_emptied) = store::outbox::prune(&mut tx, now - retention).await?;
    let dialogues = store::dialogues::prune(&mut tx, now - Duration::days(DIALOGUE_DAYS)).await?;
    let views = store::views::prune(&mut tx, now - Duration::days(VIEW_DAYS)).await?;
    tx.commit().await?;
    Ok(Pruned { updates, messages_deleted, messages_emptied, dialogues, views })
}

/// Prunes at start, then each night.
pub async fn run(app: Arc<App>, stop: CancellationToken) {
    loop {
        match prune(&app).await {
            Ok(pruned) => tracing::info!(?pruned, "old rows pruned"),
            Err(error) => tracing::error!(%error, "cannot prune old rows; trying again tomorrow"),
        }
        let next = next_run(&app, app.now());
        tokio::select! {
            () = app.clock.sleep_until(next) => {}
            () = stop.cancelled() => return,
        }
    }
}

fn next_run(app: &App, now: DateTime<Utc>) -> DateTime<Utc> {
    let tz = app.config.tz;
    let today = now.with_timezone(&tz).date_naive();
    let at = |day: chrono::NaiveDate| {
        tz.from_local_datetime(&day.and_time(AT)).earliest().map_or(now + Duration::days(1), |t| t.to_utc())
    };
    let tonight = at(today);
    if tonight > now { tonight } else { at(today + Duration::days(1)) }
}
