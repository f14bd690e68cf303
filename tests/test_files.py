"""Files Thankful writes: the notebook's folder 0700 and the notebook 0600, every personal file 0600 under a
usual umask (022), written whole; a symlink's target updated; folders, devices and pipes refused."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from conftest import THANKFUL
from failing import assert_failed_cleanly
from thankful.channels.files import write_atomic
from thankful.domain.errors import UsageError


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run(*args: str, db: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`thankful ARGS` under umask 022, as most accounts have it."""
    env = {**os.environ, "THANKFUL_DB": str(db), "THANKFUL_TODAY": "2026-11-26", "THANKFUL_SMTP_FROM": "",
           "THANKFUL_FROM": "Sam <sam@example.org>"}
    return subprocess.run([THANKFUL, *args], capture_output=True, text=True, env=env, timeout=120, cwd=cwd,
                          preexec_fn=lambda: os.umask(0o022))


@pytest.fixture
def notebook(tmp_path) -> Path:
    db = tmp_path / "data" / "thankful" / "notebook.db"
    assert run("add", "interview", "--from", "Dana Whitfield", "--role", "analyst", db=db).returncode == 0
    assert run("people", "edit", "Dana Whitfield", "--email", "dana@example.org",
               "--address", "1 Elm St\\nSpringfield", db=db).returncode == 0
    assert run("draft", "1", "--yes", db=db).returncode == 0
    return db


def test_a_new_notebook_is_private_under_umask_022(notebook):
    assert mode(notebook.parent) == 0o700
    assert mode(notebook) == 0o600
    for extra in (Path(str(notebook) + "-wal"), Path(str(notebook) + "-shm")):
        if extra.exists():  # SQLite makes them while a connection is open, with the notebook's mode
            assert mode(extra) == 0o600
    assert mode(notebook.parent.parent) == 0o755  # folders above it are the person's, made as usual


def test_an_older_notebook_readable_by_others_is_made_private(tmp_path):
    db = tmp_path / "old.db"
    assert run("owed", db=db).returncode == 0
    db.chmod(0o644)
    assert run("owed", db=db).returncode == 0
    assert mode(db) == 0o600
    db.chmod(0o444)  # read-only stays read-only: only group and other access is taken away
    assert run("owed", db=db).returncode == 0
    assert mode(db) == 0o400


@pytest.mark.parametrize("args, name", [
    (["export"], "backup.json"),
    (["eml", "1", "-o"], "note.eml"),
    (["print", "1", "--guide", "-o"], "guide.pdf"),
    (["calendar", "-o"], "due.ics"),
    (["stats", "--chart"], "stats.svg"),
    (["doctor", "--salvage"], "salvage.json"),
])
def test_every_personal_file_is_0600(notebook, tmp_path, args, name):
    target = tmp_path / "out" / name
    target.parent.mkdir()
    result = run(*args, str(target), db=notebook)
    assert result.returncode == 0, result.stderr
    assert mode(target) == 0o600 and target.stat().st_size > 0
    assert sorted(p.name for p in target.parent.iterdir()) == [name]  # no temporary file left behind


def test_an_export_through_a_symlink_updates_its_target(notebook, tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    real = backups / "real.json"
    real.write_text("last week's backup")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    assert run("export", str(link), db=notebook).returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(real)  # the link is still a link
    assert '"format": "thankful-notebook"' in real.read_text()   # and the backup it points to is current
    assert mode(real) == 0o600


def test_a_dangling_symlink_makes_its_target(notebook, tmp_path):
    link = tmp_path / "latest.json"
    link.symlink_to(tmp_path / "new.json")
    assert run("export", str(link), db=notebook).returncode == 0
    assert link.is_symlink() and (tmp_path / "new.json").read_text().startswith("{")


def _device(tmp_path: Path) -> Path:
    """A character device to aim at: one made here when we may (as root), else /dev/full (which no one else
    may replace)."""
    if os.geteuid() == 0:
        node = tmp_path / "full"
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # the same device as /dev/full
        return node
    return Path("/dev/full")


def test_devices_pipes_and_folders_are_refused_and_left_as_they_are(notebook, tmp_path):
    device = _device(tmp_path)
    assert_failed_cleanly(run("export", str(device), db=notebook), 2, "not a regular file")
    assert stat.S_ISCHR(os.stat(device).st_mode)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert_failed_cleanly(run("calendar", "-o", str(fifo), db=notebook), 2, "not a regular file")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    link = tmp_path / "to-device"
    link.symlink_to(device)
    assert_failed_cleanly(run("export", str(link), db=notebook), 2, "not a regular file")
    assert link.is_symlink() and stat.S_ISCHR(os.stat(link).st_mode)
    assert_failed_cleanly(run("export", str(tmp_path), db=notebook), 2, "is a folder")


def test_a_missing_folder_is_one_line_and_writes_nothing(notebook, tmp_path):
    missing = tmp_path / "nonexistent"
    for args in (["export", f"{missing}/x.json"], ["eml", "1", "-o", f"{missing}/x.eml"],
                 ["calendar", "-o", f"{missing}/c.ics"], ["print", "1", "--guide", "-o", f"{missing}/g.pdf"]):
        assert_failed_cleanly(run(*args, db=notebook), 1, f"there is no folder {missing}")
    assert not missing.exists()


def test_write_atomic_replaces_a_file_whole_and_refuses_a_folder(tmp_path):
    target = tmp_path / "notes.json"
    target.write_text("old")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(UsageError, match="is a folder"):
        write_atomic(str(folder), b"new")
    assert write_atomic(str(target), b"new") == str(target)
    assert target.read_bytes() == b"new" and mode(target) == 0o600
