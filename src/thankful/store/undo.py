"""Undo: every change to the notebook, kept as the SQL that takes it back (SQLite's undo-log technique).

Triggers on every table write into `undo_log` the statement that reverts each row they see inserted,
updated or deleted, tagged with the change being recorded (the one row of `undo_changes` whose state is
'recording'). `Notebook.transaction(label)` opens such a change and closes it at commit; `Notebook.change`
groups several transactions (an email's queue, claim and send) into one. Undoing runs a change's
statements newest first, then forgets them and the statements the undo itself caused.

The triggers are made from the schema as it stands, for every table, so a table a later migration adds is
covered with no code here. They are TEMP triggers, made on a connection just before its first change
(`arm`): kept in the notebook file, SQLite would parse them every time any command opens it (0.9 ms each
time, measured: a third of `thankful owed`'s whole budget for Thankful's own work), while a command that
only reads never needs them. Writes from other programs (the sqlite3 shell) are not recorded, and could
not be told apart from Thankful's own changes anyway. Nothing in this module runs for a command that only
reads. The undo log is forgotten after a migration: its statements were written for the tables as they were.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from thankful.domain.errors import Conflict, NotFound, ThankfulError

TABLES = ("undo_changes", "undo_log")  # the undo log's own tables: never recorded, never exported
KEPT = 100  # changes remembered; older ones can no longer be undone
TRIGGER_PREFIX = "undo_"
CURRENT = "(SELECT id FROM undo_changes WHERE state = 'recording')"
_REVERSIBLE = re.compile(r'(INSERT INTO|UPDATE|DELETE FROM) "')


def ready(conn: sqlite3.Connection) -> bool:
    """Whether this notebook has the undo log (a notebook opened at an older schema has not)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'undo_log'").fetchone() is not None


# --- triggers -----------------------------------------------------------------------------------

def recorded_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables whose changes are recorded: every ordinary table but SQLite's own and the undo log's."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                        "ESCAPE '\\' ORDER BY rowid").fetchall()
    shadows = _shadow_prefixes(rows)
    return [name for name, sql in rows if name not in TABLES and not (sql or "").upper().startswith("CREATE VIRTUAL")
            and not name.startswith(shadows)]


