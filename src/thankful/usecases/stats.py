"""Stats of the practice: notes sent per month, on-time rate, days from moment to sent, week streaks, people
thanked most and not lately. The chart of them is drawn by channels/chart.py.

`compute` reads the notebook once; `build` is the pure part (tests feed it rows).
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from datetime import date, timedelta
from statistics import median

from thankful.channels.chart import chart_format, draw
from thankful.channels.files import write_atomic
from thankful.domain.errors import ThankfulError
from thankful.store import Notebook

RECENT_WEEKS = 26        # the weeks the streak panel shows
TOP = 5                  # people in thanked_most and not_lately
NOT_LATELY_DAYS = 90     # a quarter without a note is "not lately"
# One-off relationships: an interviewer thanked once is not someone you have "not thanked lately".
ONGOING = ("partner", "family", "friend", "colleague", "other")


def compute(nb: Notebook, today: date) -> dict:
    """The stats of every note sent on or before `today` (see `build` for the keys)."""
    return build(nb.history.sent_notes(), today)


def build(rows: list[dict], today: date) -> dict:
    """Stats from sent-note rows (keys: person_id, person, relationship, kind, on_date, due, sent_on).

    Keys, stable for scripts and the web: today, sent, first_sent, last_sent, per_month, on_time,
    days_to_send, streak, recent_weeks, thanked_most, not_lately.
    """
    cutoff = today.isoformat()
    rows = [r for r in rows if r["sent_on"] and r["sent_on"] <= cutoff]  # as of `today`, like every command
    sent_days = [date.fromisoformat(r["sent_on"]) for r in rows]
    return {
        "today": cutoff,
        "sent": len(rows),
        "first_sent": min(sent_days).isoformat() if sent_days else None,
        "last_sent": max(sent_days).isoformat() if sent_days else None,
        "per_month": per_month(sent_days, today),
        "on_time": on_time(rows),
        "days_to_send": days_to_send(rows),
        "streak": streak(sent_days, today),
        "recent_weeks": recent_weeks(sent_days, today),
        "thanked_most": thanked_most(rows),
        "not_lately": not_lately(rows, today),
    }


def _month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def per_month(sent_days: list[date], today: date) -> list[dict]:
    """Every month from the first note sent to this one, with how many were sent (zeros kept: charts need them)."""
    if not sent_days:
        return []
    counts = Counter(_month(d) for d in sent_days)
    year, month = min(sent_days).year, min(sent_days).month
    months = []
    while (year, month) <= (today.year, today.month):
        key = f"{year:04d}-{month:02d}"
        months.append({"month": key, "sent": counts.get(key, 0)})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def on_time(rows: list[dict]) -> dict:
    """Notes with a due date sent by it; notes without one (gratitude, love) are counted apart."""
    dated = [r for r in rows if r["due"]]
    good = sum(1 for r in dated if r["sent_on"] <= r["due"])
    return {"rate": round(good / len(dated), 3) if dated else None, "on_time": good, "late": len(dated) - good,
            "no_due_date": len(rows) - len(dated)}


def days_to_send(rows: list[dict]) -> list[dict]:
    """Median days from the moment to the note sent, per kind (kinds in name order)."""
    by_kind: dict[str, list[int]] = defaultdict(list)
    for r in rows:
        if r["on_date"]:
            # A gift that arrives before the wedding is thanked before it: count that as 0 days, not negative.
            days = (date.fromisoformat(r["sent_on"]) - date.fromisoformat(r["on_date"])).days
            by_kind[r["kind"]].append(max(days, 0))
    return [{"kind": k, "notes": len(v), "median_days": float(median(v))} for k, v in sorted(by_kind.items())]


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def streak(sent_days: list[date], today: date) -> dict:
    """Weeks (Monday to Sunday) in a row with a note sent. The current streak still counts last week's run
    while this week has no note yet: the week is not over."""
    weeks = {_monday(d) for d in sent_days}
    this_week = _monday(today)
    week = this_week if this_week in weeks else this_week - timedelta(days=7)
    current = 0
    while week in weeks:
        current += 1
        week -= timedelta(days=7)
    longest, best_end, run, previous = 0, None, 0, None
    for week in sorted(weeks):
        run = run + 1 if previous is not None and week - previous == timedelta(days=7) else 1
        if run > longest:
            longest, best_end = run, week
        previous = week
    best_start = best_end - timedelta(days=7 * (longest - 1)) if best_end else None
    return {"current": current, "longest": longest, "this_week": this_week in weeks,
            "longest_from": best_start.isoformat() if best_start else None,
            "longest_to": best_end.isoformat() if best_end else None}


def recent_weeks(sent_days: list[date], today: date) -> list[dict]:
    """The last RECENT_WEEKS weeks (by their Monday), oldest first, with notes sent in each."""
    if not sent_days:
        return []
    counts = Counter(_monday(d) for d in sent_days)
    this_week = _monday(today)
    weeks = [this_week - timedelta(days=7 * i) for i in range(RECENT_WEEKS - 1, -1, -1)]
    return [{"week": w.isoformat(), "sent": counts.get(w, 0)} for w in weeks]


def _by_person(rows: list[dict]) -> dict[int, dict]:
    people: dict[int, dict] = {}
    for r in rows:
        p = people.setdefault(r["person_id"], {"person": r["person"], "relationship": r["relationship"],
                                               "notes": 0, "last_thanked": r["sent_on"]})
        p["notes"] += 1
        p["last_thanked"] = max(p["last_thanked"], r["sent_on"])
    return people


def thanked_most(rows: list[dict]) -> list[dict]:
    """The TOP people by notes sent to them; ties go to the one thanked more recently."""
    people = sorted(_by_person(rows).values(), key=lambda p: p["person"].casefold())
    people.sort(key=lambda p: (p["notes"], p["last_thanked"]), reverse=True)
    return [{"person": p["person"], "notes": p["notes"], "last_thanked": p["last_thanked"]} for p in people[:TOP]]


def not_lately(rows: list[dict], today: date) -> list[dict]:
    """People you have thanked before but not in NOT_LATELY_DAYS, longest ago first."""
    found = []
    for p in _by_person(rows).values():
        days = (today - date.fromisoformat(p["last_thanked"])).days
        if days >= NOT_LATELY_DAYS and p["relationship"] in ONGOING:
            found.append({"person": p["person"], "relationship": p["relationship"], "notes": p["notes"],
                          "last_thanked": p["last_thanked"], "days": days})
    found.sort(key=lambda p: (p["last_thanked"], p["person"].casefold()))
    return found[:TOP]


def check_chart_path(path: str) -> str:
    """The chart's format (png or svg) from its file name, checked before any work is done."""
    fmt = chart_format(path)
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise ThankfulError(f"cannot write the chart to {path}: no folder {folder}; create it or choose another path")
    return fmt


def write_chart(stats: dict, path: str) -> str:
    """Draw the stats to a .png or .svg file, whole or not at all; returns the file's path."""
    return write_atomic(path, draw(stats, check_chart_path(path)))
