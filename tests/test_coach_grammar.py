"""Grammar and spelling from Harper (harper-py, the real checker): what it finds, what it must never flag
(names the moment or notebook knows, other English spellings, 'Mr. and Mrs.'), spans and suggestions."""

from thankful.writing.coach import check, check_facts, grammar, warm
from thankful.writing.facts import read_moment

MOMENT = {"kind": "gift", "from": [{"name": "Femi Adeyemi", "call": "Uncle Femi"}], "what": "wooden stacking rings",
          "sign": "Tolu", "today": "2026-11-26"}


def note(body: str, greeting: str = "Dear Uncle Femi,", sign: str = "Love,\nTolu") -> str:
    return f"{greeting}\n\n{body}\n\n{sign}"


def findings(text: str, code: str, **kw) -> list[dict]:
    return [f for f in check(text, **kw)["findings"] if f["code"] == code]


def test_harper_finds_grammar_with_a_span_and_a_suggestion():
    text = note("Thank you for the stacking rings. Me and Jake played with them for a hour on Sunday.")
    found = findings(text, "grammar", moment=MOMENT)
    assert {text[f["span"][0]:f["span"][1]] for f in found} >= {"Me and Jake", "a"}
    assert all(f["severity"] == "warn" and f["suggestion"] for f in found)
    assert any("Jake and I" in f["suggestion"] for f in found)


def test_spelling_is_a_hint_with_a_suggestion():
    text = note("Thank you for the stacking rings. Ada recieved them on Sunday and chews the blue one.")
    found = findings(text, "spelling", moment=MOMENT)
    assert [text[f["span"][0]:f["span"][1]] for f in found] == ["recieved"]
    assert found[0]["severity"] == "info" and "received" in found[0]["suggestion"]


def test_names_the_moment_and_the_notebook_know_are_never_flagged():
    text = note("Thank you for the rings. Zuri and Akosua love them; bisi is the word Zuri uses for the blue one.",
                greeting="Dear Oduya,")
    assert findings(text, "spelling", known_words=["bisi"]) == []
    assert [f for f in findings(text, "spelling")] != []  # without the notebook's word, 'bisi' is unknown
    moment = dict(MOMENT, detail="the kolanut-brown ring")
    assert findings(note("Thank you for the rings. The kolanut-brown one is her favorite."), "spelling",
                    moment=moment) == []


def test_british_spelling_and_titles_are_not_errors():
    text = note("Thank you for the mug. The colour is my favourite, and I organise my desk around it every morning.",
                greeting="Dear Mr. and Mrs. Ahn,")
    result = check(text)
    assert not [f for f in result["findings"] if f["code"] in ("grammar", "spelling")]


def test_a_lower_case_day_is_grammar_not_spelling():
    text = note("Thanks for the lift on tuesday; I made my train with a minute to spare.")
    assert [text[f["span"][0]:f["span"][1]] for f in findings(text, "grammar")] == ["tuesday"]
    assert findings(text, "spelling") == []


def test_harper_stays_off_for_compose_unless_asked():
    text = note("Thank you for the rings. Ada recieved them on Sunday and chews the blue one.")
    facts = read_moment(MOMENT)
    assert not [f for f in check_facts(text, facts)["findings"] if f["code"] == "spelling"]
    assert [f for f in check_facts(text, facts, grammar=True)["findings"] if f["code"] == "spelling"]


def test_the_checker_is_loaded_once_and_reused():
    warm()
    first = grammar.linter()
    check(note("Thank you for the rings."))
    assert grammar.linter() is first


def test_a_letter_grade_is_no_misspelled_word():
    text = note("Thank you for tutoring Jackson after school. He got a B on the test and wants to keep going.")
    found = findings(text, "grammar", moment=MOMENT) + findings(text, "spelling", moment=MOMENT)
    assert not any(text[f["span"][0]:f["span"][1]] == "B" for f in found), found
