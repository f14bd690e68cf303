"""What was sent, when: the rows streaks, on-time rates and "not thanked lately" are computed from."""

from __future__ import annotations

import sqlite3


class History:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def sent_notes(self) -> list[dict]:
        """Every sent note with what stats need: when sent, when due, when the moment was, its kind and person."""
        rows = self._conn.execute(
            """SELECT n.id AS note, n.person_id AS person_id, p.name AS person, p.relationship AS relationship,
                      m.kind AS kind, m.on_date AS on_date, n.due AS due, n.sent_on AS sent_on
               FROM notes n JOIN moments m ON m.id = n.moment_id JOIN people p ON p.id = n.person_id
               WHERE n.status = 'sent' AND n.sent_on IS NOT NULL
               ORDER BY n.sent_on, n.id"""
        )
        return [dict(r) for r in rows]

    def fingerprint(self) -> tuple:
        """Changes whenever the sent notes' history does (a note sent, unsent, re-dated): a cache key for
        what stats draws from it, one quick pass over the sent notes."""
        return tuple(self._conn.execute(
            """SELECT count(*), total(n.id), max(n.sent_on), total(julianday(n.sent_on)),
                      total(julianday(n.due)), total(julianday(m.on_date)), group_concat(DISTINCT m.kind)
               FROM notes n JOIN moments m ON m.id = n.moment_id WHERE n.status = 'sent'""").fetchone())
