"""`thankful doctor`: check the notebook, and save what can be read from a damaged one."""

import shlex

from thankful.usecases import doctor

from .common import emit_json, out

RESTORE = "restore a backup with 'thankful restore FILE'"


def doctor_arguments(p) -> None:
    p.description = ("Check the notebook: SQLite's integrity check, links between rows, and values Thankful can "
                     "use. With --salvage, write every row that can still be read to FILE as an export (import "
                     "it into a new notebook with 'thankful --db NEW.db import FILE'). The notebook is only read.")
    p.add_argument("--salvage", metavar="FILE", help="write what can be read to FILE (an export)")
    p.set_defaults(handler=cmd_doctor)


def cmd_doctor(ctx) -> int:
    from thankful.store import resolve_path

    path = resolve_path(getattr(ctx.args, "db", None))
    if ctx.args.salvage:
        return _salvage(ctx, path, ctx.args.salvage)
    found = doctor.examine(path)
    if ctx.json:
        emit_json(found)
    elif found["healthy"]:
        rows = ", ".join(f"{n} {t}" for t, n in found["rows"].items() if n and t in ("people", "notes", "journal"))
        out(f"The notebook {path} is healthy" + (f" ({rows})." if rows else "."))
    else:
        out(f"The notebook {path} has problems:")
        for problem in found["problems"]:
            out(f"  - {problem}")
        if found["more"]:
            out(f"  … and {found['more']} more")
        out("Save what can be read with 'thankful doctor --salvage FILE', then import it into a new notebook; "
            + (f"or restore the newest whole backup: thankful restore {shlex.quote(found['backup'])}"
               if found["backup"] else f"or {RESTORE}."))
    return 0 if found["healthy"] else 1


def _salvage(ctx, path: str, target: str) -> int:
    saved = doctor.salvage_to(path, target)
    if ctx.json:
        emit_json(saved)
        return 0
    total = sum(saved["rows"].values())
    out(f"Saved {total} readable row{'s' * (total != 1)} to {saved['file']}.")
    for loss in saved["damaged"]:
        out(f"  - {loss}")
    out("Import it into a new notebook: thankful --db NEW.db import " + saved["file"])
    return 0
