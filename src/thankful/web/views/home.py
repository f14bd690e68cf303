"""Home: what is overdue, what is due this week, today's question, the Wednesday nudge, the card box."""

from __future__ import annotations

from thankful.usecases.home import home
from thankful.web.core import Page, view

SHOWN = 8  # per list: the home page is a glance; the Notes page has them all, overdue first


@view(inline=True)
def index(page: Page):
    # track.home is the CLI's home view: open notes only (an index on status), plus the practice's
    # prompt, stock and Wednesday nudge. Cached until the notebook or the day changes.
    data = page.cached("home", lambda nb: home(nb, page.today))
    return page.render("home.html", home=data, shown=SHOWN, nudge=data.get("nudge") or [],
                       stationery=data.get("stationery"))
