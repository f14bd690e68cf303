"""Events: a wedding (a shower, a funeral ...) and its notes, from the gift list to the last card: adding one,
seeing where it stands, splitting the writing between writers, drafting, printing and posting every note of it.

`show` is what `thankful event show` prints, so it stays light: the catalogue is read only by the steps that
need it (adding an event, drafting, printing).
"""

from __future__ import annotations

from datetime import date

from thankful.domain.errors import ThankfulError, UsageError
from thankful.store import Notebook

STATES = ("owed", "drafted", "posted", "sent", "skipped")  # how an event counts its notes
WRITER_STATES = ("owed", "drafted", "posted", "sent")
OPEN = ("owed", "drafted")
PAPER = ("card", "hand")  # notes that are printed or copied out by hand


def read_writers(text: str | list[str] | None) -> list[str]:
    """'Priya, Sam' -> ['Priya', 'Sam'] (blanks and repeats dropped, first spelling kept)."""
    items = text if isinstance(text, list) else str(text or "").split(",")
    seen: dict[str, str] = {}
    for item in items:
        name = " ".join(str(item).split())
        if name:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())


def add_event(nb: Notebook, name: str, kind: str, on: date | None, *, writers: str | list[str] | None = None,
              today: date) -> dict:
    from thankful.domain import events as catalogue

    name = " ".join((name or "").split())
    if not name:
        raise UsageError("an event needs a name, e.g. \"Our wedding\"")
    if name.lstrip("#").isdigit():
        raise UsageError(f"{name!r} looks like an event number; give the event a name with a word in it")
    kind = catalogue.normalise(kind)
    with nb.transaction(f"add event {name}"):
        return nb.events.add(name, kind, on.isoformat() if on else None, read_writers(writers),
                             created=today.isoformat())


def list_events(nb: Notebook) -> list[dict]:
    return [{"event": e["id"], "name": e["name"], "kind": e["kind"], "on": e["on"], "writers": e["writers"],
             "gifts": e["gifts"], "notes": e["notes"], "done": e["done"]} for e in nb.events.all()]


def show(nb: Notebook, name: str, today: date) -> dict:
    """Where an event stands: its gifts and households, its notes by state, how many are overdue or lack an
    address, and each writer's share."""
    event = nb.events.named(name)
    summary = nb.events.summary(event["id"], today.isoformat())
    notes = dict.fromkeys(STATES, 0)
    by_writer = {w: dict.fromkeys(WRITER_STATES, 0) for w in event["writers"]}
    names = {w.casefold(): w for w in event["writers"]}
    unassigned = 0
    for row in summary["rows"]:
        notes[row["state"]] = notes.get(row["state"], 0) + row["notes"]
        if row["writer"] is None:
            unassigned += row["notes"] if row["state"] in OPEN else 0
            continue
        writer = names.setdefault(row["writer"].casefold(), row["writer"])
        counts = by_writer.setdefault(writer, dict.fromkeys(WRITER_STATES, 0))
        if row["state"] in counts:
            counts[row["state"]] += row["notes"]
    return {"event": event["id"], "name": event["name"], "kind": event["kind"], "on": event["on"],
            "gifts": summary["gifts"], "households": summary["households"], "notes": notes,
            "overdue": summary["overdue"], "missing_address": summary["no_address"], "by_writer": by_writer,
            "writers": event["writers"], "printed": summary["printed"], "unassigned": unassigned,
            "total": sum(notes.values())}


# --- writers ----------------------------------------------------------------------------------------

def assign(nb: Notebook, note_ids: list[int], writer: str) -> dict:
    """Give notes to a writer (their drafts are signed with the writer's name)."""
    writer = " ".join((writer or "").split())
    if not writer:
        raise UsageError("who writes them? give a name with --to", what="writer")
    ids = list(dict.fromkeys(note_ids))
    with nb.transaction(f"assign {len(note_ids)} note{'s' * (len(note_ids) != 1)} to {writer}"):
        for note_id in ids:
            nb.notes.get(note_id)  # NotFound for a note that is not there
        nb.events.assign(ids, writer)
    return {"writer": writer, "notes": ids}


