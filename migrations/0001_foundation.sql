-- dondoc's foundation schema.
-- Dates (deadlines, completion days) are ISO calendar dates in the committee's time zone;
-- instants (`*_at`) are UTC, RFC 3339 text as sqlx writes chrono's DateTime<Utc>.

-- Agencies: departments, police, districts, companies. Names change with reforms, so units
-- are data; the matching keys live in unit_aliases.
CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    short_name  TEXT    NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE UNIQUE INDEX units_name ON units (name);

-- Every spelling a person may type for a unit (full name, short name, aliases), folded:
-- lower case, no diacritics, single spaces. The folded key is what lookups compare.
CREATE TABLE unit_aliases (
    unit_id  INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    alias    TEXT    NOT NULL,
    folded   TEXT    NOT NULL,
    PRIMARY KEY (unit_id, folded)
);
CREATE INDEX unit_aliases_folded ON unit_aliases (folded);

-- People who use the bot. A private chat's id is the user's id, so telegram_id is also where
-- private messages go. Removed members are deactivated, not deleted: history points at them.
CREATE TABLE members (
    id            INTEGER PRIMARY KEY,
    telegram_id   INTEGER NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL,
    unit_id       INTEGER REFERENCES units (id),
    role          TEXT    NOT NULL CHECK (role IN ('chair', 'deputy', 'secretariat', 'officer')),
    language      TEXT    CHECK (language IN ('vi', 'en')),
    reachable     INTEGER NOT NULL DEFAULT 1 CHECK (reachable IN (0, 1)),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
CREATE INDEX members_unit ON members (unit_id) WHERE active = 1;

-- The committee's group chats, where the chair asks for summaries and digests are posted.
CREATE TABLE groups (
    id             INTEGER PRIMARY KEY,
    chat_id        INTEGER NOT NULL UNIQUE,
    title          TEXT    NOT NULL,
    registered_by  INTEGER REFERENCES members (id),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT    NOT NULL
);

-- Tasks assigned by the chair. `code` is what people type (NV-0042); `deadline` is NULL for
-- ongoing tasks ("thường xuyên"); `original_deadline` keeps the first one when extended.
CREATE TABLE tasks (
    id                 INTEGER PRIMARY KEY,
    code               TEXT    NOT NULL UNIQUE,
    item_number        TEXT,
    text               TEXT    NOT NULL,
    programme          TEXT    NOT NULL CHECK (programme IN ('cds', 'da06', 'other')),
    source_document    TEXT,
    year               INTEGER,
    lead_unit_id       INTEGER NOT NULL REFERENCES units (id),
    deadline           TEXT,
    original_deadline  TEXT,
    status             TEXT    NOT NULL DEFAULT 'not_started'
                       CHECK (status IN ('not_started', 'in_progress', 'awaiting_confirmation',
                                         'done', 'cancelled')),
    progress           INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    has_obstacle       INTEGER NOT NULL DEFAULT 0 CHECK (has_obstacle IN (0, 1)),
    completed_on       TEXT,
    last_report_at     TEXT,
    created_by         INTEGER REFERENCES members (id),
    created_at         TEXT    NOT NULL,
    updated_by         INTEGER REFERENCES members (id),
    updated_at         TEXT    NOT NULL
);
CREATE INDEX tasks_lead_unit ON tasks (lead_unit_id, status);
CREATE INDEX tasks_open_deadline ON tasks (deadline) WHERE status NOT IN ('done', 'cancelled');

CREATE TABLE task_co_units (
    task_id  INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    unit_id  INTEGER NOT NULL REFERENCES units (id),
    PRIMARY KEY (task_id, unit_id)
);
CREATE INDEX task_co_units_unit ON task_co_units (unit_id);

-- A task's history: what officers reported, in their own words (`text`), and how the bot read
-- it; and the decisions taken on those reports (confirmed, returned, extension decided).
CREATE TABLE status_reports (
    id           INTEGER PRIMARY KEY,
    task_id      INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    member_id    INTEGER REFERENCES members (id),
    reported_at  TEXT    NOT NULL,
    kind         TEXT    NOT NULL
                 CHECK (kind IN ('done', 'in_progress', 'not_started', 'obstacle', 'extension', 'note',
                                 'confirmed', 'returned', 'extension_approved', 'extension_rejected')),
    percent      INTEGER CHECK (percent BETWEEN 0 AND 100),
    text         TEXT    NOT NULL,
    source       TEXT    NOT NULL CHECK (source IN ('button', 'reply', 'command', 'import', 'decision'))
);
CREATE INDEX status_reports_task ON status_reports (task_id, reported_at);

-- Who changed what, when. `detail` is JSON (before/after values).
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    member_id  INTEGER REFERENCES members (id),
    action     TEXT    NOT NULL,
    entity     TEXT    NOT NULL,
    entity_id  INTEGER,
    detail     TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- Updates received from Telegram, written before they are acknowledged to Telegram, and marked
-- processed in the same transaction as their effects: a crash neither loses nor repeats one.
CREATE TABLE inbox (
    update_id     INTEGER PRIMARY KEY,
    payload       TEXT    NOT NULL,
    received_at   TEXT    NOT NULL,
    processed_at  TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX inbox_pending ON inbox (update_id) WHERE processed_at IS NULL;

-- Everything the bot says is written here in the transaction that decided to say it, then
-- delivered by the sender with retries. `message_id` is Telegram's id once sent, so a reply
-- to that message can be traced back to its task.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    body        TEXT    NOT NULL,
    attachment  BLOB,
    task_id     INTEGER REFERENCES tasks (id) ON DELETE SET NULL,
    purpose     TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    not_before  TEXT    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    sent_at     TEXT,
    message_id  INTEGER
);
CREATE INDEX outbox_pending ON outbox (not_before, id) WHERE state = 'pending';
CREATE INDEX outbox_message ON outbox (chat_id, message_id) WHERE message_id IS NOT NULL;

-- Committee-wide settings the secretariat can change at run time (key → JSON value).
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
