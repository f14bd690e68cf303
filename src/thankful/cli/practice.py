"""Commands for the practice: today's question and the journal, the nudge, stationery.

(ArgumentTypeError, not UsageError, in argument types: argparse turns it into a usage line.)"""

import sys
from argparse import ArgumentTypeError

from thankful.domain.errors import UsageError
from thankful.domain.validate import read_count
from thankful.usecases import journal, nudges, prompts, stationery

from .common import NEW_BOX, action, emit_json, out, table


def today_arguments(p) -> None:
    p.add_argument("text", nargs="?", metavar="TEXT", help="the entry (asked for on a terminal when left out)")
    p.add_argument("--thank", metavar="NAME", action="append", default=[],
                   help="also owe this person a note for it (repeatable)")
    p.set_defaults(handler=cmd_today)


def journal_arguments(p) -> None:
    p.add_argument("--since", metavar="DATE", help="from this day on ('2026-11-01', 'last monday', '2 weeks ago')")
    p.add_argument("--search", metavar="TEXT", help="only entries whose text, question or people match")
    p.set_defaults(handler=cmd_journal)


def nudge_arguments(p) -> None:
    p.add_argument("--any-day", action="store_true", help="suggest people to thank even when it is not Wednesday")
    p.set_defaults(handler=cmd_nudge)


def stationery_arguments(p) -> None:
    p.set_defaults(handler=cmd_stationery_list)
    actions = p.add_subparsers(dest="stationery_command", metavar="ACTION")
    a = action(actions, "add", cmd_stationery_add, "record a new box, e.g. \"12 A2 letterpress cards\"")
    a.add_argument("words", metavar="TEXT", help="how many and what: \"12 A2 letterpress cards\"")
    action(actions, "list", cmd_stationery_list, "what is left in each box")
    a = action(actions, "use", cmd_stationery_use, "count cards used outside the notebook")
    a.add_argument("count", nargs="?", type=_count, default=1, metavar="N", help="how many (default 1)")


def _count(text: str) -> int:
    try:
        return read_count(text, "number of cards", most=1000)
    except UsageError as e:
        raise ArgumentTypeError(str(e)) from None


# --- today --------------------------------------------------------------------------------------

def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _ask(question: str) -> str:
    try:
        return input(question)
    except EOFError:
        return ""


def cmd_today(ctx) -> None:
    prompt = prompts.prompt_for(ctx.nb, ctx.today)
    text = ctx.args.text
    asking = _interactive() and not ctx.json
    if text is None:
        if asking:
            prompts.start_rotation(ctx.nb, ctx.today)  # asked is asked: tomorrow brings a new question
            out(prompt)
            text = _ask("> ")
        elif not sys.stdin.isatty():
            text = sys.stdin.read()
    if not (text or "").strip():
        raise UsageError("nothing written; give the entry as TEXT, e.g. thankful today \"Ravi fixed my bike\"")
    thank = ctx.args.thank or (_who_to_thank(ctx, text) if asking else [])
    entry = journal.write_entry(ctx.nb, text, today=ctx.today, thank=thank, prompt=prompt)
    if ctx.json:
        emit_json(entry)
        return
    out(f"Saved today's entry ({entry['day']}).")
    for n in entry["notes"]:
        out(f"Note #{n['note']} to {n['to']} is owed: thankful show {n['note']}")


def _who_to_thank(ctx, text: str) -> list[str]:
    """On a terminal: offer to turn the entry into a note, suggesting the people it mentions."""
    named = journal.mentioned(ctx.nb, text)
    if named:
        question = f"Thank {' and '.join(named)} for this with a note? (y, other names, or Enter to skip) "
    else:
        question = "Thank someone for this with a note? Who (names, comma-separated; Enter to skip) "
    for _ in range(3):
        answer = _ask(question).strip()
        if not answer or answer.lower() in ("n", "no"):
            return []
        names = named if answer.lower() in ("y", "yes") and named else [n for n in answer.split(",") if n.strip()]
        try:
            return journal.check_names(ctx.nb, names)
        except UsageError as e:
            out(str(e))
            question = "Who? (full names or #ids, comma-separated; Enter to skip) "
    return []