def _shadow_prefixes(rows) -> tuple[str, ...]:
    """A virtual table (full-text search) keeps its rows in shadow tables named after it: those are its own."""
    return tuple(f"{name}_" for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL"))


def arm(conn: sqlite3.Connection) -> bool:
    """Make this connection record its changes: TEMP triggers on every table as the schema now stands.
    Called outside any transaction (a rollback would take TEMP triggers with it). False when the notebook
    has no undo log (opened at an older schema)."""
    if not ready(conn):
        return False
    disarm(conn)
    for table in recorded_tables(conn):
        for sql in triggers_for(conn, table):
            conn.execute(sql)
    # A REPLACE that deletes a row fires delete triggers only with recursive triggers on.
    conn.execute("PRAGMA recursive_triggers = ON")
    return True


def disarm(conn: sqlite3.Connection) -> None:
    """Remove this connection's undo triggers (before the notebook under it is replaced by a restore)."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'")]
    for name in names:
        if name.startswith(TRIGGER_PREFIX):
            conn.execute(f"DROP TRIGGER IF EXISTS temp.{_ident(name)}")


def forget(conn: sqlite3.Connection) -> None:
    """Forget every recorded change (after a migration or a restore: the log no longer fits the tables)."""
    if ready(conn):
        conn.execute("DELETE FROM undo_log")
        conn.execute("DELETE FROM undo_changes")


def triggers_for(conn: sqlite3.Connection, table: str) -> list[str]:
    """CREATE TRIGGER statements recording how to revert each insert, update and delete on `table`."""
    info = conn.execute(f"PRAGMA table_xinfo({_ident(table)})").fetchall()
    columns = [r[1] for r in info if r[6] == 0]  # not generated columns: those follow from the others
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
    if re.search(r"WITHOUT\s+ROWID", sql or "", re.IGNORECASE):
        keys = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5] > 0]
        stored = columns
    else:
        keys = ["rowid"]
        stored = ["rowid", *columns]  # the rowid too: a row comes back where it was, exports in the same order
    name = _ident(table)

    def where(row: str) -> str:
        return " || ' AND ' || ".join(f"{_lit(_ident(k) + '=')} || quote({row}.{_ident(k)})" for k in keys)

    def values(row: str) -> str:
        return " || ',' || ".join(f"quote({row}.{_ident(c)})" for c in stored)

    def sets(row: str) -> str:
        return " || ',' || ".join(f"{_lit(_ident(c) + '=')} || quote({row}.{_ident(c)})" for c in stored)

    changed = " OR ".join(f"old.{_ident(c)} IS NOT new.{_ident(c)}" for c in stored)
    column_list = ",".join(_ident(c) for c in stored)
    record = "INSERT INTO undo_log (change_id, statement) VALUES (" + CURRENT + ", {});"
    trigger = {event: _ident(f"{TRIGGER_PREFIX}{table}_{event}") for event in ("insert", "update", "delete")}
    return [
        f"CREATE TEMP TRIGGER {trigger['insert']} AFTER INSERT ON main.{name} BEGIN "
        + record.format(f"{_lit(f'DELETE FROM {name} WHERE ')} || {where('new')}") + " END",
        f"CREATE TEMP TRIGGER {trigger['update']} AFTER UPDATE ON main.{name} WHEN {changed} BEGIN "
        + record.format(f"{_lit(f'UPDATE {name} SET ')} || {sets('old')} || ' WHERE ' || {where('new')}") + " END",
        f"CREATE TEMP TRIGGER {trigger['delete']} AFTER DELETE ON main.{name} BEGIN "
        + record.format(f"{_lit(f'INSERT INTO {name} ({column_list}) VALUES (')} || {values('old')} || ')'")
        + " END",
    ]


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# --- recording ----------------------------------------------------------------------------------

@dataclass
class Group:
    """Several transactions that make one change (`Notebook.change`): its label (None: the first label a
    transaction in it gives), and what undoing it cannot take back (`notice`: 'the email already went out'),
    both settable until the group ends."""

    label: str | None
    notice: str = ""
    id: int | None = None


@dataclass
class Recording:
    """The change one transaction records into."""

    id: int
    label: str | None
    undoable: bool
    new: bool
    group: Group | None = None


def begin(conn: sqlite3.Connection, label: str | None, undoable: bool, group: Group | None) -> Recording:
    """Mark the change this transaction records into (a group's, or a new one) as 'recording'."""
    if group is not None and not group.label:
        group.label = label
    if group is not None and group.id is not None:
        conn.execute("UPDATE undo_changes SET state = 'recording' WHERE id = ?", (group.id,))
        return Recording(group.id, group.label, True, False, group)
    change_id = conn.execute("INSERT INTO undo_changes (label) VALUES ('')").lastrowid
    if group is not None:
        group.id = change_id
        return Recording(change_id, group.label, True, True, group)
    return Recording(change_id, label, undoable, True)


def finish(conn: sqlite3.Connection, rec: Recording, made: str) -> tuple[int, str] | None:
    """Close the change at commit: kept, with its label, if it changed anything that can be undone;
    forgotten otherwise. Returns (id, label) of a kept change."""
    changed = conn.execute("SELECT 1 FROM undo_log WHERE change_id = ? LIMIT 1", (rec.id,)).fetchone() is not None
    if not (changed and rec.undoable):
        if changed:
            conn.execute("DELETE FROM undo_log WHERE change_id = ?", (rec.id,))
        if rec.new:
            conn.execute("DELETE FROM undo_changes WHERE id = ?", (rec.id,))
            if rec.group is not None:
                rec.group.id = None
        else:
            conn.execute("UPDATE undo_changes SET state = 'done' WHERE id = ?", (rec.id,))
        return None
    label = (rec.group.label if rec.group else rec.label) or _describe(conn, rec.id)
    notice = rec.group.notice if rec.group else ""
    conn.execute("UPDATE undo_changes SET state = 'done', label = ?, notice = ?,"
                 " made = CASE WHEN made = '' THEN ? ELSE made END WHERE id = ?", (label, notice, made, rec.id))
    _forget_old(conn, rec.id)
    return rec.id, label


def adopt(rec: Recording, label: str) -> None:
    """A label given by a nested transaction names the change if nothing outside it did."""
    if rec.group is not None:
        rec.group.label = rec.group.label or label
    else:
        rec.label = rec.label or label


def rolled_back(rec: Recording | None) -> None:
    """A rolled-back transaction took its new change row with it."""
    if rec is not None and rec.new and rec.group is not None:
        rec.group.id = None


def _describe(conn: sqlite3.Connection, change_id: int) -> str:
    """A label for a change made without one: the tables it touched."""
    tables = []
    for (statement,) in conn.execute("SELECT statement FROM undo_log WHERE change_id = ? ORDER BY seq", (change_id,)):
        found = re.match(r'(?:INSERT INTO|UPDATE|DELETE FROM) "((?:[^"]|"")+)"', statement)
        if found and found.group(1) not in tables:
            tables.append(found.group(1))
    return "change " + ", ".join(t.replace("_", " ") for t in tables)


def _forget_old(conn: sqlite3.Connection, newest: int) -> None:
    """Keep the last KEPT changes; forget older ones, and statements written outside any change."""
    oldest_kept = newest - KEPT + 1
    conn.execute("DELETE FROM undo_log WHERE change_id IS NULL OR change_id < ?", (oldest_kept,))
    conn.execute("DELETE FROM undo_changes WHERE id < ?", (oldest_kept,))


# --- the part: listing and undoing --------------------------------------------------------------

def _change(row: sqlite3.Row) -> dict:
    return {"change": row["id"], "label": row["label"], "made": row["made"], "notice": row["notice"],
            "undone": row["state"] == "undone"}


class Changes:
    """The recent changes to the notebook, and undoing the newest."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def recent(self, limit: int = 20) -> list[dict]:
        """The latest changes, newest first, each with whether it was undone."""
        rows = self._conn.execute("SELECT * FROM undo_changes WHERE state != 'recording' ORDER BY id DESC LIMIT ?",
                                  (limit,))
        return [_change(r) for r in rows]

    def newest(self) -> dict | None:
        """The change `undo` would take back now, or None."""
        row = self._conn.execute("SELECT * FROM undo_changes WHERE state = 'done' ORDER BY id DESC LIMIT 1").fetchone()
        return _change(row) if row else None

    def undo(self, expected: int | None = None) -> dict:
        """Revert the newest change not yet undone (must be `expected` when given); inside the caller's
        transaction, which must record nothing of its own. Returns the change undone."""
        newest = self.newest()
        if newest is None:
            raise NotFound("there is nothing to undo", what="undo")
        if expected is not None and newest["change"] != expected:
            raise Conflict(f"a later change ({newest['label']}) was made since; undo that one first",
                           what="undo")
        mark = self._conn.execute("SELECT coalesce(max(seq), 0) FROM undo_log").fetchone()[0]
        self._conn.execute("PRAGMA defer_foreign_keys = ON")  # rows come back in any order; checked at commit
        statements = self._conn.execute("SELECT statement FROM undo_log WHERE change_id = ? ORDER BY seq DESC",
                                        (newest["change"],)).fetchall()
        for (statement,) in statements:
            if not _REVERSIBLE.match(statement):
                raise ThankfulError(f"the undo log holds something that is not a change to a row ({statement[:40]!r}); "
                                    "nothing was undone")
            try:
                self._conn.execute(statement)
            except sqlite3.IntegrityError as e:
                raise Conflict(f"cannot undo {newest['label']!r}: a later change is in the way ({e}); "
                               "nothing was undone", what="undo") from None
        self._conn.execute("DELETE FROM undo_log WHERE seq > ? OR change_id = ?", (mark, newest["change"]))
        self._conn.execute("UPDATE undo_changes SET state = 'undone' WHERE id = ?", (newest["change"],))
        return {**newest, "undone": True}
