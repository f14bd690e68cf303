"""Capture: people and the moments that owe notes (one note per giver)."""

from __future__ import annotations

from datetime import date

from thankful.domain.errors import UsageError
from thankful.domain.model import CHANNELS, MOMENT_TEXT_FIELDS, RELATIONSHIPS, TONES, Moment, Note, Person

from .domain import kinds
from .store import Notebook
from .store import records as db

# Relationships a kind implies for a giver we create on the fly.
KIND_RELATIONSHIP = {"interview": "interviewer", "donation": "donor", "love": "partner"}


def check_relationship(value: str | None) -> str:
    value = (value or "other").strip().lower()
    if value not in RELATIONSHIPS:
        raise UsageError(f"unknown relationship {value!r}; choose one of: {', '.join(RELATIONSHIPS)}")
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
    with nb.transaction() as conn:
        if db.match_people(conn, person.name) and any(p.name.casefold() == person.name.casefold()
                                                      for p in db.match_people(conn, person.name)):
            raise UsageError(f"{person.name!r} is already in the notebook; use 'thankful people edit' to change them")
        return db.insert_person(conn, person, created=today.isoformat())


def edit_person(nb: Notebook, name: str, /, **changes) -> Person:
    """Change the given fields of one person (None leaves a field as it is)."""
    with nb.transaction() as conn:
        person = db.require_person(conn, name)
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
        db.update_person(conn, person)
        return person


def resolve_givers(nb: Notebook, names: list[str], kind: str, today: date) -> list[Person]:
    """The people named, creating those the notebook does not know yet; ambiguous names are an error."""
    givers: list[Person] = []
    for raw in names:
        name = check_name(raw)
        person = db.find_person(nb.conn, name)
        if person is None:
            person = db.insert_person(nb.conn, Person(name=name, relationship=KIND_RELATIONSHIP.get(kind, "other")),
                                      created=today.isoformat())
        if all(g.id != person.id for g in givers):
            givers.append(person)
    return givers


def build_moment(kind: str, fields: dict, on: date | None) -> Moment:
    """A Moment from typed values, checked against the catalogue (unknown kind, tone, amount)."""
    kind = kinds.normalise_kind(kind)
    moment = Moment(kind=kind, on=on.isoformat() if on else None)
    for name in MOMENT_TEXT_FIELDS:
        value = fields.get(name)
        if value is not None:
            setattr(moment, name, " ".join(str(value).split()) if name != "goods_services" else str(value).strip())
    moment.occasion = kinds.normalise_occasion(moment.occasion) or ""
    moment.money = bool(fields.get("money"))
    tone = (fields.get("tone") or "warm").lower()
    if tone not in TONES:
        raise UsageError(f"unknown tone {tone!r}; choose one of: {', '.join(TONES)}")
    moment.tone = tone
    amount = fields.get("amount")
    if amount not in (None, ""):
        try:
            moment.amount = float(str(amount).replace(",", "").lstrip("$"))
        except ValueError:
            raise UsageError(f"cannot read the amount {amount!r}; write a number like 300 or 49.50") from None
        if moment.amount < 0:
            raise UsageError("the amount cannot be negative")
    if moment.currency:
        moment.currency = moment.currency.upper()
    else:
        moment.currency = "USD"
    return moment


def record_moment(nb: Notebook, kind: str, givers: list[str], fields: dict | None = None, *,
                  on: date | None = None, due: date | None = None, channel: str | None = None,
                  today: date) -> tuple[Moment, list[Note]]:
    """Write down a moment and the notes it owes, one per giver, with due dates from the catalogue."""
    if not givers:
        raise UsageError("who is the note for? name them with --from NAME")
    moment = build_moment(kind, fields or {}, on)
    if due is not None and on is not None and due < on:
        raise UsageError(f"the due date {due} is before the moment itself ({on}); choose a later --due")
    channel = channel or kinds.default_channel(moment.kind)
    if channel not in CHANNELS:
        raise UsageError(f"unknown channel {channel!r}; choose one of: {', '.join(CHANNELS)}")
    note_due = due or kinds.due_date(moment.kind, moment.occasion, on)
    with nb.transaction() as conn:
        moment.givers = resolve_givers(nb, givers, moment.kind, today)
        db.insert_moment(conn, moment, created=today.isoformat())
        notes = [db.insert_note(conn, Note(moment_id=moment.id, person_id=p.id, due=note_due.isoformat() if note_due else None,
                                           channel=channel, created=today.isoformat()))
                 for p in moment.givers]
    return moment, notes
