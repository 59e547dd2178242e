//! How a committee counts its tasks on a given day: done on time or late, in progress within
//! the deadline or behind (chậm tiến độ), not started; cancelled tasks left out; tasks without a
//! deadline counted apart. The one place these rules live: summaries, digests, charts and
//! spreadsheets all count through [`classify`].
//!
//! Open tasks are further placed on a grid of phase (not started, in progress, awaiting
//! confirmation) by deadline (within it, due soon, overdue, none), and tasks set aside
//! ([`Hold`]: suspended, or returned by their unit) are counted apart: never overdue.

use chrono::NaiveDate;

use super::{Hold, TaskStatus};

/// Where a task falls in a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bucket {
    DoneOnTime,
    DoneLate,
    /// In progress (or reported done, awaiting confirmation) within its deadline, or without one.
    InProgress,
    /// In progress past its deadline: behind schedule.
    InProgressOverdue,
    NotStarted,
    /// Not started and already past its deadline.
    NotStartedOverdue,
    Cancelled,
}

impl Bucket {
    pub fn is_done(self) -> bool {
        matches!(self, Bucket::DoneOnTime | Bucket::DoneLate)
    }

    pub fn is_overdue(self) -> bool {
        matches!(self, Bucket::InProgressOverdue | Bucket::NotStartedOverdue)
    }
}

/// The bucket of a task on `today`. The deadline is the current one (an approved extension
/// moves it); a completion reported on the deadline day is on time, and a task due today is
/// not yet late.
pub fn classify(
    status: TaskStatus,
    deadline: Option<NaiveDate>,
    completed_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Bucket {
    let late_by = |day: NaiveDate| deadline.is_some_and(|d| day > d);
    match status {
        TaskStatus::Cancelled => Bucket::Cancelled,
        TaskStatus::Done => {
            if completed_on.is_some_and(late_by) {
                Bucket::DoneLate
            } else {
                Bucket::DoneOnTime
            }
        }
        // Reported done and waiting for the secretariat: behind only if reported after the
        // deadline (or not reported by it).
        TaskStatus::AwaitingConfirmation => {
            if late_by(completed_on.unwrap_or(today)) {
                Bucket::InProgressOverdue
            } else {
                Bucket::InProgress
            }
        }
        TaskStatus::InProgress => {
            if late_by(today) {
                Bucket::InProgressOverdue
            } else {
                Bucket::InProgress
            }
        }
        TaskStatus::NotStarted => {
            if late_by(today) {
                Bucket::NotStartedOverdue
            } else {
                Bucket::NotStarted
            }
        }
    }
}

/// An open task's phase: a row of [`Counts::grid`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    NotStarted,
    InProgress,
    /// Reported done; the secretariat has yet to confirm.
    Awaiting,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::NotStarted, Phase::InProgress, Phase::Awaiting];

    pub fn of(status: TaskStatus) -> Option<Self> {
        match status {
            TaskStatus::NotStarted => Some(Phase::NotStarted),
            TaskStatus::InProgress => Some(Phase::InProgress),
            TaskStatus::AwaitingConfirmation => Some(Phase::Awaiting),
            TaskStatus::Done | TaskStatus::Cancelled => None,
        }
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// Where an open task stands against its deadline: a column of [`Counts::grid`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DueState {
    /// The deadline is further off than the due-soon window (or passed, for a completion
    /// reported by it and awaiting confirmation).
    Within,
    /// Due today or within the next few working days (`DONDOC_DUE_SOON_DAYS`).
    Soon,
    Overdue,
    NoDeadline,
}

impl DueState {
    pub const ALL: [DueState; 4] =
        [DueState::Within, DueState::Soon, DueState::Overdue, DueState::NoDeadline];

    const fn index(self) -> usize {
        self as usize
    }

