"""Importing contacts: vCard 3.0/4.0 (Apple's grouped item1.ADR with X-ABADR, folded lines, CR CR LF line
ends, escaped new lines in streets), Google Contacts CSV (" ::: " between several values, "* " before the
primary one), Outlook CSV and guest lists. People are merged by email or by name (a household however it is
written), never added twice; addresses are laid out by the country's postal rules, without a country line for
mail at home. All or nothing, like every import.
"""

from __future__ import annotations

import os
import re
from datetime import date

from thankful.domain import addresses, households
from thankful.domain.errors import UsageError
from thankful.domain.model import Person
from thankful.store import Notebook

from . import tables
from .recipients import Recipients

GUEST_FIELDS = ("giver", "first_name", "last_name", "partner_first_name", "partner_last_name", "greeting", "email",
                "address", "street", "line2", "city", "region", "postal_code", "country", "relationship")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MULTI = " ::: "  # Google's separator between several values of one field
# Words in a contact's labels or categories that say what they are to the writer.
LABEL_RELATIONSHIPS = {"family": "family", "friends": "friend", "friend": "friend", "coworkers": "colleague",
                       "colleagues": "colleague", "work": "colleague", "partner": "partner"}
RELATIONSHIPS = ("family", "partner", "friend", "colleague", "interviewer", "donor", "other")


class _DryRun(Exception):
    pass


class Contact:
    """One entry of an address book or guest list: who, how to greet them, their emails and address."""

    __slots__ = ("line", "name", "call", "emails", "address", "relationship")

    def __init__(self, line: int, name: str, *, call: str = "", emails: list[str] | None = None, address: str = "",
                 relationship: str = ""):
        self.line, self.name, self.call, self.emails = line, name, call, emails or []
        self.address, self.relationship = address, relationship


def import_people(nb: Notebook, content: bytes, source: str, *, dry_run: bool = False, today: date) -> dict:
    """Add or merge everyone in a contacts file: {"added", "merged", "skipped", "skipped_entries", "format"}."""
    home = nb.settings.get("country") or addresses.DEFAULT_HOME
    shape, contacts, skipped = read_contacts(content, source, home)
    result = {"added": 0, "merged": 0, "skipped": len(skipped), "skipped_entries": skipped, "format": shape,
              "dry_run": dry_run, "people": []}
    try:
        with nb.transaction(f"import contacts from {os.path.basename(source)}"):
            _merge(nb, contacts, result, today)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return result


def read_contacts(content: bytes, source: str, home: str) -> tuple[str, list[Contact], list[dict]]:
    """(the file's shape, its contacts, the entries skipped with why)."""
    text = None if content[:4] == tables.XLSX_MAGIC else tables.decode(content, source)
    if text is not None and (source.lower().endswith((".vcf", ".vcard")) or text.lstrip().upper().startswith("BEGIN:VCARD")):
        return ("vcard", *_vcards(text, source, home))
    table = tables.read_table(content, source) if text is None else tables.read_text_table(text, source)
    normal = {tables.normal(h) for h in table.headers}
    if "e mail 1 value" in normal or {"given name", "family name"} <= normal or "address 1 street" in normal:
        return ("google", *_rows(table, lambda cells, line: _google(cells, line, home)))
    if "e mail address" in normal and normal & {"home street", "business street", "other street"}:
        return ("outlook", *_rows(table, lambda cells, line: _outlook(cells, line, home)))
    mapping = tables.choose_mapping(table.headers, None, GUEST_FIELDS)
    if not set(mapping.values()) & {"giver", "first_name", "last_name"}:
        raise UsageError(f"{source}: no column gives a name (its columns: {', '.join(table.headers)}); "
                         "a guest list needs 'Name' or 'First Name' and 'Last Name'")
    return ("guest list", *_rows(table, lambda cells, line: _guest(
        {mapping[h]: " ".join(v.split()) for h, v in cells.items() if mapping.get(h)}, line, home)))


# --- vCard ----------------------------------------------------------------------------------------

def _vcards(text: str, source: str, home: str) -> tuple[list[Contact], list[dict]]:
    import vobject  # only for address books

    text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")  # Apple's CR CR LF, then any
    starts = [n for n, line in enumerate(text.split("\n"), start=1) if line.strip().upper() == "BEGIN:VCARD"]
    contacts, skipped = [], []
    try:
        for index, card in enumerate(vobject.readComponents(text, ignoreUnreadable=True)):
            line = starts[index] if index < len(starts) else 0
            contact = _vcard(card, line, home)
            if contact is None:
                skipped.append({"line": line, "reason": "no name", "where": f"{source}: line {line}"})
            else:
                contacts.append(contact)
    except vobject.base.ParseError as e:
        where = f": line {e.lineNumber}" if getattr(e, "lineNumber", None) else ""
        raise UsageError(f"{source}{where}: not a vCard this can read ({e.message if hasattr(e, 'message') else e})"
                         "; nothing was imported") from None
    return contacts, skipped


