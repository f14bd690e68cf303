"""The compose and check contract: a moment (a dict, as `thankful compose --json` reads it) in, drafts
coached by the coach out. compose/ writes and coach/ reads; this module puts the two together, so
neither needs the other.

    compose(moment)              -> {"text", "subject", "due", "late", "needs", "check"}
    compose(moment, variants=3)  -> a list of 3 such results, each differently shaped
    compose_many(moments)        -> one result per moment, varied across the batch
    check(text, moment)          -> {"score", "findings"}
"""

from collections import Counter
from datetime import date

from thankful.domain.errors import UsageError
from thankful.writing import compose as composer
from thankful.writing.coach import check, check_facts
from thankful.writing.facts import Facts, read_moment


def compose(moment: dict, variants: int = 1, *, today: date | None = None) -> dict | list[dict]:
    """Draft a note for one moment; with variants > 1, a list of that many different drafts."""
    if variants < 1:
        raise UsageError("ask for 1 or more variants")
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
    forms, flags = composer.forms_of(facts)
    draft = composer.draft(facts, forms, flags, salt, used)
    return {
        "text": draft.text,
        "subject": draft.subject,
        "due": facts.due.isoformat() if facts.due else None,
        "late": facts.late,
        "needs": composer.needs(facts, forms),
        "check": check_facts(draft.text, facts),
    }


__all__ = ["check", "compose", "compose_many", "read_moment"]
