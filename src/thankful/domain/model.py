"""Plain records: people, moments, notes and journal entries."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .choices import CHANNELS, RELATIONSHIPS, STATUSES, TONES  # noqa: F401 (re-exported)

# The facts of a moment, in the order of the compose contract (DESIGN §5).
MOMENT_TEXT_FIELDS = (
    "occasion", "what", "detail", "use", "memory", "ahead",
    "role", "company", "topic", "strength", "extra", "question",
    "organization", "currency", "goods_services",
)


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
    kind: str
    givers: list[Person] = field(default_factory=list)
    occasion: str = ""
    what: str = ""
    detail: str = ""
    use: str = ""
    memory: str = ""
    ahead: str = ""
    on: str | None = None
    money: bool = False
    role: str = ""
    company: str = ""
    topic: str = ""
    strength: str = ""
    extra: str = ""
    question: str = ""
    organization: str = ""
    amount: float = 0
    currency: str = "USD"
    goods_services: str = ""
    tone: str = "warm"
    id: int | None = None

    def to_contract(self, *, to: list[Person] | None = None, sign: str = "", today: str | None = None) -> dict:
        """The moment in the compose/check JSON shape, addressed to `to` (default: every giver)."""
        people = to if to is not None else self.givers
        data: dict = {"kind": self.kind}
        data["from"] = [_contract_person(p) for p in people]
        for name in MOMENT_TEXT_FIELDS:
            value = getattr(self, name)
            if value and not (name == "currency" and self.kind != "donation"):
                data[name] = value
        if self.on:
            data["on"] = self.on
        if self.money:
            data["money"] = True
        if self.amount:
            data["amount"] = self.amount
        data["tone"] = self.tone or "warm"
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
