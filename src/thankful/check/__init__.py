"""The coach (DESIGN §7): what in a note is generic, missing or wrong, and how to fix it. Pure.

    check(text)                  -> {"score": 0-100, "findings": [{code, severity, message, span, suggestion}]}
    check(text, moment=moment)   -> the same, knowing what the note is for (its kind, gift, people, date)
"""

import sys as _sys
from datetime import date
from types import ModuleType as _ModuleType

from .findings import score


def check(text: str, moment: dict | None = None, *, today: date | None = None,
          previous: list[str] | tuple = ()) -> dict:
    """Coach a note; `moment` (DESIGN §5 shape) lets the coach check it names the right things."""
    facts = None
    if moment:
        from ..compose.facts import read_moment

        facts = read_moment(moment, today)
    return check_facts(text, facts, previous)


def check_facts(text: str, facts, previous: list[str] | tuple = ()) -> dict:
    """Coach a note against facts already read (compose uses this for its own drafts)."""
    from .checks import CHECKS
    from .note import read

    note = read(text or "")
    findings = [finding for run in CHECKS for finding in run(note, facts, previous)]
    findings.sort(key=lambda f: (f.span[0], f.code))
    return {"score": score(findings), "findings": [f.as_dict() for f in findings]}


class _CallableModule(_ModuleType):
    """Importing this package sets `thankful.check` to it, replacing the top-level function of that name;
    calling the package keeps `thankful.check(...)` working either way."""

    def __call__(self, *args, **kwargs):
        return check(*args, **kwargs)


_sys.modules[__name__].__class__ = _CallableModule

__all__ = ["check", "check_facts"]
