-- Summaries count a scope's tasks by lead unit and status in SQL; with the deadline and the
-- completion day in the index, a national count reads the index alone, in group order. It
-- replaces `tasks_lead_unit`, its prefix.
DROP INDEX tasks_lead_unit;
CREATE INDEX tasks_counting ON tasks (lead_unit_id, status, deadline, completed_on);
