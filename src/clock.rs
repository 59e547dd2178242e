//! The only place that reads the wall clock. Scheduling and "overdue" logic ask a [`Clock`],
//! so tests can set and advance time and run a month of reminders in milliseconds.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::watch;

/// A source of the current instant that can also wait for a future one.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;

    /// Resolves once `now() >= at`.
    fn sleep_until(&self, at: DateTime<Utc>) -> Pin<Box<dyn Future<Output = ()> + Send + 'static>>;
}

pub type SharedClock = Arc<dyn Clock>;

/// Real time.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn sleep_until(&self, at: DateTime<Utc>) -> Pin<Box<dyn Future<Output = ()> + Send + 'static>> {
        Box::pin(async move {
            // Sleep in bounded steps and re-read the clock: a suspended laptop or an NTP jump
            // must not leave a reminder waiting on a stale monotonic deadline.
            const STEP: Duration = Duration::from_secs(60);
            loop {
                let left = (at - Utc::now()).to_std().unwrap_or(Duration::ZERO);
                if left.is_zero() {
                    return;
                }
                tokio::time::sleep(left.min(STEP)).await;
            }
        })
    }
}

/// A clock that moves only when told to; waiting tasks wake as it passes their instant.
#[derive(Debug, Clone)]
pub struct ManualClock {
    now: Arc<watch::Sender<DateTime<Utc>>>,
}

impl ManualClock {
    pub fn new(start: DateTime<Utc>) -> Self {
        Self { now: Arc::new(watch::Sender::new(start)) }
    }

    /// Moves the clock to `at` (never backwards).
    pub fn set(&self, at: DateTime<Utc>) {
        self.now.send_if_modified(|now| {
            if at > *now {
                *now = at;
                true
            } else {
                false
            }
        });
    }

    pub fn advance(&self, by: chrono::Duration) {
        let at = *self.now.borrow() + by;
        self.set(at);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.borrow()
    }

    fn sleep_until(&self, at: DateTime<Utc>) -> Pin<Box<dyn Future<Output = ()> + Send + 'static>> {
        let mut rx = self.now.subscribe();
        Box::pin(async move {
            // `wait_for` fails only when the sender is gone; then time can never reach `at`.
            if rx.wait_for(|now| *now >= at).await.is_err() {
                std::future::pending::<()>().await;
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_manual_clock_wakes_sleepers_when_it_passes_their_instant() {
        let start = DateTime::parse_from_rfc3339("2026-01-05T01:00:00Z").unwrap().to_utc();
        let clock = ManualClock::new(start);
        let wake = start + chrono::Duration::hours(1);
        let sleeper = tokio::spawn(clock.sleep_until(wake));
        tokio::task::yield_now().await;
        clock.advance(chrono::Duration::minutes(59));
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(!sleeper.is_finished());
        clock.advance(chrono::Duration::minutes(1));
        tokio::time::timeout(Duration::from_secs(1), sleeper).await.unwrap().unwrap();
        clock.set(start);
        assert_eq!(clock.now(), wake, "the clock never goes backwards");
    }
}
