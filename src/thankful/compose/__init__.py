"""Compose: a draft thank-you note from the facts of a moment (DESIGN §5-6). Pure: no notebook, no clock.

    compose(moment)              -> {"text", "subject", "due", "late", "needs", "check"}
    compose(moment, variants=3)  -> a list of 3 such results, each differently shaped
    compose_many(moments)        -> one result per moment, varied across the batch
"""

import sys as _sys
from collections import Counter
from datetime import date
from types import ModuleType as _ModuleType

from . import forms as _forms
from .facts import Facts, read_moment
from .needs import needs
from .structure import CARD_WORDS, Draft, word_count, write
from .variety import Chooser

RETRIES = 4  # a card that runs long is re-shaped a few times; the shortest wins


def compose(moment: dict, variants: int = 1, *, today: date | None = None) -> dict | list[dict]:
    """Draft a note for one moment; with variants > 1, a list of that many different drafts."""
    if variants < 1:
        from ..errors import UsageError

        raise UsageError("--variants must be 1 or more")
    facts = read_moment(moment, today)
    used: Counter = Counter()
    results = [_result(facts, salt, used) for salt in range(variants)]
    return results[0] if variants == 1 else results


def compose_many(moments: list[dict], *, today: date | None = None, variants: int = 1) -> list:
    """One result per moment (a list of variants each when variants > 1); phrasing varies across the batch."""
    used: Counter = Counter()
    out = []
    for moment in moments:
        facts = read_moment(moment, today)
        drafts = [_result(facts, salt, used) for salt in range(variants)]
        out.append(drafts[0] if variants == 1 else drafts)
    return out


def _result(facts: Facts, salt: int, used: Counter) -> dict:
    forms, flags = _forms.build(facts)
    draft = _draft(facts, forms, flags, salt, used)
    from ..check import check_facts  # compose answers with the coach's view of its own draft

    return {
        "text": draft.text,
        "subject": draft.subject,
        "due": facts.due.isoformat() if facts.due else None,
        "late": facts.late,
        "needs": needs(facts, forms),
        "check": check_facts(draft.text, facts),
    }


def _draft(facts: Facts, forms: dict, flags: set, salt: int, used: Counter) -> Draft:
    """A draft; a card over the panel's length is tried again in other shapes and the shortest kept."""
    draft = write(facts, forms, flags, Chooser(facts.key, salt, used))
    if facts.email or word_count(draft.text) <= CARD_WORDS:
        return draft
    for retry in range(1, RETRIES + 1):
        other = write(facts, forms, flags, Chooser(facts.key, salt + 1000 * retry, used))
        if word_count(other.text) < word_count(draft.text):
            draft = other
        if word_count(draft.text) <= CARD_WORDS:
            break
    return draft


class _CallableModule(_ModuleType):
    """Importing this package sets `thankful.compose` to it, replacing the top-level function of that name;
    calling the package keeps `thankful.compose(...)` working either way."""

    def __call__(self, *args, **kwargs):
        return compose(*args, **kwargs)


_sys.modules[__name__].__class__ = _CallableModule

__all__ = ["compose", "compose_many", "read_moment"]
