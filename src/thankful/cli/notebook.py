"""Commands for the notebook: people, add, owed, sent, skip, show, export, import, and the home view."""

import sys

from thankful import track
from thankful.domain.choices import CHANNELS, RELATIONSHIPS
from thankful.domain.dates import describe_due

from .common import colour_wanted, command, emit_json, note_number, out, table

# add's flags for the facts of a moment, in the order of the compose contract.
MOMENT_FLAGS = {
    "what": "the gift or the act, as a noun phrase ('a hand-knitted scarf')",
    "detail": "something specific you noticed ('the deep green')",
    "use": "how you will use it or what it changed",
    "memory": "a shared memory it brings back",
    "ahead": "a plan or hope ('see you at Thanksgiving')",
    "occasion": "gift occasion: wedding, shower, baby, birthday, holiday, graduation, mailed, other",
    "role": "interview: the role", "company": "interview: the company",
    "topic": "interview: a topic you talked about", "strength": "interview: a strength of yours that fits",
    "extra": "interview: something you left out", "question": "interview: a question to ask",
    "organization": "donation: the organisation thanking", "amount": "donation: the amount given",
    "currency": "donation: currency (default USD)",
    "goods-services": "donation: goods or services given in return (blank: none were)",
    "tone": "warm (default), formal, playful or romantic",
}


def register(sub) -> None:
    people = command(sub, "people", cmd_people_list, "the people you thank: add, list, show, edit")
    psub = people.add_subparsers(dest="people_command", metavar="ACTION")
    p = command(psub, "add", cmd_people_add, "add a person")
    _person_flags(p, required_name=True)
    command(psub, "list", cmd_people_list, "list everyone")
    p = command(psub, "show", cmd_people_show, "a person's details and their notes")
    p.add_argument("name", metavar="NAME")
    p = command(psub, "edit", cmd_people_edit, "change a person's details")
    _person_flags(p, required_name=True)
    p.add_argument("--rename", metavar="NEW", help="a new name")

    p = command(sub, "add", cmd_add, "write down a moment that owes thank-you notes (one per giver)",
                epilog="Kinds: interview, gift, favor, hospitality, love, just-because, gratitude, sympathy, "
                       "donation. Example: thankful add gift --from 'Aunt May' --what 'a scarf' --occasion birthday")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("--from", dest="givers", metavar="NAME", action="append", default=[],
                   help="who to thank (repeat for several: each gets a note)")
    for flag, text in MOMENT_FLAGS.items():
        p.add_argument(f"--{flag}", dest=flag.replace("-", "_"), metavar="TEXT", help=text)
    p.add_argument("--money", action="store_true", help="the gift was money (the amount is never written)")
    p.add_argument("--on", metavar="DATE", help="when it happened or arrived (default: today)")
    p.add_argument("--due", metavar="DATE", help="override the due date from the catalogue")
    p.add_argument("--channel", choices=CHANNELS, help="how the note will travel (default: by kind)")

    p = command(sub, "owed", cmd_owed, "notes owed, overdue first")
    p.add_argument("--all", action="store_true", help="every note, with its status")

    p = command(sub, "sent", cmd_sent, "mark a note sent")
    p.add_argument("note", type=note_number, metavar="NOTE")
    p.add_argument("--via", choices=CHANNELS, help="email, card or hand")
    p.add_argument("--on", metavar="DATE", help="when (default: today)")

    p = command(sub, "skip", cmd_skip, "skip a note, saying why")
    p.add_argument("note", type=note_number, metavar="NOTE")
    p.add_argument("--why", required=True, metavar="TEXT", help="why no note is needed")

    p = command(sub, "show", cmd_show, "one note: recipient, moment, text")
    p.add_argument("note", type=note_number, metavar="NOTE")

    p = command(sub, "export", cmd_export, "the whole notebook as JSON")
    p.add_argument("file", nargs="?", metavar="FILE", help="write here (default: standard output)")
    p = command(sub, "import", cmd_import, "load an export into an empty notebook, all or nothing")
    p.add_argument("file", metavar="FILE", help="an export ('-' for standard input)")

    command(sub, "home", cmd_home, "overdue notes, those due this week, and today's question")


def _person_flags(p, required_name: bool) -> None:
    p.add_argument("name", metavar="NAME")
    p.add_argument("--call", metavar="TEXT", help="how you greet them ('Aunt May')")
    p.add_argument("--email", metavar="ADDR")
    p.add_argument("--address", metavar="TEXT", help="postal address; use \\n or new lines between lines")
    p.add_argument("--relationship", choices=RELATIONSHIPS)
    p.add_argument("--notes", metavar="TEXT")


