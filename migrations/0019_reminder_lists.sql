-- One morning message per person (a list of the tasks that call for a reminder that day),
-- not one per task. Sending a reminder now happens in two steps, each in its own
-- transactions: first who gets which reminder is recorded (a delivery with no message yet),
-- then each person's recorded deliveries are composed into one message and pointed at it. A
-- crash between the two leaves the deliveries to compose at the next start; a delivery is
-- pointed at one message only, so no list goes twice.
--
-- `unreached` says why the secretariat got a unit's reminder (`fallback`); `absence_id`, whose
-- absence the officer covered. Both were in the message's words before; a list is drawn
-- again when its pages are turned, so they are kept.
--
-- SQLite cannot drop NOT NULL in place: the table is rebuilt.
CREATE TABLE reminder_deliveries_new (
    reminder_id  INTEGER NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
    chat_id      INTEGER NOT NULL,
    member_id    INTEGER REFERENCES members (id),
    outbox_id    INTEGER REFERENCES outbox (id),
    reason       TEXT    NOT NULL CHECK (reason IN ('lead', 'co_unit', 'fallback', 'leadership')),
    unreached    TEXT    CHECK (unreached IN ('no_officer', 'blocked', 'away')),
    absence_id   INTEGER REFERENCES absences (id),
    PRIMARY KEY (reminder_id, chat_id)
);
INSERT INTO reminder_deliveries_new (reminder_id, chat_id, member_id, outbox_id, reason)
SELECT reminder_id, chat_id, member_id, outbox_id, reason FROM reminder_deliveries;
DROP TABLE reminder_deliveries;
ALTER TABLE reminder_deliveries_new RENAME TO reminder_deliveries;
CREATE INDEX reminder_deliveries_outbox ON reminder_deliveries (outbox_id);
-- The deliveries still to compose, by recipient.
CREATE INDEX reminder_deliveries_unsent ON reminder_deliveries (chat_id) WHERE outbox_id IS NULL;
