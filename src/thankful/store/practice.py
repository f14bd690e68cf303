"""Queries for the practice: the prompt rotation's anchor, who was thanked when, sent notes, stationery.

Kept free of the model and heavier imports: the home view runs some of these on every start.
"""

from __future__ import annotations

import sqlite3

ANCHOR_KEY = "practice.started"


# --- today's prompt -----------------------------------------------------------------------------

def prompt_anchor(conn: sqlite3.Connection) -> str | None:
    """The day the prompt rotation counts from: the recorded start, else the first journal entry."""
    row = conn.execute(
        "SELECT coalesce((SELECT value FROM settings WHERE key = ?), (SELECT min(day) FROM journal))",
        (ANCHOR_KEY,),
    ).fetchone()
    return row[0]


def set_prompt_anchor(conn: sqlite3.Connection, day: str) -> None:
    """Record the rotation's start once; later calls leave it alone so the rotation never jumps."""
    conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", (ANCHOR_KEY, day))


# --- people and when they were last thanked -----------------------------------------------------

def thank_candidates(conn: sqlite3.Connection, relationships: tuple[str, ...]) -> list[dict]:
    """People with one of `relationships`: when a note to them was last sent, and whether one is open now."""
    marks = ",".join("?" * len(relationships))
    rows = conn.execute(
        f"""SELECT p.id AS id, p.name AS name, p.relationship AS relationship,
                   (SELECT max(n.sent_on) FROM notes n
                     WHERE n.person_id = p.id AND n.status = 'sent') AS last_thanked,
                   -- the few people with an open note, found once (not one look-up per person: 3x faster at 10k)
                   p.id IN (SELECT n.person_id FROM notes n WHERE n.status IN ('owed', 'drafted')) AS open_note
            FROM people p WHERE p.relationship IN ({marks})""",
        relationships,
    )
    return [dict(r) for r in rows]


def people_names(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """(id, name, greeting) of everyone, for spotting who a journal entry mentions."""
    return [tuple(r) for r in conn.execute("SELECT id, name, call FROM people ORDER BY id")]


def link_journal_people(conn: sqlite3.Connection, journal_id: int, person_ids: list[int]) -> None:
    for pid in person_ids:
        conn.execute("INSERT OR IGNORE INTO journal_people (journal_id, person_id) VALUES (?, ?)", (journal_id, pid))


# --- sent notes, for stats ----------------------------------------------------------------------

def sent_notes(conn: sqlite3.Connection) -> list[dict]:
    """Every sent note with what stats need: when sent, when due, when the moment was, its kind and person."""
    rows = conn.execute(
        """SELECT n.id AS note, n.person_id AS person_id, p.name AS person, p.relationship AS relationship,
                  m.kind AS kind, m.on_date AS on_date, n.due AS due, n.sent_on AS sent_on
           FROM notes n JOIN moments m ON m.id = n.moment_id JOIN people p ON p.id = n.person_id
           WHERE n.status = 'sent' AND n.sent_on IS NOT NULL
           ORDER BY n.sent_on, n.id"""
    )
    return [dict(r) for r in rows]


def open_notes_by_channel(conn: sqlite3.Connection) -> dict[str, int]:
    """Owed and drafted notes per channel (how many will need a card)."""
    rows = conn.execute("SELECT channel, count(*) FROM notes WHERE status IN ('owed', 'drafted') GROUP BY channel")
    return {r[0]: r[1] for r in rows}


# --- stationery ---------------------------------------------------------------------------------

_BOXES = """
SELECT s.id AS id, s.description AS description, s.size AS size, s.count AS count, s.added AS added,
       s.count - (SELECT count(*) FROM card_uses u WHERE u.stationery_id = s.id) AS remaining
FROM stationery s {where} ORDER BY s.added, s.id
"""


def has_stationery_tables(conn: sqlite3.Connection) -> bool:
    """False on a notebook opened at an older schema (upgrade tests): stationery is then simply empty."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'card_uses'").fetchone() is not None


def insert_stationery(conn: sqlite3.Connection, description: str, size: str, count: int, added: str) -> int:
    cur = conn.execute("INSERT INTO stationery (description, size, count, added) VALUES (?, ?, ?, ?)",
                       (description, size, count, added))
    return cur.lastrowid


def list_stationery(conn: sqlite3.Connection, *, in_stock: bool = False) -> list[dict]:
    """Boxes oldest first, each with what remains."""
    where = "WHERE s.count > (SELECT count(*) FROM card_uses u WHERE u.stationery_id = s.id)" if in_stock else ""
    return [dict(r) for r in conn.execute(_BOXES.format(where=where))]


def card_use_for_note(conn: sqlite3.Connection, note_id: int) -> dict | None:
    row = conn.execute(
        """SELECT u.id AS id, u.stationery_id AS stationery_id, u.note_id AS note_id, u.used_on AS used_on,
                  u.how AS how, s.description AS description
           FROM card_uses u JOIN stationery s ON s.id = u.stationery_id WHERE u.note_id = ?""",
        (note_id,),
    ).fetchone()
    return dict(row) if row else None


def insert_card_use(conn: sqlite3.Connection, stationery_id: int, note_id: int | None, used_on: str, how: str) -> int:
    cur = conn.execute("INSERT INTO card_uses (stationery_id, note_id, used_on, how) VALUES (?, ?, ?, ?)",
                       (stationery_id, note_id, used_on, how))
    return cur.lastrowid
