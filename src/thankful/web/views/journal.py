"""Journal: today's question, an answer that can become a note, and past entries to read and search."""

from __future__ import annotations

from thankful.domain.dates import parse_date
from thankful.domain.errors import NotFound, UsageError
from thankful.usecases import journal, prompts
from thankful.web.core import Page, view

from .capture import split_names


def _entries(page: Page, since: str, q: str) -> list[dict]:
    entries = journal.journal(page.nb, since=parse_date(since, page.today, "day to read from") if since else None,
                              search=q or None)
    entries.reverse()  # newest first
    return entries


def _render(page: Page, *, since: str = "", q: str = "", values: dict | None = None, error: str = "",
            status: int = 200):
    return page.render("journal.html", status=status, entries=_entries(page, since, q), since=since, q=q,
                       prompt=prompts.prompt_for(page.nb, page.today), values=values or {}, error=error)


@view
def index(page: Page):
    return _render(page, since=page.arg("since").strip(), q=page.arg("q").strip())


@view
def write(page: Page):
    text, thank = page.field("text"), page.field("thank")
    try:
        entry = journal.write_entry(page.nb, text, today=page.today, thank=split_names(thank))
    except (UsageError, NotFound) as e:
        return _render(page, values={"text": text, "thank": thank}, error=str(e), status=400)
    notes = entry["notes"]
    if len(notes) == 1:
        return page.redirect(f"/notes/{notes[0]['note']}", flash=f"Saved. A note to {notes[0]['to']} is owed.")
    more = f" {len(notes)} notes owed." if notes else ""
    return page.redirect("/journal", flash="Saved today's entry." + more)
