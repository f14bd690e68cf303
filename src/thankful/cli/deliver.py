"""Commands to deliver notes: send (email), config (delivery settings), eml, print (PDF), calendar (.ics)."""

from __future__ import annotations

import sys

from thankful.domain.errors import ThankfulError, UsageError

from .common import command, emit_json, note_number, out, table

# Kept here as plain strings so building the parser imports nothing heavy; tests check them against deliver.cards.
FORMATS = {
    "a2-folded": "half-letter sheet (8.5 x 5.5 in) folded to an A2 card; the note on the inside right panel",
    "a6": "flat 4.5 x 6.25 in card (envelope: A6, 6.5 x 4.75 in)",
    "postcard": "flat 6 x 4 in postcard: the note on the left, the address and a stamp box on the right",
    "letter": "US letter page (envelope: #10)",
}
SHIPPED_FONTS = ("kalam", "caveat", "indie-flower")
LABELS = ("avery-5160",)


def register(sub) -> None:
    p = command(sub, "send", cmd_send, "email drafted notes through your mail server, each exactly once",
                epilog="Mail server: 'thankful config set smtp.host …' or THANKFUL_SMTP_HOST, THANKFUL_SMTP_PORT, "
                       "THANKFUL_SMTP_SECURITY (starttls|ssl|none), THANKFUL_SMTP_USER, THANKFUL_SMTP_PASSWORD "
                       "(or the system keyring), THANKFUL_FROM; the environment wins. A note whose delivery is "
                       "uncertain is never resent without --force.")
    p.add_argument("notes", nargs="*", type=note_number, metavar="NOTE")
    p.add_argument("--all", action="store_true", help="every drafted email note whose recipient has an address")
    p.add_argument("--yes", "-y", action="store_true", help="send without asking first")
    p.add_argument("--dry-run", action="store_true", help="show what would be sent, and connect to nothing")
    p.add_argument("--force", action="store_true",
                   help="also resend notes whose delivery is uncertain (with the same Message-ID)")

    config = command(sub, "config", cmd_config_list, "delivery settings: mail server, sender, signature, return address",
                     epilog="Settings live in the notebook (never a password). Known settings: " + _known_settings())
    actions = config.add_subparsers(dest="config_command", metavar="ACTION")
    command(actions, "list", cmd_config_list, "every setting, and where its value comes from")
    p = command(actions, "get", cmd_config_get, "one setting's value")
    p.add_argument("key", metavar="KEY")
    p = command(actions, "set", cmd_config_set, "store a setting in the notebook")
    p.add_argument("key", metavar="KEY")
    p.add_argument("value", metavar="VALUE")
    p = command(actions, "unset", cmd_config_unset, "remove a setting from the notebook")
    p.add_argument("key", metavar="KEY")

    p = command(sub, "eml", cmd_eml, "a note as an .eml file for your own mail client, or as a mailto: link")
    p.add_argument("note", type=note_number, metavar="NOTE")
    p.add_argument("-o", "--output", metavar="FILE.eml", help="write the message here (opens as a draft)")
    p.add_argument("--mailto", action="store_true", help="print a mailto: link with the note filled in")

    p = command(sub, "print", cmd_print, "print cards, envelopes, address labels or a copy guide as a PDF",
                epilog="Formats: " + "; ".join(f"{k}: {v}" for k, v in FORMATS.items())
                       + ". Fonts: " + ", ".join(SHIPPED_FONTS) + " (default kalam), or any installed fontpkg-* "
                       "TrueType font. Printing cards marks the notes printed, ready to post.")
    p.add_argument("notes", nargs="*", type=note_number, metavar="NOTE")
    p.add_argument("--all-drafted", action="store_true", help="every drafted note that travels by card or hand")
    p.add_argument("--format", dest="fmt", choices=tuple(FORMATS), default="a2-folded",
                   help="the stationery (default a2-folded)")
    p.add_argument("--font", default="kalam", metavar="NAME",
                   help=f"handwriting font: {', '.join(SHIPPED_FONTS)} (default kalam)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--envelopes", action="store_true", help="the notes' envelopes instead of their cards")
    what.add_argument("--labels", choices=LABELS, metavar="SHEET",
                      help="address labels instead of cards: avery-5160 (30 a US letter sheet)")
    what.add_argument("--guide", action="store_true",
                      help="a copy guide instead: ruled lines with the draft in light grey, to write it out by hand")
    p.add_argument("--start", type=int, default=1, metavar="N",
                   help="with --labels: the first unused label on the sheet (1-30, default 1)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")

    p = command(sub, "calendar", cmd_calendar, "due dates of owed notes as a calendar file (.ics) with reminders")
    p.add_argument("-o", "--output", metavar="FILE.ics", help="write here (default: standard output)")


def _known_settings() -> str:
    return ("smtp.host, smtp.port, smtp.security, smtp.user, smtp.from, smtp.cafile, smtp.retries, smtp.backoff, "
            "sign, return.address")


# --- send ---------------------------------------------------------------------------------------

