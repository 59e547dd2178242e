-- Recurring obligations ("báo cáo trước ngày 20 hằng tháng"): a series says how often the
-- task falls due; each period is its own task (an occurrence), with its own deadline,
-- reminders, reports and status, so that everything that counts and chases tasks counts and
-- chases occurrences. A series is numbered by its first occurrence's task id: NV-0042/11-2026
-- is the November 2026 occurrence of series 42.
CREATE TABLE series (
    id         INTEGER PRIMARY KEY,
    -- The recurrence as `Recurrence`'s Display writes it: every:month:20, every:week:5, ...
    rule       TEXT    NOT NULL,
    starts_on  TEXT    NOT NULL,
    ends_on    TEXT,
    created_at TEXT    NOT NULL
);
ALTER TABLE tasks ADD COLUMN series_id INTEGER REFERENCES series (id);
-- The occurrence's period as its code shows it: 11-2026, Q4-2026, H2-2026, 2026, W48-2026.
ALTER TABLE tasks ADD COLUMN period TEXT;
CREATE UNIQUE INDEX tasks_series_period ON tasks (series_id, period) WHERE series_id IS NOT NULL;
