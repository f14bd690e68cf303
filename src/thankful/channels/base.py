"""What every channel declares: its name, how a person reads it, and what it needs and uses."""

from __future__ import annotations


class Channel:
    """One way a note travels. A new channel is a module declaring `CHANNEL = Channel(...)` plus a line
    in channels/__init__.py's REGISTERED. (A plain class: the everyday commands read the registry.)"""

    __slots__ = ("name", "label", "needs", "uses_card", "sendable")

    def __init__(self, name: str, label: str, *, needs: str = "", uses_card: bool = False, sendable: bool = False):
        self.name = name            # as stored with a note and typed after --channel / --via: "email"
        self.label = label          # as a person reads it: "by email"
        self.needs = needs          # what the recipient must have for it: "email", "address" or nothing
        self.uses_card = uses_card  # a note that goes this way takes a card from the stationery count
        self.sendable = sendable    # Thankful delivers it itself (`thankful send`), not the person
