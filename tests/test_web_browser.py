"""The web page in a real browser: Playwright driving Debian's chromium against the app served by uvicorn.

`make test` installs chromium when it is missing; without it these tests fail (never skip) with that hint.
"""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from conftest import served
from thankful.web import create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
XSS = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run 'make test' (it installs Debian's chromium), "
                    "or 'sudo apt-get install chromium'")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def server(db_path):
    """The app on 127.0.0.1 at a free port, in a background thread, for one test."""
    with served(lambda port: create_app(db_path, port=port)) as (app, port):
        yield f"http://127.0.0.1:{port}", app.state.web.token


@pytest.fixture
def page(browser, server):
    address, token = server
    context = browser.new_context(base_url=address, viewport={"width": 1000, "height": 900})
    pg = context.new_page()
    pg.goto(f"/?token={token}")  # the address `thankful serve` printed, opened once as its owner would
    pg.dialogs = []  # any alert() a payload managed to run
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.csp_errors = []
    pg.on("console", lambda m: pg.csp_errors.append(m.text) if "Content Security Policy" in m.text else None)
    yield pg
    context.close()


def capture_gift(page: Page, giver: str = "May Lee", what: str = "a hand-knitted scarf") -> None:
    page.goto("/capture")
    page.get_by_label("Who to thank").fill(giver)
    page.get_by_label("What did they give or do?").fill(what)
    page.get_by_label("Occasion").fill("birthday")
    page.locator("summary", has_text="More details").click()
    page.get_by_label("When it happened").fill("2026-11-15")
    page.get_by_role("button", name="Write it down").click()


def test_capture_draft_coach_and_send(page):
    capture_gift(page)
    expect(page).to_have_url("/notes/1")
    expect(page.locator(".flash")).to_contain_text("A note to May Lee is owed")

    page.goto("/")  # it is owed, and due this week
    owed = page.locator("#week-h + ul.notes")
    expect(owed).to_contain_text("May Lee")
    expect(owed).to_contain_text("due in 3 days")
    page.goto("/notes")
    page.get_by_role("link", name="May Lee a hand-knitted scarf").click()
    expect(page).to_have_url("/notes/1")

    body = page.locator("textarea#body")
    expect(body).to_have_value(lambda_contains("hand-knitted scarf"))
    page.get_by_label("How will you use the hand-knitted scarf?").fill("wear it on my walks to work")
    page.get_by_label("How do you sign your notes?").fill("Sam")
    page.get_by_role("button", name="Use my answers").click()
    expect(page.locator(".flash")).to_contain_text("Saved your answers")
    expect(body).to_have_value(lambda_contains("walks to work"))
    expect(body).to_have_value(lambda_contains("Sam"))
    expect(page.get_by_label("How will you use the hand-knitted scarf?")).to_have_count(0)

    coach = page.locator("#coach")
    body.fill("")
    body.press_sequentially("Thanks for the gift! Words cannot express how much I love it!!!", delay=5)
    expect(coach).to_contain_text("could be written to anyone")  # htmx swapped in the new findings
    expect(coach.locator("mark").first).to_be_visible()  # the words are marked in the text
    mine = "Dear May,\n\nThe deep green scarf has come with me on every walk to work this week.\n\nLove,\nSam"
    body.fill(mine)
    expect(coach).not_to_contain_text("could be written to anyone")

    page.get_by_role("button", name="Mark sent").click()
    expect(page.locator(".flash")).to_contain_text("marked sent")
    expect(page.locator(".email-preview .body")).to_have_text(mine)  # what was in the box is what was kept
    page.goto("/notes?status=sent")
    expect(page.locator("ul.notes")).to_contain_text("May Lee")
    assert page.csp_errors == []


def test_typed_edits_survive_a_tone_change(page):
    capture_gift(page, giver="Ravi", what="a French press")
    body = page.locator("textarea#body")
    body.fill("Ravi,\n\nMy own words about the French press.\n\nSam")
    page.get_by_label("Formal").check()
    page.get_by_role("button", name="Apply tone").click()
    expect(page.locator(".flash")).to_contain_text("Your own wording is kept")
    expect(body).to_have_value(lambda_contains("My own words about the French press."))
    page.get_by_role("button", name="Start again from a fresh draft").click()
    expect(page.get_by_role("heading", name="Start again from a fresh draft?")).to_be_visible()  # asks first
    page.get_by_role("button", name="Replace it with a fresh draft").click()
    expect(body).not_to_have_value(lambda_contains("My own words"))


