"""Plain records: people, moments, notes and journal entries. No storage, no rules beyond their shape.

They are small classes rather than dataclasses on purpose: the everyday commands (`thankful owed`) load
them, and importing dataclasses (with inspect, ast and dis) would cost more than the rest of the command.
"""

from __future__ import annotations

STATUSES = ("owed", "drafted", "sent", "skipped")
OPEN = ("owed", "drafted")  # a note still to write or send


class Record:
    """Equality, a readable repr and a dict, from the fields a record lists in __slots__."""

    __slots__ = ()

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and other.to_dict() == self.to_dict()

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"{type(self).__name__}({fields})"


class Person(Record):
    __slots__ = ("name", "call", "email", "address", "relationship", "notes", "id")

    def __init__(self, name: str, *, call: str = "", email: str = "", address: str = "",
                 relationship: str = "other", notes: str = "", id: int | None = None):
        self.name, self.call, self.email, self.address = name, call, email, address
        self.relationship, self.notes, self.id = relationship, notes, id

    @property
    def greeting_name(self) -> str:
        return self.call or self.name


class Moment(Record):
    """The thing to thank for. Its facts (what, detail, use, role, amount, ...) are those the catalogue
    declares (data/kinds.toml); only the facts given are kept."""

    __slots__ = ("kind", "givers", "facts", "on", "tone", "id")

    def __init__(self, kind: str, *, givers: list[Person] | None = None, facts: dict | None = None,
                 on: str | None = None, tone: str = "warm", id: int | None = None):
        self.kind, self.givers, self.facts = kind, givers or [], facts or {}
        self.on, self.tone, self.id = on, tone, id

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


class Note(Record):
    """One note owed for a moment, to one recipient, and where it is on its way."""

    __slots__ = ("moment_id", "person_id", "status", "due", "channel", "subject", "body", "edited", "skip_reason",
                 "sent_on", "sent_via", "printed_on", "message_id", "created", "id")

    def __init__(self, moment_id: int, person_id: int, *, status: str = "owed", due: str | None = None,
                 channel: str = "card", subject: str = "", body: str = "", edited: bool = False,
                 skip_reason: str = "", sent_on: str | None = None, sent_via: str = "",
                 printed_on: str | None = None, message_id: str = "", created: str | None = None,
                 id: int | None = None):
        self.moment_id, self.person_id, self.status, self.due = moment_id, person_id, status, due
        self.channel, self.subject, self.body, self.edited = channel, subject, body, edited
        self.skip_reason, self.sent_on, self.sent_via, self.printed_on = skip_reason, sent_on, sent_via, printed_on
        self.message_id, self.created, self.id = message_id, created, id

    @property
    def version(self) -> int:
        """A fingerprint of what a save must not overwrite unseen: the text, the 'edited' mark and the status.
        Computed rather than counted, so an undo that puts the words back also puts the version back."""
        from zlib import crc32  # a builtin module; a collision would need the same 32 bits for other words

        return crc32("\x1f".join((self.subject, self.body, str(int(self.edited)), self.status)).encode())


class JournalEntry(Record):
    __slots__ = ("day", "text", "prompt", "moment_id", "people", "id")

    def __init__(self, day: str, text: str, *, prompt: str = "", moment_id: int | None = None,
                 people: list[str] | None = None, id: int | None = None):
        self.day, self.text, self.prompt, self.moment_id = day, text, prompt, moment_id
        self.people, self.id = people or [], id
