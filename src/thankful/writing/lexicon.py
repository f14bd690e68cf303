"""What a word can be: its parts of speech, its lemmas and a verb's forms, from lemminflect's English lexicon.

lemminflect (pinned in pyproject) ships two sorted lookup tables that its API answers from:
`lemma_lu.csv.gz` (word,category,lemma/lemma: "left,verb,leave") and `infl_lu.csv.gz`
(lemma,category,forms: "leave,verb,left,left,leaving,leaves", a verb's forms in the order VBD, VBN,
VBG, VBZ). Its own loader costs about half a second on the first look-up here (0.13 s to import,
most of it numpy for the neural guesser of unknown words, and 0.38 s to parse both tables line by
line): more than twice a whole batch of 1,000 drafts. This module decompresses the same tables (about
12 ms for both), only when a draft first asks about an open-class word, and finds a word by bisection
in the text itself.
tests/test_lexicon.py holds its answers to lemminflect's own.

Unknown words (typos, brands, names) are unknown here: a draft never guesses at them.
"""

from __future__ import annotations

import gzip
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

CATEGORY_POS = {"noun": "NOUN", "verb": "VERB", "adj": "ADJ", "adv": "ADV", "aux": "AUX"}
VERB_TAGS = ("VBD", "VBN", "VBG", "VBZ")


@cache
def _resources() -> Path:
    spec = find_spec("lemminflect")  # found without importing it (its __init__ imports numpy)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("lemminflect is not installed; reinstall Thankful (`make test` or pip install -e .)")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


@cache
def _table(name: str) -> str:
    """A lookup table's text, one entry a line, sorted by its first field: searched in place, never split
    (splitting 80,000 lines would cost more than the whole search of a batch)."""
    return "\n" + gzip.decompress((_resources() / name).read_bytes()).decode()


def _rows(name: str, key: str) -> list[list[str]]:
    """The lines of a table whose first field is `key`, each split into its fields, found by bisection."""
    text = _table(name)
    lo, hi = 0, len(text)
    while lo < hi:  # the first line start (a "\n" offset) whose key is >= key
        mid = (lo + hi) // 2
        start = text.rfind("\n", 0, mid + 1)
        end = text.find(",", start)
        if text[start + 1:end] < key:
            lo = text.find("\n", mid + 1)
            if lo < 0:
                return []
        else:
            hi = start
    rows = []
    at = lo
    prefix = "\n" + key + ","
    while text.startswith(prefix, at):
        end = text.find("\n", at + 1)
        rows.append(text[at + 1:end if end >= 0 else len(text)].split(","))
        if end < 0:
            break
        at = end
    return rows


@lru_cache(maxsize=8192)
def parts(word: str) -> dict[str, tuple[str, ...]]:
    """The parts of speech a word can be, each with its lemmas: 'left' -> {'ADJ': ('left',), ...,
    'VERB': ('leave',)}. Looked up as typed, then in lower case; {} for a word the lexicon lacks."""
    found: dict[str, tuple[str, ...]] = {}
    for key in dict.fromkeys((word, word.lower())):
        for _, category, lemmas in _rows("lemma_lu.csv.gz", key):
            pos = CATEGORY_POS.get(category)
            if pos and pos not in found:
                found[pos] = tuple(lemmas.split("/"))
    return found


def can_be(word: str, pos: str) -> bool:
    return pos in parts(word)


def lemma(word: str, pos: str = "VERB") -> str | None:
    """'dropped' -> 'drop', 'left' -> 'leave'; None when the word cannot be that part of speech."""
    found = parts(word).get(pos)
    return found[0] if found else None


