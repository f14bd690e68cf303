"""Commands for the practice: today's journal entry."""

from __future__ import annotations

import sys

from ..errors import UsageError
from .common import command, emit_json, out


def register(sub) -> None:
    p = command(sub, "today", cmd_today, "write today's journal entry: what sparked your gratitude?")
    p.add_argument("text", nargs="?", metavar="TEXT", help="the entry (asked for on a terminal when left out)")
    p.add_argument("--thank", metavar="NAME", action="append", default=[],
                   help="also owe this person a note for it (repeatable)")


def cmd_today(ctx) -> None:
    from .. import practice  # lazy: keeps every other command's start-up light

    text = ctx.args.text
    if text is None:
        if not sys.stdin.isatty():
            text = sys.stdin.read()
        else:
            print(practice.FIRST_PROMPT)
            try:
                text = input("> ")
            except EOFError:
                text = ""
    if not (text or "").strip():
        raise UsageError("nothing written; give the entry as TEXT, e.g. thankful today \"Ravi fixed my bike\"")
    entry = practice.write_entry(ctx.nb, text, today=ctx.today, thank=ctx.args.thank)
    if ctx.json:
        emit_json(entry)
        return
    out(f"Saved today's entry ({entry['day']}).")
    for n in entry["notes"]:
        out(f"Note #{n['note']} to {n['to']} is owed: thankful draft {n['note']}")
