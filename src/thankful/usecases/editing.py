"""Correcting what was written down: a note's moment (its facts, tone, date), due date, recipient and way,
and reopening a note marked sent or skipped. The person's own wording is never overwritten: when the facts
change under it, a fresh draft from them is offered beside it."""

from __future__ import annotations

from datetime import date

from thankful import channels
from thankful.domain import kinds
from thankful.domain.errors import UsageError
from thankful.domain.model import OPEN, Note
from thankful.store import Notebook

from . import drafting, track
from .capture import check_name, read_facts, resolve_givers

NOTE_ONLY = {"to", "due", "channel"}  # changes to one note; anything else changes the moment all its notes share


def edit_note(nb: Notebook, note_id: int, typed: dict | None = None, *, unset: list[str] = (),
              tone: str | None = None, on: date | None = None, due: date | None = None, to: str | None = None,
              channel: str | None = None, today: date) -> dict:
    """Change the moment behind a note and the note itself, as one change. Drafts nobody edited are
    redrafted from the new facts; a draft the person edited is kept, and a fresh draft is offered beside it.

    `typed` are facts as typed (an empty value removes the fact, as does naming it in `unset`). Returns
    {"note", "moment", "changed": [what changed], "redrafted": [notes], "kept": [{"note", "to", "fresh"}],
    "show": the note as `show` gives it}."""
    note = nb.notes.get(note_id)
    moment = nb.moments.get(note.moment_id)
    facts = _new_facts(moment.kind, moment.facts, typed or {}, unset)
    new_tone = _tone(moment.kind, tone)
    changed = [name for name in sorted(set(facts) | set(moment.facts)) if facts.get(name) != moment.facts.get(name)]
    if new_tone and new_tone != moment.tone:
        changed.append("tone")
    new_on = on.isoformat() if on else moment.on
    if new_on != moment.on:
        changed.append("on")
    way = channels.channel(channel).name if channel else note.channel
    if way != note.channel:
        changed.append("channel")
    with nb.transaction(f"edit #{note_id}"):
        recipient = _recipient(nb, note, moment, to, today)
        if recipient is not None:
            changed.append("to")
        dues = _new_dues(nb, note, moment, facts, new_on, due, changed)
        if dues:
            changed.append("due")
        if not changed:
            return _result(nb, note, [], [], [])
        _apply(nb, note, moment, facts, new_tone, new_on, way, recipient, dues)
        shared = set(changed) - NOTE_ONLY
        affected = nb.notes.of_moment(moment.id) if shared else [nb.notes.get(note_id)]
        redrafted, kept = _redraft(nb, affected, today)
    return _result(nb, note, changed, redrafted, kept)


def _new_facts(kind: str, facts: dict, typed: dict, unset: list[str]) -> dict:
    """The moment's facts after the edit: typed values checked as `add` checks them; empty ones removed."""
    known = kinds.facts()
    unknown = [name for name in [*typed, *unset] if name not in known]
    if unknown:
        raise UsageError(f"unknown fact {unknown[0]!r}; the facts are: {', '.join(known)}")
    removed = set(unset) | {name for name, value in typed.items() if value in ("", None, False)}
    given = read_facts(kind, {k: v for k, v in typed.items() if k not in removed})
    return {k: v for k, v in {**facts, **given}.items() if k not in removed}


def _tone(kind: str, tone: str | None) -> str | None:
    if not tone:
        return None
    tone = tone.strip().lower()
    if tone not in kinds.tones(kind):
        raise UsageError(f"a {kinds.label(kind)} note cannot be {tone!r}; choose one of: {', '.join(kinds.tones(kind))}")
    return tone


def _recipient(nb: Notebook, note: Note, moment, to: str | None, today: date):
    """The note's new recipient (found, or added as `add --from` adds people), or None if unchanged."""
    if to is None:
        return None
    person = resolve_givers(nb, [check_name(to)], moment.kind, today)[0]
    if person.id == note.person_id:
        return None
    other = next((n for n in nb.notes.of_moment(moment.id) if n.person_id == person.id), None)
    if other is not None:
        raise UsageError(f"{person.name} already has note #{other.id} for this moment; edit or delete that one")
    return person


