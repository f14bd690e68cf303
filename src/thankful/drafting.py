"""Drafting a stored note: its moment in the compose contract, a draft from compose, the coach on a saved
text (against the moment and the notes sent to the same person before), answers to compose's questions
saved to the moment, and the text saved as the note's draft.

`thankful draft` (cli/writing.py) and the web editor (web/views/editor.py) both call these; the asking,
$EDITOR, the pages and the printing stay with them. Nothing here prints, prompts or reads the clock.
"""

from __future__ import annotations

from datetime import date

from thankful.domain.choices import TONES
from thankful.domain.errors import ThankfulError, UsageError
from thankful.domain.model import Note

from .store import Notebook
from .store import records as db

MAX_VARIANTS = 5  # the differently shaped drafts offered for one note
DONE = ("sent", "skipped")  # a note in one of these is no longer drafted
NOT_ASKED = ("sign", "from")  # compose's questions that are not about the moment


def to_draft(nb: Notebook, note_id: int) -> Note:
    """The note, refused when it is already sent or skipped (there is nothing to draft)."""
    note = db.get_note(nb.conn, note_id)
    if note.status in DONE:
        raise ThankfulError(f"note #{note.id} is already {note.status}; there is nothing to draft")
    return note


def signature(nb: Notebook) -> str:
    """The name under the note: the setting 'sign', else 'name', else ''."""
    return db.get_setting(nb.conn, "sign") or db.get_setting(nb.conn, "name") or ""


def set_signature(nb: Notebook, sign: str) -> None:
    """Save how the person signs their notes (the setting 'sign')."""
    with nb.transaction() as conn:
        db.set_setting(conn, "sign", sign)


def set_tone(nb: Notebook, note_id: int, tone: str) -> None:
    """Save the tone (warm, formal, playful, romantic) with the note's moment."""
    if tone not in TONES:
        raise UsageError(f"unknown tone {tone!r}; choose one of: {', '.join(TONES)}")
    note = db.get_note(nb.conn, note_id)
    with nb.transaction() as conn:
        db.update_moment_fields(conn, note.moment_id, {"tone": tone})


def moment_for(nb: Notebook, note: Note, today: date) -> dict:
    """The note's moment in the compose contract, addressed to its recipient and signed as the notebook signs."""
    moment = db.get_moment(nb.conn, note.moment_id)
    person = db.get_person(nb.conn, note.person_id)
    return moment.to_contract(to=[person], sign=signature(nb), today=today.isoformat())


def previous(nb: Notebook, note: Note) -> list[str]:
    """Bodies of notes already sent to the same person (the coach flags repeated sentences)."""
    rows = db.list_notes(nb.conn, statuses=("sent",), person_id=note.person_id)
    return [db.get_note(nb.conn, r["note"]).body for r in rows if r["note"] != note.id]


def composed(nb: Notebook, note: Note, today: date, variant: int = 0) -> dict:
    """compose's answer for this note; variant n is the n-th differently shaped draft (0 to MAX_VARIANTS - 1)."""
    from thankful.writing.contract import compose

    variant = max(0, min(int(variant), MAX_VARIANTS - 1))
    result = compose(moment_for(nb, note, today), variant + 1, today=today)
    return result[variant] if variant else result


def coach(nb: Notebook, note: Note, text: str, today: date) -> dict:
    """The coach on a text for this note: against its moment and the notes sent to the same person before."""
    from thankful.writing.coach import check

    return check(text, moment_for(nb, note, today), today=today, previous=previous(nb, note),
                 known_words=known_names(nb))


def known_names(nb: Notebook) -> list[str]:
    """Everyone the notebook knows, as named and as greeted, and the writer's signature: never misspelt."""
    from .store.practice import people_names

    return [part for _id, name, call in people_names(nb.conn) for part in (name, call) if part] + [signature(nb)]


def kept(nb: Notebook, note: Note, today: date, fresh: dict | None = None) -> dict:
    """The note's saved text, coached, in compose's shape (its questions and lateness from `fresh` or a new draft)."""
    fresh = fresh or composed(nb, note, today)
    return {**fresh, "text": note.body, "subject": note.subject or fresh["subject"],
            "check": coach(nb, note, note.body, today)}


def current(nb: Notebook, note_id: int, today: date, variant: int | None = None) -> dict:
    """What the editor shows: the person's own text when they edited it, the saved draft, or a fresh
    draft (variant `variant`), with compose's questions and the coach on the shown text."""
    note = db.get_note(nb.conn, note_id)
    fresh = composed(nb, note, today, variant or 0)
    if note.edited and note.body.strip():
        source = "edited"
    elif note.body.strip() and variant is None:
        source = "saved"
    else:
        source = "fresh"
    shown = fresh if source == "fresh" else kept(nb, note, today, fresh)
    return {"note": note, "source": source, "text": shown["text"], "subject": shown["subject"],
            "needs": fresh["needs"], "late": fresh["late"], "check": shown["check"], "variant": variant or 0}


def questions(needs: list[dict]) -> list[dict]:
    """compose's questions about the moment (not the signature, nor whom the note is to)."""
    return [need for need in needs if need["field"] not in NOT_ASKED]


def parse_amount(text: str) -> float:
    """An amount as typed ('$1,250', '300') as a number."""
    try:
        return float(text.replace(",", "").lstrip("$"))
    except ValueError:
        raise UsageError(f"{text!r} is not an amount; type a number like 300") from None


def save_answers(nb: Notebook, note: Note, answers: dict[str, str]) -> None:
    """Answers to compose's questions: facts go to the moment, the signature to the notebook's settings.

    Blank answers are dropped and the others stripped; an answer to whom the note is to is ignored (that
    is the note's recipient)."""
    answers = {k: v.strip() for k, v in answers.items() if v and v.strip()}
    sign = answers.pop("sign", None)
    answers.pop("from", None)
    if "amount" in answers:
        answers["amount"] = parse_amount(answers["amount"])
    with nb.transaction() as conn:
        if answers:
            db.update_moment_fields(conn, note.moment_id, answers)
        if sign:
            db.set_setting(conn, "sign", sign)


def save_draft(nb: Notebook, note_id: int, body: str, subject: str, *, edited: bool) -> None:
    """Store the text as the note's draft (status drafted); `edited` keeps it from being redrafted."""
    with nb.transaction() as conn:
        note = db.get_note(conn, note_id)
        if note.status in DONE:
            raise UsageError(f"note #{note_id} is already {note.status}; it cannot be changed")
        db.update_note(conn, note_id, body=body, subject=subject, status="drafted", edited=edited)


def save_text(nb: Notebook, note_id: int, body: str, subject: str, *, edited: bool) -> None:
    """Save typed text as the draft (CRLF and blank lines around it tidied); an empty note is refused."""
    if not body.strip():
        raise UsageError("the note is empty; write something, or start again from a fresh draft")
    save_draft(nb, note_id, body.replace("\r\n", "\n").strip("\n"), subject.strip(), edited=edited)
