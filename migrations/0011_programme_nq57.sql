-- no-transaction
-- A task may belong to Nghị quyết 57-NQ/TW ('nq57'), the programme that since 2025 gives the
-- provincial steering committee its name and most of its tasks.
--
-- SQLite cannot change a CHECK constraint in place: `tasks` is rebuilt, ids and every column
-- kept. Dropping the old table with foreign keys on would cascade to the reports, co-units,
-- reminders and extension requests that refer to it, so foreign keys are off while it is
-- rebuilt, which only works outside a transaction (hence `no-transaction` above) and the
-- rebuild is its own transaction. Run again after a crash between its commit and sqlx's
-- bookkeeping, it rebuilds the new table into the same one.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;

CREATE TABLE tasks_new (
    id                 INTEGER PRIMARY KEY,
    code               TEXT    NOT NULL UNIQUE,
    item_number        TEXT,
    text               TEXT    NOT NULL,
    programme          TEXT    NOT NULL CHECK (programme IN ('cds', 'da06', 'nq57', 'other')),
    source_document    TEXT,
    year               INTEGER,
    lead_unit_id       INTEGER NOT NULL REFERENCES units (id),
    deadline           TEXT,
    original_deadline  TEXT,
    status             TEXT    NOT NULL DEFAULT 'not_started'
                       CHECK (status IN ('not_started', 'in_progress', 'awaiting_confirmation',
                                         'done', 'cancelled')),
    progress           INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    has_obstacle       INTEGER NOT NULL DEFAULT 0 CHECK (has_obstacle IN (0, 1)),
    completed_on       TEXT,
    last_report_at     TEXT,
    created_by         INTEGER REFERENCES members (id),
    created_at         TEXT    NOT NULL,
    updated_by         INTEGER REFERENCES members (id),
    updated_at         TEXT    NOT NULL,
    remind_days        TEXT,
    remind_hour        TEXT
);
INSERT INTO tasks_new (id, code, item_number, text, programme, source_document, year, lead_unit_id,
                       deadline, original_deadline, status, progress, has_obstacle, completed_on,
                       last_report_at, created_by, created_at, updated_by, updated_at, remind_days,
                       remind_hour)
SELECT id, code, item_number, text, programme, source_document, year, lead_unit_id, deadline,
       original_deadline, status, progress, has_obstacle, completed_on, last_report_at, created_by,
       created_at, updated_by, updated_at, remind_days, remind_hour
FROM tasks ORDER BY id;

DROP TABLE tasks;
-- The tables referring to `tasks` by name refer to the new one once it has the name.
ALTER TABLE tasks_new RENAME TO tasks;

-- The indexes of 0001, 0004, 0007 and 0008, as they were.
CREATE INDEX tasks_open_deadline ON tasks (deadline) WHERE status NOT IN ('done', 'cancelled');
CREATE INDEX tasks_year ON tasks (year, programme);
CREATE INDEX tasks_counting ON tasks (lead_unit_id, status, deadline, completed_on);
CREATE INDEX tasks_silence ON tasks ((unixepoch(COALESCE(last_report_at, created_at)) / 86400))
    WHERE status IN ('not_started', 'in_progress');
CREATE INDEX tasks_own_schedule ON tasks (id) WHERE remind_days IS NOT NULL;

COMMIT;
PRAGMA foreign_keys = ON;
