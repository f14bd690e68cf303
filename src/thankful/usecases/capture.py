"""Capture: people, and the moments that owe notes (one note per giver)."""

from __future__ import annotations

from datetime import date

from thankful import channels
from thankful.domain import kinds
from thankful.domain.errors import UsageError
from thankful.domain.model import Moment, Note, Person
from thankful.store import Notebook


def check_relationship(value: str | None) -> str:
    value = (value or "other").strip().lower()
    if value not in kinds.relationships():
        raise UsageError(f"unknown relationship {value!r}; choose one of: {', '.join(kinds.relationships())}")
    return value


def check_email(value: str | None) -> str:
    """A syntactically valid address (no network look-up), normalised; '' stays ''."""
    if not value or not value.strip():
        return ""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as e:
        raise UsageError(f"the email address {value!r} is not valid: {e}") from None


def check_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise UsageError("a person needs a name")
    return name


def add_person(nb: Notebook, name: str, *, call: str = "", email: str = "", address: str = "",
               relationship: str | None = None, notes: str = "", today: date) -> Person:
    person = Person(name=check_name(name), call=(call or "").strip(), email=check_email(email),
                    address=(address or "").strip(), relationship=check_relationship(relationship), notes=notes or "")
    with nb.transaction(f"add person {person.name}"):
        if any(p.name.casefold() == person.name.casefold() for p in nb.people.match(person.name)):
            raise UsageError(f"{person.name!r} is already in the notebook; change their details instead")
        return nb.people.add(person, created=today.isoformat())


def edit_person(nb: Notebook, name: str, /, **changes) -> Person:
    """Change the given fields of one person (None leaves a field as it is)."""
    with nb.transaction(f"edit person {name}"):
        person = nb.people.named(name)
        for field, value in changes.items():
            if value is None:
                continue
            if field == "email":
                value = check_email(value)
            elif field == "relationship":
                value = check_relationship(value)
            elif field == "name":
                value = check_name(value)
            setattr(person, field, value)
        nb.people.update(person)
        return person


def resolve_givers(nb: Notebook, names: list[str], kind: str, today: date) -> list[Person]:
    """The people named, creating those the notebook does not know yet; ambiguous names are an error."""
    givers: list[Person] = []
    for raw in names:
        name = check_name(raw)
        person = nb.people.find(name)
        if person is None:
            person = nb.people.add(Person(name=name, relationship=kinds.implied_relationship(kind)),
                                   created=today.isoformat())
        if all(g.id != person.id for g in givers):
            givers.append(person)
    return givers


def read_facts(kind: str, typed: dict) -> dict:
    """The facts a person typed, checked against the catalogue: text tidied, amounts read, flags kept."""
    facts: dict = {}
    for name, fact in kinds.facts().items():
        value = typed.get(name)
        if value in (None, "", False):
            continue
        if fact.type == "flag":
            facts[name] = True
        elif fact.type == "amount":
            facts[name] = read_amount(value)
        elif fact.type == "long":
            facts[name] = str(value).strip()
        else:
            facts[name] = " ".join(str(value).split())
    if "occasion" in facts:
        facts["occasion"] = kinds.normalise_occasion(facts["occasion"]) or ""
    if "currency" in facts:
        facts["currency"] = facts["currency"].upper()
    return {k: v for k, v in facts.items() if v not in ("", None)}


def read_amount(value) -> float:
    """An amount of money as typed ("300", "$1,250.50"); UsageError for anything else."""
    try:
        amount = float(str(value).replace(",", "").strip().lstrip("$€£"))
    except ValueError:
        raise UsageError(f"cannot read the amount {value!r}; write a number like 300 or 49.50") from None
    if amount < 0:
        raise UsageError("the amount cannot be negative")
    return amount


def build_moment(kind: str, typed: dict, on: date | None) -> Moment:
    """A Moment from typed values, checked against the catalogue (unknown kind, tone, amount)."""
    kind = kinds.normalise_kind(kind)
    return Moment(kind=kind, facts=read_facts(kind, typed), on=on.isoformat() if on else None,
                  tone=kinds.fitting_tone(kind, typed.get("tone")))


def record_moment(nb: Notebook, kind: str, givers: list[str], typed: dict | None = None, *,
                  on: date | None = None, due: date | None = None, channel: str | None = None,
                  today: date) -> tuple[Moment, list[Note]]:
    """Write down a moment and the notes it owes, one per giver, with due dates from the catalogue."""
    if not givers:
        raise UsageError("who is the note for? name the people to thank", what="from")
    moment = build_moment(kind, typed or {}, on)
    if due is not None and on is not None and due < on:
        raise UsageError(f"the due date {due} is before the moment itself ({on}); choose a later due date", what="due")
    channel = channels.channel(channel or kinds.default_channel(moment.kind)).name
    note_due = due or kinds.due_date(moment.kind, moment.fact("occasion"), on)
    with nb.transaction(f"add {moment.kind} for {', '.join(check_name(g) for g in givers)}"):
        moment.givers = resolve_givers(nb, givers, moment.kind, today)
        nb.moments.add(moment, created=today.isoformat())
        notes = [nb.notes.add(Note(moment_id=moment.id, person_id=p.id, channel=channel, created=today.isoformat(),
                                   due=note_due.isoformat() if note_due else None))
                 for p in moment.givers]
    return moment, notes
