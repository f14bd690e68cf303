"""Grammar and spelling: a few fast checks of the coach's own (data/coach.toml [[grammar]]), always on, and
Harper (harper-py: Automattic's offline checker, in Rust) on notes a person wrote.

Harper is loaded lazily, once per process: building its dictionary takes about a second, then a note
takes a few milliseconds. `warm()` loads it ahead of need (the web server calls it as it starts). A
Linter is not thread-safe, so calls go through one lock.
"""

import re
import threading
from dataclasses import dataclass
from functools import cache

from thankful.writing.lazy import lazy_regex

from .lists import settings

# One sentence that walks Harper's slower first-time paths (its spelling suggestions for a long unknown
# word build a table on first use) so a warm process answers every note quickly.
WARM_TEXT = "Thank you for the scarf. I wear it evrey day and its warm. We loved the qwertyzxcvb."

_lock = threading.Lock()
_linter = None


@dataclass(frozen=True)
class Lint:
    """One thing Harper found, in plain values: where, what kind, what it says, what it suggests."""

    start: int
    end: int
    kind: str      # Harper's lint kind: "Spelling", "Agreement", "WordChoice", ...
    rule: str      # the rule that found it ("SpellCheck", "AnA", ...)
    message: str
    suggestions: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    """A grammar check of the coach's own: a pattern, what is wrong, and the fix (data/coach.toml)."""

    pattern: re.Pattern
    message: str
    suggestion: str
    needs: tuple[str, ...] = ()          # texts one of which every match holds (none: always searched)
    words: frozenset[str] = frozenset()  # words (lower case) one of which the note must hold
    quick: re.Pattern | None = None      # a cheaper pattern every match holds a match of
    before: frozenset[str] = frozenset()  # the word just before a match must be one of these
    drafts: bool = False                  # also run on compose's own drafts (grammar off): cheap and aimed at them

    def may_match(self, text: str, start: int, end: int, words: set[str]) -> bool:
        """Whether the note holds what every match needs (`words` are the note's words, in lower case)."""
        if self.needs and not any(n in text for n in self.needs):
            return False
        if self.words and self.words.isdisjoint(words):
            return False
        return not self.quick or self.quick.search(text, start, end) is not None

    def matches(self, text: str, start: int, end: int) -> list[re.Match]:
        """The rule's matches in text[start:end]."""
        return [m for m in self.pattern.finditer(text, start, end)
                if not self.before or _word_before(text, m.start()) in self.before]


def _word_before(text: str, at: int) -> str:
    words = PREVIOUS_WORD.findall(text[max(0, at - 20):at])
    return words[-1].lower() if words else ""


PREVIOUS_WORD = re.compile(r"[\w'’]+")


@cache
def rules() -> tuple[Rule, ...]:
    return tuple(Rule(lazy_regex(r["pattern"]), r["message"], r["suggestion"], tuple(r.get("needs", ())),
                      frozenset(r.get("words", ())), re.compile(r["quick"]) if r.get("quick") else None,
                      frozenset(w.lower() for w in r.get("before", ())), bool(r.get("drafts")))
                 for r in settings("grammar"))


def own_findings(text: str, start: int, end: int, words: set[str], *,
                 drafts_only: bool = False) -> list[tuple[int, int, Rule]]:
    """(start, end, rule) for each of the coach's own grammar rules that matches text[start:end], whose
    words (lower case) are `words`; with `drafts_only`, only the rules meant for compose's drafts."""
    return [(m.start(), m.end(), rule) for rule in rules() if (rule.drafts or not drafts_only)
            and rule.may_match(text, start, end, words) for m in rule.matches(text, start, end)]


def linter():
    """Harper's Linter, built on first use with the rules data/coach.toml turns off."""
    global _linter
    with _lock:
        if _linter is None:
            import harper  # about a second to build its dictionary: only here, only once

            linter = harper.Linter(harper.Dialect.AMERICAN)
            linter.set_lint_config(_config(linter))
            _linter = linter
    return _linter


def _config(linter) -> dict:
    """Harper's rules, less those data/coach.toml turns off by name or by what they do."""
    config = linter.get_lint_config()
    off = set(settings("harper")["off"])
    described = [d.lower() for d in settings("harper")["off_described"]]
    for name, text in linter.get_lint_descriptions().items():
        if any(d in text.lower() for d in described):
            off.add(name)
    for name in off & set(config):
        config[name] = False
    return config


def warm() -> None:
    """Load Harper and walk its slow first-time paths now, so the first note coached is not kept waiting."""
    lint(WARM_TEXT)


def lint(text: str, start: int = 0, end: int | None = None) -> list[Lint]:
    """Harper's lints on text[start:end], with spans in `text`."""
    end = len(text) if end is None else end
    part = text[start:end]
    if not part.strip():
        return []
    checker = linter()
    with _lock:
        by_rule = checker.organized_lints(part, language="plaintext")
    found = []
    for rule, lints in by_rule.items():
        for x in lints:
            if x.span.end - x.span.start == 1 and part[x.span.start].isupper():
                continue  # "a B on the test", "Plan B": a letter as itself, never "byte"
            found.append(Lint(start + x.span.start, start + x.span.end, x.lint_kind, rule, _plain(x.message),
                              tuple(s.replacement_text for s in x.suggestions)))
    found.sort(key=lambda x: (x.start, x.end))
    return found


def _plain(message: str) -> str:
    """Harper writes `code` marks in its messages; a note's coach quotes plainly."""
    return re.sub(r"`([^`]*)`", r"'\1'", message).strip()


@cache
def grammar_kinds() -> frozenset[str]:
    return frozenset(settings("harper")["grammar_kinds"])


@cache
def always_known() -> frozenset[str]:
    """Words careful people write in thank-you notes that Harper does not know (data/coach.toml)."""
    return frozenset(w.lower() for w in settings("harper")["known_words"])


BRITISH = ((r"our", "or"), (r"is(e|ed|es|ing|ation|ations)$", r"iz\1"), (r"ys(e|ed|es|ing)$", r"yz\1"),
           (r"tre$", "ter"), (r"tres$", "ters"), (r"ogue$", "og"), (r"ll(ed|ing|er)$", r"l\1"), (r"ae", "e"),
           (r"oe", "e"), (r"ence$", "ense"), (r"mme$", "m"), (r"eable$", "able"), (r"wards$", "ward"))


def is_other_spelling(word: str, suggestions: tuple[str, ...]) -> bool:
    """Whether the word is the British (or Canadian, Australian) spelling of a suggestion: 'colour', 'organise'."""
    low = word.lower()
    wanted = {s.lower() for s in suggestions}
    return any(re.sub(pattern, american, low) in wanted for pattern, american in BRITISH)
