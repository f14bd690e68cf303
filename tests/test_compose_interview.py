"""Interview notes: `question` and `extra` are typed as notes to oneself; each is said as the writer would say it to
the interviewer, or left out and asked about. The topic is said to the interviewer, in a frame that fits its shape,
and no stock or invented line fills the note."""

import re

import pytest

from thankful import compose
from thankful.writing.contract import compose_many

BASE = {"kind": "interview", "role": "paralegal", "company": "Rosewood & Finch LLP", "tone": "formal",
        "sign": "Nicole Brandt", "on": "2026-12-04", "today": "2026-12-07",
        "from": [{"name": "Catherine Liu", "call": "Ms. Liu", "email": "cliu@example.com"}]}


def _note(**facts) -> dict:
    r = compose({**BASE, **facts})
    return r[0] if isinstance(r, list) else r


def _notes(**facts) -> list[dict]:
    r = compose({**BASE, **facts})
    return r if isinstance(r, list) else [r]


@pytest.mark.parametrize("extra, said, never", [
    ("attach the poster from SfN", "the poster from SfN with this note.", ["attach", "happy to send", "mention attach"]),
    ("i actually have used Relativity for 2 years, should mention", "I have used Relativity for two years",
     ["should mention", "actually"]),
    ("remember to mention my CITI certification", "my CITI certification", ["remember", "that mention my",
                                                                            ": mention my"]),
    ("follow up on start date", "more about the start date?", ["I also wanted to mention follow"]),
])
def test_an_extra_typed_as_a_note_to_self_is_said_to_the_interviewer(extra, said, never):
    text = _note(extra=extra, topic="e-discovery workflows", strength="two years with Relativity")["text"]
    assert said in text
    for words in never:
        assert words not in text


@pytest.mark.parametrize("question, said, never", [
    ("follow up on start date - they said maybe feb??", "more about the start date?", ["feb", "they said", "Follow up"]),
    ("ask if the team is hiring a second analyst next yr", "whether the team is hiring a second analyst next year",
     ["ask if", "about ask"]),
    ("forgot to ask if theres a budget for lab supplies", "whether there's a budget for lab supplies",
     ["forgot", "about whether"]),
    ("is the team remote first or hybrid?", "Is the team remote first or hybrid?", []),
])
def test_a_question_typed_as_a_note_to_self_is_asked_as_the_writer_would(question, said, never):
    text = _note(question=question, topic="e-discovery workflows")["text"]
    assert said in text
    for words in never:
        assert words not in text


def test_a_question_about_the_hiring_timeline_is_the_closing_line():
    text = _note(question="next steps / timeline", topic="e-discovery workflows")["text"]
    assert "/" not in text
    assert "next steps and the timeline" in text
    assert text.count("next steps") == 1


def test_a_note_no_sentence_can_say_is_left_out_and_asked_about():
    r = _note(question="they asked about handling a missed dose and i kinda rambled, want to add a better answer",
              topic="how they keep families in the loop")
    assert "rambled" not in r["text"] and "missed dose" not in r["text"]
    asked = [n for n in r["needs"] if n["field"] == "question"]
    assert asked and "missed dose" in asked[0]["question"]


def test_the_interviewer_is_you_in_the_topic():
    assert "your reading workshop model" in _note(**{"from": ["Ms. Harper"]}, topic="her reading workshop model")["text"]
    text = _note(topic="she asked alot about my experience w/ e-discovery, i kinda fumbled it")["text"]
    assert "your questions about my experience with e-discovery" in text
    assert "fumbled" not in text and "she asked" not in text
    assert "the teen zine workshop you want to start" in _note(topic="the teen zine workshop she wants to start")["text"]


def test_a_remark_about_the_interviewers_is_not_repeated_to_them():
    for r in _notes(**{"from": ["Dana Whitfield", "Sanjay Rao"]},
                    topic="talked abt their migration from redshift to snowflake, dana said the dashboards are a mess rn"):
        assert "mess" not in r["text"] and "Dana said" not in r["text"]
        assert "migration" in r["text"]


@pytest.mark.parametrize("topic", ["safety record, he seemed really into that",
                                   "the route delay dashboard they rebuilt last yr",
                                   "the egg drop unit i pitched"])
def test_the_topic_frame_fits_its_shape(topic):
    for r in compose({**BASE, "topic": topic, "strength": "six years on the floor"}, variants=6):
        assert not re.search(r"approaches safety|about safety record|through safety record", r["text"])
        assert "last year with you" not in r["text"] and "pitched with you" not in r["text"]
        assert "walking me through the egg drop unit I pitched" not in r["text"]
        assert "seemed" not in r["text"]


STOCK = ["clear picture of the work ahead", "clear sense of what the team needs", "talk again soon",
         "from the first week", "excited about the possibility", "left me even more interested",
         "keep coming back to", "has stayed with me"]


def test_no_stock_or_invented_line_and_the_closers_vary_across_a_batch():
    batch = [{**BASE, "from": [name], "topic": topic, **more} for name, topic, more in [
        ("Ms. Lee", "the intake backlog", {"strength": "SQL query tuning"}),
        ("Mr. Park", "how they onboard new hires", {}),
        ("Dr. Ng", "their grant pipeline", {"strength": "i wrote 12 NIH grants"}),
        ("Ms. Diaz", "classroom management", {"extra": "i'm certified in ESL"}),
        ("Mr. Cole", "the night shift", {"question": "what the first 90 days look like"}),
    ]]
    notes = compose_many(batch)
    closers = [r["text"].split("\n\n")[-2].split(". ")[-1] for r in notes]
    for r in notes:
        for line in STOCK:
            assert line not in r["text"]
    assert len(set(closers)) >= len(closers) - 1  # a closer that would echo the note's own words may come twice


def test_a_company_typed_with_its_parent_is_named_once():
    for r in _notes(**{"from": ["Dr. Alisha Grant", "Dr. Paul Ng"]}, company="Grant Lab, University of Minnesota",
                    role="Postdoctoral Researcher", topic="the zebrafish regeneration project",
                    strength="my confocal imaging experience"):
        assert r["text"].count("University of Minnesota") == 1


def test_a_bracketed_note_after_the_role_is_not_its_name():
    r = _note(role="library assistant (part time)", topic="the teen zine workshop")
    assert "part-time library assistant" in r["text"] and "(part time)" not in r["text"] + r["subject"]
