"""`thankful backup` and `thankful restore`: copies of the notebook, and putting one back."""

from __future__ import annotations

import argparse

from thankful.usecases import backups

from .common import emit_json, out, table


def backup_arguments(p: argparse.ArgumentParser) -> None:
    p.epilog = ("Thankful also copies the notebook into a backups folder beside it before the first change of "
                "each day (keeping 7 daily and 4 weekly copies) and before every upgrade.")
    p.add_argument("file", nargs="?", metavar="FILE", help="write the copy here (default: today's copy in the "
                   "backups folder)")
    p.add_argument("--list", action="store_true", help="list the copies in the backups folder")
    p.set_defaults(handler=cmd_backup)


def restore_arguments(p: argparse.ArgumentParser) -> None:
    p.epilog = "The notebook as it was is copied to the backups folder first, so a restore can be taken back."
    p.add_argument("file", metavar="FILE", help="a backup (see 'thankful backup --list')")
    p.set_defaults(handler=cmd_restore)


def cmd_backup(ctx) -> None:
    if ctx.args.list:
        return list_backups(ctx)
    made = backups.backup_now(ctx.nb, ctx.today, ctx.args.file)
    if ctx.json:
        emit_json({"backup": made})
    else:
        out(f"Backed up the notebook to {made}.")


def list_backups(ctx) -> None:
    found = backups.listing(ctx.nb.path)
    if ctx.json:
        emit_json([{k: v for k, v in c.items() if k != "modified"} for c in found])
        return
    if not found:
        out("No backups yet. Make one: thankful backup")
        return
    out(table([[c["path"], c["kind"], f"{c['bytes'] // 1024 or 1} KB"] for c in found], ["copy", "kind", "size"]))


def cmd_restore(ctx) -> None:
    result = backups.restore(ctx.nb, ctx.args.file, ctx.today)
    if ctx.json:
        emit_json(result)
        return
    out(f"Restored the notebook from {result['restored']}.")
    out(f"The notebook as it was is saved in {result['saved']}; to go back: thankful restore {result['saved']}")
