"""The practice core: today's prompt, the journal, stationery, the home view's extras, the digest."""

import tomllib
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import own_data_folder
from thankful.domain import data
from thankful.domain.errors import ThankfulError, UsageError
from thankful.domain.model import JournalEntry
from thankful.usecases import capture, digest, journal, nudges, prompts, stationery, track
from thankful.usecases.home import home

TODAY = date(2026, 11, 26)       # a Thursday
WEDNESDAY = date(2026, 11, 25)


# --- prompts ------------------------------------------------------------------------------------

def test_the_articles_question_comes_first_in_the_file():
    pairs = prompts.prompts()
    assert pairs[0][1] == prompts.FIRST_PROMPT == "What moments sparked your gratitude today?"
    with open(data.path("prompts.toml"), "rb") as f:
        parsed = tomllib.load(f)["prompts"]
    assert pairs == tuple((p["id"], p["text"]) for p in parsed)
    topics = " ".join(t.lower() for _, t in pairs)
    for topic in ("favor", "gift", "teacher", "neighbor", "colleague"):
        assert topic in topics


@pytest.mark.parametrize("content", ['[[prompts]]\nid = "a"\ntext = "One?"\n',  # fewer than three
                                     "[[prompts]\nid = 'a'",                    # not TOML at all
                                     '[[prompts]]\nid = "a"\ntext = "x"\n' * 3])  # ids repeat
def test_a_broken_prompts_file_is_a_one_line_failure(tmp_path, monkeypatch, content):
    (tmp_path / "prompts.toml").write_text(content)
    with own_data_folder(monkeypatch, tmp_path):
        with pytest.raises(ThankfulError, match="prompts") as caught:
            prompts.prompts()
        assert "\n" not in str(caught.value)


@given(anchor=st.dates(date(2000, 1, 1), date(2040, 1, 1)), offset=st.integers(-3000, 3000))
def test_never_the_same_prompt_two_days_running(anchor, offset):
    day = anchor + timedelta(days=offset)
    assert prompts.prompt_on(day, anchor) != prompts.prompt_on(day + timedelta(days=1), anchor)


def test_each_round_asks_every_prompt_once_and_rounds_differ():
    anchor = date(2026, 1, 1)
    n = len(prompts.prompts())
    rounds = [[prompts.prompt_on(anchor + timedelta(days=r * n + i), anchor) for i in range(n)] for r in range(-2, 4)]
    texts = sorted(t for _, t in prompts.prompts())
    for one in rounds:
        assert sorted(one) == texts
    assert rounds[2][0] == prompts.FIRST_PROMPT  # round 0 starts with the article's question
    assert len({tuple(r) for r in rounds}) == len(rounds)  # shuffled differently each round


def test_the_rotation_is_a_pure_function_of_the_dates():
    anchor = date(2025, 3, 1)
    first = [prompts.prompt_on(anchor + timedelta(days=i), anchor) for i in range(60)]
    assert [prompts.prompt_on(anchor + timedelta(days=i), anchor) for i in range(60)] == first


def test_an_empty_notebook_asks_the_articles_question(nb):
    assert prompts.prompt_for(nb, TODAY) == prompts.FIRST_PROMPT


def test_a_question_asked_but_not_answered_still_moves_on_tomorrow(nb):
    prompts.start_rotation(nb, TODAY)
    assert prompts.prompt_for(nb, TODAY) == prompts.FIRST_PROMPT
    tomorrow = prompts.prompt_for(nb, TODAY + timedelta(days=1))
    assert tomorrow != prompts.FIRST_PROMPT
    prompts.start_rotation(nb, TODAY + timedelta(days=1))  # a second start does not restart the rotation
    assert prompts.prompt_for(nb, TODAY + timedelta(days=1)) == tomorrow


def test_an_older_journal_anchors_the_rotation_where_it_began(nb):
    with nb.transaction():  # a journal written before the rotation was recorded
        nb.journal.add(JournalEntry(day="2026-11-20", text="old entry"))
    expected = prompts.prompt_on(TODAY, date(2026, 11, 20))
    assert prompts.prompt_for(nb, TODAY) == expected
    prompts.start_rotation(nb, TODAY)
    assert prompts.prompt_for(nb, TODAY) == expected


# --- the journal --------------------------------------------------------------------------------

def test_an_entry_answers_todays_prompt_and_can_owe_a_note(nb):
    entry = journal.write_entry(nb, "  Ravi fixed my bike  ", today=TODAY, thank=["Ravi"])
    assert entry["text"] == "Ravi fixed my bike" and entry["prompt"] == prompts.FIRST_PROMPT
    assert entry["thanked"] == ["Ravi"] and len(entry["notes"]) == 1
    note = track.show(nb, entry["notes"][0]["note"])
    assert note["status"] == "owed" and note["facts"]["kind"] == "favor"
    assert note["facts"]["what"] == "fixing my bike"


