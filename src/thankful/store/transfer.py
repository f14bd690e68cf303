"""Export the whole notebook as JSON (ids kept) and import it back, all or nothing."""

from __future__ import annotations

import json
import sqlite3

from thankful.domain.errors import ThankfulError, UsageError
from thankful.domain.validate import read_json

from .undo import TABLES as UNDO_TABLES

FORMAT = "thankful-notebook"
VERSION = 1


def user_tables(conn: sqlite3.Connection) -> list[str]:
    """Every table of the notebook's own data, in creation order (the order foreign keys allow). Search
    tables (FTS5 and its shadow tables) are derived from the others, and the undo log is the notebook's
    memory of its changes rather than its contents: both are left out."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        "ORDER BY rowid").fetchall()
    virtual = {name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")}
    return [name for name, _ in rows if name not in virtual and name not in UNDO_TABLES
            and not any(name.startswith(v + "_") for v in virtual)]


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def export_text(conn: sqlite3.Connection) -> str:
    """The notebook as JSON text: one row a line, keys sorted, so the same notebook always gives the same bytes."""
    schema = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = [(t, [dict(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid')]) for t in user_tables(conn)]
    return export_of(schema, tables)


def export_of(schema: int, tables: list[tuple[str, list[dict]]]) -> str:
    """Rows as an export (the layout `export_text` writes, and `import_text` reads line by line)."""
    lines = ["{", f'"format": "{FORMAT}",', f'"version": {VERSION},', f'"schema": {schema},', '"tables": {']
    for t_index, (table, rows) in enumerate(tables):
        lines.append(f"{json.dumps(table)}: [")
        for r_index, row in enumerate(rows):
            comma = "," if r_index < len(rows) - 1 else ""
            lines.append(json.dumps(row, sort_keys=True, ensure_ascii=False) + comma)
        lines.append("]" + ("," if t_index < len(tables) - 1 else ""))
    lines += ["}", "}"]
    return "\n".join(lines) + "\n"


def import_text(nb, text: str, source: str = "import") -> dict[str, int]:
    """Load an export into an empty notebook; any problem rolls everything back. Returns rows per table."""
    export = read_export(nb.conn, text, source)
    return import_rows(nb, export)


class Export:
    """An export read and checked for shape: its tables' rows, and where each row is in the file."""

    def __init__(self, data: dict, source: str, line_of: dict[tuple[str, int], int]):
        self.data, self.source, self._line_of = data, source, line_of

    @property
    def tables(self) -> dict[str, list[dict]]:
        return self.data["tables"]

    def where(self, table: str, index: int) -> str:
        """'FILE: line 12 (notes row 3)', to name a row in an error."""
        return _where(self.source, table, index, self._line_of)


def read_export(conn: sqlite3.Connection, text: str, source: str) -> Export:
    """An export of this notebook's schema, checked before anything is written: known tables and columns,
    each value of its column's type (an id a positive whole number, text as text, no null where the notebook
    needs a value). ThankfulError naming the first problem's line otherwise."""
    data = parse(text, source)
    known = user_tables(conn)
    unknown = [t for t in data["tables"] if t not in known]
    if unknown:
        raise ThankfulError(f"{source}: unknown table {unknown[0]!r}; is this a Thankful export?")
    export = Export(data, source, _row_lines(text))
    for table in known:
        rows = data["tables"].get(table, [])
        if not isinstance(rows, list):
            raise ThankfulError(f"{source}: table {table!r} should be a list of rows; nothing was imported")
        shape = _shape(conn, table)
        for index, row in enumerate(rows):
            _check_row(row, shape, export.where(table, index))
    return export


