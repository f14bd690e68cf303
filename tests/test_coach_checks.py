"""The coach's round-2 checks: impact as an effect, new asks, blanks, put-downs, money in words, a sympathy
tone read from the text, the name of someone else, length by channel, and where each check applies."""

import pytest

from thankful.domain import kinds
from thankful.writing.coach import check, check_facts
from thankful.writing.coach import checks as c
from thankful.writing.coach.context import context, kind_from_text
from thankful.writing.coach.note import read
from thankful.writing.facts import read_moment

GIFT = {"kind": "gift", "from": [{"name": "May Lee", "call": "Aunt May"}], "what": "a hand-knitted scarf",
        "sign": "Sam", "today": "2026-11-26"}


def run(check_fn, text: str, moment: dict | None = None, previous=()):
    facts = read_moment(moment) if moment else None
    return check_fn(read(text), facts, previous)


def codes(text: str, moment: dict | None = None) -> set[str]:
    return {f["code"] for f in check_facts(text, read_moment(moment) if moment else None)["findings"]}


def note(body: str, greeting: str = "Dear Aunt May,", sign: str = "Love,\nSam") -> str:
    return f"{greeting}\n\n{body}\n\n{sign}"


# --- impact is an effect, not a word --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Thank you for the scarf. It means so much to me. Your thoughtfulness is not lost on me.",
    "Thank you for the scarf. I hope you know how much I appreciate it.",
    "Thank you for the scarf. It is really lovely, and the wool is so soft.",
])
def test_stock_lines_are_not_impact(body):
    assert [f.code for f in run(c.no_impact, note(body), GIFT)] == ["no-impact"]


@pytest.mark.parametrize("body", [
    "Thank you for the scarf. The bus stop at 7 a.m. is a lot less miserable this week.",
    "Thank you for the scarf. It has come with me on every walk to work.",
    "Thank you for the scarf; it kept me warm at the game on Saturday.",
    "Thanks to you I made my flight with time to spare.",
    "Thank you for the scarf. I wore it to the office party instead of my old grey one.",
])
def test_a_concrete_use_time_place_or_consequence_is_impact(body):
    assert not run(c.no_impact, note(body), GIFT)


def test_with_no_moment_no_impact_is_only_a_hint():
    found = run(c.no_impact, note("Thank you for the care you gave my mother. You are so kind."))
    assert [(f.code, f.severity) for f in found] == [("no-impact", "info")]


def test_the_thanks_itself_is_not_the_effect():
    assert run(c.no_impact, note("Thank you for the scarf you knitted on Monday."), GIFT)


def test_stock_lines_are_cliches():
    found = run(c.cliche, note("Thank you for the scarf. It means so much to me. Your kindness is not lost on me."))
    assert len(found) == 2


def test_the_catalogue_says_where_each_check_applies():
    assert "no-impact" in kinds.coach_skip("sympathy") and "no-impact" in kinds.coach_skip("love")
    assert "no-impact" in kinds.coach_skip("just-because") and "no-impact" in kinds.coach_skip("gratitude")
    assert "money-amount" in kinds.coach_skip("donation") and not kinds.coach_skip("gift")
    quiet = note("Thank you for the lilies. Your kindness is a comfort.")
    assert "no-impact" not in codes(quiet, {"kind": "sympathy", "from": ["May"], "what": "the lilies"})
    assert "no-impact" in codes(quiet, {"kind": "gift", "from": ["May"], "what": "the lilies"})


# --- a kind read from the text, and length by channel --------------------------------------------

def test_the_kind_is_read_from_the_text_when_there_is_no_moment():
    assert kind_from_text(read("Thank you for the interview about the analyst role.")) == "interview"
    assert kind_from_text(read("Thank you for coming to Dad's funeral.")) == "sympathy"
    assert kind_from_text(read("No goods or services were provided in exchange.")) == "donation"
    assert kind_from_text(read("Thank you for the scarf.")) == ""


def test_an_email_is_judged_as_an_email_and_a_card_as_a_card():
    body = " ".join(["I enjoyed our talk about the dashboard and the team's plans for it."] * 10)  # 130 words
    interview = {"kind": "interview", "from": ["Dana"], "role": "Analyst"}
    assert not run(c.length, note(body, "Dear Ms. Whitfield,", "Sincerely,\nSam"), interview)
    found = run(c.length, note(body), GIFT)
    assert found and found[0].code == "too-long" and found[0].severity == "warn" and "card" in found[0].message
    no_moment = note("Thank you for the interview about the analyst role. " + body)
    assert not [f for f in run(c.length, no_moment) if f.severity == "warn"]
    assert context(read(no_moment), None).channel == "email"


# --- money, asks, blanks, put-downs ---------------------------------------------------------------

@pytest.mark.parametrize("words", ["fifty dollars", "a hundred bucks", "two hundred dollars", "a twenty-dollar bill",
                                   "five grand", "the fifty you tucked"])
