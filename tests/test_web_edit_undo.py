"""Changing your mind on the web page (Starlette's TestClient): edit, delete after a confirmation, reopen,
"Undo" offered after every change, the recent changes, and the editor never losing what was typed."""

from __future__ import annotations

import html
import re

from starlette.testclient import TestClient  # noqa: F401 (types in the helpers)

from conftest import TODAY, csrf_of
from thankful.store import open_notebook
from thankful.usecases import capture, drafting, journal
from thankful.web import core as web_core

MINE = "Dear Aunt May,\n\nI wore it to the lake on Sunday and thought of you all day.\n\nSam"


def token(client: TestClient) -> str:
    return csrf_of(client)


def post(client: TestClient, url: str, data: dict | None = None):
    return client.post(url, data={"csrf_token": token(client), **(data or {})})


def export(db_path) -> str:
    with open_notebook(db_path) as nb:
        return nb.export_text()


def note(db_path, note_id: int = 1):
    with open_notebook(db_path) as nb:
        return nb.notes.get(note_id)


def add_gift(client) -> None:
    r = post(client, "/capture", {"kind": "gift", "from": "May Lee", "what": "a hand-knitted scarf",
                                  "occasion": "birthday", "on": "2026-11-20", "detail": "the deep green"})
    assert r.status_code == 303 and r.headers["location"] == "/notes/1"


def textarea(page: str) -> str:
    return html.unescape(re.search(r'<textarea id="body"[^>]*>(.*?)</textarea>', page, re.S).group(1))


def undo_offer(page: str) -> tuple[str, str] | None:
    """(change, label) of the "Undo" a page offers, or None."""
    found = re.search(r'<form method="post" action="/undo" class="undo-offer".*?name="change" value="(\d+)".*?'
                      r"<p>Done: (.*?)\. <button", page, re.S)
    return (found.group(1), html.unescape(found.group(2))) if found else None


# --- undo offered after every change --------------------------------------------------------------

def test_a_change_offers_undo_on_the_next_pages_and_undo_takes_it_back(client, db_path):
    before = export(db_path)
    add_gift(client)
    page = client.get("/notes/1").text
    change, label = undo_offer(page)
    assert label == "add gift for May Lee"
    assert undo_offer(client.get("/people").text) == (change, label)  # for a while, on every page
    r = post(client, "/undo", {"change": change, "next": "/notes/1"})
    assert r.status_code == 303 and r.headers["location"] == "/notes"  # the note it was on is gone
    assert export(db_path) == before
    page = client.get("/notes").text
    assert "Undid: add gift for May Lee." in page and undo_offer(page) is None


def test_the_offer_ends_after_a_while(client, monkeypatch):
    add_gift(client)
    assert undo_offer(client.get("/").text)
    later = web_core.time.time() + web_core.UNDO_OFFERED_FOR + 1
    monkeypatch.setattr(web_core.time, "time", lambda: later)
    assert undo_offer(client.get("/").text) is None
    assert "Undo: add gift for May Lee" in client.get("/changes").text  # still undoable from the list


def test_the_offer_ends_when_another_change_comes_first(client, db_path):
    add_gift(client)
    with open_notebook(db_path) as nb:  # from the command line, meanwhile
        capture.add_person(nb, "Ravi", today=TODAY)
    assert undo_offer(client.get("/").text) is None


def test_undoing_a_change_that_is_not_the_newest_is_refused(client, db_path):
    add_gift(client)
    change, _ = undo_offer(client.get("/").text)
    with open_notebook(db_path) as nb:
        capture.add_person(nb, "Ravi", today=TODAY)
    r = post(client, "/undo", {"change": change})
    assert r.status_code == 409 and "a later change (add person Ravi) was made since" in html.unescape(r.text)
    assert 'href="/changes"' in r.text
    assert note(db_path).status == "owed"


def test_the_first_web_change_of_a_day_backs_the_notebook_up(client, db_path):
    add_gift(client)  # into an empty notebook: nothing to keep yet
    backups = db_path.parent / "backups"
    assert not backups.exists()
    post(client, "/notes/1/skip", {"why": "thanked in person"})
    assert [p.name for p in backups.iterdir()] == [f"notebook-{TODAY.isoformat()}.db"]


def test_nothing_to_undo_is_a_page(client):
    r = post(client, "/undo")
    assert r.status_code == 404 and "there is nothing to undo" in r.text


def test_the_recent_changes_page_lists_and_undoes(client, db_path):
    add_gift(client)
    post(client, "/notes/1/skip", {"why": "thanked in person"})
    page = html.unescape(client.get("/changes").text)
    assert page.index("skip #1") < page.index("add gift for May Lee")
    assert "Undo: skip #1" in page
    post(client, "/undo", {"next": "/changes"})
    page = client.get("/changes").text
    assert "Undo: add gift for May Lee" in page and 'class="undone"' in page
    assert note(db_path).status == "owed"


