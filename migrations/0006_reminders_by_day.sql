-- Reminders keyed by day first. Planning adds one new day a day for every chased task; keyed
-- by task first (as in 0003), those rows landed all over two indexes and a day's planning of
-- a national dataset rewrote most of their pages. Keyed by day, a new day's rows go at the
-- end. A task's planned rows are found through the few days that can hold them (from the
-- earliest one due to the last one planned), so no index by task is kept.
--
-- SQLite cannot change a table's key in place: both tables are rebuilt, ids kept. Deliveries
-- go first, so dropping the old reminders cascades to nothing.
CREATE TABLE reminders_new (
    id          INTEGER PRIMARY KEY,
    task_id     INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    occasion    TEXT    NOT NULL CHECK (occasion IN ('ahead', 'due', 'overdue', 'escalation', 'quiet')),
    days        INTEGER NOT NULL,
    local_day   TEXT    NOT NULL,
    due_at      TEXT    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'sent', 'skipped', 'cancelled')),
    planned_at  TEXT    NOT NULL,
    settled_at  TEXT,
    UNIQUE (local_day, task_id, occasion)
);
INSERT INTO reminders_new (id, task_id, occasion, days, local_day, due_at, state, planned_at, settled_at)
SELECT id, task_id, occasion, days, local_day, due_at, state, planned_at, settled_at FROM reminders ORDER BY id;

CREATE TABLE reminder_deliveries_new (
    reminder_id  INTEGER NOT NULL REFERENCES reminders_new (id) ON DELETE CASCADE,
    chat_id      INTEGER NOT NULL,
    member_id    INTEGER REFERENCES members (id),
    outbox_id    INTEGER NOT NULL REFERENCES outbox (id),
    reason       TEXT    NOT NULL CHECK (reason IN ('lead', 'co_unit', 'fallback', 'leadership')),
    PRIMARY KEY (reminder_id, chat_id)
);
INSERT INTO reminder_deliveries_new (reminder_id, chat_id, member_id, outbox_id, reason)
SELECT reminder_id, chat_id, member_id, outbox_id, reason FROM reminder_deliveries;

DROP TABLE reminder_deliveries;
DROP TABLE reminders;
-- Renaming also renames the deliveries' reference to `reminders`.
ALTER TABLE reminders_new RENAME TO reminders;
ALTER TABLE reminder_deliveries_new RENAME TO reminder_deliveries;
CREATE INDEX reminders_due ON reminders (due_at) WHERE state = 'planned';
CREATE INDEX reminder_deliveries_outbox ON reminder_deliveries (outbox_id);
