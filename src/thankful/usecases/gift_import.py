"""Importing an event's gift list (a registry's or a spreadsheet's export): each row read and checked, each
giver's household found in the notebook or added, one note per household for all its gifts, due dates from
the catalogue's event rules. All or nothing (unless bad rows are skipped); importing the same file again
adds nothing, and an updated export adds only its new rows.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from datetime import date

from thankful.domain import addresses, households, kinds
from thankful.domain import events as event_kinds
from thankful.domain.errors import UsageError
from thankful.domain.model import Moment, Note, Person
from thankful.store import Notebook

from . import cell_values, tables
from .recipients import Recipients

ADDRESS_PARTS = ("street", "line2", "city", "region", "postal_code", "country")
GIFT_FIELDS = ("giver", "first_name", "last_name", "partner_first_name", "partner_last_name", "greeting", "gift",
               "quantity", "value", "message", "received", "email", "address", *ADDRESS_PARTS, "thanked",
               "cash_fund", "side")
# A gift that is money: cash, a check, a gift card, a fund, a transfer. Its amount is never written.
MONEY = re.compile(r"\b(?:cash|check|cheque|money|gift\s*card|e-?gift|gift\s*certificate|voucher|venmo|paypal|"
                   r"zelle|contribution|fund|donation)\b|[$€£]\s?\d", re.I)
AMOUNT = re.compile(r"\s*(?:[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s*(?:dollars|usd|eur|gbp)\b)\s*", re.I)
MAX_LISTED = 3  # a note names this many gifts; more are "and N more gifts"


class _DryRun(Exception):
    """Raised inside the import's transaction to roll back what a dry run did."""


class GiftRow:
    """One row of a gift list, read and checked."""

    __slots__ = ("line", "household", "greeting", "what", "quantity", "value", "money", "fund", "message",
                 "received", "email", "parts", "thanked", "side", "key")

    def address(self, home: str) -> str:
        """The postal address the row gives, laid out for its country (only worked out when it is used)."""
        whole, parts = self.parts
        if not any(parts):
            return whole.replace("\\n", "\n").strip()
        return addresses.format_postal(**dict(zip(ADDRESS_PARTS, parts)), home=home)

    def describe(self) -> str:
        """The gift as a note may name it: never its amount ('a gift to the Honeymoon Fund', '2 Bath Towels')."""
        if self.money and self.fund:
            fund = self.fund if self.fund.lower().startswith(("the ", "our ", "a ", "an ")) else f"the {self.fund}"
            return f"a gift to {fund}"
        what = AMOUNT.sub(" ", self.what).strip(" -–,:") if self.money else self.what
        what = " ".join(what.split())
        if self.quantity > 1 and what and not what[0].isdigit():
            return f"{self.quantity} {what}"
        return what


# --- reading the rows -----------------------------------------------------------------------------

def read_rows(table: tables.Table, mapping: dict[str, str | None], today: date) -> tuple[list[GiftRow], list[dict]]:
    """The good rows and the bad ones ({"line", "reason"}) of a gift list."""
    given = set(mapping.values())
    if "giver" not in given and not given & {"first_name", "last_name"}:
        raise UsageError(f"{table.source}: no column says who gave each gift (its columns: "
                         f"{', '.join(table.headers)}); name it with --map COLUMN=giver")
    good, bad = [], []
    seen: dict[str, int] = defaultdict(int)
    by_field = tables.row_reader(table.headers, mapping)
    for line, cells in table.rows:
        try:
            row = read_row(by_field(cells), line, today)
        except UsageError as e:
            bad.append({"line": line, "reason": str(e)})
            continue
        seen[row.key] += 1
        if seen[row.key] > 1:  # the same gift twice from the same people: the second is a gift of its own
            row.key += f"#{seen[row.key]}"
        good.append(row)
    return good, bad


def read_row(cells: dict, line: int, today: date) -> GiftRow:
    row = GiftRow()
    row.line = line
    giver = cells.get("giver") or households.name_from_parts(
        cells.get("first_name", ""), cells.get("last_name", ""), cells.get("partner_first_name", ""),
        cells.get("partner_last_name", ""))
    row.household = households.read(giver)
    if row.household is None:
        raise UsageError("no giver: the row does not say who gave the gift")
    row.greeting = cells.get("greeting", "")
    row.what = cells.get("gift", "")
    row.quantity = cell_values.read_quantity(cells.get("quantity"))
    row.value = cell_values.read_value(cells.get("value"))
    fund = cells.get("cash_fund", "")
    row.fund = "" if fund.lower() in cell_values.NO or fund.lower() in ("yes", "y", "true", "x", "1") else fund
    if not row.fund and MONEY.search(row.what) and re.search(r"\bfund\b", row.what, re.I):
        row.fund = row.what  # "Honeymoon Fund" in the gift column
    row.money = bool(row.fund or (fund and fund.lower() not in cell_values.NO) or MONEY.search(row.what))
    row.message = cells.get("message", "")
    row.received = cell_values.read_day(cells.get("received"), today)
    row.email = cells.get("email", "").strip()
    if row.email and ("@" not in row.email or " " in row.email):
        raise UsageError(f"the email address {row.email!r} is not valid")
    row.parts = (cells.get("address", ""), tuple(cells.get(p, "") for p in ADDRESS_PARTS))
    row.thanked = cell_values.read_yes(cells.get("thanked"), today)
    row.side = cells.get("side", "")
    row.key = "|".join((row.household.key, households.fold(row.what), str(row.quantity),
                        row.received.isoformat() if row.received else "", households.fold(row.fund)))
    return row


