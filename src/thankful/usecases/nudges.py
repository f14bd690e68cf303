"""Nudges: notes overdue or due soon, and on Wednesdays someone to thank just because."""

from __future__ import annotations

from datetime import date, timedelta

from thankful.domain import kinds
from thankful.domain.errors import UsageError
from thankful.store import Notebook

from . import stationery, track

# Who a just-because note suits, closest first. Interviewers and donors are left out on purpose: a note
# "just because" to them is not the gesture the article means.
CLOSENESS = ("partner", "family", "friend", "colleague", "other")
RELATIONSHIP_LABEL = {"partner": "your partner", "family": "family", "friend": "a friend",
                      "colleague": "a colleague", "other": "someone you know"}
RECENTLY_THANKED_DAYS = 7   # thanked within the week: not this Wednesday's suggestion
DUE_SOON_DAYS = 7           # the same week the home view calls "due this week"
WEDNESDAY = 2


def ago(then: date, today: date) -> str:
    """'today', 'yesterday', '3 days ago', '5 weeks ago', '8 months ago', '2 years ago' (calendar months)."""
    days = (today - then).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    months = (today.year - then.year) * 12 + today.month - then.month - (today.day < then.day)
    return f"{months} months ago" if months < 24 else f"{months // 12} years ago"


def suggestions(nb: Notebook, today: date, *, limit: int = 3) -> list[dict]:
    """Up to `limit` people to thank just because: closest relationship first, then longest since a note was
    last sent to them (never yet = longest). Nobody with a note already owed or drafted, nobody thanked
    this past week."""
    recent = (today - timedelta(days=RECENTLY_THANKED_DAYS)).isoformat()
    rank = {r: i for i, r in enumerate(CLOSENESS)}
    people = [p for p in nb.people.with_last_thanks(CLOSENESS)
              if not p["open_note"] and not (p["last_thanked"] and p["last_thanked"] > recent)]
    people.sort(key=lambda p: (rank[p["relationship"]], p["last_thanked"] or "", p["name"].casefold(), p["id"]))
    return [{"person": p["name"], "reason": _reason(p, today), "last_thanked": p["last_thanked"]}
            for p in people[:max(limit, 0)]]


def _reason(person: dict, today: date) -> str:
    who = RELATIONSHIP_LABEL[person["relationship"]]
    if not person["last_thanked"]:
        return f"{who}; no note sent to them yet"
    return f"{who}; last thanked {ago(date.fromisoformat(person['last_thanked']), today)}"


def _gentle_wait(kind: str) -> int:
    """Days after the due date a gentle kind (sympathy) must not be nagged about: until its limit."""
    try:
        rule = kinds.rule_for(kind)
    except UsageError:
        return 0
    if not rule.gentle or rule.due_days is None or rule.limit_days is None:
        return 0
    return rule.limit_days - rule.due_days


def nudge(nb: Notebook, today: date, *, any_day: bool = False, limit: int = 3) -> dict:
    """Overdue notes, notes due within a week, and on Wednesdays (or `any_day`) up to `limit` people to
    thank just because. The shape is the `nudge --json` contract."""
    soon = (today + timedelta(days=DUE_SOON_DAYS)).isoformat()
    overdue, due_soon = [], []
    for n in track.owed(nb, today):
        if n["overdue"]:
            # Sympathy acknowledgments: "never nag before a month", so not overdue here until their limit.
            wait = _gentle_wait(n["kind"])
            if not wait or date.fromisoformat(n["due"]) + timedelta(days=wait) < today:
                overdue.append(n)
        elif n["due"] and n["due"] <= soon:
            due_soon.append(n)
    wednesday = today.weekday() == WEDNESDAY
    picks = suggestions(nb, today, limit=limit) if wednesday or any_day else []
    return {"wednesday": wednesday, "suggestions": picks, "overdue": overdue, "due_soon": due_soon}


def who_to_write_to(nb: Notebook, today: date, *, limit: int = 10) -> list[dict]:
    """People to write a card to now: those owed a card or handwritten note (most urgent first), then
    people to thank just because."""
    picks = []
    for row in nb.notes.listing():
        if stationery.uses_card(row["channel"]):
            n = track.listing(row, today)
            due = f", due {n['due']}" if n["due"] else ""
            picks.append({"person": n["to"], "reason": f"note #{n['note']} owed: {n['label'] or n['kind']}{due}",
                          "note": n["note"]})
    named = {p["person"] for p in picks}
    for s in suggestions(nb, today, limit=limit):
        if s["person"] not in named:
            picks.append({"person": s["person"], "reason": "just because: " + s["reason"], "note": None})
    return picks[:max(limit, 0)]


def add_stationery(nb: Notebook, text: str, *, today: date, write_to: int = 10) -> dict:
    """Record a new box ("12 A2 letterpress cards"). A new box is a reason to write: returns, with the
    box, up to `write_to` people to write to (notes owed by card first, then just-because suggestions)."""
    with nb.transaction():  # the list is read inside it: a failure to read it records no box either
        added = stationery.add_box(nb, text, today=today)
        return {**added, "write_to": who_to_write_to(nb, today, limit=write_to)}
