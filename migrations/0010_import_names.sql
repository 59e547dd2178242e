-- How a notice writes each lead and co-unit, and its deadline's words, beside what they stand for.
ALTER TABLE import_items ADD COLUMN lead_names TEXT NOT NULL DEFAULT '[]';
ALTER TABLE import_items ADD COLUMN co_names TEXT NOT NULL DEFAULT '[]';
ALTER TABLE import_items ADD COLUMN deadline_text TEXT;
