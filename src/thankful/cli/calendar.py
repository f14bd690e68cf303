"""`thankful calendar`: the due dates of owed notes as an .ics file, with a reminder the day before."""

import sys

from thankful.usecases import calendar

from .common import emit_json, out


def calendar_arguments(p) -> None:
    p.add_argument("-o", "--output", metavar="FILE.ics", help="write here (default: standard output)")
    p.set_defaults(handler=cmd_calendar)


def cmd_calendar(ctx) -> None:
    if not ctx.args.output:
        if ctx.json:
            emit_json(calendar.events(ctx.nb))
        else:
            sys.stdout.write(calendar.ics(ctx.nb, ctx.today).decode("utf-8"))
        return
    path, count = calendar.write_ics(ctx.nb, ctx.args.output, ctx.today)
    if ctx.json:
        emit_json({"file": path, "events": count})
    else:
        out(f"Wrote {count} due date{'s' if count != 1 else ''} to {path}; import it into your calendar "
            "(importing a newer file updates the same events).")