@lru_cache(maxsize=4096)
def verb_forms(base: str) -> dict[str, str]:
    """A verb's forms by Penn tag: 'leave' -> {'VB': 'leave', 'VBD': 'left', 'VBN': 'left', 'VBG': 'leaving',
    'VBZ': 'leaves'}; {} when the lexicon does not know the verb. The first spelling wins ('shoveled')."""
    for row in _rows("infl_lu.csv.gz", base.lower()):
        if row[1] not in ("verb", "aux"):
            continue
        forms = {"VB": base.lower()}
        for tag, spelled in zip(VERB_TAGS, row[2:]):
            if spelled:
                forms[tag] = spelled.split("/")[0]
        forms.setdefault("VBN", forms.get("VBD", ""))
        return {tag: form for tag, form in forms.items() if form}
    return {}


@lru_cache(maxsize=8192)
def all_spellings(base: str, tag: str) -> tuple[str, ...]:
    """Every spelling the lexicon gives a verb's form: ('shoveled', 'shovelled')."""
    for row in _rows("infl_lu.csv.gz", base.lower()):
        if row[1] in ("verb", "aux"):
            at = 2 + VERB_TAGS.index(tag)
            if at < len(row) and row[at]:
                return tuple(row[at].split("/"))
            if tag == "VBN":
                return all_spellings(base, "VBD")
    return ()


@lru_cache(maxsize=8192)
def is_form(word: str, tag: str) -> bool:
    """Whether a word is a verb in that form: is_form('mowed', 'VBD'), is_form('left', 'VBD')."""
    w = word.lower()
    lemmas = parts(w).get("VERB", ()) + parts(w).get("AUX", ())
    if tag in ("VBD", "VBN", "VBZ") and lemmas == (w,) and not w.endswith(("t", "d", "s")):
        return False  # a base form ("make") is no past or -s form, save those spelled alike ("set", "read")
    regular = _regular_form(w, lemmas)
    if regular:
        return regular == tag or (regular == "VBD" and tag == "VBN")
    for base in lemmas:
        if w in all_spellings(base, tag):
            return True
    return False


def _regular_form(word: str, lemmas: tuple[str, ...]) -> str:
    """The tag of a regularly spelled form of one of its lemmas ('pancakes' VBZ, 'mowed' VBD, 'making' VBG),
    told without the inflection table; '' for an irregular form ('took', 'left') or a base."""
    for base in lemmas:
        if word == base:
            continue
        stem = base[:-1] if base.endswith("e") else base
        if word in (base + "s", base + "es", base[:-1] + "ies"):
            return "VBZ"
        if word in (base + "ed", base + "d", base[:-1] + "ied", base + base[-1:] + "ed"):
            return "VBD"
        if word in (stem + "ing", base + "ing", base + base[-1:] + "ing"):
            return "VBG"
    return ""


def is_past(word: str) -> bool:
    """A simple past ('mowed', 'left', 'drove'): a VBD form of some verb."""
    return is_form(word, "VBD")


def gerund(verb: str) -> str | None:
    """'make' -> 'making', 'visit' -> 'visiting', 'left' -> 'leaving' (any form of the verb); None if unknown."""
    if verb.lower() in BE_FORMS:
        return "being"  # "were the first person": the tables give "be" no forms of its own
    base = lemma(verb) or (verb.lower() if verb_forms(verb) else None)
    if base is None:
        return None
    return verb_forms(base).get("VBG")


BE_FORMS = frozenset("be am is are was were been".split())


@lru_cache(maxsize=8192)
def proper(word: str) -> str | None:
    """The lexicon's capitalised spelling of a word it knows only as a name: 'reno' -> 'Reno',
    'easter' -> 'Easter', 'spanish' -> 'Spanish'; None for 'ray' (also a common noun) or unknown words."""
    low = word.lower()
    if _rows("lemma_lu.csv.gz", low):
        return None
    for spelled in dict.fromkeys((word[:1].upper() + word[1:].lower(), word.upper())):
        if spelled != word and _rows("lemma_lu.csv.gz", spelled):
            return spelled
    return None


def known(word: str) -> bool:
    return bool(parts(word))
