"""Plain records: people, moments, notes and journal entries. No storage, no rules beyond their shape."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

STATUSES = ("owed", "drafted", "sent", "skipped")
OPEN = ("owed", "drafted")  # a note still to write or send


@dataclass
class Person:
    name: str
    call: str = ""
    email: str = ""
    address: str = ""
    relationship: str = "other"
    notes: str = ""
    id: int | None = None

    @property
    def greeting_name(self) -> str:
        return self.call or self.name

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Moment:
    """The thing to thank for. Its facts (what, detail, use, role, amount, ...) are those the catalogue
    declares (data/kinds.toml); only the facts given are kept."""

    kind: str
    givers: list[Person] = field(default_factory=list)
    facts: dict = field(default_factory=dict)
    on: str | None = None
    tone: str = "warm"
    id: int | None = None

    def fact(self, name: str, default=""):
        return self.facts.get(name, default)

    def to_contract(self, *, to: list[Person] | None = None, sign: str = "", today: str | None = None) -> dict:
        """The moment in the compose/check JSON shape, addressed to `to` (default: every giver)."""
        people = to if to is not None else self.givers
        data: dict = {"kind": self.kind, "from": [_contract_person(p) for p in people]}
        data.update({name: value for name, value in self.facts.items() if value not in ("", None, False, 0)})
        if self.on:
            data["on"] = self.on
        data["tone"] = self.tone
        if sign:
            data["sign"] = sign
        if today:
            data["today"] = today
        return data


def _contract_person(p: Person) -> dict:
    out = {"name": p.name}
    if p.call:
        out["call"] = p.call
    if p.email:
        out["email"] = p.email
    if p.relationship and p.relationship != "other":
        out["relationship"] = p.relationship
    return out


@dataclass
class Note:
    moment_id: int
    person_id: int
    status: str = "owed"
    due: str | None = None
    channel: str = "card"
    subject: str = ""
    body: str = ""
    edited: bool = False
    skip_reason: str = ""
    sent_on: str | None = None
    sent_via: str = ""
    printed_on: str | None = None
    message_id: str = ""
    created: str | None = None
    id: int | None = None


@dataclass
class JournalEntry:
    day: str
    text: str
    prompt: str = ""
    moment_id: int | None = None
    people: list[str] = field(default_factory=list)
    id: int | None = None
