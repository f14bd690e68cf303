"""Dates from one place: ISO or phrases ("yesterday", "last friday", "3 days ago"), always relative to `today`."""

import os
import re
from datetime import date, datetime, timedelta

from .errors import UsageError
from .validate import DATE_TEXT_LIMIT, FIRST_DAY, LAST_DAY, check_date, out_of_range

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Patterns stay strings until a phrase needs them: compiling costs every command's start-up.
_AGO = r"^(\d+|a|an|one|two|three|four|five|six|seven)\s+(day|week)s?\s+ago$"
_IN = r"^in\s+(\d+|a|an|one|two|three)\s+(day|week)s?$"
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def parse_date(text: str | date | None, today: date, what: str = "date") -> date | None:
    """Read a date a person typed; the common phrases are handled here, the rest by dateparser.

    None or "" (a field left empty) is no date; text of spaces only is refused (it hides a mistake, such
    as a shell variable that was empty). Every date is from 1900 to 2200."""
    if text is None or isinstance(text, date):
        return text if text is None else check_date(text, what)
    if text == "":
        return None
    s = " ".join(str(text).strip().lower().split())
    if not s:
        raise UsageError(f"the {what} is blank; give a date like 2026-11-26 or 'yesterday', or leave it out",
                         what="date")
    if len(s) > DATE_TEXT_LIMIT:
        raise UsageError(f"cannot read the {what} {str(text)[:40]!r}…; use YYYY-MM-DD or a phrase like 'yesterday'")
    try:
        found = _read(s, text, today)
    except OverflowError:
        raise out_of_range(str(text), what) from None
    return check_date(found, what)


def _read(s: str, text: str, today: date) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        pass
    quick = _quick_phrase(s, today)
    if quick is not None:
        return quick
    return _dateparser(text, today)


def _quick_phrase(s: str, today: date) -> date | None:
    if s == "today":
        return today
    if s == "yesterday":
        return today - timedelta(days=1)
    if s == "tomorrow":
        return today + timedelta(days=1)
    if m := re.match(_AGO, s):
        n = int(m[1]) if m[1].isdigit() else _WORDS[m[1]]
        return today - timedelta(days=n * (7 if m[2] == "week" else 1))
    if m := re.match(_IN, s):
        n = int(m[1]) if m[1].isdigit() else _WORDS[m[1]]
        return today + timedelta(days=n * (7 if m[2] == "week" else 1))
    words = s.split()
    if len(words) == 2 and words[0] in ("last", "next") and words[1] in WEEKDAYS:
        target = WEEKDAYS.index(words[1])
        if words[0] == "last":
            back = (today.weekday() - target) % 7 or 7
            return today - timedelta(days=back)
        ahead = (target - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    if s in WEEKDAYS:  # a bare weekday means the most recent one (moments are in the past)
        back = (today.weekday() - WEEKDAYS.index(s)) % 7
        return today - timedelta(days=back)
    return None


def _dateparser(text: str, today: date) -> date:
    import dateparser  # heavy: only when a phrase is not one of the quick ones

    base = datetime(today.year, today.month, today.day, 12, 0)
    try:
        found = dateparser.parse(
            str(text), languages=["en"],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "STRICT_PARSING": False},
        )
    except (ValueError, OverflowError):  # "in 99999 years": a phrase dateparser reads but no calendar holds
        raise out_of_range(str(text)) from None
    if found is None:
        raise UsageError(f"cannot read the date {text!r}; use YYYY-MM-DD or a phrase like 'yesterday' or '3 days ago'")
    return found.date()


def today_from(value: str | None = None, *, clock: date | None = None) -> date:
    """The date commands work with: --today, else THANKFUL_TODAY, else the clock (read only here, at the edge)."""
    raw = value if value is not None else os.environ.get("THANKFUL_TODAY")
    if raw is not None and (raw or value is not None):
        try:
            day = date.fromisoformat(raw.strip())
        except ValueError:
            raise UsageError(f"cannot read today's date {raw!r}; use YYYY-MM-DD", what="today") from None
        if not FIRST_DAY <= day <= LAST_DAY:
            raise UsageError(f"today's date {raw.strip()} is out of range; use a date from {FIRST_DAY.year} "
                             f"to {LAST_DAY.year}", what="today")
        return day
    return clock or date.today()


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def describe_due(due: date | None, today: date) -> str:
    """'due today', 'due tomorrow', 'due in 5 days', '3 days overdue', 'no due date'."""
    if due is None:
        return "no due date"
    days = (due - today).days
    if days == 0:
        return "due today"
    if days == 1:
        return "due tomorrow"
    if days > 1:
        return f"due in {days} days"
    if days == -1:
        return "1 day overdue"
    return f"{-days} days overdue"


def describe_when(on: date | None, today: date | None) -> str:
    """When something happened, as a note says it: 'today', 'yesterday', 'on Saturday' (this week), 'on November 21'; '' when unknown."""
    if on is None or today is None:
        return ""
    days = (today - on).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if 1 < days < 7:
        return "on " + on.strftime("%A")
    return f"on {on.strftime('%B')} {on.day}"


def weeks_text(n: int) -> str:
    """'1 week', '3 weeks'."""
    return f"{n} week" + ("" if n == 1 else "s")


def month_name(month: str) -> str:
    """'2026-11' as a person reads it: 'November 2026'."""
    year, number = month.split("-")
    return f"{date(int(year), int(number), 1).strftime('%B')} {year}"
