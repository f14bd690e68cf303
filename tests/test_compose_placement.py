"""Issue 11, second round: each typed shape goes where it reads well, and nothing is padded or invented.

Each test names the cause it guards, with moments typed the way people type; every test reads several
variants (and sign-offs) of a draft, so a rule holds whatever shape the chooser picks.
"""

import re

import pytest

from thankful.writing.compose.phrases import banks
from thankful.writing.contract import compose, compose_many

TODAY = "2026-11-26"
# Stock lines of feeling with no fact in them: a demanding editor's first complaint (issue 11, round 2).
FILLER = ["means a great deal", "meant a lot", "in my corner", "smile every time", "has been a comfort",
          "soon forget", "take that lightly", "more than i usually say", "hope you know how much",
          "every single time", "lucky to have", "right at home", "so glad you thought", "your thoughtfulness",
          "lovely way to begin", "won't forget", "will not forget", "noticed", "felt so welcome",
          "wonderful host", "so generous of you all.", "was such a kindness", "comfort to know"]


def _texts(moment: dict, n: int = 4) -> list[str]:
    found = compose(dict({"today": TODAY, "sign": "Sam"}, **moment), variants=n)
    found = [found] if isinstance(found, dict) else found
    return [d["text"] for d in (found if isinstance(found[0], dict) else [v for vs in found for v in vs])]


def _reads(moment: dict, wanted: list[str], unwanted: list[str]) -> None:
    """Every variant of the draft holds each wanted wording and none of the unwanted ones."""
    for text in _texts(moment, n=3):
        for words in wanted:
            assert words in text, text
        for words in unwanted:
            assert words not in text, text


def _body(text: str) -> str:
    return text.split("\n\n", 1)[1].rsplit("\n\n", 1)[0]


# --- 1. no stock filler: a thin note stays short, and asks ------------------------------------------------

def test_no_bank_holds_a_stock_line_of_feeling():
    for bank in banks():
        for templates in bank.slots.values():
            for t in templates:
                low = t.text.lower()
                assert not any(f in low for f in FILLER if f not in ("noticed",)), t.id


@pytest.mark.parametrize("moment", [
    {"kind": "favor", "from": ["Marcus (neighbor)"], "what": "he shoveled our whole driveway before i woke up"},
    {"kind": "gift", "from": ["Dr. Feldman"], "what": "a book on leadership", "tone": "formal"},
    {"kind": "gift", "from": ["Uncle Bob and Aunt Linda"], "what": "$50", "money": True, "occasion": "birthday"},
    {"kind": "hospitality", "from": ["Ravi"], "what": "letting me crash on his couch for a week"},
    {"kind": "just-because", "from": ["my sister"], "what": "always picking up when i call"},
    {"kind": "sympathy", "from": ["Carla"], "what": "drove 4 hours to be at the funeral"},
    {"kind": "love", "from": ["jen"], "what": "took the kids all saturday so i could sleep"},
], ids=lambda m: m["kind"])
def test_a_thin_note_is_not_padded_with_a_feeling_and_asks_instead(moment):
    for text in _texts(moment):
        low = text.lower()
        assert not any(f in low for f in FILLER), text
    r = compose(dict({"today": TODAY, "sign": "Sam"}, **moment))
    if moment["kind"] not in ("love", "sympathy", "hospitality"):
        assert {n["field"] for n in r["needs"]} & {"use", "detail", "ahead", "memory"}, r["needs"]


# --- 2. each shape of a detail where it reads well ---------------------------------------------------------

def test_a_detail_typed_as_a_sentence_is_its_own_sentence_with_its_article():
    for text in _texts({"kind": "hospitality", "from": ["the hendersons"], "what": "thanksgiving dinner",
                        "detail": "pecan pie was unreal"}):
        assert "The pecan pie was unreal." in text and "how pecan pie" not in text, text


def test_more_the_giver_did_is_thanked_for_with_the_act():
    for text in _texts({"kind": "favor", "from": ["barb next door"], "what": "watched our cat when we were in portland",
                        "detail": "sent us pics every day", "sign": "the Nguyens"}):
        assert re.search(r"for sending us pictures every day\.", text), text  # "pics", said in full
        assert "You sent us" not in text


@pytest.mark.parametrize("detail, said", [
    ("wouldnt take any money for it", "for not taking any money for it"),
    ("never once complained", "for never once complaining"),
    ("you always explained everything", "for always explaining everything"),
    ("texting me every morning for a month", "for texting me every morning for a month"),
    ("did all the edges", "for doing all the edges"),
])
def test_a_subjectless_act_of_the_giver_is_thanked_for(detail, said):
    for text in _texts({"kind": "favor", "from": ["Dave"], "what": "fixed our fence after the storm", "detail": detail}):
        assert said in text, text


def test_what_the_gift_does_is_said_of_the_gift():
    for text in _texts({"kind": "gift", "from": ["sarah from work"], "what": "a candle", "detail": "smells like fig"}):
        assert re.search(r"\b[Ii]t smells like fig\.", text) and "Smells like fig:" not in text, text
    for text in _texts({"kind": "gift", "from": ["Tía Carmen"], "what": "a hand-embroidered tablecloth",
                        "detail": "took her 3 months to make"}):
        assert re.search(r"\b[Ii]t took you 3 months to make\.", text), text


def test_a_detail_that_says_how_the_gift_looks_describes_it():
    for text in _texts({"kind": "gift", "from": ["the okafors"], "what": "baby blanket they knitted",
                        "detail": "yellow with little ducks"}):
        assert "the yellow baby blanket with little ducks that you knitted" in text, text
        assert "coming back to yellow" not in text
    for text in _texts({"kind": "gift", "from": ["Mia"], "what": "a throw blanket", "detail": "so soft"}):
        assert "t's so soft." in text, text  # "It's so soft." or "...; it's so soft."


def test_a_bare_thing_takes_its_article_and_a_shared_memory_is_ours():
    for text in _texts({"kind": "gift", "from": ["Tara"], "what": "earrings", "detail": "little silver moons"}):
        assert "the little silver moons" in text.lower(), text
    for text in _texts({"kind": "hospitality", "from": ["Ravi"], "what": "letting me crash on his couch",
                        "memory": "late night dosa runs"}):
        assert "our late-night dosa runs" in text, text


def test_a_kind_named_more_exactly_by_the_detail_names_the_gift():
    for text in _texts({"kind": "gift", "from": ["Dr. Cho"], "what": "a plant for my new office", "detail": "a pothos",
                        "tone": "formal"}):
        assert "the pothos for my new office" in text and "touch" not in text, text


def test_a_detail_that_tells_the_gifts_story_is_not_thanked_as_an_act():
    for text in _texts({"kind": "gift", "from": ["Nana"], "what": "her pearl necklace",
                        "detail": "she wore it on her wedding day"}):
        # said as it is, or with the writer's delight ("I love that you wore it ..."), never thanked as an act
        assert "for wearing it" not in text and re.search(r"(?:^|\. |love that )[Yy]ou wore it on your wedding day\.",
                                                          text, re.M), text


# --- 3. the givers are "you", one or several ----------------------------------------------------------------

@pytest.mark.parametrize("givers", [["the okafors"], ["Kate and Luis"], ["Kate"]])
def test_the_givers_are_you_in_every_fact(givers):
    m = {"kind": "hospitality", "from": givers, "what": "weekend at the lake house", "detail": "kayaking at sunrise",
         "ahead": "having them over in the fall"}
    for text in _texts(m):
        assert "you over in the fall" in text and "them over" not in text, text
    for text in _texts({"kind": "gift", "from": givers, "what": "baby blanket they knitted"}):
        assert "blanket you knitted" in text and "they knitted" not in text, text


def test_them_that_is_the_gift_stays():
    for text in _texts({"kind": "gift", "from": ["mom"], "what": "airpods", "use": "use them on my runs"}):
        assert "them on my runs" in text and "the AirPods" in text, text


def test_she_in_a_use_is_not_the_giver():
    for text in _texts({"kind": "gift", "from": ["Aunt Sue"], "what": "onesies", "occasion": "baby shower",
                        "use": "she wore it home from the hospital"}):
        assert "She wore it home" in text and "you wore" not in text.lower(), text


# --- 4. a fact with no subject: the gift's or the writer's, by its verb -------------------------------------

@pytest.mark.parametrize("use, said", [
    ("got me through the flu", "It got me through the flu."),
    ("made my week", "It made my week."),
    ("made short ribs in it sunday", "I made short ribs in it Sunday."),
    ("felt so much better the next day", "I felt so much better the next day."),
])
def test_the_subject_of_a_use_is_read_from_its_verb(use, said):
    for text in _texts({"kind": "gift", "from": ["the book club"], "what": "a basket of soups and teas", "use": use}):
        assert said in text and "I got me" not in text, text


# --- 5. products and brands ---------------------------------------------------------------------------------

def test_a_brand_that_is_a_thing_takes_the():
    for text in _texts({"kind": "gift", "from": ["mom"], "what": "airpods", "occasion": "birthday"}):
        assert "the AirPods" in text and "for AirPods" not in text, text


# --- 6. greetings and sign-offs -----------------------------------------------------------------------------

def test_a_household_typed_with_an_ampersand_is_greeted_with_and():
    for text in _texts({"kind": "gift", "from": ["Tom & Jane Smith"], "what": "a stand mixer", "occasion": "wedding",
                        "sign": "Priya and Sam"}):
        assert text.startswith("Dear Tom and Jane,"), text


@pytest.mark.parametrize("name, family", [("the Morales", "Morales"), ("the Hendersons", "Henderson"),
                                          ("the Joneses", "Jones")])
def test_a_family_is_greeted_by_its_name(name, family):
    assert _texts({"kind": "gift", "from": [name], "what": "a vase"}, 1)[0].startswith(f"Dear {family} family,")


def test_hosts_and_family_are_not_signed_off_coolly():
    for m in ({"kind": "hospitality", "from": ["the hendersons"], "what": "thanksgiving dinner"},
              {"kind": "gift", "from": ["Aunt May"], "what": "a scarf"},
              {"kind": "favor", "from": ["lisa"], "what": "drove me to the er at 2am"}):
        for text in _texts(m, 6):
            closing = text.rsplit("\n\n", 1)[1].splitlines()[0]
            assert closing not in ("All the best,", "With thanks,") or m["kind"] == "gift" and closing != "All the best,"


def test_no_bare_name_greeting_and_no_hi_for_a_wedding():
    for text in _texts({"kind": "gift", "from": ["Uncle Ray"], "what": "a check", "money": True,
                        "occasion": "wedding"}, 6):
        first = text.splitlines()[0]
        assert first.startswith("Dear ") or first.startswith("Dearest"), first


# --- 7. never invent ----------------------------------------------------------------------------------------

def test_a_love_note_does_not_make_one_day_a_habit():
    for text in _texts({"kind": "love", "from": ["jen"], "what": "took the kids all saturday so i could sleep"}, 6):
        assert "every single time" not in text and "notice" not in text, text


def test_a_household_writes_our_for_what_one_of_them_typed_as_mine():
    for text in _texts({"kind": "sympathy", "from": ["Pastor John"], "what": "leading the service for my mother",
                        "sign": "The Williams family"}):
        assert "our mother" in text and "my mother" not in text, text


# --- 8. the occasion ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("occasion, said", [("birthday", "birthday"), ("christmas", "Christmas"),
                                            ("graduation", "graduation"), ("wedding", "wedding")])
def test_a_gift_for_an_occasion_names_it(occasion, said):
    for text in _texts({"kind": "gift", "from": ["Aunt Carol"], "what": "a dutch oven", "occasion": occasion,
                        "use": "made short ribs in it sunday"}):
        assert said in _body(text) or "married life" in text, text


def test_an_occasion_typed_in_the_gift_is_read():
    r = compose({"kind": "gift", "from": ["Josh"], "what": "venmo'd me $40 for my birthday", "money": True,
                 "use": "new running shoes", "today": TODAY, "sign": "Kayla"})
    assert "birthday" in r["text"] and "$" not in r["text"] and "venmo" not in r["text"].lower(), r["text"]


# --- grade 2 round: a typed value that cannot fill a slot gets a sentence of its own, or none ---------------

def _note(moment: dict) -> dict:
    found = compose(dict({"today": TODAY, "sign": "Sam"}, **moment))
    return found[0] if isinstance(found, list) else found


def test_a_named_person_doing_something_is_a_sentence_not_a_thing():
    for text in _texts({"kind": "gratitude", "from": [{"name": "Mr. Ortiz", "relationship": "coach"}],
                        "what": "all the extra batting practice", "use": "Maya swings at every pitch now",
                        "on": "2026-11-24"}):
        assert "Maya swings at every pitch now" in text
        assert "thank for Maya" not in text and "the all the" not in text


def test_a_noun_before_night_or_day_is_a_thing_to_look_forward_to():
    for text in _texts({"kind": "gift", "from": ["Aunt Bea"], "what": "a board game", "use": "we played it twice",
                        "ahead": "game night at your place at Christmas", "on": "2026-11-24"}):
        assert "to game night" not in text.replace("forward to game night", "")


def test_an_interview_topic_typed_as_what_we_talked_about_is_not_repeated():
    note = _note({"kind": "interview", "from": [{"name": "Dr. Ana Ruiz"}], "role": "lab manager",
                  "company": "Northgate Labs", "topic": "we talked about how the freezer inventory is still on paper",
                  "strength": "I moved a lab of 40 onto LabArchives", "on": "2026-11-25", "tone": "formal"})
    assert "we talked about" not in note["text"].lower()
    assert "freezer inventory" in note["text"]


def test_an_extra_typed_with_i_forgot_to_mention_is_said_once():
    for text in _texts({"kind": "interview", "from": ["Lena Fox", "Omar Aziz"], "role": "data engineer",
                        "company": "Bluefin", "topic": "the move to Snowflake",
                        "strength": "I ran our Airflow migration",
                        "extra": "forgot to mention i hold the AWS data cert", "on": "2026-11-25"}):
        assert text.lower().count("mention") <= 1
        assert "AWS data cert" in text


def test_an_interview_topic_that_is_a_sentence_is_said_as_one():
    for text in _texts({"kind": "interview", "from": [{"name": "Kim Tran", "call": "Ms. Tran"}], "role": "planner",
                        "company": "Harbor City", "topic": "the city is rewriting its zoning code next year",
                        "strength": "I drafted two zoning overlays", "on": "2026-11-25", "tone": "formal"}):
        assert "of the city is" not in text and "about the city is" not in text and "on the city is" not in text


def test_a_detail_with_a_plural_head_agrees():
    for text in _texts({"kind": "hospitality", "from": ["the Lins"], "what": "having us for the weekend",
                        "detail": "the pancakes on sunday morning", "on": "2026-11-24"}):
        assert "pancakes on Sunday morning was" not in text


def test_a_second_act_after_and_keeps_its_shape():
    for text in _texts({"kind": "gratitude", "from": [{"name": "Dr. Sun", "relationship": "doctor"}],
                        "what": "seeing my mom on a holiday",
                        "detail": "she listened to every question and didn't hurry us", "on": "2026-11-24"}):
        assert "and didn't hurry" not in text or "listened" in text


def test_money_going_to_a_fund_goes_toward_it():
    for text in _texts({"kind": "gift", "occasion": "wedding", "from": ["the Parks"], "what": "a check",
                        "money": True, "use": "going to the house fund", "on": "2026-11-20"}):
        assert "going to the house fund." not in text


# --- grade 2 round: the greeting names every giver, or asks ----------------------------------------------------

@pytest.mark.parametrize("typed, greeting", [
    ("mom and dad", "Mom and Dad"),
    ("Ana + Luis", "Ana and Luis"),
    ("grandma & grandpa", "Grandma and Grandpa"),
])
def test_two_givers_joined_are_both_greeted(typed, greeting):
    note = _note({"kind": "gift", "from": [typed], "what": "a rice cooker", "use": "we use it every night",
                  "on": "2026-11-24"})
    assert note["text"].split("\n")[0].endswith(f" {greeting},")


@pytest.mark.parametrize("typed", ["the lady from the bakery (Rosa?)", "someone at church (maybe Tom)",
                                   "the man who found my wallet"])
def test_a_giver_without_a_sure_name_is_greeted_without_one_and_asked(typed):
    note = _note({"kind": "favor", "from": [typed], "what": "returning my wallet", "use": "I got home",
                  "on": "2026-11-24"})
    greeting = note["text"].split("\n")[0]
    assert greeting in ("Hi there,", "Hello,"), greeting
    assert any(n["field"] == "from" and "name" in n["question"] for n in note["needs"])


@pytest.mark.parametrize("typed, greeting", [
    ("The team at Wells & Park CPA", "To the team at Wells & Park CPA,"),
    ("the ICU nurses at Mercy General", "To the ICU nurses at Mercy General,"),
    ("everyone in the choir", "To everyone in the choir,"),
])
def test_a_group_named_in_words_is_greeted_as_typed(typed, greeting):
    note = _note({"kind": "sympathy", "from": [typed], "what": "the orchid", "on": "2026-11-24"})
    assert note["text"].split("\n")[0] == greeting


# --- grade 2 round: the person the note is to is "you" ---------------------------------------------------------

def test_one_of_two_givers_named_in_a_detail_is_spoken_to():
    for text in _texts({"kind": "favor", "from": ["Nate and Priya"], "what": "painting our nursery",
                        "detail": "priya did all the trim by hand", "on": "2026-11-24", "tone": "playful"}):
        assert "Priya, you did all the trim by hand" in text


def test_what_a_plural_gift_did_is_not_said_of_the_givers():
    for text in _texts({"kind": "sympathy", "from": ["The partners at Ames & Roe"], "what": "the white roses",
                        "detail": "they stood at the front of the chapel", "on": "2026-11-24", "tone": "formal"}):
        assert "for standing" not in text and "you stood" not in text.lower()


def test_a_household_keeps_the_i_one_of_them_typed():
    for text in _texts({"kind": "favor", "from": ["Dee"], "what": "jump-starting our car",
                        "use": "i made it to my exam on time", "on": "2026-11-24", "sign": "the Ortega family"}):
        assert "our exam" not in text and "we made it" not in text.lower()


# --- grade 2 round: frames vary, register fits, lateness is brief ----------------------------------------------

def test_because_of_you_is_not_the_frame_of_every_note_in_a_batch():
    moments = [{"kind": "favor", "from": [name], "what": what, "use": use, "on": "2026-11-24", "today": TODAY,
                "sign": "Sam"}
               for name, what, use in [("Ivy", "feeding my cat", "I could stay an extra night"),
                                       ("Raj", "fixing my bike", "I rode to work on Monday"),
                                       ("Lou", "lending me the truck", "we moved in one trip"),
                                       ("Mia", "watching the kids", "I made it to my interview"),
                                       ("Ben", "driving me to the clinic", "I got there on time")]]
    texts = [d["text"] for d in compose_many(moments)]
    assert sum("Because of" in t for t in texts) <= 2
    assert sum("without you" in t for t in texts) <= 2


def test_a_use_that_already_credits_the_giver_is_not_credited_twice():
    for text in _texts({"kind": "gratitude", "from": [{"name": "Rhea", "relationship": "coworker"}],
                        "what": "coaching me before my talk", "use": "it went well and that is because of you",
                        "on": "2026-11-24"}):
        assert "without you" not in text and "thanks to you" not in text.lower() and "Because of you" not in text


@pytest.mark.parametrize("relationship, never", [
    ("teacher", ["With love,", "Love,", "Fondly,", "Much love,", "Yours,"]),
    ("coach", ["With love,", "Love,", "Fondly,", "Much love,", "Yours,"]),
    ("college roommate", ["All the best,"]),
])
def test_sign_offs_follow_what_a_typed_relationship_means(relationship, never):
    for text in _texts({"kind": "gift", "from": [{"name": "Jo Lee", "call": "Jo", "relationship": relationship}],
                        "what": "a book of poems", "use": "I read one every night", "on": "2026-11-24"}, n=6):
        assert text.rsplit("\n", 2)[-2] not in never


def test_playful_notes_to_friends_and_family_are_not_signed_yours_or_gratefully():
    for text in _texts({"kind": "favor", "from": [{"name": "Grandpa Al", "relationship": "family"}],
                        "what": "teaching me to drive stick", "use": "I passed my test", "on": "2026-11-24",
                        "tone": "playful"}, n=6):
        assert text.rsplit("\n", 2)[-2] not in ("Yours,", "Gratefully,")


APOLOGY = re.compile(r"sorry|forgive|belated|apolog|overdue|sooner|late in writing|comes late", re.I)


@pytest.mark.parametrize("moment", [
    {"kind": "favor", "from": ["my sister jen"], "what": "driving up in the snow", "use": "I got some sleep",
     "on": "2026-11-17"},  # nine days: past the week a favor allows, not twice it
    {"kind": "gift", "occasion": "birthday", "from": ["Tia"], "what": "a scarf", "on": "2026-10-20"},  # 37 days
    {"kind": "sympathy", "from": ["the Lees"], "what": "the flowers", "on": "2026-09-01"},  # never, for sympathy
])
def test_a_note_a_little_late_or_of_sympathy_says_no_sorry(moment):
    result = compose(dict({"today": TODAY, "sign": "Sam"}, **moment))
    assert result["late"] is True  # the contract still says it is late (the coach and the list of notes use it)
    assert not APOLOGY.search(result["text"]), result["text"]


def test_a_note_late_by_twice_its_time_says_sorry_once_and_signs_off_without_thanking_again():
    for text in _texts({"kind": "favor", "from": ["Ivy"], "what": "feeding my cat", "use": "I could stay longer",
                        "detail": "she sent me a photo every night", "on": "2026-11-05"}, n=6):
        assert sum(bool(APOLOGY.search(s)) for s in re.split(r"(?<=[.!?])\s+", _body(text))) == 1, text
        assert "again," not in text.rsplit("\n", 2)[-2].lower(), text


def test_a_late_note_leads_with_the_thanks():
    for text in _texts({"kind": "favor", "from": ["Ivy"], "what": "feeding my cat", "use": "I could stay longer",
                        "on": "2026-11-05"}):
        first = _body(text).split(". ")[0].lower()
        assert "feeding your cat" in first or "feeding my cat" in first, text  # the thing first, said belatedly or not
        assert not re.search(r"^(?:i'm |i am |please |sorry)", first), text  # never opening on the apology
        sentences = re.split(r"(?<=[.!?])\s+", _body(text).lower())
        assert sum(bool(re.search(r"sorry|forgive|belated|apolog|overdue", s)) for s in sentences) == 1


# --- a second sentence joined by "and", "but" or "so" is a sentence, never a phrase's slot --------------

@pytest.mark.parametrize("field, typed", [
    ("use", "the cat sheds all winter so this is a lifesaver"),
    ("detail", "the label says chocolate and cherry and they are not wrong"),
])
def test_a_fact_holding_two_sentences_is_said_as_sentences(field, typed):
    moment = {"kind": "gift", "from": ["Dee"], "what": "a lint roller set", field: typed, "on": "2026-11-24"}
    if field == "detail":
        moment["use"] = "my desk drawer"
    for text in _texts(moment):
        body = _body(text)
        said = typed.split(" ", 1)[1]
        assert said in body, text
        before = body[:body.index(said)].rstrip()
        assert before.endswith(("The", "the")) and before[:-3].rstrip()[-1:] in (".", "!", ""), text


# --- a plan only the reader can carry out is an invitation ---------------------------------------------

