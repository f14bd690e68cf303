"""The polish's pure half: the prompt a person's own model is given, and the guard that checks its answer
before anyone sees it (docs/polish.md). No model is called here (usecases/polishing.py does that).

    prompt(moment, draft)                 -> (system, prompt): the voice rules, the facts, the draft, the tone
    guard(moment, draft, answer, ...)     -> Verdict(accepted, reasons)
    diff(draft, answer)                   -> [(op, text)]: "same", "del" or "ins", word by word

The guard refuses an answer that brings in a name, number, date, amount, place or proper noun the facts
and the draft do not hold, a promise or claim about the future they do not hold, an amount of money in a
personal note, a lower score or a new warning from the coach, or a length outside the channel's range.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from functools import cache

from thankful.domain import data
from thankful.writing import lexicon
from thankful.writing.coach import check, length_range

TOKEN = re.compile(r"\d[\d,.:/]*\d(?:st|nd|rd|th)?|\d(?:st|nd|rd|th)?|[^\W\d_][\w'’-]*")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
INITIAL = ".!?:;\n"  # what ends a sentence or a line: the word after one may be capitalised as any word is
OPENERS = "\"'“‘([ \t"
PRIVATE = ("email", "today")  # in the moment, but never sent to a model and not facts of the note
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class Verdict:
    """What the guard made of a model's answer: accepted, or the reasons it was refused."""

    accepted: bool
    reasons: list[str] = field(default_factory=list)


@cache
def settings() -> dict:
    """data/polish.toml: the prompt, the voice rules, the guard's word lists, the local plugins."""
    return data.toml("polish.toml")


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in settings()["guard"][name])


@cache
def _future() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in settings()["guard"]["future"]), re.I)


# --- the prompt ------------------------------------------------------------------------------------------

def prompt(moment: dict, draft: str) -> tuple[str, str]:
    """(system, prompt) for the model: the voice rules and the tone; the facts, one a line, and the draft."""
    table = settings()
    tone = str(moment.get("tone") or "warm")
    system = table["system"].format(tone=tone, tone_rule=table["tones"].get(tone, ""))
    return system, table["prompt"].format(facts=facts_text(moment), draft=draft.strip())


def facts_text(moment: dict) -> str:
    """The moment's facts as 'name: value' lines (never an email address: it is no fact of the note)."""
    lines = []
    for key, value in moment.items():
        said = _plain(value)
        if key not in PRIVATE and said:
            lines.append(f"{key.replace('_', ' ')}: {said}")
    return "\n".join(lines)


def _plain(value) -> str:
    if isinstance(value, dict):
        return " ".join(_plain(v) for k, v in value.items() if k not in PRIVATE and v not in ("", None, False))
    if isinstance(value, list | tuple):
        return ", ".join(_plain(v) for v in value if v not in ("", None, False))
    return "" if value in (None, False) else str(value)


def clean(answer: str) -> str:
    """A model's answer without what surrounds the note: code fences, a line introducing it, quotes."""
    text = re.sub(r"^```\w*\s*|\s*```$", "", (answer or "").strip()).strip()
    lines = text.splitlines()
    if len(lines) > 1 and lines[0].rstrip().endswith(":") and len(lines[0].split()) > 2:
        text = "\n".join(lines[1:]).strip()
    if len(text) > 1 and text[0] in "\"“" and text[-1] in "\"”":
        text = text[1:-1].strip()
    return text


# --- the guard -------------------------------------------------------------------------------------------

def guard(moment: dict, draft: str, answer: str, *, today: date | None = None, previous=(),
          known_words=()) -> Verdict:
    """Check a model's answer against the facts and the draft it was given; accepted only with no reason."""
    if not answer.strip():
        return Verdict(False, ["the model gave back no text"])
    source = Source.of(moment, draft)
    reasons = [*invented(answer, source), *promised(answer, source),
               *coached(moment, draft, answer, today=today, previous=previous, known_words=known_words),
               *too_long_or_short(moment, draft, answer)]
    reasons = list(dict.fromkeys(reasons))
    return Verdict(not reasons, reasons)


@dataclass(frozen=True)
class Source:
    """What the answer may draw on: the words of the facts and of the draft, and their numbers."""

    words: frozenset[str]
    numbers: frozenset[str]

    @classmethod
    def of(cls, moment: dict, draft: str) -> Source:
        text = facts_text(moment) + "\n" + draft + "\n" + " ".join(_dates_said(moment))
        tokens = [m.group() for m in TOKEN.finditer(text)]
        words = {form for t in tokens if not t[0].isdigit() for form in forms(t)}
        return cls(frozenset(words), frozenset(_number(t) for t in tokens if t[0].isdigit()))

    def has(self, word: str) -> bool:
        """Whether the word, or every part of a hyphenated one, is among the source's words (any form)."""
        if forms(word) & self.words:
            return True
        parts = [p for p in re.split(r"[-’']", word) if p]
        return len(parts) > 1 and all(forms(p) & self.words for p in parts)