def _chosen(ctx, every: bool, notes: list[int], selector) -> list[int]:
    if every and notes:
        raise UsageError("give note numbers or the 'all' option, not both")
    if not every and not notes:
        raise UsageError("which notes? give their numbers (see 'thankful owed') or the 'all' option")
    return selector(ctx.nb) if every else notes


def cmd_send(ctx) -> int:
    from thankful.deliver import email

    a = ctx.args
    ids = _chosen(ctx, a.all, a.notes, email.drafted_email_notes)
    if not ids:
        if ctx.json:
            emit_json([])
        else:
            out("No drafted email notes to send.")
        return 0
    settings = email.load_settings(ctx.nb.conn)
    if not a.dry_run:
        settings.check()
    found = email.plan(ctx.nb, ids, force=a.force, every=a.all)
    if a.dry_run:
        _show_dry_run(ctx, found)
        return 0
    if found.ready and not a.yes:
        _confirm(found.ready, settings, ctx.json)
    results = email.send_notes(ctx.nb, ids, settings, ctx.today, force=a.force, every=a.all)
    if ctx.json:
        emit_json([r.to_dict() for r in results])
    else:
        _report(results)
    return 1 if any(r.attempted and r.status != "sent" for r in results) else 0


def _show_dry_run(ctx, found) -> None:
    if ctx.json:
        emit_json([{"note": i.note_id, "to": i.name, "address": i.address, "subject": i.subject,
                    "status": "would send"} for i in found.ready] + [r.to_dict() for r in found.held])
        return
    for item in found.ready:
        out(f"#{item.note_id} would go to {item.name} <{item.address}>: {item.subject}")
    for r in found.held:
        out(f"#{r.note} held: {r.reason}")
    out("Dry run: nothing was sent.")


