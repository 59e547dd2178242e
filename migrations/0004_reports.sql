-- Scheduled reports (weekly digests, monthly/quarterly/half-year/yearly reports): one row per
-- kind and period, written in the transaction that queues the report, so each runs once.
CREATE TABLE report_runs (
    kind    TEXT NOT NULL,
    period  TEXT NOT NULL,
    ran_at  TEXT NOT NULL,
    PRIMARY KEY (kind, period)
);

-- Reports filter tasks by year and programme, and by the deadline within a period.
CREATE INDEX tasks_year ON tasks (year, programme);
