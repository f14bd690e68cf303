"""Households: a name as a gift list or a guest list writes it ("Tom & Jane Smith", "Mr. and Mrs. Smith",
"The Smith Family") read as one recipient: the name kept, how a note greets them, and a key that finds the
same household however it is written ("Jane and Tom Smith" is "Tom & Jane Smith")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Titles that stand before a name ("Mr. and Mrs. Smith", "Dr. Osei"), without their dots.
TITLES = frozenset("mr mrs ms miss mx dr drs prof rev revd sir dame mister doctor judge capt".split())
FAMILY_WORDS = ("family", "household", "clan")
_JOINERS = re.compile(r"\s*(?:&|\+|\band\b)\s*", re.I)
_SPLIT = re.compile(r"\s*,\s*|\s*(?:&|\+|\band\b)\s*", re.I)
_FAMILY = re.compile(r"(?:the\s+)?(.+?)\s+(?:family|household|clan)", re.I)
_PLURAL = re.compile(r"the\s+([\w'’-]+?)(es|s)", re.I)


class Household:
    """One recipient read from a name: `name` as kept, `call` how a note greets them ('' for one person: the
    composer chooses), `key` the same for every way of writing it, `surname` when all of them share one,
    `size` 1 (a person), 2 (a couple) or 3 (a family), and `by_surname` when the name gives no first names."""

    __slots__ = ("name", "call", "key", "surname", "size", "by_surname")

    def __init__(self, name: str, call: str, key: str, surname: str = "", size: int = 1, by_surname: bool = False):
        self.name, self.call, self.key, self.surname = name, call, key, surname
        self.size, self.by_surname = size, by_surname

    @property
    def is_household(self) -> bool:
        return self.size > 1

    def __repr__(self) -> str:
        return f"Household({self.name!r}, call={self.call!r}, key={self.key!r}, size={self.size})"


def fold(text: str) -> str:
    """A name as compared: case, accents, dots and apostrophes dropped, spaces single ('O’Brien' -> 'obrien')."""
    if text.isascii():  # most names: no accents to take off
        return " ".join(text.casefold().replace(".", " ").replace("'", "").split())
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace(".", " ").replace("'", "").replace("’", "").split())


@lru_cache(maxsize=65536)  # a gift list names most households more than once; a Household is never changed
def read(text: str) -> Household | None:
    """The household a name means; None for a blank name."""
    name = " ".join(str(text or "").split()).strip(" ,;")
    if not name:
        return None
    return _family(name) or _titled_couple(name) or _people(_unreversed(name))


def _family(name: str) -> Household | None:
    """'The Smith Family', 'Smith family', 'The Smiths', 'the Joneses'."""
    m = _FAMILY.fullmatch(name)
    if m and len(m[1].split()) <= 3 and not _JOINERS.search(m[1]):
        surname = m[1]
    else:
        m = _PLURAL.fullmatch(name)
        if not m:
            return None
        stem, ending = m[1], m[2]
        # "the Joneses" is "Jones" + "es"; "the Lees" reads as "Le" + "es", and is "Lee"
        surname = stem if ending == "s" or stem.lower().endswith(("s", "z", "x", "ch", "sh")) else stem + "e"
    surname = surname[:1].upper() + surname[1:]
    return Household(name, f"{surname} family", f"{fold(surname)}|", fold(surname), 3, by_surname=True)


def _titled_couple(name: str) -> Household | None:
    """'Mr. and Mrs. Smith', 'Mr. & Mrs. Tom Smith', 'Dr. and Mr. Lee': greeted as written, found by surname."""
    parts = _JOINERS.split(name)
    if len(parts) != 2:
        return None
    first, second = parts[0].split(), parts[1].split()
    if len(first) != 1 or not _is_title(first[0]) or len(second) < 2 or not _is_title(second[0]):
        return None
    surname = second[-1]
    call = f"{first[0]} and {second[0]} {surname}"
    return Household(name, call, f"{fold(surname)}|", fold(surname), 2, by_surname=True)


def _unreversed(name: str) -> str:
    """'Smith, Tom' as 'Tom Smith' (a list's 'Last, First'); anything else as it is."""
    if name.count(",") != 1 or _JOINERS.search(name):
        return name
    last, first = (p.strip() for p in name.split(","))
    if len(last.split()) == 1 and 1 <= len(first.split()) <= 2 and not _is_title(last):
        return f"{first} {last}"
    return name


def _people(name: str) -> Household:
    """One person ('Tom Smith'), or several listed ('Tom and Jane Smith', 'Tom Smith & Jane Doe', 'Tom, Jane
    and Lily Smith'): a shared surname goes to every first name written alone."""
    pieces = [p for p in _SPLIT.split(name) if p]
    if len(pieces) < 2:
        words = [w for w in name.split() if not _is_title(w)] or name.split()
        return Household(name, "", fold(" ".join(words)), fold(words[-1]) if len(words) > 1 else "", 1)
    tokens = [[w for w in p.split() if not _is_title(w)] or p.split() for p in pieces]
    shared = tokens[-1][-1] if len(tokens[-1]) > 1 and all(len(t) == 1 for t in tokens[:-1]) else ""
    members, firsts = [], []
    for words in tokens:
        if shared and words[-1] != shared:
            words = words + [shared]
        members.append(fold(" ".join(words)))
        firsts.append(words[0])
    surnames = {m.split()[-1] for m in members if len(m.split()) > 1}
    call = _listed(firsts)
    surname = surnames.pop() if len(surnames) == 1 and all(len(m.split()) > 1 for m in members) else ""
    return Household(name, call, "|".join(sorted(members)), surname, min(len(members), 3))


def _listed(names: list[str]) -> str:
    """'Tom and Jane', 'Tom, Jane and Lily'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _is_title(word: str) -> bool:
    return word.rstrip(".").lower() in TITLES


def name_from_parts(first: str = "", last: str = "", partner_first: str = "", partner_last: str = "") -> str:
    """A household's name from a guest list's columns: 'Tom and Jane Smith' (a shared or missing second
    surname), 'Tom Smith and Jane Doe', or one person's 'Tom Smith'."""
    first, last = " ".join(first.split()), " ".join(last.split())
    partner_first, partner_last = " ".join(partner_first.split()), " ".join(partner_last.split())
    one = " ".join(x for x in (first, last) if x)
    if not partner_first and not partner_last:
        return one
    if first and partner_first and (not partner_last or fold(partner_last) == fold(last)):
        return f"{first} and {partner_first}" + (f" {last}" if last else "")
    two = " ".join(x for x in (partner_first, partner_last) if x)
    return f"{one} and {two}" if one else two