def test_every_web_change_is_one_change_to_undo(client, db_path):
    """Answers redraft the note in the same step: one undo takes back both."""
    add_gift(client)
    before = export(db_path)
    post(client, "/notes/1/answer", {"ans-use": "wear it on my walks", "ans-sign": "Sam", "body": "", "original": ""})
    assert "walks" in note(db_path).body
    post(client, "/undo")
    assert export(db_path) == before


# --- edit -----------------------------------------------------------------------------------------

def test_the_edit_form_shows_what_was_written_down(client):
    add_gift(client)
    assert 'href="/notes/1/edit"' in client.get("/notes/1").text
    page = client.get("/notes/1/edit").text
    assert 'value="a hand-knitted scarf"' in page and 'value="the deep green"' in page
    assert 'name="to" value="May Lee"' in page and 'value="2026-11-20"' in page and 'value="2026-12-04"' in page
    assert 'name="email"' not in page  # an address is changed on the person's page


def test_edit_saves_the_facts_and_redrafts_an_untouched_draft(client, db_path):
    add_gift(client)
    post(client, "/notes/1/save", {"body": textarea(client.get("/notes/1").text),
                                   "original": textarea(client.get("/notes/1").text), "subject": ""})
    before = export(db_path)
    form = {"to": "May Lee", "what": "a green wool scarf", "occasion": "birthday", "detail": "",
            "on": "2026-11-20", "due": "2026-12-04", "channel": "card", "tone": "warm"}
    r = post(client, "/notes/1/edit", form)
    assert r.status_code == 303 and r.headers["location"] == "/notes/1"
    page = html.unescape(client.get("/notes/1").text)
    assert "Saved: detail, what. The draft is rewritten from the new facts." in page
    assert "green wool scarf" in textarea(page)
    with open_notebook(db_path) as nb:
        assert nb.moments.get(1).facts == {"what": "a green wool scarf", "occasion": "birthday"}
    change, label = undo_offer(page)
    assert label == "edit #1"
    post(client, "/undo", {"change": change})
    assert export(db_path) == before


def test_edit_keeps_your_wording_and_shows_a_fresh_draft_beside_it(client, db_path):
    add_gift(client)
    with open_notebook(db_path) as nb:
        drafting.save_text(nb, 1, MINE, "", edited=True)
    form = {"to": "May Lee", "what": "a green wool scarf", "occasion": "birthday", "detail": "the deep green",
            "on": "2026-11-20", "due": "2026-12-04", "channel": "card", "tone": "warm"}
    r = post(client, "/notes/1/edit", form)
    assert r.headers["location"] == "/notes/1?fresh=1"
    page = html.unescape(client.get("/notes/1?fresh=1").text)
    assert "Your own wording is kept; a fresh draft from the new facts is beside it." in page
    assert textarea(page) == MINE
    beside = re.search(r'<div class="prewrap fresh-text">(.*?)</div>', page, re.S).group(1)
    assert "green wool scarf" in beside
    own_kept = export(db_path)
    post(client, "/notes/1/redraft", {"body": MINE, "original": MINE, "variant": "0", "confirm": "yes"})
    assert "green wool scarf" in note(db_path).body and not note(db_path).edited
    post(client, "/undo")
    assert export(db_path) == own_kept and note(db_path).body == MINE


def test_edit_errors_show_on_the_form_with_what_was_typed(client, db_path):
    add_gift(client)
    form = {"to": "May Lee", "what": "a scarf", "occasion": "birthday", "on": "2026-11-20", "due": "2026-11-01",
            "channel": "card", "tone": "warm"}
    r = post(client, "/notes/1/edit", form)
    assert r.status_code == 400 and "before the moment itself" in r.text and 'value="a scarf"' in r.text
    assert note(db_path).due == "2026-12-04"


def test_edit_the_recipient_and_an_unchanged_form_changes_nothing(client, db_path):
    add_gift(client)
    form = {"to": "May Lee", "what": "a hand-knitted scarf", "occasion": "birthday", "detail": "the deep green",
            "on": "2026-11-20", "due": "2026-12-04", "channel": "card", "tone": "warm"}
    r = post(client, "/notes/1/edit", form)
    assert r.status_code == 303 and "Nothing to change" in client.get("/notes/1").text
    post(client, "/notes/1/edit", {**form, "to": "May Lee-Park"})
    assert "May Lee-Park" in client.get("/notes/1").text


# --- delete and reopen ----------------------------------------------------------------------------