@pytest.mark.parametrize("tone", ["warm", "formal", "playful"])
def test_come_in_a_plan_invites_the_reader(tone):
    moment = {"kind": "favor", "from": ["Pete upstairs"], "what": "feeding my cat all week", "tone": tone,
              "ahead": "come by for a beer friday", "on": "2026-11-24"}
    for text in _texts(moment):
        body = _body(text)
        assert "come by for a beer Friday" in body, text
        assert not re.search(r"\bI(?:'ll| will| hope to| can't wait to)? come by", body), text
        assert re.search(r"(?:for you to|you'll|You have to) come by", body), text


# --- every giver is greeted, and the note is signed as a name is written ------------------------------

@pytest.mark.parametrize("typed, greeted", [("nana & pop", "Nana and Pop"), ("Steph & the twins", "Steph and the twins"),
                                            ("jen + mike", "Jen and Mike")])
def test_a_second_giver_after_and_is_greeted_never_dropped(typed, greeted):
    for text in _texts({"kind": "gift", "from": [typed], "what": "an air fryer", "on": "2026-11-24"}):
        assert text.split("\n", 1)[0].endswith(f" {greeted},"), text


@pytest.mark.parametrize("typed, signed", [("jess", "Jess"), ("the kim family", "The Kim family"), ("Omar F.", "Omar F.")])
def test_a_signature_typed_in_lower_case_is_written_as_a_name(typed, signed):
    found = compose({"kind": "gift", "from": ["Ann"], "what": "a scarf", "on": "2026-11-24", "today": TODAY,
                     "sign": typed})
    assert found["text"].rsplit("\n", 1)[1] == signed


def test_them_after_have_is_the_gift_unless_they_are_had_over():
    eaten = {"kind": "gift", "from": ["the Okafors"], "what": "a box of pears", "on": "2026-11-24",
             "use": "we had them with breakfast all week"}
    for text in _texts(eaten):
        assert "had them with breakfast" in text and "had you" not in text, text
    for text in _texts(dict(eaten, use="we cant wait to have them over for dinner")):
        assert "have you over for dinner" in text, text


@pytest.mark.parametrize("typed, greeted", [("the new guy Dev", "Dev")])
def test_someones_relative_is_greeted_whole_and_a_role_before_a_name_is_dropped(typed, greeted):
    for text in _texts({"kind": "hospitality", "from": [typed], "what": "hosting me for the weekend",
                        "on": "2026-11-24"}):
        first = text.split("\n", 1)[0]
        assert first.endswith(f" {greeted},") and not first.endswith(("'s,", " guy Dev,")), text


@pytest.mark.parametrize("typed", ["sam's mom", "my friend's dad", "Rachel's parents"])
def test_someone_known_by_whose_relative_they_are_is_asked_for_by_name(typed):
    """"Hi Sam's mom," reads as a label: one person whose name was not typed is greeted without it, and asked."""
    for d in compose({"today": TODAY, "kind": "favor", "from": [typed], "what": "picked up lily from school all week",
                      "on": "2026-11-24"}, variants=3):
        first = d["text"].split("\n", 1)[0]
        assert "'s" not in first and not re.search(r"mom|dad|parents", first, re.I), d["text"]
        assert "from" in [n["field"] for n in d["needs"]], d["needs"]


# --- round 3: who "she", "he" and "they" are; a sentence typed after a fact; names as people write them -----

@pytest.mark.parametrize("moment, wanted, unwanted", [
    # a pronoun refers back, never ahead: the giver's class, the son's talk
    ({"kind": "gratitude", "from": [{"name": "Mr. Duarte"}], "what": "his chemistry class, my son actualy likes science now",
      "detail": "the elephant toothpaste demo, he wont stop talking about it", "tone": "formal"},
     ["your chemistry class", "He won't stop talking about the elephant toothpaste demo"], ["his chemistry class"]),
    # someone named earlier is who "she" is, unless she did more for the writer
    ({"kind": "gratitude", "from": ["Ms. Patterson"], "what": "helping Emma with her reading this term",
      "detail": "she reads to her little brother every night now"}, ["She reads to her little brother"], ["You read"]),
    ({"kind": "gratitude", "from": ["Nurse Maria"], "what": "she sat with my mom every night when we couldnt be there",
      "detail": "she even braided her hair"}, ["even braiding her hair"], ["She even braided"]),
    ({"kind": "favor", "from": ["Jasper"], "what": "watching our cat for the weekend",
      "detail": "he sent me pictures of her asleep on his couch"}, ["on your couch"], ["his couch"]),
    # a plural gift's doing is the gift's; what people did to it is theirs
    ({"kind": "gift", "from": ["auntie & uncle joe"], "what": "Bose QuietComfort 45 Headphones - White Smoke",
      "detail": "they cancel out the train noise completely"}, ["Auntie and Uncle Joe,", "white headphones"], ["You cancel"]),
    ({"kind": "gift", "from": ["Aunt Lou"], "what": "the hand knit hat and mittens for the kids",
      "use": "they wore them to the first snow day"}, ["the kids wore them"], ["you wore"]),
    # a sentence typed after the gift or the act is said on its own, to the right person
    ({"kind": "gift", "occasion": "baby", "from": [{"name": "Karen and Phil Okafor", "call": "karen & phil"}],
      "what": "hand knit baby blanket, she knitted it herself i think it took months"},
     ["Karen and Phil,", "Karen, you knitted it yourself; I think it took months."], ["she knitted", "karen"]),
    ({"kind": "favor", "from": [{"name": "Marjorie Klein", "call": "mrs. k"}],
      "what": "watched our dog pepper for the week and she walked her twice a day even in the rain"},
     ["Dear Mrs. K,", "our dog Pepper", "You walked her twice a day"], ["she walked"]),
    # names and titles as people write them
    ({"kind": "gift", "from": ["great aunt ida"], "what": "a savings bond", "ahead": "hope u can meet him at christmas",
      "occasion": "baby"}, ["Great-Aunt Ida,", "hope you can meet the baby at Christmas"], ["to hope"]),
    ({"kind": "hospitality", "from": [{"name": "Helen and Bob Marsh", "call": "Helen & Bob"}], "what": "having us",
      "detail": "bobs smoked turkey, i still think about it"}, ["I still think about Bob's smoked turkey"], ["Bobs"]),
    # money that "probably" goes somewhere keeps its hedge; a treat is a promise
    ({"kind": "gift", "from": ["kim + raj"], "what": "a $50 amazon gift card", "money": True,
      "use": "probably going towards a new pair of running shoes", "ahead": "pizza n beer on me next wknd"},
     ["will probably go toward a new pair of running shoes", "Pizza and beer are on me next weekend."], ["toward probably"]),
])
def test_who_is_who_and_what_is_said_on_its_own(moment, wanted, unwanted):
    for text in _texts(moment, n=3):
        for words in wanted:
            assert words in text or words[:1].islower() and words in text.lower(), text
        for words in unwanted:
            assert words not in text, text


# --- round 4: causes from a fresh set typed the way people type (issue 11) -------------------------------

@pytest.mark.parametrize("moment, wanted, unwanted", [
    # the giver's sex unknown: "she" is Grandma, named before; "him" is the one thanked
    ({"kind": "sympathy", "from": [{"name": "Dr. Sullivan", "relationship": "hospice doctor"}],
      "what": "coming to grandmas funeral", "memory": "she always called him her favorite doctor", "tone": "formal"},
     ["she always called you her favorite doctor"], ["you always called him"]),
    # a surname after a title tells no sex: "Professor Marsh" is Elaine, and "she" is her
    ({"kind": "favor", "from": [{"name": "Professor Elaine Marsh", "call": "Professor Marsh"}],
      "what": "writing my recommendation letter for grad school", "detail": "she turned it around in like 3 days",
      "ahead": "will let her know where i end up", "tone": "formal"},
     ["You turned it around in about 3 days", "I will let you know where I end up"], ["She turned", "I Will"]),
    # hosts spoken of as "them" are "you"; a plural thing just before "them" keeps it
    ({"kind": "hospitality", "from": [{"name": "Helen and George Park", "call": "Helen and George"}],
      "what": "letting us stay w/ them for 5 days over thanksgiving"}, ["stay with you for 5 days"], ["with them"]),
    ({"kind": "hospitality", "from": ["the Amadis"], "what": "letting us stay at your cabin",
      "memory": "idris burning the rolls and just declaring them rustic"}, ["declaring them"], ["declaring you"]),
    # a donor's gift does what the use says, in its own words
    ({"kind": "donation", "from": ["Dr. Frances Hill"], "organization": "Eastside Youth Orchestra", "amount": 1200,
      "use": "covers instrument rentals for 6 kids this year", "tone": "formal"},
     ["Your gift covers instrument rentals for 6 kids this year."], ["toward covers", "providing covers"]),
    ({"kind": "donation", "from": ["Dr. Frances Hill"], "organization": "Eastside Youth Orchestra", "amount": 1200,
      "use": "instrument rentals for 6 kids", "tone": "formal"}, ["instrument rentals for 6 kids"], ["help us instrument"]),
    # what money goes toward, then the remark typed after it, as its own sentence
    ({"kind": "gift", "occasion": "graduation", "from": [{"name": "Uncle Ray", "relationship": "uncle"}],
      "what": "a check", "money": True, "use": "textbooks for nursing school, those things are like 300 each"},
     ["toward textbooks for nursing school", "Those things are about 300 each."], ["Textbooks for nursing school;"]),
    # a gift typed with when it came
    ({"kind": "gift", "from": ["cousin ben"], "what": "a box of oranges from florida, recieved it tuesday"},
     ["the box of oranges from Florida.", "I received it Tuesday."], ["recieved", ", received"]),
    # a moment with its own clause is remembered, not told as "how"
    ({"kind": "gift", "occasion": "retirement", "from": ["the night shift crew (4 west)"], "what": "a framed photo",
      "memory": "the night the power went out and we did rounds with headlamps"},
     ["To the night shift crew,", "the night the power went out and we did rounds"],
     ["of how the night", "Crew"]),
    # a nickname is greeted whole; a plan typed bare takes its article
    ({"kind": "favor", "from": ["Owen (work)", "Big Dave"], "what": "helping me move", "tone": "playful"},
     ["Owen and Big Dave,"], ["and Big,"]),
    ({"kind": "love", "from": ["jamie"], "what": "being so patient w/ me", "ahead": "cabin trip in january, my treat",
      "tone": "romantic"}, ["the cabin trip in January"], ["to cabin trip", "for cabin trip"]),
    # thanks for who someone was says thank you, never "for thinking of me"
    ({"kind": "gratitude", "from": [{"name": "Mr. Alvarez", "relationship": "former teacher"}],
      "what": "he was the first teacher who told me i was good at writing"},
     ["You were the first teacher who told me I was good at writing."], ["thinking of me"]),
    # no pet is named Too; "my dad can" names no one Can
    ({"kind": "gift", "from": ["mrs k next door"], "what": "a tin of fudge",
      "detail": "she dropped it off w/ a note for the dog too"}, ["for the dog too"], ["dog Too"]),
    ({"kind": "gratitude", "from": ["the maintenance guys at the rec center"],
      "what": "fixing the ramp so my dad can get to water aerobics"}, ["so my dad can get"], ["my Dad"]),
])
def test_round_four_who_is_who_and_what_reads_well(moment, wanted, unwanted):
    _reads(moment, wanted, unwanted)


@pytest.mark.parametrize("moment, wanted, unwanted", [
    # one of several givers who did something for the writer is thanked for it, by name
    ({"kind": "sympathy", "from": [{"name": "Gloria and Stan Webb", "call": "Gloria & Stan"}],
      "what": "the lasagna after mom died", "detail": "stan mowed our lawn without saying anything"},
     ["Stan, thank you for mowing our lawn without saying anything."], ["Stan, you mowed", "Stan;"]),
    ({"kind": "hospitality", "from": ["Mr. and Mrs. Albright"], "what": "having me stay for christmas week",
      "detail": "mrs albright put a stocking up w my name on it", "tone": "formal"},
     ["Mrs. Albright, you put a stocking up with my name on it."], ["Albright;"]),
    # "and I laughed" after an act is a sentence of its own
    ({"kind": "sympathy", "from": ["Lauren"], "what": "came over w soup after we lost rosie",
      "detail": "she told me her fav rosie story and i laughed for the first time that week"},
     ["I laughed for the first time that week."], ["story and I laughed"]),
    # how long it took them is said as it was, never thanked for as an act
    ({"kind": "favor", "from": ["the guys from my dads bowling league"], "what": "building the ramp at my parents house",
      "detail": "took them 2 saturdays"}, ["t took you 2 Saturdays.", "my parents' house"], ["taking them"]),
    # a secret santa who turned out to be someone is greeted by name
    ({"kind": "gift", "from": ["my secret santa (turned out to be priya from accounting)"], "what": "a mini succulent"},
     ["Priya,"], ["Santa,"]),
    # a partner named after the word for them is greeted by name
    ({"kind": "gift", "from": ["jess and her bf mark"], "what": "a bottle of wine"}, ["Jess and Mark,"], ["Bf", "bf"]),
    # someone doing something, remembered: never "thinking of how the kids finding"
    ({"kind": "hospitality", "from": ["my in-laws"], "what": "having us at the beach house",
      "memory": "the kids finding a crab and naming it steve"}, ["the kids finding a crab and naming it Steve"],
     ["how the kids finding"]),
    # a sentence about someone else is said as one, never as a thing that "meant a great deal"
    ({"kind": "sympathy", "from": ["my team at work"], "what": "the flowers after my grandmother died",
      "detail": "my manager drove 2 hrs to the funeral"}, ["My manager drove 2 hours to the funeral."],
     ["funeral meant", "funeral was"]),
    # one person described is spoken to as "you", never "he"
    ({"kind": "gratitude", "from": ["the bus driver on route 9"], "what": "waiting for me when he saw me running"},
     ["when you saw me running"], ["when he saw"]),
    # a second thing the giver did, typed after a comma, is thanked for with the first
    ({"kind": "hospitality", "from": ["Nonna Rosa"], "what": "teaching me to make her gnocchi",
      "detail": "she wouldnt write the recipe down, said i had to feel it"},
     ["not writing the recipe down and saying I had to feel it"], ["down, said"]),
    # a donor's tribute is named in the acknowledgment
    ({"kind": "donation", "from": ["Mrs. Eleanor Voss"], "organization": "Northside Animal Shelter", "amount": 50,
      "what": "in memory of her cat whiskers", "on": "2026-11-20"}, ["in memory of your cat Whiskers"], ["her cat"]),
    # what an act saved is the act's doing; a plan already done has its doer
    ({"kind": "favor", "from": ["Abdul (IT)"], "what": "recovered all my files when my laptop died",
      "use": "saved my whole thesis honestly"}, ["It saved my whole thesis."], ["I saved"]),
    ({"kind": "favor", "from": ["the Smiths"], "what": "taking in our mail for 2 weeks", "sign": "The Lees",
      "ahead": "brought u back some maple syrup"}, ["We brought you back some maple syrup."], ["kids'"]),
    ({"kind": "favor", "from": ["Mrs. Lopez"], "what": "watching the kids last minute on tuesday"},
     ["the kids last minute"], ["kids'"]),
    # a remark typed after an act with "and it" is its own sentence; a thing with a concession is thanked for
    ({"kind": "hospitality", "from": ["uncle bao"], "what": "the hotpot night at his place",
      "detail": "making the broth from scratch and it took him all day apparently"},
     ["It took you all day apparently."], ["scratch and it"]),
    ({"kind": "love", "from": ["danny"], "what": "taking care of me all week when i had the flu",
      "detail": "the soup from that place on 5th even though its across town"},
     ["and for the soup from that place on 5th, even though it's across town"], ["The soup from"]),
    # a noun that is also an irregular past is no verb before "and" ("the wood stove")
    ({"kind": "hospitality", "from": ["Margo and Idris"], "what": "letting us stay at the cabin",
      "detail": "the wood stove and the jigsaw puzzle we never finished"}, ["the jigsaw puzzle we never finished"],
     ["The wood stove and the jigsaw puzzle we never finished."]),
    # one of two nurses, named without her title, is spoken to; the hair she braided is Mom's
    ({"kind": "favor", "from": ["Nurse Gloria", "Nurse Ben"], "what": "taking care of my mom in the ICU",
      "detail": "gloria braided her hair the day before discharge"},
     ["Gloria, you braided her hair the day before discharge."], ["your hair"]),
])
def test_one_giver_thanked_by_name_and_a_feeling_said_on_its_own(moment, wanted, unwanted):
    _reads(moment, wanted, unwanted)


@pytest.mark.parametrize("typed, greeted", [
    ("Will's boss Rhonda", "Rhonda,"), ("my brother Nate and his buddy Sean", "Nate and Sean,"),
    ("my vet, dr. amara", "Dear Dr. Amara,"), ("kids at maple st school", "To the kids at Maple St."),
])
def test_who_someone_is_to_the_writer_never_reaches_the_greeting(typed, greeted):
    for text in _texts({"kind": "favor", "from": [typed], "what": "helping us move the piano"}, n=2):
        assert greeted in text.split("\n")[0], text


@pytest.mark.parametrize("moment, wanted, unwanted", [
    ({"kind": "gift", "from": ["Maddie"], "what": "matching robes w/ our names on them",
      "detail": "mine is spelled wrong but i love it lol"}, ["Mine is spelled wrong"], ["The mine"]),
    ({"kind": "gift", "from": ["the Abernathys (church)"], "what": "a loaf of cranberry bread, recieved saturday"},
     ["I received it Saturday."], ["received Saturday"]),
    ({"kind": "gift", "occasion": "baby", "from": ["the softball team"], "what": "a stroller!! the whole uppababy vista"},
     ["the stroller, the whole"], ["The whole"]),
    ({"kind": "interview", "from": ["Aaron Feld"], "role": "UX designer", "company": "Pixelgrove", "tone": "formal",
      "extra": "i didnt get to show the accessibility audit, link it"}, ["the accessibility audit with this note."], ["link it"]),
    ({"kind": "interview", "from": [{"name": "Evelyn Shaw"}, {"name": "Raj Menon"}], "role": "analyst",
      "company": "Harbor Point", "tone": "formal", "question": "when do they expect to decide",
      "topic": "evelyn - the q3 forecast model; raj - how i'd explain variance to non-finance ppl",
      "extra": "mention CFA level 2 passed in aug"},
     ["I passed CFA level 2 in August", "When do you expect to decide?"], ["evelyn -", "Evelyn -", "raj -", "they expect"]),
    ({"kind": "interview", "from": ["Michelle Tran"], "role": "charge nurse", "company": "Cedar Valley Health",
      "topic": "staffing ratios on nights and their new preceptor program", "tone": "formal"},
     ["your new preceptor program"], ["their new"]),
    # a second act after "and not" takes the same form; one of two givers with an adverb before the verb
    ({"kind": "favor", "from": ["Coach Dimitri"], "what": "giving ellie private lessons before regionals and not charging us"},
     ["not charg"], ["give Ellie private lessons before regionals and not charging"]),
    ({"kind": "hospitality", "from": [{"name": "Diane and Howard Reese"}], "what": "thanksgiving dinner",
      "detail": "howard deep fried the turkey and nobody got hurt"}, ["Howard, you deep fried the turkey"], []),
    ({"kind": "gift", "from": ["deb"], "what": "a stack of mystery novels and some fuzzy socks"},
     ["the fuzzy socks"], ["some fuzzy socks"]),
    # a name that starts like "the" opens a sentence ("Theo chews"); "everything this year" is thanked for
    ({"kind": "gift", "occasion": "baby", "from": ["nana & pop"], "what": "wooden stacking rings",
      "use": "theo chews on the red one constantly lol", "ahead": "well bring him up for xmas"},
     ["Theo chews on the red one constantly.", "We'll bring"], ["perfect for Theo"]),
    ({"kind": "love", "from": ["Danny"], "what": "everything this year tbh, esp getting up w the baby every night"},
     ["for all you've done this year, especially getting up with the baby"], ["Thank you. Everything", "for everything"]),
    # a memory that opens with "when" is no "our when"; a strength with its own subject keeps it
    ({"kind": "sympathy", "from": ["Yusuf"], "what": "driving 4 hrs to be at the funeral",
      "memory": "when u and grandpa argued about cricket for an entire afternoon"},
     ["when you and Grandpa argued"], ["our when"]),
    ({"kind": "interview", "from": ["Dr. Helen Cho"], "role": "UX researcher", "company": "Tandem Health",
      "strength": "my thesis was on accessibility for low vision users", "tone": "formal"},
     ["My thesis was on accessibility"], ["I my thesis"]),
    # back on a day is said as a promise; a title typed in lower case before a name is a title
    ({"kind": "favor", "from": ["the night-shift crew on 4 west"], "what": "covering for me after my surgery",
      "ahead": "back on the 14th, donuts on me"}, ["be back on the 14th; donuts are on me"], ["love to back"]),
    ({"kind": "interview", "from": ["chef Manny"], "role": "line cook", "company": "Bluefin Tavern"},
     ["Dear Chef Manny,"], ["chef Manny"]),
    # from held8: a parenthesis in a fact is a note to self; a colour before things is a thing
    ({"kind": "gift", "occasion": "wedding", "from": [{"name": "Dolores & Fitz Mahoney", "call": "Aunt Dolores and Uncle Fitz"}],
      "what": "a blender", "detail": "fitz wrote a whole smoothie recipe card in the box",
      "use": "green smoothies every morning (ok most mornings)"},
     ["Fitz, you wrote a whole smoothie recipe card", "green smoothies every morning"], ["(ok", "excited to green"]),
    ({"kind": "gift", "occasion": "wedding", "from": [{"name": "Henrik Aalto", "call": "Opa"}], "what": "a check",
      "money": True, "use": "down payment fund for the house, were getting close!!", "ahead": "youll be our first dinner guest"},
     ["toward the down payment fund", "We're getting close", "You'll be our first dinner guest"], ["to you'll"]),
    ({"kind": "gift", "occasion": "housewarming", "from": ["Noor & Sami"],
      "what": "a hand thrown ceramic fruit bowl, sami made it in his pottery class"},
     ["hand-thrown ceramic fruit bowl", "Sami, you made it in your pottery class."], ["Thank you. A"]),
    ({"kind": "interview", "from": [{"name": "Dr. Amara Eze"}], "role": "physical therapist", "company": "Summit Rehab",
      "question": "follow up on whether they sponsor cont ed??", "tone": "formal"},
     ["whether you sponsor continuing education"], ["the whether", "cont ed"]),
    ({"kind": "favor", "from": [{"name": "Dr. Falkenrath"}], "what": "writing me a recommendation",
      "ahead": "decisions come out in april ill keep u posted", "sign": "Simone Baptiste, RN"},
     ["April; I'll keep you posted"], ["We are grateful", "We're so grateful", "ill keep"]),
    ({"kind": "favor", "from": ["Greta"], "what": "proofreading my whole dissertation chapter 3 in one weekend"},
     ["proofread", "chapter 3 in one weekend"], ["the one weekend"]),
    # from held9: each interviewer's part split by a slash too; money's use after an apology names the gift
    ({"kind": "interview", "from": [{"name": "Dana Park"}, {"name": "Colleen Ruiz"}], "role": "charge nurse",
      "company": "Mercy", "tone": "formal",
      "topic": "dana - staffing ratios on the step down unit / colleen - their new preceptor program"},
     [], ["dana -", "Dana -", "colleen -", "Colleen -", " / "]),
    ({"kind": "gift", "occasion": "graduation", "from": ["Nana & Pop"], "what": "a check", "money": True,
      "use": "first months rent", "on": "2026-06-01"}, ["toward"], ["note is. It will", "late. It will",
                                                           "long. It will", "writing. It will", "sooner. It will"]),
])
def test_round_four_held_back_faults(moment, wanted, unwanted):
    _reads(moment, wanted, unwanted)


# --- round five: what held10's grading showed ----------------------------------------------------------------

