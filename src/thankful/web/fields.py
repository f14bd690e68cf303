"""The facts of a moment as a person reads them on a form: a plain label and an example for each."""

from __future__ import annotations

from dataclasses import dataclass

from thankful.domain import kinds


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    example: str = ""
    long: bool = False  # a textarea rather than one line


FIELDS = {f.name: f for f in (
    Field("what", "What did they give or do?", "a hand-knitted scarf"),
    Field("detail", "Something specific you noticed", "the deep green"),
    Field("use", "How you will use it, or what it changed", "wear it on my walks to work"),
    Field("memory", "A memory it brings back", "our walk by the lake last autumn"),
    Field("ahead", "A plan or hope to look ahead to", "see you at Thanksgiving"),
    Field("occasion", "Occasion", "birthday"),
    Field("role", "The role", "Data Analyst"),
    Field("company", "The company", "Northwind Health"),
    Field("topic", "A topic you talked about", "speeding up the readmissions dashboard"),
    Field("strength", "A strength of yours that fits", "tuning SQL queries"),
    Field("extra", "Something you didn't get to say", "I led our move to dbt last year"),
    Field("question", "A question to ask", ""),
    Field("organization", "Your organisation", "Riverside Food Bank"),
    Field("amount", "Amount given", "300"),
    Field("currency", "Currency", "USD"),
    Field("goods_services", "Goods or services given in return (leave blank if none)", "", long=True),
)}

# Shown for every kind in the "more" part of the form; the catalogue decides which are asked first.
ALWAYS_OPTIONAL = ("detail", "memory", "ahead")
KIND_EXTRAS = {"gift": ("occasion",), "donation": ("goods_services",)}


def kind_choices() -> list[tuple[str, str]]:
    """(kind, label) in catalogue order, for the kind menu."""
    return [(k, kinds.kind_info(k).get("label", k)) for k in kinds.kinds()]


def form_fields(kind: str) -> tuple[list[Field], list[Field]]:
    """The fields shown first (what the catalogue asks, and the kind's own), then the optional ones."""
    asked = [n for n in (*kinds.asks(kind), *KIND_EXTRAS.get(kind, ())) if n in FIELDS]
    asked = list(dict.fromkeys(asked))
    info = kinds.kind_info(kind)
    optional: list[str] = []
    for name in (*info.get("optional", ()), *ALWAYS_OPTIONAL):
        if name in FIELDS and name not in asked and name not in optional:
            optional.append(name)
    if kind == "interview":  # detail, memory, ahead don't fit an interview note
        optional = [n for n in optional if n not in ALWAYS_OPTIONAL]
    return [FIELDS[n] for n in asked], [FIELDS[n] for n in optional]
