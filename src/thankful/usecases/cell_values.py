"""Values as exports write them: dates ('2026-06-13', '6/13/2026', 'Jun 13, 2026', a spreadsheet's date),
quantities, amounts of money, and yes/no columns ('Thanked?': 'Yes', 'x', a date)."""

from __future__ import annotations

import re
from datetime import date

from thankful.domain.errors import UsageError

MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_SLASHED = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:[ T].*)?$")
_WORDY = re.compile(r"(?:[a-z]+,?\s+)?(?:([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
                    r"|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4}))(?:[ ,T].*)?$")
NO = frozenset(["", "no", "n", "false", "0", "not sent", "not yet", "unsent", "pending", "-", "none", "not thanked",
                "todo", "to do", "no.", "f", "nope"])
_AMOUNT = re.compile(r"[-+]?\d[\d,. ]*")


def read_day(value, today: date) -> date | None:
    """A date as an export writes it; month first when a slashed date could be either (US exports).
    UsageError when it cannot be read."""
    if value is None or isinstance(value, date):
        return value
    text = " ".join(str(value).split()).lower()
    if not text:
        return None
    found = _quick_day(text)
    if found is not None:
        return found
    # phrases and other forms, through dateparser (slow: rare in an export)
    from thankful.domain.dates import parse_date

    try:
        return parse_date(text, today)
    except UsageError:
        raise UsageError(f"cannot read the date {value!r}; write it as YYYY-MM-DD") from None


def _quick_day(text: str) -> date | None:
    try:
        if m := _ISO.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _SLASHED.match(text):
            a, b, year = int(m[1]), int(m[3]), int(m[4])
            year += 2000 if year < 100 else 0
            day_first = m[2] == "." or a > 12  # 13/06/2026 and 13.06.2026 are day first
            return date(year, b, a) if day_first else date(year, a, b)
        if m := _WORDY.match(text):
            month, day, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
            number = MONTHS.get(month[:3])
            if number:
                return date(int(year), number, int(day))
    except ValueError:
        raise UsageError(f"there is no such day as {text!r}") from None
    return None


def read_quantity(value) -> int:
    """'2', '2.0', 'x2', '2 x' -> 2; blank -> 1. UsageError for anything else, or less than one."""
    text = str(value or "").strip().lower().strip("x× ")
    if not text:
        return 1
    try:
        number = float(text)
    except ValueError:
        raise UsageError(f"cannot read the quantity {value!r}; write a whole number like 2") from None
    if number < 1 or not number.is_integer():
        raise UsageError(f"the quantity {value!r} should be a whole number from 1 up")
    return int(number)


def read_value(value) -> float | None:
    """An amount as exports write it ('$1,250.00', '40 EUR', '€40', '1.250,00'); None when blank."""
    text = str(value or "").strip()
    if not text:
        return None
    m = _AMOUNT.search(text)
    rest = _AMOUNT.sub("", text, count=1).strip().strip("$€£¥₹").strip().lower()
    if m is None or rest not in ("", "usd", "eur", "gbp", "cad", "aud", "dollars", "us", "us$", "ca", "a"):
        raise UsageError(f"cannot read the amount {value!r}; write a number like 49.99")
    digits = m[0].replace(" ", "")
    if re.search(r",\d{2}$", digits) and "." not in digits[-3:]:  # 1.250,00: a comma for the decimals
        digits = digits.replace(".", "").replace(",", ".")
    else:
        digits = digits.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        raise UsageError(f"cannot read the amount {value!r}; write a number like 49.99") from None


def read_yes(value, today: date) -> date | None:
    """A yes/no column ('Thanked?'): the day it says (a date), `today` for any other yes, None for no."""
    if isinstance(value, date):
        return value
    text = " ".join(str(value or "").split()).lower()
    if text in NO:
        return None
    if any(ch.isdigit() for ch in text):
        try:
            return _quick_day(text) or today
        except UsageError:
            return today
    return today