    /// The state of an open task in `bucket`; `soon_until` is the last day that counts as due
    /// soon.
    pub fn of(bucket: Bucket, deadline: Option<NaiveDate>, today: NaiveDate, soon_until: NaiveDate) -> Self {
        if bucket.is_overdue() {
            return DueState::Overdue;
        }
        match deadline {
            None => DueState::NoDeadline,
            Some(d) if d >= today && d <= soon_until => DueState::Soon,
            Some(_) => DueState::Within,
        }
    }
}

/// The counts a report shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Every task but the cancelled ones.
    pub total: u32,
    pub done_on_time: u32,
    pub done_late: u32,
    /// In progress, including those behind schedule.
    pub in_progress: u32,
    /// Of those in progress, past their deadline.
    pub in_progress_overdue: u32,
    /// Not started, including those past their deadline.
    pub not_started: u32,
    pub not_started_overdue: u32,
    /// Open tasks without a deadline (ongoing), counted apart.
    pub no_deadline: u32,
    /// Open tasks more than 30 days late.
    pub late_over_30: u32,
    pub cancelled: u32,
    /// Open tasks not set aside, by [`Phase`] and [`DueState`] (see [`Counts::cell`]).
    pub grid: [[u32; 4]; 3],
    /// Set aside (in `total`, in no other count): suspended, returned by their unit.
    pub suspended: u32,
    pub returned: u32,
}

/// Tasks of one status (of one unit), counted by the database the way [`classify`] and
/// [`Counts::add`] count them one by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub status: TaskStatus,
    pub tasks: u32,
    /// Of those, late: done after the deadline; open (or reported done) past it.
    pub late: u32,
    pub no_deadline: u32,
    /// More than [`LONG_LATE_DAYS`] past the deadline on the day.
    pub long_late: u32,
    /// Of those, with a deadline from the day through the last day of the due-soon window.
    pub due_soon: u32,
    /// The hold on these tasks, if they are open and set aside.
    pub hold: Option<Hold>,
}

/// Days late past which a task is flagged in reports.
pub const LONG_LATE_DAYS: i64 = 30;

impl Counts {
    /// Adds one task, placed on the grid too (or set aside): the reference the database's
    /// [`Tally`] is tested against.
    pub fn add_task(
        &mut self,
        status: TaskStatus,
        hold: Option<Hold>,
        deadline: Option<NaiveDate>,
        completed_on: Option<NaiveDate>,
        today: NaiveDate,
        soon_until: NaiveDate,
    ) -> Bucket {
        let bucket = classify(status, deadline, completed_on, today);
        if let Some(hold) = hold.filter(|_| status.is_open()) {
            self.add_hold(hold, 1);
            return bucket;
        }
        self.add(bucket, deadline, today);
        if let Some(phase) = Phase::of(status) {
            self.grid[phase.index()][DueState::of(bucket, deadline, today, soon_until).index()] += 1;
        }
        bucket
    }

    fn add_hold(&mut self, hold: Hold, n: u32) {
        self.total += n;
        match hold {
            Hold::Suspended => self.suspended += n,
            Hold::Returned => self.returned += n,
        }
    }

    /// Open tasks of `phase` in `state`.
    pub fn cell(&self, phase: Phase, state: DueState) -> u32 {
        self.grid[phase.index()][state.index()]
    }

    /// Open tasks due today or within the due-soon window.
    pub fn due_soon(&self) -> u32 {
        Phase::ALL.iter().map(|p| self.cell(*p, DueState::Soon)).sum()
    }

    /// Reported done, awaiting the secretariat's confirmation (counted in `in_progress`).
    pub fn awaiting(&self) -> u32 {
        DueState::ALL.iter().map(|s| self.cell(Phase::Awaiting, *s)).sum()
    }

    /// The completion rate as the Government Office reports it, in percent: done ÷ (done +
    /// overdue not done); tasks still within their deadline are left out. `None` with nothing
    /// to divide by.
    pub fn completion_rate(&self) -> Option<f64> {
        let base = self.done() + self.overdue();
        (base > 0).then(|| f64::from(self.done()) * 100.0 / f64::from(base))
    }

