"""The catalogue of kinds (data/kinds.toml): each kind's facts, questions, due rule, channel, tones,
sign-off registers and implied relationship, declared once and read by every layer above."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from . import data
from .errors import UsageError

FACT_TYPES = ("text", "long", "amount", "flag")


@dataclass(frozen=True)
class Rule:
    """When a note for one kind (and gift occasion) is due, and where the rule comes from."""

    kind: str
    occasion: str | None
    due_days: int | None
    limit_days: int | None
    rule: str
    source: str
    gentle: bool = False
    business_days: bool = False  # an interviewer or a donor counts working days: Friday's note is due Monday

    def due(self, on: date | None) -> date | None:
        if on is None or self.due_days is None:
            return None
        return _after(on, self.due_days, self.business_days)

    def limit(self, on: date | None) -> date | None:
        if on is None or self.limit_days is None:
            return None
        return _after(on, self.limit_days, self.business_days)


def _after(on: date, days: int, business: bool) -> date:
    """`days` after `on`, counting only Monday to Friday when `business`."""
    if not business:
        return on + timedelta(days=days)
    day = on
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


@dataclass(frozen=True)
class Fact:
    """One fact a moment can hold: its name, how the form and the command line present it, its type."""

    name: str
    label: str
    help: str
    example: str = ""
    type: str = "text"

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


@cache
def catalogue() -> dict:
    """The catalogue, merged: a data folder of the person's own (THANKFUL_DATA) may add kinds and facts."""
    merged: dict = {}
    for path in reversed(data.paths("kinds.toml")):
        _merge(merged, data.read_toml(path))
    return merged


def _merge(into: dict, more: dict) -> None:
    for key, value in more.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def kinds() -> list[str]:
    return list(catalogue()["kinds"])


def kind_info(kind: str) -> dict:
    return catalogue()["kinds"][normalise_kind(kind)]


def label(kind: str) -> str:
    return kind_info(kind).get("label", kind)


def normalise_kind(text: str) -> str:
    """The catalogue's name for a kind typed by a person ("Favour" -> "favor"); UsageError if unknown."""
    if isinstance(text, str):
        return _kind_named(text)  # asked several times a moment (kind_info too): a batch names a kind or two
    return _normalise_kind(text)


@lru_cache(maxsize=64)
def _kind_named(text: str) -> str:
    return _normalise_kind(text)


def _normalise_kind(text) -> str:
    key = " ".join(str(text).strip().lower().replace("_", "-").split())
    key = catalogue()["aliases"].get(key, key)
    if key not in catalogue()["kinds"]:
        raise UsageError(f"unknown kind {text!r}; choose one of: {', '.join(kinds())}")
    return key


def gift_occasions() -> list[str]:
    return list(catalogue()["occasions"])


def normalise_occasion(text: str | None) -> str | None:
    """A gift occasion in the catalogue's words; free text is kept as typed (it follows `other`)."""
    if not text or not str(text).strip():
        return None
    key = " ".join(str(text).strip().lower().split())
    return catalogue()["aliases"].get(key, key)


# --- facts --------------------------------------------------------------------------------------

@cache
def facts() -> dict[str, Fact]:
    """Every fact a moment can hold, in catalogue order."""
    found = {}
    for name, info in catalogue()["facts"].items():
        kind = info.get("type", "text")
        if kind not in FACT_TYPES:
            raise UsageError(f"the catalog's fact {name!r} has an unknown type {kind!r}; use one of {FACT_TYPES}")
        found[name] = Fact(name, info.get("label", name), info.get("help", ""), info.get("example", ""), kind)
    return found


def text_facts() -> tuple[str, ...]:
    """The facts held as text (what, detail, ..., role, ...), in catalogue order."""
    return tuple(n for n, f in facts().items() if f.type in ("text", "long"))


def asks(kind: str) -> list[str]:
    return list(kind_info(kind).get("asks", []))


def optional(kind: str) -> list[str]:
    return list(kind_info(kind).get("optional", []))


def facts_for(kind: str) -> list[str]:
    """The facts that fit a kind: those it asks for, then its optional ones."""
    return list(dict.fromkeys(asks(kind) + optional(kind)))


