"""`thankful event` (add, list, show, import, draft, print), `thankful assign` and `thankful posted`: an event's
notes from its gift list to the last card in the mail.

Kept light at import: `event show` runs as often as `owed`, so the catalogue, the composer and the PDF maker
are imported only by the actions that use them.
"""

from __future__ import annotations

from contextlib import contextmanager

from .common import action, emit_json, note_number, out, read_file_bytes, table

KINDS_HELP = "wedding, shower, baby, graduation, birthday, funeral, fundraiser or other"


def event_arguments(p) -> None:
    p.set_defaults(handler=cmd_event_list)
    actions = p.add_subparsers(dest="event_command", metavar="ACTION")
    a = action(actions, "add", cmd_event_add, "add an event (a wedding, a shower ...) whose gifts owe notes")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--kind", required=True, metavar="KIND", help=KINDS_HELP)
    a.add_argument("--on", required=True, metavar="DATE", help="the day of the event")
    a.add_argument("--writers", metavar="NAMES", help="who writes the notes, e.g. \"Priya,Sam\"")
    action(actions, "list", cmd_event_list, "every event and how far its notes are")
    a = action(actions, "show", cmd_event_show, "an event at a glance: gifts, households, notes by state, writers")
    a.add_argument("name", metavar="NAME")
    a = action(actions, "import", cmd_event_import, "import a gift list (CSV, TSV or XLSX) into an event",
               epilog="Fields: giver, first_name, last_name, partner_first_name, partner_last_name, greeting, gift, "
                      "quantity, value, message, received, email, address, street, line2, city, region, "
                      "postal_code, country, thanked, cash_fund, side. Headers are matched by their usual names "
                      "(src/thankful/data/import_headers.toml); --map corrects a choice.")
    a.add_argument("name", metavar="NAME")
    a.add_argument("file", metavar="FILE")
    a.add_argument("--map", dest="maps", action="append", default=[], metavar="COLUMN=FIELD",
                   help="read COLUMN as FIELD (FIELD 'ignore' leaves it out); repeat for several")
    a.add_argument("--dry-run", action="store_true", help="show what would be imported; change nothing")
    a.add_argument("--skip-bad", action="store_true", help="import the good rows and list the bad ones")
    a = action(actions, "draft", cmd_event_draft, "draft every owed note of an event, each signed by its writer")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--writer", metavar="NAME", help="only this writer's notes")
    a.add_argument("--fresh", action="store_true", help="redraft drafted notes too (your own edits are kept)")
    a = action(actions, "print", cmd_event_print, "every card, envelope or label of an event in one PDF")
    a.add_argument("name", metavar="NAME")
    what = a.add_mutually_exclusive_group()
    what.add_argument("--envelopes", action="store_true", help="envelopes for every open card note with an address")
    what.add_argument("--labels", metavar="SHEET", help="address labels: avery-5160")
    what.add_argument("--guide", action="store_true", help="copy guides for writing the drafts out by hand")
    a.add_argument("--format", dest="fmt", default="a2-folded", metavar="FORMAT",
                   help="a2-folded (default), a6, postcard or letter")
    a.add_argument("--font", default="kalam", metavar="NAME", help="handwriting font (default kalam)")
    a.add_argument("--start", type=int, default=1, metavar="N", help="with --labels: the first unused label")
    a.add_argument("--writer", metavar="NAME", help="only this writer's notes")
    a.add_argument("--reprint", action="store_true", help="cards already printed too")
    a.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")


def assign_arguments(p) -> None:
    p.add_argument("notes", nargs="*", type=note_number, metavar="NOTE")
    p.add_argument("--to", metavar="WRITER", help="the writer who writes these notes")
    p.add_argument("--event", metavar="NAME", help="with --split: the event whose notes to share")
    p.add_argument("--split", action="store_true",
                   help="share the event's unassigned open notes between its writers: by side, then evenly")
    p.add_argument("--writers", metavar="NAMES", help="with --split: the writers (\"Priya,Sam\"), saved with the event")
    p.add_argument("--side", dest="sides", action="append", default=[], metavar="SIDE=WRITER",
                   help="with --split: guests on SIDE go to WRITER (\"Bride=Priya\"); repeat for several")
    p.set_defaults(handler=cmd_assign)


def posted_arguments(p) -> None:
    p.add_argument("notes", nargs="*", type=note_number, metavar="NOTE")
    p.add_argument("--event", metavar="NAME", help="every printed card of this event not yet posted")
    p.set_defaults(handler=cmd_posted)


# --- event ----------------------------------------------------------------------------------------

