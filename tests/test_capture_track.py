from datetime import date

import pytest

from thankful.domain.errors import NotFound, UsageError
from thankful.usecases import capture, journal, track
from thankful.usecases.home import home

TODAY = date(2026, 11, 26)


def test_a_gift_from_two_people_owes_two_notes_with_the_catalogue_due_date(nb):
    moment, notes = capture.record_moment(nb, "gift", ["Tom Smith", "Jane Smith"],
                                          {"what": "a quilt", "occasion": "wedding"}, on=date(2026, 10, 30), today=TODAY)
    assert [n.due for n in notes] == ["2027-01-28", "2027-01-28"]
    assert {g.name for g in moment.givers} == {"Tom Smith", "Jane Smith"}
    assert len(nb.people.all()) == 2


def test_a_household_is_one_person_and_owes_one_note(nb):
    capture.add_person(nb, "Tom & Jane Smith", call="Tom and Jane", today=TODAY)
    _, notes = capture.record_moment(nb, "gift", ["Tom & Jane Smith"], {"what": "a quilt"}, on=TODAY, today=TODAY)
    assert len(notes) == 1


def test_known_givers_are_reused_and_repeats_collapse(nb):
    capture.add_person(nb, "May Lee", call="Aunt May", relationship="family", today=TODAY)
    moment, notes = capture.record_moment(nb, "gift", ["Aunt May", "may lee"], {"what": "a scarf"}, on=TODAY,
                                          today=TODAY)
    assert len(notes) == 1 and moment.givers[0].relationship == "family"


def test_an_ambiguous_giver_changes_nothing(nb):
    capture.add_person(nb, "Dana Whitfield", today=TODAY)
    capture.add_person(nb, "Dana Scully", today=TODAY)
    with pytest.raises(UsageError, match="several people"):
        capture.record_moment(nb, "interview", ["Ravi", "Dana"], {}, on=TODAY, today=TODAY)
    assert [p.name for p in nb.people.all()] == ["Dana Scully", "Dana Whitfield"]  # Ravi not half-added


def test_due_override_and_its_check(nb):
    _, notes = capture.record_moment(nb, "favor", ["Ravi"], {"what": "a lift"}, on=TODAY, due=date(2026, 12, 1),
                                     today=TODAY)
    assert notes[0].due == "2026-12-01"
    with pytest.raises(UsageError, match="before the moment"):
        capture.record_moment(nb, "favor", ["Ravi"], {}, on=TODAY, due=date(2026, 11, 1), today=TODAY)


def test_bad_values_are_refused(nb):
    with pytest.raises(UsageError, match="unknown kind"):
        capture.record_moment(nb, "bribe", ["X"], {}, on=TODAY, today=TODAY)
    with pytest.raises(UsageError, match="amount"):
        capture.record_moment(nb, "donation", ["X"], {"amount": "lots"}, on=TODAY, today=TODAY)
    with pytest.raises(UsageError, match="relationship"):
        capture.add_person(nb, "X", relationship="nemesis", today=TODAY)
    with pytest.raises(UsageError, match="not valid"):
        capture.add_person(nb, "X", email="not-an-address", today=TODAY)
    assert nb.people.all() == []


def test_owed_order_is_overdue_then_due_then_undated(nb):
    capture.record_moment(nb, "love", ["Alex"], {"what": "coffee"}, on=TODAY, today=TODAY)
    capture.record_moment(nb, "gift", ["May"], {"what": "a scarf", "occasion": "birthday"}, on=date(2026, 11, 20),
                          today=TODAY)
    capture.record_moment(nb, "interview", ["Dana"], {"role": "Analyst"}, on=date(2026, 11, 21), today=TODAY)
    rows = track.owed(nb, TODAY)
    assert [r["to"] for r in rows] == ["Dana", "May", "Alex"]
    assert [r["overdue"] for r in rows] == [True, False, False]
    assert rows[2]["due"] is None


def test_sent_and_skip(nb):
    _, notes = capture.record_moment(nb, "favor", ["Ravi", "Jo"], {"what": "a lift"}, on=TODAY, today=TODAY)
    sent = track.mark_sent(nb, notes[0].id, via="hand", on=TODAY)
    assert sent["status"] == "sent" and sent["sent_via"] == "hand" and sent["sent_on"] == "2026-11-26"
    with pytest.raises(UsageError, match="already marked sent"):
        track.mark_sent(nb, notes[0].id, via=None, on=TODAY)
    with pytest.raises(UsageError, match="say why"):
        track.skip(nb, notes[1].id, why="  ")
    skipped = track.skip(nb, notes[1].id, why="thanked in person")
    assert skipped["status"] == "skipped" and skipped["skip_reason"] == "thanked in person"
    assert track.owed(nb, TODAY) == []
    assert {r["status"] for r in track.owed(nb, TODAY, all_notes=True)} == {"sent", "skipped"}
    with pytest.raises(NotFound, match="no note #99"):
        track.show(nb, 99)


def test_home_groups_overdue_and_this_week(nb):
    capture.record_moment(nb, "interview", ["Dana"], {}, on=date(2026, 11, 20), today=TODAY)
    capture.record_moment(nb, "favor", ["Ravi"], {}, on=date(2026, 11, 25), today=TODAY)
    capture.record_moment(nb, "gift", ["Kim"], {"occasion": "wedding"}, on=TODAY, today=TODAY)
    view = home(nb, TODAY)
    assert [n["to"] for n in view["overdue"]] == ["Dana"]
    assert [n["to"] for n in view["due_this_week"]] == ["Ravi"]
    assert view["later"] == 1
    assert view["prompt"] == "What moments sparked your gratitude today?"


def test_journal_entry_with_thanks_owes_a_note_for_what_they_did(nb):
    entry = journal.write_entry(nb, "Ravi fixed my bike chain", today=TODAY, thank=["Ravi"])
    assert entry["people"] == ["Ravi"] and len(entry["notes"]) == 1
    note = track.show(nb, entry["notes"][0]["note"])
    assert note["facts"]["kind"] == "favor" and note["facts"]["what"] == "fixing my bike chain"
    assert nb.journal.entries()[0].text == "Ravi fixed my bike chain"


def test_a_journal_entry_becomes_a_real_thank_you(nb):
    entry = journal.write_entry(nb, "Priya left soup on my doorstep when I had the flu", today=TODAY,
                                thank=["Priya"])
    moment = nb.moments.get(entry["moment"])
    assert moment.kind == "favor" and moment.fact("what") == "leaving soup on my doorstep when I had the flu"
    from thankful.usecases import drafting

    text = drafting.composed(nb, nb.notes.get(entry["notes"][0]["note"]), TODAY)["text"]
    assert "leav" in text and "Priya left" not in text