# --- people -------------------------------------------------------------------------------------

def _address(text: str | None) -> str | None:
    return text.replace("\\n", "\n") if text is not None else None


def cmd_people_add(ctx) -> None:
    from thankful import capture

    a = ctx.args
    person = capture.add_person(ctx.nb, a.name, call=a.call, email=a.email, address=_address(a.address) or "",
                                relationship=a.relationship, notes=a.notes or "", today=ctx.today)
    if ctx.json:
        emit_json(person.to_dict())
    else:
        out(f"Added #{person.id} {person.name}.")


def cmd_people_edit(ctx) -> None:
    from thankful import capture

    a = ctx.args
    person = capture.edit_person(ctx.nb, a.name, name=a.rename, call=a.call, email=a.email,
                                 address=_address(a.address), relationship=a.relationship, notes=a.notes)
    if ctx.json:
        emit_json(person.to_dict())
    else:
        out(f"Updated #{person.id} {person.name}.")


def cmd_people_list(ctx) -> None:
    from thankful.store import records as db

    people = db.list_people(ctx.nb.conn)
    if ctx.json:
        emit_json([p.to_dict() for p in people])
    elif not people:
        out("Nobody yet. Add someone: thankful people add 'May Lee' --call 'Aunt May'")
    else:
        out(table([[f"#{p.id}", p.name, p.call, p.relationship, p.email] for p in people],
                  ["id", "name", "greeting", "relationship", "email"]))


def cmd_people_show(ctx) -> None:
    from thankful.store import records as db

    person = db.require_person(ctx.nb.conn, ctx.args.name)
    notes = [track.listing(r, ctx.today) for r in db.list_notes(ctx.nb.conn, statuses=None, person_id=person.id)]
    if ctx.json:
        emit_json({**person.to_dict(), "notes": notes})
        return
    out(f"#{person.id} {person.name}" + (f" ({person.call})" if person.call else ""))
    for label, value in (("relationship", person.relationship), ("email", person.email),
                         ("address", person.address.replace("\n", ", ")), ("notes", person.notes)):
        if value:
            out(f"  {label}: {value}")
    if notes:
        out()
        out(_notes_table(notes, ctx.today, with_status=True))


# --- moments and notes --------------------------------------------------------------------------

def cmd_add(ctx) -> None:
    from thankful import capture

    a = ctx.args
    fields = {name.replace("-", "_"): getattr(a, name.replace("-", "_")) for name in MOMENT_FLAGS}
    fields["money"] = a.money
    on = ctx.date(a.on) if a.on else ctx.today
    moment, notes = capture.record_moment(ctx.nb, a.kind, a.givers, fields, on=on, due=ctx.date(a.due),
                                          channel=a.channel, today=ctx.today)
    names = {g.id: g.name for g in moment.givers}
    result = {"moment": moment.id, "notes": [{"note": n.id, "to": names[n.person_id], "due": n.due} for n in notes]}
    if ctx.json:
        emit_json(result)
        return
    for n in result["notes"]:
        when = describe_due(ctx.date(n["due"]), ctx.today)
        out(f"Note #{n['note']} to {n['to']}: {when}" + (f" ({n['due']})" if n["due"] else "") + ".")


def _when(n: dict, today) -> str:
    if n["status"] in ("sent", "skipped"):
        return ""
    return describe_due(today.fromisoformat(n["due"]) if n["due"] else None, today)


def _row_colour(n: dict, today) -> str | None:
    if n["overdue"]:
        return "red"
    if n["status"] in ("owed", "drafted") and n["due"] and n["due"] <= today.isoformat():
        return "yellow"
    return "dim" if n["status"] in ("sent", "skipped") else None


def _short(text: str, width: int = 44) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _notes_table(notes: list[dict], today, with_status: bool) -> str:
    """Notes as a table; on a terminal, overdue rows in red and long descriptions shortened."""
    tty = colour_wanted()
    rows = []
    for n in notes:
        status = n["status"] + (" (printed)" if n.get("printed") and n["status"] in ("owed", "drafted") else "")
        what = _short(n["label"]) if tty else n["label"]
        row = [f"#{n['note']}", n["to"], n["kind"], what, n["due"] or "", _when(n, today)]
        rows.append(row + [status] if with_status else row)
    headers = ["note", "to", "kind", "what", "due", "when"] + (["status"] if with_status else [])
    return table(rows, headers, [_row_colour(n, today) for n in notes] if tty else None)