def cmd_event_add(ctx) -> None:
    from thankful.usecases import events

    a = ctx.args
    event = events.add_event(ctx.nb, a.name, a.kind, ctx.date(a.on), writers=a.writers, today=ctx.today)
    if ctx.json:
        emit_json({"event": event["id"], "name": event["name"], "kind": event["kind"], "on": event["on"],
                   "writers": event["writers"]})
        return
    writers = f", written by {' and '.join(event['writers'])}" if event["writers"] else ""
    out(f"Added event #{event['id']} {event['name']} ({event['kind']} on {event['on']}{writers}).")
    out(f"Import its gift list: thankful event import \"{event['name']}\" gifts.csv")


def cmd_event_list(ctx) -> None:
    from thankful.usecases import events

    found = events.list_events(ctx.nb)
    if ctx.json:
        emit_json(found)
    elif not found:
        out("No events yet. Add one: thankful event add \"Our wedding\" --kind wedding --on 2026-06-13")
    else:
        out(table([[f"#{e['event']}", e["name"], e["kind"], e["on"] or "", str(e["gifts"]),
                    f"{e['done']}/{e['notes']}", ", ".join(e["writers"])] for e in found],
                  ["id", "name", "kind", "on", "gifts", "notes done", "writers"]))


def cmd_event_show(ctx) -> None:
    from thankful.usecases import events

    shown = events.show(ctx.nb, ctx.args.name, ctx.today)
    if ctx.json:
        emit_json({k: shown[k] for k in ("event", "name", "kind", "on", "gifts", "households", "notes", "overdue",
                                         "missing_address", "by_writer", "printed", "unassigned", "total")})
        return
    for line in event_lines(shown):
        out(line)


def event_lines(shown: dict) -> list[str]:
    """An event at a glance, as plain lines."""
    n, total = shown["notes"], shown["total"]
    done = n["posted"] + n["sent"] + n["skipped"]
    lines = [f"{shown['name']} — {shown['kind']} on {shown['on'] or 'no date'}",
             f"{shown['gifts']} gift{'s' * (shown['gifts'] != 1)} from {shown['households']} "
             f"household{'s' * (shown['households'] != 1)}; {done} of {total} note{'s' * (total != 1)} done",
             "  " + "  ".join(f"{state} {n[state]}" for state in ("owed", "drafted", "posted", "sent", "skipped"))]
    worries = [f"{shown['overdue']} overdue" if shown["overdue"] else "",
               f"{shown['missing_address']} without a postal address" if shown["missing_address"] else "",
               f"{shown['printed']} printed, not yet posted" if shown["printed"] else ""]
    if any(worries):
        lines.append("  " + "; ".join(w for w in worries if w))
    if shown["by_writer"]:
        lines.append("")
        lines.append(table([[w, *(str(c[s]) for s in ("owed", "drafted", "posted", "sent"))]
                            for w, c in shown["by_writer"].items()], ["writer", "owed", "drafted", "posted", "sent"]))
        if shown["unassigned"]:
            lines.append(f"{shown['unassigned']} open note{'s' * (shown['unassigned'] != 1)} not given to anyone: "
                         f"thankful assign --event \"{shown['name']}\" --split")
    return lines


def cmd_event_import(ctx) -> None:
    from thankful.usecases import gift_import, tables

    a = ctx.args
    content = read_file_bytes(a.file, "the gift list")
    with progress(ctx, "Importing") as update:
        result = gift_import.import_gifts(ctx.nb, a.name, content, a.file, maps=tables.parse_maps(a.maps),
                                          dry_run=a.dry_run, skip_bad=a.skip_bad, today=ctx.today, progress=update)
    if ctx.json:
        emit_json(result)
        return
    out(f"Columns of {a.file}:")
    for column, field in result["mapping"].items():
        out(f"  {column!r:<28} -> {field or '(ignored)'}")
    added = result["added"]
    verb = "Would add" if a.dry_run else "Added"
    out(f"{verb} {added['gifts']} gift{'s' * (added['gifts'] != 1)}, {added['notes']} "
        f"note{'s' * (added['notes'] != 1)} and {added['people']} {'person' if added['people'] == 1 else 'people'} "
        f"from {result['rows']} row{'s' * (result['rows'] != 1)}"
        + (f"; {result['already']} already imported" if result["already"] else "") + ".")
    if result["thanked"]:
        out(f"{result['thanked']} note{'s' * (result['thanked'] != 1)} marked sent: the list says they were thanked.")
    for bad in result["skipped_rows"]:
        out(f"Skipped {bad['where']}: {bad['reason']}")
    if a.dry_run:
        out("Dry run: nothing was changed. Correct a column with --map COLUMN=FIELD.")


