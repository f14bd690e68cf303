"""A note's text split the way the coach reads it: greeting, body sentences (with spans), sign-off."""

import re
from dataclasses import dataclass, field

GREETING = re.compile(r"^\s*(?:dear|dearest|my dear|hi|hello|hey|to|good morning|greetings)\b", re.I)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9'’$€£-]+")
# The only letters outside WORD whose lower case is inside it ("Ÿ" -> "ÿ"): lowering a text that has
# none of them first finds the same words as lowering each word found.
WORD_CASE_TRAPS = "\u0130\u0178\u1e9e\u212a\u212b"  # İ Ÿ ẞ, the Kelvin sign, the Ångström sign


@dataclass
class Sentence:
    """A sentence of the body, and where it is in the note."""

    text: str
    start: int
    end: int


@dataclass
class Note:
    """A note as the coach reads it (see read)."""

    text: str
    greeting: tuple[int, int] | None = None       # span of the greeting line
    body: tuple[int, int] = (0, 0)                # span of the body
    sentences: list[Sentence] = field(default_factory=list)
    words: int = 0
    context: object = None  # what the note is for, as coach.context reads it (set once per note)

    @property
    def greeting_text(self) -> str:
        return self.text[self.greeting[0]:self.greeting[1]] if self.greeting else ""

    @property
    def body_text(self) -> str:
        return self.text[self.body[0]:self.body[1]]

    @property
    def signoff(self) -> tuple[int, int]:
        """Span of what follows the body: the closing and the name under it."""
        return (self.body[1], len(self.text))

    @property
    def lower(self) -> str:
        return self.text.lower()

    # Worked out on first use and kept (by hand, not functools.cached_property: in Python 3.11 that takes a
    # lock on every first read, which cost more than finding the words of a draft).
    _body_words: set[str] | None = field(default=None, repr=False, compare=False)
    _all_words: set[str] | None = field(default=None, repr=False, compare=False)

    @property
    def body_words(self) -> set[str]:
        if self._body_words is None:
            self._body_words = set(words_of(self.body_text))
        return self._body_words

    @property
    def all_words(self) -> set[str]:
        if self._all_words is None:
            self._all_words = set(words_of(self.text))
        return self._all_words


def read(text: str) -> Note:
    """Find the greeting (a short first line ending in a comma, or opening with 'Dear'), the sign-off
    (a short line ending in a comma near the end, and the name under it) and the body between."""
    lines = _lines(text)
    note = Note(text=text, words=len(text.split()))
    if not lines:
        return note
    first = lines[0]
    body_start_line = 0
    if _is_greeting(text[first[0]:first[1]]):
        note.greeting = first
        body_start_line = 1
    body_end_line = len(lines)
    for i in range(len(lines) - 1, max(body_start_line, len(lines) - 4) - 1, -1):
        line = text[lines[i][0]:lines[i][1]].strip()
        if i > body_start_line and line.endswith(",") and len(line.split()) <= 5:
            body_end_line = i
            break
    if body_end_line <= body_start_line:
        body_end_line = len(lines)
    if body_start_line < body_end_line:
        note.body = (lines[body_start_line][0], lines[body_end_line - 1][1])
    note.sentences = _sentences(text, note.body)
    return note


def _sentences(text: str, body: tuple[int, int]) -> list[Sentence]:
    found = []
    for m in SENTENCE.finditer(text, body[0], body[1]):
        whole = m.group()
        stripped = whole.strip()
        if stripped:
            found.append(Sentence(stripped, m.start() + _lead(whole), m.end()))
    return found


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line.rstrip())))
        pos += len(line) + 1
    return spans


def _is_greeting(line: str) -> bool:
    s = line.strip()
    return bool(GREETING.match(s)) or (s.endswith((",", ":")) and len(s.split()) <= 6)


def _lead(s: str) -> int:
    return len(s) - len(s.lstrip())


# An ASCII text's words without the regex engine: bytes.translate() (a table look-up per byte) lowers the
# letters and turns every other character WORD leaves out into a space, and split() gives the runs between
# (WORD's matches, in order).
ASCII_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789'$-"
ASCII_WORDS = bytes(ord(chr(c).lower()) if chr(c).lower() in ASCII_WORD_CHARS else ord(" ") for c in range(256))


def words_of(text: str) -> list[str]:
    if text.isascii():
        return text.encode().translate(ASCII_WORDS).decode().split()  # a fraction of the regex's cost
    if not any(c in text for c in WORD_CASE_TRAPS):
        return WORD.findall(text.lower().replace("’", "'"))  # one pass over the text, not one per word
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]
