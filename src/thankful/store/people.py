"""People: who is thanked, how they are greeted, and how a typed name finds them."""

from __future__ import annotations

import re
import sqlite3

from thankful.domain.errors import NotFound, UsageError
from thankful.domain.model import Person
from thankful.domain.validate import MAX_ID, fold, is_id, read_id

FIELDS = ("name", "call", "email", "address", "relationship", "notes")


def _person(row: sqlite3.Row) -> Person:
    return Person(id=row["id"], **{f: row[f] for f in FIELDS})


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", fold(text))


class People:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        # Names are compared as a person reads them (case folded, composed or not): SQLite's NOCASE knows
        # only ASCII, so the comparison is Python's, made available to the queries below.
        conn.create_function("thankful_fold", 1, fold, deterministic=True)

    def add(self, person: Person, created: str | None = None) -> Person:
        cur = self._conn.execute(
            "INSERT INTO people (name, call, email, address, relationship, notes, created) VALUES (?,?,?,?,?,?,?)",
            (person.name, person.call, person.email, person.address, person.relationship, person.notes, created),
        )
        person.id = cur.lastrowid
        return person

    def update(self, person: Person) -> None:
        self._conn.execute(
            "UPDATE people SET name=?, call=?, email=?, address=?, relationship=?, notes=? WHERE id=?",
            (person.name, person.call, person.email, person.address, person.relationship, person.notes, person.id),
        )

    def delete(self, person_id: int) -> None:
        """Remove a person who no longer has notes, moments or journal mentions (the use case clears those)."""
        self._conn.execute("DELETE FROM people WHERE id = ?", (person_id,))

    def get(self, person_id: int) -> Person:
        row = self._conn.execute("SELECT * FROM people WHERE id = ?", (person_id,)).fetchone()
        if row is None:
            raise NotFound(f"no person #{person_id}", what="person")
        return _person(row)

    def all(self) -> list[Person]:
        rows = self._conn.execute("SELECT * FROM people ORDER BY name COLLATE NOCASE, id")
        return [_person(r) for r in rows]

    def match(self, name: str) -> list[Person]:
        """People whose name or greeting is `name` (case folded and normalised: "élodie" finds "Élodie");
        failing that, those whose name or greeting holds all its words."""
        wanted = fold(name)
        if not wanted:
            return []
        rows = self._conn.execute(
            "SELECT * FROM people WHERE thankful_fold(name) = ?1 OR thankful_fold(call) = ?1 ORDER BY id", (wanted,))
        exact = [_person(r) for r in rows]
        if exact:
            return exact
        words = _words(name)
        if not words:
            return []
        rows = self._conn.execute("SELECT * FROM people WHERE instr(thankful_fold(name), ?1) OR"
                                  " instr(thankful_fold(call), ?1) ORDER BY id", (words[0],))
        found = []
        for r in rows:
            have = set(_words(r["name"])) | set(_words(r["call"]))
            if all(w in have for w in words):
                found.append(_person(r))
        return found

    def find(self, name: str) -> Person | None:
        """The one person `name` means ("May Lee", "Aunt May", "#4", "4"), None if nobody, UsageError if several."""
        if name.strip().startswith("#"):  # "#4" is always a number, never a name
            return self._by_id(read_id(name, "person"))
        if is_id(name) and (person := self._by_id(int(name))):
            return person
        found = self.match(name)
        if len(found) > 1:
            listed = "; ".join(f"#{p.id} {p.name}" + (f" ({p.call})" if p.call else "") for p in found)
            raise UsageError(f"{name!r} could mean several people: {listed}; use the full name or the #id")
        return found[0] if found else None

    def _by_id(self, person_id: int) -> Person | None:
        if not 1 <= person_id <= MAX_ID:
            return None
        row = self._conn.execute("SELECT * FROM people WHERE id = ?", (person_id,)).fetchone()
        return _person(row) if row else None

    def named(self, name: str) -> Person:
        """The one person `name` means; NotFound if nobody."""
        person = self.find(name)
        if person is None:
            raise NotFound(f"nobody called {name!r} in the notebook", what="person")
        return person

    def names(self) -> list[tuple[int, str, str]]:
        """(id, name, greeting) of everyone, for spotting who a journal entry mentions."""
        return [tuple(r) for r in self._conn.execute("SELECT id, name, call FROM people ORDER BY id")]

    def with_last_thanks(self, relationships: tuple[str, ...]) -> list[dict]:
        """People with one of `relationships`: when a note to them was last sent, and whether one is open now."""
        marks = ",".join("?" * len(relationships))
        rows = self._conn.execute(
            f"""SELECT p.id AS id, p.name AS name, p.relationship AS relationship,
                       (SELECT max(n.sent_on) FROM notes n
                         WHERE n.person_id = p.id AND n.status = 'sent') AS last_thanked,
                       -- the few people with an open note, found once (not one look-up per person: 3x faster at 10k)
                       p.id IN (SELECT n.person_id FROM notes n WHERE n.status IN ('owed', 'drafted')) AS open_note
                FROM people p WHERE p.relationship IN ({marks})""",
            relationships,
        )
        return [dict(r) for r in rows]