def _dates_said(moment: dict) -> list[str]:
    """An ISO date in the facts as a note says it: its month, weekday, day and year."""
    said = []
    for value in moment.values():
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                continue
            said += [MONTHS[day.month - 1], WEEKDAYS[day.weekday()], str(day.day), str(day.year)]
    return said


@cache
def forms(word: str) -> frozenset[str]:
    """A word in lower case, without a possessive, and its lemmas: 'Seeing' -> {'seeing', 'see'}."""
    low = word.lower().replace("’", "'")
    low = re.sub(r"'s$|s'$", "", low) or low
    found = {low}
    for lemmas in lexicon.parts(low).values():
        found.update(lemmas)
    return frozenset(found)


def _number(token: str) -> str:
    return re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", token).replace(",", "").rstrip(".:/")


def invented(answer: str, source: Source) -> list[str]:
    """A name, number, date, amount, place or proper noun the facts and the draft do not hold."""
    reasons = []
    never = _words("never_names")
    for m in TOKEN.finditer(answer):
        token = m.group()
        low = token.lower()
        if token[0].isdigit():
            if _number(token) not in source.numbers:
                reasons.append(f"the number '{token}' is not in the facts or the draft")
        elif low in _words("number_words") and not source.has(token):
            reasons.append(f"the number '{token}' is not in the facts or the draft")
        elif low in _words("date_words") and not source.has(token):
            reasons.append(f"the date '{token}' is not in the facts or the draft")
        elif low in _words("money_words") and not source.has(token):
            reasons.append(f"the amount '{token}' is not in the facts or the draft")
        elif token[0].isupper() and len(token) > 1 and low not in never and _is_name(answer, m.start(), token) and not source.has(token):
            reasons.append(f"'{token}' is not in the facts or the draft (a new name, place or proper noun)")
    return reasons


def _is_name(text: str, at: int, token: str) -> bool:
    """A capitalised word is a name unless it opens a sentence or a line and is a common word there."""
    before = text[:at].rstrip(OPENERS)
    if before and before[-1] not in INITIAL:
        return True
    low = token.lower()
    return not (lexicon.known(low) or low in _words("stopwords")) or lexicon.proper(low) is not None


def promised(answer: str, source: Source) -> list[str]:
    """A sentence that promises or claims something about the future with words the facts and draft lack."""
    reasons = []
    ignored = (_words("stopwords") | _words("future_words") | _words("number_words") | _words("date_words")
               | _words("money_words"))  # numbers, dates and amounts are invented() words
    for m in SENTENCE.finditer(answer):
        sentence = m.group().strip()
        if not _future().search(sentence):
            continue
        new = [t for t in (w.group() for w in TOKEN.finditer(sentence))
               if t.islower() and t.lower() not in ignored and len(t) > 2 and not source.has(t)]
        if new:
            reasons.append(f"'{sentence}' promises or claims what the facts do not hold ({', '.join(dict.fromkeys(new))})")
    return reasons


def coached(moment: dict, draft: str, answer: str, *, today: date | None = None, previous=(),
            known_words=()) -> list[str]:
    """The coach must not score the answer lower than the draft, nor warn about something new in it; and a
    personal note never names an amount of money."""
    before = check(draft, moment, today=today, previous=previous, known_words=known_words)
    after = check(answer, moment, today=today, previous=previous, known_words=known_words)
    reasons = [f"it names an amount of money ('{_quote(answer, f)}'), which a personal note never does"
               for f in after["findings"] if f["code"] == "money-amount"]
    if after["score"] < before["score"]:
        reasons.append(f"the coach scores it {after['score']}/100, lower than the draft's {before['score']}")
    had = Counter(f["code"] for f in before["findings"] if f["severity"] == "warn")
    seen: Counter = Counter()
    for f in after["findings"]:
        if f["severity"] != "warn" or f["code"] == "money-amount":
            continue
        seen[f["code"]] += 1
        if seen[f["code"]] > had[f["code"]]:
            reasons.append(f"the coach warns about it ({f['code']}): {f['message']}")
    return reasons


def _quote(text: str, finding: dict) -> str:
    start, end = finding["span"]
    return text[start:end].strip()


def too_long_or_short(moment: dict, draft: str, answer: str) -> list[str]:
    """The answer's length is within the channel's range, or (if the draft's was not) no further from it."""
    low, high = length_range(str(moment.get("kind") or ""))
    words, was = len(answer.split()), len(draft.split())
    if low <= words <= high or min(was, low) <= words <= max(was, high):
        return []
    return [f"it is {words} words long; this note keeps to {low} to {high} words"]


# --- the difference --------------------------------------------------------------------------------------

def diff(before: str, after: str) -> list[tuple[str, str]]:
    """The change word by word: ("same" | "del" | "ins", text), in order."""
    a, b = re.findall(r"\s+|\S+\s*", before), re.findall(r"\s+|\S+\s*", after)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("del", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("ins", "".join(b[j1:j2])))
    return out


def marked(before: str, after: str) -> str:
    """The difference as plain text: [-removed-] {+added+}."""
    marks = {"same": "{}", "del": "[-{}-]", "ins": "{{+{}+}}"}
    return "".join(marks[op].format(text) for op, text in diff(before, after))