@pytest.mark.parametrize("moment, wanted, unwanted", [
    # a title and one letter is a name; "n" between two names is "and"; "lil sis ava" is Ava
    ({"kind": "gift", "from": [{"name": "Mrs. Alvarez", "call": "mrs a"}], "what": "a framed print"},
     ["Dear Mrs. A,"], ["Mrs.,"]),
    ({"kind": "gift", "from": ["jake n lou"], "what": "concert tickets", "tone": "playful"},
     ["Jake and Lou,"], ["Jake,", "Jake N"]),
    ({"kind": "just-because", "from": ["lil sis ava"], "what": "a care package", "tone": "playful"},
     ["Ava,"], ["Lil,", "Sis"]),
    # "biscuit (my dog)": the pet is named where it was
    ({"kind": "favor", "from": ["mrs k"], "what": "watched biscuit (my dog) for the weekend"},
     ["my dog Biscuit"], ["biscuit", "(my dog)"]),
    # a list of things is no verb; a remark that opens like a question is asked
    ({"kind": "just-because", "from": ["Ava"], "what": "a care package",
      "detail": "snacks + a mix cd lol who even has a cd player"},
     ["the snacks and the mix CD", "Who even has a CD player?"], ["It snacks", "player."]),
    # the colour said once, when the detail names it
    ({"kind": "gift", "occasion": "wedding", "from": ["Marnie"],
      "what": "KitchenAid Artisan Series 5 Qt Tilt-Head Stand Mixer, Empire Red", "detail": "the red matches our kettle"},
     ["stand mixer", "he red matches our kettle"], ["red stand mixer"]),
    # an "ahead" typed as a bare question is the writer's; what came with a gift is never told back
    ({"kind": "gift", "from": ["marisol"], "what": "box of texas pecans", "detail": "came w/ a handwritten card",
      "ahead": "visit in march??"}, ["Could I visit in March?", "andwritten card that came with it"],
     ["Visit in March?", "It came with"]),
    # one of a kind takes "the"; a short month that is nothing else is written out
    ({"kind": "gift", "from": ["Jake"], "what": "concert tickets",
      "memory": "last concert we all went to was senior yr of college", "ahead": "cant wait for feb!!"},
     ["he last concert we all went to", "February"], ["how last concert", "feb."]),
    # what gratitude changed is tied to the person
    ({"kind": "gratitude", "from": ["mr delgado"], "what": "being my mentor all year", "use": "i got the promotion!!"},
     ["got the promotion"], ["all year. I got the promotion."]),
    # a group "at work" is the group; "like an hour" is about an hour
    ({"kind": "sympathy", "from": ["the whole team at work"], "what": "card and meals after dad passed"},
     ["Team,"], ["whole team", "at work,"]),
    ({"kind": "gift", "from": ["the hendersons"], "what": "tin of fudge", "detail": "the peppermint ones were gone in like an hour"},
     ["in about an hour"], ["like an hour"]),
    # a wedding's honeymoon is the couple's
    ({"kind": "gift", "occasion": "wedding", "from": ["uncle ray"], "what": "check", "money": True,
      "use": "putting it toward the honeymoon in lisbon"}, ["our honeymoon in Lisbon"], ["the honeymoon"]),
    # interviews: what to mention is said, the rest left; what is offered is the writer's; a role's abbreviations
    ({"kind": "interview", "from": ["Priya Nair"], "role": "Product Manager", "company": "Coinbase",
      "extra": "i kinda fumbled the sql question, should mention im taking a course", "tone": "formal"},
     ["I'm taking a course"], ["fumbled", "kind of"]),
    ({"kind": "interview", "from": ["Marcus Lee"], "role": "jr ux designer", "company": "fable studio",
      "topic": "redesign of their onboarding flow", "extra": "send portfolio link, the updated one", "tone": "formal"},
     ["junior UX designer", "the redesign of your onboarding flow", "my updated portfolio link"],
     ["jr ", "of redesign", "the updated one"]),
    ({"kind": "interview", "from": ["Dr. Osei"], "role": "postdoc", "company": "UW genome sciences",
      "tone": "formal"}, ["UW Genome Sciences"], ["genome sciences"]),
    # from held11: a credential typed in capitals; a name before its label; family shorthand; a pet put down
    ({"kind": "interview", "from": ["Dr. Feld"], "role": "RN night shift", "company": "st lukes",
      "strength": "3 yrs med surg", "extra": "attach my bls card they asked for it", "tone": "formal"},
     ["RN night shift", "St. Luke's", "three years of med-surg", "my BLS card"], ["Right now", "they asked"]),
    ({"kind": "favor", "from": ["ms. tran, jacksons teacher"], "what": "stayed late to tutor jackson",
      "use": "he got a b on the test!!"}, ["Dear Ms. Tran,", "a B on the test"], ["Ms.,", "a b "]),
    ({"kind": "gift", "occasion": "shower", "from": ["my MIL diane"], "what": "a sound machine"},
     ["Diane,"], ["MIL"]),
    ({"kind": "sympathy", "from": ["dr martinez"], "what": "the paw print card after we put rocky down"},
     ["put Rocky down"], ["rocky"]),
    ({"kind": "gift", "from": ["great gran edith"], "what": "quilt, she made it herself and it took her months",
      "use": "its going on the nursery wall not the crib, too precious"},
     ["it took you months", "on the nursery wall, not the crib; it's too precious"], ["your months", "To great"]),
    # what cannot be written (an amount) leaves no dangling word; money for a compound is ours
    ({"kind": "hospitality", "from": ["kat"], "what": "letting me stay 4 nights in portland",
      "use": "saved me like $800 on hotels", "ahead": "come to chicago anytime"},
     ["saved me a lot on hotels"], ["like on", "$", "hope you'll come"]),
    ({"kind": "gift", "occasion": "wedding", "from": ["the feldmans"], "what": "cash", "money": True,
      "use": "down payment fund", "tone": "formal"}, ["toward our down payment fund"], ["toward down"]),
    # a memory with what happened then; a remark that is how the interview went is not said
    ({"kind": "gratitude", "from": ["Ms. Porter"], "what": "teaching me piano", "memory": "my first recital, i cried lol"},
     ["my first recital, when I cried"], ["recital, I cried"]),
    ({"kind": "interview", "from": ["Ben Kowalski"], "role": "Backend Engineer", "company": "Stripe",
      "topic": "rate limiting design question", "extra": "i totally blanked on the redis part lol", "tone": "formal"},
     ["the rate limiting design question"], ["blanked", "redis"]),
    ({"kind": "donation", "organization": "Friends of Maple Park", "from": ["the smiths"],
      "what": "in honor of her granddaughter lily's birthday", "amount": "40", "goods_services": "none"},
     ["in honor of your granddaughter Lily's birthday"], ["her granddaughter"]),
    ({"kind": "gift", "occasion": "baby", "from": ["felix & marco"], "what": "a bouncer",
      "use": "only place she will nap during the day"}, ["It's the only place she will nap"], ["The only place"]),
    # from held12: a relative or partner left unnamed is asked for, never greeted in the third person
    ({"kind": "gift", "from": ["lucia & her mom"], "what": "a bath set"}, ["Lucia,"], ["her mom,", "Mom,"]),
    ({"kind": "hospitality", "from": ["my buddy luis and his gf"], "what": "putting me up on their couch",
      "tone": "playful"}, ["Luis,", "your couch"], ["Buddy", "Girlfriend", "Gf", "their couch"]),
    ({"kind": "gift", "from": ["my pen pal ingrid in oslo"], "what": "a knitted hat",
      "ahead": "hoping to visit next summer!!"}, ["Ingrid,", "hoping to visit next summer"], ["pen pal", "hope to hope",
                                                                                          "to hoping"]),
    ({"kind": "gift", "from": [{"name": "Farah", "call": "far"}], "what": "a kindle"}, ["Far,"], ["far,"]),
    # what the gift is for; a word said three times; a name explained after the act
    ({"kind": "gift", "from": ["the pattersons"], "what": "airpods", "use": "for the train to my new job"},
     ["for the train to my new job"], ["to for"]),
    ({"kind": "gift", "from": ["the lacrosse moms"], "what": "target gift card", "money": True,
      "use": "diapers diapers diapers"}, ["toward diapers."], ["diapers diapers"]),
    ({"kind": "gift", "occasion": "wedding", "from": ["great aunt rosemary"], "what": "a savings bond",
      "money": True, "use": "new couch fund lol"}, ["toward our new couch fund"], ["toward new"]),
    ({"kind": "favor", "from": ["the Abernathys"], "what": "fed chester & took him on walks",
      "detail": "chester is my beagle"}, ["my beagle Chester"], ["Chester is my beagle"]),
    ({"kind": "gift", "from": ["uncle manny"], "what": "his old stethoscope", "detail": "still has his name tag on it",
      "use": "wearing it my first day of rotations"},
     ["t still has your name tag on it", "on my first day"], ["appreciate the still"]),
    ({"kind": "sympathy", "from": [{"name": "Father Michael"}], "what": "the beautiful service for my mother",
      "tone": "formal"}, ["the beautiful service for my mother"], ["receive the beautiful", "thinking of me with"]),
    ({"kind": "just-because", "from": ["nora"], "what": "sent me a playlist",
      "detail": "its all the songs from our road trip"}, ["t's all the songs"], ["its all", "love its"]),
    ({"kind": "hospitality", "from": ["grandma bea"], "what": "sunday dinner", "detail": "ur pot roast like always"},
     ["pot roast, as always"], ["like always"]),
    # from held13
    ({"kind": "gift", "occasion": "birthday", "from": ["bestie nora"], "what": "tickets to see boygenius??? i screamed",
      "tone": "playful"}, ["Nora,", "I screamed."], ["Bestie", "boygenius?"]),
    ({"kind": "favor", "from": ["coach dana"], "what": "drove liam to practice for 3 weeks"},
     ["driving Liam to practice"], ["the drove"]),
    ({"kind": "favor", "from": ["sam", "bri"], "what": "helped us move", "memory": "pizza on the floor after"},
     ["pizza on the floor afterward"], ["floor after."]),
    ({"kind": "love", "from": ["mateo"], "what": "planned our anniversary weekend", "ahead": "same cabin next yr? pls",
      "tone": "romantic"}, ["Same cabin next year?"], ["Please", "pls"]),
    ({"kind": "just-because", "from": ["lucy"], "what": "sent me a care package",
      "detail": "bc she knew i had a rough wk"}, ["because you knew I had a rough week"], ["It was because", " wk"]),
    ({"kind": "gratitude", "from": [{"name": "Professor Whitman"}], "what": "everything u taught me, i switched to chem bc of u",
      "use": "starting my phd next fall"}, ["because of you"], ["Because of you, I'm starting"]),
    ({"kind": "interview", "from": ["Raj Patel"], "role": "data analyst", "company": "Northwind",
      "topic": "inventory system + training the grad students",
      "extra": "i kinda fumbled the pivot table question, should mention i looked it up after", "tone": "formal"},
     ["the inventory system and training the grad students"], ["looked it up", "fumbled"]),
    ({"kind": "interview", "from": ["Hannah Cho"], "role": "UX designer", "company": "Acme",
      "extra": "send portfolio link again, the pdf was broken", "tone": "formal"}, ["my portfolio link again"],
     ["pdf", "PDF", "broken"]),
    ({"kind": "donation", "organization": "Hope House", "from": ["Greg Molloy"], "amount": 250,
      "what": "in memory of his wife judith"}, ["in memory of your wife Judith"], ["Wife"]),
    ({"kind": "gift", "occasion": "baby", "from": ["the knitting group"], "what": "a bunch of onesies"},
     ["the onesies"], ["the bunch"]),
    # from held14
    ({"kind": "gift", "occasion": "mailed", "from": ["ex coworker felix in berlin"], "what": "german chocolate",
      "tone": "playful"}, ["Felix,"], ["coworker Felix", "To the"]),
    ({"kind": "gift", "from": ["godmother pilar"], "what": "a necklace"}, ["Pilar,"], ["godmother Pilar"]),
    ({"kind": "gift", "from": ["aunt deb"], "what": "a scarf"}, ["Aunt Deb,"], ["Hi Deb,", "Dear Deb,"]),
    ({"kind": "favor", "from": ["hailey + her roommate"], "what": "watched my dog moose all weekend"},
     ["Hailey,"], ["her roommate,"]),
    ({"kind": "gift", "occasion": "baby", "from": ["shreya"], "what": "a baby carrier", "detail": "the grey one",
      "use": "wearing lil theo on walks so he naps"}, ["the grey baby carrier", "little Theo"], ["the grey one"]),
    ({"kind": "gift", "occasion": "birthday", "from": [{"name": "dad", "call": "Dad"}], "what": "a record player",
      "detail": "he found the same model he had in the 70s"}, ["the same model you had"], ["he had"]),
    ({"kind": "gift", "occasion": "graduation", "from": ["the hendersons"], "what": "a check", "money": True,
      "use": "paying off my parking tickets lol jk its going to savings", "tone": "playful"},
     ["savings"], ["parking tickets", "jk"]),
    ({"kind": "gift", "occasion": "wedding", "from": ["Tom and Gwen Barrett"], "what": "a stand mixer",
      "detail": "off the registry, the red one!!"}, [], ["off the registry", "The off"]),
    ({"kind": "interview", "from": ["Dr. Helen Morrow"], "role": "research coordinator", "company": "St. Vincent's",
      "question": "when do they expect to decide, dec??", "tone": "formal"}, ["When do you expect to decide?"],
     ["December?", "Dec"]),
    ({"kind": "interview", "from": ["Sofia Reyes"], "role": "paralegal", "company": "Reyes & Klein LLP",
      "strength": "im bilingual spanish/english", "extra": "forgot to ask about the pay range. ugh", "tone": "formal"},
     ["Spanish and English"], ["spanish/english", "ugh"]),
    # from held15 and held16
    ({"kind": "love", "from": ["jamie"], "what": "soup when i had the flu", "tone": "romantic", "sign": "xo, r"},
     ["XO,\nR"], ["Xo, are", "XO, are"]),  # her own closing, then her initial
    ({"kind": "gift", "from": ["my roommate from college jo"], "what": "a campus map print"}, ["Jo,"], ["roommate"]),
    ({"kind": "interview", "from": ["Dr. Whitcombe"], "role": "research coordinator", "company": "St. Brigid",
      "strength": "5 yrs IRB submissions", "extra": "send them my certification from acrp",
      "question": "when would they decide - maria said maybe jan??", "tone": "formal"},
     ["five years of IRB submissions", "my certification from", "When would you decide?"],
     ["send my them", "Maria said", "Jan"]),
    ({"kind": "interview", "from": ["Ms. Kowalczyk"], "role": "paralegal", "company": "Reyes",
      "extra": "im notary certified, forgot to say", "tone": "formal"}, ["notary certified"], ["forgot to say"]),
    ({"kind": "gift", "from": ["grandpa joe"], "what": "his old tackle box", "ahead": "take me out in the spring??"},
     ["Could you take me out in the spring?"], ["Could I take me"]),
    ({"kind": "gift", "occasion": "baby", "from": ["the dunleavy twins"], "what": "a onesie",
      "detail": "came with tiny dice socks"}, ["he tiny dice socks that came with it"],
     [". The tiny dice socks that came with it."]),
    ({"kind": "sympathy", "from": ["noah"], "what": "the casserole and sitting with me on the porch"},
     ["sitting with me on the porch"], ["receive the casserole"]),
    ({"kind": "favor", "from": ["colin"], "what": "lending us rope", "ahead": "next trip your coming with us"},
     ["you're coming with us"], ["your coming"]),
    ({"kind": "donation", "organization": "Hope Food Bank", "from": ["Lakeview Dental Group"], "amount": 1500},
     ["Dear Lakeview Dental Group,"], ["Dear Lakeview,"]),
    ({"kind": "donation", "organization": "Audubon", "from": ["the bellweathers"], "amount": 200,
      "what": "in honor of their daughter iris's graduation"}, ["your daughter Iris's graduation"], ["iris's"]),
    ({"kind": "interview", "from": ["Ms. Fischer"], "role": "UX researcher", "company": "Medly",
      "question": "research budget for recruiting", "tone": "formal"}, ["the research budget for recruiting"],
     ["about research budget"]),
    ({"kind": "interview", "from": ["Ms. Qureshi"], "role": "analyst", "company": "Northfield Transit",
      "topic": "their ridership dashboards and the new fare tracker", "strength": "i built dashboards in tableau",
      "tone": "formal"}, [], ["that work is exactly the kind of work"]),
    # from held17: a pet whose name is also a verb, named before what she is; a thing for a pet names no one
    ({"kind": "gift", "from": ["lina"], "what": "a cat tree", "detail": "my cat pickles is 16 and grumpy"},
     ["the cat tree", "My cat Pickles is 16"], ["cat Tree", "The pickles"]),
])
def test_round_five_held_back_faults(moment, wanted, unwanted):
    _reads(moment, wanted, unwanted)


def test_a_panel_gets_a_different_wording_for_each_interviewer():
    """Colleagues compare notes: no sentence frame is shared between the notes of one panel while another fits."""
    moment = {"kind": "interview", "from": ["Dr. Osei", "Dr. Hannah Kim", "Prof. Walsh"], "role": "postdoc",
              "company": "UW Genome Sciences", "topic": "the single cell atlas project",
              "strength": "my scRNA-seq experience", "tone": "formal", "today": TODAY, "sign": "Sam"}
    notes = [_body(d["text"]) for d in compose(moment)]
    sentences = [set(re.split(r"(?<=[.!?])\s+", re.sub(r"Dr\. \w+|Prof\. \w+", "", n.replace("\n\n", " "))))
                 for n in notes]
    for a in range(len(sentences)):
        for b in range(a + 1, len(sentences)):
            assert not (sentences[a] & sentences[b]), (notes[a], notes[b])


# --- round 6 (held18-held20): each case names the cause it guards -------------------------------------------

@pytest.mark.parametrize("moment, wanted, unwanted", [
    # a nickname is said whole; a place's head word and a word no dictionary has after "job at" are names
    ({"kind": "gift", "from": ["big al"], "what": "an engraved fishing rod", "use": "our trip on lake erie next summer"},
     ["Big Al,", "Lake Erie"], ["To big Al", "lake Erie"]),
    ({"kind": "gift", "from": ["the robotics team"], "what": "a soldering iron", "use": "my new job at rivian"},
     ["at Rivian"], ["at rivian"]),
    # "sitting shiva" is no god; "jump started" is one verb
    ({"kind": "sympathy", "from": ["the goldbergs"], "what": "sitting shiva with us"}, ["sitting shiva"], ["Shiva"]),
    ({"kind": "favor", "from": ["sam"], "what": "jump started my car in the costco parking lot"},
     ["for jump-starting my car in the Costco parking lot"], ["Jump started"]),
    # "shes sent one": she has sent; a plural thing is never read as a verb
    ({"kind": "gift", "from": ["auntie bev"], "what": "a camper ornament", "detail": "shes sent one every year"},
     ["You've sent one every year"], ["You're sent"]),
    ({"kind": "gift", "from": ["nadia"], "what": "Rumours on vinyl"}, ["Rumours on vinyl"], ["rumouring"]),
    # the ones named are the subject, so "her" is the reader
    ({"kind": "favor", "from": ["chloe"], "what": "babysat the twins", "detail": "maya and theo made her a paper crown"},
     ["Maya and Theo made you a paper crown"], ["made her a paper crown", "crown were"]),
    # "ellie + ty" signs two names, never "thank you"
    ({"kind": "gift", "from": ["grandma rose"], "what": "a stand mixer", "sign": "ellie + ty"}, ["Ellie & Ty"],
     ["thank you\n", "Thank you\n"]),
    # a pet named just before "she" is who she is, when the giver's sex is unknown
    ({"kind": "favor", "from": ["dr. whitfield"], "what": "squeezed pepper (my cat) in on a sunday when she ate a hair tie"},
     ["when she ate a hair tie"], ["when you ate"]),
    # a parcel took three weeks, not the giver
    ({"kind": "gift", "from": ["cousin teddy"], "what": "a box of lebkuchen", "detail": "took almost 3 wks to get here haha"},
     ["It took almost 3 weeks to get here."], ["for taking almost"]),
    # Pop Pop is a name; the moms' group is theirs
    ({"kind": "favor", "from": ["pop pop"], "what": "drove me to my dorm"}, ["Pop Pop,"], ["To the pop pop"]),
    ({"kind": "favor", "from": ["the moms group"], "what": "set up a meal train after my surgery"},
     ["moms' group"], ["mom's group"]),
    # a dish described by a participle is a thing, never a bare fragment
    ({"kind": "hospitality", "from": ["the kowalskis"], "what": "hosting friendsgiving", "detail": "the deep fried turkey omg"},
     ["deep-fried turkey"], ["The deep fried turkey."]),
    # someone known by whose relative they are is asked for by name; a role of two words before a name is dropped
    ({"kind": "hospitality", "from": ["my college friend ade and his wife tolu"], "what": "put us up for 3 nights"},
     ["Ade and Tolu,"], ["my college friend"]),
    # the reader is never told of in the third person in a memory
    ({"kind": "favor", "from": ["my brother kev"], "what": "painted our whole nursery",
      "memory": "kev falling off the ladder into the drop cloth lol"}, ["you falling off the ladder"], ["Kev falling"]),
    # "them" after a verb of use is the set of tumblers, not the couple
    ({"kind": "gift", "from": ["Marcus Webb", "Lena Webb"], "what": "set of 4 handblown glass tumblers",
      "use": "using them for our sunday brunches", "tone": "formal"}, ["using them for our Sunday brunches"],
     ["using you"]),
    # an amount raised by a favor is said (about), never dropped mid-sentence
    ({"kind": "favor", "from": ["rebecca"], "what": "took over the bake sale signup sheet",
      "use": "we raised like $900 for the library"}, ["raised about $900 for the library"], ["raised for"]),
    # two acts typed as "..., he carried ...": both thanked for; "she" of someone else named stays hers
    ({"kind": "favor", "from": ["derek"], "what": "helped me move, he carried the couch up 4 flights"},
     ["helping me move and carrying the couch up 4 flights"], ["You carried"]),
    ({"kind": "favor", "from": ["Mrs. Olsen"], "what": "helped maddie with reading this fall, she went from hating it to loving it"},
     ["She went from hating it"], ["and went from"]),
    # a book club is "you"; a pair of boots from a registry title; "its real cedar" is it's
    ({"kind": "gift", "from": ["the whole book club"], "what": "a signed first edition", "detail": "idk how they even found it"},
     ["how you even found it"], ["how they even"]),
    ({"kind": "gift", "from": ["linda"], "what": "UGG Women's Classic Short II Boot, Chestnut, Size 8"}, ["the boots"],
     ["the boot "]),
    ({"kind": "gift", "from": ["the o'briens"], "what": "a wreath for our front door",
      "detail": "its real cedar, the whole porch smells amazing"}, ["t's real cedar"], ["Its real", "its real"]),
    # a numbered track names itself; a comma list gets its "and"
    ({"kind": "just-because", "from": ["petra"], "what": "mailed me a mixtape", "detail": "track 4 is our song"},
     ["Track 4 is our song"], ["The track 4"]),
    ({"kind": "sympathy", "from": ["bree"], "what": "brought dinner every night",
      "detail": "lasagna, soup, the good bread from the bakery"},
     ["he lasagna, the soup and the good bread from the bakery"], ["soup, the good bread from the bakery,"]),
    # how many there were is said as a sentence; a concession with nothing to concede to is asked about
    ({"kind": "gift", "from": ["jen"], "what": "hand me down baby clothes", "detail": "like 3 huge bins, all sorted by size"},
     ["here were about 3 huge bins, all sorted by size"], ["About 3 huge bins"]),
    ({"kind": "gift", "from": ["freddie"], "what": "a man united scarf", "detail": "even tho he knows im a liverpool fan"},
     ["Man United scarf"], ["were even though", "is even though"]),
])
def test_round_six_held_back_faults(moment, wanted, unwanted):
    _reads(moment, wanted, unwanted)


