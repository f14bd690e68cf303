"""The calendar: every owed note's due date as an event, for an .ics file a calendar imports.

UIDs are stable (the note's id plus the notebook's own id, kept in its settings), so importing a newer
file updates the events instead of adding copies.
"""

from __future__ import annotations

import uuid
from datetime import date

from thankful.channels.calendar import build
from thankful.channels.files import write_atomic
from thankful.domain.model import OPEN
from thankful.store import Notebook

from .track import describe_what

UID_SETTING = "calendar.uid"
# What to do next, in plain words: the file is read in a calendar, by people who may never open a terminal.
NEXT_STEP = {"draft": "write the draft in Thankful", "send": "send it from Thankful",
             "print": "print the card from Thankful and post it"}


def events(nb: Notebook, uid: str | None = None) -> list[dict]:
    """One event per owed or drafted note that has a due date: note, uid, due, summary, description, next."""
    base = uid or notebook_uid(nb)
    found = []
    for row in nb.notes.listing(statuses=OPEN):
        if not row["due"]:
            continue
        what = describe_what(row)
        verb = "Send" if row["status"] == "drafted" else "Write"
        summary = f"{verb} a thank-you note to {row['to']}" + (f": {what}" if what else "")
        description = (f"Thank-you note #{row['note']} to {row['to']} ({row['kind']}), due {row['due']}.\n"
                       f"Next: {NEXT_STEP[_step(row)]}.")
        found.append({"note": row["note"], "uid": f"thankful-note-{row['note']}-{base}@thankful",
                      "due": row["due"], "summary": summary, "description": description})
    return found


def _step(row: dict) -> str:
    if row["status"] == "owed":
        return "draft"
    return "send" if row["channel"] == "email" else "print"


def ics(nb: Notebook, today: date) -> bytes:
    """The .ics of every owed note's due date, for standard output."""
    return build(events(nb), today)


def write_ics(nb: Notebook, path: str, today: date) -> tuple[str, int]:
    """Write the .ics to `path`; the notebook's calendar id is kept only once the file is written whole."""
    uid = notebook_uid(nb, keep=False)
    found = events(nb, uid)
    written = write_atomic(path, build(found, today))
    _keep_uid(nb, uid)
    return written, len(found)


def notebook_uid(nb: Notebook, *, keep: bool = True) -> str:
    """This notebook's id for calendar UIDs, made once and kept in its settings (and in its exports)."""
    found = nb.settings.get(UID_SETTING) or uuid.uuid4().hex[:16]
    if keep:
        _keep_uid(nb, found)
    return found


def _keep_uid(nb: Notebook, uid: str) -> None:
    with nb.transaction(undoable=False):  # the calendar's id outlives any undo: events keep their UIDs
        if not nb.settings.get(UID_SETTING):
            nb.settings.set(UID_SETTING, uid)
