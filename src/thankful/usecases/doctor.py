"""`thankful doctor`: is the notebook whole (SQLite's integrity check, links between rows, values Thankful
can use), and a salvage of every row that can still be read when it is not. The notebook itself is only
ever read."""

from __future__ import annotations

import os

from thankful.channels.files import write_atomic
from thankful.domain.errors import UsageError
from thankful.store import doctor, explain

from . import backups, values

SHOWN = 10  # problems listed; a badly damaged file has thousands


def examine(path: str) -> dict:
    """{notebook, healthy, problems, more, schema, rows, backup}: what is wrong with the notebook at `path`, if
    anything, and the newest whole backup to restore when something is."""
    conn = doctor.open_for_reading(path)
    try:
        problems = doctor.integrity(conn)
        rows: dict[str, list[dict]] = {}
        if not problems:  # a whole file: does it hold values Thankful can use?
            try:
                rows = doctor.rows_of(conn)
            except Exception as e:  # noqa: BLE001 - a database error is a finding here, anything else is not
                if explain(e) is None:
                    raise
                problems.append(f"a row cannot be read: {e}")
            problems += values.problems(rows, _namer(rows))
        return {"notebook": path, "healthy": not problems, "problems": problems[:SHOWN], "more": max(0, len(problems) - SHOWN),
                "schema": doctor.schema_version(conn), "rows": {t: len(r) for t, r in rows.items()},
                "backup": backups.newest_good(path) if problems else None}
    finally:
        conn.close()


def _namer(rows: dict[str, list[dict]]):
    def where(table: str, index: int) -> str:
        row = rows[table][index]
        return f"{table} #{row['id']}" if "id" in row else f"{table} row {index + 1}"
    return where


def salvage_to(path: str, target: str) -> dict:
    """Write every readable row of the notebook at `path` to `target` as an export (0600), naming what was
    lost or mended: {file, rows, damaged}. The export imports into a new notebook."""
    if _same_file(path, target):
        raise UsageError("write the salvage to a new file, not over the notebook itself")
    conn = doctor.open_for_reading(path)
    try:
        found = doctor.salvage(conn)
    finally:
        conn.close()
    written = write_atomic(target, found.export_text().encode("utf-8"))
    return {"file": written, "rows": found.counts(), "damaged": found.damaged}


def _same_file(path: str, target: str) -> bool:
    mine = os.path.realpath(path)
    theirs = os.path.realpath(os.path.expanduser(target))
    return theirs in (mine, mine + "-wal", mine + "-shm")
