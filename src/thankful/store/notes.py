"""Notes: one per moment and recipient, from owed to drafted to sent (or skipped), and the lists of them."""

from __future__ import annotations

import sqlite3

from thankful.domain.errors import NotFound
from thankful.domain.model import Note

FIELDS = ("moment_id", "person_id", "status", "due", "channel", "subject", "body", "edited",
          "skip_reason", "sent_on", "sent_via", "printed_on", "message_id", "created", "version")

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
SEARCHED = ("p.name", "p.call", "m.facts", "m.kind")  # a search word may be in any of these


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

    def listing(self, *, statuses: tuple[str, ...] | None = ("owed", "drafted"), person_id: int | None = None,
                moment_id: int | None = None) -> list[dict]:
        """Notes by due date (undated last); each a dict of the listing's columns."""
        clauses: list = []
        params: list = []
        _status_clause(statuses, clauses, params)
        if person_id is not None:
            clauses.append("n.person_id = ?")
            params.append(person_id)
        if moment_id is not None:
            clauses.append("n.moment_id = ?")
            params.append(moment_id)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"{_LISTING} {where} ORDER BY n.due IS NULL, n.due, n.id"
        return [_listed(r) for r in self._conn.execute(sql, params)]

    def find(self, *, statuses: tuple[str, ...] | None, kind: str | None = None, words: list[str] = (),
             newest_first: bool = False, limit: int = 100) -> tuple[list[dict], int | None]:
        """One page of a filtered list of notes (the web's Notes page) and how many match in all.

        Each of `words` must appear (any case) in the recipient's name or greeting, or the moment's facts
        or kind. A search is not counted past the page (that would read every row): its total is None when
        more than `limit` match.
        """
        clauses: list = []
        params: list = []
        _status_clause(statuses, clauses, params)
        if kind:
            clauses.append("m.kind = ?")
            params.append(kind)
        for word in words:
            like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(" + " OR ".join(f"{f} LIKE ? ESCAPE '\\'" for f in SEARCHED) + ")")
            params += [like] * len(SEARCHED)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        order = "ORDER BY n.due DESC, n.id DESC" if newest_first else "ORDER BY n.due IS NULL, n.due, n.id"
        rows = [_listed(r) for r in self._conn.execute(f"{_LISTING} {where} {order} LIMIT ?", (*params, limit + 1))]
        if words:
            return rows[:limit], (len(rows) if len(rows) <= limit else None)
        moments = "JOIN moments m ON m.id = n.moment_id" if kind else ""  # counting needs no other join
        total = self._conn.execute(f"SELECT count(*) FROM notes n {moments} {where}", params).fetchone()[0]
        return rows[:limit], total
