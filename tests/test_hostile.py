"""A small hostile sweep, kept in the suite so what the big one found stays fixed: odd values in every slot of
the everyday commands and forms. Whatever happens, no traceback and no 'something went wrong'; a failure is
one line (a 4xx page) and leaves the notebook's export as it was."""

from __future__ import annotations

import re
import shutil
from urllib.parse import quote

import pytest

from conftest import owner_client
from thankful.store import open_notebook
from thankful.web import create_app

ODD = ["", "   ", "-1", "0", "99999999999999999999", "1e400", "nan", "#0", "#99", "1,50", "2026-02-30", "9999-12-31",
       "\x1b[2J", "\udc80", "x" * 5000, "e\u0301", "\u202e", "³", "é", "a\r\nSet-Cookie: x=1"]
COMMANDS = [
    ["add", "gift", "--from", "{v}"], ["add", "{v}", "--from", "X"], ["add", "gift", "--from", "X", "--on", "{v}"],
    ["add", "gift", "--from", "X", "--due", "{v}"], ["add", "donation", "--from", "X", "--amount", "{v}"],
    ["add", "gift", "--from", "X", "--what", "{v}"], ["show", "{v}"], ["sent", "1", "--on", "{v}"],
    ["skip", "1", "--why", "{v}"], ["people", "add", "{v}"], ["people", "edit", "May Lee", "--rename", "{v}"],
    ["people", "edit", "May Lee", "--email", "{v}"], ["draft", "1", "--yes", "--tone", "{v}"],
    ["today", "{v}", "--thank", "May Lee"], ["today", "A kind word", "--thank", "{v}"], ["journal", "--since", "{v}"],
    ["stationery", "add", "{v}"], ["stationery", "use", "{v}"], ["config", "set", "smtp.port", "{v}"],
    ["config", "set", "sign", "{v}"], ["--today", "{v}", "stats"],
]


def _export(db) -> str:
    with open_notebook(db) as nb:
        return nb.export_text()


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    from thankful.cli import main

    db = tmp_path_factory.mktemp("hostile") / "base.db"
    for args in (["add", "gift", "--from", "May Lee", "--what", "a scarf", "--on", "2026-11-20"],
                 ["draft", "1", "--yes"], ["stationery", "add", "10 A2 cards"]):
        assert main(["--db", str(db), "--today", "2026-11-26", *args]) == 0
    return db


@pytest.mark.parametrize("template", COMMANDS, ids=[" ".join(t) for t in COMMANDS])
def test_odd_values_on_the_command_line(base, tmp_path, cli, template):
    for value in ODD:
        db = tmp_path / "notebook.db"
        shutil.copy(base, db)
        before = _export(db)
        args = [part.replace("{v}", value) for part in template]
        code, out, err = cli("--db", str(db), *args)
        assert code in (0, 1, 2), (args, code)
        assert "Traceback" not in err and "something went wrong" not in err, (args, err)
        if code:
            assert len(err.strip().splitlines()) == 1, (args, err)
            assert _export(db) == before, (args, err)


FORMS = {
    "/capture": ["kind", "from", "on", "due", "amount", "what", "email", "tone", "channel"],
    "/notes/1/save": ["body", "subject", "version"],
    "/notes/1/sent": ["on", "via", "body"],
    "/notes/1/skip": ["why"],
    "/notes/1/answer": ["ans-use", "ans-amount", "ans-nonsense"],
    "/notes/1/tone": ["tone"],
    "/people": ["name", "email", "call", "relationship"],
    "/people/1": ["name", "email", "address"],
    "/journal": ["text", "thank"],
    "/stationery": ["box"],
    "/settings": ["sign", "smtp.port", "smtp.from", "return.address"],
    "/print": ["note", "what", "fmt", "font", "start"],
}
BASE_FORM = {"kind": "gift", "from": "Ravi", "body": "Dear May, thank you.", "tone": "warm", "why": "in person",
             "name": "Zed", "text": "A kind word", "box": "3 cards", "what": "guide", "note": "1", "fmt": "a2-folded",
             "font": "kalam", "start": "1", "ans-use": "walks"}


@pytest.mark.parametrize("path", list(FORMS))
def test_odd_values_in_every_form(base, tmp_path, path):
    db = tmp_path / "notebook.db"
    shutil.copy(base, db)
    with owner_client(create_app(db)) as client:  # raises any exception the app does not turn into a page
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").text).group(1)
        for field in FORMS[path]:
            for value in ODD:
                if "\udc80" in value:
                    continue  # a browser cannot send a lone surrogate: forms arrive as UTF-8
                before = _export(db)
                r = client.post(path, data={**BASE_FORM, "csrf_token": csrf, field: value})
                assert r.status_code < 500, (path, field, value, r.text[:300])
                if r.status_code >= 400:
                    assert _export(db) == before, (path, field, value)


@pytest.mark.parametrize("query", ["status={v}", "kind={v}", "q={v}", "show={v}", "variant={v}", "note={v}",
                                   "since={v}", "next={v}"])
def test_odd_values_in_every_address(base, tmp_path, query):
    db = tmp_path / "notebook.db"
    shutil.copy(base, db)
    with owner_client(create_app(db)) as client:
        for page in ("/", "/notes", "/notes/1", "/print", "/journal", "/people", "/capture", "/login", "/stats"):
            for value in ODD:
                if "\udc80" in value:
                    continue
                r = client.get(f"{page}?{query.replace('{v}', quote(value))}")
                assert r.status_code < 500, (page, query, value)
