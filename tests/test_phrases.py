"""Every phrase-bank entry, rendered for every kind and tone it claims, reads as finished English.

For each entry the test finds a moment whose facts fit it (from a deterministic pool of varied
moments), renders it, and checks for template leftovers, doubled words, spacing, capitals, end
punctuation and a/an agreement (by inflect). An entry no moment can reach fails the test too.
"""

import random
import re
from functools import cache

import pytest

from thankful.compose import forms as forms_mod
from thankful.compose import grammar
from thankful.compose.facts import read_moment
from thankful.compose.phrases import ALL_TONES, banks

KINDS = ("gift", "favor", "hospitality", "interview", "love", "just-because", "gratitude", "sympathy", "donation")
WHATS = ["a hand-knitted scarf", "garden shears", "a set of linen napkins", "driving me to the airport at dawn",
         "always texting me on Monday mornings", "making my coffee every morning", "having us at the lake house",
         "your generous wedding gift", "the white lilies", "an umbrella", "visiting me in the hospital"]
USES = ["wear it on my walks to work", "learn to make proper hummus", "the front garden finally looks tidy",
        "it makes the start of every week lighter", "our first sofa", "I made my flight with time to spare", ""]
DETAILS = ["the deep green", "the tiny embroidered ducks", "the candles smelled like pine",
           "they cut through the old hedge like butter", "your mother's pho", ""]
MEMORIES = ["the summer you taught me calligraphy", "we stayed up talking until midnight", ""]
AHEADS = ["see you at Thanksgiving", "our trip in June", "dinner is on me when I'm back", ""]
GIVERS = [["May"], [{"name": "May Lee", "call": "Aunt May"}], ["Mr. Okafor"], ["the Patels"], ["Ben and Liz"],
          ["Tom Smith", "Jane Smith"], ["Grandma", "Grandpa", "Aunt Rose"]]
OCCASIONS = ["wedding", "shower", "baby", "birthday", "holiday", "graduation", "", "anniversary"]
SIGNS = ["Sam", "Sam and Alex"]
STRENGTHS = ["SQL query tuning", "five years of research-led design", "I have run design sprints for years", ""]
EXTRAS = ["I led a migration of our reporting to dbt", "my certification in Tableau", ""]
QUESTIONS = ["what does success look like in the first year", "how the team works with engineering", ""]
GOODS = ["", "two gala tickets valued at $120", "a tote bag", "intangible religious benefits"]


def _random_moment(rng: random.Random, kind: str) -> dict:
    c = rng.choice
    m = {"kind": kind, "from": c(GIVERS), "sign": c(SIGNS), "today": "2026-11-26",
         "on": c(["2026-11-25", "2026-11-20", "2026-06-01", "2026-11-26"])}
    if kind == "interview":
        m.update(role=c(["Data Analyst", "UX Designer role", ""]), company=c(["Northwind Health", ""]),
                 topic=c(["the onboarding redesign", "speeding up the dashboard", ""]), strength=c(STRENGTHS),
                 extra=c(EXTRAS), question=c(QUESTIONS))
    elif kind == "donation":
        amount = c([300, 40, 0, 1250.5])
        m.update(organization=c(["Riverside Food Bank", ""]), amount=amount, goods_services=c(GOODS),
                 use=c(["stock our Saturday pantry", "families in Eastgate will eat well this winter", ""]))
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
    for _ in range(1500):
        moment = _random_moment(rng, kind)
        _, flags = forms_mod.build(read_moment(dict(moment, tone="warm")))
        found.append((moment, frozenset(flags - {"t_warm"})))
    return tuple(found)


def _fixture(template, kind: str, tone: str) -> dict | None:
    for moment, flags in pool(kind):
        if template.fits(set(flags) | {f"t_{tone}"}, tone, kind):
            return moment
    return None


def _entries():
    for bank in banks():
        for templates in bank.slots.values():
            for t in templates:
                for kind in sorted(t.kinds):
                    for tone in ALL_TONES:
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
        right = grammar._engine().a(m.group(2)).split(" ", 1)[0]
        if m.group(1).lower() != right.lower():
            problems.append(f"{m.group()!r} should take {right!r}")
    return problems


@pytest.mark.parametrize("template, kind, tone", list(_entries()))
def test_every_entry_renders_cleanly(template, kind, tone):
    moment = _fixture(template, kind, tone)
    assert moment is not None, f"no moment satisfies {template.id} ({sorted(template.needs)}) for {kind}/{tone}"
    facts = read_moment(dict(moment, tone=tone))
    if facts.tone != tone:
        pytest.skip(f"{kind} notes are never written in a {tone} tone")
    forms, flags = forms_mod.build(facts)
    text = template.render(forms)
    assert _problems(text, template.slot) == [], f"{template.id}: {text!r}"


def test_every_bank_names_kinds_and_every_kind_has_plans():
    from thankful.compose.phrases import plans_for

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
