"""Changing your mind: the recent changes to the notebook, and undoing them one at a time, newest first.

Every use case that changes the notebook is one change, named as a person would say it ("add gift for
May Lee", "sent #4"); the store records how to take each back (store/undo.py). Undoing walks back one change
per call. It changes the notebook's record only: an email that went out stays sent, and the change says so.
"""

from __future__ import annotations

from thankful.domain.errors import UsageError
from thankful.store import Notebook


def recent(nb: Notebook, limit: int = 20) -> list[dict]:
    """The latest changes, newest first: change (its number), label, made, notice, undone."""
    if limit < 1:
        raise UsageError("give a number of changes from 1 up")
    return nb.changes.recent(limit)


def newest(nb: Notebook) -> dict | None:
    """The change `undo` would take back now, or None."""
    return nb.changes.newest()


def undo(nb: Notebook, expected: int | None = None) -> dict:
    """Take back the newest change not yet undone (only if it is change `expected`, when given: a page
    offering to undo one change must not undo another). Returns {"undone": the change, "next": the change
    a further undo would take back, or None}."""
    undone = nb.undo(expected)
    return {"undone": undone, "next": nb.changes.newest()}
