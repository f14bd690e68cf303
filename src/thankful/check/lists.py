"""The coach's word lists, compiled once: data/cliches.toml, and proselint's cliché lists as one matcher.

proselint runs every check through its registry (about 5 ms a note); the coach needs only its cliché
phrase lists, so it reads those files and matches all ~800 phrases in one pass over the note's words.
"""

import re
from functools import cache
from pathlib import Path

CLICHES_FILE = Path(__file__).resolve().parent.parent / "data" / "cliches.toml"
PROSELINT_LISTS = ("garner", "write-good", "diction")
TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@cache
def lists() -> dict[str, list[str]]:
    import tomllib

    with CLICHES_FILE.open("rb") as fh:
        return tomllib.load(fh)


@cache
def pattern(name: str) -> re.Pattern:
    """One regex for a whole list, on word boundaries, case ignored."""
    joined = "|".join(f"(?:{p})" for p in lists()[name])
    # \b rather than a look-behind at every position: the lists start and end with word characters
    return re.compile(rf"\b(?:{joined})(?![\w'])", re.I)


def find(name: str, text: str) -> list[re.Match]:
    return list(pattern(name).finditer(text))


class PhraseMatcher:
    """Whole-word phrases found in one pass: phrases are indexed by their first word."""

    def __init__(self, phrases: list[str]):
        self.index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            tokens = tuple(TOKEN.findall(phrase.lower().replace("’", "'")))
            if tokens:
                self.index.setdefault(tokens[0], []).append(tokens)
        for entries in self.index.values():
            entries.sort(key=len, reverse=True)  # the longest phrase at a place wins

    def finditer(self, text: str):
        """(start, end, phrase) for each phrase in the text, spans in the original text."""
        low = text.lower().replace("’", "'")
        words = TOKEN.findall(low)
        index = self.index
        if index.keys().isdisjoint(words):
            return  # most notes: no word starts any phrase
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
