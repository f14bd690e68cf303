"""Whether the process that claimed a note in the outbox is still alive (so a crash can be told apart
from a send in progress). A hosted Thankful would claim rows with a lease instead; see docs/architecture.md."""

from __future__ import annotations

import os
import socket


def _start_time(pid: int) -> str:
    """When the process started (Linux /proc), so a reused pid is not taken for the one that died."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            fields = f.read().rpartition(")")[2].split()
        return "" if fields[0] == "Z" else fields[19]
    except (OSError, IndexError):
        return ""


def me() -> dict:
    """This process, as an outbox claim names it."""
    pid = os.getpid()
    return {"pid": pid, "start": _start_time(pid), "host": socket.gethostname()}


def alive(row: dict) -> bool:
    """Whether the process named by an outbox row (owner_pid, owner_start, owner_host) may still be running."""
    if row["owner_host"] != socket.gethostname():
        return True  # another machine's process: we cannot tell, so we leave it alone
    pid = row["owner_pid"]
    if pid is None:
        return False
    if os.path.isdir("/proc/self"):
        start = _start_time(pid)
        return bool(start) and (not row["owner_start"] or start == row["owner_start"])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
