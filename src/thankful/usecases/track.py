"""Track: which notes are owed, to whom and by when; marking them sent or skipped."""

from datetime import date

from thankful import channels
from thankful.domain.errors import UsageError
from thankful.domain.model import OPEN
from thankful.domain.validate import check_date, line
from thankful.store import Notebook

from . import stationery


def owed(nb: Notebook, today: date, *, all_notes: bool = False, writer: str | None = None) -> list[dict]:
    """Owed and drafted notes (every note with `all_notes`), by due date, undated last; only `writer`'s when given."""
    rows = nb.notes.listing(statuses=None if all_notes else OPEN, writer=writer)
    return [listing(r, today) for r in rows]


def listing(row: dict, today: date) -> dict:
    """One note as the `owed --json` contract shows it; notes in the outbox report the outbox state."""
    due = row["due"]
    open_note = row["status"] in OPEN
    return {
        "note": row["note"], "moment": row["moment"], "to": row["to"], "kind": row["kind"],
        "what": row["what"], "due": due,
        "overdue": bool(open_note and due and due < today.isoformat()),
        "status": row["state"] or row["status"],
        "printed": bool(row["printed_on"]),
        "label": describe_what(row),
    }


def describe_what(row: dict) -> str:
    """What a note is for, in a few words, for tables (the moment's `what`, or its interview or occasion)."""
    if row["what"]:
        return row["what"]
    if row["kind"] == "interview" and (row["role"] or row["company"]):
        return f"{row['role'] or 'the'} interview" + (f", {row['company']}" if row["company"] else "")
    return row["occasion"] or ""


def mark_sent(nb: Notebook, note_id: int, *, via: str | None, on: date, today: date | None = None) -> dict:
    """Record that a note went (by `via`, else its own channel) on `on`: not before its moment, nor after
    `today`. A card or a handwritten note uses a card."""
    check_date(on, "date it was sent")
    way = channels.channel(via or "card")  # an unknown way is refused before anything is read or written
    with nb.transaction(f"sent #{note_id}"):
        note = nb.notes.get(note_id)
        if note.status == "sent":
            raise UsageError(f"note #{note_id} was already marked sent on {note.sent_on}")
        moment_on = nb.moments.get(note.moment_id).on
        if moment_on and on.isoformat() < moment_on:
            raise UsageError(f"note #{note_id} cannot have been sent on {on}, before its moment ({moment_on}); "
                             "give the day it went", what="sent-on")
        if today is not None and on > today:
            raise UsageError(f"{on} is still to come; mark the note sent once it has gone", what="sent-on")
        way = channels.channel(via or note.channel)
        nb.notes.update(note_id, status="sent", sent_on=on.isoformat(), sent_via=way.name, skip_reason="")
        if way.uses_card:
            stationery.use_card(nb, note_id=note_id, on=on, how=way.name)
    return show(nb, note_id)


def skip(nb: Notebook, note_id: int, *, why: str) -> dict:
    why = line(why, "reason")
    if not why:
        raise UsageError("say why the note is skipped (for example 'thanked in person')", what="why")
    with nb.transaction(f"skip #{note_id}"):
        note = nb.notes.get(note_id)
        if note.status == "sent":
            raise UsageError(f"note #{note_id} was sent on {note.sent_on}; a sent note cannot be skipped")
        nb.notes.update(note_id, status="skipped", skip_reason=why)
    return show(nb, note_id)


def show(nb: Notebook, note_id: int) -> dict:
    """Everything about one note: its recipient, its moment and its text."""
    note = nb.notes.get(note_id)
    person = nb.people.get(note.person_id)
    moment = nb.moments.get(note.moment_id)
    data = {
        "note": note.id, "moment": moment.id, "to": person.name, "status": note.status, "due": note.due,
        "channel": note.channel, "subject": note.subject, "body": note.body, "edited": note.edited,
        "sent_on": note.sent_on, "sent_via": note.sent_via, "skip_reason": note.skip_reason,
        "printed_on": note.printed_on, "created": note.created,
        "person": person.to_dict(),
        "facts": moment.to_contract(to=[person]),
    }
    data["facts"]["givers"] = [g.name for g in moment.givers]
    return data
