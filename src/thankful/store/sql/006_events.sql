-- Events: a wedding, a shower, a funeral ... groups the gifts of one occasion. Its gift list comes from a
-- registry or spreadsheet export; each gift belongs to the household that gave it and to the moment (and so
-- the note) that thanks them for it. `row_key` is what makes a row the same row in a later export, so
-- importing a file again adds nothing.
CREATE TABLE events (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    on_date  TEXT,
    writers  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(writers)),
    created  TEXT
);

CREATE UNIQUE INDEX events_by_name ON events (name COLLATE NOCASE);

CREATE TABLE gifts (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    moment_id INTEGER REFERENCES moments(id) ON DELETE SET NULL,
    what      TEXT NOT NULL DEFAULT '',
    quantity  INTEGER NOT NULL DEFAULT 1,
    value     REAL,                          -- the giver's spend, for the couple's records: never in a note
    money     INTEGER NOT NULL DEFAULT 0,    -- cash, a check, a gift card, a cash fund
    fund      TEXT NOT NULL DEFAULT '',      -- the cash fund it went to ("Honeymoon Fund")
    message   TEXT NOT NULL DEFAULT '',      -- the giver's own message
    received  TEXT,
    side      TEXT NOT NULL DEFAULT '',      -- whose side the giver is on, when the file says
    thanked   TEXT,                          -- when the file says the gift was thanked
    row_key   TEXT NOT NULL,
    line      INTEGER,                       -- where it was in the file it came from
    created   TEXT
);

CREATE UNIQUE INDEX gifts_by_row ON gifts (event_id, row_key);
CREATE INDEX gifts_by_event ON gifts (event_id, moment_id, person_id);
CREATE INDEX gifts_by_moment ON gifts (moment_id);
CREATE INDEX gifts_by_person ON gifts (person_id);

-- Who writes which note, when two (or more) people share an event's notes; a note with no row is anyone's.
CREATE TABLE note_writers (
    note_id INTEGER PRIMARY KEY REFERENCES notes(id) ON DELETE CASCADE,
    writer  TEXT NOT NULL
);

CREATE INDEX note_writers_by_writer ON note_writers (writer COLLATE NOCASE, note_id);
