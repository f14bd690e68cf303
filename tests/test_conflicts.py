"""Conditional saves: a draft is saved only if the person's own wording did not change underneath it (the
note's version). The editor race the hostile run found (the web page saving while `thankful draft N --yes`
runs) never loses the person's words, and neither does $EDITOR while the web page saves."""

from __future__ import annotations

import html
import os
import random
import re
import subprocess
import sys
import time

import pytest

from conftest import THANKFUL, TODAY, owner_client
from failing import assert_one_line, run
from thankful.domain.errors import Conflict
from thankful.store import open_notebook
from thankful.usecases import capture, drafting
from thankful.web import create_app

MINE = "Dear May,\n\nThe green scarf kept me warm on every walk this week.\n\nSam"


@pytest.fixture
def note(nb):
    _, notes = capture.record_moment(nb, "gift", ["May Lee"], {"what": "a scarf"}, today=TODAY)
    return notes[0]


# --- the version and the rules ---------------------------------------------------------------------

def test_the_version_moves_with_the_text_the_edited_mark_and_the_status(nb, note):
    first = nb.notes.get(note.id).version
    drafting.save_text(nb, note.id, "First words.", "", edited=False, version=first)
    second = nb.notes.get(note.id).version
    assert second != first
    drafting.save_text(nb, note.id, "First words.", "", edited=False, version=second)  # nothing changed
    assert nb.notes.get(note.id).version == second
    with nb.transaction():
        nb.notes.update(note.id, printed_on="2026-11-26")  # not the words: no new version
    assert nb.notes.get(note.id).version == second
    with nb.transaction():
        nb.notes.update(note.id, status="skipped")
    assert nb.notes.get(note.id).version not in (first, second)


def test_an_undo_puts_the_version_back_with_the_words(nb, note):
    first = nb.notes.get(note.id).version
    with nb.change("edit the words"):
        drafting.save_text(nb, note.id, MINE, "", edited=True, version=first)
    assert nb.notes.get(note.id).version != first
    nb.undo()
    assert nb.notes.get(note.id).version == first


def test_a_stale_save_never_replaces_the_persons_own_words(nb, note):
    opened = nb.notes.get(note.id).version
    drafting.save_text(nb, note.id, MINE, "", edited=True, version=opened)  # typed in one window
    with pytest.raises(Conflict, match="changed since it was opened"):
        drafting.save_draft(nb, note.id, "A fresh draft.", "", edited=False, version=opened)  # read before that
    saved = nb.notes.get(note.id)
    assert (saved.body, saved.edited) == (MINE, True)


def test_a_stale_save_may_replace_a_draft_nobody_typed(nb, note):
    opened = nb.notes.get(note.id).version
    drafting.save_draft(nb, note.id, "A machine's draft.", "", edited=False, version=opened)
    drafting.save_text(nb, note.id, MINE, "", edited=True, version=opened)  # the person's words win over it
    assert nb.notes.get(note.id).body == MINE


def test_saving_the_same_words_again_is_no_conflict(nb, note):
    opened = nb.notes.get(note.id).version
    drafting.save_text(nb, note.id, MINE, "", edited=True, version=opened)
    drafting.save_text(nb, note.id, MINE, "", edited=True, version=opened)  # a second click on Save
    assert nb.notes.get(note.id).body == MINE


# --- the web editor --------------------------------------------------------------------------------

def _editor(client, note_id: int) -> dict:
    page = client.get(f"/notes/{note_id}").text
    field = {name: html.unescape(re.search(rf'name="{name}" value="([^"]*)"', page).group(1))
             for name in ("csrf_token", "original", "version")}
    return field


def test_two_windows_the_second_save_shows_its_words_instead_of_losing_either(db_path):
    with owner_client(create_app(db_path)) as client:
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").text).group(1)
        client.post("/capture", data={"csrf_token": csrf, "kind": "gift", "from": "May Lee", "what": "a scarf"})
        first, second = _editor(client, 1), _editor(client, 1)  # the same note open twice
        r = client.post("/notes/1/save", data={**first, "body": MINE, "subject": ""})
        assert r.status_code == 303
        theirs = "Dear May,\n\nThank you for the scarf, typed in the other window.\n\nSam"
        r = client.post("/notes/1/save", data={**second, "body": theirs, "subject": ""})
        assert r.status_code == 409
        assert "changed since it was opened" in r.text and "not saved yet" in r.text
        assert html.escape(theirs) in r.text  # the words typed, in the text box
        assert "The green scarf kept me warm" in r.text           # and what the note holds now
        with open_notebook(db_path) as nb:
            assert nb.notes.get(1).body == MINE
        again = re.search(r'name="version" value="(\d+)"', r.text).group(1)
        r = client.post("/notes/1/save", data={**second, "version": again, "body": theirs, "subject": ""})
        assert r.status_code == 303  # saving again, knowingly, keeps the second window's words
        with open_notebook(db_path) as nb:
            assert nb.notes.get(1).body == theirs


