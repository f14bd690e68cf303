"""The coach's word lists, compiled once: data/cliches.toml and data/coach.toml, and proselint's cliché
lists as one matcher.

proselint runs every check through its registry (about 5 ms a note); the coach needs only its cliché
phrase lists, so it reads those files and matches all ~800 phrases in one pass over the note's words.

Speed (DESIGN §11: compose checks every draft it writes): a list's regex is an alternation of dozens of
entries, and trying all of them at every word of every note was half the coach's time. Each entry has
an *anchor*, literal text any match of it must contain ("thank" for "thanks? (?:you )?for ..."); a
note is matched only against the entries whose anchor is in it, which for most notes is none.
"""

import re
from functools import cache, lru_cache
from pathlib import Path

from thankful.domain import data

PROSELINT_LISTS = ("garner", "write-good", "diction")
TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# With re.I, İ ı ſ match i, i, s, which str.lower() does not give ("İ".lower() is two characters; the
# Kelvin sign, the only other letter re.I matches to ASCII, lowers to k): folding them first keeps "an
# anchor is in the folded text" true whenever the regex matches (test_check checks every letter).
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
FOLD_CHARS = "\u0130\u0131\u017f"
QUANTIFIERS = "?*+{"
META = ".^$"
LOOKAROUND = ("?=", "?!", "?<=", "?<!")


LIST_FILES = ("cliches.toml", "coach.toml")


@cache
def lists() -> dict[str, list[str]]:
    """Every word list by name: the top-level lists of strings in the list files (their tables are settings)."""
    found: dict[str, list[str]] = {}
    for name in LIST_FILES:
        for key, value in data.toml(name).items():
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                found[key] = value
    return found


def settings(table: str):
    """A table or array of tables of data/coach.toml ('grammar', 'harper')."""
    return data.toml("coach.toml")[table]


def _compile(entries) -> re.Pattern:
    """One regex for several entries, on word boundaries, case ignored (entries keep their order)."""
    joined = "|".join(f"(?:{p})" for p in entries)
    # \b rather than a look-behind at every position: the lists start and end with word characters
    return re.compile(rf"\b(?:{joined})(?![\w'])", re.I)


@cache
def pattern(name: str) -> re.Pattern:
    """One regex for a whole list."""
    return _compile(lists()[name])


@lru_cache(maxsize=16)  # every list looks at the same note: fold it once
def fold(text: str) -> str:
    """The text as the anchors are written: lower case, and the few letters re.I folds to ASCII."""
    if text.isascii() or not any(c in text for c in FOLD_CHARS):
        return text.lower()
    return text.translate(FOLD).lower()  # rare, and slow: translate() looks up every character


