-- The daily planning finds the tasks with a reminder on the new day through indexes instead
-- of reading every open task: by deadline (the open-deadline index), by the day of the last
-- activity a silence counts from (this expression, exactly as `store::reminders` writes it),
-- and the few tasks with reminder days of their own.
CREATE INDEX tasks_silence ON tasks ((unixepoch(COALESCE(last_report_at, created_at)) / 86400))
    WHERE status IN ('not_started', 'in_progress');
CREATE INDEX tasks_own_schedule ON tasks (id) WHERE remind_days IS NOT NULL;
