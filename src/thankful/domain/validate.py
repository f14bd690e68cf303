"""What a person (or a file) may give Thankful, checked in one place: dates, ids, amounts, counts, text and
JSON. The command line, the web page and import all call these, so a value refused by one is refused by
all, before anything is written.

Each check returns the value as it will be kept, or raises UsageError (NotFound for an id no row can
have) with a message a person can act on.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date
from functools import cache

from .errors import NotFound, UsageError

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)
MAX_ID = 2**63 - 1              # SQLite's largest integer: a larger id can name no row
MAX_AMOUNT = 1_000_000_000      # a thank-you for more than a billion is a typo
MAX_JSON_DEPTH = 32             # an export is 4 deep, a moment 3
LINE_LIMIT = 2_000              # a name, a subject, a fact
TEXT_LIMIT = 200_000            # a note, a journal entry, an address
DATE_TEXT_LIMIT = 100           # no date phrase is longer; dateparser is slow on long text

# Characters no text of a person's needs: C0/C1 controls (but tab and new line) and lone surrogates (what
# invalid UTF-8 becomes on a command line, and what "\ud800" becomes in JSON). A terminal obeys
# control characters and a mail header breaks on them; SQLite refuses surrogates.
_BAD = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]"
_ID = r"#?\s*(\d+)"
_AMOUNT = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|-?\.\d+"
_CENTS_WITH_COMMA = r"-?\d+,\d{1,2}"
CURRENCY_SIGNS = "$€£¥"


# --- dates ----------------------------------------------------------------------------------------

def check_date(day: date, what: str = "date") -> date:
    """`day` if it lies in the years Thankful works with (1900 to 2200); UsageError otherwise."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise UsageError(f"the {what} {day.isoformat()} is out of range; use a date from {FIRST_DAY.year} "
                         f"to {LAST_DAY.year}", what="date")
    return day


def out_of_range(text: str, what: str = "date") -> UsageError:
    """The error for a date phrase that lands outside any calendar ('in 999999999 days')."""
    return UsageError(f"the {what} {text!r} is out of range; use a date from {FIRST_DAY.year} to {LAST_DAY.year}",
                      what="date")


def iso_date(value, what: str = "date") -> date:
    """A date kept in the notebook or an export: YYYY-MM-DD, in range; UsageError otherwise."""
    if not isinstance(value, str) or not _pattern(r"\d{4}-\d{2}-\d{2}").fullmatch(value):
        raise UsageError(f"the {what} {value!r} is not a date written YYYY-MM-DD")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"the {what} {value!r} is not a real date") from None
    return check_date(day, what)


# --- numbers --------------------------------------------------------------------------------------

def read_id(text: str | int, what: str = "note") -> int:
    """A note's or person's number as typed: '12' or '#12'. UsageError when it is not a number; NotFound
    when it is one no row can have (0, or beyond SQLite's integers)."""
    if isinstance(text, bool):
        raise UsageError(f"{text!r} is not a {what} number")
    if isinstance(text, int):
        number = text
    else:
        found = re.fullmatch(_ID, str(text).strip(), re.ASCII)
        if not found:
            raise UsageError(f"{text!r} is not a {what} number")
        digits = found[1].lstrip("0") or "0"
        if len(digits) > 19:  # int() of a million digits is slow and useless
            raise NotFound(f"no {what} #{digits[:20]}…", what=what)
        number = int(digits)
    if not 1 <= number <= MAX_ID:
        raise NotFound(f"no {what} #{number}", what=what)
    return number


def is_id(text: str) -> bool:
    """Whether `text` is written as an id ('#12', '12')."""
    return re.fullmatch(_ID, str(text).strip(), re.ASCII) is not None