def test_arrow_keys_only_move_the_tone_and_apply_tone_brings_focus_back(page):
    capture_gift(page)
    body = page.locator("textarea#body")
    drafted = body.input_value()
    warm = page.get_by_label("Warm")
    expect(warm).to_be_checked()
    posted = []
    page.on("request", lambda r: posted.append(r.url) if r.method == "POST" else None)
    warm.focus()
    page.keyboard.press("ArrowRight")  # the next tone is chosen; nothing is posted, the page stays
    page.keyboard.press("ArrowRight")
    chosen = page.locator("#tone input[name=tone]:checked")
    expect(chosen).not_to_have_value("warm")
    tone = chosen.get_attribute("value")
    page.evaluate("() => new Promise(r => setTimeout(r, 0))")  # a round trip: any request made is reported
    assert posted == [], posted
    expect(page.locator(".flash")).not_to_contain_text("The tone is now")
    expect(body).to_have_value(drafted)
    page.get_by_role("button", name="Apply tone").click()
    expect(page.locator(".flash")).to_contain_text(f"The tone is now {tone}")
    expect(page).to_have_url("/notes/1#tone-chosen")
    expect(page.locator(":focus")).to_have_attribute("value", tone)  # back on the tone group, on its choice
    expect(page.get_by_label(tone.capitalize(), exact=True)).to_be_checked()


def test_the_coach_announces_only_its_score_and_how_many_findings(page):
    capture_gift(page)
    assert page.locator("#coach").get_attribute("aria-live") is None  # the whole panel is not read out
    said = page.locator("#coach-said")
    expect(said).to_have_attribute("role", "status")
    page.locator("textarea#body").fill("Thanks for the gift! Words cannot express how much I love it!!!")
    expect(page.locator("#coach")).to_contain_text("could be written to anyone")
    score = page.locator("#coach .score").inner_text()
    count = page.locator("#coach ol.findings > li").count()
    expect(said).to_have_text(f"Score {score}, {count} finding{'s' if count != 1 else ''}")
    assert "Thanks for the gift" not in said.inner_text()
    assert page.locator("#coach-said").count() == 1  # updated in place, never a second region


def test_payloads_in_every_field_stay_text(page):
    page.goto("/capture")
    page.get_by_label("Who to thank").fill(XSS)
    page.get_by_label("What did they give or do?").fill(XSS)
    page.get_by_label("How you will use it, or what it changed").fill(XSS)
    page.get_by_label("Occasion").fill(XSS)
    page.locator("summary", has_text="More details").click()
    for label in ("Something specific you noticed", "A memory it brings back", "A plan or hope to look ahead to"):
        page.get_by_label(label).fill(XSS)
    page.get_by_role("button", name="Write it down").click()
    expect(page).to_have_url("/notes/1")
    page.locator("textarea#body").fill(f"Dear {XSS},\n\n{XSS}")  # the coach's preview shows it too
    expect(page.locator("#coach")).to_be_visible()

    page.goto("/people")
    page.get_by_label("Name", exact=True).fill(f"Eve {XSS}")
    page.get_by_label("How you greet them").fill(XSS)
    page.get_by_label("Postal address").fill(XSS)
    page.get_by_label("Notes to yourself").fill(XSS)
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.locator("h1")).to_contain_text(XSS)  # shown as the literal text

    page.goto("/journal")
    page.get_by_label("Your answer").fill(XSS)
    page.get_by_label("Thank someone for it?").fill("Ravi")
    page.get_by_role("button", name="Save").click()
    for path in ("/", "/notes?status=all", "/people", "/people/1", "/notes/1", "/journal", f"/notes?q={XSS}"):
        page.goto(path)
        assert page.locator("script:not([src])").count() == 0
    expect(page.locator("ul.notes")).to_contain_text(XSS)
    assert page.dialogs == [], f"a payload ran: {page.dialogs}"
    assert page.csp_errors == []


