"""Questions for the specifics a draft needs and the moment lacks: asked, never padded with filler."""

from functools import cache

from thankful.domain import kinds
from thankful.writing.facts import Facts
from thankful.writing.money import needs_goods_value

from .grammar import shared_surname

# Interview notes tie interest to a strength: without one the note cannot, so it is asked too.
EXTRA_ASKS = {"interview": ["strength"]}


# The specifics that fill out a card, in the order they are asked for when a note is thin.
FILLERS = ("use", "detail", "ahead", "memory")
CARD_FACTS_WANTED = 1  # a card with none of these is thin: ask for one rather than pad


def needs(f: Facts, forms: dict, flags: set | frozenset = frozenset()) -> list[dict]:
    """[{"field": ..., "question": ...}] for each missing specific, in the order a person would answer."""
    asked = []
    if not f.givers:
        asked.append(("from", "Who is the note to?"))
    asked += _about_the_givers(f)
    for field in _asks(f.kind):
        if _missing(f, field):
            asked.append((field, question(f, field, forms)))
    if "what_clause" in flags:
        asked.append(("what", f"What did {forms.get('who') or 'they'} give or do, in a few words (like 'the soup "
                              "you left on my porch')? The note thanks them for it by name."))
    asked += _thin(f, forms, {field for field, _ in asked})
    if f.kind == "donation" and f.amount >= 250 and needs_goods_value(f.goods_services):
        asked.append(("goods_services", f"What is the good-faith value of {f.goods_services}? "
                                        "The IRS requires it for gifts of $250 or more."))
    asked += _unsaid(forms, flags)
    if not f.sign:
        asked.append(("sign", "How do you sign your notes?"))
    return [{"field": field, "question": q} for field, q in asked]


@cache
def _asks(kind: str) -> tuple[str, ...]:
    return tuple(kinds.asks(kind) + EXTRA_ASKS.get(kind, []))


@cache
def _facts_for(kind: str) -> frozenset[str]:
    return frozenset(kinds.facts_for(kind))


# An interview's question or extra typed as a note to oneself that no sentence could say well: left out of
# the draft (compose/interview.py) and asked about here, in the writer's own words.
UNSAID = ("question", "extra", "detail", "topic", "strength")
UNSAID_ASK = ("You noted \u201c{typed}\u201d. It reads as a note to yourself, so the draft leaves it out: what would "
              "you like the note to say about it, in a sentence or two?")


def _unsaid(forms: dict, flags: set | frozenset) -> list[tuple[str, str]]:
    return [(field, UNSAID_ASK.format(typed=forms[f"unsaid_{field}"])) for field in UNSAID
            if f"unsaid_{field}" in flags]


def _about_the_givers(f: Facts) -> list[tuple[str, str]]:
    """A partner named only as 'his wife', and a formal greeting whose title the name cannot tell."""
    asked = []
    one_family = len(f.givers) > 1 and shared_surname([giver.name for giver in f.givers])  # "Jen and Mark Parker"
    for giver in f.givers:
        if giver.unnamed:
            guess = f" (You wrote \u201c{giver.label}\u201d.)" if giver.label else ""
            asked.append(("from", f"What is the name of {giver.name}? The note greets them without a name until "
                                  f"you say.{guess}"))
        if giver.partner:
            asked.append(("from", f"What is the name of {giver.name}'s {giver.partner}? The note should greet "
                                  "them by name too."))
        if giver.needs_title(f.formal) and not one_family:
            asked.append(("from", f"How should the note greet {giver.name}: Mr., Ms., Mx., Dr. or another title? "
                                  "(Give it as their \"call\", like \"Ms. Lee\".)"))
    return asked


def _thin(f: Facts, forms: dict, asked: set[str]) -> list[tuple[str, str]]:
    """A card with little to say asks for one more specific (what it made possible, a plan ahead) rather
    than filling the space with stock lines."""
    if f.email or f.kind in ("love",) or asked & set(FILLERS):
        return []  # one question about what to say is enough at a time
    wanted = [field for field in FILLERS if field in _facts_for(f.kind)]
    given = [field for field in wanted if getattr(f, field, "")]
    if len(given) >= CARD_FACTS_WANTED:
        return []
    for field in wanted:
        if field not in given and field not in asked:
            return [(field, question(f, field, forms))]
    return []


# A fact that answers the question asked for another: a stay's memory is the moment to remember.
ANSWERED_BY = {("hospitality", "detail"): "memory"}


def _missing(f: Facts, field: str) -> bool:
    if f.kind == "donation" and field == "amount":
        return not f.amount and not f.what  # a gift of goods is described, never valued
    other = ANSWERED_BY.get((f.kind, field))
    return not getattr(f, field, "") and not (other and getattr(f, other, ""))


def question(f: Facts, field: str, forms: dict) -> str:
    """A plain question naming the person and the thing: 'How will you use the cookbook?'"""
    who = forms.get("who") or "them"  # "the Nakamuras", not the greeting's "Nakamuras"
    thing = forms.get("the_thing") or ("it" if not forms.get("act") else "that")
    by_field = {
        "what": {
            "gift": f"What did {who} give you?",
            "favor": f"What did {who} do for you?",
            "hospitality": f"What did {who} host you for (a dinner, a weekend stay)?",
            "sympathy": f"What did {who} send or do (flowers, food, help)?",
            "love": f"What did {who} do that you want to thank them for?",
        }.get(f.kind, f"What do you want to thank {who} for?"),
        "use": (f"What will you put {thing} toward?" if f.money else
                f"How will you use {thing}?" if f.kind == "gift" else
                "What difference did it make to you?"),
        "detail": (f"What moment from your time with {who} will you remember?" if f.kind == "hospitality"
                   else "What specific thing did you notice about it?"),
        "role": "Which role did you interview for?",
        "company": "Which company was the interview with?",
        "topic": f"What did you and {who} talk about that you want to mention?",
        "strength": "Which strength of yours fits what they need?",
        "organization": "Which organization is thanking the donor?",
        "amount": f"How much did {who} give?",
        "ahead": f"Is there a plan or a next time with {who} to look forward to?",
        "memory": f"Is there a moment with {who} you want to remember in the note?",
        "extra": "Is there something you did not get to say in the interview that the note could add?",
    }
    return by_field.get(field, f"What is the {field.replace('_', ' ')}?")
