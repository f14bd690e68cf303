"""Stats: notes sent per month, on-time rate, streaks, days to send, as numbers and a chart."""

from __future__ import annotations

import hashlib
import json
import threading

from starlette.responses import Response

from thankful.channels.chart import draw
from thankful.usecases import stats as numbers
from thankful.web.core import Page, view

# The chart is drawn by matplotlib (a fraction of a second); the same stats draw the same picture.
_charts: dict[str, bytes] = {}
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
    stats = _stats(page)
    key = hashlib.sha256(json.dumps(stats, sort_keys=True).encode()).hexdigest()
    with _charts_lock:
        svg = _charts.get(key)
    if svg is None:
        svg = draw(stats, "svg")
        with _charts_lock:
            _charts.clear()  # keep only the latest picture
            _charts[key] = svg
    return Response(svg, media_type="image/svg+xml",
                    headers={"Content-Security-Policy": CHART_CSP, "Cache-Control": "no-store"})