def _vcard(card, line: int, home: str) -> Contact | None:
    c = card.contents
    name = _value(c, "fn")
    if not name and "n" in c:
        n = c["n"][0].value
        name = " ".join(x for x in (_joined(n.prefix), _joined(n.given), _joined(n.family)) if x)
    emails = [str(e.value).strip() for e in c.get("email", []) if EMAIL.match(str(e.value).strip())]
    emails.sort(key=lambda e: not any(_is_pref(x) for x in c.get("email", []) if str(x.value).strip() == e))
    if not name:
        name = emails[0] if emails else ""
    if not name:
        return None
    countries = {x.group: str(x.value) for x in c.get("x-abadr", []) if x.group}  # Apple: item1.X-ABADR:us
    address = ""
    adrs = sorted(c.get("adr", []), key=lambda a: (not _is_pref(a), not _has_type(a, "home")))
    for adr in adrs:
        v = adr.value
        country = v.country or countries.get(adr.group or "", "")
        street = "\n".join(x for x in (_joined(v.box), _joined(v.street), _joined(v.extended)) if x)
        if street or v.city:
            address = addresses.format_postal(street=street, city=_joined(v.city), region=_joined(v.region),
                                              postal_code=_joined(v.code), country=country, home=home)
            break
    categories = " ".join(_joined(x.value) for x in c.get("categories", []))
    return Contact(line, " ".join(name.split()), call=_value(c, "nickname"), emails=emails, address=address,
                   relationship=_relationship_from_labels(categories))


def _value(contents: dict, key: str) -> str:
    items = contents.get(key)
    return " ".join(str(items[0].value).split()) if items and items[0].value else ""


def _joined(value) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value if v)
    return str(value or "").strip()


def _is_pref(item) -> bool:
    types = [t.lower() for t in item.params.get("TYPE", [])]
    return "pref" in types or "1" in item.params.get("PREF", [])


def _has_type(item, wanted: str) -> bool:
    return wanted in [t.lower() for t in item.params.get("TYPE", [])]


# --- CSV shapes -----------------------------------------------------------------------------------

def _rows(table: tables.Table, read) -> tuple[list[Contact], list[dict]]:
    contacts, skipped = [], []
    for line, cells in table.rows:
        by_header = {h: (str(cells[i]) if i < len(cells) and cells[i] is not None else "")
                     for i, h in enumerate(table.headers)}
        try:
            contact = read(by_header, line)
        except UsageError as e:
            skipped.append({"line": line, "reason": str(e), "where": table.where(line)})
            continue
        if contact is None:
            skipped.append({"line": line, "reason": "no name", "where": table.where(line)})
        else:
            contacts.append(contact)
    return contacts, skipped


def _pick(cells: dict, *names: str) -> str:
    """The first of these columns with a value (any case), its first value when Google joined several."""
    lowered = {tables.normal(k): v for k, v in cells.items()}
    for name in names:
        value = lowered.get(tables.normal(name), "")
        if value and value.strip():
            return value.split(MULTI)[0].strip()
    return ""


def _google(cells: dict, line: int, home: str) -> Contact | None:
    """Google Contacts: 'E-mail 1 - Value' ('a@x ::: b@y'), its 'Type'/'Label' ('* Home': '* ' is the primary)."""
    lowered = {tables.normal(k): v for k, v in cells.items()}
    name = _pick(cells, "Name") or " ".join(x for x in (
        _pick(cells, "Name Prefix"), _pick(cells, "First Name", "Given Name"),
        _pick(cells, "Last Name", "Family Name")) if x)
    emails: list[tuple[bool, str]] = []
    for n in range(1, 10):
        found = lowered.get(f"e mail {n} value", "")
        if not found:
            continue
        labels = (lowered.get(f"e mail {n} label") or lowered.get(f"e mail {n} type") or "").split(MULTI)
        for i, email in enumerate(v.strip() for v in found.split(MULTI)):
            primary = i < len(labels) and labels[i].strip().startswith("* ")
            if EMAIL.match(email):
                emails.append((not primary, email))
    address = ""
    for n in range(1, 10):
        prefix = f"address {n} "
        if not any(k.startswith(prefix) and v.strip() for k, v in lowered.items()):
            continue
        first = {k[len(prefix):]: v.split(MULTI)[0].strip() for k, v in lowered.items() if k.startswith(prefix)}
        if first.get("street") or first.get("city"):
            address = addresses.format_postal(
                street="\n".join(x for x in (first.get("po box", ""), first.get("street", "")) if x),
                line2=first.get("extended address", ""), city=first.get("city", ""), region=first.get("region", ""),
                postal_code=first.get("postal code", ""), country=first.get("country", ""), home=home)
        elif first.get("formatted"):
            address = first["formatted"].replace("\\n", "\n")
        if address:
            break
    labels = _pick(cells, "Labels", "Group Membership")
    labels = " ".join(x.strip().lstrip("*").strip() for x in (lowered.get("labels") or lowered.get("group membership")
                                                             or labels).split(MULTI))
    if not name:
        name = sorted(emails)[0][1] if emails else ""
    if not name:
        return None
    return Contact(line, name, call=_pick(cells, "Nickname"), emails=[e for _, e in sorted(emails)],
                   address=address, relationship=_relationship_from_labels(labels))


