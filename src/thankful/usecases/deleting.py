"""Deleting what should not be in the notebook: a note, a moment with its notes, a person with everything
that is theirs, a journal entry. Each says first what would go (a face asks before calling `delete_*`),
and each is one change `undo` takes back."""

from __future__ import annotations

from thankful.domain.errors import Busy
from thankful.domain.model import Note
from thankful.store import Notebook

from .track import describe_what


def _note_line(nb: Notebook, note: Note) -> str:
    """'note #4 to May Lee (a hand-knitted scarf, drafted)'."""
    row = nb.notes.listing(statuses=None, moment_id=note.moment_id)
    found = next(r for r in row if r["note"] == note.id)
    what = describe_what(found) or found["kind"]
    return f"note #{note.id} to {found['to']} ({what}, {note.status})"


def _check_not_sending(nb: Notebook, note_ids: list[int]) -> None:
    for note_id in note_ids:
        box = nb.outbox.get(note_id)
        if box and box["state"] == "sending":
            raise Busy(f"note #{note_id} is being sent right now; try again when the send is over")


# --- a note -------------------------------------------------------------------------------------

def note_plan(nb: Notebook, note_id: int) -> dict:
    """What deleting a note takes: the note, and its moment when no other note is owed for it."""
    note = nb.notes.get(note_id)
    others = [n for n in nb.notes.of_moment(note.moment_id) if n.id != note_id]
    goes = [_note_line(nb, note)]
    if not others:
        goes.append(f"its moment #{note.moment_id} (no other note is owed for it)")
    return {"note": note_id, "moment": None if others else note.moment_id, "goes": goes}


def delete_note(nb: Notebook, note_id: int) -> dict:
    """Delete a note (and its moment, if no other note is owed for it). Returns what went (see note_plan)."""
    with nb.transaction(f"delete #{note_id}"):
        plan = note_plan(nb, note_id)
        _check_not_sending(nb, [note_id])
        nb.notes.delete(note_id)
        if plan["moment"] is not None:
            nb.moments.delete(plan["moment"])
    return plan


# --- a moment -----------------------------------------------------------------------------------

def moment_plan(nb: Notebook, moment_id: int) -> dict:
    """What deleting a moment takes: it and every note owed for it."""
    moment = nb.moments.get(moment_id)
    notes = nb.notes.of_moment(moment_id)
    what = moment.fact("what") or moment.fact("occasion") or moment.kind
    goes = [f"moment #{moment_id} ({moment.kind}: {what})"] + [_note_line(nb, n) for n in notes]
    return {"moment": moment_id, "notes": [n.id for n in notes], "goes": goes}


def delete_moment(nb: Notebook, moment_id: int) -> dict:
    with nb.transaction(f"delete moment #{moment_id}"):
        plan = moment_plan(nb, moment_id)
        _check_not_sending(nb, plan["notes"])
        nb.moments.delete(moment_id)  # its notes and givers go with it (ON DELETE CASCADE)
    return plan


# --- a person -----------------------------------------------------------------------------------

def person_plan(nb: Notebook, name: str) -> dict:
    """What deleting a person takes: their notes; the moments only they gave; their place among the givers
    of shared moments; their mentions in the journal (the entries themselves stay)."""
    person = nb.people.named(name)
    notes = nb.notes.of_person(person.id)
    alone, shared = [], []
    for moment_id in nb.moments.given_by(person.id):
        givers = nb.moments.get(moment_id).givers
        (alone if all(g.id == person.id for g in givers) else shared).append(moment_id)
    mentions = nb.journal.mentioning(person.id)
    goes = [f"{person.name} (#{person.id})"] + [_note_line(nb, n) for n in notes]
    if alone:
        goes.append(_count(len(alone), "moment") + " only they gave: " + ", ".join(f"#{m}" for m in alone))
    if shared:
        goes.append(f"their place among the givers of {_count(len(shared), 'shared moment')} (the others keep "
                    "their notes)")
    if mentions:
        goes.append(f"their mention in {_count(len(mentions), 'journal entry', 'journal entries')} (the entries "
                    "stay)")
    return {"person": person.id, "name": person.name, "notes": [n.id for n in notes], "moments": alone,
            "shared": shared, "journal": mentions, "goes": goes}


def delete_person(nb: Notebook, name: str) -> dict:
    """Delete a person and what is theirs (see person_plan); returns the plan carried out."""
    person = nb.people.named(name)
    with nb.transaction(f"delete person {person.name}"):
        plan = person_plan(nb, str(person.id))
        _check_not_sending(nb, plan["notes"])
        for note_id in plan["notes"]:
            nb.notes.delete(note_id)
        for moment_id in plan["moments"]:
            nb.moments.delete(moment_id)
        for moment_id in plan["shared"]:
            nb.moments.remove_giver(moment_id, plan["person"])
        nb.journal.forget_person(plan["person"])
        nb.people.delete(plan["person"])
    return plan


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


# --- a journal entry ----------------------------------------------------------------------------

def journal_plan(nb: Notebook, entry_id: int) -> dict:
    entry = nb.journal.get(entry_id)
    text = entry.text if len(entry.text) <= 60 else entry.text[:59].rstrip() + "…"
    goes = [f"journal entry #{entry_id} of {entry.day}: “{text}”"]
    if entry.moment_id:
        goes.append(f"(the note it asked for stays: see moment #{entry.moment_id})")
    return {"journal": entry_id, "goes": goes}


def delete_journal(nb: Notebook, entry_id: int) -> dict:
    with nb.transaction(f"delete journal entry #{entry_id}"):
        plan = journal_plan(nb, entry_id)
        nb.journal.delete(entry_id)
    return plan