def test_delete_a_note_after_a_confirmation_then_undo(client, db_path):
    add_gift(client)
    before = export(db_path)
    page = html.unescape(client.get("/notes/1/delete").text)
    assert "Delete note #1?" in page and "note #1 to May Lee (a hand-knitted scarf, owed)" in page
    assert "its moment #1 (no other note is owed for it)" in page
    assert note(db_path).status == "owed"  # asking deleted nothing
    r = post(client, "/notes/1/delete")
    assert r.status_code == 303 and r.headers["location"] == "/notes"
    assert client.get("/notes/1").status_code == 404
    post(client, "/undo")
    assert export(db_path) == before


def test_delete_a_moment_a_person_and_a_journal_entry(client, db_path):
    post(client, "/capture", {"kind": "favor", "from": "Ravi, Jo March", "what": "a lift"})
    with open_notebook(db_path) as nb:
        journal.write_entry(nb, "Ravi fixed my bike", today=TODAY)
    assert 'href="/moments/1/delete?' in client.get("/notes/1").text  # two notes: the moment can go whole
    assert "Delete moment #1 and its notes?" in client.get("/moments/1/delete").text
    assert 'href="/people/1/delete"' in client.get("/people/1").text
    page = html.unescape(client.get("/people/1/delete").text)
    assert "Delete Ravi?" in page and "their mention in 1 journal entry (the entries stay)" in page
    post(client, "/people/1/delete")
    with open_notebook(db_path) as nb:
        assert [p.name for p in nb.people.all()] == ["Jo March"]
    assert 'href="/journal/1/delete"' in client.get("/journal").text
    post(client, "/journal/1/delete")
    entry = '<p class="prewrap">Ravi fixed my bike</p>'
    assert entry not in client.get("/journal").text
    post(client, "/moments/1/delete")
    assert client.get("/notes/2").status_code == 404
    for _ in range(3):
        post(client, "/undo")
    assert entry in client.get("/journal").text and "Ravi" in client.get("/people").text


def test_reopen_a_sent_note_on_its_page(client, db_path):
    add_gift(client)
    post(client, "/notes/1/sent", {"via": "card", "body": MINE, "original": "x"})
    page = client.get("/notes/1").text
    assert "Reopen it" in page and 'href="/notes/1/edit"' in page and 'href="/notes/1/delete"' in page
    r = post(client, "/notes/1/reopen")
    assert r.status_code == 303
    assert "Note to May Lee is drafted again." in html.unescape(client.get("/notes/1").text)
    assert note(db_path).status == "drafted" and note(db_path).sent_on is None


# --- the editor keeps what you typed --------------------------------------------------------------

def test_another_wording_keeps_what_you_typed_and_shows_the_other_beside_it(client, db_path):
    add_gift(client)
    shown = textarea(client.get("/notes/1").text)
    r = post(client, "/notes/1/wording", {"wording": "1", "body": MINE, "original": shown, "subject": ""})
    assert r.headers["location"] == "/notes/1?variant=1"
    assert note(db_path).body == MINE and note(db_path).edited
    page = html.unescape(client.get("/notes/1?variant=1").text)
    assert textarea(page) == MINE and "Another wording" in page
    beside = re.search(r'<div class="prewrap fresh-text">(.*?)</div>', page, re.S).group(1)
    assert beside.strip() and beside != MINE


def test_another_wording_without_typing_saves_nothing(client, db_path):
    add_gift(client)
    shown = textarea(client.get("/notes/1").text)
    post(client, "/notes/1/wording", {"wording": "1", "body": shown, "original": shown, "subject": ""})
    assert note(db_path).body == ""
    assert textarea(client.get("/notes/1?variant=1").text) != shown


def test_start_again_asks_before_replacing_typed_words_and_keep_saves_them(client, db_path):
    add_gift(client)
    shown = textarea(client.get("/notes/1").text)
    r = post(client, "/notes/1/redraft", {"body": MINE, "original": shown, "subject": "", "variant": "0"})
    assert r.status_code == 200 and "Start again from a fresh draft?" in r.text
    assert MINE.splitlines()[2] in html.unescape(r.text)
    assert note(db_path).body == ""  # asking changed nothing
    keep = re.search(r'<input type="hidden" name="body" value="([^"]*)"', r.text).group(1)
    post(client, "/notes/1/save", {"body": html.unescape(keep), "original": shown, "subject": ""})
    assert note(db_path).body == MINE and note(db_path).edited


def test_start_again_on_an_untouched_draft_does_not_ask(client, db_path):
    add_gift(client)
    shown = textarea(client.get("/notes/1").text)
    r = post(client, "/notes/1/redraft", {"body": shown, "original": shown, "subject": "", "variant": "1"})
    assert r.status_code == 303 and note(db_path).body.strip()
