"""Calendar: due dates as all-day events with a reminder the day before, as an .ics file.

Public API: `build(events, today) -> bytes`, each event a dict with uid, due, summary, description.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

REMINDER = timedelta(hours=-15)  # 09:00 the day before an all-day event


def build(events: list[dict], today: date) -> bytes:
    """The .ics: every event all-day on its due date, with a reminder at 09:00 the day before."""
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Thankful//Thank-you notes//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Thank-you notes")
    stamp = datetime(today.year, today.month, today.day, tzinfo=UTC)
    for item in events:
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