def test_a_post_without_the_token_fails(page, server):
    address, _ = server
    page.goto("/")
    r = page.request.post("/people", form={"name": "Mallory"})  # the browser's own cookies, no token
    assert r.status == 403
    page.set_content(f'<form method="post" action="{address}/people"><input name="name" value="Mallory">'
                     f'<input name="csrf_token" value="guessed"><button>go</button></form>')
    page.get_by_role("button", name="go").click()  # a form on another page posting here
    # refused either way: the form's token is wrong, and the browser keeps its cookie from another site's post
    expect(page.locator("h1")).to_have_text(lambda_contains_any("Please try again", "Open Thankful from its address"))
    page.goto("/people")
    expect(page.locator("main")).not_to_contain_text("Mallory")


def test_keyboard_labels_and_focus(page):
    capture_gift(page)
    for path in ("/", "/capture", "/notes", "/notes/1", "/people", "/people/1", "/journal", "/print", "/outbox",
                 "/stats", "/transfer"):
        page.goto(path)
        unlabelled = page.evaluate("""() => [...document.querySelectorAll('input, select, textarea')]
            .filter(e => e.type !== 'hidden' && e.labels.length === 0 && !e.getAttribute('aria-label'))
            .map(e => e.name || e.id)""")
        assert unlabelled == [], f"inputs without a label on {path}: {unlabelled}"
    page.goto("/")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Skip to content")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none"), "focus must be visible"


def lambda_contains_any(*texts: str):
    """A regular expression matching any of `texts` whole."""
    import re

    return re.compile("|".join(f"^{re.escape(t)}$" for t in texts))


def lambda_contains(text: str):
    """A regular expression matching any value that contains `text` (expect() takes a pattern)."""
    import re

    return re.compile(re.escape(text))


def test_everything_works_without_javascript(browser, server):
    address, token = server
    context = browser.new_context(base_url=address, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"/?token={token}")
        page.goto("/capture")
        page.get_by_label("What kind of thanks?").select_option("interview")
        page.get_by_role("button", name="Show its questions").click()  # the <noscript> way to change kind
        page.get_by_label("Who to thank").fill("Dana Whitfield")
        page.get_by_label("The role").fill("Data Analyst")
        page.get_by_label("The company").fill("Northwind Health")
        page.get_by_role("button", name="Write it down").click()
        expect(page).to_have_url("/notes/1")
        page.get_by_label("Formal").check()
        page.get_by_role("button", name="Apply tone").click()
        expect(page.locator(".flash")).to_contain_text("The tone is now formal")
        page.locator("textarea#body").fill("Dear Ms. Whitfield,\n\nThank you for your time today.\n\nSam")
        page.get_by_role("button", name="Save draft").click()
        expect(page.locator("#coach")).to_contain_text("too short")  # the coach, computed on the reload
        page.get_by_role("button", name="Mark sent").click()
        expect(page.locator(".flash")).to_contain_text("marked sent")
    finally:
        context.close()


def test_an_expired_page_says_so_where_the_coach_was(page):
    capture_gift(page)
    page.context.clear_cookies()  # as if the session had ended
    page.locator("textarea#body").fill("Dear May,\n\nThank you.")
    expect(page.locator("#coach")).to_contain_text("This page has expired")


# --- changing your mind: the editor keeps your wording; every change can be undone -------------------

MINE = "Dear May,\n\nThe deep green scarf came with me to the lake on Sunday.\n\nLove,\nSam"


def test_typed_words_come_back_after_leaving_by_a_menu_link(page):
    capture_gift(page)
    body = page.locator("textarea#body")
    shown = body.input_value()
    body.fill(MINE)  # typed, not saved
    page.get_by_role("link", name="People", exact=True).click()
    expect(page).to_have_url("/people")
    page.go_back()
    expect(body).to_have_value(MINE)
    page.goto("/notes/1")  # a fresh load, not the browser's cache
    expect(body).to_have_value(MINE)
    notice = page.locator(".restored")
    expect(notice).to_contain_text("Your unsaved words are back")
    expect(page.locator("#coach")).not_to_contain_text("could be written to anyone")  # coached as restored
    notice.get_by_role("button", name="Discard them").click()
    expect(body).to_have_value(shown)
    page.reload()
    expect(body).to_have_value(shown)
    expect(page.locator(".restored")).to_have_count(0)
    assert page.csp_errors == []


