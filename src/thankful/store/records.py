"""Queries for people, moments, notes and journal entries."""

from __future__ import annotations

import re
import sqlite3

from thankful.domain.errors import NotFound, UsageError
from thankful.domain.model import MOMENT_TEXT_FIELDS, JournalEntry, Moment, Note, Person

from .listing import list_notes  # noqa: F401 (part of this module's API)

PERSON_FIELDS = ("name", "call", "email", "address", "relationship", "notes")
NOTE_FIELDS = ("moment_id", "person_id", "status", "due", "channel", "subject", "body", "edited",
               "skip_reason", "sent_on", "sent_via", "printed_on", "message_id", "created")


# --- people -------------------------------------------------------------------------------------

def person_from_row(row: sqlite3.Row) -> Person:
    return Person(id=row["id"], **{f: row[f] for f in PERSON_FIELDS})


def insert_person(conn: sqlite3.Connection, person: Person, created: str | None = None) -> Person:
    cur = conn.execute(
        "INSERT INTO people (name, call, email, address, relationship, notes, created) VALUES (?,?,?,?,?,?,?)",
        (person.name, person.call, person.email, person.address, person.relationship, person.notes, created),
    )
    person.id = cur.lastrowid
    return person


def update_person(conn: sqlite3.Connection, person: Person) -> None:
    conn.execute(
        "UPDATE people SET name=?, call=?, email=?, address=?, relationship=?, notes=? WHERE id=?",
        (person.name, person.call, person.email, person.address, person.relationship, person.notes, person.id),
    )


