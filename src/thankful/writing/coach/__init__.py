"""The coach: what in a note is generic, missing or wrong, and how to fix it. Pure: no notebook, no clock.

    check(text)                  -> {"score": 0-100, "findings": [{code, severity, message, span, suggestion, cost}]}
    check(text, moment=moment)   -> the same, knowing what the note is for (its kind, gift, people, date)
    check(text, known_words=names)  names the notebook knows are never flagged as misspelt

Grammar and spelling come from Harper (harper-py), loaded on first use, once per process; `warm()`
loads it ahead of time (the web server does, as it starts).
"""

from collections.abc import Iterable
from datetime import date

from thankful.writing.facts import Facts, read_moment

# At the top, not inside check_facts: a relative import in a function runs importlib's Python code on every
# call, about 30 M instructions over the 1,000 drafts of a batch (BENCHMARKS.md, round 3).
from .checks import CHECKS, _length_range
from .context import context
from .findings import score
from .note import read


def check(text: str, moment: dict | None = None, *, today: date | None = None,
          previous: list[str] | tuple = (), known_words: Iterable[str] = ()) -> dict:
    """Coach a note a person wrote; `moment` (the compose contract's shape) lets the coach check it names the
    right things; `known_words` (the notebook's people, say) are never flagged as misspelt."""
    facts = read_moment(moment, today) if moment else None
    return check_facts(text, facts, previous, known_words=known_words, grammar=True)


def check_facts(text: str, facts: Facts | None, previous: list[str] | tuple = (), *,
                known_words: Iterable[str] = (), grammar: bool = False) -> dict:
    """Coach a note against facts already read (compose uses this for its own drafts).

    `grammar` checks grammar and spelling too (the coach's own rules, then Harper). It is off by default
    here: compose coaches every draft it writes and must stay fast (DESIGN §11: 1,000 drafts faster than
    mailmerge's dry run), and the issue allows it to skip grammar for its own drafts; every other check
    runs either way. check() turns it on, so a draft the person keeps is checked in full."""
    note = read(text or "")
    context(note, facts, known=tuple(known_words), grammar=grammar)
    findings = [finding for run in CHECKS for finding in run(note, facts, previous)]
    findings.sort(key=lambda f: (f.span[0], f.code))
    return {"score": score(findings), "findings": [f.as_dict() for f in findings]}


def length_range(kind: str) -> tuple[int, int]:
    """The words a note of this kind fits in without a word from the coach (its channel's `ok` range)."""
    from thankful.domain import kinds

    return _length_range(kind, kinds.default_channel(kind) if kind else "card")[0]


def warm() -> None:
    """Load the grammar checker now (about a second), so the first note coached is not kept waiting."""
    from .grammar import warm as warm_grammar

    warm_grammar()


__all__ = ["check", "check_facts", "length_range", "warm"]