# --- the import -----------------------------------------------------------------------------------

def import_gifts(nb: Notebook, event_name: str, content: bytes, source: str, *, maps: dict[str, str] | None = None,
                 dry_run: bool = False, skip_bad: bool = False, today: date, progress=None) -> dict:
    """Import a gift list into an event: {"rows", "added": {"gifts", "notes", "people"}, "already", "skipped",
    "mapping", ...}. `progress(done, total)` is told how far it got (a face may draw a bar)."""
    event = nb.events.named(event_name)
    table = tables.read_table(content, source)
    mapping = tables.choose_mapping(table.headers, maps, GIFT_FIELDS)
    home = nb.settings.get("country") or addresses.DEFAULT_HOME
    rows, bad = read_rows(table, mapping, today)
    if bad and not skip_bad:
        first = bad[0]
        more = f" (and {len(bad) - 1} more bad row{'s' * (len(bad) > 2)})" if len(bad) > 1 else ""
        raise UsageError(f"{table.where(first['line'])}: {first['reason']}{more}; nothing was imported "
                         "(fix the file, or use --skip-bad to import the good rows)", what="import-row")
    result = {"event": event["name"], "rows": len(table.rows), "added": {"gifts": 0, "notes": 0, "people": 0},
              "already": 0, "skipped": len(bad), "skipped_rows": [{**b, "where": table.where(b["line"])} for b in bad],
              "thanked": 0, "mapping": mapping, "dry_run": dry_run}
    try:
        with nb.transaction(f"import {os.path.basename(source)} into {event['name']}"):
            _apply(nb, event, rows, result, today, progress, home)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return result


def _apply(nb: Notebook, event: dict, rows: list[GiftRow], result: dict, today: date, progress, home: str) -> None:
    known = nb.events.known_rows(event["id"])
    new = [r for r in rows if r.key not in known]
    result["already"] = len(rows) - len(new)
    newly_thanked = [known[r.key][0] for r in rows if r.key in known and r.thanked and known[r.key][2] is None]
    people = _people_for(nb, new, event, result, today, home) if new else {}
    groups = _group(nb, event, new, people)
    _write(nb, event, groups, people, result, today, progress)
    if newly_thanked:
        nb.events.mark_thanked(newly_thanked, today.isoformat())
    result["thanked"] = _close_thanked(nb, event, today)


def _people_for(nb: Notebook, rows: list[GiftRow], event: dict, result: dict, today: date,
                home: str) -> dict[int, Person]:
    """line -> the person each new row's gift is from; households the notebook lacks are added. Names with first
    names are looked up first, so 'The Smith Family' further down the list finds 'Tom & Jane Smith'."""
    recipients = Recipients(nb.people.all())
    relationship = kinds.implied_relationship(event_kinds.note_kind(event["kind"]))
    found: dict[int, Person] = {}
    changed: dict[int, Person] = {}
    for row in sorted(rows, key=lambda r: r.household.by_surname):
        person = recipients.find(row.household, row.email)
        if person is None:
            person = Person(row.household.name, call=row.greeting or row.household.call, email=row.email,
                            address=row.address(home), relationship=relationship)
            nb.people.add(person, created=today.isoformat())
            recipients.remember(person, row.household)
            result["added"]["people"] += 1
        elif _fill_in(person, row, home):
            changed[person.id] = person
        found[row.line] = person
    for person in changed.values():
        nb.people.update(person)
    return found


def _fill_in(person: Person, row: GiftRow, home: str) -> bool:
    """Give a known person the email or address the row has and they lack; True if anything changed."""
    changed = False
    if row.email and not person.email:
        person.email, changed = row.email, True
    if not person.address and (any(row.parts[1]) or row.parts[0]):
        person.address, changed = row.address(home), True
    return changed


def _group(nb: Notebook, event: dict, rows: list[GiftRow], people: dict[int, Person]) -> list[dict]:
    """The notes the new rows go to: per household, one for gifts already thanked and one for the rest; the
    rest join the household's open note in this event when it has not been written by hand or printed."""
    open_notes = nb.events.open_notes(event["id"])
    groups: dict[tuple[int, bool], dict] = {}
    for row in rows:
        person = people[row.line]
        slot = (person.id, bool(row.thanked))
        if slot not in groups:
            joined = open_notes.get(person.id) if not row.thanked else None
            if joined and (joined["edited"] or joined["printed_on"]):
                joined = None
            groups[slot] = {"person": person, "rows": [], "joins": joined, "thanked": row.thanked}
        groups[slot]["rows"].append(row)
        if row.thanked and (groups[slot]["thanked"] is None or row.thanked > groups[slot]["thanked"]):
            groups[slot]["thanked"] = row.thanked
    return list(groups.values())