    /// Done on time ÷ done, in percent; `None` when nothing is done.
    pub fn on_time_rate(&self) -> Option<f64> {
        let done = self.done();
        (done > 0).then(|| f64::from(self.done_on_time) * 100.0 / f64::from(done))
    }

    /// Adds one task.
    pub fn add(&mut self, bucket: Bucket, deadline: Option<NaiveDate>, today: NaiveDate) {
        self.add_bucket(bucket, 1);
        if bucket != Bucket::Cancelled && !bucket.is_done() {
            match deadline {
                None => self.no_deadline += 1,
                Some(d) if (today - d).num_days() > LONG_LATE_DAYS => self.late_over_30 += 1,
                Some(_) => {}
            }
        }
    }

    /// Adds the tasks of one status the database counted together (a national summary does
    /// not read 200,000 rows): each falls in the bucket [`classify`] gives a late, or a timely,
    /// task of that status.
    pub fn add_tally(&mut self, t: &Tally, today: NaiveDate) {
        if let Some(hold) = t.hold.filter(|_| t.status.is_open()) {
            self.add_hold(hold, t.tasks);
            return;
        }
        if let Some(phase) = Phase::of(t.status) {
            let row = &mut self.grid[phase.index()];
            row[DueState::Overdue.index()] += t.late;
            row[DueState::NoDeadline.index()] += t.no_deadline;
            row[DueState::Soon.index()] += t.due_soon;
            row[DueState::Within.index()] += t.tasks - t.late - t.no_deadline - t.due_soon;
        }
        let yesterday = today.pred_opt().unwrap_or(today);
        let late = classify(t.status, Some(yesterday), Some(today), today);
        let timely = classify(t.status, Some(today), Some(today), today);
        self.add_bucket(late, t.late);
        self.add_bucket(timely, t.tasks - t.late);
        if timely != Bucket::Cancelled && !timely.is_done() {
            self.no_deadline += t.no_deadline;
            self.late_over_30 += t.long_late;
        }
    }

    fn add_bucket(&mut self, bucket: Bucket, n: u32) {
        if bucket == Bucket::Cancelled {
            self.cancelled += n;
            return;
        }
        self.total += n;
        match bucket {
            Bucket::DoneOnTime => self.done_on_time += n,
            Bucket::DoneLate => self.done_late += n,
            Bucket::InProgress => self.in_progress += n,
            Bucket::InProgressOverdue => {
                self.in_progress += n;
                self.in_progress_overdue += n;
            }
            Bucket::NotStarted => self.not_started += n,
            Bucket::NotStartedOverdue => {
                self.not_started += n;
                self.not_started_overdue += n;
            }
            Bucket::Cancelled => {}
        }
    }

    pub fn done(&self) -> u32 {
        self.done_on_time + self.done_late
    }

    /// Open tasks past their deadline.
    pub fn overdue(&self) -> u32 {
        self.in_progress_overdue + self.not_started_overdue
    }

    /// The share done, in percent (0 when there is nothing to do).
    pub fn share_done(&self) -> f64 {
        if self.total == 0 { 0.0 } else { f64::from(self.done()) * 100.0 / f64::from(self.total) }
    }
}

/// Overdue tasks named in the summary.
pub const TOP_OVERDUE: usize = 10;

/// One unit's counts.
#[derive(Debug, Clone)]
pub struct UnitCounts {
    pub unit_id: i64,
    pub name: String,
    pub counts: Counts,
}

/// An overdue task, for lists.
#[derive(Debug, Clone)]
pub struct Overdue {
    pub id: i64,
    pub unit: String,
    pub days_late: i64,
    pub text: String,
}

/// What needs the chair, first in the summary and the weekly digest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attention {
    pub overdue: u32,
    pub due_soon: u32,
    /// Open tasks whose unit reported an obstacle.
    pub obstacles: u32,
    /// Requests for more time not yet decided.
    pub extensions: u32,
}

impl Attention {
    pub fn is_empty(&self) -> bool {
        *self == Attention::default()
    }
}

