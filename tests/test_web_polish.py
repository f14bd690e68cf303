"""The editor's Polish button and the Settings page's word on the model (docs/polish.md), with a fake model
registered in-process through llm's plugin API (tests/polish_fakes.py)."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

from conftest import owner_client
from polish_fakes import LocalModel, QueuedModel, registered
from test_polish import DRAFT, FACTS
from test_web_routes import post
from thankful.store import open_notebook
from thankful.usecases import capture, drafting, polishing
from thankful.web import create_app

TODAY = date(2026, 11, 26)
POLISHED = DRAFT.replace("My plan is to wear it", "I'll wear it")


@pytest.fixture
def fake():
    model = QueuedModel()
    with registered(model, LocalModel()):
        yield model


def _notebook(db_path, model: str | None = "fake-polish") -> int:
    nb = open_notebook(db_path)
    try:
        with nb.transaction():
            nb.settings.set("sign", "Sam")
            if model:
                nb.settings.set("polish.model", model)
        capture.add_person(nb, "May Lee", call="Aunt May", relationship="family", today=TODAY)
        _, notes = capture.record_moment(nb, "gift", ["May Lee"], dict(FACTS), on=date(2026, 11, 20), today=TODAY)
        drafting.save_draft(nb, notes[0].id, DRAFT, "", edited=False, version=notes[0].version)
        return notes[0].id
    finally:
        nb.close()


@pytest.fixture
def client(db_path, fake):
    _notebook(db_path)
    with owner_client(create_app(db_path)) as c:
        yield c


def _form(page: str) -> dict:
    """The editor form's fields as the browser sends them."""
    found = dict(re.findall(r'<input type="hidden" name="(original|version|variant|subject|polished|draft)" '
                            r'value="([^"]*)"', page))
    found = {k: html.unescape(v) for k, v in found.items()}
    found["body"] = html.unescape(re.search(r'<textarea id="body"[^>]*>(.*?)</textarea>', page, re.S).group(1))
    return found


def _saved(db_path) -> str:
    nb = open_notebook(db_path)
    try:
        return nb.notes.get(1).body
    finally:
        nb.close()


def test_the_polish_button_is_shown_with_a_model(client):
    page = client.get("/notes/1").text
    assert 'formaction="/notes/1/polish"' in page and ">Polish</button>" in page
    assert "leave this computer" in page  # the fake is no local plugin's: a cloud model


def test_the_polish_button_is_absent_without_llm(client, monkeypatch):
    monkeypatch.setattr(polishing, "installed", lambda: False)
    page = client.get("/notes/1").text
    assert "/polish" not in page and ">Polish</button>" not in page


def test_the_polish_button_is_absent_without_a_usable_model(db_path):
    _notebook(db_path, model=None)  # llm's default model: OpenAI's, and no key in the test's llm folder
    with owner_client(create_app(db_path)) as c:
        page = c.get("/notes/1").text
    assert ">Polish</button>" not in page


def test_a_click_shows_the_polish_beside_the_draft_and_saves_nothing(client, db_path, fake):
    fake.enqueue(POLISHED)
    page = client.get("/notes/1").text
    r = post(client, "/notes/1/polish", _form(page))
    assert r.status_code == 200
    assert "Polished by fake-polish" in r.text and "<ins>I&#39;ll </ins>" in r.text and "<del>" in r.text
    assert _form(r.text)["polished"] == POLISHED and _form(r.text)["body"] == DRAFT
    assert fake.prompts and _saved(db_path) == DRAFT  # sent only on the click, saved never on its own


def test_taking_the_polish_saves_it_as_the_draft(client, db_path, fake):
    fake.enqueue(POLISHED)
    shown = post(client, "/notes/1/polish", _form(client.get("/notes/1").text)).text
    r = post(client, "/notes/1/polish/take", _form(shown))
    assert r.status_code == 303 and r.headers["location"] == "/notes/1"
    assert _saved(db_path) == POLISHED


def test_a_refused_polish_shows_the_reasons_and_the_draft_stays(client, db_path, fake):
    fake.enqueue(POLISHED.replace("walks to work", "walks to work in Boston"))
    r = post(client, "/notes/1/polish", _form(client.get("/notes/1").text))
    assert r.status_code == 200 and "was refused" in r.text and "Boston" in r.text
    assert 'name="polished"' not in r.text and _saved(db_path) == DRAFT


def test_a_model_error_is_one_line_and_the_typed_words_stay(client, db_path, fake):
    fake.enqueue(RuntimeError("the server went away"))
    form = _form(client.get("/notes/1").text)
    form["body"] = DRAFT.replace("Fondly", "Warmly")
    r = post(client, "/notes/1/polish", form)
    assert r.status_code == 200 and "Not polished: the model fake-polish failed: the server went away" in r.text
    assert _form(r.text)["body"] == form["body"] and _saved(db_path) == DRAFT


def test_settings_say_which_model_and_whether_the_facts_leave(client, db_path):
    page = client.get("/settings").text
    assert "fake-polish" in page and "leave this computer" in page
    nb = open_notebook(db_path)
    with nb.transaction():
        nb.settings.set("polish.model", "fake-local")
    nb.close()
    page = client.get("/settings").text
    assert "fake-local" in page and "nothing leaves it" in page


def test_settings_without_llm_say_how_to_install_it(client, monkeypatch):
    monkeypatch.setattr(polishing, "installed", lambda: False)
    assert "pip install &#39;thankful[ai]&#39;" in client.get("/settings").text

