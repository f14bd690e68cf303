"""Print: choose notes, a card format, a font, envelopes or labels, and get a PDF."""

from __future__ import annotations

from ..core import Page, view


@view
def form(page: Page):
    return page.render("soon.html", title="Print", part="Printing cards")


@view
def pdf(page: Page):
    return page.render("soon.html", title="Print", part="Printing cards")


@view
def stationery(page: Page):
    return page.render("soon.html", title="Stationery", part="Stationery")
