"""Drafting a stored note: its moment in the compose contract, a draft from compose, the coach on a saved
text (against the moment and the notes sent to the same person before), answers to compose's questions
saved to the moment, and the text saved as the note's draft.

`thankful draft` (cli/writing.py) and the web editor (web/views/editor.py) both call these; the asking,
$EDITOR, the pages and the printing stay with them. Nothing here prints, prompts or reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from thankful.domain import kinds, validate
from thankful.domain.errors import Conflict, ThankfulError, UsageError
from thankful.domain.model import Note
from thankful.store import Notebook
from thankful.writing.contract import check, compose

from . import configuration
from .capture import read_facts

MAX_VARIANTS = 5  # the differently shaped drafts offered for one note
DONE = ("sent", "skipped")  # a note in one of these is no longer drafted
NOT_ASKED = ("sign", "from")  # compose's questions that are not about the moment


@dataclass
class Pending:
    """What a draft is being written with but is not saved yet: a tone, answers to compose's questions (facts
    of the moment), a signature. Saved together with the draft, or not at all."""

    tone: str | None = None
    facts: dict = field(default_factory=dict)
    sign: str | None = None

    def __bool__(self) -> bool:
        return bool(self.tone or self.facts or self.sign)


def to_draft(nb: Notebook, note_id: int) -> Note:
    """The note, refused when it is already sent or skipped (there is nothing to draft)."""
    note = nb.notes.get(note_id)
    if note.status in DONE:
        raise ThankfulError(f"note #{note.id} is already {note.status}; there is nothing to draft")
    return note


def signature(nb: Notebook) -> str:
    """The name under the note: the setting 'sign', else 'name', else ''."""
    return configuration.signature(nb)


def set_signature(nb: Notebook, sign: str) -> None:
    """Save how the person signs their notes (the setting 'sign')."""
    with nb.transaction("set signature"):
        nb.settings.set("sign", sign)


def check_tone(nb: Notebook, note: Note, tone: str) -> str:
    """The tone (warm, formal, playful, romantic) if it fits the note's kind; UsageError otherwise."""
    tone = (tone or "").strip().lower()
    if tone not in kinds.all_tones():
        raise UsageError(f"unknown tone {tone!r}; choose one of: {', '.join(kinds.all_tones())}")
    kind = nb.moments.get(note.moment_id).kind
    if tone not in kinds.tones(kind):
        raise UsageError(f"a {kinds.label(kind)} note cannot be {tone!r}; choose one of: {', '.join(kinds.tones(kind))}")
    return tone


def set_tone(nb: Notebook, note_id: int, tone: str) -> None:
    """Save the tone (warm, formal, playful, romantic) with the note's moment."""
    if (tone or "").strip().lower() not in kinds.all_tones():
        raise UsageError(f"unknown tone {tone!r}; choose one of: {', '.join(kinds.all_tones())}")
    with nb.transaction(f"tone {tone} for #{note_id}"):
        note = nb.notes.get(note_id)
        nb.moments.set_tone(note.moment_id, check_tone(nb, note, tone))


def moment_for(nb: Notebook, note: Note, today: date, pending: Pending | None = None) -> dict:
    """The note's moment in the compose contract, addressed to its recipient and signed by the note's writer
    (an event's notes shared between two), else as the notebook signs (with what is `pending` as if it were
    saved)."""
    moment = nb.moments.get(note.moment_id)
    person = nb.people.get(note.person_id)
    sign = nb.events.writer_of(note.id) or signature(nb)
    contract = moment.to_contract(to=[person], sign=sign, today=today.isoformat())
    if pending:
        contract.update({k: v for k, v in pending.facts.items() if v not in ("", None, False)})
        if pending.tone:
            contract["tone"] = pending.tone
        if pending.sign:
            contract["sign"] = pending.sign
    return contract


def previous(nb: Notebook, note: Note) -> list[str]:
    """Bodies of notes already sent to the same person (the coach flags repeated sentences)."""
    return nb.notes.bodies_sent_to(note.person_id, besides=note.id)


def composed(nb: Notebook, note: Note, today: date, variant: int = 0, pending: Pending | None = None) -> dict:
    """compose's answer for this note; variant n is the n-th differently shaped draft (0 to MAX_VARIANTS - 1)."""
    variant = max(0, min(int(variant), MAX_VARIANTS - 1))
    result = compose(moment_for(nb, note, today, pending), variant + 1, today=today)
    return result[variant] if variant else result


def coach(nb: Notebook, note: Note, text: str, today: date, pending: Pending | None = None) -> dict:
    """The coach on a text for this note: against its moment and the notes sent to the same person before."""
    return check(text, moment_for(nb, note, today, pending), today=today, previous=previous(nb, note),
                 known_words=known_names(nb))


def known_names(nb: Notebook) -> list[str]:
    """Everyone the notebook knows, as named and as greeted, and the writer's signature: never misspelt."""
    return [part for _id, name, call in nb.people.names() for part in (name, call) if part] + [signature(nb)]