def get_person(conn: sqlite3.Connection, person_id: int) -> Person:
    row = conn.execute("SELECT * FROM people WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise NotFound(f"no person with id {person_id}; see 'thankful people list'")
    return person_from_row(row)


def list_people(conn: sqlite3.Connection) -> list[Person]:
    rows = conn.execute("SELECT * FROM people ORDER BY name COLLATE NOCASE, id")
    return [person_from_row(r) for r in rows]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", text.casefold())


def match_people(conn: sqlite3.Connection, name: str) -> list[Person]:
    """People whose name or greeting is `name` (any case); failing that, those containing all its words."""
    wanted = " ".join(name.split()).casefold()
    rows = conn.execute(
        "SELECT * FROM people WHERE name = ? COLLATE NOCASE OR call = ? COLLATE NOCASE ORDER BY id",
        (wanted, wanted),
    ).fetchall()
    exact = [person_from_row(r) for r in rows if " ".join(r["name"].split()).casefold() == wanted
             or " ".join(r["call"].split()).casefold() == wanted]
    if exact:
        return exact
    words = _words(name)
    if not words:
        return []
    like = f"%{words[0]}%"
    rows = conn.execute("SELECT * FROM people WHERE name LIKE ? OR call LIKE ? ORDER BY id", (like, like))
    found = []
    for r in rows:
        have = set(_words(r["name"])) | set(_words(r["call"]))
        if all(w in have for w in words):
            found.append(person_from_row(r))
    return found


def find_person(conn: sqlite3.Connection, name: str) -> Person | None:
    """The one person `name` means, None if nobody, UsageError listing them if several."""
    if name.strip().isdigit():
        row = conn.execute("SELECT * FROM people WHERE id = ?", (int(name),)).fetchone()
        if row:
            return person_from_row(row)
    found = match_people(conn, name)
    if len(found) > 1:
        listed = "; ".join(f"#{p.id} {p.name}" + (f" ({p.call})" if p.call else "") for p in found)
        raise UsageError(f"{name!r} could mean several people: {listed}; use the full name or the #id")
    return found[0] if found else None


def require_person(conn: sqlite3.Connection, name: str) -> Person:
    person = find_person(conn, name)
    if person is None:
        raise NotFound(f"nobody called {name!r} in the notebook; add them with 'thankful people add'")
    return person


# --- moments ------------------------------------------------------------------------------------

_MOMENT_COLUMNS = ("kind",) + MOMENT_TEXT_FIELDS + ("on_date", "money", "amount", "tone", "created")


def insert_moment(conn: sqlite3.Connection, moment: Moment, created: str | None = None) -> Moment:
    values = [moment.kind] + [getattr(moment, f) or "" for f in MOMENT_TEXT_FIELDS]
    values += [moment.on, int(bool(moment.money)), moment.amount or 0, moment.tone or "warm", created]
    marks = ",".join("?" * len(_MOMENT_COLUMNS))
    cur = conn.execute(f"INSERT INTO moments ({','.join(_MOMENT_COLUMNS)}) VALUES ({marks})", values)
    moment.id = cur.lastrowid
    for position, giver in enumerate(moment.givers):
        conn.execute("INSERT OR IGNORE INTO moment_givers (moment_id, person_id, position) VALUES (?,?,?)",
                     (moment.id, giver.id, position))
    return moment


def update_moment_fields(conn: sqlite3.Connection, moment_id: int, fields: dict) -> None:
    """Save answers to a moment's questions (compose's `needs`)."""
    allowed = {k: v for k, v in fields.items() if k in MOMENT_TEXT_FIELDS or k in ("tone", "amount", "money")}
    if not allowed:
        return
    sets = ", ".join(f"{k} = ?" for k in allowed)
    conn.execute(f"UPDATE moments SET {sets} WHERE id = ?", (*allowed.values(), moment_id))


def get_moment(conn: sqlite3.Connection, moment_id: int) -> Moment:
    row = conn.execute("SELECT * FROM moments WHERE id = ?", (moment_id,)).fetchone()
    if row is None:
        raise NotFound(f"no moment #{moment_id}")
    givers = conn.execute(
        "SELECT p.* FROM moment_givers g JOIN people p ON p.id = g.person_id WHERE g.moment_id = ? ORDER BY g.position",
        (moment_id,),
    ).fetchall()
    return Moment(
        id=row["id"], kind=row["kind"], givers=[person_from_row(g) for g in givers],
        on=row["on_date"], money=bool(row["money"]), amount=row["amount"], tone=row["tone"],
        **{f: row[f] for f in MOMENT_TEXT_FIELDS},
    )


# --- notes --------------------------------------------------------------------------------------

def note_from_row(row: sqlite3.Row) -> Note:
    data = {f: row[f] for f in NOTE_FIELDS}
    data["edited"] = bool(data["edited"])
    return Note(id=row["id"], **data)


def insert_note(conn: sqlite3.Connection, note: Note) -> Note:
    values = [getattr(note, f) for f in NOTE_FIELDS]
    values[NOTE_FIELDS.index("edited")] = int(note.edited)
    cur = conn.execute(f"INSERT INTO notes ({','.join(NOTE_FIELDS)}) VALUES ({','.join('?' * len(NOTE_FIELDS))})",
                       values)
    note.id = cur.lastrowid
    return note


def get_note(conn: sqlite3.Connection, note_id: int) -> Note:
    row = conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise NotFound(f"no note #{note_id}; see 'thankful owed --all' for the notes in this notebook")
    return note_from_row(row)


def update_note(conn: sqlite3.Connection, note_id: int, **fields) -> None:
    bad = set(fields) - set(NOTE_FIELDS)
    if bad:
        raise ValueError(f"not note fields: {sorted(bad)}")
    if "edited" in fields:
        fields["edited"] = int(bool(fields["edited"]))
    sets = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE notes SET {sets} WHERE id = ?", (*fields.values(), note_id))


def count_notes(conn: sqlite3.Connection) -> dict[str, int]:
    return {r[0]: r[1] for r in conn.execute("SELECT status, count(*) FROM notes GROUP BY status")}


# --- journal ------------------------------------------------------------------------------------

def insert_journal(conn: sqlite3.Connection, entry: JournalEntry, people: list[Person] = ()) -> JournalEntry:
    cur = conn.execute("INSERT INTO journal (day, text, prompt, moment_id) VALUES (?,?,?,?)",
                       (entry.day, entry.text, entry.prompt, entry.moment_id))
    entry.id = cur.lastrowid
    for p in people:
        conn.execute("INSERT OR IGNORE INTO journal_people (journal_id, person_id) VALUES (?,?)", (entry.id, p.id))
    entry.people = [p.name for p in people]
    return entry


def list_journal(conn: sqlite3.Connection, since: str | None = None, search: str | None = None) -> list[JournalEntry]:
    clauses, params = [], []
    if since:
        clauses.append("j.day >= ?")
        params.append(since)
    if search:
        clauses.append("j.text LIKE ?")
        params.append(f"%{search}%")
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        f"""SELECT j.*, group_concat(p.name, '\x1f') AS names FROM journal j
            LEFT JOIN journal_people jp ON jp.journal_id = j.id LEFT JOIN people p ON p.id = jp.person_id
            {where} GROUP BY j.id ORDER BY j.day, j.id""", params)
    return [JournalEntry(id=r["id"], day=r["day"], text=r["text"], prompt=r["prompt"], moment_id=r["moment_id"],
                         people=r["names"].split("\x1f") if r["names"] else []) for r in rows]


# --- settings -----------------------------------------------------------------------------------

def get_setting(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_setting(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM settings WHERE key = ?", (key,))
    else:
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (key, value))


def all_settings(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT key, value FROM settings ORDER BY key")}
