"""Stats: notes sent per month, on-time rate, streaks, days to send, as numbers and a chart."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from starlette.responses import Response

from thankful.channels.chart import draw
from thankful.store import Notebook, open_notebook
from thankful.usecases import stats as numbers
from thankful.web.core import Page, view

# The chart is drawn by matplotlib (a fraction of a second; a second more the first time, to load it): the
# same history draws the same picture, so it is kept, and the server draws today's when it starts.
_charts: dict[tuple, bytes] = {}
_charts_lock = threading.Lock()
# An SVG shown by <img> runs no script; its own small policy lets matplotlib's inline <style> apply.
CHART_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"


def _stats(page: Page) -> dict:
    # Stats read every sent note (a third of a second at 45,000): once per notebook change and day.
    return page.cached("stats", lambda nb: numbers.compute(nb, page.today))


@view
def index(page: Page):
    stats = _stats(page)
    months = stats["per_month"][-12:]
    peak = max((m["sent"] for m in months), default=0)
    return page.render("stats.html", stats=stats, months=months, peak=peak)


@view
def chart(page: Page):
    svg = chart_svg(page.nb, page.today, lambda: _stats(page))
    return Response(svg, media_type="image/svg+xml",
                    headers={"Content-Security-Policy": CHART_CSP, "Cache-Control": "no-store"})


def chart_svg(nb: Notebook, today: date, stats: Callable[[], dict]) -> bytes:
    """The chart of the history as of `today`, drawn once per change to it."""
    key = (nb.path, today, nb.history.fingerprint())
    with _charts_lock:
        svg = _charts.get(key)
    if svg is None:
        svg = draw(stats(), "svg")
        with _charts_lock:
            _charts.clear()  # keep only the latest picture
            _charts[key] = svg
    return svg


def warm_up(path: str, today: date) -> None:
    """Draw today's chart ahead of the first visit (loading matplotlib is most of the wait). Only a head
    start: if it fails, the first visit draws the chart as it would have anyway."""
    try:
        with open_notebook(path) as nb:
            chart_svg(nb, today, lambda: numbers.compute(nb, today))
    except Exception:  # noqa: BLE001 (nothing here may stop the server; the page reports its own errors)
        pass
