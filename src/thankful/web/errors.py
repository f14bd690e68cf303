"""How the web page reports a failure: the core's message, and a link to the page that fixes it (the
command line names a command instead)."""

from __future__ import annotations

from urllib.parse import quote

from thankful.domain.errors import NotFound, ThankfulError

NOT_FOUND = {"note": ("/notes?status=all", "See all your notes"), "person": ("/people", "See everyone"),
             "moment": ("/notes?status=all", "See all your notes"), "event": ("/events", "See your events"),
             "journal": ("/journal", "See your journal"), "undo": ("/changes", "See the recent changes")}


def link(error: ThankfulError) -> tuple[str, str] | None:
    """(address, label) of the page where the problem the error names is fixed, or None."""
    if isinstance(error, NotFound):
        return NOT_FOUND.get(error.what)
    note, name = error.note, quote(error.name or "")
    fixes = {
        "draft": (f"/notes/{note}", "Write the draft") if note else None,
        "address": (f"/people?q={name}", f"Add {error.name}'s postal address") if name else None,
        "email": (f"/people?q={name}", f"Add {error.name}'s email address") if name else None,
        "smtputf8": (f"/notes/{note}/send", "Send it from your own mail program") if note else None,
        "uncertain": (f"/notes/{note}/send", "Check, then send it again") if note else None,
        "setting": ("/settings", "Open Settings"),
        "password": ("/settings", "Open Settings"),
        "stationery": ("/print#stationery", "Record a new box of cards"),
        "not-empty": ("/transfer", "Import into a new notebook instead"),
        "undo": ("/changes", "See the recent changes"),
        "conflict": (f"/notes/{note}", "Open the note as it is now") if note else None,
    }
    return fixes.get(error.what)
