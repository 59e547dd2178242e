-- An open task may be set aside: suspended (tạm dừng) by the chair or the secretariat, or
-- returned by its lead unit's officer as not the unit's, until the secretariat assigns it to
-- another unit. A held task is not chased and not counted as under way or overdue; its status
-- stays what it was, so resuming it picks up where it stood.
--
-- Columns only: the status's CHECK constraint (0011) is left as it is, and `tasks` need not be
-- rebuilt.
ALTER TABLE tasks ADD COLUMN hold TEXT CHECK (hold IN ('suspended', 'returned'));
ALTER TABLE tasks ADD COLUMN hold_reason TEXT;
ALTER TABLE tasks ADD COLUMN hold_by INTEGER REFERENCES members (id);
ALTER TABLE tasks ADD COLUMN hold_at TEXT;
