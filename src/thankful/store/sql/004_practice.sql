-- Practice: boxes of stationery (a new box is a reason to write) and the cards notes used.
-- What is left in a box is derived (count minus its card_uses), never stored twice.
CREATE TABLE stationery (
    id          INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    size        TEXT NOT NULL DEFAULT '',
    count       INTEGER NOT NULL CHECK (count > 0),
    added       TEXT NOT NULL
);

-- One row per card written or printed; a note uses at most one card, however often it is reprinted
-- or marked sent (note_id NULL: a card used outside the notebook).
CREATE TABLE card_uses (
    id            INTEGER PRIMARY KEY,
    stationery_id INTEGER NOT NULL REFERENCES stationery(id) ON DELETE CASCADE,
    note_id       INTEGER REFERENCES notes(id) ON DELETE SET NULL,
    used_on       TEXT NOT NULL,
    how           TEXT NOT NULL DEFAULT ''
);

CREATE UNIQUE INDEX card_uses_one_per_note ON card_uses (note_id) WHERE note_id IS NOT NULL;
CREATE INDEX card_uses_by_box ON card_uses (stationery_id);
-- Streaks, stats and "last thanked" read sent notes by date and by person.
CREATE INDEX notes_sent_by_person ON notes (person_id, sent_on) WHERE status = 'sent';
