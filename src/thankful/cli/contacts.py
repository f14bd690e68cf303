"""`thankful people import FILE`: contacts from a vCard, Google or Outlook CSV, or a guest list, merged with the
people already in the notebook."""

from __future__ import annotations

from .common import emit_json, out, read_file_bytes


def import_arguments(p) -> None:
    p.add_argument("file", metavar="FILE", help="a .vcf address book, a Google or Outlook contacts CSV, or a guest list")
    p.add_argument("--dry-run", action="store_true", help="show what would be added or merged; change nothing")


def cmd_people_import(ctx) -> None:
    from thankful.usecases import contacts

    a = ctx.args
    content = read_file_bytes(a.file, "the contacts")
    result = contacts.import_people(ctx.nb, content, a.file, dry_run=a.dry_run, today=ctx.today)
    if ctx.json:
        emit_json({k: result[k] for k in ("added", "merged", "skipped", "skipped_entries", "format", "dry_run")})
        return
    verb = "Would add" if a.dry_run else "Added"
    out(f"{verb} {result['added']} {'person' if result['added'] == 1 else 'people'} and merged {result['merged']} "
        f"with people already here, from {a.file} ({result['format']}).")
    for entry in result["skipped_entries"]:
        out(f"Skipped {entry['where']}: {entry['reason']}")
    if a.dry_run:
        out("Dry run: nothing was changed.")
