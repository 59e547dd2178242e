//! Telegram's sending limits, kept exactly: about 30 messages a second overall, evenly paced,
//! one a second in a chat, 20 a minute in a group. Each send reserves the earliest moment it
//! may go; nothing polls, so a message under the limits leaves at once.
//!
//! The moments are reserved one at a time ([`Throttle`]), each after the sends before it have
//! gone, and from when they actually went: on a busy machine a worker wakes late now and then,
//! and a send reserved a second ahead would then reach Telegram within the same second as the
//! late one's thirtieth successor (a 429).
//!
//! (teloxide's `Throttle` adaptor checks its queue every 250 ms, which adds up to a quarter of
//! a second to every answer.)

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::store::outbox::Lane;

/// The limits to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Messages a second in all, evenly paced (0: no limit).
    pub per_second_overall: u32,
    /// Minimum spacing between two messages to the same chat.
    pub chat_interval: Duration,
    /// Messages a minute to one group (0: no limit).
    pub per_minute_group: u32,
}

impl Limits {
    /// Telegram's documented limits.
    pub const TELEGRAM: Limits =
        Limits { per_second_overall: 30, chat_interval: Duration::from_secs(1), per_minute_group: 20 };

    /// No limits worth the name: for tests and for measuring dondoc's own cost.
    pub const UNLIMITED: Limits =
        Limits { per_second_overall: 0, chat_interval: Duration::ZERO, per_minute_group: 0 };
}

impl Default for Limits {
    fn default() -> Self {
        Limits::TELEGRAM
    }
}

/// A little more than a second and a minute, so that requests arriving at Telegram a few
/// milliseconds apart from when they left never look like a burst.
const SAFETY: Duration = Duration::from_millis(25);
const SECOND: Duration = Duration::from_secs(1);
const MINUTE: Duration = Duration::from_secs(60);

/// The answer to [`Limiter::reserve`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Reserved: send at this moment.
    At(Instant),
    /// The chat must wait: ask again at this moment.
    NotBefore(Instant),
}

/// One send overall: the moment reserved, and the moment it went (not before).
#[derive(Debug, Clone, Copy)]
struct Sent {
    reserved: Instant,
    started: Instant,
}

/// The record of sends, overall and per chat.
#[derive(Debug)]
pub struct Limiter {
    limits: Limits,
    /// The last sends overall, in the order reserved (reservations never decrease).
    overall: VecDeque<Sent>,
    /// Start times of the last sends per chat (the last minute's, for groups).
    chats: HashMap<i64, VecDeque<Instant>>,
}

impl Limiter {
    pub fn new(limits: Limits) -> Self {
        Self { limits, overall: VecDeque::new(), chats: HashMap::new() }
    }