class PhraseList:
    """A list's entries with their anchors; matching uses only the entries whose anchor is in the text.

    An alternation finds, at each place, the first entry that matches there; an entry left out could
    not match anywhere in the text, so the smaller regex finds exactly what the whole list would.
    When every entry left in begins with known text ("thank" for "thanks? ..."), the regex is tried
    only where that text is, rather than scanned across the whole note.
    """

    def __init__(self, entries: list[str]):
        self.entries = tuple(entries)
        read = [_required(e) or [] for e in self.entries]  # each entry read once, for all three uses
        if any(re.search(r"\\\d|\(\?P", e) for e in self.entries):
            # a back-reference counts groups across the whole alternation: keep it whole
            read = [[] for _ in self.entries]
        found = [_anchors_of(r) for r in read]
        self.starts = tuple(_starts_of(r) for r in read)
        self.needs = tuple(_needs_of(r) for r in read)
        self.always = frozenset(i for i, any_of in enumerate(found) if not any_of)
        self.always_sorted = tuple(sorted(self.always))
        by_anchor: dict[str, set[int]] = {}
        for i, any_of in enumerate(found):
            for a in any_of:
                by_anchor.setdefault(a, set()).add(i)
        self.by_anchor = _fewer_anchors(by_anchor)
        self.anchor_texts = tuple(self.by_anchor)

    def candidates(self, text: str) -> tuple[int, ...]:
        """Indexes of the entries that may match in the text, in list order."""
        return self._candidates(fold(text))

    def _candidates(self, low: str) -> tuple[int, ...]:
        present = tuple(filter(low.__contains__, self.anchor_texts))  # substring tests, all in C
        if not present:
            return self.always_sorted
        # An anchor shared with others ("thank" for "thanks a million") lets in entries whose other texts
        # are not there: drop those before any regex runs ("thank you for the gift" in a note with no "gift").
        needs = self.needs
        return tuple(i for i in self._anchored(present) if _has_all(low, needs[i]))

    @lru_cache(maxsize=256)  # noqa: B019 (notes share a few sets of anchors: "thank", "thank" and "love")
    def _anchored(self, present: tuple[str, ...]) -> tuple[int, ...]:
        """The entries an anchor of which is present (and those without one), in list order."""
        return tuple(sorted(self.always.union(*(self.by_anchor[a] for a in present))))

    def finditer(self, text: str):
        low = fold(text)
        wanted = self._candidates(low)
        if not wanted:
            return iter(())
        begins = self._begins(wanted)
        if begins is None or len(low) != len(text):  # (the same length: places in low are places in text)
            return self._pattern(wanted).finditer(text)
        return _matches_at([self._entry(i) for i in wanted], text, _places(low, begins))

    def search(self, text: str) -> re.Match | None:
        return next(self.finditer(text), None)

    @cache  # noqa: B019 (the lists live as long as the process; a batch meets a few dozen sets of entries)
    def _pattern(self, wanted: tuple[int, ...]) -> re.Pattern:
        return _compile([self.entries[i] for i in wanted])

    @cache  # noqa: B019 (a few hundred entries in all)
    def _entry(self, i: int) -> re.Pattern:
        return _compile([self.entries[i]])

    @lru_cache(maxsize=256)  # noqa: B019
    def _begins(self, wanted: tuple[int, ...]) -> tuple[str, ...] | None:
        """The texts one of which every match of these entries begins with; None if one entry's are unknown."""
        if not all(self.starts[i] for i in wanted):
            return None
        return tuple(sorted({text for i in wanted for text in self.starts[i]}))


def _fewer_anchors(by_anchor: dict[str, set[int]]) -> dict[str, set[int]]:
    """The same candidates from fewer substring tests: an anchor holding a shorter one ('exchanged' holds
    'exchange') is there only when the shorter one is, so its entries go with the shorter one's."""
    kept: dict[str, set[int]] = {}
    for anchor in sorted(by_anchor, key=len):
        inside = next((k for k in kept if k in anchor), None)
        kept.setdefault(inside or anchor, set()).update(by_anchor[anchor])
    return kept


def _places(low: str, texts: tuple[str, ...]) -> list[int]:
    """Every place in `low` where one of the texts begins, in order."""
    found = set()
    for text in texts:
        at = low.find(text)
        while at >= 0:
            found.add(at)
            at = low.find(text, at + 1)
    return sorted(found)


def _matches_at(entries: list[re.Pattern], text: str, places: list[int]):
    """What the alternation of the entries finds (finditer), when a match can begin only at these places.

    At one place an alternation takes the first entry that matches there, so the entries are tried in
    turn; each compiled alone, no regex is compiled for each new set of entries a note calls for.
    """
    end = 0
    for at in places:
        if at < end:
            continue  # finditer goes on after a match, never inside it
        for entry in entries:
            m = entry.match(text, at)  # \b and look-behinds still see the text before `at`
            if m:
                yield m
                end = m.end()
                break


@cache
def phrase_list(name: str) -> PhraseList:
    return PhraseList(lists()[name])


def find(name: str, text: str) -> list[re.Match]:
    return list(phrase_list(name).finditer(text))


def contains(name: str, text: str) -> bool:
    """Whether any entry of the list is in the text (no need to find them all)."""
    return phrase_list(name).search(text) is not None