@pytest.mark.parametrize("moment, wanted, unwanted", [
    # greetings built from pasted relationship text (held22's five embarrassing notes)
    ({"kind": "gift", "from": ["ppl from the dental office"], "what": "a visa gift card", "money": True,
      "use": "diapers. so many diapers"}, ["To everyone from the dental office,", "It will go toward diapers. So many"],
     ["Ppl", "It diapers"]),
    ({"kind": "gift", "from": ["moms best friend cece"], "what": "a leather padfolio"}, ["Cece,"], ["Mom's best friend"]),
    ({"kind": "gift", "from": ["pen pal ingrid (sweden)"], "what": "a hand painted dala horse"}, ["Ingrid,"],
     ["pen pal"]),
    ({"kind": "favor", "from": ["the teenager across the street (wyatt)"], "what": "mowed our lawn all of october"},
     ["Wyatt,"], ["teenager"]),
    ({"kind": "love", "from": [{"name": "mina", "call": "my love"}], "what": "made me breakfast in bed",
      "tone": "romantic"}, ["My love,"], ["my Love", "Dear My"]),
    ({"kind": "gift", "from": ["my old piano teacher ms verhoeven"], "what": "sheet music for the chopin nocturnes",
      "use": "im finally learning the e minor one"}, ["Ms. Verhoeven,", "E minor"], ["piano teacher Ms", "e minor"]),
    ({"kind": "gift", "from": ["tia carmen y tio beto"], "what": "a check", "money": True}, ["Tia Carmen and Tio Beto"],
     [" Y "]),
    # a registry brand of two words; a dish named with "and" is one thing; a pet named in brackets
    ({"kind": "gift", "from": ["priya"], "what": "Skip Hop Activity Gym, Treetop Friends"}, ["activity gym"],
     ["hop activity"]),
    ({"kind": "hospitality", "from": ["the moreno-cho family"], "what": "hosting friendsgiving",
      "detail": "the mac n cheese bar!!"}, [], ["bar were"]),
    ({"kind": "sympathy", "from": ["tanya"], "what": "a card when we lost moose (our lab)"}, ["Moose"], ["moose"]),
    # a verb and its object ("attending dads funeral"); a spouse named; a start date said as the writer's
    ({"kind": "sympathy", "from": ["Mr. Abbasi"], "what": "attending dads funeral", "tone": "formal"},
     ["Dad's funeral"], ["dad's funeral"]),
    ({"kind": "favor", "from": [{"name": "Dr. Farah Siddiqui"}], "what": "being a reference for me",
      "use": "i got the job!! start jan 5", "tone": "formal"}, ["I start January 5"], ["Start Jan"]),
    # no tech brand where a word is meant; a number that orders is said in words, a street keeps its figure
    ({"kind": "gift", "from": ["raj"], "what": "a mini waffle maker", "detail": "its shaped like a snowflake"},
     ["snowflake"], ["Snowflake"]),
])
def test_round_six_greetings_and_names(moment, wanted, unwanted):
    _reads(moment, wanted, unwanted)


@pytest.mark.parametrize("moment, wanted, unwanted", [
    # "were" after a singular noun is "we're"; "now its so cold" is why
    ({"kind": "gift", "from": ["grandma rose"], "what": "a stand mixer", "use": "first thing were making is her cinnamon rolls"},
     ["thing we're making"], ["thing were making"]),
    ({"kind": "gift", "from": ["linda"], "what": "boots", "use": "wearing them literally every day now its so cold"},
     ["every day now that it's so cold"], ["It's so cold."]),
    # what everybody did to the gift is loved, not reported; "it" after a favor is never the memory's
    ({"kind": "gift", "from": ["coach dana"], "what": "a framed photo of the team", "detail": "everybody signed the mat around it"},
     ["I love that everybody signed the mat around it"], []),
    ({"kind": "favor", "from": ["derek"], "what": "helped me move", "memory": "we got the couch stuck in the stairwell"},
     [], ["It made me think"]),
    # a gift card "in our xmas card" is the gift; a donor typed in lower case is greeted by title and surname
    ({"kind": "gift", "from": ["mr. abernathy"], "what": "$100 visa gift card in our xmas card", "money": True,
      "tone": "formal"}, [], ["in our Christmas card"]),
    ({"kind": "donation", "organization": "north valley food bank", "from": ["carolyn pike"], "amount": 1000},
     ["Dear Ms. Pike,"], ["Dear Carolyn,"]),
])
def test_round_six_review_faults(moment, wanted, unwanted):
    _reads(moment, wanted, unwanted)


@pytest.mark.parametrize("moment, wanted, unwanted", [
    # held23/held24: a pronoun typed for the giver beats a list of names; a rhetorical "?" ends a sentence
    ({"kind": "gift", "from": [{"name": "fern", "call": "Fernie"}], "what": "a framed print of our venue",
      "detail": "she painted it herself from a photo, took her like 6 weeks"},
     ["painting it yourself from a photo", "It took you about 6 weeks"], ["She painted", "photo,."]),
    ({"kind": "gift", "from": ["owen"], "what": "secret santa mug w/ my cat on it",
      "detail": "he found a pic of pickle on my insta?? creepy but amazing"},
     ["the Secret Santa mug", "Creepy but amazing."], ["Instagram?", "for Secret Santa mug"]),
    # "never once complained"; "it made me cry" is what the act did; "X is my beagle, he ate ..."
    ({"kind": "favor", "from": ["anjali"], "what": "covering my shifts",
      "detail": "she picked up 4 doubles and never once complained"}, ["never once complaining"], ["oncing"]),
    ({"kind": "gift", "from": ["abuela"], "what": "money in a card", "money": True,
      "detail": "she wrote the card all in spanish and it made me cry"},
     ["writing the card all in Spanish", "It made me cry."], ["Spanish and it made"]),
    ({"kind": "favor", "from": [{"name": "Dr. Patel"}], "what": "squeezing winston in on a sunday",
      "detail": "winston is my 12 yr old beagle, he ate a whole chocolate bar", "tone": "formal"},
     ["my 12-year-old beagle Winston", "He ate a whole chocolate bar"], ["you ate", "Winston is my"]),
    # notes to self in interview fields: a reason ("my friend is looking"), a remark after a question
    ({"kind": "interview", "from": ["Helena Park"], "role": "engineer", "company": "Pinegrove", "tone": "formal",
      "question": "ask if the team is hiring juniors too, my friend is looking", "extra": "send the design doc from the whiteboard q"},
     ["hiring juniors too", "design doc from the whiteboard question"], ["my friend", "Doc", " q "]),
    ({"kind": "interview", "from": ["Quinn Adler"], "role": "RN", "company": "St. Agnes Childrens Hospital",
      "question": "what are the shift lengths?? didnt write it down"},
     ["shift lengths?", "Children's"], ["write it down", "Childrens"]),
    ({"kind": "interview", "from": ["Beatrix Sorensen"], "role": "copywriter", "company": "Fable",
      "extra": "idk if i said enough about social"}, [], ["said enough", "I don't know if"]),
    # names: a pet named by what it was; Grandpa Ray; "his name, theodore"; how the giver knew
    ({"kind": "sympathy", "from": ["the book club girls"], "what": "meals for a whole week after we lost pepper",
      "detail": "pepper was our cat for 17 yrs"}, ["we lost our cat Pepper"], ["The pepper", "lost pepper"]),  # who she was goes with her name
    ({"kind": "sympathy", "from": ["yolanda"], "what": "the card and the lasagna after grandpa ray died"},
     ["Grandpa Ray died"], ["Grandpa ray"]),
    ({"kind": "sympathy", "from": ["the nicu staff"], "what": "the memorial tree",
      "detail": "they put a little plaque w/ his name, theodore"}, ["his name, Theodore"], ["theodore"]),
    ({"kind": "sympathy", "from": ["wendell"], "what": "sending flowers after dad passed",
      "detail": "white lilies, dad's favorite, idk how he knew"}, ["how you knew"], ["how he knew"]),
    # a greeting card signed by many, beside a gift card; a hardship typed as a detail is asked about
    ({"kind": "gift", "from": ["the team at work"], "what": "$200 target gift card", "money": True,
      "detail": "card signed by like 20 ppl"}, ["The card was signed by about 20 people."], ["card signed Target"]),
    ({"kind": "favor", "from": ["gemma"], "what": "helping us move", "detail": "3rd floor walk up and no elevator"},
     [], ["were a lovely touch", "was a lovely touch"]),
])
def test_round_six_held23_held24_faults(moment, wanted, unwanted):
    _reads(moment, wanted, unwanted)


@pytest.mark.parametrize("moment, wanted, unwanted", [
    # held25/held26: a rhetorical question after a comma; a use named by its day; "how patient you've been"
    ({"kind": "gift", "from": ["tilly"], "what": "a dutch oven", "detail": "the color matches our tiles exactly, how did u know",
      "use": "soup sundays"}, ["How did you know?", "soup Sundays"], ["the how", "I'll soup", "to soup"]),
    ({"kind": "gratitude", "from": ["ms. adebayo"], "what": "how patient shes been w/ lucas this year"},
     ["Thank you for how patient you've been"], ["the how"]),
    # "she even made them ..." is the giver, after two children named; a short name in a pair
    ({"kind": "favor", "from": ["hattie"], "what": "picked up bo and lila from school",
      "detail": "she even made them mac n cheese"}, ["Bo and Lila", "even making them mac and cheese"],
     ["She even", "Mac and"]),
    # "his" at the end of a clause is "yours"; a greyhound named in the facts is the "he" who ate a sock
    ({"kind": "gift", "from": ["lionel"], "what": "a silver rattle that was his when he was a baby"},
     ["that was yours when you were a baby"], ["was your when"]),
    ({"kind": "favor", "from": [{"name": "Dr. Bhattacharya"}], "what": "came in on a sunday for rocket",
      "detail": "rocket is our greyhound, he ate a sock"}, ["our greyhound Rocket", "He ate a sock"],
     ["for eating a sock"]),
    # a title on each side of a couple; a note in brackets after a company
    ({"kind": "hospitality", "from": ["Ambassador and Mrs. Kirkegaard"], "what": "the reception at the residence",
      "tone": "formal"}, ["Dear Ambassador and Mrs. Kirkegaard,"], ["Mrs.,"]),
    ({"kind": "interview", "from": ["Quentin Ashby"], "role": "copywriter", "company": "Ashby Ludlow (agency)",
      "question": "is it hybrid or fully in office? ugh should of asked", "on": TODAY},
     ["at Ashby Ludlow", "hybrid or fully in office?"], ["(agency)", "Should have asked"]),
    ({"kind": "interview", "from": ["Yolanda Pierce"], "role": "coordinator", "company": "CivicWorks",
      "question": "ask how big the team is, didnt get to", "extra": "mention my spanish!! forgot", "on": TODAY},
     ["how big the team is"], ["didn't get to", "Forgot"]),
])
def test_round_six_held25_held26_faults(moment, wanted, unwanted):
    _reads(moment, wanted, unwanted)


@pytest.mark.parametrize("moment, wanted, unwanted", [
    # held27/held28 (graded at the final code; fixed after, measured by no set)
    ({"kind": "gift", "from": ["tova"], "what": "a mug", "use": "my tea actually stays hot now thru standup"},
     ["y tea actually stays hot now through standup"], ["perfect for my tea"]),
    ({"kind": "sympathy", "from": ["Mrs. Adebayo"], "what": "brought over jollof",
      "detail": "she just sat with me, didnt make me talk"}, ["sitting with me and not making me talk"],
     ["didn't make me talk"]),
    ({"kind": "gift", "from": ["rocco"], "what": "a drawing of me as a dinosaur", "detail": "i have a crown and a briefcase??",
      "use": "its on the fridge obv"}, ["on the fridge obviously"], ["?.", "obv."]),
    ({"kind": "favor", "from": ["zeke and his truck lol"], "what": "hauled the old piano to the dump"}, [], ["Lol"]),
    ({"kind": "hospitality", "from": ["my roommates parents"], "what": "having me for thanksgiving"}, [],
     ["roommates parents", "To my"]),
    ({"kind": "interview", "from": ["principal hwang"], "role": "assistant principal", "company": "Ridgeview",
      "on": TODAY}, ["Principal Hwang"], ["principal Hwang"]),
    ({"kind": "just-because", "from": ["iggy"], "what": "left a sticky note that said your doing great"},
     ["you're doing great"], ["your doing great"]),
    ({"kind": "gift", "from": ["the spin class girls"], "what": "a basket of baby stuff",
      "use": "we go through about 10 onesies a day so"}, ["10 onesies a day"], ["a day so"]),
])
def test_round_six_held27_held28_faults(moment, wanted, unwanted):
    _reads(moment, wanted, unwanted)


@pytest.mark.parametrize("moment, wanted, unwanted", [
    # held29/held30 (graded at 7e6fdb2; fixed after, measured by no set)
    ({"kind": "favor", "from": ["coach brenda"], "what": "driving lucas to the tournament",
      "detail": "lucas scored his 1st goal"}, ["Lucas scored his first goal"], ["your first goal"]),
    ({"kind": "gift", "from": ["uncle desmond"], "what": "a leather portfolio w/ my initials on it",
      "detail": "monogrammed, how did he even know my middle name lol"}, ["How did you even know my middle name?"],
     ["“”", "the how"]),
    ({"kind": "gift", "from": ["lupe & the kids"], "what": "a hand painted ornament w/ bodhi on it",
      "detail": "bodhi is my golden retriever, they even got his goofy ear right"},
     ["my golden retriever Bodhi", "getting his goofy ear right"], ["I love that Bodhi is"]),
    ({"kind": "favor", "from": ["beatriz"], "what": "fed juniper (my tortoise) for 2 wks"}, ["my tortoise Juniper"],
     ["feeding juniper"]),
    ({"kind": "gift", "from": [{"name": "Ms. Vukovic"}], "what": "a tumbler", "use": "coffee stays hot thru the whole early shift",
      "tone": "formal"}, ["offee stays hot through the whole early shift"], ["perfect for coffee stays"]),
    ({"kind": "gift", "from": ["anneliese"], "what": "a quilt", "occasion": "baby",
      "use": "baby june naps on it every afternoon"}, ["Baby June naps on it"], ["to baby June"]),
    ({"kind": "love", "from": ["ellie"], "what": "the letter u hid in my suitcase", "tone": "romantic",
      "detail": "found it in my sock the first nite in chicago", "use": "read it like every night of the trip"},
     ["I found it in my sock", "every night of the trip"], ["love found", "like every"]),
    ({"kind": "just-because", "from": ["gabe"], "what": "just for being u honestly"}, ["for being you"], ["the just"]),
    ({"kind": "interview", "from": ["Dana Whitlock"], "role": "UX designer", "company": "Pinecone", "on": TODAY,
      "question": "when do they decide?? said 2 wks maybe"}, ["When do you decide?"], ["Said two weeks"]),
    ({"kind": "interview", "from": ["Jun Park"], "role": "backend engineer", "company": "Tallyworks", "on": TODAY,
      "strength": "i led a similar migration at my last co, zero downtime",
      "extra": "the system design part went ok i think"}, ["at my last company"], ["went OK", "I think"]),
    ({"kind": "interview", "from": ["Mr. Abernathy"], "role": "line cook", "company": "the copper pot", "on": TODAY,
      "strength": "i did the mise en place test fastest of the group he said"}, ["fastest of the group"], ["he said"]),
    ({"kind": "gift", "from": ["the hendersons"], "what": "a check", "money": True, "occasion": "wedding",
      "use": "goin toward the honeymoon fund"}, ["go toward our honeymoon fund"], ["goin", "toward going"]),
    # held31 (graded at dbee084): a dashboard "they're rebuilding" is the reader's; money spent, said as done
    ({"kind": "interview", "from": ["Ms. Qureshi"], "role": "analyst", "company": "Lumen Health", "on": TODAY,
      "topic": "the readmissions dashboard theyre rebuilding"}, ["the readmissions dashboard you're rebuilding"],
     ["hear that the readmissions", "learn that the readmissions", "they're"]),
    ({"kind": "gift", "from": ["uncle dario"], "what": "amazon gift card", "money": True,
      "use": "ordered new running shoes with it"}, ["I ordered new running shoes with it."], ["toward ordered"]),
    ({"kind": "gift", "from": ["colette"], "what": "concert tickets",
      "memory": "remember when we drove 4 hours to see the band"}, ["the time we drove 4 hours"], ["about remember"]),
    # held32 (graded at dbee084): things at sunrise; a use going on already; what they said, to oneself
    ({"kind": "hospitality", "from": ["odalys"], "what": "the lake house weekend", "detail": "kayaks at sunrise"},
     [], ["It kayaks"]),
    ({"kind": "gift", "from": ["solveig"], "what": "hand dyed yarn", "use": "already casting on a hat"},
     ["hand-dyed yarn", "I'm already casting on a hat"], ["perfect for already"]),
    ({"kind": "interview", "from": ["Ms. Ortega"], "role": "hygienist", "company": "Bright Smiles", "on": TODAY,
      "extra": "she said maybe feb start? confirm"}, [], ["said maybe", "Confirm"]),
    ({"kind": "interview", "from": ["Annika"], "role": "barista", "company": "Two Birds", "on": TODAY,
      "extra": "i spilled the water at the end"}, [], ["spilled"]),
    # held33/held34 (graded at 45f933e; measured by no set)
    ({"kind": "interview", "from": ["Jo Tran"], "role": "engineer", "company": "Tidepool", "on": TODAY,
      "extra": "you asked about kafka and i blanked"}, [], ["blanked", "Kafka"]),
    ({"kind": "gift", "from": ["mari"], "what": "a dutch oven", "occasion": "wedding",
      "use": "first thing were making is ur abuelas pozole"}, ["we're making is your abuela's pozole"],
     ["perfect for the first thing"]),
    ({"kind": "gratitude", "from": ["my AA sponsor, Vince"], "what": "picking up at 2 a.m."}, ["Vince,"],
     ["To my AA sponsor"]),
    ({"kind": "interview", "from": ["hiring manager - keisha"], "role": "barista", "company": "Grindhouse",
      "on": TODAY}, ["Dear Keisha,"], ["hiring manager -"]),
])
def test_round_six_held29_held30_faults(moment, wanted, unwanted):
    _reads(moment, wanted, unwanted)


@pytest.mark.parametrize("moment, wanted, unwanted", [
    # a remark on how it went is never told to the interviewer; a surname of one letter is no surname
    ({"kind": "interview", "from": ["bill (owner)"], "role": "line cook", "company": "salt & ember",
      "topic": "the tasting went ok i think"}, ["Dear Bill,"], ["tasting", "I think"]),
    ({"kind": "interview", "from": ["mike d"], "role": "frontend dev", "company": "Pixelcart", "tone": "formal",
      "question": "whats the timeline for a decision? they said 2 wks maybe"},
     ["Dear Mike,", "frontend developer", "about the timeline for a decision."], ["Mr. D", "They said", "??", "Dev "]),
    # a clause of experience never "put it to use"; "my confocal work" never brought "to that work"
    ({"kind": "interview", "from": ["Denise Walker"], "role": "program coordinator", "company": "Fairview Parks",
      "topic": "the summer camp expansion", "strength": "ran 3 youth soccer leagues",
      "question": "ask whether the position is grant funded", "tone": "formal"},
     ["three youth soccer leagues", "grant-funded"], ["put it to use", "Grant"]),
    ({"kind": "interview", "from": ["dr okoro"], "role": "postdoc", "company": "the neuro lab at state",
      "topic": "calcium imaging in zebrafish", "strength": "my confocal work", "tone": "formal"},
     [], ["to that work", "The Neuro Lab"]),
])
def test_round_six_interview_faults(moment, wanted, unwanted):
    _reads(dict({"on": TODAY}, **moment), wanted, unwanted)


def test_a_late_note_apologises_once_as_it_thanks_or_as_it_closes():
    """Graders read the apology between a detail and a memory as a robotic join, and a closing one where a plan
    belongs as a fault: it goes with the thanks ("Belated thanks for ..."), or else closes the note."""
    moment = {"kind": "gift", "from": ["coach dana"], "what": "framed photo of the whole team at regionals",
              "detail": "everybody signed the mat around it", "memory": "the bus breaking down on the way home",
              "ahead": "ill come back and help w/ practice over break", "on": "2026-09-25"}
    for text in _texts(moment, n=4):
        sentences = re.split(r"(?<=[.!?])\s+", _body(text).replace("\n\n", " ").strip())
        sorry = [i for i, s in enumerate(sentences) if re.search(r"sorry|late|belated|forgive|overdue", s, re.I)]
        assert sorry in ([0], [len(sentences) - 1]), text


