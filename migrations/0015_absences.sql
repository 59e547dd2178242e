-- An officer away (leave, a course, a mission) for some calendar days, inclusive, in the
-- committee's time zone; reminders and requests for the unit's tasks go to the named
-- colleague of the same unit, or to the unit's other officers, meanwhile.
CREATE TABLE absences (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES members (id),
    unit_id      INTEGER NOT NULL REFERENCES units (id),
    starts_on    TEXT    NOT NULL,
    ends_on      TEXT    NOT NULL CHECK (ends_on >= starts_on),
    stand_in_id  INTEGER REFERENCES members (id),
    created_at   TEXT    NOT NULL,
    cancelled_at TEXT
);
CREATE INDEX absences_unit ON absences (unit_id, ends_on) WHERE cancelled_at IS NULL;
