"""The web pages with Starlette's TestClient: each page renders, each form does what the CLI does."""

from __future__ import annotations

import json
import re

from starlette.testclient import TestClient

from conftest import TODAY, csrf_of, owner_client
from thankful.store import open_notebook
from thankful.usecases import capture
from thankful.web import create_app


def token(client: TestClient) -> str:
    return csrf_of(client)


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
    assert "No notes owed." in page.text and "Write down something to thank for" in page.text
    assert "Thursday, November 26" in page.text  # THANKFUL_TODAY, read per request


def test_capture_a_gift_then_it_is_owed(client, db_path):
    assert add_gift(client, on="2026-11-15") == "/notes/1"
    home = client.get("/").text
    assert "May Lee" in home and "a hand-knitted scarf" in home and "due in 3 days" in home
    with open_notebook(db_path) as nb:
        from thankful.usecases import track

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
    with owner_client(create_app(tmp_path / "second.db")) as fresh:
        r = post(fresh, "/import", files={"file": ("backup.json", exported.content, "application/json")})
        assert r.status_code == 303
        assert "May Lee" in fresh.get("/notes").text
        again = post(fresh, "/import", files={"file": ("backup.json", exported.content, "application/json")})
        assert again.status_code == 400 and "already holds" in again.text
        broken = post(fresh, "/import", files={"file": ("cut.json", exported.content[:80], "application/json")})
        assert broken.status_code == 400 and "cut.json" in broken.text


def test_unknown_things_are_pages_not_tracebacks(client):
    assert client.get("/notes/99").status_code == 404
    page = client.get("/notes/99").text
    assert "no note #99" in page and 'href="/notes?status=all"' in page  # a link to click, never a command
    assert "thankful " not in page.split("<main", 1)[1]
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


# --- the editor (compose and check) ---------------------------------------------------------------

def test_editor_shows_a_draft_its_questions_and_the_coach(client):
    add_gift(client)
    page = client.get("/notes/1").text
    assert "hand-knitted scarf" in page and 'id="coach"' in page
    assert "How will you use the hand-knitted scarf?" in page and 'name="ans-use"' in page
    assert "Another wording" in page


def test_answers_redraft_and_save_the_note(client, db_path):
    add_gift(client)
    r = post(client, "/notes/1/answer", {"ans-use": "wear it on my walks to work", "ans-sign": "Sam",
                                         "body": "", "original": ""})
    assert r.status_code == 303
    page = client.get("/notes/1").text
    assert "walks to work" in page and "Sam" in page and 'name="ans-use"' not in page
    with open_notebook(db_path) as nb:

        note = nb.notes.get(1)
        assert note.status == "drafted" and not note.edited and "walks to work" in note.body
        assert nb.settings.get("sign") == "Sam"


def test_the_coach_fragment_marks_what_to_fix(client):
    add_gift(client)
    r = post(client, "/notes/1/check", {"body": "Thanks for the gift! Words cannot express it."})
    assert r.status_code == 200 and "<html" not in r.text
    assert "could be written to anyone" in r.text and "<mark" in r.text
    assert 'class="cost"' in r.text and "−15" in r.text  # what each finding took off the score


def test_own_edits_are_kept_when_the_tone_changes(client, db_path):
    add_gift(client)
    original = re.search(r'name="original" value="([^"]*)"', client.get("/notes/1").text).group(1)
    mine = "May,\n\nMy own words.\n\nSam"
    post(client, "/notes/1/tone", {"tone": "formal", "body": mine, "original": original})
    with open_notebook(db_path) as nb:

        note = nb.notes.get(1)
        assert note.edited and note.body == mine and nb.moments.get(1).tone == "formal"
    page = client.get("/notes/1").text
    assert "My own words." in page
    version = re.search(r'name="version" value="(\d+)"', page).group(1)  # as the page's form sends it
    asked = post(client, "/notes/1/redraft", {"variant": "0", "version": version})  # own words: Start again asks
    assert asked.status_code == 200 and "Start again from a fresh draft?" in asked.text
    assert "My own words." in client.get("/notes/1").text
    post(client, "/notes/1/redraft", {"variant": "0", "confirm": "yes", "version": version})
    assert "My own words." not in client.get("/notes/1").text
    bad = post(client, "/notes/1/tone", {"tone": "sarcastic"})
    assert bad.status_code == 400