def _new_dues(nb: Notebook, note: Note, moment, facts: dict, new_on: str | None, due: date | None,
              changed: list[str]) -> dict[int, str | None]:
    """{note: new due date} for notes whose due date moves: this note's to `due`; when the moment's date or
    occasion changed (and no `due` was given), every open note of it to the catalogue's date."""
    on = date.fromisoformat(new_on) if new_on else None
    if due is not None:
        if on is not None and due < on:
            raise UsageError(f"the due date {due} is before the moment itself ({on}); choose a later due date",
                             what="due")
        return {note.id: due.isoformat()} if due.isoformat() != note.due else {}
    if "on" not in changed and "occasion" not in changed:
        return {}
    usual = kinds.due_date(moment.kind, facts.get("occasion"), on)
    wanted = usual.isoformat() if usual else None
    return {n.id: wanted for n in nb.notes.of_moment(moment.id) if n.status in OPEN and n.due != wanted}


def _apply(nb: Notebook, note: Note, moment, facts: dict, tone: str | None, on: str | None, way: str,
           recipient, dues: dict) -> None:
    if facts != moment.facts:
        nb.moments.set_facts(moment.id, {**{k: None for k in moment.facts}, **facts})
    if tone and tone != moment.tone:
        nb.moments.set_tone(moment.id, tone)
    if on != moment.on:
        nb.moments.set_on(moment.id, on)
    if way != note.channel:
        nb.notes.update(note.id, channel=way)
    if recipient is not None:
        if any(g.id == recipient.id for g in moment.givers):  # a giver already (without a note of their own)
            nb.moments.remove_giver(moment.id, note.person_id)
        else:
            nb.moments.replace_giver(moment.id, note.person_id, recipient.id)
        nb.notes.update(note.id, person_id=recipient.id)
    for note_id, when in dues.items():
        nb.notes.update(note_id, due=when)


def _redraft(nb: Notebook, notes: list[Note], today: date) -> tuple[list[int], list[dict]]:
    """Open notes with a draft: redrafted from the new facts, or, when the person edited theirs, kept with
    a fresh draft to offer beside it. Notes without a draft yet are drafted from the new facts when asked."""
    redrafted, kept = [], []
    for note in notes:
        note = nb.notes.get(note.id)
        if note.status not in OPEN or not note.body.strip():
            continue
        fresh = drafting.composed(nb, note, today)
        if note.edited:
            kept.append({"note": note.id, "to": nb.people.get(note.person_id).name,
                         "fresh": {"subject": fresh["subject"], "text": fresh["text"]}})
        else:
            drafting.save_draft(nb, note.id, fresh["text"], fresh["subject"], edited=False)
            redrafted.append(note.id)
    return redrafted, kept


def _result(nb: Notebook, note: Note, changed: list[str], redrafted: list[int], kept: list[dict]) -> dict:
    return {"note": note.id, "moment": note.moment_id, "changed": changed, "redrafted": redrafted, "kept": kept,
            "show": track.show(nb, note.id)}


def reopen(nb: Notebook, note_id: int) -> dict:
    """A sent or skipped note goes back to drafted (it has a text) or owed. Its outbox record is kept: an
    email that went out is not sent again by `send`. Returns the note as `show` gives it, with
    "emailed": whether an email of it went out."""
    with nb.transaction(f"reopen #{note_id}"):
        note = nb.notes.get(note_id)
        if note.status in OPEN:
            raise UsageError(f"note #{note_id} is {note.status}, not sent or skipped; there is nothing to reopen")
        status = "drafted" if note.body.strip() else "owed"
        nb.notes.update(note_id, status=status, sent_on=None, sent_via="", skip_reason="")
    box = nb.outbox.get(note_id)
    return {**track.show(nb, note_id), "emailed": bool(box and box["state"] in ("sent", "uncertain"))}
