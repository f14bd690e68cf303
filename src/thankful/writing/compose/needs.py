"""Questions for the specifics a draft needs and the moment lacks: asked, never padded with filler."""

from thankful.domain import kinds
from thankful.writing.facts import Facts
from thankful.writing.money import needs_goods_value

# Interview notes tie interest to a strength: without one the note cannot, so it is asked too.
EXTRA_ASKS = {"interview": ["strength"]}


def needs(f: Facts, forms: dict) -> list[dict]:
    """[{"field": ..., "question": ...}] for each missing specific, in the order a person would answer."""
    asked = []
    if not f.givers:
        asked.append(("from", "Who is the note to?"))
    for field in kinds.asks(f.kind) + EXTRA_ASKS.get(f.kind, []):
        if _missing(f, field):
            asked.append((field, question(f, field, forms)))
    if f.kind == "donation" and f.amount >= 250 and needs_goods_value(f.goods_services):
        asked.append(("goods_services", f"What is the good-faith value of {f.goods_services}? "
                                        "The IRS requires it for gifts of $250 or more."))
    if not f.sign:
        asked.append(("sign", "How do you sign your notes?"))
    return [{"field": field, "question": q} for field, q in asked]


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
    }
    return by_field.get(field, f"What is the {field.replace('_', ' ')}?")
