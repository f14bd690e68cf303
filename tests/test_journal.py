"""A journal sentence becomes the moment it thanks someone for (writing/journal.py): what they did, not what was written."""

from datetime import date

import pytest

from thankful.writing.contract import compose
from thankful.writing.journal import moment_from_journal


def test_the_issue_example_thanks_priya_for_what_she_did():
    moment = moment_from_journal("Priya left soup on my doorstep when I had the flu", "Priya")
    assert moment == {"kind": "favor", "from": ["Priya"], "what": "leaving soup on my doorstep when I had the flu"}
    text = compose(dict(moment, sign="Sam", today="2026-11-26"))["text"]
    assert "Priya left" not in text and "for Priya" not in text
    assert "soup on my doorstep when I had the flu" in text


@pytest.mark.parametrize("sentence, person, kind, what", [
    ("grandma sent me a scarf", "Grandma", "gift", "a scarf"),
    ("Grandpa bought us a crib", "Grandpa", "gift", "a crib"),
    ("my neighbor Tom shoveled our walk before work", "Tom", "favor", "shoveling our walk before work"),
    ("she fixed my bike!!", "Jo", "favor", "fixing my bike"),
    ("so grateful for mom calling me every night", "Mom", "favor", "calling me every night"),
    ("Lena always texts me on monday mornings", "Lena", "favor", "always texting me on Monday mornings"),
    ("the barista remembered my order", "Jo", "favor", "remembering my order"),
    ("coffee with Dana this morning", "Dana", "gratitude", "coffee this morning"),
    ("Mom loved the flowers Priya sent", "Priya", "gratitude", "Mom loved the flowers you sent"),
])
def test_what_the_person_did_is_the_what(sentence, person, kind, what):
    moment = moment_from_journal(sentence, person)
    assert (moment["kind"], moment["what"]) == (kind, what)
    assert moment["from"] == [person]


def test_what_it_made_possible_is_the_use():
    moment = moment_from_journal("Sam drove me to the airport at 5am and I made my flight", "Sam")
    assert moment["what"] == "driving me to the airport at 5 a.m."  # a time is written as it is set
    assert moment["use"] == "I made my flight"


def test_the_date_is_the_entrys_and_nothing_else_is_invented():
    moment = moment_from_journal("Ravi lent me his ladder", "Ravi", on=date(2026, 11, 20))
    assert moment["on"] == "2026-11-20"
    assert set(moment) <= {"kind", "from", "what", "use", "on"}


def test_a_sentence_about_someone_else_is_asked_about_when_composed():
    moment = moment_from_journal("Mom loved the flowers Priya sent", "Priya")
    result = compose(dict(moment, sign="Sam", today="2026-11-26"))
    assert "Mom loved the flowers you sent" in result["text"]
    assert "what" in {n["field"] for n in result["needs"]}