/// Everything a summary shows.
#[derive(Debug, Clone)]
pub struct Summary {
    pub today: NaiveDate,
    pub counts: Counts,
    pub attention: Attention,
    /// Units with tasks in the scope: most overdue first, then by name.
    pub units: Vec<UnitCounts>,
    /// The [`TOP_OVERDUE`] most overdue tasks, most late first; `counts.overdue()` says how
    /// many there are in all.
    pub overdue: Vec<Overdue>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32, m: u32, y: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// DOMAIN.md: "Năm 2023 có 47 nhiệm vụ, trong đó đã hoàn thành 7 nhiệm vụ, 1 nhiệm vụ chưa
    /// thực hiện, đang triển khai 39 nhiệm vụ (có 8 nhiệm vụ chậm tiến độ)".
    #[test]
    fn the_committees_example_of_forty_seven_tasks_counts_as_they_count_it() {
        let today = day(15, 8, 2023);
        let mut c = Counts::default();
        let mut add = |status, deadline: Option<NaiveDate>, completed: Option<NaiveDate>| {
            c.add(classify(status, deadline, completed, today), deadline, today);
        };
        for _ in 0..7 {
            add(TaskStatus::Done, Some(day(30, 6, 2023)), Some(day(20, 6, 2023)));
        }
        add(TaskStatus::NotStarted, Some(day(31, 12, 2023)), None);
        for _ in 0..31 {
            add(TaskStatus::InProgress, Some(day(30, 9, 2023)), None);
        }
        for _ in 0..8 {
            add(TaskStatus::InProgress, Some(day(30, 7, 2023)), None);
        }
        assert_eq!(c.total, 47);
        assert_eq!(c.done(), 7);
        assert_eq!(c.not_started, 1);
        assert_eq!(c.in_progress, 39);
        assert_eq!(c.in_progress_overdue, 8);
        assert_eq!(c.overdue(), 8);
        assert!((c.share_done() - 14.893).abs() < 0.01, "14,9%");
    }

    #[test]
    fn edge_cases_count_the_way_committees_expect() {
        let today = day(15, 8, 2023);
        // Due today: not late yet.
        assert_eq!(classify(TaskStatus::InProgress, Some(today), None, today), Bucket::InProgress);
        // Done after the deadline: done late; done on the deadline day: on time.
        assert_eq!(
            classify(TaskStatus::Done, Some(day(1, 8, 2023)), Some(day(3, 8, 2023)), today),
            Bucket::DoneLate
        );
        assert_eq!(
            classify(TaskStatus::Done, Some(day(1, 8, 2023)), Some(day(1, 8, 2023)), today),
            Bucket::DoneOnTime
        );
        // An approved extension moved the deadline: measured against the new one.
        assert_eq!(
            classify(TaskStatus::Done, Some(day(30, 9, 2023)), Some(day(3, 8, 2023)), today),
            Bucket::DoneOnTime
        );
        assert_eq!(classify(TaskStatus::InProgress, Some(day(30, 9, 2023)), None, today), Bucket::InProgress);
        // No deadline: never late, counted apart.
        assert_eq!(classify(TaskStatus::NotStarted, None, None, today), Bucket::NotStarted);
        // Not started past the deadline: overdue too.
        assert_eq!(
            classify(TaskStatus::NotStarted, Some(day(1, 8, 2023)), None, today),
            Bucket::NotStartedOverdue
        );
        // Reported done on time, awaiting confirmation after the deadline: not behind.
        assert_eq!(
            classify(TaskStatus::AwaitingConfirmation, Some(day(10, 8, 2023)), Some(day(9, 8, 2023)), today),
            Bucket::InProgress
        );
        assert_eq!(classify(TaskStatus::Cancelled, Some(day(1, 1, 2023)), None, today), Bucket::Cancelled);

        let mut c = Counts::default();
        for (status, deadline, completed) in [
            (TaskStatus::Cancelled, Some(day(1, 1, 2023)), None),
            (TaskStatus::InProgress, None, None),
            (TaskStatus::InProgress, Some(day(1, 7, 2023)), None),
            (TaskStatus::NotStarted, Some(day(10, 8, 2023)), None),
            (TaskStatus::Done, Some(day(1, 8, 2023)), Some(day(3, 8, 2023))),
        ] {
            c.add(classify(status, deadline, completed, today), deadline, today);
        }
        assert_eq!(
            c,
            Counts {
                total: 4,
                done_on_time: 0,
                done_late: 1,
                in_progress: 2,
                in_progress_overdue: 1,
                not_started: 1,
                not_started_overdue: 1,
                no_deadline: 1,
                late_over_30: 1,
                cancelled: 1,
                ..Counts::default()
            }
        );
        assert_eq!(c.overdue(), 2);
        assert_eq!(Counts::default().share_done(), 0.0);
    }

