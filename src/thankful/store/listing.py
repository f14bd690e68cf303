"""Listing notes: the one query the everyday commands run, kept free of heavier imports for start-up."""

import sqlite3

# One row per note with what a list of notes shows. `state` is the outbox state when the note is in it.
_NOTE_LISTING = """
SELECT n.id AS note, n.moment_id AS moment, p.name AS "to", p.id AS person_id, m.kind AS kind,
       m.what AS what, m.occasion AS occasion, m.role AS role, m.company AS company,
       n.due AS due, n.status AS status, n.channel AS channel, n.printed_on AS printed_on,
       n.sent_on AS sent_on, n.skip_reason AS skip_reason, m.on_date AS on_date, {outbox_state} AS state
FROM notes n JOIN moments m ON m.id = n.moment_id JOIN people p ON p.id = n.person_id
{outbox_join}
{where}
ORDER BY n.due IS NULL, n.due, n.id
"""


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def list_notes(conn: sqlite3.Connection, *, statuses: tuple[str, ...] | None = ("owed", "drafted"),
               person_id: int | None = None, moment_id: int | None = None) -> list[dict]:
    """Notes overdue first, then by due date, then undated; each as a dict of the listing's columns."""
    clauses, params = [], []
    if statuses:
        clauses.append(f"n.status IN ({','.join('?' * len(statuses))})")
        params += statuses
    if person_id is not None:
        clauses.append("n.person_id = ?")
        params.append(person_id)
    if moment_id is not None:
        clauses.append("n.moment_id = ?")
        params.append(moment_id)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    if _has_table(conn, "outbox"):
        join, state = "LEFT JOIN outbox o ON o.note_id = n.id", "o.state"
    else:
        join, state = "", "NULL"
    sql = _NOTE_LISTING.format(where=where, outbox_join=join, outbox_state=state)
    return [dict(r) for r in conn.execute(sql, params)]


def find_notes(conn: sqlite3.Connection, *, statuses: tuple[str, ...] | None, kind: str | None = None,
               words: list[str] = (), newest_first: bool = False, limit: int = 100) -> tuple[list[dict], int | None]:
    """One page of a filtered list of notes (the web's Notes page) and how many match in all.

    Each of `words` must appear (any case) in the recipient's name or greeting, or the moment's what,
    occasion, role, company or kind. Sorting and LIMIT happen in SQLite, so a page of sent notes out of
    50,000 costs milliseconds, not a Python pass over every row. A search is not counted past the page
    (that would read every row): its total is None when more than `limit` match.
    """
    clauses, params = [], []
    if statuses:
        clauses.append(f"n.status IN ({','.join('?' * len(statuses))})")
        params += statuses
    if kind:
        clauses.append("m.kind = ?")
        params.append(kind)
    for word in words:
        like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        fields = ("p.name", "p.call", "m.what", "m.occasion", "m.role", "m.company", "m.kind")
        clauses.append("(" + " OR ".join(f"{f} LIKE ? ESCAPE '\\'" for f in fields) + ")")
        params += [like] * len(fields)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    if _has_table(conn, "outbox"):
        join, state = "LEFT JOIN outbox o ON o.note_id = n.id", "o.state"
    else:
        join, state = "", "NULL"
    select = _NOTE_LISTING.rsplit("ORDER BY", 1)[0].format(where=where, outbox_join=join, outbox_state=state)
    order = "ORDER BY n.due DESC, n.id DESC" if newest_first else "ORDER BY n.due IS NULL, n.due, n.id"
    rows = [dict(r) for r in conn.execute(f"{select} {order} LIMIT ?", (*params, limit + 1))]
    if words:
        return rows[:limit], (len(rows) if len(rows) <= limit else None)
    moments = "JOIN moments m ON m.id = n.moment_id" if kind else ""  # counting needs no other join
    total = conn.execute(f"SELECT count(*) FROM notes n {moments} {where}", params).fetchone()[0]
    return rows[:limit], total