@pytest.mark.parametrize("moment, wanted, unwanted", [
    # a past verb that is also its base ("beat") after a plural subject is a verb, never "the kids' beat"
    ({"kind": "hospitality", "from": ["nana and pop"], "what": "hosting us for 2 weeks",
      "memory": "the kids beat nana at rummy for the first time ever"}, ["kids beat Nana"], ["kids' beat"]),
    # "the navy one" of a thing lent describes that thing, never a second thing thanked for
    ({"kind": "favor", "from": ["stellan"], "what": "lent me his suit for the interview", "detail": "the navy one"},
     ["your navy suit"], ["for the navy one"]),
    # a model number is written in capitals, the unknown maker before it capitalised; a named model is what it is
    ({"kind": "gift", "from": ["my brother magnus"], "what": "a vintage film camera",
      "detail": "a pentax k1000, he found it at a flea market in leeds"}, ["it's a Pentax K1000"],
     ["appreciate the", "pentax", "k1000"]),
    # "like 20 of them tysm": how many there were; the texted thanks is no word of the note
    ({"kind": "gift", "from": ["uncle wally"], "what": "a big box of grapefruit", "detail": "like 20 of them tysm"},
     ["There were about 20 of them."], ["tysm", "It was about"]),
    # a milestone of the writer's ("one year sober") is the writer's, never "It was one year sober"
    ({"kind": "gratitude", "from": ["vince"], "what": "picking up the phone at 2am, every time",
      "use": "one year sober this month"}, ["I'm one year sober this month"], ["It was one year"]),
    # a second giver typed as the first one's unnamed relative is asked for, never greeted "Son"
    ({"kind": "favor", "from": ["my neighbor cosmo", "his teenage son"], "what": "fed the chickens"},
     ["Cosmo,"], ["Son", "son,"]),
    # a surname's particles stay with it: "Mrs. van der Merwe", never "Mrs. Merwe"
    ({"kind": "interview", "from": ["mrs van der merwe"], "role": "library assistant", "company": "East End Library",
      "tone": "formal"}, ["Dear Mrs. van der Merwe,"], ["Mrs. Merwe", "Van Der"]),
    # a strength that is one adjective is what the writer is, never "I have bilingual"; two strengths, one "and"
    ({"kind": "interview", "from": ["Corwin Astley"], "role": "operations coordinator", "company": "Saltmarsh Ferries",
      "topic": "winter schedule disruptions", "strength": "bilingual, ran dispatch at a bus depot", "tone": "formal"},
     ["I am bilingual and ran dispatch at a bus depot"], ["I have bilingual", "depot, and I would be glad to take on"]),
    # a topic that cannot be pointed back to is never "that work"; the writer's own topic is a thing, not a clause
    ({"kind": "interview", "from": ["Dr. Esi Quartey"], "role": "assistant professor", "company": "Harlow College",
      "topic": "my work on whistled languages", "strength": "fieldwork on la gomera", "tone": "formal"},
     ["my work on whistled languages", "fieldwork"], ["glad to hear that my work", "that work"]),
    # what follows a question's "??" and a "- guess" is said to oneself; "did they say ..." is checked, not asked
    ({"kind": "interview", "from": ["Aziz Karimov"], "role": "firmware engineer", "company": "Gletscher Robotics",
      "question": "ask about relocation to zurich?? they kind of hinted", "tone": "formal"},
     ["relocation to Zurich"], ["hinted"]),
    ({"kind": "interview", "from": ["Corwin Astley"], "role": "operations coordinator", "company": "Saltmarsh Ferries",
      "question": "did they say 2nd round is in person? check", "tone": "formal"}, [], ["Did you say", "Check"]),
    ({"kind": "interview", "from": ["Beatrix Holm"], "role": "Staff Accountant", "company": "Holm & Partners CPA",
      "strength": "passed all 4 cpa sections first try", "question": "ask about the busy season hrs - is it rly 60/wk??",
      "tone": "formal"}, ["the busy season hours", "CPA sections first"], ["60/wk", "Section's", " - "]),
    # held35: a thing owned is never greeted; "X from HR" is X; a name in Ø is a name; an unnamed someone's mom is
    # "you" and one person; a pet named in the detail is not its "he"; "id written" is I'd; "fingers crossed" unsaid
    ({"kind": "favor", "from": "sefa and his truck", "what": "helped move my piano down 3 flights"}, ["Sefa,"],
     ["truck,"]),
    ({"kind": "interview", "from": ["Pieter de Graaf", "oyelaran from HR"], "role": "UX researcher",
      "company": "Tallyho Health", "tone": "formal"}, [], ["oyelaran from HR", "To oyelaran"]),
    ({"kind": "interview", "from": ["Halvard Østby"], "role": "archivist", "company": "Kessel County Historical Society",
      "topic": "the flood damaged ledgers", "tone": "formal"}, ["Dear Halvard Østby,"],
     ["Dear Halvard,", "hear that the flood", "learn that the flood"]),
    ({"kind": "gift", "from": "cosimos mom", "what": "her grandmothers pasta rolling pin",
      "detail": "its like 80 yrs old, she brought it over from abruzzo"}, ["your grandmother's", "You brought it"],
     ["her grandmother's", "She brought"]),
    ({"kind": "favor", "from": "oluwaseun (upstairs)", "what": "watched pickle (my tortoise) for 10 days",
      "detail": "he sent me daily pickle updates w/ captions"}, ["sending me daily Pickle updates"], ["He sent"]),
    ({"kind": "favor", "from": "anouk", "what": "proofread my whole grant application",
      "detail": "caught that id written 2025 on every single page", "use": "submitted on time, fingers crossed"},
     ["that I'd written 2025"], ["id written", "fingers crossed"]),
    ({"kind": "interview", "from": "ingrid solvang", "role": "line cook", "company": "fjell", "tone": "formal",
      "extra": "bring my knife roll to the stage on thurs"}, [], ["mention bring", "knife roll"]),
    ({"kind": "interview", "from": "Cheng Liwei", "role": "backend eng intern", "company": "pebblestack",
      "tone": "formal"}, ["backend engineering intern"], [" eng "]),
    ({"kind": "gift", "from": "tavita", "what": "an electric kettle", "use": "no more stovetop kettle screaming at 6am!!"},
     [], ["perfect for no more"]),
    ({"kind": "sympathy", "from": "dr ferreira + staff at lakeview vet", "what": "a card and a clay paw print",
      "detail": "every single one of them signed it"}, [], ["they were every", "were every single"]),
    # held36: a thing that comes round is a thing ("challah every friday"); "same one X wears" is what it is; a
    # model-numbered product takes "the" and its trailing participle takes the detail; "also a casserole" is a
    # second thing thanked for; "like an actual dombra" said once; what a note said is quoted; "U12s"; two
    # named children and their verb; "its way stronger", "id still be"; a relative after a mum takes a comma
    ({"kind": "gift", "occasion": "wedding", "from": "dov & hadas", "what": "a stand mixer",
      "use": "challah every friday now"}, ["challah every Friday"], ["to challah"]),
    ({"kind": "gift", "from": "bertil & dagny", "what": "tiny silver dala horse pendant",
      "detail": "same one dagny wears every day"}, ["the same one Dagny wears every day"], ["Same one"]),
    ({"kind": "gift", "from": [{"name": "Benedek Szabó", "call": "mr szabo"}], "what": "Pelikan M200 fountain pen, engraved",
      "detail": "engraved w my initials", "tone": "formal"}, ["the Pelikan M200 fountain pen, engraved with my initials"],
     ["engraved engraved", "for Pelikan"]),
    ({"kind": "gift", "from": "gwenllian", "what": "a sound machine", "detail": "also a casserole which honestly saved us"},
     ["the casserole, which saved us"], ["love also"]),
    ({"kind": "gift", "from": "alibek", "what": "a dombra!!! like an actual dombra"}, ["the dombra"], ["actual"]),
    ({"kind": "just-because", "from": "qingyi", "what": "left a tiny succulent on my desk w a note that said u got this"},
     ["a note that said “u got this”"], []),  # a quote as its writer wrote it
    ({"kind": "gratitude", "from": "coach adebayo", "what": "believing in me when i got cut from the team",
      "detail": "he kept me on as equipment manager so id still be around", "use": "im coaching u12s myself now"},
     ["so I'd still be around", "U12s"], ["id still", "U12S"]),
    ({"kind": "favor", "from": "bogdan", "what": "drove my kids to school for a month",
      "detail": "matei and ana say he plays the best music"}, ["Matei and Ana say you play the best music"],
     ["for matei"]),
    ({"kind": "favor", "from": "Dr. Mahsa Tehrani", "what": "looked over my personal statement",
      "use": "rewrote the opening like she said and its way stronger"}, ["it's way stronger"], ["its way"]),
    ({"kind": "donation", "organization": "hedgerow hedgehog hospital", "from": "Perpetua Oyelowo",
      "what": "in memory of her mum who loved the garden hogs", "amount": "75"}, ["your mum, who loved"], []),
    # held38: a pet of a kind named with an adjective ("our old greyhound") is the "he" beside the giver's "she";
    # a long catalogue name ending in what it is is a title; "bottles take about 30 seconds" has a verb; what
    # was done to the writer is passive; a second verb after "and" agrees with "you"; a past with a measure is
    # what the writer did; "had all 5 of us" is having us
    ({"kind": "sympathy", "from": "Efua Boateng-Rask", "what": "the lasagna and the card after we lost pip",
      "detail": "pip is our old greyhound, she remembered he always stole her gloves"},
     ["he always stole your gloves"], ["you always stole"]),
    ({"kind": "gift", "occasion": "baby", "from": "xochitl", "what": "Baby Brezza Formula Pro Advanced Formula Dispenser Machine",
      "use": "3am bottles take like 30 seconds now"}, ["formula dispenser"], ["Brezza", "perfect for 3"]),
    ({"kind": "favor", "from": ["Evander", "Ishbel"], "what": "helped w my visa paperwork",
      "use": "approved on the first try!!"}, ["I was approved on the first try"], ["I approved"]),
    ({"kind": "favor", "from": "ravindra", "what": "checking on my dad every morning",
      "detail": "he brings him the paper and sits w him for chai"}, ["and sit with him for chai"], ["sits", "Chai"]),
    ({"kind": "interview", "from": ["Mbali"], "role": "warehouse shift lead", "company": "Northgate Cold Storage",
      "strength": "cut pick errors by 30% at my old site", "question": "forgot to ask about night shift differential",
      "tone": "formal"}, ["I cut pick errors by 30%", "the night shift differential"], ["experience with cut"]),
    ({"kind": "hospitality", "from": "the Abiodun-Sørensens", "what": "had all 5 of us for the long wknd"},
     ["having all 5 of us"], ["the had"]),
    # held37: what the giver did to get the gift ready is thanked for; "her boys" are "the boys"; a cousin's full
    # name greets her by her first; "Dr. and Mrs. Vikram R." is greeted by the surname; St. Brigid's; two goats
    # named; "sat the 19th"; a memory of things happening is a thing; "hopefully visit"; "your ro" never
    # under "Yours,"
    ({"kind": "gift", "from": "tibs", "what": "a kalimba", "detail": "he tuned it himself"},
     ["and for tuning it yourself"], ["You tuned it yourself."]),
    ({"kind": "gift", "occasion": "baby", "from": "wairimu (my sister in law) and her boys", "what": "a crocheted giraffe"},
     ["Wairimu and the boys,"], ["her boys"]),
    ({"kind": "gift", "from": "my cousin lupe fa'alogo and her husband sione", "what": "a siapo table runner",
      "ahead": "hopefully visit u guys in apia next summer"}, ["Lupe and Sione,", "hoping to visit you guys in Apia"],
     ["Fa'alogo and", "wait for hopefully"]),
    ({"kind": "donation", "from": "Dr. and Mrs. Vikram Raghunathan", "organization": "Elm Street Community Fridge",
      "amount": 1000, "tone": "formal"}, ["Dear Dr. and Mrs. Raghunathan,"], ["Vikram"]),
    ({"kind": "gift", "occasion": "shower", "from": "the quilting ladies at st brigids", "what": "a crib quilt"},
     ["St. Brigid's"], ["Brigids"]),
    ({"kind": "favor", "from": "mrs k next door", "what": "watched our goats pepper and dumpling",
      "detail": "she even trimmed dumplings hooves"}, ["goats Pepper and Dumpling", "Dumpling's hooves"], []),
    ({"kind": "favor", "from": ["cormac", "tad"], "what": "helped move my piano",
      "ahead": "pierogi and guinness at mine, sat the 19th?"}, ["Saturday the 19th"], ["sat the"]),
    ({"kind": "love", "from": [{"name": "Matteo", "call": "teo"}], "what": "the drive to the coast",
      "memory": "the waves glowing blue and me screaming lol", "sign": "your ro", "tone": "romantic"},
     ["Your Ro"], ["of how the waves", "Yours,\nYour"]),
    # held39/held40: groups and roles in greetings; "them" after a gift box of pears; a name that said something;
    # "she's been" is being; what was written on a card is quoted; "didn't even get" concedes; a subject and
    # its past; a topic's "??" tail; ", and giving me" is thanked for; a donation's date before its tribute
    ({"kind": "gift", "occasion": "baby", "from": "the wednesday book club ladies", "what": "a car seat"},
     ["the Wednesday book club ladies,"], ["Dear Wednesday,"]),
    ({"kind": "favor", "from": "kim (hoa)", "what": "got the city to fix the streetlight", "tone": "formal"},
     ["Kim,"], ["Hoa,"]),
    ({"kind": "hospitality", "from": "my boss & her wife", "what": "dinner at their place", "tone": "formal"},
     ["Hello,"], ["Boss,"]),
    ({"kind": "gift", "occasion": "wedding", "from": "my college roomies (bri, tasha, kels)", "what": "a blender"},
     ["Bri, Tasha and Kels,"], ["Roomies"]),
    ({"kind": "gift", "occasion": "shower", "from": "ana, lucia & the girls from church", "what": "a diaper cake"},
     ["Ana, Lucia"], ["Hi Ana,"]),
    ({"kind": "gift", "from": "aunt bev and uncle lou", "what": "Harry & David Royal Riviera Pears Gift Box",
      "use": "eating them for breakfast all wk"}, ["eating them for breakfast"], ["eating you"]),
    ({"kind": "favor", "from": "Leah (daycare)", "what": "stayed late w/ ruby", "detail": "ruby said they made slime"},
     ["Ruby said"], ["The ruby"]),
    ({"kind": "gratitude", "from": "ms reyes", "what": "shes been so patient w/ leo this year"},
     ["for being so patient with Leo"], ["being been"]),
    ({"kind": "gift", "occasion": "wedding", "from": "uncle ray", "what": "a check", "money": True,
      "detail": "he wrote dont spend it all on tacos on the card lol"}, ["“don't spend it all on tacos”"], []),
    ({"kind": "favor", "from": "coworker deb", "what": "covered my presentation when i had covid",
      "detail": "she didnt even get the slides til that morning", "use": "client signed anyway"},
     ["even though you didn't get the slides until that morning", "he client signed anyway"],
     ["for not even getting", "for client signed"]),
    ({"kind": "interview", "from": [{"name": "Marcus Feld", "call": "Marcus"}], "role": "backend engineer",
      "company": "quillstack", "topic": "moving off postgres to something?? he mentioned cockroach"},
     ["moving off Postgres"], ["something", "cockroach"]),
    ({"kind": "sympathy", "from": [{"name": "Patricia Lowell"}], "tone": "formal",
      "what": "the plant and the card after the miscarriage, and giving me the week off"},
     ["and for giving me the week off"], []),
    ({"kind": "donation", "organization": "Harbor Light Youth Orchestra", "from": "Gerald Finch", "amount": "500",
      "what": "in honor of his granddaughter lily", "sign": "the harbor light board"},
     ["received on November 26, 2026, in honor of your granddaughter Lily", "The Harbor Light board"],
     ["Lily, received"]),
    # held41/held42: who a pet is goes with its name, never told back; an unknown interviewer is "Hello,"; "check
    # if" asks whether; a pointer to something in an interview extra is asked about; "how they measure it" to a
    # panel is "you"; IT and PCs; "Pops"; "Mrs. G"; "xo, anjali" signs once and alone; a holiday card takes
    # "the"; no US tax line on a gift in pounds
    ({"kind": "favor", "from": ["dev (my neighbor)"], "what": "watched biscuit (my dog) while we were in denver",
      "detail": "biscuit is my corgi and he sent me pics every day"}, ["my corgi Biscuit", "sending me pictures"],
     ["Biscuit is my corgi", "He sent"]),
    ({"kind": "favor", "from": ["marisol & pete"], "what": "fed pickles (our cat)", "detail": "pickles is a grumpy tabby"},
     ["our grumpy tabby Pickles"], ["The pickles", "is a grumpy"]),
    ({"kind": "sympathy", "from": ["ellen from yoga"], "what": "card + candle after we lost rocky",
      "detail": "rocky was our golden retriever, 12 yrs"}, ["our golden retriever Rocky"], ["12 years"]),
    ({"kind": "interview", "from": ["kai (team lead)", "the other guy, forgot his name, mgr"],
      "role": "it support specialist", "company": "county library system", "topic": "replacing the old public pcs"},
     ["IT support specialist", "public PCs"], ["Guy", "forgot", "Name"]),
    ({"kind": "interview", "from": ["Ms. Beaumont"], "role": "dental hygienist", "company": "bright smiles",
      "question": "check if they cover ce credits lol"}, ["whether you cover CE credits"], ["the check"]),
    ({"kind": "interview", "from": ["Patricia Osei", "greg - associate"], "role": "summer associate",
      "company": "holloway crane llp", "extra": "the clinic case i worked on, should mention"}, [], ["clinic case"]),
    ({"kind": "interview", "from": [{"name": "Hannah Cho"}, {"name": "raj patel"}], "role": "data analyst",
      "company": "brightwater health", "topic": "the readmissions dashboard and how they measure it"},
     ["how you measure it"], ["how they measure"]),
    ({"kind": "gift", "occasion": "birthday", "from": ["pops (grandpa eli)"], "what": "$20 in a card", "money": True,
      "detail": "wrote dont spend it all in one place again lol"}, ["Pops,", "“don't spend it all in one place again”"],
     ["pops,"]),
    ({"kind": "hospitality", "from": ["the gallaghers"], "what": "putting me up for 2 wks",
      "detail": "mrs g made pancakes every sunday"}, ["Mrs. G made pancakes"], ["Mrs. g"]),
    ({"kind": "love", "from": ["my husband ravi"], "what": "made me breakfast in bed every day when i was sick",
      "detail": "even the tea w/ honey how i like it", "sign": "xo, Anjali", "tone": "romantic"},
     ["XO,\nAnjali", "just the way I like it", "my favorite part"], ["Yours,", "The even", "our favorite"]),
    ({"kind": "gift", "occasion": "holiday", "from": ["uncle fitz"], "what": "christmas card w a visa gift card",
      "money": True}, ["the Christmas card"], ["for Christmas card"]),
    ({"kind": "donation", "organization": "Owl Trust", "from": "Tomasz Nowak", "amount": "2000", "currency": "GBP",
      "goods_services": "a print valued at £50"}, ["valued at £50"], ["tax-deductible"]),
    # held43/held44: a task or a guess in an interview extra is never sent; a strength that says what I am is put
    # to use, not "built on"; "never ever says" agrees; "the girls made her a crown" gives it to the reader;
    # "come see u over christmas" is the writer's plan; "they were his favorite" are the lilies; what an uncle
    # had done to Grandpa's knife is his
    ({"kind": "interview", "from": [{"name": "Sgt. Maria Pulaski"}], "role": "911 dispatcher", "company": "Clarkston PD",
      "strength": "im bilingual english/spanish", "extra": "bring copy of my cpr cert next time", "tone": "formal"},
     ["bilingual in English and Spanish, which I would be glad to put to use"], ["CPR", "build on that experience"]),
    ({"kind": "interview", "from": ["amir (chef)"], "role": "line cook", "company": "Osteria Sette",
      "extra": "they liked my risotto i think??"}, [], ["risotto"]),
    ({"kind": "gift", "occasion": "graduation", "from": ["my stepdad curtis"], "what": "100 bucks", "money": True,
      "detail": "he said hes proud of me which he never ever says"}, ["which you never ever say"], ["ever says"]),
    ({"kind": "favor", "from": [{"name": "Bianca", "call": "B"}], "what": "babysat rosie and pip",
      "memory": "the girls made her a crown out of paper plates"}, ["made you a crown"], ["made her a crown"]),
    ({"kind": "gift", "occasion": "birthday", "from": [{"name": "grandma bea"}], "what": "twenty dollars in a card",
      "money": True, "ahead": "come see u over christmas"}, ["see you over Christmas"], ["for you to come see you", "coming see you"]),
    ({"kind": "sympathy", "from": ["the nguyens"], "what": "sent flowers for dads funeral",
      "detail": "white lilies, they were his favorite"}, ["They were his favorite"], ["You were his favorite"]),
    ({"kind": "gift", "occasion": "birthday", "from": ["uncle frank"], "what": "grandpas old pocketknife",
      "detail": "he had the blade sharpened and redid the handle"}, ["the blade sharpened"], ["He had the blade"]),
    # held45/held46: strengths typed as a list ("3 yrs of sql + built dashboards", "bilingual spanish, did consent");
    # "they are so expensive" are the textbooks; "car actually stops now" has its article; "your homily made
    # everyone laugh" is a sentence; an ask after a dash is asked; an unsure mention is never sent; Esq. is no
    # surname; "Anjali Auntie" whole; rugby is a sport; Tyler's garage; "teaching the kids poker"; their own
    ({"kind": "interview", "from": [{"name": "Rachel Stein"}], "role": "data analyst", "company": "brightpath health",
      "strength": "3 yrs of sql + built dashboards for our ops team", "tone": "formal"},
     ["I have three years of SQL and built dashboards"], ["Three years of SQL and built"]),
    ({"kind": "interview", "from": ["Dr. Lin"], "role": "clinical research coordinator", "company": "university of michigan",
      "strength": "bilingual spanish, did consent for 200+ patients", "tone": "formal"},
     ["I am bilingual in Spanish and did consent for 200+ patients"], ["I bring bilingual", "I have bilingual"]),
    ({"kind": "gift", "occasion": "graduation", "from": ["aunt bev & uncle ray"], "what": "amazon gift card",
      "money": True, "use": "textbooks for grad school lol they are sooo expensive"}, ["They are so expensive"],
     ["You are so expensive"]),
    ({"kind": "favor", "from": ["my brother nate"], "what": "fixed my brakes", "use": "car actually stops now lol"},
     ["the car actually stops now"], [", car actually"]),
    ({"kind": "sympathy", "from": ["father michael"], "what": "leading moms memorial mass",
      "detail": "ur homily made everyone laugh and cry", "sign": "the lindqvists"},
     ["Your homily made everyone laugh and cry."], ["cry meant"]),
    ({"kind": "interview", "from": [{"name": "Dr. Helena Voss"}], "role": "postdoc", "company": "Max Planck Institute",
      "extra": "relocation to munich - ask about visa support", "tone": "formal"}, ["visa support"], ["mention relocation", " - "]),
    ({"kind": "interview", "from": ["Nathaniel Greer, Esq."], "role": "summer associate", "company": "Greer & Lowell LLP",
      "extra": "mention moot court win? idk", "tone": "formal"}, ["Dear Mr. Greer,"], ["Esq.,", "moot court"]),
    ({"kind": "gift", "occasion": "holiday", "from": ["anjali auntie"], "what": "kaju katli and a brass diya"},
     ["Anjali Auntie,"], ["Hi Anjali,"]),
    ({"kind": "gift", "occasion": "wedding", "from": ["the guys from rugby"], "what": "a custom cornhole set",
      "detail": "they built it in tylers garage"}, ["guys from rugby", "Tyler's garage"], ["Rugby", "tylers"]),
    ({"kind": "hospitality", "from": ["linda & frank"], "what": "thanksgiving at your place",
      "memory": "frank teaching the kids poker"}, ["the kids poker"], ["kids' poker"]),
    ({"kind": "gift", "occasion": "shower", "from": ["the girls from book club"], "what": "a recipe box",
      "detail": "everyone wrote their favorite recipe on a card inside"}, ["everyone wrote their favorite recipe"],
     ["wrote your favorite"]),
    # held47/held48: "theyre so expensive" are the textbooks; a model takes "the"; "and everyone laughed" is its
    # own sentence; "everything u did for me" is what is thanked for; a residency or a PhD program is never
    # "joined as"; PharmD is a credential, not a second signer; "finally can focus" drops its "can"; "next
    # summer we host u"; "five years pediatric" experience; "forklift certified, managed night shift"
    ({"kind": "gift", "occasion": "graduation", "from": ["aunt bev & uncle ray"], "what": "$200", "money": True,
      "use": "textbooks for grad school theyre so expensive"}, [], ["you're so expensive", "You're so expensive"]),
    ({"kind": "gift", "from": ["kenji"], "what": "pentax k1000 w 2 rolls of film"}, ["the Pentax K1000"],
     ["for Pentax"]),
    ({"kind": "sympathy", "from": "pastor dave", "what": "doing the service for grandma",
      "detail": "he told the story about her pies and everyone laughed", "sign": "the Whitaker family"},
     ["Everyone laughed."], ["pies and everyone laughed"]),
    ({"kind": "gratitude", "from": "coach ferris", "what": "everything u did for me the 4 yrs i was on the team"},
     ["Thank you for everything you did for me"], ["Thank you. Everything"]),
    ({"kind": "interview", "from": "dr nguyen and dr fischer", "role": "pgy1 pharmacy residency", "company": "st lukes",
      "tone": "formal", "sign": "Gabriel Ortiz, PharmD"}, ["the PGY1 pharmacy residency at St. Luke's"],
     ["as a PGY1", "We are sorry", "We look"]),
    ({"kind": "gift", "occasion": "holiday", "from": "Neha (work)", "what": "wireless earbuds",
      "use": "finally can focus on the train"}, ["can finally focus"], ["finally can", "to finally"]),
    ({"kind": "hospitality", "from": "wren & ola", "what": "letting us stay at ur cabin in tahoe",
      "ahead": "next summer we host u"}, ["Next summer, we'll host you."], ["forward to next summer we"]),
    ({"kind": "interview", "from": ["Ms. Harper"], "role": "dental hygienist", "company": "Bright Dental",
      "strength": "5 yrs pediatric", "tone": "formal"}, ["five years of pediatric experience"], ["I am five years"]),
    ({"kind": "interview", "from": ["Derek (HR)"], "role": "warehouse supervisor", "company": "Northgate",
      "strength": "forklift certified, managed night shift", "tone": "formal"},
     ["I am forklift certified and managed night shift"], ["with managed"]),
    # held49/held50: "and a card w/ a drawing" is a second thing; how an interview went, a remark about the
    # interviewer and a question for someone else are never sent; "id built" is "I built"; R is a language;
    # Gram is a woman; "aunt pip" and "lakeview rotary club" whole; Sister Agnes; "always ur j" signs once;
    # St. Brigid's Academy; "chapter 3 finally makes sense"
    ({"kind": "gift", "occasion": "holiday", "from": ["auntie fola"], "what": "$50 amazon card", "money": True,
      "detail": "and a card w/ a drawing by the twins"}, ["for the card with a drawing by the twins"],
     ["appreciate and"]),
    ({"kind": "interview", "from": ["Hannah Cho (eng mgr)", "Raj Iyer"], "role": "backend engineer", "company": "Stripe",
      "strength": "id built something similar w/ kafka", "question": "ask if they hire juniors too, for my roommate",
      "extra": "blanked on the sql one lol"}, ["I built something similar with Kafka"],
     ["blanked", "roommate", "Id built", "I'd built"]),
    ({"kind": "interview", "from": ["greg (chef)"], "role": "line cook", "company": "Copper Pot",
      "extra": "he let me do a stage on the line"}, [], ["he let me"]),
    ({"kind": "interview", "from": [{"name": "Dr. Sofia Lindgren"}], "role": "research assistant",
      "company": "karolinska institutet", "strength": "all my r work on the registry data",
      "extra": "send the link to my r package", "tone": "formal"}, ["R package"], ["Are"]),
    ({"kind": "gift", "occasion": "wedding", "from": [{"name": "Grandma Eunice", "call": "gram"}], "what": "a check",
      "money": True, "detail": "she wrote a whole letter about her own wedding in 1958"},
     ["Gram,", "about your own wedding"], ["She wrote", "her own wedding"]),
    ({"kind": "gift", "occasion": "mailed", "from": [{"name": "Great-Aunt Philippa", "call": "aunt pip"}],
      "what": "a check", "money": True}, ["Aunt Pip,"], ["Aunt,"]),
    ({"kind": "donation", "organization": "Eastside Food Pantry", "from": ["lakeview rotary club"], "amount": 1500,
      "tone": "formal"}, ["Lakeview Rotary Club,"], ["Dear Lakeview,"]),
    ({"kind": "interview", "from": ["Sister Agnes Moore"], "role": "school nurse", "company": "st brigids academy",
      "tone": "formal"}, ["Dear Sister Agnes,", "St. Brigid's Academy"], ["Sister Moore", "Brigids"]),
    ({"kind": "love", "from": ["mari"], "what": "u stayed up all night w/ me before my boards",
      "sign": "always ur j", "tone": "romantic"}, ["Always your J"], ["Yours always,\nAlways", "Always,\nAlways"]),
    ({"kind": "favor", "from": ["prof nwosu"], "what": "read my whole thesis draft",
      "use": "chapter 3 finally makes sense"}, ["hapter 3 finally makes sense"], ["It was chapter"]),
    # held51/held52 (fixed after the last grading): "found a place" is the past of find; "still had leaves on
    # them" is the oranges; "my leave starts on time now" is a sentence; "come play for your recital" is the
    # writer's plan; "when we dropped the baton" is the time we did; a shih tzu is a pet and "he hates the vet"
    # is never loved
    ({"kind": "hospitality", "from": ["auntie grace"], "what": "letting me crash at ur place for 2 weeks",
      "use": "found a place near the park"}, ["I found a place near the park"], ["I'll found", "can found"]),
    ({"kind": "gift", "occasion": "mailed", "from": ["kevin"], "what": "a box of oranges from his tree",
      "detail": "still had leaves on them"}, ["hey still had leaves on them"], ["the still had", "for still having"]),
    ({"kind": "favor", "from": ["brenda in hr"], "what": "helped me sort out my fmla paperwork",
      "use": "my leave starts on time now"}, ["y leave starts on time now"], ["thank for my leave"]),
    ({"kind": "gift", "from": ["ms ferreira"], "what": "a book of chopin nocturnes",
      "ahead": "come play for ur studio recital in spring"}, ["play for your studio recital"],
     ["for you to come play"]),
    ({"kind": "gift", "occasion": "graduation", "from": ["coach alvarez"], "what": "a framed photo of the relay",
      "memory": "when we dropped the baton at regionals"}, ["the time we dropped the baton"], ["how when"]),
    ({"kind": "favor", "from": ["bella"], "what": "taking mochi to the vet",
      "detail": "mochi is my shih tzu and he hates the vet"}, ["my shih tzu Mochi", "He hates the vet"],
     ["you hate", "Mochi is my"]),
    # held53/held54 (fixed after the last grading): "Dads old army buddy Sal and his wife Rita" greets Sal and Rita;
    # a member's "her famous mac and cheese, the one she never shares" is yours; "none broke in the mail";
    # "pb&js for life" is a thing; "Big Tony from the gym"; "ran the robotics club 4 yrs" is for four years;
    # "westbrook ms"; a Yankee Candle is a candle
    ({"kind": "gift", "occasion": "wedding", "from": ["Dads old army buddy Sal and his wife Rita"], "what": "a dutch oven"},
     ["Sal and Rita,"], ["army buddy"]),
    ({"kind": "gift", "occasion": "shower", "from": ["Tasha + the girls from spin class"], "what": "a recipe box",
      "detail": "tasha put in her famous mac n cheese, the one she never shares lol"},
     ["Tasha, you put in your famous mac and cheese, the one you never share"], ["her famous", "she never"]),
    ({"kind": "gift", "occasion": "mailed", "from": ["cousin ruthie"], "what": "3 jars of wild blueberry jam",
      "detail": "none broke in the mail lol", "use": "pb&js for life"}, ["None broke in the mail"],
     ["the none broke", "can pb&js"]),
    ({"kind": "favor", "from": ["big tony from the gym"], "what": "jumped my car"}, ["Big Tony,"], ["big Tony"]),
    ({"kind": "interview", "from": ["ms oduya"], "role": "science teacher", "company": "westbrook ms",
      "strength": "ran the robotics club 4 yrs", "tone": "formal"},
     ["Westbrook MS", "the robotics club for four years"], ["Westbrook Ms."]),
    ({"kind": "gift", "occasion": "holiday", "from": ["the smith-garcias"],
      "what": "Yankee Candle Balsam & Cedar Large Jar Candle, 22 oz"}, ["candle"], ["candle balsam"]),
    # held55/held56: "dinner party sat" is on Saturday; "mom's friend deb in santa fe", "neighbor gus" and "sarah (HR
    # recruiter)" greet the name; "former college soccer player" is who I am; UCSF, Motion PT, IBEW, ACL but
    # "Parks & Rec", "Neuro Lab"; a holiday party takes "the"; "that night we got lost" is a moment
    ({"kind": "hospitality", "from": ["claire"], "what": "dinner party sat", "tone": "playful"},
     ["the dinner party on Saturday"], ["party sat", "Thank you. "]),
    ({"kind": "hospitality", "from": ["mom's friend deb in santa fe"], "what": "hosting me for a week"}, ["Deb,"],
     ["Mom's,"]),
    ({"kind": "favor", "from": ["neighbor gus"], "what": "shoveled our driveway"}, ["Gus,"],
     ["neighbor Gus", "you all"]),
    ({"kind": "interview", "from": ["sarah (HR recruiter)"], "role": "customer success mgr", "company": "Brightloop",
      "tone": "formal"}, ["Sarah,"], ["Dear HR,"]),
    ({"kind": "interview", "from": ["Dr. Imani Grant"], "role": "physical therapy aide", "company": "motion pt",
      "topic": "acl rehab protocols", "strength": "former college soccer player, tore my own acl", "tone": "formal"},
     ["I am a former college soccer player and tore my own ACL", "Motion PT"], ["I have former", "Motion Pt"]),
    ({"kind": "interview", "from": ["Dr. Lee"], "role": "postdoc", "company": "ucsf neuro lab", "tone": "formal"},
     ["UCSF Neuro Lab"], ["Ucsf", "LAB"]),
    ({"kind": "hospitality", "from": ["the ferreiras"], "what": "christmas cookie decorating party"},
     ["the Christmas cookie decorating party"], ["for Christmas cookie"]),
    ({"kind": "love", "from": ["jess"], "what": "flying across the country for my birthday",
      "memory": "that night we got lost in boston", "tone": "romantic"}, ["that night we got lost in Boston"],
     ["how that night"]),
])
def test_round_seven_held_back_faults(moment, wanted, unwanted):
    """Each case a fault a blind grader found in held34-held56 (graded this session), named in the comment above it."""
    _reads(dict({"on": TODAY}, **moment), wanted, unwanted)


