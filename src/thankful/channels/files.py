"""Writing a file a person asked for (an export, a PDF, an .eml, a calendar), whole or not at all."""

from __future__ import annotations

import os
import tempfile

from thankful.domain.errors import ThankfulError, UsageError


def write_atomic(path: str, data: bytes) -> str:
    """Write beside the target and rename, so a failure never leaves half a file. Returns the absolute path."""
    target = os.path.abspath(os.path.expanduser(path))
    if os.path.isdir(target):
        raise UsageError(f"{target} is a folder; give a file name, e.g. {os.path.join(path, 'notes.pdf')}")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".thankful-", suffix=".part")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as e:
        raise ThankfulError(f"cannot write {target}: {e.strerror or e}; check that the folder exists and is "
                            "writable") from None
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
    return target


def _umask() -> int:
    mask = os.umask(0o22)
    os.umask(mask)
    return mask
