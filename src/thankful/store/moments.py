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


def _facts_json(facts: dict) -> str:
    kept = {k: v for k, v in facts.items() if v not in ("", None, False)}
    return json.dumps(kept, ensure_ascii=False, sort_keys=True)
