"""Channels: the ways a note travels (email, a card, by hand, an .eml for your own mail client) and the
exports beside them (the calendar, charts, files). Each channel is one module declaring CHANNEL.

The registry names them without importing them: the everyday commands only need the names.
"""

from __future__ import annotations

from importlib import import_module

from thankful.domain.errors import UsageError

from .base import Channel

REGISTERED = {
    "email": "thankful.channels.email",
    "card": "thankful.channels.paper",
    "hand": "thankful.channels.hand",
    "eml": "thankful.channels.eml",
}


def names() -> list[str]:
    return list(REGISTERED)


def channel(name: str) -> Channel:
    """The channel called `name`; UsageError naming the known ones if there is none."""
    module = REGISTERED.get((name or "").strip().lower())
    if module is None:
        raise UsageError(f"unknown channel {name!r}; choose one of: {', '.join(REGISTERED)}")
    return import_module(module).CHANNEL


__all__ = ["REGISTERED", "Channel", "channel", "names"]