def split(nb: Notebook, name: str, *, writers: str | list[str] | None = None,
          sides: dict[str, str] | None = None) -> dict:
    """Share the event's open notes nobody has yet between its writers: a guest whose side names a writer
    ('Priya', "Priya's side", or a side given in `sides`: {"Bride": "Priya"}) goes to that writer, the rest
    evenly, soonest due first. Notes already given to someone stay theirs."""
    event = nb.events.named(name)
    chosen = read_writers(writers) or event["writers"]
    if len(chosen) < 1:
        raise UsageError(f"who writes the notes of {event['name']}? name the writers: --writers \"Priya,Sam\"",
                         what="writers")
    sides = {k.casefold(): _writer_named(v, chosen) for k, v in (sides or {}).items()}
    with nb.transaction(f"share the writing of {name}"):
        if chosen != event["writers"]:
            nb.events.set_writers(event["id"], chosen)
        ids = nb.events.note_ids(event["id"], states=OPEN)
        current = nb.events.writers_of(ids)
        load = {w: sum(1 for n in ids if current.get(n, "").casefold() == w.casefold()) for w in chosen}
        todo = [n for n in ids if n not in current]
        recipients = nb.events.recipients(todo)
        given: dict[str, list[int]] = {w: [] for w in chosen}
        by_side = 0
        for note_id in todo:
            writer = _side_writer(recipients[note_id]["side"] or "", chosen, sides)
            by_side += writer is not None
            writer = writer or min(chosen, key=lambda w: (load[w], chosen.index(w)))
            given[writer].append(note_id)
            load[writer] += 1
        for writer, notes in given.items():
            nb.events.assign(notes, writer)
    return {"event": event["name"], "writers": chosen, "assigned": {w: len(n) for w, n in given.items()},
            "by_side": by_side, "notes": given, "kept": len(ids) - len(todo)}


def _writer_named(name: str, writers: list[str]) -> str:
    for writer in writers:
        if writer.casefold() == " ".join(name.split()).casefold():
            return writer
    raise UsageError(f"{name!r} is not one of the writers ({', '.join(writers)})", what="writers")


def _side_writer(side: str, writers: list[str], sides: dict[str, str]) -> str | None:
    """The writer a guest's side names: given in `sides`, or a writer's name in it ("Priya's side")."""
    folded = " ".join(side.split()).casefold()
    if not folded:
        return None
    if folded in sides:
        return sides[folded]
    words = set(folded.replace("'s", " ").replace("’s", " ").split())
    named = [w for w in writers if w.casefold() in words or w.split()[0].casefold() in words]
    return named[0] if len(named) == 1 else None


def writer_sign(nb: Notebook, note_id: int) -> str | None:
    """The name a note is signed with when it has a writer: theirs."""
    return nb.events.writer_of(note_id)


# --- drafting, printing and posting every note of an event -----------------------------------------

def draft_all(nb: Notebook, name: str, today: date, *, writer: str | None = None, fresh: bool = False,
              progress=None) -> dict:
    """Draft every owed note of the event (with `fresh`, redraft drafted ones too) in one batch, so no two
    read alike; notes the person edited by hand are kept. Each is signed by its writer."""
    from thankful.writing.contract import compose_many

    from . import drafting

    event = nb.events.named(name)
    ids = nb.events.note_ids(event["id"], states=OPEN if fresh else ("owed",), writer=writer)
    notes = [nb.notes.get(n) for n in ids]
    kept = [n.id for n in notes if n.edited and n.body.strip()]
    notes = [n for n in notes if n.id not in kept]
    moments = [{**drafting.moment_for(nb, note, today), **({"due": note.due} if note.due else {})} for note in notes]
    if progress:
        progress(0, len(moments))
    results = compose_many(moments, today=today)  # one batch: phrasing varies across the whole event
    needs: dict[str, int] = {}
    with nb.transaction(f"draft {event['name']}"):
        for done, (note, result) in enumerate(zip(notes, results), start=1):
            nb.notes.update(note.id, body=result["text"], subject=result.get("subject") or "", status="drafted",
                            edited=False)
            for need in drafting.questions(result["needs"]):
                needs[need["field"]] = needs.get(need["field"], 0) + 1
            if progress and (done % 50 == 0 or done == len(notes)):
                progress(done, len(notes))
    return {"event": event["name"], "drafted": [n.id for n in notes], "kept": kept, "needs": needs}


