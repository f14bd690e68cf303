"""Grammar for drafts: phrase shapes, articles, plurals, gerunds, joined names (inflect <6 underneath)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thankful.compose import grammar as g


@pytest.mark.parametrize("phrase, default, expected", [
    ("a hand-knitted scarf", "np", "np"),
    ("garden shears", "np", "np"),
    ("her recipe box", "np", "np"),
    ("driving me to the airport at five in the morning", "np", "act"),
    ("always texting me on Monday mornings", "np", "act"),
    ("having us at the lake house for the weekend", "np", "act"),
    ("wedding ring", "np", "np"),
    ("painting of the lake", "np", "np"),
    ("painting our fence", "np", "act"),
    ("Thanksgiving", "np", "np"),
    ("wear it on my walks to work", "vp", "vp"),
    ("learn to make proper hummus", "vp", "vp"),
    ("I made my flight with time to spare", "vp", "clause"),
    ("the front garden finally looks tidy", "vp", "clause"),
    ("it makes the start of every week lighter", "vp", "clause"),
    ("they cut through the old hedge like butter", "np", "clause"),
    ("the deep green", "np", "np"),
    ("the candles smelled like pine", "np", "clause"),
    ("Sunday mornings are calmer now", "vp", "clause"),
    ("see you at Thanksgiving", "vp", "vp"),
])
def test_shape_of_typed_phrases(phrase, default, expected):
    assert g.shape(phrase, default) == expected


@pytest.mark.parametrize("phrase, plural", [
    ("garden shears", True), ("the white lilies", True), ("a set of linen napkins", False),
    ("a pair of wine glasses", False), ("scissors", True), ("a glass vase", False), ("a dress", False),
    ("hummus", False), ("two tickets to the show", True), ("a card and a candle", True),
    ("some homemade shortbread", False), ("some cookies", True), ("a box of chocolates", False),
])
def test_plural_phrases(phrase, plural):
    assert g.is_plural_phrase(phrase) is plural


@pytest.mark.parametrize("phrase, expected", [
    ("a hand-knitted scarf", "the hand-knitted scarf"), ("garden shears", "the garden shears"),
    ("your generous wedding gift", "your generous wedding gift"), ("an umbrella", "the umbrella"),
    ("dinner at your place", "dinner at your place"), ("Lego", "Lego"),
])
def test_definite_reference(phrase, expected):
    assert g.definite(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("a apple pie", "an apple pie"), ("an hand-thrown bowl", "a hand-thrown bowl"), ("cookbook", "a cookbook"),
    ("umbrella", "an umbrella"), ("garden shears", "garden shears"), ("hour-long massage", "an hour-long massage"),
])
def test_articles_come_from_inflect(phrase, expected):
    assert g.with_article(phrase) == expected


@pytest.mark.parametrize("gerund, base", [
    ("driving", "drive"), ("texting", "text"), ("having", "have"), ("putting", "put"), ("making", "make"),
    ("arriving", "arrive"), ("celebrating", "celebrate"), ("carrying", "carry"), ("shopping", "shop"),
    ("hosting", "host"), ("filling", "fill"), ("kissing", "kiss"), ("visiting", "visit"), ("watching", "watch"),
    ("inviting", "invite"), ("listening", "listen"), ("feeding", "feed"),
])
def test_gerund_to_base(gerund, base):
    assert g.gerund_to_base(gerund) == base


def test_gerund_to_base_refuses_to_guess():
    assert g.gerund_to_base("orbiting") is None  # "orbit" or "orbite": the spelling cannot tell


@pytest.mark.parametrize("verb, participle", [
    ("wear", "wearing"), ("make", "making"), ("put", "putting"), ("visit", "visiting"), ("open", "opening"),
    ("picnic", "picnicking"), ("see", "seeing"), ("lie", "lying"), ("begin", "beginning"), ("fix", "fixing"),
])
def test_present_participle(verb, participle):
    assert g.present_participle(verb) == participle


@given(st.sampled_from(["drive", "text", "host", "make", "bake", "cook", "lend", "pick", "help", "shop",
                        "carry", "plan", "share", "bring", "sit", "take", "give", "write"]))
def test_participle_and_base_round_trip(verb):
    assert g.gerund_to_base(g.present_participle(verb)) == verb


def test_act_base_keeps_leading_adverbs_and_object():
    assert g.act_base("always texting me on Monday mornings") == "always text me on Monday mornings"
    assert g.act_base("driving me to the airport") == "drive me to the airport"


def test_joined_names_use_an_oxford_comma_for_three():
    assert g.join_names(["Tom", "Jane"]) == "Tom and Jane"
    assert g.join_names(["Grandma", "Grandpa", "Aunt Rose"]) == "Grandma, Grandpa, and Aunt Rose"


def test_capitalise_keeps_camel_case_words():
    assert g.capitalise("iPhone case") == "iPhone case"
    assert g.capitalise("the deep green") == "The deep green"
    assert g.decapitalise("The front garden looks tidy") == "the front garden looks tidy"
    assert g.decapitalise("I made my flight") == "I made my flight"
    assert g.decapitalise("Sunday mornings are calmer") == "Sunday mornings are calmer"
