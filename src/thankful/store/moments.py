"""Moments: what there is to thank for, with its givers. Facts are one JSON object (see sql/005)."""

from __future__ import annotations

import json
import sqlite3

from thankful.domain.errors import NotFound
from thankful.domain.model import Moment

from .people import _person


class Moments:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def add(self, moment: Moment, created: str | None = None) -> Moment:
        cur = self._conn.execute(
            "INSERT INTO moments (kind, on_date, tone, facts, created) VALUES (?, ?, ?, ?, ?)",
            (moment.kind, moment.on, moment.tone, _facts_json(moment.facts), created),
        )
        moment.id = cur.lastrowid
        for position, giver in enumerate(moment.givers):
            self._conn.execute("INSERT OR IGNORE INTO moment_givers (moment_id, person_id, position) VALUES (?,?,?)",
                               (moment.id, giver.id, position))
        return moment

    def get(self, moment_id: int) -> Moment:
        row = self._conn.execute("SELECT * FROM moments WHERE id = ?", (moment_id,)).fetchone()
        if row is None:
            raise NotFound(f"no moment #{moment_id}", what="moment")
        givers = self._conn.execute(
            "SELECT p.* FROM moment_givers g JOIN people p ON p.id = g.person_id WHERE g.moment_id = ?"
            " ORDER BY g.position",
            (moment_id,),
        ).fetchall()
        return Moment(id=row["id"], kind=row["kind"], givers=[_person(g) for g in givers], on=row["on_date"],
                      tone=row["tone"], facts=json.loads(row["facts"]))

    def set_facts(self, moment_id: int, changes: dict) -> None:
        """Change some facts (an empty value removes one), keeping the others."""
        facts = self.get(moment_id).facts
        for name, value in changes.items():
            if value in ("", None, False):
                facts.pop(name, None)
            else:
                facts[name] = value
        self._conn.execute("UPDATE moments SET facts = ? WHERE id = ?", (_facts_json(facts), moment_id))

    def set_tone(self, moment_id: int, tone: str) -> None:
        self._conn.execute("UPDATE moments SET tone = ? WHERE id = ?", (tone, moment_id))

    def set_on(self, moment_id: int, on: str | None) -> None:
        """When it happened (ISO date)."""
        self._conn.execute("UPDATE moments SET on_date = ? WHERE id = ?", (on, moment_id))

    def replace_giver(self, moment_id: int, old_id: int, new_id: int) -> None:
        """Put one person in another's place among a moment's givers (same position)."""
        self._conn.execute("UPDATE moment_givers SET person_id = ? WHERE moment_id = ? AND person_id = ?",
                           (new_id, moment_id, old_id))

    def remove_giver(self, moment_id: int, person_id: int) -> None:
        self._conn.execute("DELETE FROM moment_givers WHERE moment_id = ? AND person_id = ?", (moment_id, person_id))

    def given_by(self, person_id: int) -> list[int]:
        """The moments a person is one of the givers of."""
        rows = self._conn.execute("SELECT moment_id FROM moment_givers WHERE person_id = ? ORDER BY moment_id",
                                  (person_id,))
        return [r[0] for r in rows]

    def delete(self, moment_id: int) -> None:
        """Remove a moment with its notes and givers (journal entries that led to it stay, unlinked)."""
        self._conn.execute("DELETE FROM moments WHERE id = ?", (moment_id,))


def _facts_json(facts: dict) -> str:
    kept = {k: v for k, v in facts.items() if v not in ("", None, False)}
    return json.dumps(kept, ensure_ascii=False, sort_keys=True)