@pytest.mark.parametrize("moment, wanted, unwanted", [
    # held57/held58: a use that names a thing is never made a verb ("I'm going to cornbread", "excited to soup
    # season", "Our plan is to smoothies every am"): a word no dictionary knows is a thing, "soup season" a time
    ({"kind": "gift", "occasion": "holiday", "from": ["tom and ana"], "what": "Lodge 10.25 Inch Cast Iron Skillet",
      "use": "cornbread for xmas"}, ["cornbread for Christmas"], ["to cornbread", "will cornbread"]),
    ({"kind": "gift", "occasion": "shower", "from": ["jen"], "what": "a dutch oven", "use": "soup season!!"},
     ["soup season"], ["to soup season", "I'll soup"]),
    ({"kind": "gift", "occasion": "wedding", "from": ["nana bea and pop"], "what": "a blender",
      "use": "smoothies every am"}, ["smoothies every morning"], ["to smoothies", "every am"]),
    # a memory typed as a likeness is said as one, never "I keep thinking about same as when ..."
    ({"kind": "favor", "from": ["my brother marcus"], "what": "helped me move", "memory": "same as when we moved mom lol",
      "tone": "playful"}, ["just like when we moved Mom"], ["about same as", "of same as"]),
    ({"kind": "love", "from": ["my husband dom"], "what": "made me breakfast in bed", "memory": "just like our first apartment",
      "tone": "romantic"}, ["just like our first apartment"], ["about just like", "of just like"]),
    # one moment that happened is told, then smiled about; never "how the kids did a talent show"
    ({"kind": "hospitality", "from": ["the okonkwo family"], "what": "hosting us for friendsgiving",
      "memory": "the kids did a talent show", "tone": "warm"}, ["The kids did a talent show, and"],
     ["how the kids did"]),
    # "Hi Dev, ... Gratefully," and "I'm so grateful to you for" read as stiff in a warm note
    ({"kind": "favor", "from": ["dev (my neighbor)"], "what": "watched my dog for the weekend"}, ["Dev,"],
     ["Gratefully,", "With gratitude,", "grateful to you for"]),
    ({"kind": "gift", "occasion": "baby", "from": [{"name": "priya shah", "call": "priya", "relationship": "coworker"}],
      "what": "a hand knit baby blanket"}, ["Priya,"], ["Gratefully,", "With gratitude,", "grateful to you for"]),
    # typed shorthand read as words: "w/out", "we been", "hand embroidered", "girls night"
    ({"kind": "gift", "occasion": "birthday", "from": ["my stepdad gary"], "what": "headphones",
      "use": "finally can study in the dorm w/out hearing my roommates tiktoks"}, ["without hearing"], ["w/out"]),
    ({"kind": "gift", "occasion": "mailed", "from": ["my pen pal astrid"], "what": "a dala horse",
      "memory": "we been writing since 7th grade"}, ["we've been writing"], ["we been"]),
    ({"kind": "gift", "occasion": "wedding", "from": ["cecilia"], "what": "hand embroidered tea towels"},
     ["hand-embroidered tea towels"], ["hand embroidered"]),
    ({"kind": "gift", "occasion": "shower", "from": ["jen"], "what": "a dutch oven", "ahead": "girls night after the wedding"},
     ["girls' night"], ["girls night"]),
    # what a gift came in, how it came, and what was in it are no part of its name
    ({"kind": "gift", "occasion": "holiday", "from": ["mr and mrs abernathy"], "what": "visa gift card in a christmas card",
      "money": True, "tone": "formal"}, ["the Visa gift card"], ["in a Christmas card"]),
    ({"kind": "gift", "occasion": "baby", "from": ["the night shift nurses"],
      "what": "a huge basket of baby stuff, onesies wipes the works"}, ["It had onesies, wipes, the works."],
     ["stuff, onesies"]),
    # pets named in the detail go with the act; what they did stays
    ({"kind": "favor", "from": ["my neighbor imani"], "what": "fed my cats while i was in texas",
      "detail": "mochi and turnip are my cats and they were spoiled rotten"},
     ["my cats Mochi and Turnip", "They were spoiled rotten."], ["are my cats"]),
    # "come over for dinner in jan?" invites them; a plan typed with "maybe" is hoped for
    ({"kind": "gift", "occasion": "holiday", "from": ["tom and ana"], "what": "a skillet",
      "ahead": "come over for dinner in jan?"}, ["Would you like to come over for dinner in January?"], ["Could I"]),
    ({"kind": "gift", "occasion": "mailed", "from": ["astrid"], "what": "a dala horse",
      "ahead": "visiting stockholm next summer maybe!!"}, ["Stockholm next summer."], ["maybe", "I'll visit"]),
    # "finally can study" is so already; "lectures on the bus" are things, never "They lecture"
    ({"kind": "gift", "occasion": "birthday", "from": ["gary"], "what": "headphones", "use": "finally can study in the dorm"},
     ["can finally study in the dorm"], ["I'll finally study"]),
    ({"kind": "gift", "occasion": "graduation", "from": ["Dr. and Mrs. Vukovic"], "what": "earbuds",
      "use": "lectures on the bus", "tone": "formal"}, ["for lectures on the bus"], ["They lecture"]),
    # typed shorthand: "ur doing great" is you're, "matches r kitchen tiles" our, "she hates" you hate
    ({"kind": "just-because", "from": ["Tash"], "what": "left a note in my lunchbox",
      "detail": "it just said 'ur doing great, eat the apple'"}, ["'ur doing great"], ["your doing"]),
    ({"kind": "gift", "occasion": "wedding", "from": ["priya and dev"], "what": "a dutch oven",
      "detail": "the blue matches r kitchen tiles"}, ["our kitchen tiles"], ["are kitchen tiles"]),
    ({"kind": "favor", "from": ["Dana"], "what": "she drove me to the airport at 5am even tho she hates mornings"},
     ["even though you hate mornings"], ["you hates"]),
    # who "she" is when the act names my dad: the nurse, said to her as "you"
    ({"kind": "gratitude", "from": ["Nurse Pilar"], "what": "taking care of my dad in the ICU",
      "detail": "she always played his cumbia playlist"}, ["playing his cumbia playlist"], ["She always played"]),
    # an interview topic that names a method; a slip in the interview is never sent
    ({"kind": "interview", "from": ["Dr. Femi Adebayo"], "role": "postdoc", "company": "Karolinska Institutet",
      "topic": "CRISPR screens in organoids", "tone": "formal"}, ["CRISPR screens in organoids"], ["hear that CRISPR"]),
    ({"kind": "interview", "from": ["Carla"], "role": "line cook", "company": "Husk", "extra": "i burned the shallots lol"},
     ["Husk"], ["shallots"]),
    # a role typed "role, field"; a title in brackets under the name; "the reno"; a party is thanked for including them
    ({"kind": "interview", "from": ["mr. obi"], "role": "summer intern, structural eng", "company": "Arup"},
     ["intern", "in structural engineering"], ["intern, structural", "intern in structural engineering role"]),
    ({"kind": "interview", "from": ["Professor Varga"], "role": "PhD applicant, linguistics", "company": "University of Edinburgh",
      "tone": "formal"}, ["the PhD program in linguistics"], ["applicant"]),
    ({"kind": "donation", "organization": "Riverbend Animal Rescue", "from": ["Carol Haines"], "amount": 250,
      "sign": "Meg (volunteer coord)"}, ["Meg, Volunteer Coordinator"], ["(volunteer coord)"]),
    ({"kind": "favor", "from": ["the oyelarans"], "what": "letting us park in their driveway during the reno", "tone": "formal"},
     ["during the renovation"], ["Reno"]),
    ({"kind": "hospitality", "from": ["Colonel and Mrs. Whitaker"], "what": "the christmas party at their home",
      "tone": "formal"}, ["including me in the Christmas party at your home"], ["Thank you for the Christmas party"]),
    ({"kind": "hospitality", "from": ["the nakamuras"], "what": "thanksgiving dinner",
      "memory": "playing hanafuda after dinner", "tone": "formal"}, ["especially enjoyed playing hanafuda"], ["often think"]),
    ({"kind": "donation", "organization": "Kai Kitchen", "from": ["Tama Ngata"], "amount": 150, "currency": "NZD"},
     ["NZ$150"], ["150 NZD"]),
    # a group named by where it works; what everyone did is said with feeling; "and sitting with us" is thanked for too
    ({"kind": "sympathy", "from": ["my whole dept"], "what": "sympathy card and the donation to the hospice",
      "detail": "everybody signed it"}, ["To everyone in the department,", "It meant so much that everybody signed it."],
     ["Dear Dept", "To the department"]),
    ({"kind": "sympathy", "from": ["the whole 4th floor"], "what": "a donation to the ASPCA"},
     ["To everyone on the fourth floor,"], ["To the fourth floor,"]),
    ({"kind": "sympathy", "from": ["Pastor and Mrs. Greene"], "what": "the casserole and sitting with us at the hospital",
      "tone": "formal"}, ["the casserole and for sitting with us"], ["casserole and sitting"]),
    ({"kind": "hospitality", "from": ["chef arturo"], "what": "the tasting menu", "detail": "the mole negro"},
     ["mole negro"], ["Negro"]),
    # held62: "drove all my stuff" is an act; "every single card was still in it" a clause; "w little blue threads"
    # is what the gift has; a deputy is greeted with his name; a memory of the giver's own is not "smiled about"
    ({"kind": "favor", "from": ["Gabe and Rosalind"], "what": "drove all my stuff from denver to boise in their truck"},
     ["driving all my stuff from Denver to Boise in your truck"], ["the drove"]),
    ({"kind": "favor", "from": ["Deputy Harlan"], "what": "found my wallet and drove it to my house",
      "detail": "every single card was still in it"}, ["Dear Deputy Harlan,", "very single card was still in it"],
     ["It was every", "Hi Deputy,", "Dear Deputy,"]),
    ({"kind": "gift", "occasion": "shower", "from": ["Mireille"], "what": "a moses basket she wove herself",
      "detail": "w little blue threads in the handles"}, ["it has little blue threads in the handles"], ["It was with"]),
    ({"kind": "gift", "occasion": "graduation", "from": ["Babcia"], "what": "her gold cross necklace",
      "memory": "she wore it at her own graduation in krakow"}, ["you wore it at your own graduation in Krakow"],
     ["still smiling"]),
    ({"kind": "gift", "occasion": "wedding", "money": True, "what": "red envelope",
      "from": [{"name": "Bao and Linh Nguyen", "call": "chu Bao and co Linh", "relationship": "family"}]},
     ["Chu Bao and Co Linh,"], ["chu Bao"]),
    ({"kind": "sympathy", "from": ["the crew at station 9"], "what": "the honor guard at my husband's funeral",
      "tone": "formal"}, ["Station 9", "Thank you for the honor guard"], ["thinking of me with the honor guard"]),
    # held59: what was done to the writer is the giver's act too; "my sister jen" is she, and "him" the singer
    ({"kind": "gratitude", "from": ["Ms. Adeyemi"], "what": "being my son's teacher",
      "detail": "she noticed he couldnt see the board and told us"}, ["and telling us"], ["and told us"]),
    ({"kind": "gift", "occasion": "birthday", "from": ["my sister jen"], "what": "tickets to see hozier in march",
      "detail": "she remembered i missed him last time bc i had covid"}, ["I missed him last time"], ["missed you"]),
    ({"kind": "sympathy", "from": ["Pete from the hardware store"], "what": "brought over a lasagna after dad passed",
      "detail": "he didnt even knock"}, ["not even knocking"], ["He didn't even knock"]),
    # one thing someone did, typed as the detail, is said with feeling, not told back bare
    ({"kind": "gift", "occasion": "birthday", "from": ["the 5-a-side guys"], "what": "a signed liverpool scarf",
      "detail": "Salah actually signed it"}, ["I love that Salah actually signed it."], []),
    # held61: "him cussing at it" is a moment; "my fiancé, omar" greets Omar
    ({"kind": "favor", "from": ["gramps"], "what": "rebuilt the carburetor", "memory": "him cussing at it in the garage",
      "tone": "playful"}, ["you cussing at it in the garage"], ["of how you cussing"]),
    ({"kind": "love", "from": ["my fiancé, omar"], "what": "learned sign language for my grandpa", "tone": "romantic"},
     ["Omar,"], ["Fiancé,"]),
    # held63: "felt way less homesick" happened; a donor's gift "stocks about 80 family boxes"
    ({"kind": "hospitality", "from": ["the reyes family"], "what": "putting me up over fall break",
      "use": "felt way less homesick"}, ["I felt way less homesick"], ["I'll felt"]),
    ({"kind": "donation", "organization": "Riverbend Food Pantry", "from": ["Everett Kwan"], "amount": 250,
      "use": "stocks about 80 family boxes"}, ["stocks about 80 family boxes"], ["toward stocks"]),
    # held64: after a preposition comes its noun, never the verb ("clinic on weds" is no clause "that ... weds")
    ({"kind": "interview", "from": ["Dr. Okafor"], "role": "vet tech", "company": "Maple Hollow Animal Hospital",
      "topic": "their exotic animal clinic on weds"}, ["exotic animal clinic"], ["learn that your", "hear that your"]),
    # held65/held66: "you and Mom singing" is a moment; "for ur commute" is yours; a playlist "called" a name
    ({"kind": "sympathy", "from": [{"name": "Ezra Holm", "call": "ez"}], "what": "coming all the way from portland",
      "memory": "him and mom singing in the kitchen"}, ["you and Mom singing in the kitchen"], ["how you and Mom"]),
    ({"kind": "just-because", "from": [{"name": "Wendell Pike", "call": "wen"}], "tone": "playful",
      "what": "random playlist he made me called songs for ur commute"},
     ["Thank you for the random playlist you made me called songs for your commute."], ["you're commute"]),
])
def test_round_eight_held_back_faults(moment, wanted, unwanted):
    """Each case a fault a blind grader found in held57-held58, named in the comment above it."""
    _reads(dict({"on": TODAY}, **moment), wanted, unwanted)