def test_money_in_words(words):
    found = run(c.money_amount, note(f"Thank you for {words} in my card. It went toward a bus pass."))
    assert found and found[0].code == "money-amount"


def test_no_money_amount_on_a_donation_acknowledgment():
    text = note("Thank you for your gift of $2,000 to the Food Bank. No goods or services were provided.",
                "Dear Ms. Gomez,", "Sincerely,\nRiverside Food Bank")
    assert not run(c.money_amount, text)
    assert not run(c.money_amount, text, {"kind": "donation", "amount": 2000})
    assert not run(c.money_amount, note("I lost five pounds of worry and saved a hundred hours."))


@pytest.mark.parametrize("ask", ["Would you be able to help us paint the nursery next Saturday?",
                                 "Could you also drive me to the follow-up on the 14th?",
                                 "Can you help me hang the lights too?",
                                 "I was wondering if you could lend us the trailer again."])
def test_a_new_ask(ask):
    found = check(note(f"Thanks for the ride on Monday. {ask}"), {"kind": "favor", "from": ["May"]})["findings"]
    assert "new-ask" in {f["code"] for f in found}


@pytest.mark.parametrize("fine", ["Would you like to come for dinner next week?", "Can you believe she walks now?",
                                  "I could not have done it without you."])
def test_questions_and_invitations_are_not_asks(fine):
    found = check(note(f"Thanks for the ride on Monday. {fine}"), {"kind": "favor", "from": ["May"]})["findings"]
    assert "new-ask" not in {f["code"] for f in found}


@pytest.mark.parametrize("blank", ["[Name]", "<gift>", "{first_name}", "XXX", "{{ gift }}", "INSERT NAME"])
def test_placeholders(blank):
    found = run(c.placeholder, note(f"Thank you for the {blank}. We use it every morning."))
    assert found and found[0].code == "placeholder" and blank in found[0].message


def test_a_placeholder_greeting_names_no_one():
    assert run(c.no_name, note("Thank you for the scarf.", "Dear [Name],"))
    assert run(c.no_specific, note("Thank you for the lovely [gift]."))


@pytest.mark.parametrize("remark", ["Honestly it's not really my style, so I'll probably exchange it.",
                                    "We already have two, so it's going to the regift closet.",
                                    "It was a bit too small, so I returned it to the store for store credit."])
def test_negative_remarks(remark):
    found = run(c.negative, note(f"Thanks for the sweater. {remark}"))
    assert found and found[0].code == "negative"


def test_returning_a_favor_or_a_dish_is_not_negative():
    text = note("Thanks for the lasagna. I'll return the dish on Sunday and return the favor soon.")
    assert not run(c.negative, text)


def test_a_chirpy_note_after_a_death_is_wrong_in_tone_from_the_text_alone():
    text = note("Thanks a bunch for the awesome flowers for Mom's funeral!! :)", "Hey Nakamuras!!", "Cheers,\nBeth")
    found = run(c.wrong_tone, text)
    assert {f.code for f in found} == {"wrong-tone"} and len(found) >= 3
    assert not run(c.wrong_tone, note("Thanks a bunch for the awesome flowers for the party!"))


# --- the name ------------------------------------------------------------------------------------

def test_a_note_greeting_someone_else():
    moment = {"kind": "gift", "from": ["Uncle Frank"], "what": "a fishing rod"}
    found = run(c.no_name, note("Thank you for the fishing rod.", "Dear Uncle Ted,"), moment)
    assert found and "Ted" in found[0].message and "Uncle Frank" in found[0].message
    assert not run(c.no_name, note("Thank you for the fishing rod.", "Dear Uncle Frank,"), moment)
    assert not run(c.no_name, note("Thank you for the fishing rod.", "Dear Frank,"), moment)
    assert not run(c.no_name, note("Thank you for the fishing rod.", "Dear Uncle,"), moment)
    household = {"kind": "sympathy", "from": ["the Kowalskis"], "what": "a fruit basket"}
    assert not run(c.no_name, note("Thank you for the fruit basket.", "Dear Kowalski family,"), household)


# --- grammar of the coach's own, on compose's drafts too ------------------------------------------

@pytest.mark.parametrize("broken, wrong", [
    ("I look forward to mading chili in it sunday.", "sunday"),
    ("We noticed carried the couch up three flights.", "We noticed carried the"),
])
def test_composers_broken_drafts_do_not_score_100_even_with_grammar_off(broken, wrong):
    text = note(f"Thank you for the scarf. {broken}")
    result = check_facts(text, read_moment(GIFT))  # compose's way: grammar off, its own rules on
    grammar = [f for f in result["findings"] if f["code"] == "grammar"]
    assert result["score"] < 100 and grammar
    assert text[grammar[0]["span"][0]:grammar[0]["span"][1]] == wrong


