-- Search over what notes say, to whom, and about what (SQLite FTS5, ranked). One row per note, its rowid
-- the note's id; triggers keep it in step with notes, people and moments, so nothing else writes it.
-- It is derived data: exports leave it out, and an import rebuilds it through the same triggers.
CREATE VIRTUAL TABLE note_search USING fts5(words, names, facts, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER note_search_added AFTER INSERT ON notes BEGIN
    INSERT INTO note_search (rowid, words, names, facts)
    SELECT new.id, new.subject || ' ' || new.body, p.name || ' ' || p.call,
           m.kind || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(m.facts)), '')
    FROM people p, moments m WHERE p.id = new.person_id AND m.id = new.moment_id;
END;

CREATE TRIGGER note_search_changed AFTER UPDATE OF subject, body, person_id, moment_id ON notes BEGIN
    DELETE FROM note_search WHERE rowid = old.id;
    INSERT INTO note_search (rowid, words, names, facts)
    SELECT new.id, new.subject || ' ' || new.body, p.name || ' ' || p.call,
           m.kind || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(m.facts)), '')
    FROM people p, moments m WHERE p.id = new.person_id AND m.id = new.moment_id;
END;

CREATE TRIGGER note_search_removed AFTER DELETE ON notes BEGIN
    DELETE FROM note_search WHERE rowid = old.id;
END;

CREATE TRIGGER note_search_person AFTER UPDATE OF name, call ON people BEGIN
    UPDATE note_search SET names = new.name || ' ' || new.call
    WHERE rowid IN (SELECT id FROM notes WHERE person_id = new.id);
END;

CREATE TRIGGER note_search_moment AFTER UPDATE OF kind, facts ON moments BEGIN
    UPDATE note_search
    SET facts = new.kind || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(new.facts)), '')
    WHERE rowid IN (SELECT id FROM notes WHERE moment_id = new.id);
END;

INSERT INTO note_search (rowid, words, names, facts)
SELECT n.id, n.subject || ' ' || n.body, p.name || ' ' || p.call,
       m.kind || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(m.facts)), '')
FROM notes n JOIN people p ON p.id = n.person_id JOIN moments m ON m.id = n.moment_id;