    /// Every phase in every deadline state, and both holds; the rates by their definitions.
    #[test]
    fn the_grid_holds_and_rates_count_each_task_once() {
        let today = day(15, 8, 2023);
        let soon = day(18, 8, 2023);
        let mut c = Counts::default();
        let tasks = [
            (TaskStatus::NotStarted, None, Some(day(30, 9, 2023)), None),
            (TaskStatus::NotStarted, None, Some(day(15, 8, 2023)), None),
            (TaskStatus::NotStarted, None, Some(day(1, 8, 2023)), None),
            (TaskStatus::NotStarted, None, None, None),
            (TaskStatus::InProgress, None, Some(day(18, 8, 2023)), None),
            (TaskStatus::InProgress, None, Some(day(19, 8, 2023)), None),
            (TaskStatus::InProgress, None, Some(day(14, 8, 2023)), None),
            (TaskStatus::AwaitingConfirmation, None, Some(day(10, 8, 2023)), Some(day(9, 8, 2023))),
            (TaskStatus::AwaitingConfirmation, None, Some(day(10, 8, 2023)), Some(day(11, 8, 2023))),
            (TaskStatus::AwaitingConfirmation, None, Some(day(16, 8, 2023)), Some(day(14, 8, 2023))),
            (TaskStatus::Done, None, Some(day(1, 8, 2023)), Some(day(1, 8, 2023))),
            (TaskStatus::Done, None, Some(day(1, 8, 2023)), Some(day(2, 8, 2023))),
            (TaskStatus::Done, None, None, Some(day(2, 8, 2023))),
            (TaskStatus::InProgress, Some(Hold::Suspended), Some(day(1, 1, 2023)), None),
            (TaskStatus::NotStarted, Some(Hold::Returned), Some(day(1, 1, 2023)), None),
            // A hold left on a finished task does not apply.
            (TaskStatus::Done, Some(Hold::Suspended), Some(day(1, 8, 2023)), Some(day(1, 8, 2023))),
        ];
        for (status, hold, deadline, completed) in tasks {
            c.add_task(status, hold, deadline, completed, today, soon);
        }
        let row = |p| DueState::ALL.map(|s| c.cell(p, s));
        assert_eq!(row(Phase::NotStarted), [1, 1, 1, 1]);
        assert_eq!(row(Phase::InProgress), [1, 1, 1, 0]);
        assert_eq!(row(Phase::Awaiting), [1, 1, 1, 0]);
        assert_eq!((c.suspended, c.returned), (1, 1));
        assert_eq!(c.total, 16);
        assert_eq!((c.done_on_time, c.done_late), (3, 1));
        assert_eq!(c.overdue(), 3);
        assert_eq!(c.due_soon(), 3);
        assert_eq!(c.awaiting(), 3);
        // 4 done ÷ (4 done + 3 overdue); 3 on time ÷ 4 done.
        assert!((c.completion_rate().unwrap() - 400.0 / 7.0).abs() < 1e-9);
        assert_eq!(c.on_time_rate(), Some(75.0));
        assert_eq!(Counts::default().completion_rate(), None);
        assert_eq!(Counts::default().on_time_rate(), None);
    }
}
