"""Tables people export (CSV, TSV, XLSX): their rows with the line each came from, and their headers matched
to the fields Thankful reads (aliases in data/import_headers.toml), so every error can name file and line."""

from __future__ import annotations

import re
from datetime import date, datetime

from thankful.domain import data
from thankful.domain.errors import UsageError

XLSX_MAGIC = b"PK\x03\x04"
IGNORE = ("ignore", "-", "none", "skip")  # --map COLUMN=ignore leaves a column out


class Table:
    """A table read from a file: its headers and its rows, each with the line (or sheet row) it is on."""

    __slots__ = ("source", "headers", "rows", "unit")

    def __init__(self, source: str, headers: list[str], rows: list[tuple[int, list]], unit: str = "line"):
        self.source, self.headers, self.rows, self.unit = source, headers, rows, unit

    def where(self, line: int) -> str:
        """'guests.csv: line 14' (or 'row 14' of a spreadsheet), for messages."""
        return f"{self.source}: {self.unit} {line}"


def read_table(content: bytes, source: str) -> Table:
    """The table in a CSV, TSV or XLSX file's bytes; UsageError naming the file (and line) when unreadable."""
    if content[:4] == XLSX_MAGIC or source.lower().endswith((".xlsx", ".xlsm")):
        return _read_xlsx(content, source)
    return read_text_table(decode(content, source), source)


def decode(content: bytes, source: str) -> str:
    """Text from bytes: UTF-8 (a byte-order mark dropped), UTF-16 when its mark says so (Excel's 'Unicode
    text'), else Windows-1252 (Excel's CSV on Windows)."""
    if content[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return content.decode("utf-16")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return content.decode("cp1252")
        except UnicodeDecodeError:
            raise UsageError(f"{source} is not text this can read; save it as CSV (UTF-8) or XLSX") from None


def read_text_table(text: str, source: str) -> Table:
    import csv
    import io

    lines = text.splitlines()
    header_line = next((line for line in lines if line.strip()), "")
    delimiter = _delimiter(header_line, source)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list]] = []
    headers: list[str] | None = None
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if headers is None:
                headers = [clean_header(c) for c in cells]
            else:
                rows.append((line, cells))
    except csv.Error as e:
        raise UsageError(f"{source}: line {reader.line_num}: cannot read it as CSV ({e})") from None
    if not headers:
        raise UsageError(f"{source} is empty: it needs a header row and at least one row")
    return Table(source, headers, rows)


def _delimiter(header: str, source: str) -> str:
    if source.lower().endswith((".tsv", ".tab")):
        return "\t"
    counts = {d: header.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_xlsx(content: bytes, source: str) -> Table:
    import io
    import zipfile

    import openpyxl  # only for spreadsheets

    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise UsageError(f"{source} is not a spreadsheet this can read ({e}); save it as .xlsx or CSV") from None
    try:
        sheet = book.active
        headers: list[str] | None = None
        rows: list[tuple[int, list]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell(v) for v in values]
            if not any(c not in ("", None) and str(c).strip() for c in cells):
                continue
            if headers is None:
                headers = [clean_header(str(c or "")) for c in cells]
            else:
                rows.append((number, cells))
    finally:
        book.close()
    if not headers:
        raise UsageError(f"{source} is empty: its first sheet needs a header row and at least one row")
    return Table(source, headers, rows, unit="row")


def _cell(value):
    """A spreadsheet cell as text, except dates (kept as dates) and whole numbers (no '.0')."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def clean_header(text: str) -> str:
    return " ".join(str(text).replace("\ufeff", "").split())


def normal(header: str) -> str:
    """A header as matched: lower case, no byte-order mark, punctuation as spaces ('Thanked?' -> 'thanked')."""
    return " ".join(re.sub(r"[^\w]+", " ", header.replace("\ufeff", "").casefold()).replace("_", " ").split())


# --- matching headers to fields -------------------------------------------------------------------

def fields() -> dict[str, dict]:
    """Every field a table can give, with its label and aliases (data/import_headers.toml)."""
    return data.toml("import_headers.toml")["fields"]


def choose_mapping(headers: list[str], overrides: dict[str, str] | None = None,
                   wanted: tuple[str, ...] | None = None) -> dict[str, str | None]:
    """header -> the field it gives (None: ignored). Aliases choose; `overrides` (--map COLUMN=FIELD) correct."""
    known = {name: info for name, info in fields().items() if wanted is None or name in wanted}
    rank: dict[str, tuple[str, int]] = {}
    for name, info in known.items():
        for i, alias in enumerate(info["aliases"]):
            rank.setdefault(normal(alias), (name, i))
    mapping: dict[str, str | None] = {h: None for h in headers}
    best: dict[str, tuple[int, str]] = {}
    for header in headers:
        hit = rank.get(normal(header))
        if hit and (hit[0] not in best or hit[1] < best[hit[0]][0]):
            best[hit[0]] = (hit[1], header)
    for name, (_, header) in best.items():
        mapping[header] = name
    for column, field in (overrides or {}).items():
        header = _header_named(column, headers)
        field = field.strip().lower().replace(" ", "_").replace("-", "_")
        if field in IGNORE:
            mapping[header] = None
            continue
        if field not in known:
            raise UsageError(f"--map {column}={field}: unknown field {field!r}; fields: {', '.join(known)} "
                             "(or 'ignore')")
        for other, chosen in mapping.items():
            if chosen == field:
                mapping[other] = None  # one column per field: the corrected one
        mapping[header] = field
    return mapping


def _header_named(column: str, headers: list[str]) -> str:
    for header in headers:
        if header == column or normal(header) == normal(column):
            return header
    raise UsageError(f"--map {column}=...: the file has no column {column!r}; its columns: {', '.join(headers)}")


def parse_maps(pairs: list[str]) -> dict[str, str]:
    """--map COLUMN=FIELD options as a dict; UsageError for one without '='."""
    found: dict[str, str] = {}
    for pair in pairs or []:
        column, sep, field = pair.rpartition("=")
        if not sep or not column.strip() or not field.strip():
            raise UsageError(f"--map {pair!r}: write it as COLUMN=FIELD, e.g. --map \"Purchaser=giver\"")
        found[column.strip()] = field.strip()
    return found


def cells_by_field(cells: list, headers: list[str], mapping: dict[str, str | None]) -> dict:
    """One row's values by field name (see row_reader, which reads many rows of one table faster)."""
    return row_reader(headers, mapping)(cells)


def row_reader(headers: list[str], mapping: dict[str, str | None]):
    """A function giving one row's values by field name: text with its spaces tidied (an address's lines kept),
    dates kept as dates. The columns to read are worked out once for the table, not once per row."""
    plan = tuple((i, mapping[h]) for i, h in enumerate(headers) if mapping.get(h) is not None)

    def read(cells: list) -> dict:
        found = {}
        for i, field in plan:
            if i >= len(cells):
                continue
            value = cells[i]
            if isinstance(value, str):
                value = value.strip() if field == "address" else " ".join(value.split())
            elif value is None:
                value = ""
            elif not isinstance(value, date):
                value = str(value)
            found[field] = value
        return found

    return read
