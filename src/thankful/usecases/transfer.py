"""Export the whole notebook as JSON (ids kept) and import it back into an empty one, all or nothing."""

from __future__ import annotations

from thankful.channels.files import write_atomic
from thankful.store import Notebook

from .values import check_export


def export_text(nb: Notebook) -> str:
    """The notebook as JSON text: the same notebook always gives the same bytes."""
    return nb.export_text()


def export_to(nb: Notebook, path: str) -> str:
    """Write the export to `path`, whole or not at all; returns the file's path."""
    return write_atomic(path, nb.export_text().encode("utf-8"))


def import_text(nb: Notebook, text: str, source: str = "import") -> dict[str, int]:
    """Load an export into this empty notebook; every row is checked before anything is written, and any
    problem changes nothing. Returns rows per table."""
    export = nb.read_export(text, source)
    check_export(export.tables, export.where)
    return nb.import_rows(export)
