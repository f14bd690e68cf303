"""Print: choose notes, a card format, a font, envelopes or labels, and get a PDF; the box of cards."""

from __future__ import annotations

from starlette.responses import Response

from thankful.channels import paper
from thankful.domain.errors import UsageError
from thankful.domain.model import OPEN
from thankful.domain.validate import is_id, read_id
from thankful.usecases import nudges, printing, track
from thankful.usecases import stationery as stock
from thankful.web.core import Page, view

CARD_NAMES = {"a2-folded": "A2 folded card (4.25 × 5.5 in)", "a6": "A6 flat card (4.5 × 6.25 in)",
              "postcard": "Postcard (6 × 4 in)", "letter": "Letter page (8.5 × 11 in)"}
WHATS = (("cards", "Cards"), ("envelopes", "Envelopes"), ("labels", "Address labels (Avery 5160)"),
         ("guide", "Copy guide: ruled lines to copy by hand"))


def _candidates(page: Page) -> list[dict]:
    """Open notes that travel on paper (card or by hand), most urgent first."""
    rows = page.nb.notes.listing(statuses=OPEN)
    return [{**track.listing(r, page.today), "drafted": r["status"] == "drafted"}
            for r in rows if stock.uses_card(r["channel"])]


def _context(page: Page, chosen: set[int] | None = None, values: dict | None = None, error: str = "") -> dict:
    notes = _candidates(page)
    if chosen is None:  # first visit: every drafted card, or the one note the editor sent us here for
        wanted = page.arg("note")
        chosen = {read_id(wanted)} if is_id(wanted) else {n["note"] for n in notes if n["drafted"]}
    formats = {key: CARD_NAMES.get(key, f.description) for key, f in paper.FORMATS.items()}
    return {"notes": notes, "chosen": chosen, "whats": WHATS, "formats": formats, "fonts": paper.fonts(),
            "values": values or {"what": "cards", "fmt": "a2-folded", "font": paper.DEFAULT_FONT, "start": "1"},
            "error": error, "stock": stock.stationery_stock(page.nb)}


@view
def form(page: Page):
    return page.render("print.html", **_context(page))


@view
def pdf(page: Page):
    values = {k: page.field(k) for k in ("what", "fmt", "font", "start")}
    ids = [read_id(n) for n in page.fields("note") if is_id(n)]
    try:
        data, marked = _render(page, ids, values)
    except UsageError as e:
        return page.render("print.html", status=400, **_context(page, set(ids), values, str(e)))
    if marked:
        printing.mark_printed(page.nb, marked, page.today, values["fmt"])
    what = values["what"] if values["what"] in dict(WHATS) else "cards"  # never a typed word in a header
    name = f"thankful-{what}-{page.today.isoformat()}.pdf"
    return Response(data, media_type="application/pdf", headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _render(page: Page, ids: list[int], values: dict) -> tuple[bytes, list[int]]:
    """The PDF, as `thankful print` makes it, and the notes to mark printed (cards only)."""
    if not ids:
        raise UsageError("choose at least one note to print")
    what = values["what"] if values["what"] in dict(WHATS) else "cards"
    start = int(values["start"]) if values["start"].isascii() and values["start"].isdigit() and len(values["start"]) < 3 else 1
    if not 1 <= start <= 30:
        raise UsageError("the first label must be a number from 1 to 30")
    pieces = printing.pieces_for(page.nb, ids, need="address" if what in ("envelopes", "labels") else "text")
    data = paper.render(pieces, what=what, fmt=values["fmt"] or "a2-folded", font=values["font"] or paper.DEFAULT_FONT,
                        return_address=printing.return_address(page.nb), labels="avery-5160", start=start)
    return data, [p.note for p in pieces] if what == "cards" else []


@view
def stationery(page: Page):
    """A new box of cards: counted, and a list of who to write to (a new box is a reason to write)."""
    try:
        added = nudges.add_stationery(page.nb, page.field("box"), today=page.today, write_to=5)
    except UsageError as e:
        return page.render("print.html", status=400, **_context(page, error=str(e)))
    box = added["box"]
    who = ", ".join(p["person"] for p in added["write_to"])
    more = f" Who to write to: {who}." if who else ""
    return page.redirect("/print#stationery", flash=f"Recorded {box['count']} {box['description']}.{more}")
