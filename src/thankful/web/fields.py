"""The facts of a moment as a person reads them on a form, from the catalogue (data/kinds.toml)."""

from __future__ import annotations

from thankful import channels
from thankful.domain import kinds


def kind_choices() -> list[tuple[str, str]]:
    """(kind, label) in catalogue order, for the kind menu."""
    return [(k, kinds.label(k)) for k in kinds.kinds()]


def form_fields(kind: str) -> tuple[list[kinds.Fact], list[kinds.Fact]]:
    """The facts shown first (those the kind asks for), then the ones that fit it but are optional."""
    every = kinds.facts()
    first = list(dict.fromkeys(kinds.asks(kind) + kinds.kind_info(kind).get("form_first", [])))
    asked = [every[n] for n in first if n in every]
    optional = [every[n] for n in kinds.optional(kind) if n in every and n not in first]
    return asked, optional


def channel_choices() -> list[tuple[str, str]]:
    """(channel, how a person reads it) for the channel menu."""
    return [(name, channels.channel(name).label.capitalize()) for name in channels.names()]


def typed_facts(values: dict) -> dict:
    """The facts filled in on a form (a checkbox fact is 'on' when ticked)."""
    found = {}
    for name, fact in kinds.facts().items():
        value = values.get(name) or ""
        if fact.type == "flag":
            if value == "on":
                found[name] = True
        elif value.strip():
            found[name] = value
    return found
