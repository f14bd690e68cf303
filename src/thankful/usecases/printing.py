"""Printing: choosing the notes to print, checking each has what its page needs, and recording that
printed cards are ready to post (each takes a card from the stationery count). The PDF itself is drawn
by channels/paper.py."""

from __future__ import annotations

from datetime import date

from thankful.channels.files import write_atomic
from thankful.channels.paper import CARD_SIZES, Piece, fallback_runs, render
from thankful.domain.errors import NotReady
from thankful.domain.model import OPEN
from thankful.store import Notebook

from .stationery import use_card, uses_card


def pieces_for(nb: Notebook, note_ids: list[int], *, need: str = "text") -> list[Piece]:
    """The notes to print, checked: `need` is "text" (a draft), "address" (a postal address) or both ("text+address").
    Raises UsageError naming the first note that lacks it."""
    pieces = []
    for note_id in dict.fromkeys(note_ids):
        note = nb.notes.get(note_id)
        person = nb.people.get(note.person_id)
        if "text" in need and not note.body.strip():
            raise NotReady(f"note #{note_id} to {person.name} has no draft yet", what="draft", note=note_id)
        if "address" in need and not person.address.strip():
            raise NotReady(f"{person.name} has no postal address", what="address", name=person.name)
        pieces.append(Piece(note_id, person.name, person.address.strip(), note.body))
    return pieces


def drafted_card_notes(nb: Notebook) -> list[int]:
    """The --all-drafted selection: drafted notes with a text that travel by card or by hand (not email)."""
    return [r["note"] for r in nb.notes.listing(statuses=("drafted",)) if uses_card(r["channel"])]


def mark_printed(nb: Notebook, note_ids: list[int], today: date, fmt: str = "a2-folded") -> None:
    """Printed cards are ready to post (`owed` shows them so), and each uses a card from the stationery count."""
    with nb.transaction("printed " + ", ".join(f"#{n}" for n in note_ids)):
        for note_id in note_ids:
            if nb.notes.get(note_id).status in OPEN:
                nb.notes.update(note_id, printed_on=today.isoformat())
                use_card(nb, on=today, note_id=note_id, size=CARD_SIZES.get(fmt), how="print")


def print_to_file(nb: Notebook, note_ids: list[int], path: str, *, today: date, what: str = "cards",
                  fmt: str = "a2-folded", font: str = "kalam", labels: str = "avery-5160", start: int = 1,
                  mark: bool = True) -> dict:
    """Make the PDF of `what` for the notes and write it to `path`; printed cards (not guides, envelopes or
    labels) are then marked ready to post. Nothing is recorded unless the file was written whole."""
    need = "address" if what in ("envelopes", "labels") else "text"
    pieces = pieces_for(nb, note_ids, need=need)
    data = render(pieces, what=what, fmt=fmt, font=font, return_address=return_address(nb), labels=labels,
                  start=start)
    written = write_atomic(path, data)
    marked = [p.note for p in pieces] if mark and what == "cards" else []
    if marked:
        mark_printed(nb, marked, today, fmt)
    return {"path": written, "notes": [p.note for p in pieces], "marked": marked, "bytes": len(data)}


def return_address(nb: Notebook) -> str:
    """The sender's postal address for envelopes and postcards (the setting 'return.address')."""
    return nb.settings.get("return.address", "") or ""


def plain_font_pieces(text: str, channel: str) -> list[str]:
    """What of a note will print in a plain font, because handwriting fonts lack it (emoji, Chinese,
    Japanese, Korean): for a note printed on a card; nothing for one sent by email or written by hand."""
    if channel != "card":
        return []
    return fallback_runs(text)
