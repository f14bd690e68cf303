-- A note's version moves on with every change to its text, its 'edited' mark or its status, whoever makes
-- it (the web page, `thankful draft`, an undo). A draft saved from a note read at an earlier version is
-- refused when the person's own wording was saved meanwhile, instead of overwriting it.
ALTER TABLE notes ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER notes_version AFTER UPDATE OF body, subject, edited, status ON notes
WHEN old.body IS NOT new.body OR old.subject IS NOT new.subject OR old.edited IS NOT new.edited
     OR old.status IS NOT new.status
BEGIN
    UPDATE notes SET version = old.version + 1 WHERE id = new.id;
END;