def read_amount(value) -> float:
    """An amount of money as typed ("300", "$1,250.50", "49.50"): finite, not negative, at most a billion.
    A comma is read only between thousands; "1,50" is refused rather than guessed."""
    if isinstance(value, bool):
        raise UsageError(f"cannot read the amount {value!r}; write a number like 300 or 49.50")
    if isinstance(value, (int, float)):
        amount = float(value)
    else:
        typed = str(value).strip()
        plain = typed.strip(CURRENCY_SIGNS + " ").replace(" ", "")
        if re.fullmatch(_CENTS_WITH_COMMA, plain, re.ASCII):
            raise UsageError(f"cannot read the amount {typed!r}: write {plain.replace(',', '.')} with a dot before "
                             "the cents (a comma is read only between thousands, as in 1,250)")
        if not re.fullmatch(_AMOUNT, plain, re.ASCII):
            raise UsageError(f"cannot read the amount {typed!r}; write a number like 300 or 49.50 "
                             "(a comma only between thousands, as in 1,250)")
        amount = float(plain.replace(",", ""))
    if not math.isfinite(amount):
        raise UsageError(f"the amount {value!r} is not a number; write one like 300 or 49.50")
    if amount < 0:
        raise UsageError("the amount cannot be negative")
    if amount > MAX_AMOUNT:
        raise UsageError(f"the amount {value!r} is more than {MAX_AMOUNT:,}; check for a typo")
    return amount


def read_count(text: str | int, what: str = "number", *, most: int) -> int:
    """A whole number from 1 to `most` (cards in a box, cards used); UsageError otherwise."""
    if isinstance(text, int) and not isinstance(text, bool):
        number = text
    elif isinstance(text, str) and re.fullmatch(r"\s*\d{1,9}\s*", text, re.ASCII):
        number = int(text)
    else:
        raise UsageError(f"{text!r} is not a {what}; give a whole number like 1 or 3")
    if not 1 <= number <= most:
        raise UsageError(f"{number} is not a {what} from 1 to {most}")
    return number


# --- text -----------------------------------------------------------------------------------------

def bad_character(text: str) -> str | None:
    """A description of the first character no text may hold, or None when there is none."""
    found = _pattern(_BAD).search(text)
    if found is None:
        return None
    char = found[0]
    if "\ud800" <= char <= "\udfff":
        return "bytes that are not UTF-8 text (or a lone surrogate)"
    return f"the control character U+{ord(char):04X}"


def check_characters(text: str, what: str) -> str:
    """`text` unchanged, or UsageError naming the character it may not hold."""
    problem = bad_character(text)
    if problem:
        raise UsageError(f"the {what} holds {problem}; type it again as plain text", what="text")
    return text


def line(value, what: str, *, limit: int = LINE_LIMIT) -> str:
    """One line of text (a name, a subject, a fact): spaces and line breaks collapsed, Unicode composed
    (NFC), no control characters; '' when blank."""
    text = " ".join(str(value or "").split())
    return _bounded(unicodedata.normalize("NFC", check_characters(text, what)), what, limit)


def text(value, what: str, *, limit: int = TEXT_LIMIT) -> str:
    """Text that may run over lines (a note, an address, a journal entry): line endings made \\n, blank lines
    around it removed, Unicode composed (NFC), no control characters but tab and new line; '' when blank."""
    raw = str(value or "").replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    cleaned = raw if raw.strip() else ""
    return _bounded(unicodedata.normalize("NFC", check_characters(cleaned, what)), what, limit)


def _bounded(text: str, what: str, limit: int) -> str:
    if len(text) > limit:
        raise UsageError(f"the {what} is {len(text):,} characters long; keep it under {limit:,}")
    return text


