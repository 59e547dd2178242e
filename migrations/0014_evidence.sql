-- Evidence of completion: the files an officer sends for a task. The file stays with the
-- messenger; dondoc keeps its id there (to send it again without uploading), what it is, and a
-- SHA-256 of its bytes, so the office can tell later that the file it checked is the one filed.
CREATE TABLE evidence (
    id              INTEGER PRIMARY KEY,
    task_id         INTEGER NOT NULL REFERENCES tasks (id),
    member_id       INTEGER REFERENCES members (id),
    kind            TEXT NOT NULL CHECK (kind IN ('document', 'photo')),
    file_ref        TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    mime_type       TEXT,
    size            INTEGER NOT NULL,
    sha256          TEXT NOT NULL,
    document_number TEXT,
    caption         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    -- The same bytes filed twice for one task are one piece of evidence.
    UNIQUE (task_id, sha256)
);
CREATE INDEX evidence_task ON evidence (task_id, id);
