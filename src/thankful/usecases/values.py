"""The values a notebook may hold, checked row by row: what an import must pass before anything is written,
and what `thankful doctor` looks for in a notebook changed by hand. Types are the store's business (see
store/transfer.py); this is the meaning: real dates in range, known kinds, tones, channels and statuses,
amounts that are numbers, settings of their type, text without characters no text may hold."""

from __future__ import annotations

from thankful import channels
from thankful.domain import kinds, settings, validate
from thankful.domain.errors import UsageError
from thankful.domain.model import STATUSES

MAX_BOX = 10_000
# (table, column) -> what it holds; columns not named are text checked for characters only.
DATES = {("people", "created"), ("moments", "on_date"), ("moments", "created"), ("notes", "due"),
         ("notes", "sent_on"), ("notes", "printed_on"), ("notes", "created"), ("journal", "day"),
         ("stationery", "added"), ("card_uses", "used_on"), ("outbox", "queued_on"), ("outbox", "sent_on")}
NOT_BLANK = {("people", "name"), ("journal", "text"), ("stationery", "description")}


def problems(tables: dict[str, list[dict]], where, *, here: bool = True, first: bool = False) -> list[str]:
    """Every value that breaks a rule, as 'where: what is wrong' (`where(table, index)` names a row); with
    `first`, stop at the first one."""
    found: list[str] = []
    for table, rows in tables.items():
        for index, row in enumerate(rows):
            problem = row_problem(table, row, here=here)
            if problem:
                found.append(f"{where(table, index)}: {problem}")
                if first:
                    return found
    return found


def check_export(tables: dict[str, list[dict]], where) -> None:
    """UsageError naming the first value an import must not bring in (nothing has been written yet)."""
    found = problems(tables, where, here=False, first=True)
    if found:
        raise UsageError(f"{found[0]}; nothing was imported")


def row_problem(table: str, row: dict, *, here: bool = True) -> str | None:
    """What is wrong with one row's values, or None."""
    try:
        _check_row(table, row, here)
    except UsageError as e:
        return str(e)
    return None


def _check_row(table: str, row: dict, here: bool) -> None:
    for column, value in row.items():
        if isinstance(value, str):
            validate.check_characters(value, column.replace("_", " "))
            if (table, column) in DATES:
                validate.iso_date(value, column.replace("_", " "))
            elif (table, column) in NOT_BLANK and not value.strip():
                raise UsageError(f"the {column} is blank")
    check = CHECKS.get(table)
    if check:
        check(row, here)


def _person(row: dict, here: bool) -> None:
    if "relationship" in row and row["relationship"] not in kinds.relationships():
        raise UsageError(f"unknown relationship {row['relationship']!r}")


def _moment(row: dict, here: bool) -> None:
    if "kind" in row and row["kind"] not in kinds.kinds():
        raise UsageError(f"unknown kind {row['kind']!r}; known kinds: {', '.join(kinds.kinds())}")
    if "tone" in row and row["tone"] not in kinds.all_tones():
        raise UsageError(f"unknown tone {row['tone']!r}")
    if "facts" in row:
        _facts(row["facts"])


def _facts(text: str) -> None:
    facts = validate.read_json(text, "the facts")
    if not isinstance(facts, dict):
        raise UsageError("the facts should be a JSON object")
    for name, value in facts.items():
        if isinstance(value, (dict, list)) or value is None:
            raise UsageError(f"the fact {name!r} should be text, a number or true")
        fact = kinds.facts().get(name)
        if fact is not None and fact.type == "amount":
            validate.read_amount(value)


def _note(row: dict, here: bool) -> None:
    if "status" in row and row["status"] not in STATUSES:
        raise UsageError(f"unknown status {row['status']!r}")
    if "channel" in row and row["channel"] not in channels.REGISTERED:
        raise UsageError(f"unknown channel {row['channel']!r}; known channels: {', '.join(channels.REGISTERED)}")
    if row.get("sent_via") and row["sent_via"] not in channels.REGISTERED:
        raise UsageError(f"unknown channel {row['sent_via']!r} in sent_via")
    if "edited" in row and row["edited"] not in (0, 1):
        raise UsageError("edited should be 0 or 1")


def _setting(row: dict, here: bool) -> None:
    if isinstance(row.get("key"), str) and isinstance(row.get("value"), str):
        problem = settings.stored_problem(row["key"], row["value"], here=here)
        if problem:
            raise UsageError(problem)


def _box(row: dict, here: bool) -> None:
    if "count" in row and not 1 <= row["count"] <= MAX_BOX:
        raise UsageError(f"a box of {row['count']} cards? the count should be from 1 to {MAX_BOX}")


def _outbox(row: dict, here: bool) -> None:
    if row.get("attempts", 0) < 0:
        raise UsageError("attempts should be 0 or more")


def _positions(row: dict, here: bool) -> None:
    if row.get("position", 0) < 0:
        raise UsageError("position should be 0 or more")


CHECKS = {"people": _person, "moments": _moment, "notes": _note, "settings": _setting, "stationery": _box,
          "outbox": _outbox, "moment_givers": _positions}


