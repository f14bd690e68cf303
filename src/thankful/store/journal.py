"""The journal: what sparked gratitude each day, and the people it names."""

from __future__ import annotations

import sqlite3

from thankful.domain.errors import NotFound
from thankful.domain.model import JournalEntry, Person

ANCHOR_KEY = "practice.started"


class Journal:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def add(self, entry: JournalEntry, people: list[Person] = ()) -> JournalEntry:
        cur = self._conn.execute("INSERT INTO journal (day, text, prompt, moment_id) VALUES (?,?,?,?)",
                                 (entry.day, entry.text, entry.prompt, entry.moment_id))
        entry.id = cur.lastrowid
        self.link_people(entry.id, [p.id for p in people])
        entry.people = [p.name for p in people]
        return entry

    def get(self, entry_id: int) -> JournalEntry:
        row = self._conn.execute(
            """SELECT j.*, group_concat(p.name, '\x1f') AS names FROM journal j
               LEFT JOIN journal_people jp ON jp.journal_id = j.id LEFT JOIN people p ON p.id = jp.person_id
               WHERE j.id = ? GROUP BY j.id""", (entry_id,)).fetchone()
        if row is None:
            raise NotFound(f"no journal entry #{entry_id}", what="journal")
        return JournalEntry(id=row["id"], day=row["day"], text=row["text"], prompt=row["prompt"],
                            moment_id=row["moment_id"], people=row["names"].split("\x1f") if row["names"] else [])

    def delete(self, entry_id: int) -> None:
        """Remove an entry (and its links to the people it mentions; the people stay)."""
        self._conn.execute("DELETE FROM journal WHERE id = ?", (entry_id,))

    def mentioning(self, person_id: int) -> list[int]:
        """The entries that mention a person."""
        rows = self._conn.execute("SELECT journal_id FROM journal_people WHERE person_id = ? ORDER BY journal_id",
                                  (person_id,))
        return [r[0] for r in rows]

    def forget_person(self, person_id: int) -> None:
        """Unlink a person from the entries that mention them (the entries keep their words)."""
        self._conn.execute("DELETE FROM journal_people WHERE person_id = ?", (person_id,))

    def link_people(self, journal_id: int, person_ids: list[int]) -> None:
        for pid in person_ids:
            self._conn.execute("INSERT OR IGNORE INTO journal_people (journal_id, person_id) VALUES (?, ?)",
                               (journal_id, pid))

    def entries(self, since: str | None = None) -> list[JournalEntry]:
        """Entries oldest first (from `since`), each with the names of the people it mentions."""
        where, params = ("WHERE j.day >= ?", [since]) if since else ("", [])
        rows = self._conn.execute(
            f"""SELECT j.*, group_concat(p.name, '\x1f') AS names FROM journal j
                LEFT JOIN journal_people jp ON jp.journal_id = j.id LEFT JOIN people p ON p.id = jp.person_id
                {where} GROUP BY j.id ORDER BY j.day, j.id""", params)
        return [JournalEntry(id=r["id"], day=r["day"], text=r["text"], prompt=r["prompt"], moment_id=r["moment_id"],
                             people=r["names"].split("\x1f") if r["names"] else []) for r in rows]

    def prompt_anchor(self) -> str | None:
        """The day the prompt rotation counts from: the recorded start, else the first journal entry."""
        row = self._conn.execute(
            "SELECT coalesce((SELECT value FROM settings WHERE key = ?), (SELECT min(day) FROM journal))",
            (ANCHOR_KEY,),
        ).fetchone()
        return row[0]

    def set_prompt_anchor(self, day: str) -> None:
        """Record the rotation's start once; later calls leave it alone so the rotation never jumps."""
        self._conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", (ANCHOR_KEY, day))
