"""The editor: a draft from compose, the coach's findings in the text as you type, questions inline."""

from __future__ import annotations

from ... import track
from ...store import records as db
from ..core import Page, view


def _note_id(page: Page) -> int:
    return int(page.param("note"))


@view
def show(page: Page):
    note = track.show(page.nb, _note_id(page))
    return page.render("editor.html", note=note, body=note["body"], subject=note["subject"])


@view
def check(page: Page):
    return page.render("_coach.html", findings=[], score=None)


@view
def answer(page: Page):
    return page.redirect(f"/notes/{_note_id(page)}")


@view
def tone(page: Page):
    return page.redirect(f"/notes/{_note_id(page)}")


@view
def save(page: Page):
    note_id = _note_id(page)
    with page.nb.transaction() as conn:
        db.update_note(conn, note_id, body=page.field("body"), subject=page.field("subject"), status="drafted",
                       edited=True)
    return page.redirect(f"/notes/{note_id}", flash="Draft saved.")


@view
def redraft(page: Page):
    return page.redirect(f"/notes/{_note_id(page)}")
