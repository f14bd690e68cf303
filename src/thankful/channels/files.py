"""Writing a file a person asked for (an export, a PDF, an .eml, a calendar, a chart): the one writer of
personal files. Whole or not at all, readable only by its owner (0600).

A symbolic link is followed and its target replaced, so a link to a backup keeps the backup current. A
folder, a device (/dev/full), a pipe or a socket is refused: replacing one with a file would break it.
"""

from __future__ import annotations

import os
import stat
import tempfile

from thankful.domain.errors import ThankfulError, UsageError

PERSONAL = 0o600  # notes, addresses and dates are nobody else's business


def write_atomic(path: str, data: bytes) -> str:
    """Write `data` beside the file and rename it into place. Returns the path as the person gave it
    (absolute); ThankfulError (UsageError for a path that cannot be a file) when it cannot be written."""
    if not str(path).strip() or str(path) == "-":
        raise UsageError("give a file name to write to ('-', standard output, is not a file)")
    asked = os.path.abspath(os.path.expanduser(path))
    target = os.path.realpath(asked)  # the file a link points to: that is the one to replace
    _check_target(path, asked)
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        raise ThankfulError(f"cannot write {asked}: there is no folder {folder}; create it or choose another path")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".thankful-", suffix=".part")  # made 0600
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, PERSONAL)
        os.replace(tmp, target)
        tmp = None
        _sync_folder(folder)
    except OSError as e:
        raise ThankfulError(f"cannot write {asked}: {e.strerror or e}; check that the folder exists and is "
                            "writable") from None
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
    return asked


def _check_target(typed: str, asked: str) -> None:
    """UsageError when the path is (or links to) a folder, a device, a pipe or a socket."""
    try:
        info = os.stat(asked)  # follows links: what would be replaced
    except FileNotFoundError:
        return  # a new file (or a link to one not made yet)
    except OSError as e:
        raise ThankfulError(f"cannot write {asked}: {e.strerror or e}") from None
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(f"{asked} is a folder; give a file name, e.g. {os.path.join(typed, 'notes.pdf')}")
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(f"{asked} is not a regular file (a device, a pipe or a socket); give a file name, or "
                         "leave the file out to print to standard output where the command can")


def _sync_folder(folder: str) -> None:
    """Make the rename itself survive a power cut (best effort: some file systems cannot sync a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