def import_rows(nb, export: Export) -> dict[str, int]:
    """Write a checked export into this empty notebook, all or nothing. Returns rows per table."""
    conn = nb.conn
    counts: dict[str, int] = {}
    with nb.transaction(f"import {export.source}"):
        busy = [t for t in user_tables(conn) if conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()]
        if busy:
            raise ThankfulError(
                f"the notebook {nb.path} already holds {busy[0]}; import into a new, empty notebook",
                what="not-empty")
        for table in user_tables(conn):  # creation order keeps foreign keys satisfied
            rows = export.tables.get(table, [])
            for index, row in enumerate(rows):
                names = sorted(row)
                try:
                    conn.execute(
                        f'INSERT INTO "{table}" ({",".join(names)}) VALUES ({",".join("?" * len(names))})',
                        [int(row[n]) if isinstance(row[n], bool) else row[n] for n in names])
                except sqlite3.Error as e:
                    raise ThankfulError(f"{export.where(table, index)}: {_explain(e)}; nothing was imported") from None
            counts[table] = len(rows)
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            table, rowid = problems[0][0], problems[0][1]
            raise ThankfulError(f"{export.source}: {table} row {rowid} points at a missing {problems[0][2]}; "
                                "nothing was imported")
    return counts


def _shape(conn: sqlite3.Connection, table: str) -> dict[str, tuple[str, bool, bool]]:
    """Each column's (declared type, whether it needs a value, whether it is the row's id)."""
    return {r[1]: (r[2].upper(), bool(r[3]), r[5] == 1 and r[2].upper() == "INTEGER")
            for r in conn.execute(f'PRAGMA table_info("{table}")')}


def _check_row(row, shape: dict[str, tuple[str, bool, bool]], where: str) -> None:
    if not isinstance(row, dict):
        raise ThankfulError(f"{where}: a row should be a JSON object; nothing was imported")
    extra = set(row) - set(shape)
    if extra:
        raise ThankfulError(f"{where}: unknown column {sorted(extra)[0]!r}; nothing was imported")
    for column, (kind, required, is_id) in shape.items():
        value = row.get(column)
        if value is None:
            if required and column in row:
                raise ThankfulError(f"{where}: {column} needs a value, not null; nothing was imported")
            continue
        if not _of_type(value, kind) or (is_id and value < 1):
            wanted = {"INTEGER": "a whole number", "REAL": "a number", "TEXT": "text"}.get(kind, kind.lower())
            raise ThankfulError(f"{where}: {column} should be {wanted}" + (" from 1 up" if is_id else "")
                                + f", not {json.dumps(value, ensure_ascii=False)[:40]}; nothing was imported")


def _of_type(value, kind: str) -> bool:
    if kind == "INTEGER":
        return isinstance(value, int)  # true and false were written as 1 and 0 by older exports
    if kind == "REAL":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "TEXT":
        return isinstance(value, str)
    return isinstance(value, (str, int, float))


def parse(text: str, source: str) -> dict:
    """The export as JSON, checked to be one this Thankful reads; ThankfulError naming the line otherwise."""
    try:
        data = read_json(text, source)
    except UsageError as e:
        raise ThankfulError(f"{e}; nothing was imported") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ThankfulError(f"{source}: not a Thankful export (no \"format\": \"{FORMAT}\"); nothing was imported")
    if data.get("version") != VERSION:
        raise ThankfulError(f"{source}: export format version {data.get('version')!r} is not one this Thankful reads")
    if not isinstance(data.get("tables"), dict):
        raise ThankfulError(f"{source}: no \"tables\" object; nothing was imported")
    return data


def _explain(e: sqlite3.Error) -> str:
    if "FOREIGN KEY" in str(e):
        return "it points at a row that is missing from the file (a person, moment or note)"
    return str(e)


def _row_lines(text: str) -> dict[tuple[str, int], int]:
    """Line numbers of rows in an export laid out one row a line (as `export_text` writes it)."""
    found: dict[tuple[str, int], int] = {}
    table, index = None, 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.endswith(": [") and stripped.startswith('"'):
            table, index = stripped[1:stripped.index('"', 1)], 0
        elif table and stripped.startswith("{"):
            found[(table, index)] = number
            index += 1
        elif stripped.startswith("]"):
            table = None
    return found


def _where(source: str, table: str, index: int, line_of: dict) -> str:
    line = line_of.get((table, index))
    return f"{source}: line {line} ({table} row {index + 1})" if line else f"{source}: {table} row {index + 1}"
