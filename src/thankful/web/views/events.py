"""Events: the list of them, an event's page (progress at a glance, the gift table sorted and filtered by
writer and state, a note's state changed in place) and importing a gift list with a preview of the columns."""

from __future__ import annotations

import secrets
import threading

from thankful.domain.errors import ThankfulError, UsageError
from thankful.usecases import events, gift_import, tables
from thankful.web.core import Page, view

STATE_LABELS = {"owed": "Owed", "drafted": "Drafted", "posted": "Posted", "sent": "Sent", "skipped": "Skipped"}
CHANGES = (("posted", "Posted"), ("sent", "Sent another way"), ("skipped", "Skipped"))
SHOWN = 300  # gifts on the page at once (a wedding has 100 to 200)
PENDING_LIMIT = 8  # uploads waiting for their columns to be confirmed
_pending_lock = threading.Lock()


def _event_or_404(page: Page) -> dict:
    return page.nb.events.get(int(page.param("event")))


@view
def index(page: Page):
    return page.render("events.html", events=events.list_events(page.nb), error="", values={})


@view
def add(page: Page):
    values = {k: page.field(k) for k in ("name", "kind", "on", "writers")}
    try:
        from thankful.domain.dates import parse_date

        on = parse_date(values["on"], page.today) if values["on"] else None
        if on is None:
            raise UsageError("on which day is it? give the date of the event")
        event = events.add_event(page.nb, values["name"], values["kind"], on, writers=values["writers"],
                                 today=page.today)
    except UsageError as e:
        return page.render("events.html", status=400, events=events.list_events(page.nb), error=str(e),
                           values=values)
    return page.redirect(f"/events/{event['id']}/import", flash=f"Added {event['name']}. Now import its gift list.")


@view
def show(page: Page):
    event = _event_or_404(page)
    sort = page.arg("sort", "due")
    descending = page.arg("dir") == "desc"
    writer, state = page.arg("writer"), page.arg("state")
    gifts = events.gift_table(page.nb, str(event["id"]), sort=sort, descending=descending, writer=writer,
                              state=state if state in STATE_LABELS else "")
    shown = events.show(page.nb, str(event["id"]), page.today)
    total = shown["total"] or 1
    bar = [(s, shown["notes"][s], round(100 * shown["notes"][s] / total, 1)) for s in STATE_LABELS]
    return page.render("event.html", event=event, shown=shown, gifts=gifts[:SHOWN], more=max(0, len(gifts) - SHOWN),
                       sort=sort, descending=descending, writer=writer, state=state, states=STATE_LABELS,
                       changes=CHANGES, bar=bar, writers=shown["writers"] + [
                           w for w in shown["by_writer"] if w not in shown["writers"]])


@view
def change(page: Page):
    """A note's state changed from the gift table: the row comes back as it is now (htmx), or the page."""
    event = _event_or_404(page)
    note_id = int(page.param("note"))
    if note_id not in page.nb.events.note_ids(event["id"]):
        raise UsageError(f"note #{note_id} is not one of {event['name']}'s notes")
    state = page.field("state")
    if state:
        events.set_state(page.nb, note_id, state, page.today)
    writer = page.field("writer")
    if writer:
        events.assign(page.nb, [note_id], writer)
    if page.htmx:
        rows = [g for g in page.nb.events.gift_table(event["id"]) if g["note"] == note_id]
        return page.render("_gift_rows.html", event=event, gifts=rows, changes=CHANGES, states=STATE_LABELS,
                           writers=event["writers"])
    return page.redirect(f"/events/{event['id']}", flash="Saved.")


@view
def split(page: Page):
    event = _event_or_404(page)
    result = events.split(page.nb, str(event["id"]), writers=page.field("writers") or None)
    shares = ", ".join(f"{n} to {w}" for w, n in result["assigned"].items()) or "nothing new to share"
    return page.redirect(f"/events/{event['id']}", flash=f"Shared the open notes: {shares}.")


# --- importing a gift list -------------------------------------------------------------------------------

@view
def import_form(page: Page):
    return page.render("event_import.html", event=_event_or_404(page), preview=None, token="", error="")


@view
def import_preview(page: Page):
    """The uploaded file's columns and the field each will give, to confirm or correct before importing."""
    event = _event_or_404(page)
    upload = page.upload("file")
    if upload is None or not upload.filename:
        return page.render("event_import.html", status=400, event=event, preview=None, token="",
                           error="Choose the gift list to import (CSV, TSV or XLSX).")
    content = upload.file.read()
    try:
        preview = gift_import.mapping_preview(content, upload.filename)
    except ThankfulError as e:
        return page.render("event_import.html", status=400, event=event, preview=None, token="", error=str(e))
    token = _keep(page, upload.filename, content)
    return page.render("event_import.html", event=event, preview=preview, token=token, error="",
                       fields=_field_choices())


@view
def import_confirm(page: Page):
    event = _event_or_404(page)
    token = page.field("token")
    kept = _pending(page).get(token)
    if kept is None:
        return page.render("event_import.html", status=400, event=event, preview=None, token="",
                           error="That upload has expired; choose the file again.")
    source, content = kept
    headers = page.fields("column")
    chosen = page.fields("field")
    maps = {h: (f or "ignore") for h, f in zip(headers, chosen)}
    try:
        result = gift_import.import_gifts(page.nb, str(event["id"]), content, source, maps=maps,
                                          skip_bad=page.field("skip_bad") == "on", today=page.today)
    except ThankfulError as e:
        preview = gift_import.mapping_preview(content, source, tables.parse_maps([f"{h}={f}" for h, f in maps.items()]))
        return page.render("event_import.html", status=400, event=event, preview=preview, token=token,
                           error=str(e), fields=_field_choices())
    _pending(page).pop(token, None)
    added = result["added"]
    message = (f"Imported {added['gifts']} gifts from {result['rows']} rows: {added['notes']} notes, "
               f"{added['people']} new people" + (f"; {result['already']} rows were already here" if
                                                   result["already"] else "")
               + (f"; {result['skipped']} bad rows skipped" if result["skipped"] else "") + ".")
    return page.redirect(f"/events/{event['id']}", flash=message)


def _field_choices() -> list[tuple[str, str]]:
    return [(name, info["label"]) for name, info in tables.fields().items() if name in gift_import.GIFT_FIELDS]


def _pending(page: Page) -> dict:
    state = page.request.app.state
    with _pending_lock:
        if not hasattr(state, "event_uploads"):
            state.event_uploads = {}
        return state.event_uploads


def _keep(page: Page, source: str, content: bytes) -> str:
    """Hold an upload in memory until its columns are confirmed (the oldest goes when too many wait)."""
    pending = _pending(page)
    token = secrets.token_urlsafe(16)
    with _pending_lock:
        while len(pending) >= PENDING_LIMIT:
            pending.pop(next(iter(pending)))
        pending[token] = (source, content)
    return token
