-- Printed cards are ready to post; settings (sender name, mail server) live in the notebook, never passwords.
ALTER TABLE notes ADD COLUMN printed_on TEXT;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE INDEX notes_by_status_due ON notes (status, due);
CREATE INDEX notes_by_person ON notes (person_id);
CREATE INDEX notes_by_moment ON notes (moment_id);
CREATE INDEX givers_by_person ON moment_givers (person_id);
CREATE INDEX people_by_name ON people (name COLLATE NOCASE);
CREATE INDEX journal_by_day ON journal (day);
