"""The nudge: overdue and due-soon notes, and on Wednesdays up to three people to thank just because."""

from datetime import date, timedelta

import pytest

from test_stats import PEOPLE, make_history
from thankful.usecases import capture, nudges, track

WEDNESDAY = date(2026, 11, 25)
THURSDAY = date(2026, 11, 26)


def add(nb, name, relationship):
    return capture.add_person(nb, name, relationship=relationship, today=WEDNESDAY)


def sent_note(nb, name, on: date, kind="favor"):
    _, notes = capture.record_moment(nb, kind, [name], {"what": "a kindness"}, on=on, today=on)
    track.mark_sent(nb, notes[0].id, via="email", on=on)


def names(result):
    return [s["person"] for s in result["suggestions"]]


def test_an_empty_notebook(nb):
    assert nudges.nudge(nb, WEDNESDAY) == {"wednesday": True, "suggestions": [], "overdue": [], "due_soon": []}
    assert nudges.nudge(nb, THURSDAY) == {"wednesday": False, "suggestions": [], "overdue": [], "due_soon": []}


def test_suggestions_only_on_wednesday_or_when_asked(nb):
    add(nb, "Sam Rivera", "partner")
    assert names(nudges.nudge(nb, WEDNESDAY)) == ["Sam Rivera"]
    assert names(nudges.nudge(nb, THURSDAY)) == []
    assert names(nudges.nudge(nb, THURSDAY, any_day=True)) == ["Sam Rivera"]
    assert nudges.nudge(nb, THURSDAY, any_day=True)["wednesday"] is False


def test_close_relationships_first_and_never_interviewers_or_donors(nb):
    for name, rel in [("Ana Costa", "colleague"), ("Dana Whitfield", "interviewer"), ("Gil Donor", "donor"),
                      ("Jo Park", "friend"), ("May Lee", "family"), ("Sam Rivera", "partner"), ("Zed", "other")]:
        add(nb, name, rel)
    assert names(nudges.nudge(nb, WEDNESDAY)) == ["Sam Rivera", "May Lee", "Jo Park"]  # up to three
    assert names(nudges.nudge(nb, WEDNESDAY, limit=10)) == ["Sam Rivera", "May Lee", "Jo Park", "Ana Costa", "Zed"]


def test_within_a_relationship_the_longest_since_last_thanked_comes_first(nb):
    for name in ("Amy", "Bo", "Cy", "Di"):
        add(nb, name, "friend")
    sent_note(nb, "Amy", date(2026, 9, 1))
    sent_note(nb, "Amy", date(2025, 1, 1))  # an old note does not hide a newer one
    sent_note(nb, "Bo", date(2025, 6, 1))
    sent_note(nb, "Di", date(2026, 3, 1))
    result = nudges.nudge(nb, WEDNESDAY, limit=4)
    assert names(result) == ["Cy", "Bo", "Di", "Amy"]  # never thanked is longest of all
    assert [s["last_thanked"] for s in result["suggestions"]] == [None, "2025-06-01", "2026-03-01", "2026-09-01"]
    assert result["suggestions"][0]["reason"] == "a friend; no note sent to them yet"
    assert result["suggestions"][1]["reason"] == "a friend; last thanked 17 months ago"


def test_never_someone_with_a_note_owed_or_drafted_or_thanked_this_week(nb):
    for name in ("Owes", "Drafted", "Recent", "Free"):
        add(nb, name, "family")
    capture.record_moment(nb, "gift", ["Owes"], {"what": "a scarf"}, on=WEDNESDAY, today=WEDNESDAY)
    _, notes = capture.record_moment(nb, "gift", ["Drafted"], {"what": "a mug"}, on=WEDNESDAY, today=WEDNESDAY)
    with nb.transaction():
        nb.notes.update(notes[0].id, status="drafted")
    sent_note(nb, "Recent", WEDNESDAY - timedelta(days=3))
    assert names(nudges.nudge(nb, WEDNESDAY)) == ["Free"]
    # a week on, Recent may be thanked again (after Free, who never was)
    assert names(nudges.nudge(nb, WEDNESDAY + timedelta(days=7))) == ["Free", "Recent"]


def test_overdue_and_due_soon(nb):
    capture.record_moment(nb, "interview", ["Dana"], {"role": "Analyst"}, on=WEDNESDAY - timedelta(days=3),
                          today=WEDNESDAY)                                   # due 11-23: overdue
    capture.record_moment(nb, "favor", ["Ravi"], {"what": "a lift"}, on=WEDNESDAY, today=WEDNESDAY)  # due 11-28
    capture.record_moment(nb, "gift", ["May"], {"what": "a quilt", "occasion": "wedding"}, on=WEDNESDAY,
                          today=WEDNESDAY)                                   # due in three months: neither
    capture.record_moment(nb, "love", ["Sam"], {"what": "coffee"}, on=WEDNESDAY, today=WEDNESDAY)  # no due date
    result = nudges.nudge(nb, WEDNESDAY)
    assert [n["to"] for n in result["overdue"]] == ["Dana"]
    assert [n["to"] for n in result["due_soon"]] == ["Ravi"]
    assert result["overdue"][0]["overdue"] is True and result["due_soon"][0]["due"] == "2026-11-28"


def test_a_sympathy_acknowledgment_is_not_nagged_about_before_its_month(nb):
    service = WEDNESDAY - timedelta(days=20)  # due after 14 days, limit 30: late but not yet nagged
    capture.record_moment(nb, "sympathy", ["The Parks"], {"what": "the lilies"}, on=service, today=service)
    assert nudges.nudge(nb, WEDNESDAY)["overdue"] == []
    assert track.owed(nb, WEDNESDAY)[0]["overdue"] is True  # the notebook still shows it as past due
    assert [n["to"] for n in nudges.nudge(nb, service + timedelta(days=31))["overdue"]] == ["The Parks"]


@pytest.mark.parametrize("today", [WEDNESDAY, WEDNESDAY + timedelta(days=7 * 9)])
def test_a_long_history_suggests_what_a_slow_recount_suggests(nb, today):
    make_history(nb, years=5, seed=11, end=today)
    rank = {"partner": 0, "family": 1, "friend": 2, "colleague": 3, "other": 4}
    owing = {n["to"] for n in track.owed(nb, today)}
    expected = []
    for name, rel in PEOPLE:
        if rel not in rank or name in owing:
            continue
        sent = [track.show(nb, n["note"])["sent_on"] for n in track.owed(nb, today, all_notes=True)
                if n["to"] == name and n["status"] == "sent"]
        last = max(sent) if sent else None
        if last and (today - date.fromisoformat(last)).days < 7:
            continue
        expected.append((rank[rel], last or "", name))
    assert names(nudges.nudge(nb, today)) == [n for _, _, n in sorted(expected)[:3]]
    assert names(nudges.nudge(nb, today))  # five years of history still leaves someone to thank


@pytest.mark.parametrize("then, words", [
    (WEDNESDAY, "today"), (date(2026, 11, 24), "yesterday"), (date(2026, 11, 15), "10 days ago"),
    (date(2026, 10, 1), "7 weeks ago"), (date(2026, 8, 25), "3 months ago"), (date(2026, 8, 26), "2 months ago"),
    (date(2024, 11, 25), "2 years ago"), (date(2025, 1, 1), "22 months ago"),
])
def test_how_long_ago_reads(then, words):
    assert nudges.ago(then, WEDNESDAY) == words
