-- Events: a wedding, a shower, a funeral ... groups the gifts of one occasion. Its gift list comes from a
-- registry or spreadsheet export; each gift belongs to the household that gave it and to the moment (and so
-- the note) that thanks them for it. `row_key` is what makes a row the same row in a later export, so
-- importing a file again adds nothing.
CREATE TABLE events (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    on_date  TEXT,
    writers  TEXT NOT NULL DEFAULT '',  -- who writes its notes, one name a line (names never hold a new line)
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
CREATE INDEX gifts_by_event ON gifts (event_id, person_id);
CREATE INDEX gifts_by_moment ON gifts (moment_id);
CREATE INDEX gifts_by_person ON gifts (person_id);

-- Who writes which note, when two (or more) people share an event's notes; a note with no row is anyone's.
CREATE TABLE note_writers (
    note_id INTEGER PRIMARY KEY REFERENCES notes(id) ON DELETE CASCADE,
    writer  TEXT NOT NULL
);

CREATE INDEX note_writers_by_writer ON note_writers (writer COLLATE NOCASE, note_id);

-- The notes of each event, with what `thankful event show` counts kept beside them: that command runs as often
-- as `owed`, and counting 10,000 gifts' notes through their moments, people and writers on every call would
-- cost more than all the rest of it. The import adds a row with each note it makes; the triggers below keep the
-- copied columns equal to the notes, people and writers they come from, whatever command changes those.
CREATE TABLE event_notes (
    note_id    INTEGER PRIMARY KEY REFERENCES notes(id) ON DELETE CASCADE,
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL,
    status     TEXT NOT NULL,
    posted     INTEGER NOT NULL DEFAULT 0,   -- sent as a card: in the mail
    due        TEXT,
    printed    INTEGER NOT NULL DEFAULT 0,
    paper      INTEGER NOT NULL DEFAULT 1,   -- travels as a card or by hand: needs a postal address
    no_address INTEGER NOT NULL DEFAULT 0,
    writer     TEXT
);

CREATE INDEX event_notes_summary ON event_notes (event_id, status, posted, writer);
CREATE INDEX event_notes_by_person ON event_notes (person_id);
-- Open notes only, so `event show` counts the overdue, the printed and those lacking an address by reading
-- just those rows (each index holds every column its count reads).
CREATE INDEX event_notes_open_by_due ON event_notes (event_id, due, status) WHERE status IN ('owed', 'drafted');
CREATE INDEX event_notes_printed ON event_notes (event_id, status, printed)
    WHERE printed AND status IN ('owed', 'drafted');
CREATE INDEX event_notes_no_address ON event_notes (event_id, status, paper, no_address)
    WHERE paper AND no_address AND status IN ('owed', 'drafted');

CREATE TRIGGER event_notes_follow_notes AFTER UPDATE OF status, sent_via, due, printed_on, channel, person_id ON notes
BEGIN
    UPDATE event_notes SET status = NEW.status, posted = (NEW.status = 'sent' AND NEW.sent_via = 'card'),
           due = NEW.due, printed = (NEW.printed_on IS NOT NULL), paper = (NEW.channel IN ('card', 'hand')),
           person_id = NEW.person_id,
           no_address = (SELECT p.address = '' FROM people p WHERE p.id = NEW.person_id)
     WHERE note_id = NEW.id;
END;

CREATE TRIGGER event_notes_follow_addresses AFTER UPDATE OF address ON people
BEGIN
    UPDATE event_notes SET no_address = (NEW.address = '') WHERE person_id = NEW.id;
END;

CREATE TRIGGER event_notes_writer_given AFTER INSERT ON note_writers
BEGIN
    UPDATE event_notes SET writer = NEW.writer WHERE note_id = NEW.note_id;
END;

CREATE TRIGGER event_notes_writer_changed AFTER UPDATE OF writer ON note_writers
BEGIN
    UPDATE event_notes SET writer = NEW.writer WHERE note_id = NEW.note_id;
END;

CREATE TRIGGER event_notes_writer_taken AFTER DELETE ON note_writers
BEGIN
    UPDATE event_notes SET writer = NULL WHERE note_id = OLD.note_id;
END;
