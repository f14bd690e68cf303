"""Notes: one per moment and recipient, from owed to drafted to sent (or skipped), and the lists of them."""

from __future__ import annotations

import re
import sqlite3

from thankful.domain.errors import NotFound
from thankful.domain.model import Note

FIELDS = ("moment_id", "person_id", "status", "due", "channel", "subject", "body", "edited",
          "skip_reason", "sent_on", "sent_via", "printed_on", "message_id", "created")

# One row per note with what a list of notes shows. `state` is the outbox state when the note is in it.
_LISTING = """
SELECT n.id AS note, n.moment_id AS moment, p.name AS "to", p.id AS person_id, m.kind AS kind,
       json_extract(m.facts, '$.what') AS what, json_extract(m.facts, '$.occasion') AS occasion,
       json_extract(m.facts, '$.role') AS role, json_extract(m.facts, '$.company') AS company,
       n.due AS due, n.status AS status, n.channel AS channel, n.printed_on AS printed_on,
       n.sent_on AS sent_on, n.skip_reason AS skip_reason, m.on_date AS on_date, o.state AS state
FROM notes n JOIN moments m ON m.id = n.moment_id JOIN people p ON p.id = n.person_id
LEFT JOIN outbox o ON o.note_id = n.id
"""
MAX_SEARCH_WORDS = 16  # a search is a few words; more would only narrow it to nothing
MAX_WORD = 64
RANKED_MATCHES = 2000  # more matches than this are listed newest first rather than ranked


def _note(row: sqlite3.Row) -> Note:
    data = {f: row[f] for f in FIELDS}
    data["edited"] = bool(data["edited"])
    return Note(id=row["id"], **data)


def _listed(row: sqlite3.Row) -> dict:
    found = dict(row)
    for key in ("what", "occasion", "role", "company"):
        found[key] = found[key] or ""
    return found


def _status_clause(statuses: tuple[str, ...] | None, clauses: list, params: list) -> None:
    if statuses:
        clauses.append(f"n.status IN ({','.join('?' * len(statuses))})")
        params += statuses