def test_an_entry_links_the_people_it_mentions_without_owing_them(nb):
    capture.add_person(nb, "May Lee", call="Aunt May", relationship="family", today=TODAY)
    capture.add_person(nb, "Jo Park", relationship="friend", today=TODAY)
    capture.add_person(nb, "Jo Baker", relationship="friend", today=TODAY)
    entry = journal.write_entry(nb, "Aunt May called; Jo made soup", today=TODAY)
    assert entry["mentioned"] == ["May Lee"]  # "Jo" could be either Jo: not a mention
    assert entry["notes"] == [] and nb.notes.count_by_status() == {}
    assert journal.journal(nb)[0]["people"] == ["May Lee"]


def test_an_empty_entry_or_an_ambiguous_name_writes_nothing(nb):
    with pytest.raises(UsageError, match="empty"):
        journal.write_entry(nb, "   ", today=TODAY)
    capture.add_person(nb, "Dana Whitfield", today=TODAY)
    capture.add_person(nb, "Dana Scully", today=TODAY)
    with pytest.raises(UsageError, match="several people"):
        journal.write_entry(nb, "a good day", today=TODAY, thank=["Dana"])
    assert journal.journal(nb) == [] and nb.notes.count_by_status() == {}


def test_journal_since_and_search(nb):
    for i, text in enumerate(["The Neighbours lent a ladder", "Coffee with Sam", "A quiet walk"]):
        journal.write_entry(nb, text, today=TODAY - timedelta(days=10 - i * 5), thank=["Sam"] if i == 2 else [])
    assert [e["text"] for e in journal.journal(nb, since=TODAY - timedelta(days=5))] == ["Coffee with Sam",
                                                                                           "A quiet walk"]
    assert [e["text"] for e in journal.journal(nb, search="neighbours")] == ["The Neighbours lent a ladder"]
    # a person's name finds entries that name them, in the text or as the one thanked
    assert [e["text"] for e in journal.journal(nb, search="SAM")] == ["Coffee with Sam", "A quiet walk"]
    assert journal.journal(nb, search="nothing like this") == []


# --- stationery ---------------------------------------------------------------------------------

@pytest.mark.parametrize("words, expected", [
    ("12 A2 letterpress cards", (12, "A2", "A2 letterpress cards")),
    ("a dozen 4x6 postcards", (12, "4x6", "4x6 postcards")),
    ("box of 10 A6 cards", (10, "A6", "A6 cards")),
    ("4 x 6 notecards, 25", (25, "4x6", "4 x 6 notecards")),
    ("twenty thank-you cards", (20, "", "thank-you cards")),
    ("two dozen folded cards", (24, "", "folded cards")),
    ("1 fountain pen card", (1, "", "fountain pen card")),
])
def test_parsing_a_box(words, expected):
    assert stationery.parse_stationery(words) == expected


@pytest.mark.parametrize("words, message", [
    ("", "describe the stationery"), ("A2 letterpress cards", "how many"), ("0 cards", "from 1 to"),
    ("20000 cards", "from 1 to"),
])
def test_a_box_without_a_sensible_count_is_refused(nb, words, message):
    with pytest.raises(UsageError, match=message):
        nudges.add_stationery(nb, words, today=TODAY)
    assert stationery.stationery_stock(nb)["boxes"] == []


def test_new_stationery_suggests_who_to_write_to(nb):
    capture.add_person(nb, "Sam Rivera", relationship="partner", today=TODAY)
    capture.record_moment(nb, "gift", ["May Lee"], {"what": "a scarf"}, on=TODAY, today=TODAY)  # owed by card
    capture.record_moment(nb, "interview", ["Dana"], {"role": "Analyst"}, on=TODAY, today=TODAY)  # by email
    result = nudges.add_stationery(nb, "12 A2 letterpress cards", today=TODAY)
    assert result["box"]["count"] == 12 and result["stock"]["remaining"] == 12
    assert [w["person"] for w in result["write_to"]] == ["May Lee", "Sam Rivera"]
    assert result["write_to"][0]["note"] == 1 and "a scarf" in result["write_to"][0]["reason"]


def test_a_note_uses_one_card_however_often_it_is_counted(nb):
    nudges.add_stationery(nb, "3 A2 cards", today=TODAY)
    _, notes = capture.record_moment(nb, "favor", ["Ravi"], {"what": "a lift"}, on=TODAY, today=TODAY)
    first = stationery.use_card(nb, note_id=notes[0].id, on=TODAY, how="print")
    again = stationery.use_card(nb, note_id=notes[0].id, on=TODAY, how="print")
    assert first["remaining"] == 2 and again["already"] is True and again["id"] == first["id"]
    track.mark_sent(nb, notes[0].id, via="card", on=TODAY)  # printed, then posted: still one card
    assert stationery.stationery_stock(nb)["remaining"] == 2