def test_variants_are_other_wordings_and_saving_keeps_one(client, db_path):
    add_gift(client, use="wear it on my walks")
    first = client.get("/notes/1").text
    second = client.get("/notes/1", params={"variant": "1"}).text
    body = re.compile(r'<textarea id="body"[^>]*>(.*?)</textarea>', re.S)
    assert body.search(first).group(1) != body.search(second).group(1)
    text = body.search(second).group(1)
    import html

    post(client, "/notes/1/save", {"body": html.unescape(text), "original": html.unescape(text), "subject": ""})
    assert body.search(client.get("/notes/1").text).group(1) == text  # the saved wording comes back


def test_saving_an_empty_note_is_refused(client):
    add_gift(client)
    r = post(client, "/notes/1/save", {"body": "  ", "original": "x"})
    assert r.status_code == 400 and "empty" in r.text


def test_a_sent_note_shows_its_text_not_an_editor(client):
    add_gift(client)
    post(client, "/notes/1/sent", {"via": "card", "body": "Dear May,\n\nThank you.\n\nSam", "original": "x"})
    page = client.get("/notes/1").text
    assert "<textarea" not in page and "Thank you." in page and "sent" in page


# --- send, outbox, print, settings ----------------------------------------------------------------

def interview_with_draft(client) -> None:
    post(client, "/capture", {"kind": "interview", "from": "Dana Whitfield", "role": "Data Analyst",
                              "company": "Northwind Health", "topic": "the readmissions dashboard",
                              "email": "dana@example.org", "on": TODAY.isoformat()})
    post(client, "/notes/1/save", {"body": "Dear Ms. Whitfield,\n\nThank you for today.\n\nSam", "original": "",
                                   "subject": "Thank you — Data Analyst interview"})


def test_send_page_without_a_mail_server_offers_the_eml(client, monkeypatch):
    for name in ("THANKFUL_SMTP_HOST", "THANKFUL_FROM"):
        monkeypatch.delenv(name, raising=False)
    interview_with_draft(client)
    page = client.get("/notes/1/send").text
    assert "dana@example.org" in page and "Thank you — Data Analyst interview" in page
    assert "no mail server" in page and 'href="/settings"' in page and "mailto:dana@example.org" in page
    eml = client.get("/notes/1/eml")
    assert eml.headers["content-type"].startswith("message/rfc822")
    assert b"X-Unsent: 1" in eml.content and b"dana@example.org" in eml.content


def test_send_through_a_real_smtp_server_once(client, monkeypatch):
    from deliver_fixtures import Server

    interview_with_draft(client)
    with Server() as smtp:
        for name, value in {"THANKFUL_SMTP_HOST": "127.0.0.1", "THANKFUL_SMTP_PORT": str(smtp.port),
                            "THANKFUL_SMTP_SECURITY": "none", "THANKFUL_FROM": "Sam Lee <sam@example.org>",
                            "THANKFUL_SMTP_BACKOFF": "0"}.items():
            monkeypatch.setenv(name, value)
        r = post(client, "/notes/1/send")
        assert r.status_code == 303 and r.headers["location"] == "/notes/1"
        again = post(client, "/notes/1/send")
        assert again.headers["location"] == "/notes/1/send"
        assert "never sent again" in client.get("/notes/1/send").text
    assert len(smtp.handler.messages) == 1
    assert smtp.handler.messages[0]["Subject"] == "Thank you — Data Analyst interview"
    outbox = client.get("/outbox").text
    assert "Dana Whitfield" in outbox and "status-sent" in outbox


def test_an_uncertain_note_is_called_out_and_needs_a_yes(client, db_path, monkeypatch):
    monkeypatch.setenv("THANKFUL_SMTP_HOST", "smtp.example.org")
    monkeypatch.setenv("THANKFUL_FROM", "Sam Lee <sam@example.org>")
    interview_with_draft(client)
    with open_notebook(db_path) as nb:
        nb.conn.execute("INSERT INTO outbox (note_id, message_id, recipient, state, reason, queued_on) "
                        "VALUES (1, '<x@y>', 'dana@example.org', 'uncertain', 'connection lost after DATA', "
                        "'2026-11-26')")
    outbox = client.get("/outbox").text
    assert "may already have arrived" in outbox
    page = client.get("/notes/1/send").text
    assert "may already have arrived" in page and 'name="force"' in page and "required" in page


