"""Capture: one quick form for a moment that owes notes, showing the questions its kind asks."""

from __future__ import annotations

import re

from thankful.domain import kinds
from thankful.domain.dates import parse_date
from thankful.domain.errors import NotFound, UsageError
from thankful.usecases import capture
from thankful.web.core import Page, view
from thankful.web.fields import channel_choices, form_fields, kind_choices, typed_facts

DEFAULT_KIND = "gift"


def split_names(text: str) -> list[str]:
    """'Tom, Jane' is two people; 'Tom & Jane Smith' (a household) is one."""
    return [n.strip() for n in re.split(r"[,;\n]", text or "") if n.strip()]


def _kind(text: str) -> str:
    try:
        return kinds.normalise_kind(text or DEFAULT_KIND)
    except UsageError:
        return DEFAULT_KIND


def fields_context(page: Page, kind: str, values: dict, error: str = "") -> dict:
    """What the form of a moment's facts needs (shared with the edit page)."""
    asked, optional = form_fields(kind)
    return {"kinds": kind_choices(), "kind": kind, "asked": asked, "optional": optional, "values": values,
            "error": error, "tones": kinds.tones(kind), "channels": channel_choices(),
            "occasions": kinds.gift_occasions(), "default_tone": kinds.default_tone(kind),
            "rule": kinds.rule_for(kind).rule, "default_channel": kinds.default_channel(kind)}


def _typed(page: Page) -> dict:
    """What was already typed, when the kind changes (htmx, or the no-script button) or a link prefills it."""
    # (not the channel: each kind has its own usual one, email for an interview)
    values = {name: page.arg(name) for name in (*kinds.facts(), "from", "email", "on", "due", "tone")}
    values["on"] = values["on"] or page.today.isoformat()
    return values


@view
def form(page: Page):
    return page.render("capture.html", **fields_context(page, _kind(page.arg("kind")), _typed(page)))


@view
def fields(page: Page):
    """The kind-specific part of the form, swapped in by htmx when the kind changes."""
    return page.render("_capture_fields.html", **fields_context(page, _kind(page.arg("kind")), _typed(page)))


@view
def change_kind(page: Page):
    """The form again for another kind, keeping what was typed (without JavaScript: a POST, so the form's
    security token never lands in the address bar)."""
    kind = _kind(page.field("kind"))
    values = {name: page.field(name) for name in (*kinds.facts(), "from", "email", "on", "due", "tone")}
    return page.render("capture.html", **fields_context(page, kind, values))


@view
def save(page: Page):
    kind = _kind(page.field("kind"))
    values = {name: page.field(name) for name in (*kinds.facts(), "from", "email", "on", "due", "channel", "tone")}
    try:
        moment, notes = _record(page, kind, values)
    except (UsageError, NotFound) as e:
        return page.render("capture.html", status=400, **fields_context(page, kind, values, error=str(e)))
    if len(notes) == 1:
        return page.redirect(f"/notes/{notes[0].id}", flash=f"Written down. A note to {moment.givers[0].name} is owed.")
    names = ", ".join(g.name for g in moment.givers)
    return page.redirect("/notes", flash=f"Written down: {len(notes)} notes owed, to {names}.")


def _record(page: Page, kind: str, values: dict):
    givers = split_names(values["from"])
    email = capture.check_email(values["email"])  # check before writing anything
    if email and len(givers) != 1:
        raise UsageError("an email address fits one person; add it on each person's page instead")
    facts = {**typed_facts(values), "tone": values["tone"] or None}
    on = parse_date(values["on"], page.today, "moment's date") or page.today
    due = parse_date(values["due"], page.today, "due date")
    with page.nb.transaction():  # the moment and the address together, or neither: one change to undo
        moment, notes = capture.record_moment(page.nb, kind, givers, facts, on=on, due=due,
                                              channel=values["channel"] or None, today=page.today)
        if email and not moment.givers[0].email:
            capture.edit_person(page.nb, f"#{moment.givers[0].id}", email=email)
    return moment, notes
