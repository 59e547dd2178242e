-- The number of a document a report names ("45/KH-UBND"), kept as the evidence of completion.
ALTER TABLE status_reports ADD COLUMN document TEXT;
