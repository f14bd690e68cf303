"""Notes: every note by status, with a filter and a search; marking one sent or skipped."""

from __future__ import annotations

from thankful.domain import kinds
from thankful.domain.dates import parse_date
from thankful.domain.validate import read_id
from thankful.usecases import track
from thankful.web.core import Page, local_path, view

from .editor import conflicts_kept, keep_typed

TABS = {
    "open": ("To write", ("owed", "drafted")),
    "owed": ("Owed", ("owed",)),
    "drafted": ("Drafted", ("drafted",)),
    "sent": ("Sent", ("sent",)),
    "skipped": ("Skipped", ("skipped",)),
    "all": ("All", None),
}
PAGE_SIZE = 100


def find_notes(page: Page, tab: str, kind: str, q: str, shown: int) -> tuple[list[dict], int]:
    """A page of notes of one tab, of one kind, matching every word of `q` (best first); otherwise open notes
    in due order (as `owed` lists them), history newest first."""
    rows, total = page.nb.notes.find(statuses=TABS[tab][1], kind=kind or None, search=q,
                                     newest_first=tab in ("sent", "skipped", "all"), limit=shown)
    return [{**track.listing(r, page.today), "sent_on": r["sent_on"]} for r in rows], total


@view
def index(page: Page):
    tab = page.arg("status", "open")
    tab = tab if tab in TABS else "open"
    kind = page.arg("kind")
    kind = kind if kind in kinds.kinds() else ""
    q = page.arg("q").strip()
    try:
        shown = min(max(PAGE_SIZE, int(page.arg("show", str(PAGE_SIZE)))), 50 * PAGE_SIZE)
    except ValueError:
        shown = PAGE_SIZE
    notes, total = find_notes(page, tab, kind, q, shown)
    return page.render("notes.html", notes=notes, total=total, shown=shown, tab=tab, tabs=TABS,
                       kind=kind, kinds=kinds.kinds(), q=q, page_size=PAGE_SIZE)


def _back(page: Page, note_id: int) -> str:
    return local_path(page.field("next")) or f"/notes/{note_id}"


@view
@conflicts_kept
def sent(page: Page):
    note_id = read_id(page.param("note"), "note")
    on = parse_date(page.field("on"), page.today, "date it was sent") or page.today
    with page.nb.transaction(f"sent #{note_id}"):  # the text and the mark together, or neither: one change
        keep_typed(page, note_id)  # sent from the editor: what was in the box is what was sent
        note = track.mark_sent(page.nb, note_id, via=page.field("via") or None, on=on, today=page.today)
    return page.redirect(_back(page, note_id), flash=f"Note to {note['to']} marked sent. Well done.")


@view
def skip(page: Page):
    note_id = read_id(page.param("note"), "note")
    note = track.skip(page.nb, note_id, why=page.field("why"))
    return page.redirect(_back(page, note_id), flash=f"Note to {note['to']} skipped: {note['skip_reason']}.")
