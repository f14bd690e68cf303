"""Every phrase-bank entry, rendered for every kind and tone it claims, reads as finished English.

For each entry the test finds a moment whose facts fit it (from a deterministic pool of varied
moments), renders it, and checks for template leftovers, doubled words, spacing, capitals, end
punctuation and a/an agreement (by inflect). An entry no moment can reach fails the test too.

The combinations come from the banks' own claims (an entry's kinds and tones), less the tones a kind
is never written in (a sympathy note asked to be playful is written warm): nothing is generated only
to be skipped.
"""

import random
import re
from functools import cache

import pytest

from thankful.writing.compose import forms as forms_mod
from thankful.writing.compose import grammar
from thankful.writing.compose.phrases import ALL_TONES, banks, slot_templates
from thankful.writing.facts import read_moment

KINDS = ("gift", "favor", "hospitality", "interview", "love", "just-because", "gratitude", "sympathy", "donation")
WHATS = ["a hand-knitted scarf", "garden shears", "the Christmas party at their home", "a set of linen napkins", "driving me to the airport at dawn",
         "always texting me on Monday mornings", "making my coffee every morning", "having us at the lake house",
         "your generous wedding gift", "the white lilies", "an umbrella", "visiting me in the hospital",
         "a bottle of olive oil and a tin of saffron", "matching pajamas for the whole family",
         "knitting a blanket for Nora", "help moving the couch", "two tickets to the symphony",
         "Mom loved the lilies", "shoveled our whole driveway before we were even up",
         "the beautiful service for Dad", "a quilt, she made it herself"]
USES = ["wear it on my walks to work", "learn to make proper hummus", "the front garden finally looks tidy",
        "it makes the start of every week lighter", "our first sofa", "I made my flight with time to spare",
        "the kids still talk about it", "walks in the park", "I got better faster", "made pesto last night",
        "saving it for New Year's Eve", "hanging by the front door", "the first real meal I ate all week",
        "the candle is on the mantel", "no more leaks", "got me through the flu", "we used it for groceries",
        "I couldn't have gone without a driver", ""]
DETAILS = ["the deep green", "the tiny embroidered ducks", "the candles smelled like pine",
           "they cut through the old hedge like butter", "your mother's pho", "at five in the morning",
           "the tiny stars stitched in the corner", "before we were even up", "sent us pictures every day",
           "smells like fig", "yellow with little ducks", "so soft", "kayaking at sunrise",
           "the red matches our kettle", "he had cables in his trunk", "you knew it was my favorite color", ""]
MEMORIES = ["the summer you taught me calligraphy", "we stayed up talking until midnight", "you used to braid my hair before school",
            "just like our first apartment", ""]
AHEADS = ["see you at Thanksgiving", "our trip in June", "dinner is on me when I'm back", "pizza and beer on me this weekend",
          "same time next year?", "going together in May", "come see the garden in June", "visiting you in the spring maybe",
          "come visit us anytime", ""]
GIVERS = [["May"], [{"name": "May Lee", "call": "Aunt May"}], ["Mr. Okafor"], ["the Patels"], ["Ben and Liz"],
          ["Tom Smith", "Jane Smith"], ["Grandma", "Grandpa", "Aunt Rose"], ["the neighbors"],
          ["the nurses on 5 West"], ["the guy across the street (Frank?)"], [{"name": "Mina", "call": "my love"}]]
OCCASIONS = ["wedding", "shower", "baby", "birthday", "holiday", "graduation", "", "anniversary"]
SIGNS = ["Sam", "Sam and Alex", "The Kims"]
STRENGTHS = ["SQL query tuning", "five years of research-led design", "I have run design sprints for years", "",
             "forklift certified"]
EXTRAS = ["I led a migration of our reporting to dbt", "my certification in Tableau", "i also mentored two interns", "",
          "attach the poster from SfN", "follow up on references",
          "send the syllabus draft by fri"]
QUESTIONS = ["what does success look like in the first year", "how the team works with engineering", "",
             "ask if the team is hiring next year", "follow up on start date - they said maybe feb??",
             "next steps / timeline"]
GOODS = ["", "two gala tickets valued at $120", "a tote bag", "intangible religious benefits"]


def _random_moment(rng: random.Random, kind: str) -> dict:
    c = rng.choice
    m = {"kind": kind, "from": c(GIVERS), "sign": c(SIGNS), "today": "2026-11-26",
         "on": c(["2026-11-25", "2026-11-20", "2026-06-01", "2026-11-26"])}
    if kind == "interview":
        m.update(role=c(["Data Analyst", "UX Designer role", "", "PhD program in ecology"]), company=c(["Northwind Health", ""]),
                 topic=c(["the onboarding redesign", "speeding up the dashboard", "", "your immigration case load",
                          "we talked about how they're moving billing to Stripe",
                          "they're moving billing to Stripe next year", "the egg drop unit i pitched",
                          "she asked a lot about my experience with Tableau"]), strength=c(STRENGTHS),
                 extra=c(EXTRAS), question=c(QUESTIONS))
    elif kind == "donation":
        amount = c([300, 40, 0, 1250.5])
        m.update(organization=c(["Riverside Food Bank", ""]), amount=amount, goods_services=c(GOODS),
                 use=c(["stock our Saturday pantry", "families in Eastgate will eat well this winter",
                        "covers insulin for 14 patients through the winter", "new library books for our classrooms",
                        ""]))
        if not amount:
            m["what"] = "a box of winter coats"
    else:
        what = c(WHATS)
        m.update(what=what, use=c(USES), detail=c(DETAILS), memory=c(MEMORIES), ahead=c(AHEADS),
                 occasion=c(OCCASIONS) if kind == "gift" else "", money=what == "your generous wedding gift")
    return m


