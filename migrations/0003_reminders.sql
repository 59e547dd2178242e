-- Reminders: planned occasions per task, and who each was delivered to.

-- A task's own schedule, when it differs from the committee's: "7,3,1,0" and "08:00".
ALTER TABLE tasks ADD COLUMN remind_days TEXT;
ALTER TABLE tasks ADD COLUMN remind_hour TEXT;

-- One row per task, occasion and local day, planned ahead of time so a restart neither loses
-- nor repeats it. `due_at` is the UTC instant it goes out. Sent, skipped (a later one of the
-- same task went instead after downtime) and cancelled (the task changed) rows are kept.
CREATE TABLE reminders (
    id          INTEGER PRIMARY KEY,
    task_id     INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    occasion    TEXT    NOT NULL CHECK (occasion IN ('ahead', 'due', 'overdue', 'escalation', 'quiet')),
    days        INTEGER NOT NULL,
    local_day   TEXT    NOT NULL,
    due_at      TEXT    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'sent', 'skipped', 'cancelled')),
    planned_at  TEXT    NOT NULL,
    settled_at  TEXT,
    UNIQUE (task_id, occasion, local_day)
);
CREATE INDEX reminders_due ON reminders (due_at) WHERE state = 'planned';
CREATE INDEX reminders_task ON reminders (task_id, state);

-- Who a sent reminder went to, and through which outbox message: the recipient (task, person
-- and occasion) record, and the way back from a delivery failure to its reminder.
CREATE TABLE reminder_deliveries (
    reminder_id  INTEGER NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
    chat_id      INTEGER NOT NULL,
    member_id    INTEGER REFERENCES members (id),
    outbox_id    INTEGER NOT NULL REFERENCES outbox (id),
    reason       TEXT    NOT NULL CHECK (reason IN ('lead', 'co_unit', 'fallback', 'leadership')),
    PRIMARY KEY (reminder_id, chat_id)
);
CREATE INDEX reminder_deliveries_outbox ON reminder_deliveries (outbox_id);