@pytest.mark.parametrize("moment, wanted, unwanted", [
    # held68: a word after a kin word is a name, never a texting form; a place after it is a label
    ({"kind": "gift", "occasion": "mailed", "from": ["cousin Ty in japan"], "what": "a box of kit kats"},
     ["Cousin Ty,"], ["Thank you in", "Japan,"]),
    # held67: "uncle min" is Uncle Min, never "Uncle minutes"
    ({"kind": "gift", "occasion": "wedding", "from": ["the Park family"], "what": "a stand mixer",
      "memory": "dancing to september with uncle min"}, ["Uncle Min."], ["minutes"]),
    # held67: the writer not knowing who sent it is no name; the card's name is
    ({"kind": "gift", "from": ["idk who sent it, the card just says the millers"], "what": "box of pears from oregon"},
     ["Miller"], ["Idk", "idk"]),
    # held68: a detail about the gift still speaks to its one giver; "tia" is a woman
    ({"kind": "gift", "occasion": "birthday", "from": [{"name": "Tia Carmen", "relationship": "family"}],
      "what": "gold hoop earrings", "detail": "they were hers when she was my age"},
     ["hey were yours when you were my age"], ["hers", "she was"]),
    # held68: a fact that already says "you" to the giver keeps "he" for someone else (the dog)
    ({"kind": "sympathy", "from": [{"name": "Dr. Halvorsen", "relationship": "our vet"}],
      "what": "the handwritten card after we put ziggy down", "detail": "u remembered he hated the scale"},
     ["remembering he hated the scale"], ["you hated"]),
    # held68: every verb of what someone did is thanked for in one shape
    ({"kind": "just-because", "from": ["mr. k the mailman"],
      "what": "he always waves at my son and once gave him an old stamp"},
     ["always waving at my son and once giving him an old stamp"], ["once gave"]),
    # held67: the shop's sentence after a product's name is no part of it
    ({"kind": "gift", "occasion": "shower", "from": ["cousin dee"],
      "what": "Ninja AF101 Air Fryer that Crisps, Roasts, Reheats, & Dehydrates, 4 Quart, Black"},
     ["air fryer"], ["crisps", "Crisps"]),
    # held68: money turned down is said without its amount, never cut off ("for not even taking.")
    ({"kind": "favor", "from": ["Dale (the guy w/ the truck)"], "what": "towed me out of the ditch on route 9",
      "detail": "wouldnt even take the 20 bucks"}, ["not even taking any money"], ["20", "taking."]),
    # held68: "already" shows a use done, whatever the verb's form ("read")
    ({"kind": "gift", "occasion": "birthday", "from": ["Hugo"], "what": "Kindle Paperwhite (16 GB) - Agave Green",
      "use": "already read 3 books on it"}, ["I already read 3 books on it."], ["perfect for already"]),
    # held67: what would have been without the help is said as such, never "Because of your help, ... would have"
    ({"kind": "favor", "from": ["Sam (IT)"], "what": "staying late to recover my thesis files off the dead laptop",
      "use": "i defend on the 15th and i would literally have had nothing"},
     ["I defend on the 15th, and without you I would have had nothing."], ["Because of your help, I defend"]),
    # held67: "everything" is never "thank you for everything" (voice rule 9)
    ({"kind": "love", "from": ["mom"], "what": "everything this year honestly"},
     ["for all you've done this year"], ["for everything"]),
    # the tagger: a noun phrase and its verb is a clause, never a thing to thank for
    ({"kind": "favor", "from": ["Dana"], "what": "reading every draft", "use": "my first novel comes out in january"},
     ["first novel comes out in January."], ["for my first novel comes"]),
    # held67: words on a thing typed in single quotes are quoted once
    ({"kind": "gift", "occasion": "holiday", "from": ["the book club ladies"],
      "what": "a scented candle and a mug that says 'this might be wine'"}, ["says “this might be wine”"], ["“'"]),
    # held67: two colours describe the gift together; a couple loves it as "we"
    ({"kind": "gift", "occasion": "baby", "from": ["Grandma Irene"], "what": "hand knit blanket, she knitted it herself",
      "detail": "yellow and white w/ the tiny ducks", "sign": "Josh & Emily"},
     ["yellow and white hand-knit blanket with the tiny ducks", "We love that you knitted it yourself."],
     ["blanket and white", "I love that"]),
    # held67: what else the giver did joins the act it came with
    ({"kind": "favor", "from": ["mike from the gym"], "what": "spotting me on the move, he brought his truck and 2 dollies"},
     ["spotting me on the move and bringing your truck"], ["You brought your truck"]),
    # held68: a savings bond or a voucher is a thing, named; "for Lily" is for the baby already
    ({"kind": "gift", "occasion": "baby", "from": ["the Kim family"], "what": "a savings bond for lily", "money": True},
     ["savings bond for Lily."], ["generous", "for the baby"]),
    ({"kind": "gift", "occasion": "birthday", "from": ["my boss Angela"], "what": "a day off + a spa voucher", "money": True},
     ["the day off and the spa voucher"], ["generous"]),
    # held68: a donation typed as what it is for says what the gift does
    ({"kind": "donation", "from": ["Rev. Thomas Achebe"], "organization": "Hope Street Youth Center", "amount": 1200,
      "goods_services": "none", "what": "for the new basketball court lights", "tone": "formal"},
     ["basketball court lights"], []),
    # held68: a thing and a word on it that says "it" is one sentence about the thing
    ({"kind": "hospitality", "from": ["the Okonkwo family"],
      "what": "having us for christmas eve dinner last yr and we never said thx",
      "detail": "the jollof, still dreaming abt it", "sign": "Greg and Sue"},
     ["for Christmas Eve dinner last year.", "We're still dreaming about the jollof."], ["never said", "The jollof,"]),
    ({"kind": "favor", "from": ["ellie & the girls"], "what": "threw me a surprise going away party",
      "memory": "the karaoke, never speak of it", "tone": "playful"},
     ["we never speak of the karaoke"], ["how the karaoke", "karaoke, never"]),
    # held68: where a gift was bought is no part of it; "a group gift, X" is X; "the red one" colours it
    ({"kind": "gift", "occasion": "wedding", "from": ["my college roommates"],
      "what": "a group gift, the espresso machine off the registry", "detail": "off the registry, the red one!!"},
     ["the red espresso machine"], ["registry", "group gift,"]),
    # held68: a money gift going toward a thing paid for, never "I'll deposit on"
    ({"kind": "gift", "occasion": "graduation", "from": ["Aunt Pearl"], "what": "a check for my graduation",
      "money": True, "use": "deposit on my first apartment!!"},
     ["toward a deposit on my first apartment."], ["I'll deposit"]),
    # held71 (read by the author): a word to oneself about the reader is never sent; "half of it" takes no "the"
    ({"kind": "gift", "occasion": "mailed", "from": ["cousin fern"], "what": "a box of homemade toffee",
      "detail": "half of it is gone already lol she'll never read this"},
     ["alf of it is gone already."], ["never read", "the half"]),
    # held71: a note that said something, typed in quotes, is a thing the writer loved, quoted once
    ({"kind": "just-because", "from": ["my bff rach"], "what": "random care package w/ face masks and a trashy novel",
      "detail": "a sticky note that said 'u got this'"}, ["sticky note that said “u got this”"], ["A sticky note", "“'"]),
    # held71: "sleeping like a rock" is going on now; a label typed as a giver of its own is who they are
    ({"kind": "gift", "occasion": "holiday", "from": ["my in laws", "barb", "jim"], "what": "a weighted blanket",
      "use": "sleeping like a rock ngl"}, ["Barb and Jim,", "I'm sleeping like a rock."], ["in laws", "to sleeping"]),
    # held71: "was moms when she was a baby": Mom's, and "she" is Mom, not the aunt
    ({"kind": "gift", "occasion": "baby", "from": ["aunt june (moms side)"],
      "what": "a silver rattle that was moms when she was a baby"}, ["was Mom's when she was a baby"], ["you were a baby"]),
    # held71: to two givers, one of them named in a memory stays named
    ({"kind": "hospitality", "from": [{"name": "tom and gwen", "call": "Tom and Gwen"}],
      "what": "let us stay at their lake house 3 nights", "memory": "gwen beating everyone at euchre at 1am"},
     ["Gwen beating everyone at euchre"], ["you beating"]),
    # held71: "thx" after a thing, "that's the plan anyway", a day after "on me": asides and short forms
    ({"kind": "hospitality", "from": ["uncle ray and aunt bev"], "what": "hosted thanksgiving for all 14 of us",
      "detail": "the pecan pie thx", "ahead": "dinner on me fri"}, ["pecan pie", "on Friday"], ["pie thanks", " fri."]),
    # held71: "group gift, they all chipped in for X" thanks them for chipping in
    ({"kind": "gift", "occasion": "birthday", "from": ["jess", "kev", "amira", "tomas"],
      "what": "group gift, they all chipped in for concert tix"}, ["for chipping in for concert tickets"], ["group gift"]),
    # held71 and held67: "N yrs of X + i built Y": I have N years of X and built Y
    ({"kind": "interview", "from": ["Dana Whitcomb"], "role": "data analyst", "company": "Brightwell",
      "strength": "6 yrs of sql + i built the dashboards at my last job", "tone": "formal"},
     ["I have six years of SQL and built the dashboards at my last job"], ["SQL and I built"]),
    # held71: a giver's name that is a word too, opening a memory of what they did
    ({"kind": "hospitality", "from": ["uncle ray and aunt bev"], "what": "hosted thanksgiving for all 14 of us",
      "memory": "ray carving the turkey w/ an electric knife"}, ["Ray carving the turkey"], ["ray carving"]),
    # held71: a product title and another thing after "+"
    ({"kind": "gift", "occasion": "shower", "from": ["mrs k"],
      "what": "Dreft Stage 1 Newborn Liquid Laundry Detergent, 100 fl oz + burp cloths"},
     ["laundry detergent and burp cloths"], ["Dreft Stage", "fl Oz"]),
    # held71: a thing and an act, typed as one: "card and gave me the whole week off"
    ({"kind": "sympathy", "from": ["my boss carol"], "what": "card and gave me the whole week off when grandma died",
      "tone": "formal"}, ["for the card and for giving me the whole week off"], ["Card and gave"]),
    # held72 (read by the author): "cousins mel and tariq" are Mel and Tariq; "Ms. Halloran - front office" is Ms. Halloran
    ({"kind": "gift", "occasion": "wedding", "from": ["cousins mel and tariq"], "what": "a check", "money": True},
     ["Mel and Tariq,"], ["Cousin's"]),
    ({"kind": "gratitude", "from": ["Ms. Halloran - front office"], "what": "always lets me know when theo forgets his lunch"},
     ["Ms. Halloran,"], ["MS Office", "Front Office"]),
    # held72: a single letter after "dr." is a name's initial, never "are"; thanks said to someone else is left out
    ({"kind": "gift", "occasion": "graduation", "from": ["Mr. Tanaka - my chem teacher"], "what": "a lab notebook",
      "detail": "he wrote 'for the future dr. r' on the first page"}, ["Dr. R"], ["Dr. are"]),
    ({"kind": "hospitality", "from": ["the ramirez-coles"], "what": "friendsgiving at their place",
      "detail": "the tamales!!! thx abuela"}, ["tamales"], ["abuela", "Thanks abuela"]),
    # held72: how a gift came is said of it, never of the givers
    ({"kind": "gift", "occasion": "birthday", "from": ["the book club ladies"], "what": "they all went in on a kindle",
      "detail": "already loaded w/ our next 3 picks"}, ["already loaded with our next 3 picks"], ["you all already"]),
    # held72: a question asked inside a sentence is worded as one
    ({"kind": "interview", "from": ["Nadia Quispe"], "role": "junior accountant", "company": "Harlow & Byrne CPAs",
      "question": "what software do they use, forgot to ask", "tone": "formal"},
     ["what software you use"], ["what software do you use", "forgot"]),
    # held70: "march 14th" is a date; "u guys fed" is what they did; "saved us like 400 bucks" says no amount
    ({"kind": "gift", "occasion": "birthday", "from": ["my sister Rae"], "what": "tickets to see hozier",
      "ahead": "march 14th!! cant wait"}, ["March 14th"], ["marching"]),
    ({"kind": "favor", "from": ["Lucia & Ben"], "what": "u guys fed our chickens for a week"},
     ["for feeding our chickens for a week"], ["guying"]),
    ({"kind": "gift", "occasion": "baby", "from": ["Nora"], "what": "a hand me down crib + a bag of baby clothes",
      "use": "saved us like 400 bucks honestly"}, ["saved us a lot"], ["about.", "400", "honestly"]),
    # held70: "great aunt millie" is Great-Aunt Millie; "idk if he'll read it but my grandpa walt" is Walt
    ({"kind": "gift", "occasion": "graduation", "from": ["Great Aunt Millie"], "what": "a card w/ money", "money": True},
     ["Great-Aunt Millie,"], ["Hi Great,", "Dear Great,"]),
    ({"kind": "gift", "occasion": "birthday", "from": ["idk if he'll read it but my grandpa walt"],
      "what": "his old fishing rod"}, ["Walt,"], ["Idk", "read it"]),
    # held74 (the two drafts the A/B preferred at the session's start): "group gift off the registry, the red one"
    # colours the gift; "the application's in" is a clause, and "finger's crossed" an aside
    ({"kind": "gift", "occasion": "wedding", "from": ["the whole 3rd floor at Pell & Stroud"],
      "what": "KitchenAid Artisan Series 5 Quart Tilt-Head Stand Mixer KSM150PSER, Empire Red",
      "detail": "group gift off the registry, the red one!!"}, ["the red stand mixer"], ["Group gift", "registry"]),
    ({"kind": "favor", "from": [{"name": "Professor Ilse Brandauer"}], "tone": "formal",
      "what": "writing my rec letter for the fulbright on short notice", "use": "the application's in, finger's crossed"},
     ["he application's in"], ["thank for the application's", "crossed"]),
    # held73-74: "somehow they survived fedex" is the mangoes; a use that made a day better was the act's doing;
    # "Mrs k" is Mrs. K; "r now" is "are now"
    ({"kind": "gift", "occasion": "mailed", "from": ["cousin ravi"], "what": "a box of alphonso mangoes",
      "detail": "somehow they survived fedex"}, ["they survived FedEx"], ["you survived"]),
    ({"kind": "just-because", "from": ["Marguerite"], "what": "u left tulips on my porch for no reason",
      "use": "made a really bad tuesday a lot better honestly"}, ["made a really bad Tuesday a lot better"], ["I made"]),
    ({"kind": "favor", "from": ["Mrs k next door"], "what": "she took in all my packages for 3 weeks"},
     ["Mrs. K,"], ["Mrs.,"]),
    ({"kind": "gift", "occasion": "holiday", "from": ["my step dad Rory"], "what": "a cast iron waffle maker",
      "use": "christmas morning waffles r now my job apparently"}, ["waffles are now my job"], ["waffles our"]),
    # held74: the crash on a host's couch is the guest's; money never cut off after "not even"; a doubt to oneself
    # after a question is not asked; a named child is "his" own, never the nurse's
    ({"kind": "hospitality", "from": ["Bram"], "what": "crashing on ur couch for a week during the housing mess"},
     ["letting me crash on your couch"], ["for crashing"]),
    ({"kind": "favor", "from": ["Officer Brandt"], "what": "finding my moms purse and driving it back to her",
      "detail": "nothing was missing not even the $20"}, ["not even the money"], ["not even.", "$20"]),
    ({"kind": "interview", "from": ["Aleksander Novak"], "role": "backend engineer", "company": "Quillstone",
      "question": "how on call works on the team idk if i asked that right"}, ["on-call works"], ["asked that right"]),
    ({"kind": "favor", "from": ["Nurse Tamsin in the nicu"], "what": "staying late the night theo had his scare",
      "ahead": "well bring him to visit"}, ["Theo had his scare", "bring him to visit"], ["your scare", "bring you"]),
    # held74: "the kids wont come inside" owns nothing; held73: a product title typed as the detail of the gift it
    # names adds its colour or nothing, never "I especially appreciate UPPAbaby vista V2 Stroller - Gwen"
    ({"kind": "gift", "occasion": "holiday", "from": ["grandpa Wes and grandma Ada"], "what": "a sled",
      "use": "the kids wont come inside"}, ["kids won't come inside"], ["kids'"]),
    ({"kind": "gift", "occasion": "baby", "from": ["my coworkers at the credit union"], "what": "a group gift - the stroller",
      "detail": "UPPAbaby VISTA V2 Stroller - Gwen (Green Mist)"}, ["the stroller"], ["UPPAbaby", "Gwen"]),
    # held73: "learn that" takes a clause the tagger reads as one, never "that the wood fired menu and prepping"
    ({"kind": "interview", "from": ["Sunil Varma"], "role": "line cook", "company": "Ember & Ash",
      "topic": "the wood fired menu and prepping for brunch service"}, ["wood fired menu"], ["that the wood fired"]),
    # held75-76: a giver typed as "and his wife marta" continues the list; "my bf's mom carol" is Carol; a first
    # entry saying who the others are ("my bf's grandparents") is no one to greet
    ({"kind": "gift", "from": ["Hollis", "and his wife marta"], "what": "a quilt"}, ["Hollis and Marta,"], ["and and"]),
    ({"kind": "gift", "from": ["my bf's mom carol", "and her husband rick"], "what": "a quilt"},
     ["Carol and Rick,"], ["and and", "Bf's"]),
    ({"kind": "hospitality", "from": ["my bf's grandparents", "nonna and nonno"], "what": "having me for sunday lunch"},
     ["Nonna and Nonno,"], ["grandparents and"]),
    # held75-76 (after the last grading): a verb after its subject is never a name ("we will never forgive him");
    # "last min" is last minute; an "idk" inside a sentence is a shrug; "there's ..." is a sentence of its own;
    # "didn't knock, just left it" keeps its comma; "kept refilling" is refilling
    ({"kind": "favor", "from": ["Coach Mbeki - cross country"], "what": "drove the van to the state meet",
      "detail": "made us sing the whole way, we will never forgive him"}, ["will never forgive"], ["Will never"]),
    ({"kind": "favor", "from": ["tess"], "what": "she came over last min when the pipe burst"},
     ["last minute"], ["last minutes"]),
    ({"kind": "favor", "from": ["Mr. Pettibone (chem teacher)"], "what": "wrote my rec letter",
      "detail": "he said i was the only one who ever asked why the titration worked, which idk made me cry a bit"},
     ["which made me cry a bit"], ["which I don't know made"]),
    ({"kind": "gift", "from": ["Theodora (my roommate)"], "what": "a terrarium she built in an old coffee pot",
      "detail": "theres a tiny plastic dinosaur hiding in the moss"},
     ["There's a tiny plastic dinosaur hiding in the moss."], ["appreciate there's"]),
    ({"kind": "sympathy", "from": [{"name": "Ingrid Solberg", "relationship": "neighbor"}],
      "what": "brought over a pot of split pea soup after we lost the baby",
      "detail": "she didnt knock, just left it w a note so we didnt have to talk"}, ["not knocking"], ["knock,ing"]),
    ({"kind": "hospitality", "from": ["nonna and nonno"], "what": "having me for thanksgiving",
      "detail": "nonno kept refilling my plate no matter what i said"}, ["refilling my plate"], ["keeping refilling"]),
    # held75-76: "ur all getting one" is "you're"; "she said next year we do pozole" is the giver's word
    ({"kind": "gift", "from": ["Marguerite", "Sol", "Big Dave"], "what": "a used pottery wheel",
      "use": "already made 3 lopsided bowls ur all getting one"}, ["you're all getting one"], ["your all"]),
    ({"kind": "favor", "from": ["Abuela's friend Conchita"], "what": "taught me how to make tamales for the party",
      "ahead": "she said next year we do pozole"}, ["You said next year"], ["She said"]),
    # held76: a panel's own clinic is "you run"; a thing to send named after a dash is said in brackets
    ({"kind": "interview", "from": [{"name": "Wendell Ashcroft"}, {"name": "Lidia Marchetti"}], "role": "paralegal",
      "company": "Ashcroft Marchetti LLP", "topic": "the tenant rights clinic they run on saturdays",
      "extra": "send writing sample - the eviction memo", "tone": "formal"},
     ["the tenant rights clinic you run", "my writing sample (the eviction memo) with this note"],
     ["clinic they run", "sample - the"]),
])
def test_round_nine_held_back_faults(moment, wanted, unwanted):
    """Each case a fault a blind grader found in held67-held68, named in the comment above it."""
    _reads(dict({"on": TODAY}, **moment), wanted, unwanted)



