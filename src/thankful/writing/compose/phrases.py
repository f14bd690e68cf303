"""Phrase banks: TOML files in data/phrases/ that a writer can edit, read once and kept.

Each file names the kinds it serves (`kinds`), may give the orders its sentences come in (`plans`),
and holds sentences by slot: `[[thanks]]`, `[[use]]`, `[[ahead]]`, ... Each entry has `text` with forms
in braces (see forms.py), and may limit itself with `tones`, `kinds`, `when` (flags that must hold) and
`unless` (flags that must not), and `follows = "what"` when it leans on the sentence that named the gift.
`family = "..."` groups sentences of one frame across the banks ("Because of you, ..."): a batch varies
the frame, not only the template. `frame = true` marks a sentence that is part of a note's frame (a donor letter's closing line), not a stock
line: it may be said in every note of a batch.
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from thankful.domain import data
from thankful.writing.lazy import lazy_regex

from . import grammar as g
from .forms import FORM_FACTS, FORM_FLAGS

FIELD = lazy_regex(r"\{(\w+)\}")
ALL_TONES = ("warm", "formal", "playful", "romantic")
IT_FORMS = ("it", "It", "it_is", "It_is", "it_was", "It_was", "s", "is", "was")
SPACE_BEFORE = lazy_regex(r"\s+([,.;:!?])")
ECHO_WORD = lazy_regex(r"[a-z']+")
# Words too common to echo: a sentence may share these with the one before it.
PLAIN_WORDS = frozenset("i you the a an and for to of in on at it is was so my me we us our your with that this be "
                        "have has had are were will would can just all as but not do did what how from about "
                        "much very one who it's i'm i'll i've i'd you've you're there their them they if or "
                        "by when now up out more".split())
# Slots whose sentences carry no fact by nature (the frame of a note): never counted as stock sentences.
NOT_STOCK = frozenset({"greeting", "closing", "late", "subject", "next"})  # "next": an interview email's close
NEXT_SENTENCE = lazy_regex(r"((?<![A-Z][a-z])(?<!\b[A-Z])[.!?]\s+)([a-z])")


@dataclass(frozen=True)
class Template:
    """One sentence of a phrase bank and what it needs to fit a note, read once from the bank."""

    id: str            # file:slot:index, stable while the file is unchanged
    slot: str
    text: str
    tones: frozenset
    kinds: frozenset
    needs: frozenset   # flags that must hold: the template's own `when` plus those its forms need
    unless: frozenset
    uses: frozenset    # facts the sentence spends (a later slot for the same fact is skipped)
    follows: str
    says_it: bool      # refers to the gift as "it"/"they": the gift must be named first
    lead: str          # the form the sentence opens with ("{use_clause}"), or ""
    inner: bool        # holds more than one sentence ("Thank you for {the_what}. {detail_clause}.")
    parts: tuple       # the text split at its forms: text, form name, text, ..., text
    echo: frozenset    # the stems of its own words: the sentence after it should not repeat them
    register: str = ""  # a sign-off's register (intimate, warm, professional: kinds.toml)
    stock: bool = False  # a sentence with no fact in it: said at most once in a batch
    family: str = ""   # sentences of one frame across the banks ("Because of you, ..."): a batch varies the frame,
    # not only the template; the template's own id when the bank names none

    def fits(self, flags: set, tone: str, kind: str) -> bool:
        return (tone in self.tones and kind in self.kinds and self.needs <= flags
                and not (self.unless & flags))

    def render(self, forms: dict) -> str:
        pieces = list(self.parts)  # split once when read, not searched again for every note
        for i in range(1, len(pieces), 2):
            pieces[i] = _form(forms, pieces[i])
        return tidy("".join(pieces), inner=self.inner)


def _form(forms: dict, name: str) -> str:
    if name in forms:
        return forms[name]
    if name[:1].isupper() and name.lower() in forms:
        return g.capitalise(forms[name.lower()])
    if name[:1].isupper() and name[0].lower() + name[1:] in forms:
        return g.capitalise(forms[name[0].lower() + name[1:]])
    raise KeyError(f"no form {{{name}}}")


@lru_cache(maxsize=4096)  # notes of a batch share most of their sentences
def tidy(sentence: str, inner: bool = True) -> str:
    """One space between words, none before punctuation, a capital first letter."""
    s = " ".join(sentence.split()) if "  " in sentence or sentence[:1] == " " or sentence[-1:] == " " else sentence
    if " ," in s or " ." in s or " ;" in s or " :" in s or " !" in s or " ?" in s:
        s = SPACE_BEFORE.sub(r"\1", s)
    if ".." in s and "..." not in s:
        s = s.replace("..", ".")  # "at Pacific Freight Co." ends the sentence once
    if inner:
        s = NEXT_SENTENCE.sub(lambda m: m.group(1) + m.group(2).upper(), s)  # "...basket. they are" -> "They"
    return g.capitalise(s)


@dataclass(frozen=True)
class Bank:
    """One phrase-bank file: the kinds it serves, the orders of its sentences, its templates by slot."""

    kinds: frozenset
    plans: tuple
    slots: dict  # slot name -> tuple[Template]


@cache
def banks() -> tuple[Bank, ...]:
    """Every bank, in file order."""
    return tuple(_read(path) for path in _paths())


@cache
def banks_for(kind: str) -> tuple[Bank, ...]:
    """The banks that can serve a kind, in file order; the others are not even parsed (start-up: parsing
    all nine takes as long as drafting and checking 40 notes). A bank names each kind it serves as a
    string in a `kinds` list, of the file or of an entry, so one whose text never holds the kind in
    quotes ("gift" or 'gift') cannot serve it; an escape (\\u0067) could spell it in other letters, so
    a bank with a backslash is always read."""
    return tuple(_read(path) for path in _paths() if _may_name(_text(path), kind))


def _may_name(text: str, kind: str) -> bool:
    return f'"{kind}"' in text or f"'{kind}'" in text or "\\" in text


@cache
def _paths() -> tuple[Path, ...]:
    return tuple(data.listing("phrases"))


@cache
def _text(path: Path) -> str:
    return path.read_bytes().decode()  # as tomli.load reads it


@cache
def _read(path: Path) -> Bank:
    return _bank(path.stem, data.parse_toml(_text(path)))


def _bank(name: str, data: dict) -> Bank:
    kinds = frozenset(data.get("kinds", ()))
    slots = {}
    for slot, entries in data.items():
        if not isinstance(entries, list) or not entries or not isinstance(entries[0], dict):
            continue
        slots[slot] = tuple(_template(name, slot, i, e, kinds) for i, e in enumerate(entries))
    plans = tuple(tuple(p) for p in data.get("plans", ()))
    return Bank(kinds, plans, slots)


def _template(bank: str, slot: str, index: int, entry: dict, kinds: frozenset) -> Template:
    text = entry["text"]
    names = FIELD.findall(text)
    needs = set(entry.get("when", ()))
    uses = set()
    for name in names:
        key = name[0].lower() + name[1:]
        key = key if key in FORM_FLAGS or key in FORM_FACTS else name.lower()
        if key in FORM_FLAGS:
            needs.add(FORM_FLAGS[key])
        if FORM_FACTS.get(key):
            uses.add(FORM_FACTS[key])
    return Template(
        id=f"{bank}:{slot}:{index}", slot=slot, text=text,
        tones=frozenset(entry.get("tones", ALL_TONES)),
        kinds=frozenset(entry.get("kinds", kinds)),
        needs=frozenset(needs), unless=frozenset(entry.get("unless", ())),
        uses=frozenset(uses), follows=entry.get("follows", ""),
        says_it=any(f"{{{n}}}" in text for n in IT_FORMS),
        lead=text[:text.index("}") + 1] if text.startswith("{") else "",
        inner=bool(re.search(r"[.!?] ", text)),
        parts=tuple(FIELD.split(text)),
        echo=echo_stems(" ".join(FIELD.split(text)[::2])),
        register=entry.get("register", ""),
        family=entry.get("family") or f"{bank}:{slot}:{index}",
        stock=slot not in NOT_STOCK and not entry.get("frame") and not any(_draws_on_a_fact(name) for name in names),
    )


def _draws_on_a_fact(name: str) -> bool:
    """Whether a form brings a fact of the moment into the sentence (the gift, the role, the company, ...)."""
    key = name[0].lower() + name[1:]
    return bool(FORM_FACTS.get(key) or FORM_FACTS.get(name.lower())) or key in FACT_FORMS_WITHOUT_A_FACT_NAME


# Forms from facts that the template vocabulary names differently (the role and company of an interview).
FACT_FORMS_WITHOUT_A_FACT_NAME = frozenset({"the_role", "a_role", "role", "company"})


def echo_stems(text: str) -> frozenset:
    """'I enjoyed learning more' -> {'enjoy', 'learn'}: the words that make two sentences in a row sound
    alike, cut to five letters so 'enjoyed' meets 'enjoy' and 'noticed' meets 'notice'."""
    return frozenset(w[:5] for w in ECHO_WORD.findall(text.lower().replace("’", "'")) if w not in PLAIN_WORDS)


@cache
def slot_templates(kind: str, slot: str) -> tuple[Template, ...]:
    """Every template for a slot that names this kind, across the banks."""
    return tuple(t for bank in banks_for(kind) for t in bank.slots.get(slot, ()) if kind in t.kinds)


@cache
def plans_for(kind: str) -> tuple[tuple[str, ...], ...]:
    for bank in banks_for(kind):
        if kind in bank.kinds and bank.plans:
            return bank.plans
    raise LookupError(f"no phrase bank gives plans for the kind {kind!r}")
