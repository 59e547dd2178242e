-- Imports of conclusion notices and spreadsheets: the proposals the secretariat reviews
-- before anything becomes a task.
CREATE TABLE imports (
    id               INTEGER PRIMARY KEY,
    member_id        INTEGER REFERENCES members (id),
    name             TEXT    NOT NULL,
    source_document  TEXT,
    doc_date         TEXT,
    fingerprint      TEXT    NOT NULL,
    -- A group named as lead ("các sở, ban, ngành"): one task per unit (1) or one for the group (0).
    split_groups     INTEGER NOT NULL DEFAULT 1 CHECK (split_groups IN (0, 1)),
    state            TEXT    NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'confirmed', 'cancelled')),
    created_at       TEXT    NOT NULL,
    confirmed_at     TEXT,
    task_count       INTEGER
);
CREATE INDEX imports_fingerprint ON imports (fingerprint, state);

CREATE TABLE import_items (
    import_id        INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    item             TEXT,
    text             TEXT    NOT NULL,
    leads            TEXT    NOT NULL,
    co_units         TEXT    NOT NULL,
    deadline         TEXT,
    programme        TEXT    NOT NULL,
    source_document  TEXT,
    code             TEXT,
    dropped          INTEGER NOT NULL DEFAULT 0 CHECK (dropped IN (0, 1)),
    PRIMARY KEY (import_id, seq)
);
