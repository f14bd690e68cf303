"""`thankful add`: write down a moment that owes notes, with a flag for every fact the catalogue declares."""

import argparse

from thankful import channels
from thankful.domain import kinds
from thankful.domain.dates import describe_due
from thankful.usecases import capture

from .common import emit_json, out


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.epilog = ("Kinds: " + ", ".join(kinds.kinds()) + ". Example: thankful add gift --from 'Aunt May' "
                "--what 'a scarf' --occasion birthday")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("--from", dest="givers", metavar="NAME", action="append", default=[],
                   help="who to thank (repeat for several: each gets a note)")
    add_fact_flags(p)
    p.add_argument("--tone", metavar="TONE", help="warm (default), formal, playful or romantic, as the kind allows")
    p.add_argument("--on", metavar="DATE", help="when it happened or arrived (default: today)")
    p.add_argument("--due", metavar="DATE", help="override the due date from the catalog")
    p.add_argument("--channel", choices=channels.names(), help="how the note will travel (default: by kind)")
    p.set_defaults(handler=cmd_add)


def add_fact_flags(p: argparse.ArgumentParser) -> None:
    """A flag for every fact the catalogue declares (--what, --detail, --amount, --money, ...)."""
    for fact in kinds.facts().values():
        if fact.type == "flag":
            p.add_argument(fact.flag, dest=fact.name, action="store_true", default=None, help=fact.help)
        else:
            p.add_argument(fact.flag, dest=fact.name, metavar="TEXT", help=fact.help)


def typed_facts(args: argparse.Namespace) -> dict:
    """The facts given on the command line, by the catalogue's names."""
    found = {name: getattr(args, name, None) for name in kinds.facts()}
    return {name: value for name, value in found.items() if value is not None}


def cmd_add(ctx) -> None:
    a = ctx.args
    fields = {**typed_facts(a), "tone": a.tone}
    on = ctx.date(a.on, "moment's date") if a.on else ctx.today
    moment, notes = capture.record_moment(ctx.nb, a.kind, a.givers, fields, on=on, due=ctx.date(a.due, "due date"),
                                          channel=a.channel, today=ctx.today)
    names = {g.id: g.name for g in moment.givers}
    result = {"moment": moment.id, "notes": [{"note": n.id, "to": names[n.person_id], "due": n.due} for n in notes]}
    if ctx.json:
        emit_json(result)
        return
    for n in result["notes"]:
        when = describe_due(ctx.date(n["due"]), ctx.today)
        out(f"Note #{n['note']} to {n['to']}: {when}" + (f" ({n['due']})" if n["due"] else "") + ".")