@pytest.mark.parametrize("moment, wanted, unwanted", [
    # held77: "rn" in a role is a nurse, and what follows a dash in a role is a note to oneself
    ({"kind": "interview", "from": [{"name": "Dr. Nkechi Eze"}], "company": "st vincents",
      "role": "rn - cardiac stepdown, nights", "topic": "patient ratios and the preceptor program"},
     ["RN", "St. Vincent's"], ["right now", "stepdown", "in nights"]),
    # held77: "w" after a kin word is "with", never an initial ("my son W fractions")
    ({"kind": "favor", "from": [{"name": "Ms. Abernathy-Cho", "call": "ms cho"}],
      "what": "stayed after school 3 days in a row to help my son w fractions"}, ["my son with fractions"], [" W "]),
    # held77: "if u ever come to chicago u have a couch" is a sentence of its own, its condition first
    ({"kind": "hospitality", "from": ["Mateus"], "what": "hosted me 4 nights",
      "ahead": "if u ever come to chicago u have a couch", "tone": "playful"},
     ["If you ever come to Chicago, you have a couch."], ["to if", "for if"]),
    ({"kind": "favor", "from": ["Mateus"], "what": "fed my cat", "ahead": "when ur back well do dinner"},
     ["When you're back, we'll do dinner."], ["your back", "well do"]),
    # held77: "them" after the tamales are the tamales, not the family the note is to
    ({"kind": "hospitality", "from": [{"name": "the Castellanos family", "call": "Mr. and Mrs. Castellanos"}],
      "what": "had me for thanksgiving when i couldnt fly home",
      "detail": "abuela made tamales just bc i mentioned once i missed them"}, ["I missed them"], ["I missed you"]),
    # held77: the giver is the "she" of a detail, over a dog nobody said was a she and a mother who had died;
    # "she always told us ..." is the nurse; "for him" is the mail carrier when the "she" is the daughter
    ({"kind": "sympathy", "from": [{"name": "Gwen Tallis", "relationship": "neighbor"}],
      "what": "brought lasagna and walked our dog for a wk after mom died",
      "detail": "she didnt knock, just left it on the porch so we wouldnt have to talk"},
     ["not knocking"], ["She didn't knock"]),
    ({"kind": "gratitude", "from": [{"name": "Ifeoma", "call": "Nurse Ifeoma", "relationship": "NICU nurse"}],
      "what": "took care of our daughter for 41 days in the nicu",
      "detail": "she always told us the small wins, like when june finally finished a whole bottle"},
     ["always telling us the small wins"], ["She always told us"]),
    ({"kind": "just-because", "from": [{"name": "Mr. Park", "relationship": "mail carrier"}],
      "what": "he always waves to my daughter and learned her name", "detail": "she waits at the window for him now"},
     ["at the window for you now"], ["for him"]),
    # held78: "my interviews next week" owns nothing; "theyd" is "they'd"; "every tues", "every wed"; "st anne's";
    # "rt 9"; "my dept"
    ({"kind": "gift", "from": ["the Nguyen-Alvarez family"], "what": "leather portfolio w my initials on it",
      "use": "using it for my interviews next week"}, ["my interviews next week"], ["interviews'"]),
    ({"kind": "favor", "from": ["Coach Brandt"], "what": "drove my kid home from practice every tues since sept",
      "detail": "visited on wed too"}, ["every Tuesday since September", "on Wednesday"], ["tues", " wed "]),
    ({"kind": "favor", "from": [{"name": "Father Emeka"}], "what": "visited my mom at the rehab place every wed",
      "detail": "he brought her the bulletin so she knew whats going on at st anne's"},
     ["every Wednesday", "St. Anne's"], ["st Anne's"]),
    ({"kind": "favor", "from": ["some guy at the gas station"], "what": "jumped my car in the pouring rain on rt 9"},
     ["on Route 9"], ["rt 9"]),
    # held78: what they said is no question to ask them; an "idk if i should've" is a doubt to oneself
    ({"kind": "interview", "from": ["Beth Morrow"], "company": "tidewater health", "role": "product designer",
      "question": "they said theyd decide by friday i think??"}, [], ["said", "theyd", "they'd"]),
    ({"kind": "interview", "from": ["Hannah Brightwater"], "company": "Great Lakes Wind Co-op",
      "role": "community outreach coordinator", "extra": "idk if i shouldve brought up salary lol"},
     [], ["salary", "don't know"]),
    # held78: a bundle is the first thing bundled; money with a thing names the thing ("crack it open")
    ({"kind": "gift", "occasion": "birthday", "from": ["Jae-won"], "what": "Nintendo Switch 2 + Mario Kart World Bundle"},
     ["the Nintendo Switch 2"], ["world bundle"]),
    ({"kind": "gift", "occasion": "wedding", "from": ["Siobhan + Pádraig"], "money": True,
      "what": "a cheque and a bottle of jameson 18", "ahead": "we'll crack it open when ur over for new years"},
     ["gift and the bottle of Jameson 18"], ["cheque", "check"]),
    # held77-78: a donation typed as what it pays for says what the gift does; "oak st" is Oak St.
    ({"kind": "donation", "from": ["Blackwell & Sons Hardware"], "organization": "Habitat for Humanity",
      "amount": "1,200", "currency": "USD", "goods_services": "none", "what": "sponsoring the oak st build"},
     ["Your gift sponsors the Oak St. build."], []),
    # held77: "some guy named Rashid at the gas station" is greeted by his name
    ({"kind": "favor", "from": ["some guy named Rashid at the gas station"], "what": "jumped my car in the rain"},
     ["Rashid,"], ["some guy", "To "]),
    # held77: "he talked alot abt the rotterdam route" is the route; the role is named once
    ({"kind": "interview", "from": ["Henrik Lindqvist"], "company": "Nordvik Maritime", "role": "logistics coordinator",
      "topic": "he talked alot abt the rotterdam route"},
     ["the Rotterdam route"], ["talked a lot", "that you", "excited about the logistics"]),
    # held78: "she'll cry" is said to oneself; a memory's thing, then who did what, is "when"
    ({"kind": "favor", "from": ["Shirin Tehrani"], "what": "wrote me a rec letter on 2 days notice",
      "use": "i got into the program!!! she'll cry"}, ["I got into the program"], ["cry"]),
    ({"kind": "hospitality", "from": ["Grete and Hans"], "what": "let us stay 2 wks at thier place in munich",
      "memory": "the christmas market on our last night, hans bought everyone gluhwein"},
     ["the Christmas market on our last night, when Hans bought everyone"], ["night;"]),
    # held78: "and now im a court interpreter" is what it changed, said after the thanks
    ({"kind": "gratitude", "from": ["Señora Ortega"],
      "what": "she taught me spanish in 8th grade and now im a court interpreter"},
     ["teaching me Spanish in eighth grade.", "I'm a court interpreter now."], ["and now"]),
    # held77: "stuff" is "work" in a letter; a second topic after a comma is joined with "and"
    ({"kind": "interview", "from": ["Rachel Kim"], "company": "Lumenfield", "role": "data engineer",
      "topic": "migrating thier batch jobs off airflow, the dbt stuff", "strength": "accessibility stuff"},
     ["off airflow and the dbt work", "accessibility work"], ["stuff", "airflow, the"]),
    # held77: "its on my porch, trying very hard not to kill it": the trying is the writer's
    ({"kind": "gift", "occasion": "retirement", "from": ["Farid"], "what": "a bonsai juniper",
      "use": "its on my porch, trying very hard not to kill it"},
     ["It's on my porch, and I'm trying very hard not to kill it."], []),
    # held77: one of two givers named and spoken to owns "her onigiri tips" (a word no dictionary has)
    ({"kind": "gift", "occasion": "holiday", "from": ["Hiroshi & Emi Tanaka"], "what": "a rice cooker",
      "detail": "emi tucked in a card w her onigiri tips"}, ["with your onigiri tips"], ["her onigiri"]),
    # held78: "Lou Ann" is her name; "start jan" is January; "i think," before a comma is a hedge
    ({"kind": "gift", "from": [{"name": "Lou Ann", "relationship": "church friend"}], "what": "a pothos cutting"},
     ["Lou Ann,"], ["Lou,"]),
    ({"kind": "interview", "from": [{"name": "Chef Adaora"}], "company": "Saffron & Salt", "role": "line cook",
      "extra": "mention i can start jan"}, ["January"], ["Jan."]),
    ({"kind": "gift", "from": ["Jae-won"], "what": "a switch",
      "detail": "hes been saving since august i think, i definately didnt expect it"}, ["since August"], ["I think"]),
    # held80: "Harmon st" is a street, so the crossing guard is the "he" of the detail; "idk how he even found it"
    ({"kind": "gratitude", "from": ["the crossing guard at Lincoln Elem, Mr. Otis"],
      "what": "5 yrs of getting my kids across harmon st", "detail": "he high fived every kid every morning"},
     ["Harmon St.", "you high fived"], ["He high fived"]),
    ({"kind": "gift", "from": ["Obi"], "what": "Blue by joni mitchell on vinyl",
      "detail": "an og pressing??? idk how he even found it"}, ["how you even found it", "original pressing"], [" og "]),
    # held80: "a brass diya" is a thing, and "was her moms" is her mother's
    ({"kind": "gift", "occasion": "diwali", "from": [{"name": "Kavitha Subramanian", "call": "Kavitha aunty"}],
      "what": "box of mysore pak and a brass diya", "detail": "the diya was her moms"},
     ["brass diya", "your mom's"], ["Diya", "her moms"]),
    # held80: a name said after "her badge said"; an unnamed second interviewer is asked for, never greeted
    ({"kind": "favor", "from": ["a nurse at urgent care, her badge said Bernadette"],
      "what": "sat w/ my son while i did all the forms"}, ["Bernadette,"], ["badge"]),
    ({"kind": "interview", "from": ["kenji + another guy, didnt catch his name"], "company": "apple store at the mall"},
     ["Dear Kenji,", "Apple Store at the mall"], ["another guy"]),
    # held80: a guess for a strength is asked about; "send X by fri" is promised, never "included"
    ({"kind": "interview", "from": [{"name": "Raj Mehra"}], "company": "Vireo Bio", "role": "QA associate",
      "strength": "idk i think the SOP rewrite example landed", "question": "ask if theres a path to validation eng"},
     ["validation engineering"], ["landed", "don't know"]),
    ({"kind": "interview", "from": [{"name": "Dean Whitaker-Sloane"}], "company": "Carrow College", "role": "adjunct",
      "extra": "send the syllabus draft by fri"}, ["I will send you the syllabus draft by Friday."], ["included"]),
    # held80: a class by whose it is; "Tunde (for Ayo)" signs as typed
    ({"kind": "donation", "from": ["Mr. Okonjo's 5th grade class"], "organization": "Southside Food Pantry",
      "amount": 142.5, "currency": "USD", "use": "buys abt 400 meals", "sign": "Tunde (for Ayo)"},
     ["To Mr. Okonjo's 5th grade class,", "Tunde (for Ayo)"], ["Mr. Class", "For Ayo"]),
    # held79: "she didnt have to" is no act to thank for; "and still didnt complain" is "still not complaining"
    ({"kind": "favor", "from": [{"name": "Dr. Bhattacharya"}], "what": "called me back on a sunday abt dads meds",
      "detail": "she didnt have to, she was at her kids game", "tone": "formal"},
     ["You didn't have to."], ["not having to"]),
    ({"kind": "favor", "from": ["Reuben"], "what": "helped me get the piano down 2 flights",
      "detail": "threw his back out a lil and still didnt complain"}, ["still not complaining"], ["didn't complain"]),
    # held79: "mention X" in a strength is an instruction; ", the looker one" and ", got it eventually" are to oneself
    ({"kind": "interview", "from": [{"name": "Harriet Osei"}], "company": "Brightwell Health", "role": "data analyst",
      "topic": "their readmission dashboard, the looker one", "strength": "sql, mention the medicaid claims project"},
     ["your readmission dashboard", "SQL and the Medicaid claims project"], ["mention", "looker one"]),
    ({"kind": "interview", "from": ["Sunita Rao"], "company": "Halcyon Robotics", "role": "firmware intern",
      "topic": "the motor controller bug they had me debug on the whiteboard, got it eventually lol"},
     ["the motor controller bug you had me debug on the whiteboard"], ["got it"]),
    ({"kind": "interview", "from": ["Chef Banks"], "company": "Marrow & Vine", "role": "line cook",
      "strength": "fast + kept my station clean the whole rush"}, ["I am fast and kept my station clean"], ["Fast and"]),
    # held79: an "ngl" between two thoughts parts them; "esp Rosalind, she braided ..." is Rosalind, once "especially"
    ({"kind": "gift", "occasion": "baby", "from": ["the Adeyemis (2B)"], "what": "a sound machine",
      "use": "baby slept 4 hrs straight w/ it on ngl we both cried"}, ["with it on; we both cried"], ["ngl"]),
    ({"kind": "gratitude", "from": ["the night nurses on 5 west"], "what": "took care of my mom for 9 days",
      "detail": "esp Rosalind, she braided moms hair the night before discharge"},
     ["Rosalind braided Mom's hair"], ["especially Rosalind", "She braided"]),
    # held79: "their recipes" on each card are the givers'; money with "her rugelach" is yours; ", wouldnt let me
    # help" is thanked too; "these people" are the readers; "glogg, 2 bottles"; "interview is jan 14"; "she knows"
    ({"kind": "gift", "occasion": "shower", "from": ["Keiko + the girls from book club"], "what": "linen napkins",
      "detail": "each card is one of their recipes"}, ["one of your recipes"], ["their recipes"]),
    ({"kind": "gift", "occasion": "hanukkah", "from": [{"name": "Shira Goldfarb", "call": "Bubbe"}], "money": True,
      "what": "a $50 check + a tin of her rugelach", "detail": "the apricot ones, she knows"},
     ["the tin of your rugelach"], ["her rugelach", "You know", "$50"]),
    ({"kind": "gift", "from": ["Genevieve (neighbor)"], "what": "a potted monstera",
      "detail": "she carried it up 3 flights by herself, wouldnt let me help"},
     ["and not letting me help"], ["wouldn't let me help"]),
    ({"kind": "gift", "occasion": "retirement", "from": ["everyone in accounts payable"], "what": "a watch",
      "memory": "27 yrs of month end close w/ these people"}, ["with all of you"], ["these people"]),
    ({"kind": "gift", "from": ["the Lindqvists"], "what": "homemade glogg, 2 bottles"},
     ["the two bottles of homemade glogg"], ["glogg, 2"]),
    ({"kind": "favor", "from": ["Pastor Emeka"], "what": "wrote a reference letter for my citizenship application",
      "ahead": "interview is jan 14 so fingers crossed", "tone": "formal"},
     ["The interview is on January 14."], ["fingers", "Interview is"]),
    ({"kind": "just-because", "from": ["Uncle Bao"], "what": "made me a playlist called 'for the drive'",
      "detail": "its 4 hrs long and half of it is bee gees"}, ["It's 4 hours long"], ["Its 4"]),
    # held80: "whats the timeline" is the hiring steps, said in the close; "ended up being 4 nights not 1" is the
    # stay's doing; a count opening a sentence in words; "front desk / scheduling"
    ({"kind": "interview", "from": ["Anders Holm"], "company": "Lumen Freight", "role": "sr product designer",
      "question": "whats the timeline, they mentioned end of jan maybe"}, ["about the timeline."], ["What's", "?"]),
    ({"kind": "hospitality", "from": ["the Mwangis"], "what": "put us up when our flight out of nairobi got cancelled",
      "detail": "ended up being 4 nights not 1 lol"}, ["It ended up being 4 nights, not 1."], ["for ending up"]),
    ({"kind": "hospitality", "from": ["Vivienne"], "what": "her first snow soup party",
      "detail": "5 soups and the place cards were lil painted mugs"}, ["Five soups"], [" 5 soups"]),
    ({"kind": "interview", "from": ["Lorenzo Vitale"], "company": "Vitale Family Dental",
      "role": "front desk / scheduling"}, ["front desk and scheduling"], [" / "]),
    # held81: first names among friends, however the surname is shared; "lives by the big window" is where it is
    ({"kind": "gift", "occasion": "housewarming", "from": [{"name": "Bex Albright"}, {"name": "Colm Albright"}],
      "what": "monstera in a big terracotta pot", "use": "lives by the big window in the living room now",
      "tone": "playful"}, ["Bex and Colm,", "It lives by the big window"], ["Colm Albright", "perfect for lives"]),
    # held81: "him" is the kid the act was for; "she'll deny it" is an aside; a thing, then a product title
    ({"kind": "favor", "from": [{"name": "Kat Ostrowski"}], "what": "covered my closing shifts when my kid had the flu",
      "use": "i got to actually stay home w/ him for 3 days", "tone": "formal"}, ["home with him"], ["with you"]),
    ({"kind": "gift", "from": [{"name": "Xochitl Ramírez", "call": "Xochi"}], "what": "a signed copy of the novel",
      "detail": "she stood in line at the reading for like an hour and a half to get it signed to me. she'll deny it"},
     ["an hour and a half"], ["deny"]),
    ({"kind": "gift", "occasion": "shower", "from": ["Priya"],
      "what": "giant basket of muslin swaddles + a Hatch Rest 2nd Gen Sound Machine, Night Light & Time-to-Rise"},
     ["swaddles and the sound machine"], ["Time-to-Rise"]),
    # held81: "Sunita auntie"; exams in capitals; "v proud" and "got X and are Y" are said, not thanked for
    ({"kind": "gift", "from": ["Sunita auntie"], "what": "box of kaju katli", "use": "for my nclex prep course"},
     ["Sunita Auntie,", "NCLEX"], ["Hi Sunita,"]),
    ({"kind": "favor", "from": ["the Brennans next door"], "what": "shoveled our whole driveway b4 we were even up",
      "detail": "they got a snowblower last wk and are v proud of it lol", "tone": "playful"},
     ["you got a snowblower last week and are very proud of it"], ["for getting", " v "]),
    # held81: "after he lost", right after Mateo, is Mateo; ", which idk if he would have" is a doubt to oneself
    ({"kind": "gratitude", "from": [{"name": "Coach Reyes"}], "what": "the way he talked to mateo after he lost at districts",
      "use": "mateo went back to practice the next day, which idk if he would have"},
     ["the way you talked to Mateo after he lost"], ["you lost", "which,"]),
    # held82: "passed!!!" is mine; "she did it ... before her own shift" is the giver and hers; "Shiv" is the "her"
    # the facts say; "she even got the broken mailbox" after "Simone drew it" is Simone, spoken to
    ({"kind": "favor", "from": ["Benedikt"], "what": "quizzing me for the citizenship test every sunday since aug",
      "use": "passed!!! 10/10"}, ["I passed!"], ["helped me passed", "I'll passed"]),
    ({"kind": "favor", "from": ["Lupe"], "what": "braided my daughters hair for picture day",
      "detail": "she did it at 6:45am b4 her own shift"}, ["you did it at 6:45 a.m. before your own shift"], ["She did"]),
    ({"kind": "gift", "occasion": "mailed", "from": [{"name": "Siobhán Ní Bhriain", "call": "Shiv"}],
      "what": "a jar of her own heather honey"}, ["your own heather honey"], ["her own"]),
    ({"kind": "gift", "from": ["Gabe and Simone"], "what": "framed drawing of our first apartment",
      "detail": "simone drew it from an old photo, she even got the broken mailbox"},
     ["Simone, you drew it from an old photo.", "You even got the broken mailbox."], ["She even"]),
    ({"kind": "gift", "occasion": "baby", "from": ["Gus and Lorraine Fairbanks"], "what": "hand quilted crib blanket",
      "detail": "lorraine stitched the babys name in the corner, took her like 2 months she said"},
     ["and it took you about 2 months."], ["she said", "you said", "corner, took"]),
    # held82: a teacher's class by her name; "bc omg the diapers" is a sigh; "Color" is the shop's word
    ({"kind": "gift", "occasion": "retirement", "from": ["Ms. Tran's 3rd period AP Chem"], "what": "a scrapbook"},
     ["To Ms. Tran's 3rd period AP Chem,"], ["Ms. Tran's,"]),
    ({"kind": "gift", "occasion": "baby", "from": ["the Hendersons (church)"], "what": "$100 target gift card",
      "money": True, "use": "diapers bc omg the diapers"}, ["diapers"], ["because the diapers"]),
    ({"kind": "gift", "from": ["Tío Ernesto"], "what": "Texas Instruments TI-84 Plus CE Color Graphing Calculator, Bright Blue"},
     ["blue"], ["color"]),
    # held82: "next summer were bringing the kayaks" is a plan of ours; "it just said" is a verb; "he came back ...
    # to check on us" is the giver; ", everyone was crying" is a clause of its own; years then a trait; xc; the Institute
    ({"kind": "hospitality", "from": [{"name": "Ottilie", "call": "Tillie"}], "what": "letting us crash at her cabin",
      "ahead": "next summer were bringing the kayaks"}, ["Next summer, we're bringing the kayaks."], ["The next", "to next"]),
    ({"kind": "just-because", "from": ["Nkechi"], "what": "mailed me a postcard from lagos",
      "detail": "it just said 'saw this, thought of u'"}, ["It just said"], ["Said"]),
    ({"kind": "gratitude", "from": ["Sgt. Villareal"], "what": "the talk after my brothers accident",
      "detail": "he came back the next day off duty just to check on us"}, ["you came back the next day"], ["He came"]),
    ({"kind": "sympathy", "from": [{"name": "Wendell Akins"}], "what": "driving 9 hrs for the service",
      "detail": "he told the story abt dad and the jeep in germany, everyone was crying laughing", "tone": "formal"},
     ["Everyone was crying"], ["Germany, everyone"]),
    ({"kind": "interview", "from": [{"name": "Leticia Gaona"}], "role": "member service rep",
      "company": "Harborview Credit Union", "strength": "3 yrs at a bank call center, fully bilingual"},
     ["I have three years at a bank call center and am fully bilingual"], ["and fully bilingual"]),
    ({"kind": "interview", "from": [{"name": "Fatima Al-Sayegh", "call": "Dr. Al-Sayegh"}], "role": "postdoc",
      "company": "Institute for Coastal Ecology", "strength": "i coached xc for 4 yrs at my old school"},
     ["the Institute for Coastal Ecology", "cross-country"], [" xc "]),
    ({"kind": "hospitality", "from": ["Hyun-woo's parents"], "what": "dinner at their house, first time meeting them"},
     ["at your house"], ["their house"]),
    # held81: a quote keeps its writer's "ur"; a second topic of three words and "the whole X thing"; "in a kazan" is
    # a pot, not the city
    ({"kind": "just-because", "from": ["my sister Odalys"], "what": "sent me a playlist called 'for ur commute'"},
     ["'for ur commute'"], ["your commute"]),
    ({"kind": "interview", "from": ["Hannah Lee"], "role": "picker", "company": "acme",
      "topic": "the safety record, the new WMS rollout"}, ["the safety record and the new WMS rollout"], ["record, the"]),
    ({"kind": "interview", "from": ["Marcus Solberg"], "role": "cook", "company": "Marrow",
      "topic": "tasting menu, the whole animal butchery thing"}, ["and whole animal butchery"], ["thing", "menu, the"]),
    ({"kind": "hospitality", "from": ["Farrukh and Dilnoza"], "what": "hosting the study group for plov night",
      "detail": "farrukh made it in a kazan over a fire in the backyard"}, ["in a kazan"], ["Kazan"]),
    # found comparing held77-82 drafted at the session's start and its end: "on a sunday" is still Sunday after the
    # kazan rule, and "last clue was" still takes "the" after "next summer were"
    ({"kind": "favor", "from": [{"name": "Dr. Bhattacharya"}], "what": "called me back on a sunday abt dads meds"},
     ["on a Sunday"], ["a sunday"]),
    ({"kind": "love", "from": ["Noor"], "what": "planning the whole anniversary scavenger hunt",
      "detail": "last clue was at the diner where we had our first date"}, ["The last clue was at the diner"], []),
    # held84 (graded at e0df377): a circle named for a saint; "dont tell him but ..." is said to oneself
    ({"kind": "donation", "organization": "Harbor House", "from": ["St. Brigid's Knitting Circle"], "amount": "1,200",
      "currency": "USD", "tone": "warm"}, ["Dear St. Brigid's Knitting Circle,"], ["Dear St.,"]),
    ({"kind": "gift", "from": [{"name": "Giuseppe Ferraro", "relationship": "landlord"}],
      "what": "a panettone and a bottle of his homemade limoncello", "detail": "dont tell him but the limoncello is STRONG"},
     ["limoncello is strong"], ["tell"]),
    # held85 (graded at 74322a0): a title, then a surname typed in lower case
    ({"kind": "favor", "from": ["Dr patel"], "what": "writing my rec letter", "tone": "formal"},
     ["Dear Dr. Patel,"], ["Dear Dr.,"]),
    ({"kind": "gift", "from": ["Mr and Mrs smith"], "what": "a vase", "tone": "formal"},
     ["Dear Mr. and Mrs. Smith,"], []),
])
def test_round_ten_held_back_faults(moment, wanted, unwanted):
    """Each case a fault a blind grader found in held77-held82, named in the comment above it."""
    _reads(dict({"on": TODAY}, **moment), wanted, unwanted)

def test_a_short_note_is_not_signed_thanks_again_and_a_just_because_note_gives_no_reason_it_lacks():
    """'Thanks again,' after a single thanks reads as filler; "There is no special reason for this note" as illogical."""
    for text in _texts({"kind": "favor", "from": ["gus"], "what": "fixed my bike brakes"}, n=6):
        assert "Thanks again," not in text, text
    for text in _texts({"kind": "just-because", "from": ["dani"], "what": "flowers on my desk", "tone": "playful"}, n=4):
        assert "no special reason" not in text.lower(), text


def test_a_late_interview_note_says_sorry_as_it_closes_never_between_the_thanks_and_the_talk():
    """Graders read 'Thank you for meeting ... I am sorry this note comes late. I enjoyed ...' as wedged."""
    moment = {"kind": "interview", "from": ["Ms. Adjei", "Mr. Brandt"], "role": "science teacher", "company": "Lincoln",
              "topic": "their garden lab", "tone": "formal", "on": "2026-11-06"}
    for text in _texts(moment, n=2):
        paragraphs = text.split("\n\n")
        assert "garden lab" in paragraphs[1] and not re.search(r"late|belated|delay", paragraphs[1]), text
        assert re.search(r"late|belated|delay", paragraphs[-2]), text


def test_an_interview_note_claims_no_walk_through_ranks_nothing_and_names_the_company_once():
    """'I appreciated your walking me through ...; it was the part I found most useful' was read as invented."""
    moment = {"kind": "interview", "from": ["Rachel Kim", "David Osei", "Maria Santos"], "role": "data analyst",
              "company": "mesa verde kitchen", "topic": "their patient readmission dashboard", "on": TODAY}
    for text in _texts(moment, n=4):
        for invented in ("walking me through", "enjoyed most", "found most useful", "anything else I can provide"):
            assert invented not in text, text
        assert text.count("Mesa Verde Kitchen") == 1, text


def test_what_the_giver_did_is_said_with_delight_among_friends_and_plainly_in_a_formal_note():
    """Told back bare ("You had cables in your trunk.") graders read a report; "I love that you ..." among friends."""
    for tone, wanted in (("warm", "love that you had cables in your trunk"), ("formal", "You had cables in your trunk.")):
        for text in _texts({"kind": "favor", "from": ["Dana"], "what": "jumping my car in the snow",
                            "detail": "she had cables in her trunk", "tone": tone}, n=3):
            assert wanted in text, text
