"""By hand: a note written on a card of your own and handed over or posted by you."""

from .base import Channel

CHANNEL = Channel("hand", "by hand", uses_card=True)