def _confirm(items, settings, as_json: bool) -> None:
    if as_json or not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("sending needs a yes: add --yes to send without asking (or --dry-run to preview)")
    for item in items:
        first = next((line for line in item.body.splitlines() if line.strip()), "")
        out(f"#{item.note_id} to {item.name} <{item.address}>")
        out(f"   Subject: {item.subject}")
        out(f"   {first[:70]}{'…' if len(first) > 70 else ''}")
    count = f"{len(items)} note{'s' if len(items) != 1 else ''}"
    answer = input(f"Send {count} from {settings.sender} through {settings.host}? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise ThankfulError("nothing was sent")


_EXPLAIN = {
    "failed": "the server refused it",
    "uncertain": "it may have arrived; check, then resend with --force",
    "queued": "not sent yet; run send again later",
}


def _report(results) -> None:
    for r in results:
        line = f"#{r.note} to {r.to} <{r.address}>: {r.status}"
        if r.status != "sent":
            line += f" — {r.reason}" if r.reason else f" — {_EXPLAIN.get(r.status, '')}"
        out(line)
    sent = sum(r.status == "sent" for r in results)
    out(f"Sent {sent} of {len(results)} note{'s' if len(results) != 1 else ''}.")


# --- config -------------------------------------------------------------------------------------

def cmd_config_list(ctx) -> None:
    from thankful.deliver.config import SETTINGS, effective
    from thankful.store import records as db

    found = effective(db.all_settings(ctx.nb.conn))
    password = "set (THANKFUL_SMTP_PASSWORD)" if _env("THANKFUL_SMTP_PASSWORD") else ""
    if ctx.json:
        data = {k: {"value": v, "from": src} for k, (v, src) in found.items()}
        data["smtp.password"] = {"value": "set" if password else "", "from": "THANKFUL_SMTP_PASSWORD or the keyring"}
        emit_json(data)
        return
    rows = [[key, found[key][0].replace("\n", " / ") if key in found else "-",
             found[key][1] if key in found else setting.help] for key, setting in SETTINGS.items()]
    rows.append(["smtp.password", password or "-", "never stored: THANKFUL_SMTP_PASSWORD or the system keyring"])
    out(table(rows, ["setting", "value", "from"]))


def _env(name: str) -> str:
    import os

    return os.environ.get(name, "").strip()


def cmd_config_get(ctx) -> None:
    from thankful.deliver.config import check_key, effective
    from thankful.store import records as db

    key = check_key(ctx.args.key).key
    found = effective(db.all_settings(ctx.nb.conn)).get(key)
    if found is None:
        raise ThankfulError(f"{key} is not set; set it with 'thankful config set {key} VALUE'")
    if ctx.json:
        emit_json({"key": key, "value": found[0], "from": found[1]})
    else:
        out(found[0])


def cmd_config_set(ctx) -> None:
    from thankful.deliver.config import check_key, check_value
    from thankful.store import records as db

    setting = check_key(ctx.args.key)
    value = check_value(setting.key, ctx.args.value)
    with ctx.nb.transaction() as conn:
        db.set_setting(conn, setting.key, value)
    if ctx.json:
        emit_json({"key": setting.key, "value": value, "from": "notebook"})
        return
    out(f"Set {setting.key} = {value!r}.")
    if setting.env and _env(setting.env):
        out(f"Note: {setting.env} is set in your environment and wins over this while it is set.")


def cmd_config_unset(ctx) -> None:
    from thankful.deliver.config import check_key
    from thankful.store import records as db

    key = check_key(ctx.args.key).key
    with ctx.nb.transaction() as conn:
        had = db.get_setting(conn, key) is not None
        db.set_setting(conn, key, None)
    if ctx.json:
        emit_json({"key": key, "removed": had})
    else:
        out(f"Removed {key}." if had else f"{key} was not set.")


# --- eml ----------------------------------------------------------------------------------------

def cmd_eml(ctx) -> None:
    from thankful.deliver import eml
    from thankful.deliver.email import load_settings

    a = ctx.args
    if not a.output and not a.mailto:
        raise UsageError("say what to make: -o FILE.eml for a message file, or --mailto for a link")
    result = {"note": a.note}
    if a.output:
        data = eml.eml_bytes(ctx.nb, a.note, load_settings(ctx.nb.conn).sender)
        result["file"] = eml.write_atomic(a.output, data)
    if a.mailto:
        result["mailto"] = eml.mailto(ctx.nb, a.note)
    if ctx.json:
        emit_json(result)
        return
    if a.mailto:
        out(result["mailto"])
    if a.output:
        print(f"Wrote {result['file']}: open it in your mail client and send it, then "
              f"'thankful sent {a.note} --via email'.", file=sys.stderr if a.mailto else sys.stdout)


# --- print --------------------------------------------------------------------------------------

def cmd_print(ctx) -> None:
    from thankful.deliver import cards
    from thankful.deliver.eml import write_atomic
    from thankful.store import records as db

    a = ctx.args
    ids = _chosen(ctx, a.all_drafted, a.notes, cards.drafted_card_notes)
    if not ids:
        raise ThankfulError("no drafted card notes to print; write one with 'thankful draft NOTE'")
    what = "envelopes" if a.envelopes else "labels" if a.labels else "guide" if a.guide else "cards"
    if a.start != 1 and what != "labels":
        raise UsageError("--start is for label sheets; use it with --labels avery-5160")
    need = "address" if what in ("envelopes", "labels") else "text"
    pieces = cards.pieces_for(ctx.nb, ids, need=need)
    return_address = db.get_setting(ctx.nb.conn, "return.address", "") or ""
    pdf = cards.render(pieces, what=what, fmt=a.fmt, font=a.font, return_address=return_address,
                       labels=a.labels or "avery-5160", start=a.start)
    path = write_atomic(a.output, pdf)
    marked = [p.note for p in pieces] if what == "cards" else []
    if marked:
        cards.mark_printed(ctx.nb, marked, ctx.today, a.fmt)
    if ctx.json:
        emit_json({"file": path, "what": what, "format": a.fmt, "font": a.font, "notes": [p.note for p in pieces],
                   "printed": marked})
        return
    out(f"Wrote {_describe(len(pieces), what, a.fmt, a.labels)} to {path}.")
    out(_how_to_print(what, cards.FORMATS[a.fmt]))
    if marked:
        out("Marked printed: " + ", ".join(f"#{n}" for n in marked)
            + ". Once posted: thankful sent NOTE --via card.")


def _describe(count: int, what: str, fmt: str, labels: str | None) -> str:
    """'2 a2-folded cards', '1 envelope for a6 cards', '3 avery-5160 address labels'."""
    noun = {"labels": f"{labels} address label", "envelopes": "envelope", "guide": f"{fmt} copy guide"}
    thing = noun.get(what, f"{fmt} card" if fmt not in ("letter", "postcard") else fmt)
    plural = "s" if count != 1 else ""
    return f"{count} {thing}{plural}" + (f" for {fmt} cards" if what == "envelopes" else "")


def _how_to_print(what: str, fmt) -> str:
    actual = "Print at 100% (actual size)"
    if what == "labels":
        return f"{actual} on an Avery 5160 sheet of 30 labels."
    if what == "envelopes":
        return f"{actual} on {fmt.envelope_name}s ({fmt.envelope[0] / 72:g} x {fmt.envelope[1] / 72:g} in), one a page."
    if what == "guide":
        return f"{actual} on plain paper, then copy it onto your card line by line."
    paper = f"{fmt.page[0] / 72:g} x {fmt.page[1] / 72:g} in"
    if fmt.name == "a2-folded":
        return f"{actual} on {paper} card stock and fold it in half: the note is inside, on the right."
    if fmt.name == "letter":
        return f"{actual} on {paper} paper."
    return f"{actual} on {paper} card stock."


# --- calendar -----------------------------------------------------------------------------------

def cmd_calendar(ctx) -> None:
    from thankful.deliver import calendar

    data = calendar.build(ctx.nb, ctx.today)
    count = data.count(b"BEGIN:VEVENT")
    if not ctx.args.output:
        if ctx.json:
            emit_json(calendar.events(ctx.nb))
        else:
            sys.stdout.write(data.decode("utf-8"))
        return
    from thankful.deliver.eml import write_atomic

    path = write_atomic(ctx.args.output, data)
    if ctx.json:
        emit_json({"file": path, "events": count})
    else:
        out(f"Wrote {count} due date{'s' if count != 1 else ''} to {path}; import it into your calendar "
            "(importing a newer file updates the same events).")