def test_sending_by_card_or_by_hand_uses_a_card_and_email_does_not(nb):
    nudges.add_stationery(nb, "5 cards", today=TODAY)
    _, notes = capture.record_moment(nb, "favor", ["A", "B", "C"], {"what": "a lift"}, on=TODAY, today=TODAY)
    track.mark_sent(nb, notes[0].id, via="hand", on=TODAY)
    track.mark_sent(nb, notes[1].id, via="email", on=TODAY)
    track.mark_sent(nb, notes[2].id, via=None, on=TODAY)  # the note's own channel: a card
    assert stationery.stationery_stock(nb)["remaining"] == 3


def test_cards_come_from_the_box_of_the_asked_size_never_another_size(nb):
    nudges.add_stationery(nb, "2 A6 flat cards", today=TODAY - timedelta(days=30))
    nudges.add_stationery(nb, "2 A2 folded cards", today=TODAY)
    assert stationery.use_card(nb, on=TODAY, size="a2")["description"] == "A2 folded cards"
    assert stationery.use_card(nb, on=TODAY, size="letter") is None  # a letter page takes no A2 or A6 card
    assert stationery.use_card(nb, on=TODAY)["description"] == "A6 flat cards"  # no size: the oldest box
    assert stationery.use_card(nb, on=TODAY, size="5x7") is None
    assert stationery.use_card(nb, on=TODAY)["description"] == "A6 flat cards"
    assert stationery.use_card(nb, on=TODAY)["description"] == "A2 folded cards"
    assert stationery.use_card(nb, on=TODAY) is None  # none left: nothing counted, nothing fails
    assert [b["remaining"] for b in stationery.stationery_stock(nb)["boxes"]] == [0, 0]


def test_a_box_of_no_stated_size_serves_any_size(nb):
    nudges.add_stationery(nb, "5 letterpress cards", today=TODAY)
    assert stationery.use_card(nb, on=TODAY, size="A2")["description"] == "letterpress cards"


def test_sending_without_any_stationery_recorded_counts_nothing(nb):
    _, notes = capture.record_moment(nb, "favor", ["Ravi"], {"what": "a lift"}, on=TODAY, today=TODAY)
    assert track.mark_sent(nb, notes[0].id, via="card", on=TODAY)["status"] == "sent"
    assert stationery.stationery_stock(nb) == {"boxes": [], "remaining": 0, "needed": 0, "low": False, "message": None}


def test_low_stock_is_mentioned_when_few_cards_are_left_or_fewer_than_the_notes_owed(nb):
    nudges.add_stationery(nb, "5 cards", today=TODAY)
    assert stationery.stationery_stock(nb)["low"] is False
    capture.record_moment(nb, "gift", [f"Guest {i}" for i in range(6)], {"what": "a toaster"}, on=TODAY, today=TODAY)
    stock = stationery.stationery_stock(nb)
    assert stock["low"] is True and stock["message"].startswith("5 cards left for 6 notes owed by card")
    for _ in range(3):
        stationery.use_card(nb, on=TODAY)
    assert stationery.stationery_stock(nb)["message"].startswith("2 cards left")


# --- the home view and the digest ---------------------------------------------------------------

def test_home_shows_the_rotating_prompt_low_stock_and_on_wednesday_the_nudge(nb):
    capture.add_person(nb, "Sam Rivera", relationship="partner", today=TODAY)
    journal.write_entry(nb, "first entry", today=WEDNESDAY - timedelta(days=1))
    view = home(nb, WEDNESDAY)
    assert view["prompt"] == prompts.prompt_on(WEDNESDAY, WEDNESDAY - timedelta(days=1))
    assert view["prompt"] != prompts.FIRST_PROMPT
    assert [s["person"] for s in view["nudge"]] == ["Sam Rivera"]
    assert view["stationery"] is None
    assert home(nb, TODAY)["nudge"] == []
    nudges.add_stationery(nb, "2 cards", today=TODAY)
    assert home(nb, TODAY)["stationery"]["low"] is True


def test_the_digest_says_what_is_due_and_asks_todays_question(nb):
    capture.add_person(nb, "Sam Rivera", relationship="partner", today=TODAY)
    capture.record_moment(nb, "favor", ["Ravi"], {"what": "a lift"}, on=WEDNESDAY - timedelta(days=10),
                          today=WEDNESDAY)
    capture.record_moment(nb, "favor", ["Jo"], {"what": "soup"}, on=WEDNESDAY, today=WEDNESDAY)
    d = digest.digest(nb, WEDNESDAY)
    text = digest.digest_text(d)
    assert "Overdue (1)\n  #1 Ravi: a lift (due 2026-11-18)" in text
    assert "Due soon (1)\n  #2 Jo: soup (due 2026-11-28)" in text
    assert "It's Wednesday" in text and "Sam Rivera" in text
    assert text.rstrip().endswith(d["prompt"]) and "thankful " not in text  # read in a mail program too
    assert digest.digest_subject(d) == "Thankful: 1 overdue, 1 due soon, it's Wednesday (2026-11-25)"
    empty = digest.digest(nb, date(2027, 6, 3))
    assert "Nothing due this week." in digest.digest_text({**empty, "overdue": [], "due_soon": []})