def kept(nb: Notebook, note: Note, today: date, fresh: dict | None = None, pending: Pending | None = None) -> dict:
    """The note's saved text, coached, in compose's shape (its questions and lateness from `fresh` or a new draft)."""
    fresh = fresh or composed(nb, note, today, pending=pending)
    return {**fresh, "text": note.body, "subject": note.subject or fresh["subject"],
            "check": coach(nb, note, note.body, today, pending)}


def current(nb: Notebook, note_id: int, today: date, variant: int | None = None) -> dict:
    """What the editor shows: the person's own text when they edited it, the saved draft, or a fresh
    draft (variant `variant`), with compose's questions and the coach on the shown text; `fresh` is the
    fresh draft (variant `variant`) itself, to offer beside the person's own text."""
    note = nb.notes.get(note_id)
    fresh = composed(nb, note, today, variant or 0)
    if note.edited and note.body.strip():
        source = "edited"
    elif note.body.strip() and variant is None:
        source = "saved"
    else:
        source = "fresh"
    shown = fresh if source == "fresh" else kept(nb, note, today, fresh)
    return {"note": note, "source": source, "text": shown["text"], "subject": shown["subject"],
            "needs": fresh["needs"], "late": fresh["late"], "check": shown["check"], "variant": variant or 0,
            "fresh": {"text": fresh["text"], "subject": fresh["subject"]}}


def questions(needs: list[dict]) -> list[dict]:
    """compose's questions about the moment (not the signature, nor whom the note is to)."""
    return [need for need in needs if need["field"] not in NOT_ASKED]


def read_answers(answers: dict[str, str]) -> Pending:
    """Answers to compose's questions, checked: facts the catalogue declares (an amount read as one), and the
    signature. Blank answers are dropped; an answer to whom the note is to is ignored (that is the note's
    recipient); a question no fact answers is refused."""
    answers = {k: v for k, v in answers.items() if v and str(v).strip()}
    answers.pop("from", None)
    sign = answers.pop("sign", None)
    known = kinds.facts()
    unknown = sorted(set(answers) - set(known))
    if unknown:
        raise UsageError(f"there is no question about {unknown[0]!r}; answer the questions the draft asks")
    facts = read_facts("", {name: answers[name] for name in answers})
    return Pending(facts=facts, sign=validate.line(sign, "signature", limit=200) if sign else None)


def save_answers(nb: Notebook, note: Note, answers: dict[str, str]) -> None:
    """Answers to compose's questions: facts go to the moment, the signature to the notebook's settings."""
    save_pending(nb, note, read_answers(answers))


def save_pending(nb: Notebook, note: Note, pending: Pending) -> None:
    """Save a tone, facts and a signature given while drafting (one transaction)."""
    with nb.transaction(f"answers for #{note.id}"):
        if pending.facts:
            nb.moments.set_facts(note.moment_id, pending.facts)
        if pending.tone:
            nb.moments.set_tone(note.moment_id, pending.tone)
        if pending.sign:
            nb.settings.set("sign", pending.sign)


def save_draft(nb: Notebook, note_id: int, body: str, subject: str, *, edited: bool, version: int | None = None,
               pending: Pending | None = None) -> None:
    """Store the text as the note's draft (status drafted), with what it was written with; `edited` keeps it
    from being redrafted.

    `version` is the note's version when the text was read (None: not known). If the note changed since and
    what it holds now is the person's own wording, nothing is saved: Conflict says so, and their words stay.
    """
    with nb.transaction(f"draft #{note_id}"):
        note = nb.notes.get(note_id)
        if note.status in DONE and version is not None and note.version != version:
            raise Conflict(f"note #{note_id} was marked {note.status} since it was opened, so this text was not "
                           "saved", what="conflict", note=note_id)
        if note.status in DONE:
            raise UsageError(f"note #{note_id} is already {note.status}; it cannot be changed")
        if note.version != version and note.edited and (note.body, note.subject) != (body, subject):
            raise Conflict(f"note #{note_id} changed since it was opened: its own wording was saved meanwhile "
                           "(in another window, or by 'thankful draft'), so it was not overwritten",
                           what="conflict", note=note_id)
        if pending:
            save_pending(nb, note, pending)
        nb.notes.update(note_id, body=body, subject=subject, status="drafted", edited=edited)


def save_text(nb: Notebook, note_id: int, body: str, subject: str, *, edited: bool, version: int | None = None,
              pending: Pending | None = None) -> None:
    """Save typed text as the draft (line endings and blank lines around it tidied, checked for characters no
    text may hold); an empty note is refused."""
    body = validate.text(body, "note")
    if not body.strip():
        raise UsageError("the note is empty; write something, or start again from a fresh draft")
    save_draft(nb, note_id, body, validate.line(subject, "subject", limit=500), edited=edited, version=version,
               pending=pending)
