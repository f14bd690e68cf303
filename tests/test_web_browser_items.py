"""The web page for people who never open a terminal (issue 15), item by item in a real browser: Settings a
person can finish, search inside the notes, tones that fit the kind, what prints in a plain font, month names
in Stats, and the main navigation with no token left in any address. Playwright drives Debian's chromium."""

from __future__ import annotations

import re
from datetime import date

from playwright.sync_api import expect

from conftest import TODAY
from test_web_browser import browser, capture_gift, page, server  # noqa: F401 (fixtures)
from thankful.store import open_notebook
from thankful.usecases import capture, track


def _record(db_path, kind: str, givers: list[str], typed: dict) -> None:
    with open_notebook(db_path) as nb:
        capture.record_moment(nb, kind, givers, typed, on=date(2026, 11, 20), today=TODAY)


def test_settings_fill_in_a_providers_server_and_take_a_password(page):  # noqa: F811 (the page fixture)
    page.goto("/settings")
    expect(page.locator("#s-password")).to_have_attribute("type", "password")
    page.get_by_label("My email is with").select_option(label="Gmail")
    page.get_by_role("button", name="Fill in its server").click()
    expect(page.locator("input[value='smtp.gmail.com']")).to_have_count(1)
    expect(page.get_by_role("button", name="Send a test email to myself")).to_be_visible()
    assert "token" not in page.url


def test_search_finds_a_word_of_your_own_wording(page, db_path):  # noqa: F811 (the page fixture)
    capture_gift(page, giver="May Lee", what="a jar of quince jam")
    page.goto("/notes/1")
    body = page.locator("textarea[name='body']")
    body.fill("Dear May,\n\nThank you for the quince jam. It made Sunday's marmalade-free breakfast a feast.\n\nLove,\nSam")
    page.get_by_role("button", name="Save draft").click()
    page.goto("/notes")
    page.get_by_role("searchbox").fill("breakfast feast")
    page.get_by_role("searchbox").press("Enter")
    expect(page.get_by_role("link", name=re.compile("May Lee"))).to_be_visible()
    page.get_by_role("searchbox").fill("tangerine")
    page.get_by_role("searchbox").press("Enter")
    expect(page.get_by_role("link", name=re.compile("May Lee"))).to_have_count(0)


def test_an_interview_note_offers_only_the_tones_that_fit(page, db_path):  # noqa: F811 (the page fixture)
    _record(db_path, "interview", ["Dana Cho"], {"role": "analyst", "company": "Acme", "topic": "the Q3 audit"})
    page.goto("/notes/1")
    tones = page.locator("input[name='tone']")
    offered = {tones.nth(i).get_attribute("value") for i in range(tones.count())}
    assert offered and not offered & {"romantic", "playful"}, offered


def test_the_editor_names_what_will_print_in_a_plain_font(page, db_path):  # noqa: F811 (the page fixture)
    _record(db_path, "gift", ["Li Ming"], {"what": "a red lantern"})
    page.goto("/notes/1")
    page.locator("textarea[name='body']").fill("Dear 李明,\n\nThank you for the lantern ❤️ It hangs by my door.\n\nLove,\nSam")
    expect(page.get_by_text(re.compile("will print in a plain font"))).to_be_visible(timeout=10_000)
    expect(page.locator("#coach .fonts")).to_contain_text("❤")


def test_stats_name_the_months(page, db_path):  # noqa: F811 (the page fixture)
    _record(db_path, "gift", ["May Lee"], {"what": "a scarf"})
    with open_notebook(db_path) as nb:
        track.mark_sent(nb, 1, via="card", on=date(2026, 11, 24), today=TODAY)
    page.goto("/stats")
    expect(page.get_by_text(re.compile(r"November|Nov"))).not_to_have_count(0)
    assert not page.get_by_text(re.compile(r"\b2026-11\b")).count()


def test_settings_and_import_export_are_in_the_main_navigation(page):  # noqa: F811 (the page fixture)
    navigation = page.get_by_role("navigation").first
    navigation.get_by_role("link", name="Settings").click()
    expect(page).to_have_url(re.compile(r"/settings$"))
    page.get_by_role("navigation").first.get_by_role("link", name="Import & export").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert "token" not in page.url
