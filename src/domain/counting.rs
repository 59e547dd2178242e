//! How a committee counts its tasks on a given day: done on time or late, in progress within
//! the deadline or behind (chậm tiến độ), not started; cancelled tasks left out; tasks without a
//! deadline counted apart. The one place these rules live: summaries, digests, charts and
//! spreadsheets all count through [`classify`].

use chrono::NaiveDate;

use super::TaskStatus;

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
}

/// Days late past which a task is flagged in reports.
pub const LONG_LATE_DAYS: i64 = 30;

impl Counts {
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

/// Everything a summary shows.
#[derive(Debug, Clone)]
pub struct Summary {
    pub today: NaiveDate,
    pub counts: Counts,
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
            }
        );
        assert_eq!(c.overdue(), 2);
        assert_eq!(Counts::default().share_done(), 0.0);
    }
}
