-- Undo: every change to the notebook kept as the SQL that takes it back (see store/undo.py).
-- Before a connection's first change the store puts TEMP triggers on every table, read from the schema (so a
-- table added later is covered with no extra code); each writes into undo_log the statement that reverts the
-- row it saw inserted, updated or deleted. undo_changes groups those statements into the changes a person
-- made ("add gift for May Lee", "sent #4"). Neither table is exported: they are the notebook's memory of
-- itself, not its contents.
CREATE TABLE undo_changes (
    id     INTEGER PRIMARY KEY,
    label  TEXT NOT NULL DEFAULT '',
    made   TEXT NOT NULL DEFAULT '',
    notice TEXT NOT NULL DEFAULT '',
    state  TEXT NOT NULL DEFAULT 'recording' CHECK (state IN ('recording', 'done', 'undone'))
);

-- The triggers find the change being recorded with this index (at most one row is 'recording').
CREATE INDEX undo_changes_recording ON undo_changes (state) WHERE state = 'recording';

CREATE TABLE undo_log (
    seq       INTEGER PRIMARY KEY,
    change_id INTEGER,  -- NULL: written outside any change Thankful recorded (never undone)
    statement TEXT NOT NULL
);

CREATE INDEX undo_log_by_change ON undo_log (change_id);