def _outlook(cells: dict, line: int, home: str) -> Contact | None:
    """Outlook: 'E-mail Address', 'E-mail 2 Address', and a Home (else Business, else Other) address."""
    name = " ".join(x for x in (_pick(cells, "Title"), _pick(cells, "First Name"), _pick(cells, "Middle Name"),
                                _pick(cells, "Last Name"), _pick(cells, "Suffix")) if x)
    emails = [e for e in (_pick(cells, "E-mail Address"), _pick(cells, "E-mail 2 Address"),
                          _pick(cells, "E-mail 3 Address")) if EMAIL.match(e)]
    address = ""
    for place in ("Home", "Business", "Other"):
        street = "\n".join(x for x in (_pick(cells, f"{place} Street"), _pick(cells, f"{place} Street 2"),
                                       _pick(cells, f"{place} Street 3")) if x)
        city = _pick(cells, f"{place} City")
        if street or city:
            address = addresses.format_postal(
                street=street, city=city, region=_pick(cells, f"{place} State"),
                postal_code=_pick(cells, f"{place} Postal Code"),
                country=_pick(cells, f"{place} Country/Region", f"{place} Country"), home=home)
            break
    name = name or (emails[0] if emails else "")
    if not name:
        return None
    return Contact(line, name, call=_pick(cells, "Nickname"), emails=emails, address=address,
                   relationship=_relationship_from_labels(_pick(cells, "Categories")))


def _guest(cells: dict, line: int, home: str) -> Contact | None:
    """A guest list: a name or first and last names (a partner's too), an email, address parts."""
    name = cells.get("giver") or households.name_from_parts(
        cells.get("first_name", ""), cells.get("last_name", ""), cells.get("partner_first_name", ""),
        cells.get("partner_last_name", ""))
    if not name:
        return None
    email = cells.get("email", "").strip()
    if email and not EMAIL.match(email):
        raise UsageError(f"the email address {email!r} is not valid")
    parts = ("street", "line2", "city", "region", "postal_code", "country")
    if any(cells.get(p) for p in parts):
        address = addresses.format_postal(**{p: cells.get(p, "") for p in parts}, home=home)
    else:
        address = cells.get("address", "").replace("\\n", "\n").strip()
    relationship = cells.get("relationship", "").strip().lower()
    return Contact(line, name, call=cells.get("greeting", ""), emails=[email] if email else [], address=address,
                   relationship=relationship if relationship in RELATIONSHIPS else _relationship_from_labels(relationship))


def _relationship_from_labels(labels: str) -> str:
    words = re.findall(r"[a-z]+", labels.lower())
    return next((LABEL_RELATIONSHIPS[w] for w in words if w in LABEL_RELATIONSHIPS), "")


# --- merging --------------------------------------------------------------------------------------

def _merge(nb: Notebook, contacts: list[Contact], result: dict, today: date) -> None:
    recipients = Recipients(nb.people.all())
    touched: dict[int, Person] = {}
    for contact in contacts:
        household = households.read(contact.name)
        person = next((p for p in (recipients.find(household, e) for e in contact.emails or [""]) if p), None)
        if person is None:
            call = contact.call or household.call
            person = Person(household.name, call=call, email=contact.emails[0] if contact.emails else "",
                            address=contact.address, relationship=contact.relationship or "other")
            nb.people.add(person, created=today.isoformat())
            recipients.remember(person, household)
            result["added"] += 1
            result["people"].append({"person": person.id, "name": person.name, "added": True})
            continue
        if person.id not in touched:
            result["merged"] += 1
            result["people"].append({"person": person.id, "name": person.name, "added": False})
        if _fill(person, contact):
            touched[person.id] = person
            recipients.remember(person, household)
        touched.setdefault(person.id, person)
    for person in touched.values():
        nb.people.update(person)


def _fill(person: Person, contact: Contact) -> bool:
    """Give a known person what the contact has and they lack (an email, an address, a greeting, who they are)."""
    changed = False
    if contact.emails and not person.email:
        person.email, changed = contact.emails[0], True
    if contact.address and not person.address:
        person.address, changed = contact.address, True
    if contact.call and not person.call:
        person.call, changed = contact.call, True
    if contact.relationship and person.relationship == "other":
        person.relationship, changed = contact.relationship, True
    return changed
