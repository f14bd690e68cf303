"""The calendar export, read back with icalendar: one all-day event per owed note, an alarm the day before,
UIDs that stay the same from one export to the next."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from icalendar import Calendar

from deliver_fixtures import TODAY, drafted
from thankful.usecases import calendar
from thankful.usecases.capture import record_moment
from thankful.usecases.track import mark_sent


def events(data: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_one_all_day_event_per_owed_note_with_a_reminder_the_day_before(nb):
    _, notes = record_moment(nb, "gift", ["May Lee"], {"what": "a hand-knitted scarf", "occasion": "birthday"},
                             on=TODAY, today=TODAY)
    interview = drafted(nb, "Bo Ray", "bo@example.org")
    record_moment(nb, "just-because", ["Cy Dee"], {}, on=TODAY, today=TODAY)  # no due date: no event
    found = events(calendar.ics(nb, TODAY))
    assert len(found) == 2
    by_note = {int(uid.split("-")[2]): e for uid, e in found.items()}
    scarf = by_note[notes[0].id]
    due = date.fromisoformat(nb.notes.get(notes[0].id).due)
    assert scarf.decoded("DTSTART") == due and not isinstance(scarf.decoded("DTSTART"), datetime)
    assert scarf.decoded("DTEND") == due + timedelta(days=1)
    assert str(scarf["SUMMARY"]) == "Write a thank-you note to May Lee: a hand-knitted scarf"
    assert "Next: write the draft" in str(scarf["DESCRIPTION"]) and "thankful " not in str(scarf["DESCRIPTION"])
    [alarm] = scarf.walk("VALARM")
    trigger = alarm.decoded("TRIGGER")
    assert trigger == timedelta(hours=-15)  # 09:00 the day before
    assert (datetime.combine(due, datetime.min.time()) + trigger).date() == due - timedelta(days=1)
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert str(by_note[interview]["SUMMARY"]).startswith("Send a thank-you note to Bo Ray")
    assert "Next: send it" in str(by_note[interview]["DESCRIPTION"])


def test_uids_are_stable_across_exports_and_sent_notes_drop_out(nb):
    first = drafted(nb, "May Lee", "may@example.org")
    second = drafted(nb, "Bo Ray", "bo@example.org")
    before = calendar.ics(nb, TODAY)
    mark_sent(nb, first, via="email", on=TODAY)
    after = calendar.ics(nb, TODAY + timedelta(days=1))
    assert set(events(after)) < set(events(before))
    assert [uid for uid in events(after)] == [uid for uid in events(before) if f"-{second}-" in uid]
    assert calendar.ics(nb, TODAY) == calendar.ics(nb, TODAY)  # same notebook, same day: same bytes


def test_uids_differ_between_notebooks(tmp_path):
    from thankful.store import open_notebook

    uids = []
    for name in ("a.db", "b.db"):
        with open_notebook(tmp_path / name) as nb:
            drafted(nb, "May Lee", "may@example.org")
            uids.append(set(events(calendar.ics(nb, TODAY))))
    assert uids[0].isdisjoint(uids[1])


def test_an_empty_notebook_gives_a_valid_empty_calendar(nb):
    cal = Calendar.from_ical(calendar.ics(nb, TODAY))
    assert str(cal["VERSION"]) == "2.0" and cal.walk("VEVENT") == []