# --- journal ------------------------------------------------------------------------------------

def cmd_journal(ctx) -> None:
    since = ctx.date(ctx.args.since) if ctx.args.since else None
    entries = journal.journal(ctx.nb, since=since, search=ctx.args.search)
    if ctx.json:
        emit_json(entries)
        return
    if not entries:
        out("No entries match." if ctx.args.search or since else
            "No entries yet. Answer today's question: thankful today \"...\"")
        return
    for e in entries:
        out(f"#{e['entry']}  {e['day']}" + (f"  {e['prompt']}" if e["prompt"] else ""))
        out(f"  {e['text']}")
        if e["people"]:
            out("  with " + ", ".join(e["people"]) + (f" (moment #{e['moment']})" if e["moment"] else ""))
        out()


# --- nudge and remind ---------------------------------------------------------------------------

def _note_line(n: dict) -> list[str]:
    return [f"#{n['note']}", n["to"], n["kind"], n["label"], n["due"] or ""]


def cmd_nudge(ctx) -> None:
    data = nudges.nudge(ctx.nb, ctx.today, any_day=ctx.args.any_day)
    if ctx.json:
        emit_json(data)
        return
    shown = False
    for title, notes in (("Overdue", data["overdue"]), ("Due soon", data["due_soon"])):
        if notes:
            out(title)
            out(table([_note_line(n) for n in notes], ["note", "to", "kind", "what", "due"]))
            out()
            shown = True
    if data["suggestions"]:
        out("It's Wednesday: thank someone just because." if data["wednesday"] else "Someone to thank just because:")
        out(table([[s["person"], s["reason"]] for s in data["suggestions"]], ["who", "why"]))
        out("  thankful add just-because --from NAME --what TEXT")
        shown = True
    elif data["wednesday"] or ctx.args.any_day:
        out("Nobody to suggest: everyone close to you has a note owed or was thanked this week. "
            "(People added with --relationship partner, family, friend or colleague are suggested.)")
        shown = True
    if not shown:
        out("Nothing overdue or due this week. On Wednesdays (or with --any-day) this suggests someone to thank.")


# --- stationery ---------------------------------------------------------------------------------

def cmd_stationery_add(ctx) -> None:
    result = nudges.add_stationery(ctx.nb, ctx.args.words, today=ctx.today)
    if ctx.json:
        emit_json(result)
        return
    box = result["box"]
    out(f"Added {box['count']} {box['description']}. {result['stock']['remaining']} cards in all.")
    if result["write_to"]:
        out()
        out("A new box is a reason to write. Who to write to:")
        out(table([[w["person"], w["reason"]] for w in result["write_to"]], ["who", "why"]))


def cmd_stationery_list(ctx) -> None:
    stock = stationery.stationery_stock(ctx.nb)
    if ctx.json:
        emit_json(stock)
        return
    if not stock["boxes"]:
        out("No stationery recorded. Add a box: thankful stationery add \"12 A2 letterpress cards\"")
        return
    out(table([[f"#{b['id']}", b["description"], b["size"], f"{b['remaining']} of {b['count']}", b["added"]]
               for b in stock["boxes"]], ["box", "stationery", "size", "left", "added"]))
    out()
    needed = stock["needed"]
    out(f"{stock['remaining']} card{'s' * (stock['remaining'] != 1)} left; "
        f"{needed} note{'s' * (needed != 1)} owed by card or by hand.")
    if stock["message"]:
        out(stock["message"] + ": " + NEW_BOX)


def cmd_stationery_use(ctx) -> None:
    uses = stationery.use_cards(ctx.nb, ctx.args.count, on=ctx.today)
    stock = stationery.stationery_stock(ctx.nb)
    if ctx.json:
        emit_json({"used": len(uses), "stock": stock})
        return
    out(f"Used {len(uses)} card{'s' * (len(uses) != 1)}; {stock['remaining']} left.")
