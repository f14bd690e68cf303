"""The compose and check contract: a moment (a dict, as `thankful compose --json` reads it) in, drafts
coached by the coach out. compose/ writes and coach/ reads; this module puts the two together, so
neither needs the other.

    compose(moment)              -> {"text", "subject", "due", "late", "needs", "check"}
    compose(moment, variants=3)  -> a list of 3 such results, each differently shaped
    compose_many(moments)        -> one result per moment, varied across the batch
    check(text, moment)          -> {"score", "findings"}

An interview with several interviewers owes one note each (DESIGN §3): composing it gives a list, one
result per interviewer, worded differently. No draft is offered with a warning the coach finds in the
composer's own wording: another wording is tried, and a draft that cannot avoid it says so in `needs`.
"""

from collections import Counter
from dataclasses import replace
from datetime import date
from functools import cache

from thankful.domain import kinds
from thankful.domain.errors import UsageError
from thankful.writing import compose as composer
from thankful.writing.coach import check, check_facts
from thankful.writing.facts import Facts, read_moment


def compose(moment: dict, variants: int = 1, *, today: date | None = None) -> dict | list[dict]:
    """Draft a note for one moment; with variants > 1, a list of that many different drafts."""
    if variants < 1:
        raise UsageError("ask for 1 or more variants")
    facts = read_moment(moment, today)
    return _compose_facts(facts, variants, Counter())


def compose_many(moments: list[dict], *, today: date | None = None, variants: int = 1) -> list:
    """One result per moment (a list of variants each when variants > 1; a list of notes for an interview
    panel); phrasing varies across the batch."""
    used: Counter = Counter()
    return [_compose_facts(_read_one(moment, today, i, len(moments)), variants, used) for i, moment in enumerate(moments)]


def _read_one(moment: dict, today: date | None, index: int, total: int) -> Facts:
    """A moment of a batch; a mistake in it names which one, so the person can find it among many."""
    try:
        return read_moment(moment, today)
    except UsageError as e:
        if total == 1:
            raise
        raise UsageError(f"moment {index + 1} of {total}: {e}") from None


def _compose_facts(facts: Facts, variants: int, used: Counter) -> dict | list:
    if one_note_each(facts):
        return _panel(facts, variants, used)
    drafts = [_result(facts, salt, used) for salt in range(variants)]
    return drafts[0] if variants == 1 else drafts


PANEL_WEIGHT = 1000  # a wording one interviewer got counts as used this many times more for the others


def _panel(facts: Facts, variants: int, used: Counter) -> list:
    """One note per interviewer, none of them sharing a sentence's wording while another fits: colleagues
    compare notes. The batch's counts are as if each note had been written alone."""
    notes, extra = [], Counter()
    for giver in facts.givers:
        before = Counter(used)
        notes.append(_compose_facts(replace(facts, givers=[giver], key=f"{facts.key}|{giver.name}"), variants, used))
        for template, n in (used - before).items():
            used[template] += PANEL_WEIGHT * n
            extra[template] += PANEL_WEIGHT * n
    used.subtract(extra)
    return notes


def one_note_each(facts: Facts) -> bool:
    """An interview panel: each interviewer gets a note of their own."""
    return facts.kind == "interview" and len(facts.givers) > 1


TRIES = 4  # other wordings tried when the coach warns about the composer's own


def _result(facts: Facts, salt: int, used: Counter) -> dict:
    forms, flags = composer.forms_of(facts)
    draft, check = _coached(facts, forms, flags, salt, used)
    needs = composer.needs(facts, forms, flags)
    return {
        "text": draft.text,
        "subject": draft.subject,
        "due": facts.due.isoformat() if facts.due else None,
        "late": facts.late,
        "needs": needs + _asked_for_warnings(facts, forms, check, needs),
        "check": check,
    }


# What would answer a warning no wording could avoid: the coach misses an impact, a specific, some length.
ANSWERS = {"no-impact": ("use",), "no-specific": ("what", "detail"), "too-short": ("extra", "detail", "use", "ahead"),
           "interview-missing": ("topic", "role", "company")}


@cache
def _facts_for(kind: str) -> frozenset[str]:
    return frozenset(kinds.facts_for(kind))


def _asked_for_warnings(facts: Facts, forms: dict, check: dict, needs: list[dict]) -> list[dict]:
    asked = {n["field"] for n in needs}
    more = []
    for finding in _warned(check):
        for field in ANSWERS.get(finding.get("code"), ()):
            if field in asked or getattr(facts, field, "") or field not in _facts_for(facts.kind):
                continue
            more.append({"field": field, "question": composer.question(facts, field, forms)})
            asked.add(field)
            break
    return more


def _coached(facts: Facts, forms: dict, flags: set, salt: int, used: Counter):
    """A draft the coach has no warning about, if another wording gets there: the composer respects the coach."""
    before = Counter(used)
    draft = composer.draft(facts, forms, flags, salt, used)
    check = check_facts(draft.text, facts)
    chosen = None  # the batch's counts with the wording kept, when a retry's is
    for retry in range(1, TRIES + 1):
        if not _warned(check):
            break
        tried = Counter(before)
        other = composer.draft(facts, forms, flags, salt + 7919 * retry, tried)
        other_check = check_facts(other.text, facts)
        if len(_warned(other_check)) < len(_warned(check)):
            draft, check, chosen = other, other_check, tried
    if chosen is not None:  # the batch counts the wording that was kept, not the one passed over
        used.clear()
        used.update(chosen)
    return draft, check


def _warned(check: dict) -> list:
    return [f for f in check.get("findings", ()) if f.get("severity") not in ("info", None)]


__all__ = ["check", "compose", "compose_many", "read_moment"]