def cmd_event_draft(ctx) -> None:
    from thankful.usecases import events

    with progress(ctx, "Drafting") as update:
        result = events.draft_all(ctx.nb, ctx.args.name, ctx.today, writer=ctx.args.writer, fresh=ctx.args.fresh,
                                  progress=update)
    if ctx.json:
        emit_json(result)
        return
    count = len(result["drafted"])
    out(f"Drafted {count} note{'s' * (count != 1)} of {result['event']}."
        + (f" Kept {len(result['kept'])} you wrote yourself." if result["kept"] else ""))
    if result["needs"]:
        asked = ", ".join(f"{field} ({n})" for field, n in sorted(result["needs"].items(), key=lambda x: -x[1]))
        out(f"To make them yours, answer their questions with 'thankful draft NOTE': {asked}.")
    if count:
        out(f"Print them: thankful event print \"{result['event']}\" -o cards.pdf")


def cmd_event_print(ctx) -> None:
    from thankful.domain.errors import UsageError
    from thankful.usecases import events

    a = ctx.args
    what = "envelopes" if a.envelopes else "labels" if a.labels else "guide" if a.guide else "cards"
    if a.start != 1 and what != "labels":
        raise UsageError("--start is for label sheets; use it with --labels avery-5160")
    done = events.print_event(ctx.nb, a.name, a.output, today=ctx.today, what=what, fmt=a.fmt, font=a.font,
                              labels=a.labels or "avery-5160", start=a.start, reprint=a.reprint, writer=a.writer)
    if ctx.json:
        emit_json({"file": done["path"], "what": what, "event": done["event"], "notes": done["notes"],
                   "printed": done["marked"], "missing_address": done["missing_address"]})
        return
    count = len(done["notes"])
    noun = {"cards": "card", "envelopes": "envelope", "labels": "address label", "guide": "copy guide"}[what]
    out(f"Wrote {count} {noun}{'s' * (count != 1)} of {done['event']} to {done['path']}.")
    if done["missing_address"]:
        names = done["missing_address"]
        out(f"No postal address yet for {len(names)}: " + ", ".join(names[:8]) + (" ..." if len(names) > 8 else "")
            + ". Add them with 'thankful people import contacts.vcf' or 'thankful people edit NAME --address ...'.")
    if done["marked"]:
        out(f"Once they are in the mail: thankful posted --event \"{done['event']}\"")


# --- assign, posted ---------------------------------------------------------------------------------

def cmd_assign(ctx) -> None:
    from thankful.domain.errors import UsageError
    from thankful.usecases import events, tables

    a = ctx.args
    if a.split:
        if not a.event or a.notes or a.to:
            raise UsageError("--split shares an event's notes: thankful assign --event NAME --split")
        result = events.split(ctx.nb, a.event, writers=a.writers, sides=tables.parse_maps(a.sides))
        if ctx.json:
            emit_json(result)
            return
        shares = ", ".join(f"{n} to {w}" for w, n in result["assigned"].items())
        out(f"Shared the open notes of {result['event']}: {shares}"
            + (f" ({result['by_side']} by the guest's side)" if result["by_side"] else "")
            + (f"; {result['kept']} already had a writer" if result["kept"] else "") + ".")
        out("Each writer's list: " + "; ".join(f"thankful owed --writer {w}" for w in result["writers"]))
        return
    if not a.notes or not a.to or a.event:
        raise UsageError("give note numbers and a writer: thankful assign 12 14 --to Priya "
                         "(or share an event: thankful assign --event NAME --split)")
    result = events.assign(ctx.nb, a.notes, a.to)
    if ctx.json:
        emit_json(result)
    else:
        out(f"Gave {len(result['notes'])} note{'s' * (len(result['notes']) != 1)} to {result['writer']}: "
            + ", ".join(f"#{n}" for n in result["notes"]) + ".")


def cmd_posted(ctx) -> None:
    from thankful.usecases import events

    result = events.mark_posted(ctx.nb, ctx.args.notes, event=ctx.args.event, today=ctx.today)
    if ctx.json:
        emit_json(result)
    else:
        count = len(result["posted"])
        out(f"Marked {count} card{'s' * (count != 1)} posted on {result['on']}: "
            + ", ".join(f"#{n}" for n in result["posted"][:20]) + (" ..." if count > 20 else "") + ".")


# --- a progress bar, on a terminal only ---------------------------------------------------------------

class _Bar:
    """rich's progress bar for a long step, imported only when a person watches a terminal."""

    def __init__(self, label: str):
        from rich.progress import Progress  # only here: the bar costs more to import than most commands

        self.progress = Progress(transient=True)
        self.progress.start()
        self.task = self.progress.add_task(label, total=None)

    def update(self, done: int, total: int) -> None:
        self.progress.update(self.task, completed=done, total=total)

    def close(self) -> None:
        self.progress.stop()


@contextmanager
def progress(ctx, label: str):
    """A progress bar on a terminal (none with --json or when piped): yields its update(done, total), or None."""
    bar = None if ctx.json or not ctx.tty else _Bar(label)
    try:
        yield bar.update if bar else None
    finally:
        if bar:
            bar.close()
