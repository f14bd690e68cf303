"""Calendar: every owed note's due date as an all-day event with a reminder the day before (.ics).

UIDs are stable (the note's id plus the notebook's own id, kept in its settings), so importing a newer
export updates the events instead of adding copies.

Public API: `build(nb, today) -> bytes`, `events(nb) -> list[dict]`, `notebook_uid(nb)`.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from thankful.store import records as db
from thankful.store.db import Notebook
from thankful.track import describe_what

UID_SETTING = "calendar.uid"
REMINDER = timedelta(hours=-15)  # 09:00 the day before an all-day event


def notebook_uid(nb: Notebook) -> str:
    """This notebook's id for calendar UIDs, made once and kept in its settings (and in its exports)."""
    with nb.transaction() as conn:
        found = db.get_setting(conn, UID_SETTING)
        if not found:
            found = uuid.uuid4().hex[:16]
            db.set_setting(conn, UID_SETTING, found)
    return found


def events(nb: Notebook) -> list[dict]:
    """One event per owed or drafted note that has a due date: uid, due, summary, description."""
    base = notebook_uid(nb)
    found = []
    for row in db.list_notes(nb.conn, statuses=("owed", "drafted")):
        if not row["due"]:
            continue
        what = describe_what(row)
        verb = "Send" if row["status"] == "drafted" else "Write"
        summary = f"{verb} a thank-you note to {row['to']}" + (f": {what}" if what else "")
        step = f"thankful send {row['note']}" if row["channel"] == "email" else f"thankful print {row['note']}"
        if row["status"] == "owed":
            step = f"thankful draft {row['note']}"
        description = (f"Thank-you note #{row['note']} to {row['to']} ({row['kind']}), due {row['due']}.\n"
                       f"Next: {step}\nSee it: thankful show {row['note']}")
        found.append({"note": row["note"], "uid": f"thankful-note-{row['note']}-{base}@thankful",
                      "due": row["due"], "summary": summary, "description": description})
    return found


def build(nb: Notebook, today: date) -> bytes:
    """The .ics for every owed note: all-day on the due date, a reminder at 09:00 the day before."""
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Thankful//Thank-you notes//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Thank-you notes")
    stamp = datetime(today.year, today.month, today.day, tzinfo=UTC)
    for item in events(nb):
        due = date.fromisoformat(item["due"])
        event = Event()
        event.add("uid", item["uid"])
        event.add("dtstamp", stamp)
        event.add("dtstart", due)
        event.add("dtend", due + timedelta(days=1))
        event.add("summary", item["summary"])
        event.add("description", item["description"])
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["Thankful"])
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Tomorrow: {item['summary']}")
        alarm.add("trigger", REMINDER)
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
