"""Opening a notebook: the file's place, WAL, foreign keys, migrations, one transaction per change."""

import os
import sqlite3
import stat
from collections.abc import Callable
from contextlib import contextmanager
from importlib import import_module

from thankful.domain.errors import Busy, ThankfulError, UsageError

SQL_DIR = os.path.join(os.path.dirname(__file__), "sql")


def migrations() -> list[str]:
    """The ordered list of migrations: sql/NNN_name.sql, applied in number order, tracked by PRAGMA user_version."""
    names = sorted(n for n in os.listdir(SQL_DIR) if n[:3].isdigit() and n.endswith(".sql"))
    for number, name in enumerate(names, start=1):
        if int(name[:3]) != number:
            raise RuntimeError(f"migration {name} is out of sequence: expected number {number:03d}")
    return [os.path.join(SQL_DIR, n) for n in names]


def default_path() -> str:
    from platformdirs import user_data_dir  # only when neither --db nor THANKFUL_DB says where

    return os.path.join(user_data_dir("thankful", appauthor=False), "notebook.db")


def resolve_path(db: str | os.PathLike | None = None) -> str:
    """--db, else THANKFUL_DB, else the platform's user data directory."""
    chosen = db or os.environ.get("THANKFUL_DB")
    return os.path.expanduser(os.fspath(chosen)) if chosen else default_path()


class _Part:
    """A part of the notebook (its people, notes, ...), made on first use: a command loads only the parts
    it reads, so `thankful owed` pays for the notes and nothing else."""

    def __init__(self, module: str, name: str):
        self.module, self.name = module, name

    def __set_name__(self, owner, attribute: str) -> None:
        self.attribute = attribute

    def __get__(self, nb: "Notebook", owner=None):
        if nb is None:
            return self
        part = getattr(import_module(f"{__package__}.{self.module}"), self.name)(nb.conn)
        nb.__dict__[self.attribute] = part  # found directly from now on
        return part


