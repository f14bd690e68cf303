"""The home view: what is overdue, what is due this week, today's question, low stationery, and on
Wednesdays someone to thank just because."""

from __future__ import annotations

from datetime import date, timedelta

from thankful.store import Notebook

from . import nudges, prompts, stationery, track


def home(nb: Notebook, today: date) -> dict:
    notes = track.owed(nb, today)
    week_end = (today + timedelta(days=7)).isoformat()
    overdue = [n for n in notes if n["overdue"]]
    this_week = [n for n in notes if not n["overdue"] and n["due"] and n["due"] <= week_end]
    stock = stationery.stationery_stock(nb)
    return {
        "today": today.isoformat(), "overdue": overdue, "due_this_week": this_week,
        "later": len(notes) - len(overdue) - len(this_week),
        "prompt": prompts.prompt_for(nb, today),
        "stationery": {k: stock[k] for k in ("remaining", "needed", "low", "message")} if stock["boxes"] else None,
        "nudge": nudges.suggestions(nb, today) if today.weekday() == nudges.WEDNESDAY else [],
    }
