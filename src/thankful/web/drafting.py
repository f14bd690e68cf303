"""The editor's work on a stored note, with the same core calls `thankful draft` makes (cli/writing.py):
the moment in the compose contract, compose, check against notes sent before, answers saved to the moment.
"""

from __future__ import annotations

from datetime import date

from markupsafe import Markup, escape

from ..errors import UsageError
from ..store import Notebook
from ..store import records as db

MAX_VARIANTS = 5
SEVERITY = {"error": 3, "warn": 2, "info": 1}
WHOLE_NOTE = {"too-short", "too-long", "wrong-tone", "irs-missing", "interview-missing"}  # listed, not marked


def sign(nb: Notebook) -> str:
    """The name under the note: the setting 'sign', else 'name' (as `thankful draft` reads it)."""
    return db.get_setting(nb.conn, "sign") or db.get_setting(nb.conn, "name") or ""


def moment_for(nb: Notebook, note, today: date) -> dict:
    """The note's moment in the compose contract, addressed to this note's recipient."""
    moment = db.get_moment(nb.conn, note.moment_id)
    person = db.get_person(nb.conn, note.person_id)
    return moment.to_contract(to=[person], sign=sign(nb), today=today.isoformat())


def previous(nb: Notebook, note) -> list[str]:
    """Bodies of notes already sent to the same person (the coach flags repeated sentences)."""
    rows = db.list_notes(nb.conn, statuses=("sent",), person_id=note.person_id)
    return [db.get_note(nb.conn, r["note"]).body for r in rows if r["note"] != note.id]


def composed(nb: Notebook, note, today: date, variant: int = 0) -> dict:
    """compose's answer for this note; variant n is the n-th differently shaped draft."""
    from ..compose import compose

    variant = max(0, min(int(variant), MAX_VARIANTS - 1))
    result = compose(moment_for(nb, note, today), variant + 1, today=today)
    return result[variant] if variant else result


def coach(nb: Notebook, note, text: str, today: date) -> dict:
    from ..check import check

    return check(text, moment_for(nb, note, today), today=today, previous=previous(nb, note))


def current(nb: Notebook, note_id: int, today: date, variant: int | None = None) -> dict:
    """What the editor shows: the person's own text when they edited it, the saved draft, or a fresh
    draft (variant `variant`), with compose's questions and the coach on the shown text."""
    note = db.get_note(nb.conn, note_id)
    fresh = composed(nb, note, today, variant or 0)
    if note.edited and note.body.strip():
        source, text, subject = "edited", note.body, note.subject or fresh["subject"]
    elif note.body.strip() and variant is None:
        source, text, subject = "saved", note.body, note.subject or fresh["subject"]
    else:
        source, text, subject = "fresh", fresh["text"], fresh["subject"]
    check = fresh["check"] if source == "fresh" else coach(nb, note, text, today)
    return {"note": note, "source": source, "text": text, "subject": subject, "needs": fresh["needs"],
            "late": fresh["late"], "check": check, "variant": variant or 0}


def save_answers(nb: Notebook, note, answers: dict[str, str]) -> None:
    """Answers to compose's questions: facts go to the moment, the signature to the notebook's settings."""
    answers = {k: " ".join(v.split()) for k, v in answers.items() if v and v.strip()}
    signature = answers.pop("sign", None)
    answers.pop("from", None)  # who the note is to is the note's recipient, not a question here
    if "amount" in answers:
        try:
            answers["amount"] = float(answers["amount"].replace(",", "").lstrip("$"))
        except ValueError:
            raise UsageError(f"{answers['amount']!r} is not an amount; type a number like 300") from None
    with nb.transaction() as conn:
        if answers:
            db.update_moment_fields(conn, note.moment_id, answers)
        if signature:
            db.set_setting(conn, "sign", signature)


def save_text(nb: Notebook, note_id: int, body: str, subject: str, *, edited: bool) -> None:
    """Store the note's text as its draft (status drafted); `edited` keeps it from being redrafted."""
    if not body.strip():
        raise UsageError("the note is empty; write something, or start again from a fresh draft")
    with nb.transaction() as conn:
        note = db.get_note(conn, note_id)
        if note.status in ("sent", "skipped"):
            raise UsageError(f"note #{note_id} is already {note.status}; it cannot be changed")
        db.update_note(conn, note_id, body=body.replace("\r\n", "\n").strip("\n"), subject=subject.strip(),
                       status="drafted", edited=edited)


def highlight(text: str, findings: list[dict]) -> Markup | None:
    """The note as HTML with each finding's span in a <mark>, numbered like the list of findings.

    Spans that cover the whole note (length) are listed only; a zero-width span (something missing at
    a place) shows its number there. Overlaps take the most severe finding's colour. None when no
    finding points at a place in the text."""
    marks = [(i, f) for i, f in enumerate(findings, start=1) if f["code"] not in WHOLE_NOTE]
    if not marks:
        return None  # nothing to point at: the list of findings says it all
    cuts = {0, len(text)}
    for _, f in marks:
        start, end = _span(f, text)
        cuts.update((start, end))
    bounds = sorted(cuts)
    out: list[str] = []
    for start, end in zip(bounds, bounds[1:] + [None]):
        out += [_badge(i, f) for i, f in marks if _span(f, text)[0] == start]
        if end is None:
            break
        piece = escape(text[start:end])
        active = [f for _, f in marks if _span(f, text)[0] <= start < _span(f, text)[1]]
        if active:
            worst = max(active, key=lambda f: SEVERITY.get(f["severity"], 0))
            out.append(f'<mark class="sev-{escape(worst["severity"])}">{piece}</mark>')
        else:
            out.append(str(piece))
    return Markup("".join(out))


def _span(f: dict, text: str) -> tuple[int, int]:
    start, end = (f.get("span") or [0, 0])[:2]
    start = max(0, min(int(start), len(text)))
    return start, max(start, min(int(end), len(text)))


def _badge(number: int, f: dict) -> str:
    return f'<sup class="badge sev-{escape(f["severity"])}" aria-hidden="true">{number}</sup>'
