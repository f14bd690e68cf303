"""Capture: people, and the moments that owe notes (one note per giver)."""

from __future__ import annotations

from datetime import date

from thankful import channels
from thankful.domain import kinds, validate
from thankful.domain.errors import NotFound, UsageError
from thankful.domain.model import Moment, Note, Person
from thankful.store import Notebook

NAME_LIMIT = 200


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

    address = validate.line(value, "email address", limit=320)
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as e:
        raise UsageError(f"the email address {value!r} is not valid: {e}") from None


def check_name(name: str) -> str:
    """A person's name: one line, composed Unicode, not blank, and not written like an id ('#4')."""
    name = validate.line(name, "name", limit=NAME_LIMIT)
    if not name:
        raise UsageError("a person needs a name")
    if validate.is_id(name):
        raise UsageError(f"{name!r} is written like a person's number, not a name; give their name, or use "
                         "'#ID' only for someone already in the notebook (see 'thankful people list')")
    return name


def person_fields(*, call: str | None = None, address: str | None = None, notes: str | None = None) -> dict:
    """The free-text details of a person, checked (None: not given)."""
    found = {}
    if call is not None:
        found["call"] = validate.line(call, "greeting", limit=NAME_LIMIT)
    if address is not None:
        found["address"] = validate.text(address, "address", limit=2_000)
    if notes is not None:
        found["notes"] = validate.text(notes, "notes about them")
    return found


def same_name(nb: Notebook, name: str, *, besides: int | None = None) -> Person | None:
    """Someone else already called `name` (compared case-folded and normalised), or None."""
    wanted = validate.fold(name)
    return next((p for p in nb.people.match(name) if p.id != besides and validate.fold(p.name) == wanted), None)


def add_person(nb: Notebook, name: str, *, call: str = "", email: str = "", address: str = "",
               relationship: str | None = None, notes: str = "", today: date) -> Person:
    person = Person(name=check_name(name), email=check_email(email), relationship=check_relationship(relationship),
                    **person_fields(call=call or "", address=address or "", notes=notes or ""))
    with nb.transaction(f"add person {person.name}"):
        if same_name(nb, person.name):
            raise UsageError(f"{person.name!r} is already in the notebook; change their details instead")
        return nb.people.add(person, created=today.isoformat())


def edit_person(nb: Notebook, name: str, /, **changes) -> Person:
    """Change the given fields of one person (None leaves a field as it is); a new name may not be one
    someone else already has."""
    checked = person_fields(**{k: changes.pop(k) for k in ("call", "address", "notes") if k in changes})
    for field, value in changes.items():
        if value is None:
            continue
        if field == "email":
            checked[field] = check_email(value)
        elif field == "relationship":
            checked[field] = check_relationship(value)
        elif field == "name":
            checked[field] = check_name(value)
        else:
            raise UsageError(f"a person has no detail called {field!r}")
    with nb.transaction(f"edit person {name}"):
        person = nb.people.named(name)
        if "name" in checked and (other := same_name(nb, checked["name"], besides=person.id)):
            raise UsageError(f"#{other.id} is already called {other.name!r}; choose another name, or change "
                             f"#{other.id}'s details instead", what="person")
        for field, value in checked.items():
            setattr(person, field, value)
        nb.people.update(person)
        return person


def resolve_givers(nb: Notebook, names: list[str], kind: str, today: date) -> list[Person]:
    """The people named, creating those the notebook does not know yet; ambiguous names are an error, and
    a number ('#4') must be someone already in the notebook."""
    givers: list[Person] = []
    for raw in names:
        person = find_giver(nb, raw)
        if person is None:
            person = nb.people.add(Person(name=check_name(raw), relationship=kinds.implied_relationship(kind)),
                                   created=today.isoformat())
        if all(g.id != person.id for g in givers):
            givers.append(person)
    return givers


def find_giver(nb: Notebook, raw: str) -> Person | None:
    """The person `raw` names ('#4', 'May Lee', 'aunt may'), None when nobody is called that."""
    typed = validate.line(raw, "name", limit=NAME_LIMIT)
    if not typed:
        raise UsageError("a person needs a name", what="from")
    if typed.startswith("#"):
        person = nb.people.find(typed)
        if person is None:
            raise NotFound(f"no person {typed}", what="person")
        return person
    return nb.people.find(typed)


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
            facts[name] = validate.read_amount(value)
        elif fact.type == "long":
            facts[name] = validate.text(value, name.replace("_", " "))
        else:
            facts[name] = validate.line(value, name.replace("_", " "))
    if "occasion" in facts:
        facts["occasion"] = kinds.normalise_occasion(facts["occasion"]) or ""
    if "currency" in facts:
        facts["currency"] = facts["currency"].upper()
    return {k: v for k, v in facts.items() if v not in ("", None)}


read_amount = validate.read_amount  # the one reader of amounts, also used for answers in drafting


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
    if on is not None:
        validate.check_date(on, "moment's date")
    moment = build_moment(kind, typed or {}, on)
    if due is not None and on is not None and due < on:
        raise UsageError(f"the due date {due} is before the moment itself ({on}); choose a later due date", what="due")
    channel = channels.channel(channel or kinds.default_channel(moment.kind)).name
    note_due = due or kinds.due_date(moment.kind, moment.fact("occasion"), on)
    if note_due is not None:
        validate.check_date(note_due, "due date")
    with nb.transaction():  # the change is named once the givers are known ('#4' is May Lee)
        moment.givers = resolve_givers(nb, givers, moment.kind, today)
        with nb.transaction(f"add {moment.kind} for {', '.join(g.name for g in moment.givers)}"):
            nb.moments.add(moment, created=today.isoformat())
            notes = [nb.notes.add(Note(moment_id=moment.id, person_id=p.id, channel=channel,
                                       created=today.isoformat(), due=note_due.isoformat() if note_due else None))
                     for p in moment.givers]
    return moment, notes
