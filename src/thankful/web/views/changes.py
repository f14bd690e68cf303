"""Changing your mind: the recent changes, and undoing the newest (offered on every page after a change)."""

from __future__ import annotations

import re

from thankful.domain.errors import NotFound
from thankful.usecases import changes
from thankful.web.core import Page, local_path, view

# Pages that show one thing: after an undo that thing may be gone, so the person lands somewhere that is there.
_ONE_THING = {re.compile(r"/notes/(\d+)(/.*)?"): "notes", re.compile(r"/people/(\d+)(/.*)?"): "people"}


@view
def index(page: Page):
    return page.render("changes.html", changes=changes.recent(page.nb, 30), newest=changes.newest(page.nb))


@view
def undo(page: Page):
    expected = page.field("change")
    result = changes.undo(page.nb, int(expected) if expected.isdigit() else None)
    page.session.pop("undo", None)
    undone = result["undone"]
    message = f"Undid: {undone['label']}."
    if undone["notice"]:
        message += f" Note: {undone['notice']}."
    return page.redirect(_still_there(page, local_path(page.field("next")) or "/"), flash=message,
                         kind="warn" if undone["notice"] else "ok")


def _still_there(page: Page, target: str) -> str:
    """`target`, unless it shows a note or a person the undo took away (then their list)."""
    for pattern, part in _ONE_THING.items():
        found = pattern.fullmatch(target)
        if found:
            try:
                getattr(page.nb, part).get(int(found.group(1)))
            except NotFound:
                return f"/{part}"
    return target
