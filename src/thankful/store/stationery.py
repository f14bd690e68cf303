"""Stationery: boxes of cards and the cards notes used. What is left in a box is derived, never stored twice."""

from __future__ import annotations

import sqlite3

_BOXES = """
SELECT s.id AS id, s.description AS description, s.size AS size, s.count AS count, s.added AS added,
       s.count - (SELECT count(*) FROM card_uses u WHERE u.stationery_id = s.id) AS remaining
FROM stationery s {where} ORDER BY s.added, s.id
"""


class Stationery:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def add_box(self, description: str, size: str, count: int, added: str) -> int:
        cur = self._conn.execute("INSERT INTO stationery (description, size, count, added) VALUES (?, ?, ?, ?)",
                                 (description, size, count, added))
        return cur.lastrowid

    def boxes(self, *, in_stock: bool = False) -> list[dict]:
        """Boxes oldest first, each with what remains."""
        where = "WHERE s.count > (SELECT count(*) FROM card_uses u WHERE u.stationery_id = s.id)" if in_stock else ""
        return [dict(r) for r in self._conn.execute(_BOXES.format(where=where))]

    def use_for_note(self, note_id: int) -> dict | None:
        """The card a note used, if it used one."""
        row = self._conn.execute(
            """SELECT u.id AS id, u.stationery_id AS stationery_id, u.note_id AS note_id, u.used_on AS used_on,
                      u.how AS how, s.description AS description
               FROM card_uses u JOIN stationery s ON s.id = u.stationery_id WHERE u.note_id = ?""",
            (note_id,),
        ).fetchone()
        return dict(row) if row else None

    def use(self, stationery_id: int, note_id: int | None, used_on: str, how: str) -> int:
        cur = self._conn.execute("INSERT INTO card_uses (stationery_id, note_id, used_on, how) VALUES (?, ?, ?, ?)",
                                 (stationery_id, note_id, used_on, how))
        return cur.lastrowid
