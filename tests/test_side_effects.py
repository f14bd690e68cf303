"""A failed command changes nothing: Message-IDs, calendar ids, card counts, tones, answers and signatures are
kept only once the message, the file or the draft is done. Each test compares the notebook's export before
and after."""

from __future__ import annotations

import re

import pytest

from conftest import owner_client
from failing import assert_failed_cleanly, run
from thankful.store import open_notebook
from thankful.web import create_app


def export_of(db) -> str:
    with open_notebook(db) as nb:
        return nb.export_text()


@pytest.fixture
def notebook(tmp_path):
    db = tmp_path / "notebook.db"
    for args in (["add", "interview", "--from", "Dana Whitfield", "--role", "analyst", "--on", "2026-11-20"],
                 ["people", "edit", "Dana Whitfield", "--email", "dana@example.org", "--address", "1 Elm St"],
                 ["draft", "1", "--yes"], ["stationery", "add", "10 A2 cards"]):
        result = run(*args, db=db)
        assert result.returncode == 0, result.stderr
    return db


@pytest.mark.parametrize("args, words", [
    (["eml", "1", "-o", "{missing}/x.eml"], "no folder"),
    (["calendar", "-o", "{missing}/c.ics"], "no folder"),
    (["print", "1", "-o", "{missing}/x.pdf"], "no folder"),
    (["stats", "--chart", "{missing}/s.png"], "no folder"),
    (["export", "{missing}/x.json"], "no folder"),
    (["doctor", "--salvage", "{missing}/x.json"], "no folder"),
    (["today", "Dana helped", "--thank", "#99"], "no person #99"),
    (["people", "edit", "Dana Whitfield", "--rename", "Ravi", "--email", "not an address"], "not valid"),
    (["remind", "--email"], "no mail server is set"),
])
def test_a_failed_command_leaves_the_notebook_as_it_was(notebook, tmp_path, args, words):
    """({missing} is a folder that does not exist, as /nonexistent in the hostile run.)"""
    before = export_of(notebook)
    args = [a.replace("{missing}", str(tmp_path / "missing")) for a in args]
    result = run(*args, db=notebook, env={"THANKFUL_SMTP_HOST": "", "THANKFUL_FROM": ""})
    assert_failed_cleanly(result, result.returncode, words)
    assert result.returncode in (1, 2)
    assert export_of(notebook) == before


def test_the_message_id_and_calendar_id_are_kept_once_the_file_is_written(notebook, tmp_path):
    assert run("eml", "1", "-o", str(tmp_path / "x.eml"), db=notebook).returncode == 0
    assert run("calendar", "-o", str(tmp_path / "c.ics"), db=notebook).returncode == 0
    with open_notebook(notebook) as nb:
        message_id = nb.notes.get(1).message_id
        assert message_id and message_id in (tmp_path / "x.eml").read_text()
        assert nb.settings.get("calendar.uid") in (tmp_path / "c.ics").read_text()


def test_a_draft_not_saved_keeps_nothing_it_was_written_with(tmp_path):
    db = tmp_path / "notebook.db"
    assert run("add", "gift", "--from", "May Lee", "--what", "a scarf", db=db).returncode == 0
    before = export_of(db)
    # the signature, compose's questions (how the scarf is used; a detail, skipped), then: edit it? no; save it? no
    answers = "Sam\nI wear it every day\n\nn\nn\n"
    result = run("draft", "1", "--tone", "playful", db=db, stdin=answers)
    assert result.returncode == 0 and "I wear it every day" in result.stdout and "Nothing saved." in result.stdout
    assert export_of(db) == before  # not the tone, not the answers, not the signature


def test_a_draft_saved_keeps_its_tone_answers_and_signature_with_it(tmp_path):
    db = tmp_path / "notebook.db"
    assert run("add", "gift", "--from", "May Lee", "--what", "a scarf", db=db).returncode == 0
    answers = "Sam\nI wear it every day\n\nn\ny\n"
    result = run("draft", "1", "--tone", "playful", db=db, stdin=answers)
    assert result.returncode == 0 and "Saved the draft of note #1" in result.stdout
    with open_notebook(db) as nb:
        assert nb.moments.get(1).tone == "playful" and nb.settings.get("sign") == "Sam"
        assert nb.moments.get(1).fact("use") == "I wear it every day"
        assert nb.notes.get(1).status == "drafted" and nb.notes.get(1).body.rstrip().endswith("Sam")


# --- the web page ----------------------------------------------------------------------------------

@pytest.fixture
def client(notebook):
    with owner_client(create_app(notebook)) as c:
        yield c


def _post(client, path: str, data: dict):
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").text).group(1)
    return client.post(path, data={"csrf_token": csrf, **data})


@pytest.mark.parametrize("path, data", [
    ("/notes/1/sent", {"body": "My own words, sent.", "original": "x", "on": "2026-11-01"}),  # before its moment
    ("/notes/1/sent", {"body": "My own words, sent.", "original": "x", "via": "pigeon"}),
    ("/notes/1/answer", {"ans-topic": "data", "ans-amount": "1,50", "body": "My own words.", "original": "x"}),
    ("/notes/1/tone", {"tone": "romantic", "body": "My own words.", "original": "x"}),
    ("/capture", {"kind": "gift", "from": "Ravi", "email": "ravi@example.org, eve@example.org"}),
    ("/capture", {"kind": "gift", "from": "Ravi", "due": "2026-01-01", "on": "2026-11-20"}),
    ("/journal", {"text": "Ravi helped", "thank": "#99"}),
    ("/stationery", {"box": "-5 cards"}),
    ("/settings", {"sign": "Sam", "smtp.port": "abc"}),
])
def test_a_failed_form_leaves_the_notebook_as_it_was(client, notebook, path, data):
    before = export_of(notebook)
    r = _post(client, path, data)
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    assert export_of(notebook) == before
