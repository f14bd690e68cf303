"""The web pages with Starlette's TestClient: each page renders, each form does what the CLI does."""

from __future__ import annotations

import json
import re

import pytest
from starlette.testclient import TestClient

from conftest import TODAY
from thankful import capture
from thankful.store import open_notebook
from thankful.web import create_app


@pytest.fixture
def client(db_path):
    with TestClient(create_app(db_path), follow_redirects=False) as c:
        yield c


def token(client: TestClient) -> str:
    page = client.get("/").text
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def post(client: TestClient, url: str, data: dict | None = None, **kw):
    return client.post(url, data={"csrf_token": token(client), **(data or {})}, **kw)


def add_gift(client: TestClient, **extra) -> str:
    data = {"kind": "gift", "from": "May Lee", "what": "a hand-knitted scarf", "occasion": "birthday",
            "on": "2026-11-20", **extra}
    r = post(client, "/capture", data)
    assert r.status_code == 303, r.text
    return r.headers["location"]


def test_home_on_an_empty_notebook(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "What moments sparked your gratitude today?" in page.text
    assert "Nothing overdue." in page.text and "Nothing due this week." in page.text
    assert "Thursday, November 26" in page.text  # THANKFUL_TODAY, read per request


def test_capture_a_gift_then_it_is_owed(client, db_path):
    assert add_gift(client, on="2026-11-15") == "/notes/1"
    home = client.get("/").text
    assert "May Lee" in home and "a hand-knitted scarf" in home and "due in 3 days" in home
    with open_notebook(db_path) as nb:
        from thankful import track

        owed = track.owed(nb, TODAY)
    assert [(n["to"], n["due"], n["status"]) for n in owed] == [("May Lee", "2026-11-29", "owed")]


def test_capture_several_givers_owes_one_note_each(client):
    r = post(client, "/capture", {"kind": "gift", "from": "Tom, Jane Smith", "what": "a French press",
                                  "occasion": "wedding", "on": "2026-11-01"})
    assert r.status_code == 303 and r.headers["location"] == "/notes"
    page = client.get("/notes").text
    assert "Tom" in page and "Jane Smith" in page and "2 notes" in page


def test_capture_keeps_a_household_as_one_addressee(client):
    post(client, "/capture", {"kind": "hospitality", "from": "Tom & Jane Smith", "what": "dinner on Friday",
                              "detail": "the lemon tart"})
    assert "Tom &amp; Jane Smith" in client.get("/notes").text
    assert "1 note." in client.get("/notes").text


def test_capture_errors_show_on_the_form_with_what_was_typed(client):
    r = post(client, "/capture", {"kind": "gift", "from": "", "what": "a cookbook"})
    assert r.status_code == 400
    assert "who is the note for" in r.text and 'value="a cookbook"' in r.text
    r = post(client, "/capture", {"kind": "gift", "from": "May", "what": "a cookbook", "on": "someday soon-ish"})
    assert r.status_code == 400 and "cannot read the date" in r.text


def test_capture_form_shows_the_questions_each_kind_asks(client):
    gift = client.get("/capture").text
    assert 'name="what"' in gift and 'name="use"' in gift and 'name="role"' not in gift
    interview = client.get("/capture/fields", params={"kind": "interview"}).text
    for name in ("role", "company", "topic", "strength", "extra", "email"):
        assert f'name="{name}"' in interview
    assert "<html" not in interview  # a fragment for htmx to swap in
    donation = client.get("/capture", params={"kind": "donation"}).text
    assert 'name="organization"' in donation and 'name="amount"' in donation


def test_capture_an_interview_with_the_interviewers_email(client, db_path):
    r = post(client, "/capture", {"kind": "interview", "from": "Dana Whitfield", "role": "Data Analyst",
                                  "company": "Northwind Health", "topic": "the dashboard",
                                  "email": "dana@example.org", "on": TODAY.isoformat()})
    assert r.status_code == 303
    person = client.get("/people/1").text
    assert "dana@example.org" in person and "Data Analyst interview" in person


def test_notes_tabs_filter_and_search(client):
    add_gift(client)
    post(client, "/capture", {"kind": "favor", "from": "Ravi", "what": "driving me to the airport",
                              "on": "2026-11-10"})
    post(client, "/notes/1/sent", {"via": "card"})
    client.get("/")  # shows (and uses up) the "marked sent" message
    open_page = client.get("/notes").text
    assert "Ravi" in open_page and "May Lee" not in open_page
    sent = client.get("/notes", params={"status": "sent"}).text
    assert "May Lee" in sent and "Ravi" not in sent
    found = client.get("/notes", params={"status": "all", "q": "airport"}).text
    assert "Ravi" in found and "May Lee" not in found
    by_kind = client.get("/notes", params={"status": "all", "kind": "gift"}).text
    assert "May Lee" in by_kind and "Ravi" not in by_kind


def test_mark_sent_and_skip(client):
    add_gift(client)
    add_gift(client, **{"from": "Omar"})
    r = post(client, "/notes/1/sent", {"via": "card"})
    assert r.status_code == 303 and r.headers["location"] == "/notes/1"
    assert "marked sent" in client.get("/notes/1").text
    again = post(client, "/notes/1/sent", {"via": "card"})
    assert again.status_code == 400 and "already marked sent" in again.text
    no_reason = post(client, "/notes/2/skip", {"why": ""})
    assert no_reason.status_code == 400 and "say why" in no_reason.text
    r = post(client, "/notes/2/skip", {"why": "thanked in person", "next": "/notes"})
    assert r.headers["location"] == "/notes"


def test_redirect_after_a_form_stays_on_this_site(client):
    add_gift(client)
    r = post(client, "/notes/1/sent", {"via": "card", "next": "//evil.example/"})
    assert r.headers["location"] == "/notes/1"


def test_people_add_show_edit(client):
    r = post(client, "/people", {"name": "May Lee", "call": "Aunt May", "email": "may@example.org",
                                 "address": "12 Elm St\nSpringfield", "relationship": "family"})
    assert r.status_code == 303
    page = client.get(r.headers["location"]).text
    assert "Aunt May" in page and "12 Elm St\nSpringfield" in page
    dup = post(client, "/people", {"name": "may lee"})
    assert dup.status_code == 400 and "already in the notebook" in dup.text
    bad = post(client, "/people/1", {"name": "May Lee", "email": "not an address", "relationship": "family"})
    assert bad.status_code == 400 and "is not valid" in bad.text
    post(client, "/people/1", {"name": "May Lee", "call": "Auntie May", "relationship": "family"})
    assert "Auntie May" in client.get("/people/1").text
    assert "May Lee" in client.get("/people", params={"q": "auntie"}).text


def test_person_page_lists_their_notes(client):
    add_gift(client)
    page = client.get("/people/1").text
    assert "a hand-knitted scarf" in page and 'href="/notes/1"' in page


def test_journal_entry_that_thanks_someone(client):
    r = post(client, "/journal", {"text": "Ravi fixed my bike", "thank": "Ravi"})
    assert r.status_code == 303 and r.headers["location"] == "/notes/1"
    page = client.get("/journal").text
    assert "Ravi fixed my bike" in page and "With Ravi" in page
    assert "Ravi fixed my bike" not in client.get("/journal", params={"q": "garden"}).text
    empty = post(client, "/journal", {"text": "   "})
    assert empty.status_code == 400


def test_export_then_import_into_a_fresh_notebook(client, tmp_path):
    add_gift(client)
    exported = client.get("/export")
    assert exported.headers["content-disposition"].startswith("attachment")
    assert json.loads(exported.text)["format"] == "thankful-notebook"
    with TestClient(create_app(tmp_path / "second.db"), follow_redirects=False) as fresh:
        r = post(fresh, "/import", files={"file": ("backup.json", exported.content, "application/json")})
        assert r.status_code == 303
        assert "May Lee" in fresh.get("/notes").text
        again = post(fresh, "/import", files={"file": ("backup.json", exported.content, "application/json")})
        assert again.status_code == 400 and "already holds" in again.text
        broken = post(fresh, "/import", files={"file": ("cut.json", exported.content[:80], "application/json")})
        assert broken.status_code == 400 and "cut.json" in broken.text


def test_unknown_things_are_pages_not_tracebacks(client):
    assert client.get("/notes/99").status_code == 404
    assert "no note #99" in client.get("/notes/99").text
    assert client.get("/people/42").status_code == 404
    missing = client.get("/no/such/page")
    assert missing.status_code == 404 and "There is no page here" in missing.text


def test_static_files(client):
    htmx = client.get("/static/htmx.min.js")
    assert htmx.status_code == 200 and "javascript" in htmx.headers["content-type"]
    assert client.get("/static/thankful.css").status_code == 200


def test_serve_command_is_registered_and_refuses_a_bad_port(cli):
    from thankful.cli.web import listen

    sock = listen("127.0.0.1", 0)
    try:
        code, out, err = cli("serve", "--port", str(sock.getsockname()[1]))
    finally:
        sock.close()
    assert code == 1 and "cannot listen on 127.0.0.1" in err and "Traceback" not in err


def test_person_created_by_capture_elsewhere_shows(client, db_path):
    with open_notebook(db_path) as nb:
        capture.add_person(nb, "Priya Shah", relationship="friend", today=TODAY)
    assert "Priya Shah" in client.get("/people").text