def test_typed_words_come_back_after_an_error_page(page):
    capture_gift(page)
    page.locator("textarea#body").fill(MINE)
    page.goto("/notes/99")  # a page that is not there
    expect(page.locator("main")).to_contain_text("no note #99")
    page.go_back()
    expect(page.locator("textarea#body")).to_have_value(MINE)


def test_saved_words_are_not_restored_over_the_notebook(page):
    capture_gift(page)
    body = page.locator("textarea#body")
    body.fill(MINE)
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".flash")).to_contain_text("Draft saved")
    expect(body).to_have_value(MINE)
    expect(page.locator(".restored")).to_have_count(0)
    page.get_by_role("button", name="Mark sent").click()
    expect(page.locator(".flash")).to_contain_text("marked sent")
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('thankful:'))") == []


def test_another_wording_goes_beside_your_words_not_over_them(page):
    capture_gift(page)
    body = page.locator("textarea#body")
    body.fill(MINE)
    page.get_by_role("button", name="Another wording").click()
    expect(page).to_have_url("/notes/1?variant=1")
    expect(body).to_have_value(MINE)
    beside = page.locator("section.beside")
    expect(beside).to_contain_text("Another wording")
    expect(beside.locator(".fresh-text")).not_to_have_text(MINE)
    beside.get_by_role("button", name="Replace my wording with this one").click()
    expect(body).not_to_have_value(MINE)
    page.get_by_role("button", name="Undo").click()  # offered right after the change
    expect(page.locator(".flash")).to_contain_text("Undid: fresh draft #1")
    expect(body).to_have_value(MINE)


def test_start_again_asks_and_keeping_your_wording_saves_it(page):
    capture_gift(page)
    page.locator("textarea#body").fill(MINE)
    page.get_by_role("button", name="Save draft").click()
    page.locator("textarea#body").fill(MINE + "\nP.S. See you at Thanksgiving.")
    page.get_by_role("button", name="Start again from a fresh draft").click()
    expect(page.get_by_role("heading", name="Start again from a fresh draft?")).to_be_visible()
    expect(page.locator(".email-preview .body")).to_contain_text("P.S. See you at Thanksgiving.")
    page.get_by_role("button", name="Keep my wording").click()
    expect(page).to_have_url("/notes/1")
    expect(page.locator("textarea#body")).to_have_value(lambda_contains("P.S. See you at Thanksgiving."))


def test_edit_delete_and_undo_from_the_note_page(page):
    capture_gift(page)
    page.get_by_role("link", name="Edit the facts, due date or recipient").click()
    page.get_by_label("What did they give or do?").fill("a green wool scarf")
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator(".flash")).to_contain_text("Saved: what.")
    expect(page.locator("textarea#body")).to_have_value(lambda_contains("green wool scarf"))
    page.get_by_role("link", name="Delete this note").click()
    expect(page.locator("ul.goes")).to_contain_text("note #1 to May Lee (a green wool scarf, owed)")
    page.get_by_role("button", name="Delete").click()
    expect(page).to_have_url("/notes")
    expect(page.locator(".flash")).to_contain_text("Deleted note #1 to May Lee")
    page.get_by_role("button", name="Undo").click()
    expect(page.locator(".flash")).to_contain_text("Undid: delete #1")
    page.goto("/notes/1")
    expect(page.locator("textarea#body")).to_have_value(lambda_contains("green wool scarf"))
    assert page.csp_errors == []
def test_the_token_opens_the_page_then_leaves_the_address_bar(browser, server):
    address, token = server
    context = browser.new_context(base_url=address)
    try:
        page = context.new_page()
        page.goto("/people")
        expect(page.locator("h1")).to_have_text("Open Thankful from its address")
        page.goto(f"/notes?status=all&token={token}")  # the printed address, with a page of its own
        expect(page).to_have_url(f"{address}/notes?status=all")
        assert token not in page.url and all(token not in entry for entry in page.evaluate("[document.referrer]"))
        page.goto("/people")
        expect(page.locator("h1")).to_have_text("People")
        other = browser.new_context(base_url=address)  # another browser (or account): no cookie, no page
        try:
            stranger = other.new_page()
            stranger.goto("/people")
            expect(stranger.locator("h1")).to_have_text("Open Thankful from its address")
        finally:
            other.close()
    finally:
        context.close()
