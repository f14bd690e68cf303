"""Stats: notes sent per month, on-time rate, streaks, as numbers and a chart."""

from __future__ import annotations

from ..core import Page, view


@view
def index(page: Page):
    return page.render("soon.html", title="Stats", part="Stats")


@view
def chart(page: Page):
    return page.render("soon.html", title="Stats", part="Stats")