    /// Asks to send a message to `chat_id` at `now`. The chat's own limits are checked first
    /// and, if they say wait, nothing is reserved ([`Slot::NotBefore`]: ask again then), so one
    /// busy chat never holds up the others. Otherwise the earliest moment the overall limit
    /// allows is reserved ([`Slot::At`]: send then).
    pub fn reserve(&mut self, chat_id: i64, now: Instant) -> Slot {
        self.forget_before(now);
        let history = self.chats.entry(chat_id).or_default();
        let mut chat_ready = now;
        if let Some(last) = history.back() {
            // With the margin the overall pace has: the chat's previous message may reach
            // Telegram a little after it left (a busy machine), and the next one on time.
            let margin = if self.limits.chat_interval.is_zero() { Duration::ZERO } else { SAFETY };
            chat_ready = chat_ready.max(*last + self.limits.chat_interval + margin);
        }
        // Group chats (negative ids) also have a per-minute budget.
        let group_limit = self.limits.per_minute_group as usize;
        if chat_id < 0 && group_limit > 0 && history.len() >= group_limit {
            chat_ready = chat_ready.max(history[history.len() - group_limit] + MINUTE + SAFETY);
        }
        if chat_ready > now {
            return Slot::NotBefore(chat_ready);
        }
        // Overall: evenly paced, never 30 at once. A burst of 30 requests leaves its last ones
        // queued behind the first on their way to Telegram, and a late one counted in the
        // next second is a 429; paced, each arrives about when it left. Reservations never go
        // back in time, so the n-th from the end also bounds any second.
        // The pace counts from the moments reserved, so the millisecond or so a sender wakes
        // late does not add up and slow the rest; but never less than half of it from when the
        // last send went, so a send that went very late is not joined by the next. The second
        // counts from when the sends went.
        let mut at = now;
        let limit = self.limits.per_second_overall as usize;
        if let Some(last) = self.overall.back() {
            let pace = if limit > 0 { (SECOND + SAFETY) / limit as u32 } else { Duration::ZERO };
            at = at.max(last.reserved + pace).max(last.started + pace / 2);
        }
        if limit > 0 && self.overall.len() >= limit {
            let mut started: Vec<Instant> = self.overall.iter().map(|s| s.started).collect();
            let (_, nth_latest, _) = started.select_nth_unstable_by(limit - 1, |a, b| b.cmp(a));
            at = at.max(*nth_latest + SECOND + SAFETY);
        }
        self.overall.push_back(Sent { reserved: at, started: at });
        history.push_back(at);
        Slot::At(at)
    }

    /// Records that the send reserved for `reserved` to `chat_id` went at `at` (later, if the
    /// sender woke late).
    pub fn started(&mut self, chat_id: i64, reserved: Instant, at: Instant) {
        if let Some(sent) = self.overall.iter_mut().rev().find(|s| s.reserved == reserved) {
            sent.started = sent.started.max(at);
        }
        if let Some(t) =
            self.chats.get_mut(&chat_id).and_then(|h| h.iter_mut().rev().find(|t| **t == reserved))
        {
            *t = (*t).max(at);
        }
    }

    fn forget_before(&mut self, now: Instant) {
        let second_ago = now.checked_sub(SECOND + SAFETY);
        while let (Some(front), Some(cut)) = (self.overall.front(), second_ago) {
            if front.started >= cut {
                break;
            }
            self.overall.pop_front();
        }
        if let Some(cut) = now.checked_sub(MINUTE + SAFETY) {
            self.chats.retain(|_, h| {
                while h.front().is_some_and(|t| *t < cut) {
                    h.pop_front();
                }
                !h.is_empty()
            });
        }
    }
}

/// The limiter shared by the sender's workers.
#[derive(Debug)]
pub struct Throttle {
    limiter: Mutex<Limiter>,
    /// Held from a reservation until the send goes, when there is a pace to keep. Waiters are
    /// let in in the order they came (tokio's mutex is fair).
    turnstile: Option<tokio::sync::Mutex<()>>,
    /// Held by the one bulk send waiting at (or in) the turnstile: a send to a person queues
    /// behind at most one bulk send, however many wait.
    bulk_gate: tokio::sync::Mutex<()>,
}

impl Throttle {
    pub fn new(limits: Limits) -> Self {
        let turnstile = (limits.per_second_overall > 0).then(|| tokio::sync::Mutex::new(()));
        Self { limiter: Mutex::new(Limiter::new(limits)), turnstile, bulk_gate: tokio::sync::Mutex::new(()) }
    }

    /// Waits until the limits let a message to `chat_id` go, and records when it went. A chat
    /// that must wait waits without holding up the others; a bulk send lets people's go first.
    pub async fn wait_turn(&self, chat_id: i64, lane: Lane) {
        loop {
            let gate = match (&self.turnstile, lane) {
                (Some(_), Lane::Bulk) => Some(self.bulk_gate.lock().await),
                _ => None,
            };
            let turn = match &self.turnstile {
                Some(turnstile) => Some(turnstile.lock().await),
                None => None,
            };
            let slot = self.limiter().reserve(chat_id, now());
            match slot {
                Slot::At(at) => {
                    tokio::time::sleep_until(at.into()).await;
                    self.limiter().started(chat_id, at, now());
                    drop(turn);
                    drop(gate);
                    return;
                }
                Slot::NotBefore(at) => {
                    drop(turn);
                    drop(gate);
                    tokio::time::sleep_until(at.into()).await;
                }
            }
        }
    }

