"""Backups: a copy of the notebook before the first change of each day, kept for a while, and restoring one.

Copies live in a `backups/` folder beside the notebook (readable by its owner only), named after it:
`notebook-2026-11-26.db` is the day's copy, made before that day's first change (a day with no change
needs none: the last copy is still the notebook as it is). The 7 newest daily copies are kept, and the
newest copy of each of the 4 weeks before them. Copies made before an upgrade (`notebook-schema-5.db`,
by the store) or before a restore (`notebook-2026-11-26-before-restore.db`) are kept until you delete them.
The clock is the caller's: every function here takes `today`.
"""

from __future__ import annotations

import os
import re
from datetime import date

from thankful.domain.errors import NotFound, ThankfulError, UsageError
from thankful.store import Notebook
from thankful.store.backups import folder_for, private_folder, read_copy, stem_of
from thankful.store.notebook import migrations

DAILY = 7
WEEKLY = 4
_DAILY = re.compile(r"(\d{4}-\d{2}-\d{2})\.db")


def daily_path(notebook_path: str, day: date) -> str:
    return os.path.join(folder_for(notebook_path), f"{stem_of(notebook_path)}-{day.isoformat()}.db")


def daily(nb: Notebook, today: date) -> str | None:
    """The day's copy, if it is not made yet and the notebook holds anything; old copies rotated.
    Returns the copy's path when one was made."""
    if nb.path == ":memory:" or os.path.exists(daily_path(nb.path, today)) or nb.is_empty():
        return None
    return backup_now(nb, today)


def backup_now(nb: Notebook, today: date, path: str | None = None) -> str:
    """A copy now: at `path` (which must not exist yet), or as today's copy in the backups folder (replacing
    an earlier one of today), the old ones rotated. Returns where it went."""
    if path:
        path = os.path.expanduser(path)
        if os.path.exists(path):
            raise UsageError(f"{path} already exists; choose another name, or delete it first")
        if os.path.abspath(path) == os.path.abspath(nb.path):
            raise UsageError("that is the notebook itself; choose another file")
        return nb.backup_to(path)
    private_folder(folder_for(nb.path))
    made = nb.backup_to(daily_path(nb.path, today))
    rotate(nb.path)
    return made


def daily_copies(notebook_path: str) -> list[tuple[date, str]]:
    """(day, path) of the notebook's daily copies, newest first."""
    folder, prefix = folder_for(notebook_path), stem_of(notebook_path) + "-"
    if not os.path.isdir(folder):
        return []
    found = []
    for name in os.listdir(folder):
        matched = _DAILY.fullmatch(name[len(prefix):]) if name.startswith(prefix) else None
        if matched:
            try:
                found.append((date.fromisoformat(matched.group(1)), os.path.join(folder, name)))
            except ValueError:  # a name shaped like a date that is none (2026-13-45): not ours to rotate
                continue
    return sorted(found, reverse=True)


def kept(copies: list[tuple[date, str]]) -> set[str]:
    """Which daily copies to keep: the DAILY newest, and the newest of each of the WEEKLY weeks before them."""
    keep = {path for _, path in copies[:DAILY]}
    weeks: dict[tuple[int, int], str] = {}
    for day, path in copies[DAILY:]:
        week = tuple(day.isocalendar())[:2]
        if week not in weeks:
            if len(weeks) == WEEKLY:
                break
            weeks[week] = path
    return keep | set(weeks.values())


def rotate(notebook_path: str) -> list[str]:
    """Delete the daily copies no longer kept (judged by the days in their names, never by a clock);
    returns their paths."""
    copies = daily_copies(notebook_path)
    keep = kept(copies)
    gone = [path for _, path in copies if path not in keep]
    for path in gone:
        os.unlink(path)
    return gone


def listing(notebook_path: str) -> list[dict]:
    """Every copy in the backups folder of this notebook, newest first: path, kind, size in bytes."""
    folder, prefix = folder_for(notebook_path), stem_of(notebook_path) + "-"
    if not os.path.isdir(folder):
        return []
    found = []
    for name in os.listdir(folder):
        if not (name.startswith(prefix) and name.endswith(".db")):
            continue
        path = os.path.join(folder, name)
        rest = name[len(prefix):]
        kind = ("daily" if _DAILY.fullmatch(rest) else "before an upgrade" if rest.startswith("schema-")
                else "before a restore" if "before-restore" in rest else "other")
        found.append({"path": path, "kind": kind, "bytes": os.path.getsize(path), "modified": os.path.getmtime(path)})
    return sorted(found, key=lambda c: (c["modified"], c["path"]), reverse=True)


def newest_good(notebook_path: str) -> str | None:
    """The newest copy in the backups folder that is whole and a notebook this Thankful reads, or None.
    Takes the notebook's path, not the notebook: it is asked when the notebook itself cannot be opened."""
    for copy in listing(notebook_path):
        try:
            read_copy(copy["path"], len(migrations())).close()
        except ThankfulError:
            continue
        return copy["path"]
    return None


def restore(nb: Notebook, path: str, today: date) -> dict:
    """Put the notebook at `path` in place of this one, all or nothing: it is checked (whole, a Thankful
    notebook, not newer) and upgraded first, and the notebook as it was is copied to the backups folder.
    Returns {"restored": path, "saved": the copy of the notebook as it was}."""
    path = os.path.expanduser(path)
    if not os.path.exists(path):
        raise NotFound(f"no file {path}", what="backup", name=path)
    if os.path.abspath(path) == os.path.abspath(nb.path):
        raise UsageError("that is the notebook itself; give a backup to restore from")
    copy = nb.load_copy(path)  # ThankfulError, nothing changed, if it cannot be used
    try:
        saved = nb.backup_to(_before_restore_path(nb.path, today))
    except BaseException:
        copy.close()
        raise
    nb.replace_with(copy)
    return {"restored": path, "saved": saved}


def _before_restore_path(notebook_path: str, today: date) -> str:
    folder = private_folder(folder_for(notebook_path))
    base = os.path.join(folder, f"{stem_of(notebook_path)}-{today.isoformat()}-before-restore")
    target, n = f"{base}.db", 1
    while os.path.exists(target):
        n += 1
        target = f"{base}-{n}.db"
    return target
