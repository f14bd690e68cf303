"""`thankful edit`, `delete` and `reopen`: correcting what was written down."""

from __future__ import annotations

import argparse

from thankful import channels
from thankful.domain import kinds
from thankful.domain.errors import UsageError
from thankful.usecases import deleting, editing

from .capture import add_fact_flags, typed_facts
from .common import confirm, emit_json, note_number, out

UNDO_HINT = "Changed your mind? thankful undo"


# --- edit ---------------------------------------------------------------------------------------

def edit_arguments(p: argparse.ArgumentParser) -> None:
    p.epilog = ("Give only what changes; an empty value (--detail '') or --unset NAME removes a fact. "
                "Example: thankful edit 4 --what 'a green wool scarf' --due 2026-12-10")
    p.add_argument("note", type=note_number, metavar="NOTE")
    add_fact_flags(p)
    p.add_argument("--unset", metavar="FACT", action="append", default=[], choices=list(kinds.facts()),
                   help="remove a fact from the moment (repeat for several)")
    p.add_argument("--tone", metavar="TONE", help="warm, formal, playful or romantic, as the kind allows")
    p.add_argument("--on", metavar="DATE", help="when it happened (open notes get the usual due date for it)")
    p.add_argument("--due", metavar="DATE", help="when this note is due")
    p.add_argument("--to", metavar="NAME", help="who this note is to (someone new is added, as with add --from)")
    p.add_argument("--channel", choices=channels.names(), help="how the note will travel")
    p.set_defaults(handler=cmd_edit)


def cmd_edit(ctx) -> None:
    a = ctx.args
    typed = typed_facts(a)
    asked = typed or a.unset or any(v is not None for v in (a.tone, a.on, a.due, a.to, a.channel))
    if not asked:
        raise UsageError("say what to change, for example --what TEXT, --due DATE or --to NAME "
                         "(see 'thankful edit --help')")
    result = editing.edit_note(ctx.nb, a.note, typed, unset=a.unset, tone=a.tone, on=ctx.date(a.on) if a.on else None,
                               due=ctx.date(a.due) if a.due else None, to=a.to, channel=a.channel, today=ctx.today)
    if ctx.json:
        emit_json(result)
        return
    shown = result["show"]
    if not result["changed"]:
        out(f"Nothing changed: note #{result['note']} to {shown['to']} already says that.")
        return
    out(f"Note #{result['note']} to {shown['to']}: changed " + ", ".join(result["changed"]) + ".")
    for note_id in result["redrafted"]:
        out(f"Note #{note_id}'s draft is rewritten from the new facts: thankful show {note_id}")
    for kept in result["kept"]:
        _offer_fresh(kept)
    out(UNDO_HINT)


def _offer_fresh(kept: dict) -> None:
    """A draft the person wrote stays; the fresh draft from the new facts is shown beside it, to take from."""
    out()
    out(f"Your own wording of note #{kept['note']} to {kept['to']} is kept. A fresh draft from the new facts, "
        "to take from:")
    out()
    if kept["fresh"]["subject"]:
        out(f"    Subject: {kept['fresh']['subject']}")
        out()
    for line in kept["fresh"]["text"].splitlines():
        out(f"    {line}".rstrip())
    out()
    out(f"To replace your wording with it: thankful draft {kept['note']} --fresh --yes")


# --- reopen -------------------------------------------------------------------------------------

def reopen_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("note", type=note_number, metavar="NOTE")
    p.set_defaults(handler=cmd_reopen)


def cmd_reopen(ctx) -> None:
    before = ctx.nb.notes.get(ctx.args.note)
    note = editing.reopen(ctx.nb, ctx.args.note)
    if ctx.json:
        emit_json(note)
        return
    was = (f"sent on {before.sent_on}" + (f" by {before.sent_via}" if before.sent_via else "")
           if before.status == "sent" else f"skipped: {before.skip_reason}")
    out(f"Note #{note['note']} to {note['to']} is {note['status']} again (it was {was}).")
    if note["emailed"]:
        out("Its email already went out; the outbox keeps that record, so 'thankful send' will not send it again.")
    out(UNDO_HINT)


# --- delete -------------------------------------------------------------------------------------

def delete_arguments(p: argparse.ArgumentParser) -> None:
    p.epilog = "Examples: thankful delete 4; thankful delete --moment 2; thankful delete --person 'May Lee'"
    p.add_argument("note", type=note_number, metavar="NOTE", nargs="?",
                   help="a note (its moment goes too when no other note is owed for it)")
    p.add_argument("--moment", type=note_number, metavar="ID", help="a moment and every note owed for it")
    p.add_argument("--person", metavar="NAME", help="a person, their notes and the moments only they gave")
    p.add_argument("--journal", type=note_number, metavar="ID", help="a journal entry (see 'thankful journal')")
    p.add_argument("--yes", action="store_true", help="do not ask first")
    p.set_defaults(handler=cmd_delete)


def cmd_delete(ctx) -> None:
    a = ctx.args
    chosen = [name for name, value in (("note", a.note), ("moment", a.moment), ("person", a.person),
                                       ("journal", a.journal)) if value is not None]
    if len(chosen) != 1:
        raise UsageError("delete one thing at a time: a NOTE, --moment ID, --person NAME or --journal ID")
    what = chosen[0]
    value = getattr(a, what)
    plan, remove = {
        "note": (deleting.note_plan, deleting.delete_note),
        "moment": (deleting.moment_plan, deleting.delete_moment),
        "person": (deleting.person_plan, deleting.delete_person),
        "journal": (deleting.journal_plan, deleting.delete_journal),
    }[what]
    run_delete(ctx, plan(ctx.nb, value), lambda: remove(ctx.nb, value))


def run_delete(ctx, plan: dict, remove) -> None:
    """Say what would go, ask (unless --yes), delete, and say what went and how to take it back."""
    if not ctx.args.yes:
        listed = "\n".join(f"  - {line}" for line in plan["goes"])
        if not confirm(f"This deletes:\n{listed}\nDelete?", yes=False):
            out("Nothing was deleted.")
            return
    done = remove()
    if ctx.json:
        emit_json({"deleted": done})
        return
    out("Deleted " + "; ".join(done["goes"]) + ".")
    out(UNDO_HINT)
