"""Correcting what was written down: editing a note's moment and the note, deleting (after saying what
goes), reopening a sent or skipped note. Every change offers "Undo" on the pages after it."""

from __future__ import annotations

from thankful.domain import kinds
from thankful.domain.dates import parse_date
from thankful.domain.errors import UsageError
from thankful.usecases import deleting, editing, track
from thankful.web.core import Page, view

from .capture import fields_context


def _note_id(page: Page) -> int:
    return int(page.param("note"))


# --- edit ---------------------------------------------------------------------------------------

def _shown_facts(kind: str) -> list[str]:
    """The facts the edit form shows for a kind (a fact it does not show is left as it is)."""
    return kinds.facts_for(kind) + [n for n in kinds.kind_info(kind).get("form_first", []) if n in kinds.facts()]


def _current_values(info: dict) -> dict:
    """The form's values as the note and its moment stand: flags as 'on', every other fact as text."""
    facts = info["facts"]
    values = {}
    for name, fact in kinds.facts().items():
        value = facts.get(name)
        if fact.type == "flag":
            values[name] = "on" if value else ""
        elif value not in (None, "", False):
            values[name] = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    values.update({"on": facts.get("on") or "", "due": info["due"] or "", "channel": info["channel"],
                   "tone": facts.get("tone", ""), "to": info["to"]})
    return values


def _edit_page(page: Page, info: dict, values: dict, error: str = "", status: int = 200):
    kind = info["facts"]["kind"]
    return page.render("edit.html", status=status, note=info, **fields_context(page, kind, values, error=error),
                       no_email=True)


@view
def edit_form(page: Page):
    info = track.show(page.nb, _note_id(page))
    return _edit_page(page, info, _current_values(info))


@view
def edit(page: Page):
    note_id = _note_id(page)
    info = track.show(page.nb, note_id)
    kind = info["facts"]["kind"]
    values = {name: page.field(name) for name in (*kinds.facts(), "on", "due", "channel", "tone", "to")}
    before = _current_values(info)
    try:
        result = editing.edit_note(
            page.nb, note_id, _typed_changes(kind, values, before), today=page.today,
            tone=_changed(values, before, "tone"), channel=_changed(values, before, "channel"),
            to=_changed(values, before, "to"),
            on=parse_date(values["on"], page.today) if _changed(values, before, "on") else None,
            due=parse_date(values["due"], page.today) if _changed(values, before, "due") else None)
    except UsageError as e:
        return _edit_page(page, info, values, error=str(e), status=400)
    if not result["changed"]:
        return page.redirect(f"/notes/{note_id}", flash="Nothing to change: the note already says that.")
    said = "Saved: " + ", ".join(result["changed"]) + "."
    if any(k["note"] == note_id for k in result["kept"]):
        return page.redirect(f"/notes/{note_id}?fresh=1", kind="warn",
                             flash=f"{said} Your own wording is kept; a fresh draft from the new facts is beside it.")
    if note_id in result["redrafted"]:
        said += " The draft is rewritten from the new facts."
    return page.redirect(f"/notes/{note_id}", flash=said)


def _typed_changes(kind: str, values: dict, before: dict) -> dict:
    """The facts whose field differs from what the moment holds; an emptied field or an unticked box
    removes its fact (given as '')."""
    typed = {}
    for name in dict.fromkeys(_shown_facts(kind)):
        if kinds.facts()[name].type == "flag":
            ticked = values[name] == "on"
            if ticked != (before.get(name) == "on"):
                typed[name] = True if ticked else ""
        elif values[name].strip() != before.get(name, ""):
            typed[name] = values[name].strip()
    return typed


def _changed(values: dict, before: dict, name: str) -> str | None:
    """The posted value when it differs from what the note had (a field left as it was is not a change)."""
    value = values[name].strip()
    return value if value and value != before.get(name, "") else None


# --- reopen -------------------------------------------------------------------------------------

@view
def reopen(page: Page):
    note = editing.reopen(page.nb, _note_id(page))
    more = " Its email already went out; the outbox keeps that, so it will not be sent again." if note["emailed"] else ""
    return page.redirect(f"/notes/{note['note']}", flash=f"Note to {note['to']} is {note['status']} again.{more}")


# --- delete -------------------------------------------------------------------------------------

def _confirm(page: Page, plan: dict, action: str, back: str, title: str):
    return page.render("delete.html", goes=plan["goes"], action=action, back=back, title=title)


@view
def delete_note_form(page: Page):
    note_id = _note_id(page)
    return _confirm(page, deleting.note_plan(page.nb, note_id), f"/notes/{note_id}/delete", f"/notes/{note_id}",
                    f"Delete note #{note_id}?")


@view
def delete_note(page: Page):
    plan = deleting.delete_note(page.nb, _note_id(page))
    return page.redirect("/notes", flash="Deleted " + "; ".join(plan["goes"]) + ".")


@view
def delete_moment_form(page: Page):
    moment_id = int(page.param("moment"))
    back = page.arg("back") if page.arg("back").startswith("/notes/") else "/notes"
    return _confirm(page, deleting.moment_plan(page.nb, moment_id), f"/moments/{moment_id}/delete", back,
                    f"Delete moment #{moment_id} and its notes?")


@view
def delete_moment(page: Page):
    plan = deleting.delete_moment(page.nb, int(page.param("moment")))
    return page.redirect("/notes", flash="Deleted " + "; ".join(plan["goes"]) + ".")


@view
def delete_person_form(page: Page):
    person = page.nb.people.get(int(page.param("person")))
    return _confirm(page, deleting.person_plan(page.nb, str(person.id)), f"/people/{person.id}/delete",
                    f"/people/{person.id}", f"Delete {person.name}?")


@view
def delete_person(page: Page):
    person = page.nb.people.get(int(page.param("person")))
    plan = deleting.delete_person(page.nb, str(person.id))
    return page.redirect("/people", flash="Deleted " + "; ".join(plan["goes"]) + ".")


@view
def delete_journal_form(page: Page):
    entry_id = int(page.param("entry"))
    return _confirm(page, deleting.journal_plan(page.nb, entry_id), f"/journal/{entry_id}/delete", "/journal",
                    "Delete this journal entry?")


@view
def delete_journal(page: Page):
    plan = deleting.delete_journal(page.nb, int(page.param("entry")))
    return page.redirect("/journal", flash="Deleted " + "; ".join(plan["goes"]) + ".")