def _write(nb: Notebook, event: dict, groups: list[dict], people: dict[int, Person], result: dict, today: date,
           progress) -> None:
    kind = event_kinds.note_kind(event["kind"])
    occasion = event_kinds.occasion(event["kind"])
    event_on = date.fromisoformat(event["on"]) if event["on"] else None
    channel, tone = kinds.default_channel(kind), kinds.default_tone(kind)
    earlier = nb.events.gifts_of([g["joins"]["moment"] for g in groups if g["joins"]])
    gifts: list[tuple] = []
    made: list[int] = []
    created = today.isoformat()
    for done, group in enumerate(groups, start=1):
        rows, person = group["rows"], group["person"]
        due = min((d for d in (event_kinds.gift_due(event["kind"], event_on, r.received) for r in rows) if d),
                  default=None)
        on = min((r.received for r in rows if r.received), default=event_on)
        joined = group["joins"]
        if joined:
            before = earlier.get(joined["moment"], [])
            facts = moment_facts(occasion, [_stored(g) for g in before] + rows)
            nb.moments.set_facts(joined["moment"], facts)
            changes = {"due": min(filter(None, (joined["due"], due.isoformat() if due else None)), default=None)}
            if joined["status"] == "drafted":  # a draft not touched by hand is written again with every gift
                changes.update(status="owed", body="", subject="")
            nb.notes.update(joined["note"], **changes)
            moment_id = joined["moment"]
        else:
            moment = Moment(kind, givers=[person], facts=moment_facts(occasion, rows),
                            on=on.isoformat() if on else None, tone=tone)
            nb.moments.add(moment, created=created)
            note = Note(moment.id, person.id, due=due.isoformat() if due else None, channel=channel, created=created)
            if group["thanked"]:
                note.status, note.sent_on = "sent", group["thanked"].isoformat()
            nb.notes.add(note)
            made.append(note.id)
            moment_id = moment.id
        gifts += [_gift_values(event["id"], person.id, moment_id, r, created) for r in rows]
        if progress and (done % 200 == 0 or done == len(groups)):
            progress(done, len(groups))
    nb.events.add_gifts(gifts)
    nb.events.link_notes(event["id"], made)
    result["added"]["gifts"], result["added"]["notes"] = len(gifts), len(made)


def _gift_values(event_id: int, person_id: int, moment_id: int, row: GiftRow, created: str) -> tuple:
    return (event_id, person_id, moment_id, row.what, row.quantity, row.value, int(row.money), row.fund, row.message,
            row.received.isoformat() if row.received else None, row.side,
            row.thanked.isoformat() if row.thanked else None, row.key, row.line, created)


def _stored(gift: dict) -> GiftRow:
    """A gift already in the notebook, as a row (to name it beside new ones in its note)."""
    row = GiftRow()
    row.what, row.quantity, row.money, row.fund = gift["what"], gift["quantity"], bool(gift["money"]), gift["fund"]
    return row


def moment_facts(occasion: str | None, rows: list[GiftRow]) -> dict:
    """The facts of a household's note: what they gave (every gift named, none priced), and whether it was all
    money (then the draft never names an amount and asks what it will go toward)."""
    facts: dict = {}
    if occasion:
        facts["occasion"] = occasion
    named = [d for d in dict.fromkeys(r.describe() for r in rows) if d]
    if len(named) > MAX_LISTED:
        rest = len(named) - (MAX_LISTED - 1)
        named = named[:MAX_LISTED - 1] + [f"{rest} more gifts"]
    if named:
        facts["what"] = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    if rows and all(r.money for r in rows):
        facts["money"] = True
    return facts


def _close_thanked(nb: Notebook, event: dict, today: date) -> int:
    """Open notes all of whose gifts the list now marks thanked are sent (without a draft)."""
    notes = nb.events.notes_all_thanked(event["id"])
    for note_id in notes:
        nb.notes.update(note_id, status="sent", sent_on=today.isoformat(), sent_via="")
    return len(notes)


def mapping_preview(content: bytes, source: str, maps: dict[str, str] | None = None) -> dict:
    """What an import would read, before it does: the columns, the field each gives, a few rows."""
    table = tables.read_table(content, source)
    mapping = tables.choose_mapping(table.headers, maps, GIFT_FIELDS)
    labels = {name: info["label"] for name, info in tables.fields().items() if name in GIFT_FIELDS}
    return {"source": source, "rows": len(table.rows), "mapping": mapping, "labels": labels,
            "sample": [cells for _, cells in table.rows[:5]], "headers": table.headers}