def test_print_cards_as_a_pdf_and_mark_them_printed(client, db_path):
    add_gift(client)
    post(client, "/notes/1/save", {"body": "Dear May,\n\nThe green scarf is perfect for my walks.\n\nSam",
                                   "original": ""})
    page = client.get("/print").text
    assert 'value="1" checked' in page and "Kalam" in page
    r = post(client, "/print", {"note": "1", "what": "cards", "fmt": "a2-folded", "font": "kalam", "start": "1"})
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    assert r.headers["content-disposition"].startswith("attachment")
    assert "printed" in client.get("/notes").text
    no_address = post(client, "/print", {"note": "1", "what": "envelopes", "fmt": "a2-folded", "font": "kalam",
                                         "start": "1"})
    assert no_address.status_code == 400 and "no postal address" in no_address.text
    nothing = post(client, "/print", {"what": "cards", "fmt": "a2-folded", "font": "kalam", "start": "1"})
    assert nothing.status_code == 400 and "choose at least one note" in nothing.text


def test_stationery_box_is_counted(client):
    add_gift(client)
    r = post(client, "/stationery", {"box": "12 A2 letterpress cards"})
    assert r.status_code == 303
    page = client.get("/print").text
    assert "12 of 12 left" in page
    assert "Cards on hand" in client.get("/").text
    bad = post(client, "/stationery", {"box": "some cards"})
    assert bad.status_code == 400 and "how many cards" in bad.text


def test_settings_are_saved_checked_and_never_hold_a_password(client, monkeypatch):
    monkeypatch.delenv("THANKFUL_SMTP_HOST", raising=False)
    monkeypatch.setenv("THANKFUL_SMTP_PASSWORD", "hunter2-secret")
    r = post(client, "/settings", {"sign": "Sam", "smtp.from": "Sam Lee <sam@example.org>",
                                   "smtp.host": "smtp.example.org", "smtp.port": "587", "smtp.security": "starttls",
                                   "smtp.user": "sam", "return.address": "Sam Lee\n1 Main St"})
    assert r.status_code == 303
    page = client.get("/settings").text
    assert "smtp.example.org" in page and "hunter2" not in page and "It comes from THANKFUL_SMTP_PASSWORD" in page
    bad = post(client, "/settings", {"smtp.port": "seventy"})
    assert bad.status_code == 400 and "not a number" in bad.text


def test_changing_the_kind_keeps_what_was_typed_but_not_the_channel(client):
    page = client.get("/capture/fields", params={"kind": "favor", "what": "a lift", "channel": "email",
                                                 "detail": "at 5 am"}).text
    assert '<option value="card" selected>' in page  # a favour's usual way, not the last kind's
    assert 'value="a lift"' in page and 'value="at 5 am"' in page


def test_due_dates_as_a_calendar(client):
    add_gift(client)
    r = client.get("/calendar.ics")
    assert r.headers["content-type"].startswith("text/calendar")
    assert "BEGIN:VEVENT" in r.text and "May Lee" in r.text


def test_home_sees_changes_made_elsewhere_at_once(client, db_path):
    assert "Ravi" not in client.get("/").text  # the home view is now cached
    with open_notebook(db_path) as nb:  # another connection, as the command line would be
        capture.record_moment(nb, "favor", ["Ravi"], {"what": "a lift"}, on=TODAY, today=TODAY)
    assert "Ravi" in client.get("/").text


def test_an_empty_answer_changes_nothing(client, db_path):
    add_gift(client)
    r = post(client, "/notes/1/answer", {"ans-use": "  ", "body": "", "original": ""})
    assert r.status_code == 303
    assert "Type an answer first" in client.get("/notes/1").text
    with open_notebook(db_path) as nb:

        assert nb.notes.get(1).status == "owed"


