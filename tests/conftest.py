"""Shared fixtures: every test gets its own notebook file and a fixed date."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

TODAY = date(2026, 11, 26)  # a Thursday
THANKFUL = str(Path(sys.executable).with_name("thankful"))


@pytest.fixture(autouse=True)
def llm_user_path(tmp_path, monkeypatch):
    """llm (the polish's optional library) keeps its settings and keys in a folder of the test's own, never
    the person's."""
    monkeypatch.setenv("LLM_USER_PATH", str(tmp_path / "llm"))
    for name in ("OPENAI_API_KEY", "THANKFUL_POLISH_MODEL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def db_path(tmp_path, monkeypatch) -> Path:
    """A fresh notebook path, also set as THANKFUL_DB, with THANKFUL_TODAY fixed."""
    path = tmp_path / "notebook.db"
    monkeypatch.setenv("THANKFUL_DB", str(path))
    monkeypatch.setenv("THANKFUL_TODAY", TODAY.isoformat())
    return path


@pytest.fixture
def nb(db_path):
    from thankful.store import open_notebook

    notebook = open_notebook(db_path)
    yield notebook
    notebook.close()


@pytest.fixture
def cli(db_path, capsys):
    """Run `thankful ARGS` in-process; returns (exit code, stdout, stderr)."""
    from thankful.cli import main

    def run(*args: str, stdin: str | None = None, monkeypatch=None):
        if stdin is not None:
            import io

            sys.stdin = io.StringIO(stdin)
        try:
            code = main(list(args))
        except SystemExit as e:  # argparse usage errors
            code = e.code
        finally:
            sys.stdin = sys.__stdin__
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def run_thankful(db_path):
    """Run the installed `thankful` as a subprocess in the test's notebook."""

    def run(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
        full_env = {**os.environ, **(env or {})}
        return subprocess.run([THANKFUL, *args], input=stdin, capture_output=True, text=True, env=full_env,
                              timeout=120)

    return run


@contextmanager
def own_data_folder(monkeypatch, folder: Path):
    """Point THANKFUL_DATA at `folder` for the rest of a test, forgetting the data files read so far."""
    from thankful.domain import data

    monkeypatch.setenv("THANKFUL_DATA", str(folder))
    data.folders.cache_clear()
    data.toml.cache_clear()
    try:
        yield
    finally:
        monkeypatch.delenv("THANKFUL_DATA")
        data.folders.cache_clear()
        data.toml.cache_clear()


PAGE = "http://127.0.0.1:8765"  # where `thankful serve` listens by default: a name the page answers to


@contextmanager
def owner_client(app, base_url: str = PAGE, **kwargs):
    """A browser of the notebook's owner: it opens the address `thankful serve` prints (with its token, when
    there is no password) and keeps the cookie that gives. Redirects are not followed (tests look at them)."""
    from starlette.testclient import TestClient

    with TestClient(app, base_url=base_url, follow_redirects=False, **kwargs) as client:
        token = app.state.web.token
        if token:
            opened = client.get(f"/?token={token}")
            assert opened.status_code == 303 and "token" not in opened.headers["location"]
        yield client


@pytest.fixture
def client(db_path):
    """The web page as its owner sees it, in process (a test module may define its own)."""
    from thankful.web import create_app

    with owner_client(create_app(db_path)) as c:
        yield c


def csrf_of(client, path: str = "/") -> str:
    """The form token a page at `path` carries, as the browser would send it back."""
    import re

    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text).group(1)


@contextmanager
def served(make_app):
    """The app `make_app(port)` gives, served by uvicorn on 127.0.0.1 at a free port in a background thread,
    as `thankful serve` serves it: yields (app, port), and stops it afterwards."""
    import threading
    import time

    import uvicorn

    from thankful.cli.web import listen

    sock = listen("127.0.0.1", 0)
    port = sock.getsockname()[1]
    app = make_app(port)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(400):  # waiting for start-up, not timing anything
        if server.started:
            break
        time.sleep(0.025)
    assert server.started, "the web app did not start"
    try:
        yield app, port
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
