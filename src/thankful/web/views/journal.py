"""Journal: today's question, an answer that can become a note, and past entries to read and search."""

from __future__ import annotations

from ... import practice
from ...dates import parse_date
from ...errors import UsageError
from ...store import records as db
from ..core import Page, view
from .capture import split_names


def _entries(page: Page, since: str, q: str) -> list:
    since_day = parse_date(since, page.today) if since else None
    entries = db.list_journal(page.nb.conn, since=since_day.isoformat() if since_day else None, search=q or None)
    entries.reverse()  # newest first
    return entries


@view
def index(page: Page):
    since, q = page.arg("since").strip(), page.arg("q").strip()
    return page.render("journal.html", entries=_entries(page, since, q), since=since, q=q,
                       prompt=practice.FIRST_PROMPT, values={}, error="")


@view
def write(page: Page):
    text, thank = page.field("text"), page.field("thank")
    try:
        entry = practice.write_entry(page.nb, text, today=page.today, thank=split_names(thank))
    except UsageError as e:
        return page.render("journal.html", status=400, entries=_entries(page, "", ""), since="", q="",
                           prompt=practice.FIRST_PROMPT, values={"text": text, "thank": thank}, error=str(e))
    notes = entry["notes"]
    if len(notes) == 1:
        return page.redirect(f"/notes/{notes[0]['note']}", flash=f"Saved. A note to {notes[0]['to']} is owed.")
    more = f" {len(notes)} notes owed." if notes else ""
    return page.redirect("/journal", flash="Saved today's entry." + more)
