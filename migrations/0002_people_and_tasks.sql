-- Registration, extension requests, dialogues and paged lists.

-- Single-use invite codes behind the deep links the secretariat hands out.
CREATE TABLE invites (
    code        TEXT    PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES units (id),
    role        TEXT    NOT NULL CHECK (role IN ('chair', 'deputy', 'secretariat', 'officer')),
    created_by  INTEGER REFERENCES members (id),
    created_at  TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL,
    used_by     INTEGER REFERENCES members (id),
    used_at     TEXT
);

-- An officer's request for more time, decided by the chair, a deputy or the secretariat.
CREATE TABLE extension_requests (
    id                  INTEGER PRIMARY KEY,
    task_id             INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    member_id           INTEGER REFERENCES members (id),
    requested_deadline  TEXT    NOT NULL,
    previous_deadline   TEXT,
    reason              TEXT    NOT NULL DEFAULT '',
    state               TEXT    NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'approved', 'rejected', 'superseded')),
    decided_by          INTEGER REFERENCES members (id),
    decided_at          TEXT,
    created_at          TEXT    NOT NULL
);
CREATE INDEX extension_requests_task ON extension_requests (task_id, state);

-- Where a member is in a multi-step conversation (JSON), per chat; kept across restarts.
CREATE TABLE dialogues (
    chat_id     INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    state       TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (chat_id, user_id)
);

-- A list a member asked for (its filter), so page buttons carry only the view's id.
CREATE TABLE list_views (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES members (id),
    kind        TEXT    NOT NULL,
    params      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