# --- due dates ----------------------------------------------------------------------------------

@cache  # pure over the catalogue, and asked once per moment: a batch of 1,000 repeats a few rules
def rule_for(kind: str, occasion: str | None = None) -> Rule:
    kind = normalise_kind(kind)
    info = catalogue()["kinds"][kind]
    if kind == "gift":
        occ = normalise_occasion(occasion) or "other"
        known = catalogue()["occasions"]
        rule = known.get(occ, known["other"])
        return Rule(kind, occ, rule.get("due_days"), rule.get("limit_days", rule.get("due_days")),
                    rule["rule"], rule["source"])
    return Rule(kind, None, info.get("due_days"), info.get("limit_days", info.get("due_days")),
                info["rule"], info["source"], info.get("gentle", False), info.get("business_days", False))


def due_date(kind: str, occasion: str | None, on: date | None) -> date | None:
    return rule_for(kind, occasion).due(on)


def is_late(kind: str, occasion: str | None, on: date | None, today: date, due: date | None = None) -> bool:
    """Past the hard limit (or past a due date the person set): the note should open with a short apology."""
    if due is not None:
        return today > due
    limit = rule_for(kind, occasion).limit(on)
    return limit is not None and today > limit


def owes_apology(kind: str, occasion: str | None, on: date | None, today: date, due: date | None = None) -> bool:
    """Late enough that the draft says sorry: past the limit by as long again as the limit allowed (a favor
    thanked on day 9 is a little late and needs no "forgive my belated note"; on day 15 it does). A gentle kind
    never apologises: nobody expects a sympathy acknowledgment by a date."""
    rule = rule_for(kind, occasion)
    if rule.gentle or on is None:
        return False
    limit = due if due is not None else rule.limit(on)
    return limit is not None and today > limit + (limit - on)


# --- channel, tone, people ----------------------------------------------------------------------

def default_channel(kind: str) -> str:
    return kind_info(kind).get("channel", "card")


def is_email(kind: str) -> bool:
    """Notes of this kind usually travel by email (they get a subject line and are judged as emails)."""
    return default_channel(kind) == "email"


def all_tones() -> list[str]:
    return list(catalogue()["tones"])


def tones(kind: str) -> list[str]:
    """The tones that fit a kind, the usual one first (an interview note is never romantic)."""
    return list(kind_info(kind).get("tones", all_tones()))


def default_tone(kind: str) -> str:
    return kind_info(kind).get("tone_default", "warm")


@lru_cache(maxsize=64)  # once a moment: a batch asks for a few tones of a few kinds
def fitting_tone(kind: str, tone: str | None) -> str:
    """The tone a note of this kind is written in when `tone` is asked: unfitting tones turn into fitting ones."""
    if not tone:
        return default_tone(kind)
    tone = tone.strip().lower()
    if tone not in all_tones():
        raise UsageError(f"unknown tone {tone!r}; choose one of: {', '.join(tones(kind))}")
    if tone in tones(kind):
        return tone
    return kind_info(kind).get("tone_instead", {}).get(tone, default_tone(kind))


@cache  # asked for every note the coach reads
def thanks_an_act(kind: str) -> bool:
    """Whether the note thanks for what someone did (`act` in the catalogue): a detail "driving the kids" is theirs."""
    return kind_info(kind).get("act", False)


def coach_skip(kind: str) -> frozenset[str]:
    """The coach's checks (finding codes) that make no sense for this kind (`coach_skip` in the catalogue)."""
    return frozenset(kind_info(kind).get("coach_skip", ()))


def relationships() -> list[str]:
    return list(catalogue()["relationships"])


def implied_relationship(kind: str) -> str:
    """What a giver the notebook does not know yet is to the writer, judging by the kind (an interviewer)."""
    return kind_info(kind).get("relationship", "other")


def registers(kind: str, relationship: str | None = None) -> list[str]:
    """The sign-off registers that fit a note of this kind to someone of this relationship."""
    allowed = kind_info(kind).get("registers", list(catalogue()["registers"]))
    if relationship:
        by_person = catalogue()["relationship_registers"].get(relationship, allowed)
        narrowed = [r for r in allowed if r in by_person]
        if narrowed:
            return narrowed
    return list(allowed)