class Notes:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def add(self, note: Note) -> Note:
        values = [getattr(note, f) for f in FIELDS]
        values[FIELDS.index("edited")] = int(note.edited)
        cur = self._conn.execute(f"INSERT INTO notes ({','.join(FIELDS)}) VALUES ({','.join('?' * len(FIELDS))})",
                                 values)
        note.id = cur.lastrowid
        return note

    def get(self, note_id: int) -> Note:
        row = self._conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise NotFound(f"no note #{note_id}", what="note")
        return _note(row)

    def of_moment(self, moment_id: int) -> list[Note]:
        """Every note a moment owes, oldest first."""
        rows = self._conn.execute("SELECT * FROM notes WHERE moment_id = ? ORDER BY id", (moment_id,))
        return [_note(r) for r in rows]

    def of_person(self, person_id: int) -> list[Note]:
        """Every note to a person, oldest first."""
        rows = self._conn.execute("SELECT * FROM notes WHERE person_id = ? ORDER BY id", (person_id,))
        return [_note(r) for r in rows]

    def delete(self, note_id: int) -> None:
        """Remove a note (its outbox row goes with it; a card it used stays counted as used)."""
        self._conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def update(self, note_id: int, **fields) -> None:
        bad = set(fields) - set(FIELDS)
        if bad:
            raise ValueError(f"not note fields: {sorted(bad)}")
        if "edited" in fields:
            fields["edited"] = int(bool(fields["edited"]))
        sets = ", ".join(f"{k} = ?" for k in fields)
        self._conn.execute(f"UPDATE notes SET {sets} WHERE id = ?", (*fields.values(), note_id))

    def count_by_status(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self._conn.execute("SELECT status, count(*) FROM notes GROUP BY status")}

    def open_by_channel(self) -> dict[str, int]:
        """Owed and drafted notes per channel (how many will need a card)."""
        rows = self._conn.execute(
            "SELECT channel, count(*) FROM notes WHERE status IN ('owed', 'drafted') GROUP BY channel")
        return {r[0]: r[1] for r in rows}

    def bodies_sent_to(self, person_id: int, *, besides: int | None = None) -> list[str]:
        """The text of every note already sent to a person (the coach flags sentences said before)."""
        rows = self._conn.execute("SELECT body FROM notes WHERE person_id = ? AND status = 'sent' AND id IS NOT ?"
                                  " ORDER BY id", (person_id, besides))
        return [r[0] for r in rows]

    def _few_matches(self, query: str) -> bool:
        """Whether few enough notes match to rank them all by relevance (bm25 reads every match; a word in
        thousands of notes ranks them all alike anyway, so those are listed newest first)."""
        found = self._conn.execute("SELECT count(*) FROM (SELECT 1 FROM note_search WHERE note_search MATCH ? "
                                   "LIMIT ?)", (query, RANKED_MATCHES + 1)).fetchone()[0]
        return found <= RANKED_MATCHES

    def listing(self, *, statuses: tuple[str, ...] | None = ("owed", "drafted"), person_id: int | None = None,
                moment_id: int | None = None, writer: str | None = None) -> list[dict]:
        """Notes by due date (undated last); each a dict of the listing's columns. `writer`: only the notes
        given to that writer (an event's notes shared between two)."""
        clauses: list = []
        params: list = []
        _status_clause(statuses, clauses, params)
        if writer is not None:
            clauses.append("n.id IN (SELECT note_id FROM note_writers WHERE writer = ? COLLATE NOCASE)")
            params.append(" ".join(writer.split()))
        if person_id is not None:
            clauses.append("n.person_id = ?")
            params.append(person_id)
        if moment_id is not None:
            clauses.append("n.moment_id = ?")
            params.append(moment_id)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"{_LISTING} {where} ORDER BY n.due IS NULL, n.due, n.id"
        return [_listed(r) for r in self._conn.execute(sql, params)]

    def find(self, *, statuses: tuple[str, ...] | None, kind: str | None = None, search: str = "",
             newest_first: bool = False, limit: int = 100) -> tuple[list[dict], int | None]:
        """One page of a filtered list of notes (the web's Notes page) and how many match in all.

        With `search`, only notes whose text, recipient or moment has every word of it (any case, any accent,
        the start of the last word is enough), best matches first; such a search is not counted past the page (that would
        read every row): its total is None when more than `limit` match.
        """
        clauses: list = []
        params: list = []
        _status_clause(statuses, clauses, params)
        if kind:
            clauses.append("m.kind = ?")
            params.append(kind)
        query = _search_query(search)
        if query:
            clauses.append("note_search MATCH ?")
            params.append(query)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        if query:
            order = "note_search.rank" if self._few_matches(query) else "note_search.rowid DESC"
            sql = f"{_LISTING} JOIN note_search ON note_search.rowid = n.id {where} ORDER BY {order} LIMIT ?"
            rows = [_listed(r) for r in self._conn.execute(sql, (*params, limit + 1))]
            return rows[:limit], (len(rows) if len(rows) <= limit else None)
        order = "ORDER BY n.due DESC, n.id DESC" if newest_first else "ORDER BY n.due IS NULL, n.due, n.id"
        rows = [_listed(r) for r in self._conn.execute(f"{_LISTING} {where} {order} LIMIT ?", (*params, limit + 1))]
        moments = "JOIN moments m ON m.id = n.moment_id" if kind else ""  # counting needs no other join
        total = self._conn.execute(f"SELECT count(*) FROM notes n {moments} {where}", params).fetchone()[0]
        return rows[:limit], total


def _search_query(text: str) -> str:
    """What a person typed as an FTS5 query: each word quoted, all of them required. Quoting makes
    any character plain text (no operators); a very long query keeps its first words, a very long word its
    start, so no input can make the search slow or fail."""
    words = [f'"{w[:MAX_WORD]}"' for w in re.findall(r"\w+", text or "")[:MAX_SEARCH_WORDS]]
    if words:
        words[-1] += "*"  # the word still being typed: its start is enough (the others are whole words)
    return " ".join(words)