def cmd_owed(ctx) -> None:
    notes = track.owed(ctx.nb, ctx.today, all_notes=ctx.args.all)
    if ctx.json:
        emit_json([{k: v for k, v in n.items() if k not in ("printed", "label")} for n in notes])
    elif not notes:
        out("No notes owed. Write down a moment: thankful add gift --from NAME --what TEXT")
    else:
        out(_notes_table(notes, ctx.today, with_status=True))


def cmd_sent(ctx) -> None:
    on = ctx.date(ctx.args.on) if ctx.args.on else ctx.today
    note = track.mark_sent(ctx.nb, ctx.args.note, via=ctx.args.via, on=on)
    if ctx.json:
        emit_json(note)
    else:
        out(f"Note #{note['note']} to {note['to']} marked sent on {note['sent_on']} ({note['sent_via']}).")


def cmd_skip(ctx) -> None:
    note = track.skip(ctx.nb, ctx.args.note, why=ctx.args.why)
    if ctx.json:
        emit_json(note)
    else:
        out(f"Note #{note['note']} to {note['to']} skipped: {note['skip_reason']}.")


def cmd_show(ctx) -> None:
    note = track.show(ctx.nb, ctx.args.note)
    if ctx.json:
        emit_json(note)
        return
    facts = note["facts"]
    out(f"Note #{note['note']} to {note['to']} — {facts['kind']}, {note['status']}")
    if note["due"] and note["status"] in ("owed", "drafted"):
        out(f"  {describe_due(ctx.date(note['due']), ctx.today)} ({note['due']})")
    if note["status"] == "sent":
        out(f"  sent on {note['sent_on']} by {note['sent_via']}")
    if note["status"] == "skipped":
        out(f"  skipped: {note['skip_reason']}")
    for key, value in facts.items():
        if key not in ("kind", "from", "tone", "givers") and value not in ("", None, False):
            out(f"  {key}: {value}")
    if note["body"]:
        out()
        if note["subject"]:
            out(f"Subject: {note['subject']}")
        out(note["body"])


# --- export / import ----------------------------------------------------------------------------

def cmd_export(ctx) -> None:
    import os
    import tempfile

    from thankful.store.transfer import export_text

    text = export_text(ctx.nb)
    if not ctx.args.file or ctx.args.file == "-":
        sys.stdout.write(text)
        return
    target = os.path.abspath(ctx.args.file)
    # Write beside the target and rename, so a failure never leaves half a file.
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".thankful-export-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual permissions
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    if ctx.json:
        emit_json({"exported": target})
    else:
        out(f"Exported the notebook to {target}.")


def cmd_import(ctx) -> None:
    from thankful.store.transfer import import_text

    from .common import read_text_arg

    text = read_text_arg(ctx.args.file, "the export to import")
    counts = import_text(ctx.nb, text, source=ctx.args.file)
    if ctx.json:
        emit_json({"imported": counts})
    else:
        out("Imported " + ", ".join(f"{n} {t}" for t, n in counts.items() if n) + ".")


# --- home ---------------------------------------------------------------------------------------

def cmd_home(ctx) -> None:
    view = track.home(ctx.nb, ctx.today)
    if ctx.json:
        emit_json(view)
        return
    out(f"Thankful — {ctx.today.strftime('%A, %B')} {ctx.today.day}")
    out()
    if view["overdue"]:
        out("Overdue")
        out(_notes_table(view["overdue"], ctx.today, with_status=False))
        out()
    if view["due_this_week"]:
        out("Due this week")
        out(_notes_table(view["due_this_week"], ctx.today, with_status=False))
        out()
    if not view["overdue"] and not view["due_this_week"]:
        out("Nothing due this week." + (f" {view['later']} more owed later." if view["later"] else ""))
        out()
    elif view["later"]:
        out(f"{view['later']} more owed later: thankful owed")
        out()
    if view.get("nudge"):
        out("It's Wednesday: thank someone just because — " + ", ".join(s["person"] for s in view["nudge"]))
        out("  thankful nudge   (why them, and what else is due)")
        out()
    if view.get("stationery") and view["stationery"]["low"]:
        out(view["stationery"]["message"])
        out()
    out(view["prompt"])
    out("  thankful today \"...\"   (add --thank NAME to owe them a note)")
