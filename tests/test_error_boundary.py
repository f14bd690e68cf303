"""One error boundary per face: a notebook another program holds, a read-only notebook, a full disk, a
damaged file, output that cannot be written. The command line says so in one line (exit 1) and changes
nothing; the web page answers a 4xx or 503 page, never a 500 or a traceback."""

from __future__ import annotations

import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import THANKFUL, owner_client
from failing import assert_failed_cleanly, run
from thankful.store import open_notebook
from thankful.web import create_app


def export_of(db) -> str:
    with open_notebook(db) as nb:
        return nb.export_text()


@pytest.fixture
def notebook(tmp_path) -> Path:
    db = tmp_path / "notebook.db"
    assert run("add", "gift", "--from", "May Lee", "--what", "a scarf", "--on", "2026-11-20", db=db).returncode == 0
    return db


class Holder:
    """Another program holding the notebook's write lock (an exclusive transaction) until told to let go."""

    def __init__(self, db: Path):
        code = ("import sqlite3, sys\n"
                "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                "c.execute('BEGIN EXCLUSIVE'); print('held', flush=True); sys.stdin.read()\n")
        self.process = subprocess.Popen([sys.executable, "-c", code, str(db)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "held"

    def release(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


# --- another program holds the notebook ------------------------------------------------------------

def test_a_held_notebook_waits_then_says_it_is_busy_and_can_still_be_read(notebook):
    before = export_of(notebook)
    holder = Holder(notebook)
    try:
        for args in (["add", "gift", "--from", "Ravi"], ["sent", "1"], ["people", "add", "Ravi"]):
            result = run(*args, db=notebook, env={"THANKFUL_BUSY_TIMEOUT": "0.5"})
            assert_failed_cleanly(result, 1, "another program is using the notebook; try again")
        for args in (["owed"], ["export"], ["people", "list"]):  # readers never wait for a writer
            assert run(*args, db=notebook, env={"THANKFUL_BUSY_TIMEOUT": "0.5"}).returncode == 0
    finally:
        holder.release()
    assert export_of(notebook) == before


def test_a_lock_let_go_within_the_busy_timeout_is_waited_for(notebook):
    holder = Holder(notebook)
    adding = subprocess.Popen([THANKFUL, "add", "gift", "--from", "Ravi"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "THANKFUL_DB": str(notebook), "THANKFUL_TODAY": "2026-11-26",
                                   "THANKFUL_BUSY_TIMEOUT": "60"})
    threading.Timer(1.0, holder.release).start()  # let go while the command waits
    out, err = adding.communicate(timeout=90)
    assert adding.returncode == 0, err
    assert "Note #2 to Ravi" in out


def test_the_web_page_answers_503_while_the_notebook_is_held(notebook, monkeypatch):
    monkeypatch.setenv("THANKFUL_BUSY_TIMEOUT", "0.5")
    app = create_app(notebook)
    with owner_client(app) as client:
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").text).group(1)
        holder = Holder(notebook)
        try:
            r = client.post("/people", data={"csrf_token": csrf, "name": "Ravi"})
            assert r.status_code == 503 and r.headers["retry-after"]
            assert "another program is using the notebook" in r.text and "Traceback" not in r.text
        finally:
            holder.release()
        assert client.post("/people", data={"csrf_token": csrf, "name": "Ravi"}).status_code == 303


# --- a read-only notebook ---------------------------------------------------------------------------

def _read_only_copy(notebook: Path, tmp_path: Path) -> tuple[Path, list[str]]:
    """A copy of the notebook (in a folder) without write permission, and how to run a command that must
    respect that: as root (who may write anything), without root's capabilities (util-linux's setpriv)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    copy = folder / "notebook.db"
    shutil.copy(notebook, copy)
    copy.chmod(0o444)
    folder.chmod(0o555)
    prefix = ["setpriv", "--inh-caps=-all", "--bounding-set=-all"] if os.geteuid() == 0 else []
    return copy, prefix


def test_a_read_only_notebook_can_be_read_and_exported_but_not_changed(notebook, tmp_path):
    copy, prefix = _read_only_copy(notebook, tmp_path)
    try:
        env = {**os.environ, "THANKFUL_DB": str(copy), "THANKFUL_TODAY": "2026-11-26"}

        def thankful(*args):
            return subprocess.run([*prefix, THANKFUL, *args], capture_output=True, text=True, env=env, timeout=60)

        owed = thankful("owed")
        assert owed.returncode == 0 and "May Lee" in owed.stdout, owed.stderr
        exported = thankful("export")
        assert exported.returncode == 0 and exported.stdout == export_of(notebook)
        assert thankful("doctor").returncode == 0
        for args in (["add", "gift", "--from", "Ravi"], ["sent", "1"], ["people", "add", "Ravi"]):
            assert_failed_cleanly(thankful(*args), 1, "the notebook is read-only here, so nothing could be changed")
        assert sorted(p.name for p in copy.parent.iterdir()) == ["notebook.db"]
    finally:
        copy.parent.chmod(0o755)


# --- a full disk ------------------------------------------------------------------------------------

def test_a_full_disk_is_one_line_and_changes_nothing(notebook):
    export_of(notebook)  # open once so -wal and -shm exist and are settled
    before = export_of(notebook)
    limit = 64 * 1024  # no file may grow past this: the -wal of a long entry must

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    entry = "A long day of small kindnesses. " * 4000
    result = subprocess.run([THANKFUL, "today"], input=entry, capture_output=True, text=True, timeout=60,
                            preexec_fn=small_disk,
                            env={**os.environ, "THANKFUL_DB": str(notebook), "THANKFUL_TODAY": "2026-11-26"})
    assert_failed_cleanly(result, 1, "nothing was changed")
    assert re.search(r"disk is full|could not be written to the disk", result.stderr)
    assert export_of(notebook) == before


def test_output_that_cannot_be_written_is_one_line(notebook):
    with open("/dev/full", "w") as full:
        result = subprocess.run([THANKFUL, "owed"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60,
                                env={**os.environ, "THANKFUL_DB": str(notebook), "THANKFUL_TODAY": "2026-11-26"})
    assert_failed_cleanly(result, 1, "cannot write the output: No space left on device")


def test_a_reader_that_goes_away_is_no_error(notebook):
    for i in range(30):
        run("add", "gift", "--from", f"Person {i}", db=notebook)
    shell = f"'{THANKFUL}' owed --all | head -1"
    result = subprocess.run(["sh", "-c", shell], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "THANKFUL_DB": str(notebook), "THANKFUL_TODAY": "2026-11-26"})
    assert result.stdout.startswith("note") and "Traceback" not in result.stderr and "Exception" not in result.stderr


# --- a damaged notebook -----------------------------------------------------------------------------

def _damage(db: Path, name: str) -> None:
    """Flip one byte of `name` where the people table keeps it, so it is no longer UTF-8."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'people'")]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    for page in pages:
        at = data.find(name.encode(), (page - 1) * size, page * size)
        if at >= 0:
            data[at + 1] = 0xFF
            db.write_bytes(bytes(data))
            return
    raise AssertionError(f"{name} not found on the people table's pages")


def test_a_flipped_byte_in_a_name_sends_the_person_to_the_doctor(notebook):
    run("people", "add", "Zelda Quux", db=notebook)
    _damage(notebook, "Zelda Quux")
    for args in (["export"], ["people", "show", "Zelda Quux"], ["add", "gift", "--from", "Zelda Quux"]):
        assert_failed_cleanly(run(*args, db=notebook), 1, "the notebook file is damaged", "thankful doctor")


def test_the_web_page_answers_503_for_a_damaged_notebook(notebook):
    run("people", "add", "Zelda Quux", db=notebook)
    app = create_app(notebook)
    _damage(notebook, "Zelda Quux")
    with owner_client(app) as client:
        for path in ("/people/2", "/export"):
            r = client.get(path)
            assert r.status_code == 503 and "damaged" in r.text and "Traceback" not in r.text


def test_a_file_that_is_not_a_notebook_is_one_line(tmp_path):
    other = tmp_path / "README.md"
    other.write_text("# not a notebook\n" * 200)
    assert_failed_cleanly(run("owed", db=other), 1, "is it a Thankful notebook?")
    assert other.read_text() == "# not a notebook\n" * 200
    assert_failed_cleanly(run("owed", db=tmp_path), 1, "is a folder")


# --- the web page: the same inputs are 4xx pages ---------------------------------------------------

@pytest.fixture
def client(notebook):
    with owner_client(create_app(notebook)) as c:
        yield c


def _csrf(client) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").text).group(1)


@pytest.mark.parametrize("method, path, data, status", [
    ("get", "/notes/99999999999999999999", None, 404),
    ("get", "/people/99999999999999999999", None, 404),
    ("get", "/notes/99999999999999999999/send", None, 404),
    ("get", "/notes/99999999999999999999/eml", None, 404),
    ("post", "/notes/99999999999999999999/save", {"body": "Hi"}, 404),
    ("post", "/notes/99999999999999999999/sent", {}, 404),
    ("get", "/notes?show=99999999999999999999999", None, 200),
    ("get", "/notes/1?variant=99999999999999999999", None, 200),
    ("get", "/print?note=99999999999999999999", None, 404),
    ("get", "/journal?since=9999-12-31", None, 400),
    ("post", "/capture", {"kind": "gift", "from": "X", "on": "9999-12-31"}, 400),
    ("post", "/capture", {"kind": "gift", "from": "X", "on": "in 999999999 days"}, 400),
    ("post", "/capture", {"kind": "gift", "from": "X", "on": "   ", "due": "2026-11-01"}, 400),
    ("post", "/capture", {"kind": "donation", "from": "X", "amount": "inf"}, 400),
    ("post", "/capture", {"kind": "donation", "from": "X", "amount": "1e400"}, 400),
    ("post", "/capture", {"kind": "donation", "from": "X", "amount": "1,50"}, 400),
    ("post", "/capture", {"kind": "gift", "from": "#4"}, 400),
    ("post", "/capture", {"kind": "gift", "from": "X\x1b[2J"}, 400),
    ("post", "/notes/1/sent", {"on": "2026-11-01"}, 400),
    ("post", "/notes/1/sent", {"on": "9999-12-31"}, 400),
    ("post", "/notes/1/sent", {"via": "pigeon"}, 400),
    ("post", "/notes/1/answer", {"ans-amount": "inf", "body": ""}, 400),
    ("post", "/notes/1/answer", {"ans-nonsense": "x", "body": ""}, 400),
    ("post", "/notes/1/tone", {"tone": "sarcastic"}, 400),
    ("post", "/notes/1/save", {"body": "Hi\x00there"}, 400),
    ("post", "/notes/1/save", {"body": "Hi", "subject": "a\r\nBcc: eve@example.org"}, 303),
    ("post", "/people", {"name": "#4"}, 400),
    ("post", "/people", {"name": "may lee"}, 400),
    ("post", "/people/1", {"name": "Ravi", "relationship": "nemesis"}, 400),
    ("post", "/stationery", {"box": "-5 cards"}, 400),
    ("post", "/settings", {"smtp.port": "abc"}, 400),
    ("post", "/print", {"note": "1", "what": "cards", "fmt": "nonsense", "font": "x", "start": "1"}, 400),
])
def test_the_web_page_answers_bad_input_with_a_page(client, notebook, method, path, data, status):
    before = export_of(notebook)
    if method == "get":
        r = client.get(path)
    else:
        r = client.post(path, data={"csrf_token": _csrf(client), **(data or {})})
    assert r.status_code == status, (r.status_code, r.text[:500])
    assert "Traceback" not in r.text
    if status >= 400:
        assert "<h1>" in r.text  # a page in the app's look
        assert export_of(notebook) == before


def test_a_subject_is_one_line_whatever_the_form_sends(client, notebook):
    client.post("/notes/1/save", data={"csrf_token": _csrf(client), "body": "Hi", "subject": "a\r\nBcc: eve@x.org"})
    with open_notebook(notebook) as nb:
        assert nb.notes.get(1).subject == "a Bcc: eve@x.org"


@pytest.mark.parametrize("text, words", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"format": "thankful-notebook", "version": 1, "tables": {"people": [{"id": 1, "name": "\\ud800"}]}}',
     "not UTF-8"),
    ("\xff\xfe", "not UTF-8 text"),
])
def test_hostile_imports_are_400_pages(tmp_path, text, words):
    with owner_client(create_app(tmp_path / "fresh.db")) as client:
        body = text.encode("latin-1") if text.startswith("\xff") else text.encode("utf-8")
        r = client.post("/import", data={"csrf_token": _csrf(client)}, files={"file": ("x.json", body)})
        assert r.status_code == 400 and words in r.text


def test_a_bad_today_is_a_page_too(notebook, monkeypatch):
    app = create_app(notebook)
    with owner_client(app) as client:
        monkeypatch.setenv("THANKFUL_TODAY", "0001-01-01")
        r = client.get("/notes")
        assert r.status_code == 400 and "out of range" in r.text


def test_a_device_or_a_pipe_is_not_a_notebook(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # reading it would wait forever
    for path in (fifo, Path("/dev/null")):
        assert_failed_cleanly(run("owed", db=path), 1, "is not a file (a device, a pipe or a socket)")
    assert stat_is_fifo(fifo)


def stat_is_fifo(path: Path) -> bool:
    import stat

    return stat.S_ISFIFO(os.stat(path).st_mode)