@pytest.mark.parametrize("broken, wrong", [
    ("Its so soft and warm.", "Its"),
    ("I can't wait to seeing you at Christmas.", "to seeing"),
    ("I hope to drove there on Sunday.", "to drove"),
    ("i wear it every day.", "i"),
    ("Your welcome to visit any time.", "Your"),
])
def test_the_coachs_own_grammar_rules(broken, wrong):
    text = note(f"Thank you for the scarf. {broken}")
    found = [f for f in check_facts(text, read_moment(GIFT), grammar=True)["findings"] if f["code"] == "grammar"]
    assert [text[f["span"][0]:f["span"][1]] for f in found][:1] == [wrong]
    assert not [f for f in check_facts(text, read_moment(GIFT))["findings"] if f["code"] == "grammar"]


def test_good_sentences_pass_the_coachs_own_grammar():
    text = note("Thank you for the scarf. We loved used bookstores, and its very own pocket holds my keys. "
                "I hope to see you on Sunday, i.e. at lunch. Going to the wedding was a joy.")
    assert not check_facts(text, None, grammar=True)["findings"]


# --- the score says why --------------------------------------------------------------------------

def test_every_finding_says_what_it_cost_and_the_costs_make_the_score():
    text = note("Thanks for the gift!! It means so much to me. Could you send another?", "Hey,")
    result = check(text)
    assert result["findings"] and all(f["cost"] > 0 for f in result["findings"])
    assert result["score"] == max(0, 100 - sum(f["cost"] for f in result["findings"]))
    warn_costs = {f["cost"] for f in result["findings"] if f["severity"] == "warn"}
    info_costs = {f["cost"] for f in result["findings"] if f["severity"] == "info"}
    assert not info_costs or max(info_costs) < min(warn_costs)


# --- compose's drafts: put-downs and asks can only come from the person's facts ---------------------

def _templates() -> list[str]:
    from thankful.domain import data

    texts = []
    for path in data.listing("phrases"):
        for entries in data.read_toml(path).values():
            if isinstance(entries, list):
                texts += [e["text"] for e in entries if isinstance(e, dict) and isinstance(e.get("text"), str)]
    return texts


def test_no_template_holds_a_put_down_or_an_ask():
    from thankful.writing.coach.lists import find

    templates = _templates()
    assert len(templates) > 200
    for text in templates:
        for name in ("negative", "asks_personal", "asks_question"):
            assert not find(name, text), (name, text)


def test_a_draft_is_searched_for_put_downs_only_when_its_facts_may_hold_one():
    moment = dict(GIFT, use="probably exchange it for a bigger one")
    text = note("Thank you for the scarf. I'll probably exchange it for a bigger one.")
    assert [f["code"] for f in check_facts(text, read_moment(moment))["findings"] if f["code"] == "negative"]
    clean = dict(GIFT, use="wear it to work")
    # the facts hold no put-down, so compose's check does not search the draft; check() always does
    assert not [f for f in check_facts(text, read_moment(clean))["findings"] if f["code"] == "negative"]
    assert [f for f in check(text, clean)["findings"] if f["code"] == "negative"]


@pytest.mark.parametrize("greeting", ["Hello Someone,", "Dear Guy,", "Hi Everybody,"])
def test_a_word_standing_in_for_a_name_is_no_name(greeting):
    text = f"{greeting}\n\nThank you for the lovely scarf. I wear it every morning on my walk to the bus.\n\nLove,\nAnn"
    assert "no-name" in codes(text)
    found = [f for f in check(text, {"kind": "gift", "from": ["someone in accounting"], "what": "a scarf"})["findings"]
             if f["code"] == "no-name"]
    assert found and "with their own name" in found[0]["suggestion"]


@pytest.mark.parametrize("greeting", ["Dear Ms.,", "Dear Dr.,", "Hello Mr.,"])
def test_a_title_with_no_name_is_no_name(greeting):
    text = f"{greeting}\n\nThank you for staying late to tutor Jackson in math. He got a B on the test.\n\nSam"
    assert "no-name" in codes(text, {"kind": "favor", "from": ["Ms."], "what": "tutoring"})
    assert "no-name" not in codes(text.replace(greeting, "Dear Ms. Tran,"), {"kind": "favor", "from": ["Ms. Tran"]})


@pytest.mark.parametrize("opening", ["A belated thank you for", "Belated thanks for", "Thank you, belatedly, for"])
def test_a_late_note_that_says_so_as_it_thanks_has_said_so(opening):
    facts = read_moment({"kind": "gift", "from": ["Jo"], "what": "a scarf", "on": "2026-09-01", "today": "2026-12-07"})
    text = f"Dear Jo,\n\n{opening} the green scarf. I wear it on every walk to work.\n\nLove,\nSam"
    assert facts.late
    assert "late-excuse" not in {f["code"] for f in check_facts(text, facts)["findings"]}
