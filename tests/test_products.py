"""Registry product titles read as a person would say them (writing/products.py)."""

import pytest

from thankful.writing.contract import compose
from thankful.writing.products import colour_detail, read_title


@pytest.mark.parametrize("title, what, colour", [
    ("KitchenAid Artisan 5-Qt Stand Mixer - Pistachio", "a stand mixer", "pistachio"),
    ("Cuisinart 14-Cup Food Processor, Brushed Stainless (DFP-14BCNY)", "a food processor", ""),
    ("Nanit Pro Smart Baby Monitor & Floor Stand - Sleep Tracking, Mercury Gray", "a baby monitor", "mercury gray"),
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


def test_the_colour_becomes_the_detail_only_when_none_was_given():
    assert colour_detail("pistachio") == "the pistachio color"
    base = {"kind": "gift", "from": ["Aunt Deb"], "what": "KitchenAid Artisan 5-Qt Stand Mixer - Pistachio",
            "use": "bake bread on Sundays", "sign": "Carly", "today": "2026-11-26"}
    text = compose(base)["text"]
    assert "stand mixer" in text and "KitchenAid Artisan" not in text and "5-Qt" not in text
    assert "pistachio" in text.lower()
    given = compose(dict(base, detail="the bread hook"))["text"]
    assert "bread hook" in given and "pistachio" not in given.lower()