def test_search_looks_inside_the_notes_and_takes_any_query(client):
    add_gift(client)
    post(client, "/notes/1/save", {"body": "Dear May,\n\nThe tangerine stripe made me laugh.\n\nSam",
                                   "subject": "", "original": ""})
    found = client.get("/notes", params={"status": "all", "q": "tangerine"})
    assert found.status_code == 200 and "May Lee" in found.text
    for odd in ("tangerine " * 1000, "w" * 60_000, '"(', "NEAR("):
        assert client.get("/notes", params={"status": "all", "q": odd}).status_code == 200


def test_every_page_reaches_settings_and_import_from_the_main_navigation(client):
    for path in ("/", "/notes", "/people", "/stats", "/settings"):
        nav = client.get(path).text.split('<nav aria-label="Main">', 1)[1].split("</nav>", 1)[0]
        assert 'href="/settings"' in nav and 'href="/transfer"' in nav


def test_one_spelling_and_no_command_line_words_on_the_pages(client):
    add_gift(client)
    for path in ("/", "/capture", "/notes", "/notes/1", "/people", "/journal", "/print", "/outbox", "/stats",
                 "/settings", "/transfer"):
        main = client.get(path).text.split("<main", 1)[1]
        assert "favour" not in main.lower() and "colour" not in main.lower(), path
        assert "thankful " not in main and " --" not in main, path


def test_changing_the_kind_without_javascript_keeps_the_token_out_of_the_address(client):
    r = post(client, "/capture/kind", {"kind": "favor", "from": "Ravi", "what": "a lift"})
    assert r.status_code == 200 and 'value="Ravi"' in r.text and "What did they give or do?" in r.text
    assert 'formmethod="get"' not in client.get("/capture").text


def test_a_phone_can_add_thankful_to_its_home_screen(client):
    page = client.get("/").text
    assert '<link rel="manifest" href="/static/manifest.webmanifest">' in page
    assert "manifest-src 'self'" in client.get("/").headers["content-security-policy"]
    manifest = json.loads(client.get("/static/manifest.webmanifest").text)
    assert manifest["display"] == "standalone" and manifest["start_url"] == "/"
    for icon in manifest["icons"]:
        png = client.get(icon["src"])
        assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
        width = int.from_bytes(png.content[16:20], "big")
        assert f"{width}x{width}" == icon["sizes"]


def test_the_coach_names_what_will_print_in_a_plain_font_on_a_card_only(client, db_path):
    card = add_gift(client)  # a gift's note goes on a card
    text = "Dear 李明,\n\nThe scarf is lovely ❤️ and so warm.\n\nLove,\nSam"
    coach = post(client, f"{card}/check", {"body": text}).text
    assert "李明 and ❤️ will print in a plain font: handwriting fonts do not have them." in coach
    assert "plain font" not in post(client, f"{card}/check", {"body": "Dear May,\n\nThank you.\n\nSam"}).text
    with open_notebook(db_path) as nb:
        nb.notes.update(1, body=text)
    assert "李明 and ❤️ will print in a plain font" in client.get(card).text  # the page as it opens, too
    r = post(client, "/capture", {"kind": "interview", "from": "Dana Whitfield", "role": "Analyst",
                                  "company": "Northwind", "on": "2026-11-20"})
    assert "plain font" not in post(client, f"{r.headers['location']}/check", {"body": text}).text  # by email


def test_typing_updates_the_coach_s_few_words_in_place(client):
    note = add_gift(client)
    said = re.search(r'<p id="coach-said" class="sr-only" role="status">([^<]*)</p>', client.get(note).text)
    assert said and re.fullmatch(r"Score \d+, (\d+ findings?|nothing to fix)", said[1].strip())
    fragment = post(client, f"{note}/check", {"body": "Thanks for the gift! Words cannot express how much I love it!!!"})
    oob = re.search(r'<p id="coach-said" hx-swap-oob="innerHTML">([^<]*)</p>', fragment.text)
    findings = fragment.text.count("<li class=\"sev-")
    score = re.search(r'class="score \w+">(\d+)<', fragment.text)[1]
    assert findings and oob[1].strip() == f"Score {score}, {findings} finding{'s' if findings != 1 else ''}"
    assert 'aria-live' not in fragment.text.split('id="coach-said"')[0]  # the panel itself is not announced