    fn limiter(&self) -> std::sync::MutexGuard<'_, Limiter> {
        self.limiter.lock().expect("the limiter is never poisoned")
    }
}

/// Tokio's clock, which tests can stop and move.
fn now() -> Instant {
    tokio::time::Instant::now().into_std()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The most of `times` (in order) that fall within one `window`.
    fn most_within(times: &[Instant], window: Duration) -> usize {
        (0..times.len())
            .map(|i| times[i..].iter().take_while(|s| **s < times[i] + window).count())
            .max()
            .unwrap_or(0)
    }

    /// Sends as a sender does: asks, waits if told, asks again.
    fn send(l: &mut Limiter, chat: i64, now: Instant) -> Instant {
        let mut t = now;
        loop {
            match l.reserve(chat, t) {
                Slot::At(at) => return at,
                Slot::NotBefore(later) => t = later,
            }
        }
    }

    #[test]
    fn a_message_under_the_limits_leaves_at_once_and_the_next_a_thirtieth_of_a_second_later() {
        let mut l = Limiter::new(Limits::TELEGRAM);
        let now = Instant::now();
        let pace = (SECOND + SAFETY) / 30;
        assert_eq!(l.reserve(1, now), Slot::At(now));
        assert_eq!(l.reserve(2, now), Slot::At(now + pace));
        let later = now + Duration::from_millis(500);
        assert_eq!(l.reserve(3, later), Slot::At(later), "the pace was kept meanwhile");
    }

    #[test]
    fn two_messages_to_one_chat_are_a_second_apart_and_others_need_not_wait() {
        let mut l = Limiter::new(Limits::TELEGRAM);
        let now = Instant::now();
        assert_eq!(l.reserve(7, now), Slot::At(now));
        assert_eq!(l.reserve(7, now), Slot::NotBefore(now + Duration::from_secs(1) + SAFETY));
        assert_eq!(
            l.reserve(8, now),
            Slot::At(now + (SECOND + SAFETY) / 30),
            "another chat need not wait a second"
        );
        assert_eq!(send(&mut l, 7, now), now + Duration::from_secs(1) + SAFETY);
    }

    #[test]
    fn no_second_ever_holds_more_than_thirty_sends() {
        let mut l = Limiter::new(Limits::TELEGRAM);
        let start = Instant::now();
        let slots: Vec<Instant> = (0..1000).map(|chat| send(&mut l, chat, start)).collect();
        let most = most_within(&slots, SECOND);
        assert!(most <= 30, "{most} sends within a second");
        let span = *slots.last().unwrap() - start;
        let rate = 1000.0 / span.as_secs_f64();
        assert!(rate > 28.5 && rate <= 30.0, "{rate}/s");
        let closest = slots.windows(2).map(|w| w[1] - w[0]).min().unwrap();
        assert!(closest >= Duration::from_millis(33), "never a burst: {closest:?} apart");
    }

    /// Sends reserved one at a time, as [`Throttle`] makes them, one of them going `late`.
    fn sends_with_one_late(late: Duration) -> Vec<Instant> {
        let mut l = Limiter::new(Limits::TELEGRAM);
        let mut went = Vec::new();
        let mut t = Instant::now();
        for chat in 0..200 {
            let at = send(&mut l, chat, t);
            let actual = if chat == 40 { at + late } else { at };
            l.started(chat, at, actual);
            went.push(actual);
            t = actual;
        }
        went
    }

    #[test]
    fn a_send_that_goes_late_pushes_back_those_after_it_instead_of_crowding_a_second() {
        let went = sends_with_one_late(Duration::from_millis(80));
        let mut sorted = went.clone();
        sorted.sort();
        let most = most_within(&sorted, SECOND);
        assert!(most <= 30, "{most} sends within a second");
        let pace = (SECOND + SAFETY) / 30;
        let closest = went.windows(2).map(|w| w[1] - w[0]).min().unwrap();
        assert!(closest >= pace / 2, "the next is not sent with the late one: {closest:?} apart");
        let on_time = sends_with_one_late(Duration::ZERO);
        let lost = (*went.last().unwrap() - went[0]) - (*on_time.last().unwrap() - on_time[0]);
        assert!(lost <= Duration::from_millis(80), "the rest lose the lateness once: {lost:?}");
    }

    /// The throttle as the sender's workers use it, many at once, on tokio's stopped clock.
    #[tokio::test(start_paused = true)]
    async fn workers_sending_at_once_keep_the_pace_the_second_and_each_chats_spacing() {
        use std::sync::Arc;
        let throttle = Arc::new(Throttle::new(Limits::TELEGRAM));
        let start = now();
        let mut workers = tokio::task::JoinSet::new();
        for chat in 0..40 {
            let throttle = throttle.clone();
            workers.spawn(async move {
                let mut went = Vec::new();
                // Two messages to each chat: the second waits its second, not the others.
                for _ in 0..2 {
                    throttle.wait_turn(chat, Lane::Bulk).await;
                    went.push((now(), chat));
                }
                went
            });
        }
        let mut went: Vec<(Instant, i64)> = workers.join_all().await.into_iter().flatten().collect();
        went.sort();
        let times: Vec<Instant> = went.iter().map(|(t, _)| *t).collect();
        let most = most_within(&times, SECOND);
        assert!(most <= 30, "{most} sends within a second");
        let closest = times.windows(2).map(|w| w[1] - w[0]).min().unwrap();
        assert!(closest >= Duration::from_millis(33), "never two at once: {closest:?}");
        for chat in 0..40 {
            let own: Vec<Instant> = went.iter().filter(|(_, c)| *c == chat).map(|(t, _)| *t).collect();
            assert!(own[1] - own[0] >= SECOND, "chat {chat}: {:?} apart", own[1] - own[0]);
        }
        let span = *times.last().unwrap() - start;
        assert!(span < Duration::from_millis(80 * 34), "80 messages at the pace: {span:?}");
    }

    /// A send to a person queues behind at most one bulk send, however many wait.
    #[tokio::test(start_paused = true)]
    async fn a_send_to_a_person_goes_ahead_of_the_bulk_sends_waiting() {
        use std::sync::Arc;
        let throttle = Arc::new(Throttle::new(Limits::TELEGRAM));
        let mut bulk = tokio::task::JoinSet::new();
        for chat in 0..60 {
            let throttle = throttle.clone();
            bulk.spawn(async move { throttle.wait_turn(chat, Lane::Bulk).await });
        }
        // The bulk sends are queued (two seconds of them at 30 a second).
        tokio::time::sleep(Duration::from_millis(100)).await;
        let asked = now();
        throttle.wait_turn(1_000, Lane::People).await;
        let waited = now() - asked;
        let pace = (SECOND + SAFETY) / 30;
        assert!(waited <= pace * 2, "a person waited {waited:?}, behind the queue");
        bulk.join_all().await;
    }

    #[test]
    fn a_group_gets_at_most_twenty_messages_a_minute() {
        let mut l = Limiter::new(Limits::TELEGRAM);
        let start = Instant::now();
        let mut slots: Vec<Instant> = Vec::new();
        let mut t = start;
        for _ in 0..45 {
            t = send(&mut l, -100, t);
            slots.push(t);
        }
        let most = most_within(&slots, MINUTE);
        assert!(most <= 20, "{most} within a minute");
    }

    #[test]
    fn unlimited_never_waits() {
        let mut l = Limiter::new(Limits::UNLIMITED);
        let now = Instant::now();
        assert!((0..10_000).all(|i| l.reserve(i % 3, now) == Slot::At(now)));
    }
}
