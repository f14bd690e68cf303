"""Registry product titles read as a person would say them (writing/products.py)."""

import pytest

from thankful.writing.contract import compose
from thankful.writing.products import colour_detail, read_title


@pytest.mark.parametrize("title, what, colour", [
    ("KitchenAid Artisan 5-Qt Stand Mixer - Pistachio", "a stand mixer", "pistachio"),
    ("Cuisinart 14-Cup Food Processor, Brushed Stainless (DFP-14BCNY)", "a food processor", ""),
    ("Nanit Pro Smart Baby Monitor & Floor Stand - Sleep Tracking, Mercury Gray", "a baby monitor", "gray"),  # a shop's colour name, said plainly
    ("Halo SleepSack Swaddle 3-Pack - Newborn 0-3M", "swaddles", ""),
    ("Boppy Nursing Pillow - Organic Cotton, Gray Stars", "a nursing pillow", "gray stars"),
    ("Le Creuset Enameled Cast Iron Dutch Oven, 5.5 qt., Flame", "a Dutch oven", ""),
    ("Lodge 10.25 Inch Cast Iron Skillet", "a cast iron skillet", ""),
])
def test_a_title_is_what_a_person_would_say(title, what, colour):
    assert read_title(title) == (what, colour)


@pytest.mark.parametrize("words", ["a tiny Raiders onesie", "$40 REI gift card", "Aunt May", "The Hobbit",
                                   "a hand-knitted scarf"])
def test_a_persons_own_words_are_not_a_title(words):
    assert read_title(words) is None


def test_the_colour_describes_the_gift_and_is_never_said_to_be_noticed():
    """A colour read from a title is the gift's ("the pistachio stand mixer"), with a detail typed or not; it is
    never made into a claim ("We noticed the pistachio color right away")."""
    assert colour_detail("pistachio") == "the pistachio color"
    base = {"kind": "gift", "from": ["Aunt Deb"], "what": "KitchenAid Artisan 5-Qt Stand Mixer - Pistachio",
            "use": "bake bread on Sundays", "sign": "Carly", "today": "2026-11-26"}
    for text in (d["text"] for d in compose(base, variants=4)):
        assert "pistachio stand mixer" in text and "KitchenAid Artisan" not in text and "5-Qt" not in text
        assert "noticed" not in text and "color" not in text
    given = compose(dict(base, detail="the bread hook"))["text"]
    assert "bread hook" in given and "pistachio stand mixer" in given


@pytest.mark.parametrize("typed, said", [
    ("le creuset dutch oven - cerise", "cerise Dutch oven"),
    ("yeti rambler 20 oz tumbler - navy", "navy tumbler"),
    ("KitchenAid Artisan 5-Qt Stand Mixer - Pistachio", "pistachio stand mixer"),
])
def test_a_title_typed_in_lower_case_is_a_title_too(typed, said):
    text = compose({"kind": "gift", "from": ["Aunt Carol"], "what": typed, "sign": "Jess",
                    "today": "2026-11-26"})["text"]
    assert f"the {said}" in text and " - " not in text, text


@pytest.mark.parametrize("typed", ["a scarf - my favorite color", "a $50 gift card", "lego millennium falcon",
                                   "a hand-knit scarf, 2 of them"])
def test_a_phrase_of_ones_own_is_not_a_title(typed):
    assert read_title(typed) is None


@pytest.mark.parametrize("title, what", [("Bose QuietComfort 45 Headphones - White Smoke", "headphones"),
                                         ("Glass Mixing Bowls Set of 4", "bowls"),
                                         ("Mixing Bowls, Set of 3 - Blue", "bowls")])
def test_a_thing_named_in_the_plural_takes_no_a(title, what):
    assert read_title(title)[0] == what
