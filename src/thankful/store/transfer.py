"""Export the whole notebook as JSON (ids kept) and import it back, all or nothing."""

from __future__ import annotations

import json
import sqlite3

from thankful.domain.errors import ThankfulError

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
    lines = ["{", f'"format": "{FORMAT}",', f'"version": {VERSION},', f'"schema": {schema},', '"tables": {']
    tables = user_tables(conn)
    for t_index, table in enumerate(tables):
        rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
        lines.append(f"{json.dumps(table)}: [")
        for r_index, row in enumerate(rows):
            comma = "," if r_index < len(rows) - 1 else ""
            lines.append(json.dumps(dict(row), sort_keys=True, ensure_ascii=False) + comma)
        lines.append("]" + ("," if t_index < len(tables) - 1 else ""))
    lines += ["}", "}"]
    return "\n".join(lines) + "\n"


def import_text(nb, text: str, source: str = "import") -> dict[str, int]:
    """Load an export into an empty notebook; any problem rolls everything back. Returns rows per table."""
    data = parse(text, source)
    conn = nb.conn
    known = user_tables(conn)
    tables = data["tables"]
    unknown = [t for t in tables if t not in known]
    if unknown:
        raise ThankfulError(f"{source}: unknown table {unknown[0]!r}; is this a Thankful export?")
    line_of = _row_lines(text)
    counts: dict[str, int] = {}
    with nb.transaction(f"import {source}"):
        busy = [t for t in known if conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()]
        if busy:
            raise ThankfulError(
                f"the notebook {nb.path} already holds {busy[0]}; import into a new, empty notebook",
                what="not-empty")
        for table in known:  # creation order keeps foreign keys satisfied
            rows = tables.get(table, [])
            if not isinstance(rows, list):
                raise ThankfulError(f"{source}: table {table!r} should be a list of rows")
            cols = set(columns(conn, table))
            for index, row in enumerate(rows):
                where = _where(source, table, index, line_of)
                if not isinstance(row, dict):
                    raise ThankfulError(f"{where}: a row should be a JSON object")
                extra = set(row) - cols
                if extra:
                    raise ThankfulError(f"{where}: unknown column {sorted(extra)[0]!r}")
                names = sorted(row)
                try:
                    conn.execute(
                        f'INSERT INTO "{table}" ({",".join(names)}) VALUES ({",".join("?" * len(names))})',
                        [_sql_value(row[n], where) for n in names])
                except sqlite3.Error as e:
                    raise ThankfulError(f"{where}: {_explain(e)}; nothing was imported") from None
            counts[table] = len(rows)
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            table, rowid = problems[0][0], problems[0][1]
            raise ThankfulError(f"{source}: {table} row {rowid} points at a missing {problems[0][2]}; nothing was imported")
    return counts


def parse(text: str, source: str) -> dict:
    """The export as JSON, checked to be one this Thankful reads; ThankfulError naming the line otherwise."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        hint = " (the file looks truncated)" if text.strip() and not text.rstrip().endswith("}") else ""
        raise ThankfulError(f"{source}: line {e.lineno}, column {e.colno}: {e.msg}{hint}; nothing was imported") from None
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


def _sql_value(value, where: str):
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, bool):
        return int(value)
    raise ThankfulError(f"{where}: values must be text, numbers or null, not {type(value).__name__}")


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
