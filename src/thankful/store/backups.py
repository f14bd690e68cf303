"""Copies of the notebook: made with SQLite's backup API (consistent while others read and write), checked
before they are trusted, and copied back whole or not at all. Where copies go and how long they are kept is
decided in usecases/backups.py; this module only copies and checks files."""

from __future__ import annotations

import os
import sqlite3
import tempfile

from thankful.domain.errors import NotFound, ThankfulError

FOLDER = "backups"
NEEDED_TABLES = ("people", "moments", "notes")  # what makes a file a Thankful notebook


def folder_for(notebook_path: str) -> str:
    """The backups folder beside the notebook."""
    return os.path.join(os.path.dirname(os.path.abspath(notebook_path)), FOLDER)


def stem_of(notebook_path: str) -> str:
    """The notebook's name without its extension ('notebook' for notebook.db): its copies start with it."""
    return os.path.splitext(os.path.basename(notebook_path))[0] or "notebook"


def private_folder(folder: str) -> str:
    """Make `folder` (and its parents) if needed; the folder itself readable by its owner only."""
    os.makedirs(folder, mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def copy_to(conn: sqlite3.Connection, target: str) -> str:
    """A consistent copy of the open notebook at `target`, whole or not at all (written beside it, then
    renamed); a single file (no WAL beside it), readable by its owner only. Returns the path."""
    part = f"{target}.part"
    if os.path.exists(part):
        os.unlink(part)
    try:
        copy = sqlite3.connect(part)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one file, whatever the notebook uses
        finally:
            copy.close()
        os.chmod(part, 0o600)
        os.replace(part, target)
    except BaseException:
        if os.path.exists(part):
            os.unlink(part)
        raise
    return target


def read_copy(path: str, newest_schema: int) -> sqlite3.Connection:
    """The file at `path` loaded into memory, if it is a whole, undamaged Thankful notebook this version can
    read; ThankfulError saying what is wrong otherwise. The file itself is only read."""
    if not os.path.isfile(path):
        raise NotFound(f"no file {path}", what="backup", name=path)
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        source = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True)
        try:
            # an in-memory copy takes pages of the source's size only if it has that size before the copy
            memory.execute(f"PRAGMA page_size = {int(source.execute('PRAGMA page_size').fetchone()[0])}")
            source.backup(memory)
        finally:
            source.close()
        _check(memory, path, newest_schema)
    except sqlite3.DatabaseError as e:
        memory.close()
        raise ThankfulError(f"{path} is damaged or not a notebook ({e}); nothing was changed",
                            what="backup-damaged", name=path) from None
    except BaseException:
        memory.close()
        raise
    return memory


def _check(conn: sqlite3.Connection, path: str, newest_schema: int) -> None:
    found = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if found != ["ok"]:
        raise ThankfulError(f"{path} is damaged ({found[0]}); nothing was changed", what="backup-damaged", name=path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if not set(NEEDED_TABLES) <= tables or version < 1:
        raise ThankfulError(f"{path} is not a Thankful notebook; nothing was changed", what="backup-damaged", name=path)
    if version > newest_schema:
        raise ThankfulError(f"{path} was made by a newer Thankful (schema {version}, this one knows {newest_schema}); "
                            "nothing was changed", what="backup", name=path)
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken:
        raise ThankfulError(f"{path} is damaged ({broken[0]} row {broken[1]} points at a missing {broken[2]}); "
                            "nothing was changed", what="backup-damaged", name=path)


def replace_with(conn: sqlite3.Connection, copy: sqlite3.Connection) -> None:
    """Put the whole of `copy` (an in-memory notebook) in place of the open notebook: one step of the
    backup API, so other connections see the old notebook or the new one, never a mixture."""
    wanted = conn.execute("PRAGMA page_size").fetchone()[0]
    if copy.execute("PRAGMA page_size").fetchone()[0] == wanted:
        copy.backup(conn)
        return
    # A WAL notebook takes only pages of its own size, and an in-memory copy cannot change its own: the copy
    # is rewritten at the notebook's page size in a file beside the notebook first.
    database = conn.execute("PRAGMA database_list").fetchone()[2]
    fd, path = tempfile.mkstemp(prefix=".restore-", suffix=".db", dir=os.path.dirname(database) or None)
    os.close(fd)
    try:
        resized = sqlite3.connect(path, isolation_level=None)
        try:
            copy.backup(resized)
            resized.execute("PRAGMA journal_mode = DELETE")  # a WAL file cannot change its page size
            resized.execute(f"PRAGMA page_size = {int(wanted)}")
            resized.execute("VACUUM")
            resized.backup(conn)
        finally:
            resized.close()
    finally:
        os.unlink(path)


def _uri_path(path: str) -> str:
    from urllib.parse import quote

    return quote(os.path.abspath(path))
