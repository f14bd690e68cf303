"""Compose: draft thank-you notes from the facts of a moment. Pure: no notebook, no clock, no coach.

    draft(facts, salt, used)  -> a Draft (text, subject, templates), shaped by `salt`
    needs(facts, forms)       -> the questions for the specifics the moment lacks

writing/contract.py puts a draft and the coach's view of it together in the compose contract.
"""

from collections import Counter

from thankful.writing.facts import Facts

from .forms import build as forms_of
from .needs import needs, question
from .structure import CARD_WORDS, Draft, word_count, write
from .variety import Chooser

RETRIES = 4  # a card that runs long is re-shaped a few times; the shortest wins


def draft(facts: Facts, forms: dict, flags: set, salt: int, used: Counter) -> Draft:
    """A draft; a card over the panel's length is tried again in other shapes and the shortest kept."""
    best = write(facts, forms, flags, Chooser(facts.key, salt, used))
    if facts.email or word_count(best.text) <= CARD_WORDS:
        return best
    for retry in range(1, RETRIES + 1):
        other = write(facts, forms, flags, Chooser(facts.key, salt + 1000 * retry, used))
        if word_count(other.text) < word_count(best.text):
            best = other
        if word_count(best.text) <= CARD_WORDS:
            break
    return best


__all__ = ["Draft", "draft", "forms_of", "needs", "question"]
