"""Export the notebook as JSON, and import an export into an empty notebook."""

import sys

from thankful.usecases import transfer

from .common import emit_json, out, read_text_arg


def export_arguments(p) -> None:
    p.add_argument("file", nargs="?", metavar="FILE", help="write here (default: standard output)")
    p.set_defaults(handler=cmd_export)


def import_arguments(p) -> None:
    p.add_argument("file", metavar="FILE", help="an export ('-' for standard input)")
    p.set_defaults(handler=cmd_import)


def cmd_export(ctx) -> None:
    if not ctx.args.file or ctx.args.file == "-":
        sys.stdout.write(transfer.export_text(ctx.nb))
        return
    target = transfer.export_to(ctx.nb, ctx.args.file)
    if ctx.json:
        emit_json({"exported": target})
    else:
        out(f"Exported the notebook to {target}.")


def cmd_import(ctx) -> None:
    text = read_text_arg(ctx.args.file, "the export to import")
    counts = transfer.import_text(ctx.nb, text, source=ctx.args.file)
    if ctx.json:
        emit_json({"imported": counts})
    else:
        out("Imported " + ", ".join(f"{n} {t}" for t, n in counts.items() if n) + ".")
