"""The catalogue of kinds and gift occasions: due-date rules, their sources, and what each kind asks for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from . import data
from .errors import UsageError

GIFT_OCCASIONS = ("wedding", "shower", "baby", "birthday", "holiday", "graduation", "mailed", "other")


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

    def due(self, on: date | None) -> date | None:
        if on is None or self.due_days is None:
            return None
        return on + timedelta(days=self.due_days)

    def limit(self, on: date | None) -> date | None:
        if on is None or self.limit_days is None:
            return None
        return on + timedelta(days=self.limit_days)


def catalogue() -> dict:
    return data.toml("occasions.toml")


def kinds() -> list[str]:
    return list(catalogue()["kinds"])


def kind_info(kind: str) -> dict:
    return catalogue()["kinds"][normalise_kind(kind)]


def normalise_kind(text: str) -> str:
    """The catalogue's name for a kind typed by a person ("Favour" -> "favor"); UsageError if unknown."""
    key = " ".join(str(text).strip().lower().replace("_", "-").split())
    key = catalogue()["aliases"].get(key, key)
    if key not in catalogue()["kinds"]:
        raise UsageError(f"unknown kind {text!r}; choose one of: {', '.join(kinds())}")
    return key


def normalise_occasion(text: str | None) -> str | None:
    """A gift occasion in the catalogue's words; free text is kept as typed (it follows `other`)."""
    if not text or not str(text).strip():
        return None
    key = " ".join(str(text).strip().lower().split())
    return catalogue()["aliases"].get(key, key)


@cache  # pure over the catalogue, and asked once per moment: a batch of 1,000 repeats a few rules
def rule_for(kind: str, occasion: str | None = None) -> Rule:
    kind = normalise_kind(kind)
    info = catalogue()["kinds"][kind]
    if kind == "gift":
        occ = normalise_occasion(occasion) or "other"
        data = catalogue()["occasions"].get(occ, catalogue()["occasions"]["other"])
        return Rule(kind, occ, data.get("due_days"), data.get("limit_days", data.get("due_days")),
                    data["rule"], data["source"])
    return Rule(kind, None, info.get("due_days"), info.get("limit_days", info.get("due_days")),
                info["rule"], info["source"], info.get("gentle", False))


def due_date(kind: str, occasion: str | None, on: date | None) -> date | None:
    return rule_for(kind, occasion).due(on)


def is_late(kind: str, occasion: str | None, on: date | None, today: date, due: date | None = None) -> bool:
    """Past the hard limit (or past a due date the person set): the note should open with a short apology."""
    if due is not None:
        return today > due
    limit = rule_for(kind, occasion).limit(on)
    return limit is not None and today > limit


def asks(kind: str) -> list[str]:
    return list(kind_info(kind).get("asks", []))


def default_channel(kind: str) -> str:
    return kind_info(kind).get("channel", "card")