def print_event(nb: Notebook, name: str, path: str, *, today: date, what: str = "cards", fmt: str = "a2-folded",
                font: str = "kalam", labels: str = "avery-5160", start: int = 1, reprint: bool = False,
                writer: str | None = None) -> dict:
    """One PDF of every card (or envelope, label, copy guide) of the event: cards for drafted notes not yet
    printed (all drafted ones with `reprint`); envelopes and labels for every open card note with an address.
    Notes whose recipient has no address are left out of envelopes and labels, and listed."""
    from . import printing

    event = nb.events.named(name)
    if what in ("cards", "guide"):
        ids = nb.events.note_ids(event["id"], states=("drafted",), writer=writer,
                                 channels=("card",) if what == "cards" else PAPER,
                                 printed=None if reprint or what == "guide" else False)
        missing: list[str] = []
    else:
        ids = nb.events.note_ids(event["id"], states=OPEN, writer=writer, channels=("card",))
        recipients = nb.events.recipients(ids)
        missing = sorted({recipients[n]["name"] for n in ids if not recipients[n]["address"].strip()})
        ids = [n for n in ids if recipients[n]["address"].strip()]
    if not ids:
        raise ThankfulError(_nothing_to_print(event["name"], what, missing), what="event-print", name=event["name"])
    done = printing.print_to_file(nb, ids, path, today=today, what=what, fmt=fmt, font=font, labels=labels,
                                  start=start)
    return {**done, "event": event["name"], "what": what, "missing_address": missing}


def _nothing_to_print(name: str, what: str, missing: list[str]) -> str:
    if what in ("cards", "guide"):
        return f"no drafted notes of {name} to print; draft them first"
    if missing:
        return f"none of the open notes of {name} has a postal address yet ({len(missing)} without one)"
    return f"no open card notes of {name} need an envelope or a label"


def mark_posted(nb: Notebook, note_ids: list[int] | None = None, *, event: str | None = None, today: date) -> dict:
    """Cards put in the mail: each note is sent, as a card, today. With `event`, every printed card of it
    that is not yet posted."""
    from . import track

    if bool(note_ids) == bool(event):
        raise UsageError("give note numbers or --event NAME (not both)")
    if event:
        found = nb.events.named(event)
        note_ids = nb.events.note_ids(found["id"], states=OPEN, channels=PAPER, printed=True)
        if not note_ids:
            raise ThankfulError(f"no printed cards of {found['name']} are waiting to be posted; print them first",
                                what="event-print", name=found["name"])
    with nb.transaction("posted " + ", ".join(f"#{n}" for n in dict.fromkeys(note_ids))):
        for note_id in dict.fromkeys(note_ids):
            track.mark_sent(nb, note_id, via="card", on=today)
    return {"posted": list(dict.fromkeys(note_ids)), "on": today.isoformat(), "event": event}


# --- the event page's gift table ------------------------------------------------------------------------

SORTS = ("giver", "gift", "received", "due", "state", "writer")


def gift_table(nb: Notebook, name: str, *, sort: str = "due", descending: bool = False, writer: str = "",
               state: str = "") -> list[dict]:
    """The event's gifts, one row each, with its note's state and writer; sorted by a column and filtered by
    writer ('-' for nobody's) and state. Values are never shown in a note, but the table keeps them."""
    event = nb.events.named(name)
    rows = nb.events.gift_table(event["id"])
    if writer:
        rows = [r for r in rows if (r["writer"] or "-").casefold() == writer.casefold()]
    if state:
        rows = [r for r in rows if r["state"] == state]
    key = sort if sort in SORTS else "due"
    column = {"gift": "what"}.get(key, key)
    rows.sort(key=lambda r: (r[column] is None or r[column] == "", str(r[column] or "").casefold(), r["gift"]),
              reverse=descending)
    return rows


def set_state(nb: Notebook, note_id: int, state: str, today: date) -> dict:
    """Change a note's state from the event page: posted (a card in the mail), sent (another way), skipped."""
    from . import track

    if state == "posted":
        return track.mark_sent(nb, note_id, via="card", on=today)
    if state == "sent":
        return track.mark_sent(nb, note_id, via="hand", on=today)
    if state == "skipped":
        return track.skip(nb, note_id, why="skipped on the event page")
    raise UsageError(f"a note can be marked posted, sent or skipped here, not {state!r}")
