"""Events: a wedding's (a shower's, a funeral's ...) gifts, the notes that thank for them, and who writes each.

An event's notes are the notes of the moments its gifts belong to. A note is "posted" when it was sent as a
card (in the mail); "sent" when it went any other way, or the gift list said it was thanked.
"""

from __future__ import annotations

import sqlite3

from thankful.domain.errors import NotFound, UsageError

GIFT_COLUMNS = ("event_id", "person_id", "moment_id", "what", "quantity", "value", "money", "fund", "message",
                "received", "side", "thanked", "row_key", "line", "created")
# The event's notes: each note once, however many of the event's gifts it thanks for (sql/007: event_notes).
_EVENT_NOTES = "n.id IN (SELECT note_id FROM event_notes WHERE event_id = :event)"
# How an event counts a note: owed, drafted, posted (a card in the mail), sent (any other way), skipped.
_STATE = "CASE WHEN n.status = 'sent' AND n.sent_via = 'card' THEN 'posted' ELSE n.status END"
_COUNTED = "CASE WHEN posted THEN 'posted' ELSE status END"  # the same, from event_notes' copy


def _event(row: sqlite3.Row) -> dict:
    return {"id": row["id"], "name": row["name"], "kind": row["kind"], "on": row["on_date"],
            "writers": _names(row["writers"])}


