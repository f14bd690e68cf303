"""The coach: what in a note is generic, missing or wrong, and how to fix it. Pure: no notebook, no clock.

    check(text)                  -> {"score": 0-100, "findings": [{code, severity, message, span, suggestion}]}
    check(text, moment=moment)   -> the same, knowing what the note is for (its kind, gift, people, date)
"""

from datetime import date

from thankful.writing.facts import Facts, read_moment

from .findings import score


def check(text: str, moment: dict | None = None, *, today: date | None = None,
          previous: list[str] | tuple = ()) -> dict:
    """Coach a note; `moment` (the compose contract's shape) lets the coach check it names the right things."""
    facts = read_moment(moment, today) if moment else None
    return check_facts(text, facts, previous)


def check_facts(text: str, facts: Facts | None, previous: list[str] | tuple = ()) -> dict:
    """Coach a note against facts already read (compose uses this for its own drafts)."""
    from .checks import CHECKS
    from .note import read

    note = read(text or "")
    findings = [finding for run in CHECKS for finding in run(note, facts, previous)]
    findings.sort(key=lambda f: (f.span[0], f.code))
    return {"score": score(findings), "findings": [f.as_dict() for f in findings]}


__all__ = ["check", "check_facts"]
