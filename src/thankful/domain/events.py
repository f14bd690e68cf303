"""Event kinds (a wedding, a shower, a funeral ...) from the catalogue's [events] tables: the kind of note
each household's gifts owe, the gift occasion those notes follow, and when a gift's note is due."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from . import kinds
from .errors import UsageError

STATUSES = ("owed", "drafted", "posted", "sent", "skipped")  # as an event counts its notes


def event_kinds() -> list[str]:
    return list(kinds.catalogue().get("events", {}))


def info(kind: str) -> dict:
    return kinds.catalogue()["events"][normalise(kind)]


@lru_cache(maxsize=64)
def normalise(text: str) -> str:
    """The catalogue's name for an event kind typed by a person ("Wedding" -> "wedding"); UsageError if unknown."""
    key = " ".join(str(text or "").strip().lower().replace("_", "-").split())
    known = kinds.catalogue().get("events", {})
    key = next((name for name, rules in known.items() if key in rules.get("aliases", ())), key)
    if key not in known:
        raise UsageError(f"unknown event kind {text!r}; choose one of: {', '.join(event_kinds())}", what="event-kind")
    return key


def note_kind(kind: str) -> str:
    """The kind of note an event's gifts owe: 'gift' for a wedding, 'sympathy' for a funeral."""
    return kinds.normalise_kind(info(kind)["kind"])


def occasion(kind: str) -> str | None:
    """The gift occasion an event's notes follow ('wedding'), None when its notes are not gift notes."""
    return info(kind).get("occasion")


@lru_cache(maxsize=4096)  # a gift list has a few hundred days of arrival at most
def gift_due(kind: str, event_on: date | None, received: date | None) -> date | None:
    """When the note for a gift is due: a gift that came before the day is due `before_days` after it came
    (when the catalogue says so); otherwise the note kind's rule counts from the gift's arrival or from the day."""
    rules = info(kind)
    arrived = received or event_on
    if arrived is None:
        return None
    before = rules.get("before_days")
    if before is not None and event_on is not None and received is not None and received < event_on:
        return received + timedelta(days=int(before))
    start = arrived if rules.get("from", "arrival") == "arrival" else max(arrived, event_on or arrived)
    return kinds.rule_for(note_kind(kind), occasion(kind)).due(start)