@cache
def pool(kind: str) -> tuple:
    """(moment, flags without the tone) for many varied moments of a kind."""
    rng = random.Random(f"phrases-{kind}")
    found = []
    for _ in range(2000):
        moment = _random_moment(rng, kind)
        _, flags = forms_mod.build(read_moment(dict(moment, tone="warm")))
        found.append((moment, frozenset(flags - {"t_warm"})))
    return tuple(found)


def _fixture(template, kind: str, tone: str) -> dict | None:
    for moment, flags in pool(kind):
        if template.fits(set(flags) | {f"t_{tone}"}, tone, kind):
            return moment
    return None


@cache
def tones_of(kind: str) -> tuple[str, ...]:
    """The tones notes of a kind are written in: those read_moment keeps as asked."""
    return tuple(tone for tone in ALL_TONES if read_moment({"kind": kind, "tone": tone}).tone == tone)


def _templates():
    for bank in banks():
        for templates in bank.slots.values():
            yield from templates


def _entries():
    """Each entry, for each kind it claims and each tone it claims that notes of that kind are written in."""
    for t in _templates():
        for kind in sorted(t.kinds):
            for tone in tones_of(kind):
                if tone in t.tones:
                    yield pytest.param(t, kind, tone, id=f"{t.id}-{kind}-{tone}")


ARTICLE = re.compile(r"\b(a|an) ([\w'-]+)", re.I)


def _problems(text: str, slot: str) -> list[str]:
    problems = [f"leftover {bad!r}" for bad in ("{", "}", "None", "null", "  ", " ,", " .") if bad in text]
    doubled = re.search(r"\b(\w+)\s+\1\b", text, re.I)
    if doubled and doubled.group(1).lower() not in ("that", "had"):
        problems.append(f"doubled word {doubled.group()!r}")
    if not text[:1].isupper():
        problems.append("does not start with a capital")
    end = "," if slot in ("greeting", "closing") else "" if slot == "subject" else ".?!"
    if end and text[-1] not in end:
        problems.append(f"ends with {text[-1]!r}")
    for m in ARTICLE.finditer(text):
        right = grammar.a(m.group(2)).split(" ", 1)[0]  # inflect, but "a UX designer"
        if m.group(1).lower() != right.lower():
            problems.append(f"{m.group()!r} should take {right!r}")
    return problems


@pytest.mark.parametrize("template, kind, tone", list(_entries()))
def test_every_entry_renders_cleanly(template, kind, tone):
    moment = _fixture(template, kind, tone)
    assert moment is not None, f"no moment satisfies {template.id} ({sorted(template.needs)}) for {kind}/{tone}"
    facts = read_moment(dict(moment, tone=tone))
    assert facts.tone == tone  # tones_of(kind) holds only the tones a kind is written in
    forms, flags = forms_mod.build(facts)
    text = template.render(forms)
    assert _problems(text, template.slot) == [], f"{template.id}: {text!r}"


def test_every_entry_has_a_tone_for_each_kind_it_claims():
    """An entry whose tones a kind is never written in could not be used for that kind."""
    for t in _templates():
        for kind in t.kinds:
            assert t.tones & set(tones_of(kind)), f"{t.id}: no tone of {sorted(t.tones)} is used for {kind} notes"


def test_tones_of_a_kind():
    assert tones_of("gift") == ALL_TONES
    assert tones_of("sympathy") == ("warm", "formal")
    assert tones_of("interview") == tones_of("donation") == ("warm", "formal")


def test_a_kind_draws_on_the_same_templates_whichever_banks_are_read():
    """Compose parses only the banks whose text names a kind (banks_for); no template is lost by it."""
    for kind in KINDS:
        slots = {slot for bank in banks() for slot in bank.slots}
        for slot in slots:
            every = tuple(t for bank in banks() for t in bank.slots.get(slot, ()) if kind in t.kinds)
            assert slot_templates(kind, slot) == every, (kind, slot)


def test_a_bank_is_read_for_a_kind_when_it_may_name_it():
    from thankful.writing.compose.phrases import _may_name

    assert _may_name('kinds = ["gift", "favor"]', "gift") and _may_name("kinds = ['gift']", "gift")
    assert not _may_name('kinds = ["donation"]\ntext = "Your gift feeds a family."', "gift")
    assert _may_name('kinds = ["\\u0067ift"]', "gift")  # an escape could spell it


def test_every_bank_names_kinds_and_every_kind_has_plans():
    from thankful.writing.compose.phrases import plans_for

    for bank in banks():
        assert bank.kinds <= set(KINDS)
    for kind in KINDS:
        assert plans_for(kind)


def test_entries_use_only_known_flags():
    known = set(forms_mod.FORM_FLAGS.values())
    for kind in KINDS:
        for _, flags in pool(kind):
            known |= flags
    known |= {f"t_{t}" for t in ALL_TONES}
    for bank in banks():
        for templates in bank.slots.values():
            for t in templates:
                assert (t.needs | t.unless) <= known, f"{t.id}: unknown flags {sorted((t.needs | t.unless) - known)}"