def _names(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


class Events:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    # --- events -----------------------------------------------------------------------------------

    def add(self, name: str, kind: str, on: str | None, writers: list[str], created: str | None = None) -> dict:
        if self.find(name) is not None:
            raise UsageError(f"there is already an event called {name!r}; choose another name", what="event")
        cur = self._conn.execute("INSERT INTO events (name, kind, on_date, writers, created) VALUES (?, ?, ?, ?, ?)",
                                 (name, kind, on, "\n".join(writers), created))
        return self.get(cur.lastrowid)

    def get(self, event_id: int) -> dict:
        row = self._conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise NotFound(f"no event #{event_id}", what="event")
        return _event(row)

    def find(self, name: str) -> dict | None:
        """The event called `name` (any case), or '#3' / '3' by number; None if there is none."""
        text = " ".join(str(name).split())
        row = self._conn.execute("SELECT * FROM events WHERE name = ? COLLATE NOCASE", (text,)).fetchone()
        if row is None and text.lstrip("#").isdigit():
            row = self._conn.execute("SELECT * FROM events WHERE id = ?", (int(text.lstrip("#")),)).fetchone()
        return _event(row) if row else None

    def named(self, name: str) -> dict:
        event = self.find(name)
        if event is None:
            raise NotFound(f"no event called {name!r}", what="event", name=name)
        return event

    def all(self) -> list[dict]:
        """Every event, soonest day first, with its gifts and how many of its notes are done."""
        rows = self._conn.execute(
            """SELECT e.*, (SELECT count(*) FROM gifts g WHERE g.event_id = e.id) AS gifts,
                      (SELECT count(*) FROM event_notes en WHERE en.event_id = e.id) AS notes,
                      (SELECT count(*) FROM event_notes en WHERE en.event_id = e.id
                          AND en.status IN ('sent', 'skipped')) AS done
               FROM events e ORDER BY e.on_date IS NULL, e.on_date, e.id""")
        return [{**_event(r), "gifts": r["gifts"], "notes": r["notes"], "done": r["done"]} for r in rows]

    def set_writers(self, event_id: int, writers: list[str]) -> None:
        self._conn.execute("UPDATE events SET writers = ? WHERE id = ?", ("\n".join(writers), event_id))

    # --- gifts ------------------------------------------------------------------------------------

    def known_rows(self, event_id: int) -> dict[str, tuple[int, int | None, str | None]]:
        """row_key -> (gift id, moment id, thanked) of every gift already imported into the event."""
        rows = self._conn.execute("SELECT row_key, id, moment_id, thanked FROM gifts WHERE event_id = ?", (event_id,))
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def add_gifts(self, gifts: list[tuple]) -> None:
        """Gifts as tuples in GIFT_COLUMNS order."""
        marks = ",".join("?" * len(GIFT_COLUMNS))
        self._conn.executemany(f"INSERT INTO gifts ({','.join(GIFT_COLUMNS)}) VALUES ({marks})", gifts)

    def mark_thanked(self, gift_ids: list[int], on: str) -> None:
        self._conn.executemany("UPDATE gifts SET thanked = ? WHERE id = ? AND thanked IS NULL",
                               [(on, g) for g in gift_ids])

    def gifts_of(self, moment_ids: list[int]) -> dict[int, list[dict]]:
        """The gifts each moment thanks for, in the order they were imported."""
        found: dict[int, list[dict]] = {m: [] for m in moment_ids}
        for chunk in _chunks(moment_ids):
            rows = self._conn.execute(
                f"SELECT * FROM gifts WHERE moment_id IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk)
            for r in rows:
                found[r["moment_id"]].append(dict(r))
        return found

    def open_notes(self, event_id: int) -> dict[int, dict]:
        """person id -> their open note in the event (the one new gifts from them join), newest last."""
        rows = self._conn.execute(
            f"""SELECT n.person_id, n.id AS note, n.moment_id AS moment, n.status, n.edited, n.printed_on, n.due
                FROM notes n WHERE {_EVENT_NOTES} AND n.status IN ('owed', 'drafted') ORDER BY n.id""",
            {"event": event_id})
        return {r["person_id"]: dict(r) for r in rows}

    def notes_all_thanked(self, event_id: int) -> list[int]:
        """Open notes of the event every one of whose gifts the gift list marks thanked."""
        rows = self._conn.execute(
            f"""SELECT n.id FROM notes n WHERE {_EVENT_NOTES} AND n.status IN ('owed', 'drafted')
                AND NOT EXISTS (SELECT 1 FROM gifts g WHERE g.moment_id = n.moment_id AND g.thanked IS NULL)""",
            {"event": event_id})
        return [r[0] for r in rows]

    # --- the event's notes ------------------------------------------------------------------------

    def note_ids(self, event_id: int, *, states: tuple[str, ...] | None = None, writer: str | None = None,
                 channels: tuple[str, ...] | None = None, printed: bool | None = None) -> list[int]:
        """The event's notes, by due date: of these states (owed, drafted, posted, sent, skipped), this
        writer, these channels, printed or not."""
        clauses, params = [_EVENT_NOTES], {"event": event_id}
        if states:
            clauses.append(f"{_STATE} IN ({','.join(f':s{i}' for i in range(len(states)))})")
            params.update({f"s{i}": s for i, s in enumerate(states)})
        if writer is not None:
            clauses.append("n.id IN (SELECT note_id FROM note_writers WHERE writer = :writer COLLATE NOCASE)")
            params["writer"] = writer
        if channels:
            clauses.append(f"n.channel IN ({','.join(f':c{i}' for i in range(len(channels)))})")
            params.update({f"c{i}": c for i, c in enumerate(channels)})
        if printed is not None:
            clauses.append("n.printed_on IS NOT NULL" if printed else "n.printed_on IS NULL")
        rows = self._conn.execute(f"SELECT n.id FROM notes n WHERE {' AND '.join(clauses)} "
                                  "ORDER BY n.due IS NULL, n.due, n.id", params)
        return [r[0] for r in rows]

    def link_notes(self, event_id: int, note_ids: list[int]) -> None:
        """Count these notes as the event's (event_notes: a copy of what `event show` counts, kept by triggers)."""
        for chunk in _chunks(note_ids):
            self._conn.execute(
                f"""INSERT OR IGNORE INTO event_notes (note_id, event_id, person_id, status, posted, due, printed,
                                                       paper, no_address, writer)
                    SELECT n.id, ?, n.person_id, n.status, n.status = 'sent' AND n.sent_via = 'card', n.due,
                           n.printed_on IS NOT NULL, n.channel IN ('card', 'hand'), p.address = '', w.writer
                    FROM notes n JOIN people p ON p.id = n.person_id LEFT JOIN note_writers w ON w.note_id = n.id
                    WHERE n.id IN ({','.join('?' * len(chunk))})""", (event_id, *chunk))

    def summary(self, event_id: int, today: str) -> dict:
        """What `event show` counts: gifts, households, notes by state and writer, overdue, printed, lacking an
        address: the event's rows of event_notes in its index order, and the open ones through partial indexes."""
        gifts, households = self._conn.execute(
            # DISTINCT in a subquery walks gifts_by_event in person order; count(DISTINCT ...) would sort them
            """SELECT (SELECT count(*) FROM gifts WHERE event_id = :event),
                      (SELECT count(*) FROM (SELECT DISTINCT person_id FROM gifts WHERE event_id = :event))""",
            {"event": event_id}).fetchone()
        rows = self._conn.execute(
            f"""SELECT {_COUNTED} AS state, writer, count(*) AS notes FROM event_notes INDEXED BY event_notes_summary
                WHERE event_id = ? GROUP BY status, posted, writer""", (event_id,)).fetchall()
        # Each count reads only its partial index (8x faster than one pass summing over every note)
        overdue, printed, no_address = self._conn.execute(
            """SELECT (SELECT count(*) FROM event_notes INDEXED BY event_notes_open_by_due
                        WHERE event_id = :event AND due < :today AND status IN ('owed', 'drafted')),
                      (SELECT count(*) FROM event_notes INDEXED BY event_notes_printed
                        WHERE event_id = :event AND printed AND status IN ('owed', 'drafted')),
                      (SELECT count(*) FROM event_notes INDEXED BY event_notes_no_address
                        WHERE event_id = :event AND paper AND no_address AND status IN ('owed', 'drafted'))""",
            {"event": event_id, "today": today}).fetchone()
        return {"gifts": gifts, "households": households, "rows": [dict(r) for r in rows], "overdue": overdue,
                "printed": printed, "no_address": no_address}

    def gift_table(self, event_id: int) -> list[dict]:
        """Every gift of the event with its giver, its note's state and writer (the event page's table)."""
        rows = self._conn.execute(
            f"""SELECT g.id AS gift, g.what, g.quantity, g.money, g.fund, g.message, g.received, g.side,
                       g.value, p.id AS person_id, p.name AS giver, p.address != '' AS has_address,
                       n.id AS note, {_STATE} AS state, n.due AS due, n.printed_on AS printed_on,
                       w.writer AS writer
                FROM gifts g JOIN people p ON p.id = g.person_id
                LEFT JOIN notes n ON n.moment_id = g.moment_id AND n.person_id = g.person_id
                LEFT JOIN note_writers w ON w.note_id = n.id
                WHERE g.event_id = ? ORDER BY g.id""", (event_id,))
        return [dict(r) for r in rows]

    def recipients(self, note_ids: list[int]) -> dict[int, dict]:
        """note id -> its recipient's name, greeting and whether they have a postal address, and its side."""
        found: dict[int, dict] = {}
        for chunk in _chunks(note_ids):
            rows = self._conn.execute(
                f"""SELECT n.id AS note, n.person_id AS person_id, p.name AS name, p.address AS address,
                           (SELECT max(g.side) FROM gifts g WHERE g.moment_id = n.moment_id) AS side
                    FROM notes n JOIN people p ON p.id = n.person_id
                    WHERE n.id IN ({','.join('?' * len(chunk))})""", chunk)
            found.update({r["note"]: dict(r) for r in rows})
        return found

    # --- writers ----------------------------------------------------------------------------------

    def assign(self, note_ids: list[int], writer: str) -> None:
        self._conn.executemany("INSERT INTO note_writers (note_id, writer) VALUES (?, ?) "
                               "ON CONFLICT (note_id) DO UPDATE SET writer = excluded.writer",
                               [(n, writer) for n in note_ids])

    def unassign(self, note_ids: list[int]) -> None:
        self._conn.executemany("DELETE FROM note_writers WHERE note_id = ?", [(n,) for n in note_ids])

    def writer_of(self, note_id: int) -> str | None:
        row = self._conn.execute("SELECT writer FROM note_writers WHERE note_id = ?", (note_id,)).fetchone()
        return row[0] if row else None

    def writers_of(self, note_ids: list[int]) -> dict[int, str]:
        found: dict[int, str] = {}
        for chunk in _chunks(note_ids):
            rows = self._conn.execute(
                f"SELECT note_id, writer FROM note_writers WHERE note_id IN ({','.join('?' * len(chunk))})", chunk)
            found.update({r[0]: r[1] for r in rows})
        return found

    def writers(self) -> list[str]:
        """Everyone who has been given notes to write, or is named as a writer of an event."""
        named = [w for r in self._conn.execute("SELECT writers FROM events ORDER BY id") for w in _names(r[0])]
        assigned = [r[0] for r in self._conn.execute("SELECT DISTINCT writer FROM note_writers ORDER BY writer")]
        seen: dict[str, str] = {}
        for w in named + assigned:
            seen.setdefault(w.casefold(), w)
        return list(seen.values())


def _chunks(ids: list[int], size: int = 500):
    """Lists of ids small enough for one IN (...) (SQLite limits the number of parameters)."""
    ids = list(ids)
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