def anchors(entry: str) -> tuple[str, ...]:
    """Literal texts, lower case, one of which every match of the regex `entry` contains; () if unsure.

    Of the texts the entry requires (see _required), the ones whose shortest is longest.
    """
    return _anchors_of(_required(entry) or [])


def starts(entry: str) -> tuple[str, ...]:
    """Literal texts, lower case, one of which every match of the regex `entry` begins with; () if unsure."""
    return _starts_of(_required(entry) or [])


def _anchors_of(found: list[tuple[int, tuple[str, ...]]]) -> tuple[str, ...]:
    if not found:
        return ()
    return max((texts for _, texts in found), key=lambda texts: min(len(t) for t in texts))


def _starts_of(found: list[tuple[int, tuple[str, ...]]]) -> tuple[str, ...]:
    return next((texts for at, texts in found if at == 0), ())


def _needs_of(found: list[tuple[int, tuple[str, ...]]]) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Everything an entry requires, as (texts that must all be there, groups one text of each must be)."""
    singles = sorted(dict.fromkeys(texts[0] for _, texts in found if len(texts) == 1), key=len, reverse=True)
    choices = sorted((texts for _, texts in found if len(texts) > 1), key=lambda texts: min(map(len, texts)),
                     reverse=True)
    return tuple(singles), tuple(choices)  # (longest first: the rarest, so a missing one is found soonest)


def _has_all(low: str, needs: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]) -> bool:
    singles, choices = needs
    if not all(map(low.__contains__, singles)):
        return False
    return not choices or all(any(map(low.__contains__, group)) for group in choices)


def _required(entry: str) -> list[tuple[int, tuple[str, ...]]] | None:
    """Where in the entry, and which, literal texts every match must contain; None if unsure.

    Reads the entry's top level: a run of plain characters must appear ("thanks?" -> "thank"), and so
    must one branch of a group of plain branches ("(?:like|love)"), unless a quantifier makes it
    optional. Anything unusual (a top-level "|", flags, named groups) gives None.
    """
    found: list[tuple[int, tuple[str, ...]]] = []
    run, run_at = "", 0

    def close() -> None:  # the run of plain characters so far, if any, is required
        if run:
            found.append((run_at, (run,)))

    i = 0
    while i < len(entry):
        c = entry[i]
        if c == "|":
            return None  # a top-level alternative: no one text is required
        if c == "\\":
            close()
            run, i = "", i + 2
        elif c == "[":
            end = _class_end(entry, i)
            if end < 0:
                return None
            close()
            run, i = "", end + 1
        elif c == "(":
            end = _group_end(entry, i)
            if end < 0:
                return None
            close()
            run = ""
            body = entry[i + 1:end]
            optional = end + 1 < len(entry) and entry[end + 1] in "?*{"
            if body.startswith(LOOKAROUND) or optional:
                pass  # zero-width or optional: requires nothing
            elif body.startswith("?") and not body.startswith("?:"):
                return None  # flags or a named group: not worth reading
            else:
                branches = (body[2:] if body.startswith("?:") else body).split("|")
                if all(_plain(b) for b in branches):
                    found.append((i, tuple(b.lower() for b in branches)))
            i = end + 1
        elif c in QUANTIFIERS:
            if c != "+":
                run = run[:-1]  # "s?" may be absent; "o+" is there at least once
            close()
            run = ""
            i = _quantifier_end(entry, i)
            if i < 0:
                return None
        elif c in META or c == ")" or not c.isascii():
            close()
            run, i = "", i + 1
        else:
            if not run:
                run_at = i
            run, i = run + c.lower(), i + 1
    close()
    return found


def _plain(text: str) -> bool:
    return bool(text) and text.isascii() and not any(c in text for c in "\\[]()|.^$?*+{}")


def _class_end(entry: str, start: int) -> int:
    """Index of the ] closing the character class that opens at `start`, or -1."""
    i = start + 1
    if entry[i:i + 1] == "^":
        i += 1
    if entry[i:i + 1] == "]":
        i += 1
    while i < len(entry):
        if entry[i] == "\\":
            i += 2
            continue
        if entry[i] == "]":
            return i
        i += 1
    return -1


def _group_end(entry: str, start: int) -> int:
    """Index of the ) closing the group that opens at `start`, or -1."""
    depth, i = 0, start
    while i < len(entry):
        c = entry[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(entry, i)
            if i < 0:
                return -1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _quantifier_end(entry: str, start: int) -> int:
    """Index just after the quantifier at `start` (with a lazy or possessive mark), or -1."""
    i = start + 1
    if entry[start] == "{":
        close = entry.find("}", start)
        if close < 0:
            return -1
        i = close + 1
    if entry[i:i + 1] in ("?", "+"):
        i += 1
    return i


class PhraseMatcher:
    """Whole-word phrases found in one pass: phrases are indexed by their first word."""

    def __init__(self, phrases: list[str]):
        self.index: dict[str, list[tuple[str, ...]]] = {}
        # Each phrase's first words (up to three), by how many: common openings like "in the" start
        # phrases too, so a note is searched only when it holds a phrase's first three words in a row.
        self.openings: tuple[set, set, set] = (set(), set(), set())
        for phrase in phrases:
            tokens = tuple(tokens_of(phrase.lower().replace("’", "'")))
            if tokens:
                self.index.setdefault(tokens[0], []).append(tokens)
                opening = tokens[:3]
                self.openings[len(opening) - 1].add(opening if len(opening) > 1 else tokens[0])
        for entries in self.index.values():
            entries.sort(key=len, reverse=True)  # the longest phrase at a place wins

    def _may_hold_one(self, words: list[str]) -> bool:
        ones, twos, threes = self.openings
        return not (ones.isdisjoint(words) and twos.isdisjoint(zip(words, words[1:]))
                    and threes.isdisjoint(zip(words, words[1:], words[2:])))

    def finditer(self, text: str):
        """(start, end, phrase) for each phrase in the text, spans in the original text."""
        low = text.lower().replace("’", "'")
        words = tokens_of(low)
        if not self._may_hold_one(words):
            return  # most notes
        index = self.index
        i = 0
        while i < len(words):
            entries = index.get(words[i])
            if entries:
                for tokens in entries:
                    n = len(tokens)
                    if tuple(words[i:i + n]) == tokens:
                        spans = [m.span() for m in TOKEN.finditer(low)]  # rare: only when a phrase is found
                        yield spans[i][0], spans[i + n - 1][1], " ".join(tokens)
                        i += n - 1
                        break
            i += 1


# For an ASCII text, TOKEN's matches without scanning it with the regex: bytes.translate() (a table look-up
# per byte, much cheaper than str.translate()) turns every character TOKEN cannot match into a space, so
# split() gives the runs TOKEN's matches lie in; a run without an apostrophe is one match, whole, and the
# few with one are matched alone (a match never crosses a run).
TOKEN_RUNS = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789'" else ord(" ") for c in range(256))


def tokens_of(low: str) -> list[str]:
    """TOKEN.findall(low), in a fraction of the time for an ASCII text."""
    if not low.isascii():
        return TOKEN.findall(low)
    runs = low.encode().translate(TOKEN_RUNS).decode().split()
    if "'" not in low:
        return runs
    found: list[str] = []
    for run in runs:
        if "'" in run:
            found += TOKEN.findall(run)
        else:
            found.append(run)
    return found


@cache
def prose_cliches() -> PhraseMatcher:
    """proselint's cliché lists (Garner's Modern American Usage, write-good, GNU diction)."""
    return PhraseMatcher(_proselint_phrases())


def _proselint_phrases() -> list[str]:
    from importlib.util import find_spec

    spec = find_spec("proselint")  # locating the package does not import it (115 ms)
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(list(spec.submodule_search_locations)[0]) / "checks" / "cliches"
    phrases = []
    for name in PROSELINT_LISTS:
        path = folder / name
        if path.exists():
            phrases += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return phrases
