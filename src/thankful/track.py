"""Track: which notes are owed, to whom and by when; marking them sent or skipped."""

from datetime import date, timedelta

from thankful.domain.choices import CHANNELS
from thankful.domain.errors import UsageError
from thankful.store.db import Notebook

from .store import listing as db_listing

PROMPT = "What moments sparked your gratitude today?"


def owed(nb: Notebook, today: date, *, all_notes: bool = False) -> list[dict]:
    """Owed and drafted notes (every note with `all_notes`), overdue first, then by due date, then undated."""
    rows = db_listing.list_notes(nb.conn, statuses=None if all_notes else ("owed", "drafted"))
    return [listing(r, today) for r in rows]


def listing(row: dict, today: date) -> dict:
    """One note as the `owed --json` contract shows it; notes in the outbox report the outbox state."""
    due = row["due"]
    open_note = row["status"] in ("owed", "drafted")
    status = row["state"] or row["status"]
    return {
        "note": row["note"], "moment": row["moment"], "to": row["to"], "kind": row["kind"],
        "what": row["what"], "due": due,
        "overdue": bool(open_note and due and due < today.isoformat()),
        "status": status,
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


def mark_sent(nb: Notebook, note_id: int, *, via: str | None, on: date) -> dict:
    from .store import records as db

    via = via or None
    if via is not None and via not in CHANNELS:
        raise UsageError(f"unknown way {via!r}; choose one of: {', '.join(CHANNELS)}")
    with nb.transaction() as conn:
        note = db.get_note(conn, note_id)
        if note.status == "sent":
            raise UsageError(f"note #{note_id} was already marked sent on {note.sent_on}")
        db.update_note(conn, note_id, status="sent", sent_on=on.isoformat(), sent_via=via or note.channel,
                       skip_reason="")
        if (via or note.channel) in ("card", "hand"):
            from .practice import use_card  # a card written or posted comes out of the stationery count

            use_card(nb, note_id=note_id, on=on, how=via or note.channel)
    return show(nb, note_id)


def skip(nb: Notebook, note_id: int, *, why: str) -> dict:
    from .store import records as db

    why = " ".join((why or "").split())
    if not why:
        raise UsageError("say why the note is skipped with --why TEXT (for example 'thanked in person')")
    with nb.transaction() as conn:
        note = db.get_note(conn, note_id)
        if note.status == "sent":
            raise UsageError(f"note #{note_id} was sent on {note.sent_on}; a sent note cannot be skipped")
        db.update_note(conn, note_id, status="skipped", skip_reason=why)
    return show(nb, note_id)


def show(nb: Notebook, note_id: int) -> dict:
    """Everything about one note: its recipient, its moment and its text."""
    from .store import records as db

    conn = nb.conn
    note = db.get_note(conn, note_id)
    person = db.get_person(conn, note.person_id)
    moment = db.get_moment(conn, note.moment_id)
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


def home(nb: Notebook, today: date) -> dict:
    """The home view: overdue notes, those due within a week, and today's question."""
    notes = owed(nb, today)
    week_end = (today + timedelta(days=7)).isoformat()
    overdue = [n for n in notes if n["overdue"]]
    this_week = [n for n in notes if not n["overdue"] and n["due"] and n["due"] <= week_end]
    view = {"today": today.isoformat(), "overdue": overdue, "due_this_week": this_week,
            "later": len(notes) - len(overdue) - len(this_week), "prompt": PROMPT}
    from .practice import home_extras  # today's rotating question, low stationery, Wednesday's nudge

    view.update(home_extras(nb, today))
    return view