def test_the_web_save_racing_thankful_draft_never_loses_the_words(db_path):
    """The hostile run's race, 40 times: the page saves the person's words while `thankful draft N --yes`
    drafts the same note in another process. Whoever comes second, the words are kept and nobody is told
    something untrue."""
    trials = 40
    with open_notebook(db_path) as nb:
        for i in range(trials):
            capture.record_moment(nb, "gift", [f"Friend {i}"], {"what": "a scarf"}, today=TODAY)
    rng = random.Random(12)
    outcomes = set()
    with owner_client(create_app(db_path)) as client:
        for note_id in range(1, trials + 1):
            fields = _editor(client, note_id)
            words = f"{MINE} ({note_id})"
            drafting_now = subprocess.Popen([THANKFUL, "draft", str(note_id), "--yes"], stdout=subprocess.PIPE,
                                            stderr=subprocess.PIPE, text=True, env={**os.environ})
            time.sleep(rng.uniform(0, 0.8))  # vary which comes first; nothing here is timed
            r = client.post(f"/notes/{note_id}/save", data={**fields, "body": words, "subject": ""})
            out, err = drafting_now.communicate(timeout=60)
            with open_notebook(db_path) as nb:
                saved = nb.notes.get(note_id)
            assert r.status_code in (303, 409), r.text[:300]
            if r.status_code == 303:  # the page said "Draft saved.": so it is, and stays the person's
                assert (saved.body, saved.edited) == (words, True), (note_id, out, err)
            else:  # the page kept the words on screen, and said so
                assert html.escape(words) in r.text and "not saved yet" in r.text
            if drafting_now.returncode != 0:
                assert_one_line(err, "changed since it was opened", f"thankful draft {note_id}")
            outcomes.add((r.status_code, drafting_now.returncode))
    assert outcomes <= {(303, 0), (303, 1), (409, 0)}


# --- $EDITOR while the web page saves ----------------------------------------------------------------

EDITOR = '''
import sys
import time
from thankful.store import open_notebook
from thankful.usecases import drafting

# while the person types in their editor, the web page saves other words to the same note
with open_notebook() as nb:
    drafting.save_text(nb, 1, "Words saved from the web page meanwhile.", "", edited=True,
                       version=nb.notes.get(1).version)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("Dear May, the words I typed in my editor.\\n\\nSam\\n")
'''


def test_words_typed_in_the_editor_are_shown_when_they_cannot_be_saved(tmp_path):
    db = tmp_path / "notebook.db"
    run("config", "set", "sign", "Sam", db=db)
    run("add", "gift", "--from", "May Lee", "--what", "a scarf", "--use", "wear it on walks", "--detail", "green",
        db=db)
    script = tmp_path / "editor.py"
    script.write_text(EDITOR)
    result = run("draft", "1", db=db, stdin="y\ny\n", env={"EDITOR": f"{sys.executable} {script}", "VISUAL": ""})
    assert result.returncode == 1
    assert "Your text for note #1, not saved:" in result.stdout
    assert "the words I typed in my editor" in result.stdout
    assert_one_line(result.stderr, "changed since it was opened", "thankful draft 1")
    with open_notebook(db) as nb:
        assert nb.notes.get(1).body == "Words saved from the web page meanwhile."


def test_a_note_marked_sent_meanwhile_keeps_the_typed_words_on_screen(db_path):
    with owner_client(create_app(db_path)) as client:
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").text).group(1)
        client.post("/capture", data={"csrf_token": csrf, "kind": "gift", "from": "May Lee", "what": "a scarf"})
        fields = _editor(client, 1)
        assert run("sent", "1", db=db_path).returncode == 0  # marked sent from the command line meanwhile
        r = client.post("/notes/1/save", data={**fields, "body": MINE, "subject": ""})
        assert r.status_code == 409 and "marked sent since it was opened" in r.text
        assert html.escape(MINE) in r.text
