"""A damaged notebook: its integrity check, and every row that can still be read (a salvage).

Everything here opens the file read-only and never migrates it: a doctor does not touch the patient.
"""

from __future__ import annotations

import os
import sqlite3
from urllib.parse import quote

from thankful.domain.errors import ThankfulError

from .notebook import _read_only_error, migrations
from .transfer import columns, export_of, user_tables

LOST = 2**62  # probes for readable rows stop here
# Rows that must exist for others to point at them: a lost one is put back as a placeholder, so the
# salvage imports (the notes keep their text even when the person's page was unreadable).
PLACEHOLDERS = {
    "people": lambda pid: {"id": pid, "name": f"Lost person #{pid}", "call": "", "email": "", "address": "",
                           "relationship": "other", "notes": "their details were on a damaged page", "created": None},
    "moments": lambda mid: {"id": mid, "kind": "gratitude", "on_date": None, "tone": "warm", "created": None,
                            "facts": "{}"},
}


def open_for_reading(path: str) -> sqlite3.Connection:
    """The notebook opened read-only (as immutable when not even that is possible); ThankfulError if there is
    no such file."""
    if not os.path.isfile(path):
        raise ThankfulError(f"no notebook at {path}", what="notebook", name=path)
    target = "file:" + quote(os.path.abspath(path))
    for mode in ("?mode=ro", "?immutable=1"):
        conn = sqlite3.connect(target + mode, uri=True, isolation_level=None, timeout=5)
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.DatabaseError as e:
            if mode == "?mode=ro" and _read_only_error(e):
                conn.close()
                continue
            return conn  # damaged: the checks below say how
    return conn


def integrity(conn: sqlite3.Connection) -> list[str]:
    """SQLite's own check of every page and index ([] when the file is whole), then rows that point at rows
    that are missing."""
    try:
        found = [line for r in conn.execute("PRAGMA integrity_check(100)") for line in str(r[0]).splitlines()]
    except sqlite3.DatabaseError as e:
        return [f"the file cannot be read as a notebook: {e}"]
    problems = [] if found == ["ok"] else [line for line in found if not line.startswith("***")]
    try:
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} points at a missing row of {parent}")
    except sqlite3.DatabaseError as e:
        problems.append(f"links between rows cannot be checked: {e}")
    return problems


def schema_version(conn: sqlite3.Connection) -> int | None:
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        return None


def rows_of(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    """Every table's rows of a readable notebook, for checking their values."""
    return {t: [dict(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid')] for t in user_tables(conn)}


class Salvage:
    """What could be read from a damaged notebook: its rows as an export, and what was lost or mended."""

    def __init__(self, schema: int, tables: dict[str, list[dict]], damaged: list[str]):
        self.schema, self.tables, self.damaged = schema, tables, damaged

    def export_text(self) -> str:
        return export_of(self.schema, list(self.tables.items()))

    def counts(self) -> dict[str, int]:
        return {t: len(rows) for t, rows in self.tables.items()}


def salvage(conn: sqlite3.Connection) -> Salvage:
    """Every row that can be read, table by table, skipping unreadable pages; text that is not UTF-8 is kept
    with U+FFFD in place of its bad bytes; rows that lost what they point at are mended or left out. Each loss
    and mend is named in `damaged`."""
    reference = _reference_schema()
    schema = schema_version(conn) or len(migrations())
    bad_text: list[bool] = []
    conn.text_factory = _lenient_text(bad_text)
    conn.row_factory = sqlite3.Row
    tables: dict[str, list[dict]] = {}
    damaged: list[str] = []
    for table, wanted in _tables(conn, reference).items():
        rows, lost = _read_table(conn, table, wanted, bad_text)
        tables[table] = rows
        damaged += lost
    damaged += _mend_links(conn, reference, tables)
    return Salvage(schema, tables, damaged)


def _reference_schema() -> sqlite3.Connection:
    """A new, empty notebook in memory: the tables and links a notebook of this Thankful has."""
    from .notebook import open_notebook

    return open_notebook(":memory:").conn


def _tables(conn: sqlite3.Connection, reference: sqlite3.Connection) -> dict[str, list[str]]:
    """The damaged notebook's tables and their columns (the reference's when its own list is unreadable)."""
    try:
        return {t: columns(conn, t) for t in user_tables(conn)}
    except sqlite3.DatabaseError:
        return {t: columns(reference, t) for t in user_tables(reference)}


def _lenient_text(flags: list[bool]):
    def decode(raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            flags.append(True)
            return raw.decode("utf-8", "replace")
    return decode


def _read_table(conn: sqlite3.Connection, table: str, wanted: list[str], bad_text: list[bool]):
    """(rows, what was lost) of one table, read in rowid order past any unreadable page."""
    names = ", ".join(f'"{c}"' for c in wanted)
    rows: list[dict] = []
    lost: list[str] = []
    start = -LOST
    while True:
        try:
            for row in conn.execute(f'SELECT rowid AS "#rowid", {names} FROM "{table}" WHERE rowid >= ? '
                                    "ORDER BY rowid", (start,)):
                found = dict(row)
                rowid = found.pop("#rowid")
                if bad_text:
                    bad_text.clear()
                    lost.append(f"{table} row {rowid}: some of its text was damaged; kept with \ufffd in its place")
                rows.append(found)
                start = rowid + 1
            return rows, lost
        except sqlite3.DatabaseError:
            bad_text.clear()
            after = _next_readable(conn, table, start)
            before = f"after #{start - 1}" if start > -LOST else "at its start"
            lost.append(f"{table}: rows {before}" + (f" up to #{after}" if after else "")
                        + " were on a damaged page and could not be read")
            if after is None:
                return rows, lost
            start = after


def _next_readable(conn: sqlite3.Connection, table: str, start: int) -> int | None:
    """The first rowid past an unreadable page from which rows can be read again, or None."""
    def readable(at: int) -> bool:
        try:
            conn.execute(f'SELECT rowid FROM "{table}" WHERE rowid >= ? ORDER BY rowid LIMIT 1', (at,)).fetchone()
            return True
        except sqlite3.DatabaseError:
            return False

    low = max(start, 0)
    step = 1
    while not readable(low + step):
        step *= 2
        if low + step > LOST:
            return None
    bad, good = low + step // 2, low + step  # the first readable place lies in (bad, good]
    while good - bad > 1:
        middle = (bad + good) // 2
        if readable(middle):
            good = middle
        else:
            bad = middle
    return good


def _mend_links(conn: sqlite3.Connection, reference: sqlite3.Connection, tables: dict[str, list[dict]]) -> list[str]:
    """Rows pointing at rows that were lost: a placeholder person or moment is put back; other rows are left
    out. Returns what was done."""
    done: list[str] = []
    for table in list(tables):
        try:
            links = reference.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
        except sqlite3.DatabaseError:
            continue
        for link in links:
            parent, column, target = link[2], link[3], link[4] or "id"
            if parent not in tables:
                continue
            have = {row.get(target) for row in tables[parent]}
            kept = []
            for row in tables[table]:
                value = row.get(column)
                if value is None or value in have:
                    kept.append(row)
                elif parent in PLACEHOLDERS:
                    tables[parent].append(PLACEHOLDERS[parent](value))
                    tables[parent].sort(key=lambda r: r[target])
                    have.add(value)
                    done.append(f"{parent} #{value} was lost; put back as a placeholder so {table} that point at "
                                "it are kept")
                    kept.append(row)
                else:
                    done.append(f"{table} row pointing at {parent} #{value} left out: that {parent} row was lost")
            tables[table] = kept
    return done
