"""Home: what is overdue, what is due this week, today's question, the Wednesday nudge, the card box."""

from __future__ import annotations

from ... import track
from ..core import Page, view


@view
def index(page: Page):
    # track.home is the CLI's home view: open notes only, plus the practice's prompt, nudge and stock.
    data = track.home(page.nb, page.today)
    return page.render("home.html", home=data, nudge=data.get("nudge") or [], stationery=data.get("stationery"))
