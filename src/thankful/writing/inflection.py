"""Articles and plurals (inflect), shared by the composer and the reader of a moment's facts."""

from __future__ import annotations

from functools import cache

LETTER_AN = "AEFHILMNORSX"  # letters whose names start with a vowel sound: "an FBI agent", "a UX designer"


@cache
def engine():
    import inflect  # 13 ms: only what needs articles or plurals pays for it

    return inflect.engine()


def a(phrase: str) -> str:
    """inflect's a/an, but a short acronym is read letter by letter: 'a UX designer', 'an MBA program'."""
    head = phrase.split(" ", 1)[0]
    if 2 <= len(head) <= 3 and head.isalpha() and head.isupper():
        return ("an " if head[0] in LETTER_AN else "a ") + phrase
    return engine().a(phrase)


def plural(noun: str) -> str:
    """'mixer' -> 'mixers', 'knife' -> 'knives'."""
    return engine().plural_noun(noun)