class Notebook:
    """An open notebook. Use `with nb.transaction():` around every change; read and write through its parts."""

    people = _Part("people", "People")
    moments = _Part("moments", "Moments")
    notes = _Part("notes", "Notes")
    journal = _Part("journal", "Journal")
    settings = _Part("settings", "Settings")
    outbox = _Part("outbox", "Outbox")
    stationery = _Part("stationery", "Stationery")
    history = _Part("history", "History")
    events = _Part("events", "Events")
    changes = _Part("undo", "Changes")

    read_only = False  # opened read-only: it can be read and exported, not changed

    def __init__(self, conn: sqlite3.Connection, path: str):
        self.conn = conn  # for store/ only: everything else goes through the parts above
        self.path = path
        # Set by a face: the time a change is recorded as made ('2026-11-26T14:03:00'), and what to do before
        # the first change of a day (the day's backup). The store reads no clock of its own.
        self.clock: Callable[[], str] | None = None
        self.before_change: Callable[[Notebook], None] | None = None
        self.last_change: tuple[int, str] | None = None  # (id, label) of the last change this connection made
        self._group = None
        self._recording = None
        self._undo_ready: bool | None = None

    def __enter__(self) -> "Notebook":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self, label: str | None = None, *, undoable: bool = True):
        """All of a command's changes, or none of them: one change `undo` can take back, called `label`
        ("sent #4"). `undoable=False` is for housekeeping a person did not ask for (the calendar's id, the
        day the questions count from): kept, but never offered to undo on its own."""
        if self.conn.in_transaction:  # nested: the outer transaction decides (and takes a label it lacks)
            if label and self._recording is not None:
                from .undo import adopt

                adopt(self._recording, label)
            yield self
            return
        if self.before_change is not None:
            self.before_change(self)
        if self._undo_ready is None:  # the first change on this connection: record it, and every later one
            from . import undo

            self._undo_ready = undo.arm(self.conn)
        self.conn.execute("BEGIN IMMEDIATE")
        recording = None
        try:
            recording = self._start_recording(label, undoable)
            yield self
            if recording is not None:
                from . import undo

                self.last_change = undo.finish(self.conn, recording, self.clock() if self.clock else "") \
                    or self.last_change
            self.conn.commit()
        except BaseException:
            if self.conn.in_transaction:
                self.conn.rollback()
            if recording is not None:
                from . import undo

                undo.rolled_back(recording)
            raise
        finally:
            self._recording = None

    @contextmanager
    def change(self, label: str | None = None, notice: str = ""):
        """Several transactions that make one change to undo (an email queued, claimed, then sent), called
        `label` (None: what its first transaction calls itself). Yields the group: its `label` and `notice`
        (what undoing it cannot take back) may be set until it ends."""
        from .undo import Group

        if self._group is not None:  # nested: the outer change decides
            yield self._group
            return
        self._group = Group(label, notice)
        try:
            yield self._group
        finally:
            self._group = None

    def undo(self, expected: int | None = None) -> dict:
        """Take back the newest change not yet undone (`expected`: only if it is that one); see store/undo.py."""
        with self.transaction(undoable=False):
            return self.changes.undo(expected)

    def _start_recording(self, label: str | None, undoable: bool):
        if not self._undo_ready:
            return None
        from . import undo

        self._recording = undo.begin(self.conn, label, undoable, self._group)
        return self._recording

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def change_marker(self) -> tuple[int, int]:
        """Changes when anyone (this connection or another process) changes the notebook: for caches."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes

    def export_text(self) -> str:
        from .transfer import export_text

        return export_text(self.conn)

    def is_empty(self) -> bool:
        """Whether no table holds a row (a new notebook: nothing to back up)."""
        from .transfer import user_tables

        return not any(self.conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in user_tables(self.conn))

    def backup_to(self, path: str) -> str:
        """A consistent copy of the notebook at `path`, whole or not at all (SQLite's backup API)."""
        from .backups import copy_to

        return copy_to(self.conn, path)

    def load_copy(self, path: str):
        """The notebook file at `path`, checked (undamaged, a Thankful notebook, not newer) and upgraded, in
        memory, ready for `replace_with`; ThankfulError if it cannot be used. The file is only read."""
        from . import undo
        from .backups import read_copy

        copy = read_copy(path, len(migrations()))
        try:
            try:
                _migrate(copy, None)
            except sqlite3.Error as e:
                raise ThankfulError(f"{path} could not be upgraded to this Thankful ({_reason(e)}); nothing was "
                                    "changed", what="backup-damaged", name=path) from None
            undo.forget(copy)  # its undo log ends where it is restored: `undo` cannot walk into another past
        except BaseException:
            copy.close()
            raise
        return copy

    def replace_with(self, copy) -> None:
        """Put a loaded copy in place of this notebook, all or nothing; the copy is closed after."""
        from . import undo
        from .backups import replace_with

        try:
            replace_with(self.conn, copy)
        finally:
            copy.close()
        _use_wal(self.conn)
        undo.disarm(self.conn)  # made again from the restored schema before the next change
        self._undo_ready = None

    def import_text(self, text: str, source: str = "import") -> dict[str, int]:
        """Load an export into this empty notebook, all or nothing; an export of an older schema is upgraded first."""
        return self.import_rows(self.read_export(text, source))

    def read_export(self, text: str, source: str = "import"):
        """An export as this notebook's schema holds it (an older one upgraded), checked for shape before
        anything is written: its rows (`.tables`) and where each is in the file (`.where(table, index)`)."""
        from .transfer import parse, read_export

        schema = parse(text, source).get("schema")
        if isinstance(schema, int) and not isinstance(schema, bool) and 0 < schema < self.schema_version:
            text = _upgraded(text, schema, source)
        return read_export(self.conn, text, source)

    def import_rows(self, export) -> dict[str, int]:
        """Write an export read by `read_export` into this empty notebook, all or nothing."""
        from .transfer import import_rows

        return import_rows(self, export)


def open_notebook(db: str | os.PathLike | None = None, *, upto: int | None = None, create: bool = True) -> Notebook:
    """Open (and create or upgrade) the notebook at --db / THANKFUL_DB / the default place; `upto` stops
    migrating at that version (tests of upgrades).

    A new notebook's folder is made 0700 and the file 0600 (its -wal and -shm follow the file). A
    notebook this process may not write is opened read-only: it can still be read and exported. Opening
    takes no lock: readers never wait for a writer."""
    path = resolve_path(db)
    memory = path == ":memory:"
    if not memory:
        _prepare_file(path, create, thankfuls_folder=not (db or os.environ.get("THANKFUL_DB")))
    try:
        conn = _connect(path)
    except sqlite3.Error as e:
        raise _cannot(path, "open", e) from None
    read_only = False
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        try:
            _use_wal(conn)
            _migrate(conn, upto, None if memory else path)
        except sqlite3.OperationalError as e:
            if memory or not _read_only_error(e):
                raise
            conn.close()
            conn, read_only = _read_only(path), True
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                raise ThankfulError(f"{path} is read-only here and holds no notebook; is it the right file?",
                                    what="notebook", name=path) from None
            if version != (upto or len(migrations())):
                raise ThankfulError(f"the notebook {path} is read-only here and was made by another version of "
                                    "Thankful, so it cannot be upgraded; make it writable or work on a copy",
                                    what="notebook", name=path) from None
    except sqlite3.Error as e:
        conn.close()
        raise _cannot(path, "read", e) from None
    except BaseException:
        conn.close()
        raise
    nb = Notebook(conn, path)
    nb.read_only = read_only
    return nb


def _prepare_file(path: str, create: bool, *, thankfuls_folder: bool) -> None:
    """Refuse a folder or a missing notebook; make a new notebook's folder 0700 and its file 0600, and take
    group and other access away from an existing one of ours (and from Thankful's own data folder)."""
    try:
        info = os.stat(path)
    except OSError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise ThankfulError(f"{path} is a folder; give the notebook file's path, e.g. {os.path.join(path, 'notebook.db')}",
                            what="notebook", name=path)
    if info is not None and not stat.S_ISREG(info.st_mode):  # a pipe would block, a device is not a file
        raise ThankfulError(f"{path} is not a file (a device, a pipe or a socket); give the notebook file's path",
                            what="notebook", name=path)
    if info is None and not create:
        raise ThankfulError(f"no notebook at {path}", what="notebook", name=path)
    if info is not None:
        if info.st_mode & 0o077 and info.st_uid == os.getuid():  # an older Thankful's notebook, readable by others
            for part in (path, path + "-wal", path + "-shm"):
                _owner_only(part, 0o600)
        if thankfuls_folder:
            _owner_only(os.path.dirname(os.path.abspath(path)), 0o700)
        return
    folder = os.path.dirname(os.path.abspath(path))
    try:
        if not os.path.isdir(folder):
            os.makedirs(os.path.dirname(folder), exist_ok=True)
            os.mkdir(folder, 0o700)
        elif thankfuls_folder:
            _owner_only(folder, 0o700)  # Thankful's own data folder, perhaps made by an older version
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass  # another process made it a moment ago
    except OSError as e:
        raise ThankfulError(f"cannot create the notebook {path}: {e.strerror or e}", what="notebook",
                            name=path) from None


def _owner_only(path: str, mode: int) -> None:
    """Take group and other access away from a file or folder of ours (never someone else's)."""
    try:
        info = os.stat(path)
        if info.st_uid == os.getuid() and info.st_mode & 0o077:
            os.chmod(path, info.st_mode & 0o7700 & (mode | 0o7000))
    except OSError:
        pass  # not there, or not ours to change: nothing to tighten


def _connect(path: str, uri: str | None = None) -> sqlite3.Connection:
    conn = sqlite3.connect(uri or path, isolation_level=None, timeout=busy_timeout(), uri=uri is not None)
    conn.row_factory = sqlite3.Row
    return conn


def _read_only(path: str) -> sqlite3.Connection:
    """A read-only connection to a notebook this process cannot write (mode=ro; immutable when not even its
    -shm file can be made), so it can still be read and exported."""
    from urllib.parse import quote  # only for a notebook that cannot be written: start-up need not pay

    target = "file:" + quote(os.path.abspath(path))
    for mode in ("?mode=ro", "?immutable=1"):
        conn = _connect(path, target + mode)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as e:
            conn.close()
            if not _read_only_error(e):
                raise
    raise sqlite3.OperationalError("attempt to write a readonly database")


def _read_only_error(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


BUSY_TIMEOUT = 10.0  # seconds another program's change is waited for before "the notebook is busy"


def busy_timeout() -> float:
    """Seconds to wait for another program's change before saying the notebook is busy: THANKFUL_BUSY_TIMEOUT,
    else 10."""
    raw = os.environ.get("THANKFUL_BUSY_TIMEOUT", "").strip()
    if not raw:
        return BUSY_TIMEOUT
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 600:
        raise UsageError(f"THANKFUL_BUSY_TIMEOUT={raw!r} is not a number of seconds from 0 to 600")
    return seconds


def _cannot(path: str, doing: str, error: sqlite3.Error) -> ThankfulError:
    """An error opening the notebook, as a person can act on it."""
    if "not a database" in str(error).lower():
        return ThankfulError(f"cannot {doing} the notebook {path}: {_reason(error)}; is it a Thankful notebook? "
                             "(if it is, its first page is damaged)", what="damaged", name=path)
    if "newer thankful" in str(error).lower():
        return ThankfulError(f"cannot {doing} the notebook {path}: {_reason(error)}; update Thankful to open it",
                             what="notebook", name=path)
    known = explain(error)
    if known.what in ("damaged", "busy", "read-only", "full", "disk"):
        return known
    return ThankfulError(f"cannot {doing} the notebook {path}: {_reason(error)}", what="notebook", name=path)


def _upgraded(text: str, schema: int, source: str) -> str:
    """An export of an older schema, as the same notebook exports once migrated to this schema."""
    from .transfer import export_text, import_text

    with open_notebook(":memory:", upto=schema) as old:
        import_text(old, text, source)
        _migrate(old.conn, None)
        return export_text(old.conn)


def _use_wal(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def _migrate(conn: sqlite3.Connection, upto: int | None, path: str | None = None) -> None:
    steps = migrations()
    target = len(steps) if upto is None else upto
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > len(steps):
        raise sqlite3.DatabaseError(f"made by a newer Thankful (schema {current}, this one knows {len(steps)})")
    if current >= target:
        return
    if current and path:
        _copy_before_upgrade(conn, path, current)
    for number in range(current + 1, target + 1):
        with open(steps[number - 1], encoding="utf-8") as f:
            script = f.read()
        # executescript commits first; wrap the step and its version bump in one transaction.
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.rollback()
            raise
    from . import undo

    undo.forget(conn)  # the log's statements were written for the tables as they were


def _copy_before_upgrade(conn: sqlite3.Connection, path: str, current: int) -> str:
    """A copy of the notebook as it was, before a migration changes it: backups/NAME-schema-N.db."""
    from .backups import copy_to, folder_for, private_folder, stem_of

    folder = private_folder(folder_for(path))
    target = os.path.join(folder, f"{stem_of(path)}-schema-{current}.db")
    suffix = 1
    while os.path.exists(target):  # the same schema upgraded twice (a restored old copy): keep both
        suffix += 1
        target = os.path.join(folder, f"{stem_of(path)}-schema-{current}-{suffix}.db")
    return copy_to(conn, target)


def _reason(e: Exception) -> str:
    return str(e).rstrip(".") or type(e).__name__


def explain(error: BaseException) -> ThankfulError | None:
    """A database error as a person can act on it (busy, read-only, full, damaged); None for other errors."""
    if not isinstance(error, sqlite3.Error):
        return None
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return Busy("another program is using the notebook; try again in a moment", what="busy")
    if "readonly" in text or "read-only" in text:
        return ThankfulError("the notebook is read-only here, so nothing could be changed; check the file's "
                             "permissions, or work on a copy", what="read-only")
    if "full" in text:
        return ThankfulError("the disk is full, so nothing was changed; free some space and try again", what="full")
    if "disk i/o" in text:
        return ThankfulError("the notebook could not be written to the disk (is it full, or was it removed?); "
                             "nothing was changed", what="disk")
    # (the one function Thankful gives SQLite, people.py's name folding, fails only on text that is not UTF-8)
    if any(sign in text for sign in ("malformed", "not a database", "corrupt", "could not decode", "no such table",
                                     "no such column", "user-defined function raised exception")):
        return ThankfulError("the notebook file is damaged", what="damaged")
    return ThankfulError(f"the notebook could not do that ({error}); nothing was changed")