def fold(text: str) -> str:
    """A name as it is compared: case folded and normalised (NFKC), spaces collapsed, so "Élodie" typed
    composed or decomposed, in any case, is one name."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", str(text)).casefold())
    return " ".join(folded.split())


# --- JSON -----------------------------------------------------------------------------------------

# A character no text may hold, as JSON can write it: raw (DEL, C1, a surrogate), or escaped (\u0000-\u001f,
# \u007f-\u009f, \ud800-\udfff). Text without one needs no string-by-string check after it is read. (A
# match can be innocent, "\\u0000" or an escaped tab: the slow check then decides.)
_BAD_IN_JSON = (r"[\x7f-\x9f\ud800-\udfff]|\\u00[01][0-9a-fA-F]|\\u007[fF]|\\u00[89][0-9a-fA-F]"
                r"|\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def read_json(text: str, source: str):
    """JSON a person gave (an export, moments): no NaN or Infinity, at most MAX_JSON_DEPTH deep, numbers
    SQLite can hold, no invalid characters. UsageError naming the line and column otherwise."""
    import json

    try:
        data = _decoder().decode(text)
    except json.JSONDecodeError as e:
        hint = " (the file looks truncated)" if text.strip() and not text.rstrip().endswith(("}", "]")) else ""
        raise UsageError(f"{source}: line {e.lineno}, column {e.colno}: {e.msg}{hint}") from None
    except RecursionError:
        raise UsageError(f"{source}: the JSON is nested too deeply (more than {MAX_JSON_DEPTH} levels)") from None
    except ValueError as e:  # a constant or a number refused below, or one too long to read
        raise UsageError(f"{source}: {e}") from None
    if _depth(data) > MAX_JSON_DEPTH:
        raise UsageError(f"{source}: the JSON is nested too deeply (more than {MAX_JSON_DEPTH} levels)")
    if _may_hold_bad_characters(text):
        check_json(data, source)
    return data


def _may_hold_bad_characters(text: str) -> bool:
    """Whether JSON text may hold a character no text may (_BAD_IN_JSON). ASCII without a backslash or DEL
    cannot, and most input is that: isascii() and two substring tests cost less than the pattern's scan."""
    if text.isascii() and "\\" not in text and "\x7f" not in text:
        return False
    return _pattern(_BAD_IN_JSON).search(text) is not None


@cache
def _decoder():
    """One decoder for every line of a batch (json.loads with hooks builds a new one each call)."""
    import json

    return json.JSONDecoder(parse_constant=_no_constant, parse_int=_whole_number, parse_float=_number)


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows; write a number or null")


def _whole_number(text: str) -> int:
    number = int(text)
    if not -MAX_ID - 1 <= number <= MAX_ID:
        raise ValueError(f"the number {_short(text)} is too large; write a smaller one")
    return number


def _number(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"the number {_short(text)} is too large; write a smaller one")
    return number


def _depth(data) -> int:
    """How deeply JSON data nests, level by level (only containers are followed, so it is quick)."""
    depth, level = 0, [data] if isinstance(data, (dict, list)) else []
    while level and depth <= MAX_JSON_DEPTH:
        depth += 1
        inner = []
        for container in level:
            values = container.values() if isinstance(container, dict) else container
            inner += [v for v in values if isinstance(v, (dict, list))]
        level = inner
    return depth


def check_json(data, source: str) -> None:
    """UsageError if JSON data nests too deeply, holds a number out of range or text with invalid characters."""
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (dict, list)):
            if depth >= MAX_JSON_DEPTH:
                raise UsageError(f"{source}: the JSON is nested too deeply (more than {MAX_JSON_DEPTH} levels)")
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str) and bad_character(key):
                    raise UsageError(f"{source}: a key holds {bad_character(key)}")
                stack.append((item, depth + 1))
        elif isinstance(value, str):
            if problem := bad_character(value):
                raise UsageError(f"{source}: the text {_short(value)!r} holds {problem}")
        elif isinstance(value, float) and not math.isfinite(value):
            raise UsageError(f"{source}: the number {value} is too large; write a smaller one")
        elif isinstance(value, int) and not isinstance(value, bool) and not -MAX_ID - 1 <= value <= MAX_ID:
            raise UsageError(f"{source}: the number {_short(str(value))} is too large; write a smaller one")


def _short(text: str, width: int = 40) -> str:
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= width else text[:width] + "…"


_compiled: dict[str, re.Pattern] = {}


def _pattern(source: str) -> re.Pattern:
    """A pattern compiled on first use (compiling them all at import would cost every command's start-up)."""
    found = _compiled.get(source)
    if found is None:
        found = _compiled[source] = re.compile(source)
    return found
