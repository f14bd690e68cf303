"""People: who you thank, their details and address, and every note to them."""

from __future__ import annotations

from thankful.domain import kinds
from thankful.domain.errors import UsageError
from thankful.domain.validate import read_id
from thankful.usecases import capture, track
from thankful.web.core import Page, view

PERSON_FIELDS = ("name", "call", "email", "address", "relationship", "notes")


def _values(page: Page) -> dict:
    return {f: page.field(f) for f in PERSON_FIELDS}


def _people(page: Page, q: str) -> list:
    people = page.nb.people.all()
    words = q.casefold().split()
    if words:
        people = [p for p in people if all(w in f"{p.name} {p.call} {p.email}".casefold() for w in words)]
    return people


@view
def index(page: Page):
    q = page.arg("q").strip()
    return page.render("people.html", people=_people(page, q), q=q, values={}, error="",
                       relationships=kinds.relationships())


@view
def add(page: Page):
    values = _values(page)
    try:
        person = capture.add_person(page.nb, values["name"], call=values["call"], email=values["email"],
                                    address=values["address"], relationship=values["relationship"] or None,
                                    notes=values["notes"], today=page.today)
    except UsageError as e:
        return page.render("people.html", status=400, people=_people(page, ""), q="", values=values,
                           error=str(e), relationships=kinds.relationships())
    return page.redirect(f"/people/{person.id}", flash=f"Added {person.name}.")


def _show(page: Page, person, values: dict | None = None, error: str = "", status: int = 200):
    rows = page.nb.notes.listing(statuses=None, person_id=person.id)
    notes = [track.listing(r, page.today) for r in rows]
    notes.reverse()  # newest first
    return page.render("person.html", status=status, person=person, notes=notes, error=error,
                       values=values or person.to_dict(), relationships=kinds.relationships())


@view
def show(page: Page):
    return _show(page, page.nb.people.get(read_id(page.param("person"), "person")))


@view
def edit(page: Page):
    person = page.nb.people.get(read_id(page.param("person"), "person"))
    values = _values(page)
    try:
        person = capture.edit_person(page.nb, str(person.id), **{f: values[f] for f in PERSON_FIELDS})
    except UsageError as e:
        return _show(page, person, values=values, error=str(e), status=400)
    return page.redirect(f"/people/{person.id}", flash=f"Saved {person.name}'s details.")
