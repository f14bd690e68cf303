"""What every channel declares: its name, how a person reads it, and what it needs and uses."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Channel:
    """One way a note travels. A new channel is a module declaring `CHANNEL = Channel(...)` plus a line
    in channels/__init__.py's REGISTERED."""

    name: str           # as stored with a note and typed after --channel / --via: "email"
    label: str          # as a person reads it: "by email"
    needs: str = ""     # what the recipient must have for it: "email", "address" or nothing
    uses_card: bool = False  # a note that goes this way takes a card from the stationery count
    sendable: bool = False   # Thankful delivers it itself (`thankful send`), rather than the person
