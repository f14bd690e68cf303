"""What a note is for, as the coach reads it: the moment's kind, or, with no moment, what the text
itself says it is (an interview email, a donor's letter, thanks after a death); its channel; and which
checks apply (the catalogue's `coach_skip`)."""

import re
from dataclasses import dataclass
from functools import lru_cache

from thankful.domain import kinds
from thankful.writing.facts import Facts
from thankful.writing.lazy import lazy_regex

from .lists import find, phrase_list
from .note import Note

DONATION_MARKERS = lazy_regex(r"no goods or services|tax[- ]deductible|your (?:gift|donation|contribution) of [$€£]\d",
                              re.I)


@dataclass(frozen=True)
class Context:
    """The kind a note is judged as, its channel, the checks that apply and the words it may use."""

    kind: str = ""              # the moment's kind, or the kind the text reads as ("" when it says nothing)
    channel: str = "card"       # card, email or hand: what its length is judged by
    skip: frozenset = frozenset()   # finding codes that make no sense for the kind
    known: frozenset = frozenset()  # words (lower case) never flagged as misspelt: names the notebook knows
    grammar: bool = False       # run the offline grammar and spelling checker (Harper)
    from_text: bool = False     # the kind was read from the text: no moment was given

    def applies(self, code: str) -> bool:
        return code not in self.skip


def context(note: Note, facts: Facts | None, *, known=(), grammar: bool = False) -> Context:
    """The note's context, worked out once and kept on the note (checks run alone get the default)."""
    if note.context is None:
        note.context = _context(note, facts, known, grammar)
    return note.context


def _context(note: Note, facts: Facts | None, known, grammar: bool) -> Context:
    kind = facts.kind if facts else kind_from_text(note)
    words = frozenset(w.lower() for phrase in known for w in re.findall(r"[\w'’-]+", phrase)) if known else frozenset()
    return _made(kind, words, grammar, facts is None)


@lru_cache(maxsize=64)  # a batch of drafts shares a handful of contexts
def _made(kind: str, known: frozenset, grammar: bool, from_text: bool) -> Context:
    channel = kinds.default_channel(kind) if kind else "card"
    return Context(kind, channel, kinds.coach_skip(kind) if kind else frozenset(), known, grammar, from_text)


def kind_from_text(note: Note) -> str:
    """With no moment: 'interview', 'donation' or 'sympathy' when the text clearly says so, else ''."""
    text = note.text
    if _reads_as_interview(text):
        return "interview"
    if DONATION_MARKERS.search(text):
        return "donation"
    if in_sympathy(text):
        return "sympathy"
    return ""


def _reads_as_interview(text: str) -> bool:
    """The word 'interview', or two other signs of one (a role, next steps, your team)."""
    if "interview" in text.lower():
        return True
    return len({m.group().lower() for m in find("interview_context", text)}) >= 2


def in_sympathy(text: str) -> bool:
    """Whether the text speaks of a death (a funeral, a passing, a loss)."""
    return phrase_list("sympathy_context").search(text) is not None
