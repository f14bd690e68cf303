"""Helpers for tests of failures: a failed command is one line on stderr, an exit code, and no change to the
notebook (its export is the same bytes before and after)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import THANKFUL


def run(*args: str, db: Path, stdin: str | None = None, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    """`thankful ARGS` as a person runs it: a real process, on the notebook `db`."""
    full = {**os.environ, "THANKFUL_DB": str(db), "THANKFUL_TODAY": "2026-11-26", **(env or {})}
    return subprocess.run([THANKFUL, *args], input=stdin, capture_output=True, text=True, env=full, timeout=120,
                          **kw)


def export(db: Path) -> str:
    """The notebook's export, read as the command line reads it."""
    result = run("export", db=db)
    assert result.returncode == 0, result.stderr
    return result.stdout


def assert_one_line(stderr: str, *words: str) -> None:
    """A failure told in one line starting 'thankful', never a traceback."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line, got: {stderr!r}"
    assert lines[0].startswith("thankful"), lines[0]
    assert "Traceback" not in stderr
    for word in words:
        assert word in lines[0], f"{word!r} not in {lines[0]!r}"


def assert_failed_cleanly(result: subprocess.CompletedProcess, code: int, *words: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert_one_line(result.stderr, *words)
