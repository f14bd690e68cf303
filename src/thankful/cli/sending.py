"""Sending: email notes through your mail server (each exactly once), or as an .eml / mailto: for your
own mail program."""

import sys

from thankful.domain.errors import ThankfulError, UsageError
from thankful.usecases import configuration, sending

from .common import chosen_notes, emit_json, note_number, out
from .errors import fix


def send_arguments(p) -> None:
    p.epilog = ("Mail server: 'thankful config set smtp.host …' or THANKFUL_SMTP_HOST, THANKFUL_SMTP_PORT, "
                "THANKFUL_SMTP_SECURITY (starttls|ssl|none), THANKFUL_SMTP_USER, THANKFUL_SMTP_PASSWORD "
                "(or the system keyring), THANKFUL_FROM; the environment wins. A note whose delivery is "
                "uncertain is never resent without --force.")
    p.add_argument("notes", nargs="*", type=note_number, metavar="NOTE")
    p.add_argument("--all", action="store_true", help="every drafted email note whose recipient has an address")
    p.add_argument("--yes", "-y", action="store_true", help="send without asking first")
    p.add_argument("--dry-run", action="store_true", help="show what would be sent, and connect to nothing")
    p.add_argument("--force", action="store_true",
                   help="also resend notes whose delivery is uncertain (with the same Message-ID)")
    p.set_defaults(handler=cmd_send)


def eml_arguments(p) -> None:
    p.add_argument("note", type=note_number, metavar="NOTE")
    p.add_argument("-o", "--output", metavar="FILE.eml", help="write the message here (opens as a draft)")
    p.add_argument("--mailto", action="store_true", help="print a mailto: link with the note filled in")
    p.set_defaults(handler=cmd_eml)


def cmd_send(ctx) -> int:
    a = ctx.args
    ids = chosen_notes(ctx.nb, a.all, a.notes, sending.drafted_email_notes)
    if not ids:
        if ctx.json:
            emit_json([])
        else:
            out("No drafted email notes to send.")
        return 0
    settings = configuration.smtp_settings(ctx.nb)
    if not a.dry_run:
        settings.check()
    found = sending.plan(ctx.nb, ids, force=a.force, every=a.all)
    if a.dry_run:
        _show_dry_run(ctx, found)
        return 0
    if found.ready and not a.yes:
        _confirm(found.ready, settings, ctx.json)
    results = sending.send_notes(ctx.nb, ids, settings, ctx.today, force=a.force, every=a.all)
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
            more = fix(r.what, note=r.note, name=r.to)
            line += f"; {more}" if more else ""
        out(line)
    sent = sum(r.status == "sent" for r in results)
    out(f"Sent {sent} of {len(results)} note{'s' if len(results) != 1 else ''}.")


def cmd_eml(ctx) -> None:
    a = ctx.args
    if not a.output and not a.mailto:
        raise UsageError("say what to make: -o FILE.eml for a message file, or --mailto for a link")
    result = {"note": a.note}
    if a.output:
        result["file"] = sending.export_eml(ctx.nb, a.note, a.output, configuration.smtp_settings(ctx.nb).sender)
    if a.mailto:
        result["mailto"] = sending.mailto_link(ctx.nb, a.note)
    if ctx.json:
        emit_json(result)
        return
    if a.mailto:
        out(result["mailto"])
    if a.output:
        print(f"Wrote {result['file']}: open it in your mail client and send it, then "
              f"'thankful sent {a.note} --via email'.", file=sys.stderr if a.mailto else sys.stdout)
