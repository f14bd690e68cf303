"""Commands for notes: owed, show, sent, skip, and the home view."""

from thankful import channels
from thankful.domain.dates import describe_due
from thankful.usecases import track

from .common import NEW_BOX, colour_wanted, emit_json, note_number, out, table


def owed_arguments(p) -> None:
    p.add_argument("--all", action="store_true", help="every note, with its status")
    p.add_argument("--writer", metavar="NAME", help="only the notes given to this writer (thankful assign)")
    p.set_defaults(handler=cmd_owed)


def sent_arguments(p) -> None:
    p.add_argument("note", type=note_number, metavar="NOTE")
    p.add_argument("--via", choices=channels.names(), help="how it went: " + ", ".join(channels.names()))
    p.add_argument("--on", metavar="DATE", help="when (default: today)")
    p.set_defaults(handler=cmd_sent)


def skip_arguments(p) -> None:
    p.add_argument("note", type=note_number, metavar="NOTE")
    p.add_argument("--why", required=True, metavar="TEXT", help="why no note is needed")
    p.set_defaults(handler=cmd_skip)


def show_arguments(p) -> None:
    p.add_argument("note", type=note_number, metavar="NOTE")
    p.set_defaults(handler=cmd_show)


def home_arguments(p) -> None:
    p.set_defaults(handler=cmd_home)


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


def notes_table(notes: list[dict], today, with_status: bool) -> str:
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
    notes = track.owed(ctx.nb, ctx.today, all_notes=ctx.args.all, writer=ctx.args.writer)
    if ctx.json:
        emit_json([{k: v for k, v in n.items() if k not in ("printed", "label")} for n in notes])
    elif not notes and ctx.args.writer:
        out(f"No notes owed by {ctx.args.writer}. Give them some: thankful assign NOTE... --to {ctx.args.writer}")
    elif not notes:
        out("No notes owed. Write down a moment: thankful add gift --from NAME --what TEXT")
    else:
        out(notes_table(notes, ctx.today, with_status=True))


def cmd_sent(ctx) -> None:
    on = ctx.date(ctx.args.on, "date it was sent") if ctx.args.on else ctx.today
    note = track.mark_sent(ctx.nb, ctx.args.note, via=ctx.args.via, on=on, today=ctx.today)
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



def cmd_home(ctx) -> None:
    from thankful.usecases.home import home

    view = home(ctx.nb, ctx.today)
    if ctx.json:
        emit_json(view)
        return
    out(f"Thankful — {ctx.today.strftime('%A, %B')} {ctx.today.day}")
    out()
    if view["overdue"]:
        out("Overdue")
        out(notes_table(view["overdue"], ctx.today, with_status=False))
        out()
    if view["due_this_week"]:
        out("Due this week")
        out(notes_table(view["due_this_week"], ctx.today, with_status=False))
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
        out(view["stationery"]["message"] + ": " + NEW_BOX)
        out()
    out(view["prompt"])
    out("  thankful today \"...\"   (add --thank NAME to owe them a note)")
