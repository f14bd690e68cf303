"""For people who send from their own mail client: an .eml file (opens as a draft) and a mailto: link.

Public API: `eml_bytes(nb, note_id, sender="") -> bytes`, `mailto(nb, note_id) -> str`, `write_atomic(path, data)`.
"""

from __future__ import annotations

import os
import tempfile
from urllib.parse import quote

from thankful.domain.errors import ThankfulError, UsageError
from thankful.store.db import Notebook

from .email import message_for_note


def eml_bytes(nb: Notebook, note_id: int, sender: str = "") -> bytes:
    """The note as an RFC 5322 message marked unsent, so mail clients open it ready to send.

    It carries the note's Message-ID (fixed on first use), the same one `thankful send` would use."""
    msg = message_for_note(nb, note_id, sender)
    msg["X-Unsent"] = "1"  # Outlook and others open it as a draft
    return msg.as_bytes()


def mailto(nb: Notebook, note_id: int) -> str:
    """A mailto: link (RFC 6068) with the recipient, subject and body filled in."""
    msg = message_for_note(nb, note_id)
    address = msg["To"].addresses[0].addr_spec if msg["To"] else ""
    body = msg.get_body(("plain",)).get_content().replace("\r\n", "\n").rstrip("\n").replace("\n", "\r\n")
    return f"mailto:{quote(address, safe='@')}?subject={quote(str(msg['Subject']), safe='')}&body={quote(body, safe='')}"


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
