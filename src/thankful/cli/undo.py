"""`thankful undo`: take back the last change to the notebook; run again, it walks further back."""

from __future__ import annotations

import argparse

from thankful.usecases import changes

from .common import emit_json, out, table


def undo_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--list", action="store_true", help="show the recent changes instead (newest first)")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="how many changes --list shows (default 20)")
    p.set_defaults(handler=cmd_undo)


def _made(change: dict) -> str:
    return change["made"].replace("T", " ")[:16]


def cmd_undo(ctx) -> None:
    if ctx.args.list:
        return list_changes(ctx)
    result = changes.undo(ctx.nb)
    if ctx.json:
        emit_json(result)
        return
    undone = result["undone"]
    out(f"Undid: {undone['label']}" + (f" (made {_made(undone)})" if undone["made"] else "") + ".")
    if undone["notice"]:
        out(f"Note: {undone['notice']}.")
    following = result["next"]
    out(f"Run again to undo: {following['label']}." if following else "Nothing more to undo.")


def list_changes(ctx) -> None:
    found = changes.recent(ctx.nb, ctx.args.limit)
    if ctx.json:
        emit_json(found)
        return
    if not found:
        out("No changes to undo yet.")
        return
    following = next((c["change"] for c in found if not c["undone"]), None)
    rows = [[f"#{c['change']}", _made(c), c["label"],
             "undone" if c["undone"] else ("← undo takes this back" if c["change"] == following else "")]
            for c in found]
    out(table(rows, ["change", "made", "what", ""]))
