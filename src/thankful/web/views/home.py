"""Home: what is overdue, what is due this week, today's question, the Wednesday nudge, the card box."""

from __future__ import annotations

from ... import track
from ..core import Page, view


@view
def index(page: Page):
    data = track.home(page.nb, page.today)
    return page.render("home.html", home=data, nudge=None, stationery=None)
