-- Answers to people go ahead of bulk sends (reminders, digests, scheduled reports): the sender
-- reads pending messages lane by lane, people's first.
ALTER TABLE outbox ADD COLUMN bulk INTEGER GENERATED ALWAYS AS (purpose IN ('reminder', 'digest')) VIRTUAL;
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (bulk, not_before, id) WHERE state = 'pending';

-- When a message was given up on, and when the secretariat was told: once a day they hear
-- which messages could not be delivered, and to whom.
ALTER TABLE outbox ADD COLUMN failed_at TEXT;
ALTER TABLE outbox ADD COLUMN failure_told_at TEXT;
CREATE INDEX outbox_failed_untold ON outbox (failed_at) WHERE state = 'failed' AND failure_told_at IS NULL;

-- What is kept only for a while (delivered messages, handled updates, old dialogues and list
-- views) is pruned by age.
CREATE INDEX outbox_done ON outbox (created_at) WHERE state <> 'pending';
CREATE INDEX inbox_processed ON inbox (processed_at) WHERE processed_at IS NOT NULL;
