"""Accessibility in a real browser: axe-core (WCAG 2.2 A and AA rules) on every page at desktop and phone
widths, and no page wider than a phone's screen. Playwright drives Debian's chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import served
from test_web_browser import browser, capture_gift, server  # noqa: F401 (fixtures)
from thankful.store import open_notebook
from thankful.web import create_app

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PAGES = ["/", "/capture", "/notes", "/notes?status=all", "/notes/1", "/notes/1/send", "/notes/2", "/people",
         "/people/1", "/journal", "/print", "/outbox", "/stats", "/settings", "/transfer", "/no/such/page",
         "/events", "/changes", "/notes/1/edit", "/notes/1/delete", "/events/1", "/events/1/import"]
ZOLA = Path(__file__).parent / "fixtures" / "events" / "zola-wedding.csv"


@pytest.fixture(params=list(WIDTHS))
def checked(request, browser, server, db_path):  # noqa: F811
    """A page at one width that can run axe (the app's own CSP allows no injected script, so this test's
    browser context bypasses it; the app's pages are unchanged)."""
    address, token = server
    context = browser.new_context(base_url=address, viewport=WIDTHS[request.param], bypass_csp=True)
    page = context.new_page()
    page.goto(f"/?token={token}")  # opened once as its owner would, from the address `thankful serve` printed
    capture_gift(page)
    capture_gift(page, giver="Ravi Shah", what="driving me to the airport")
    page.goto("/notes/2")
    page.get_by_role("button", name="Mark sent").click()
    with open_notebook(db_path) as nb:  # an outbox row with a long address and reason, as a phone shows it
        nb.conn.execute("INSERT INTO outbox (note_id, message_id, recipient, state, reason, queued_on) VALUES "
                        "(1, '<x@example.org>', 'may.lee.with.a.very.long.address@example-family-mail.org', "
                        "'uncertain', 'the connection broke after the message was handed over (timed out)', "
                        "'2026-11-26')")
    yield page, request.param
    context.close()


def violations(page) -> list[str]:
    page.add_script_tag(content=AXE)
    found = page.evaluate("""async (rules) => {
        const result = await axe.run(document, {runOnly: {type: "tag", values: rules}});
        return result.violations.map(v => v.id + ": " + v.help + " (" + v.nodes.map(n => n.target.join(" ")).join(", ") + ")");
    }""", RULES)
    return found


def _fits(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_every_page_has_no_axe_violations_and_fits_the_screen(checked):
    page, width = checked
    problems = {}
    page.goto("/events")  # an event with a gift list: its tables, as wide as any page's
    page.get_by_label("Name").fill("Our wedding")
    page.get_by_label("Kind").select_option("wedding")
    page.get_by_label("Day").fill("2026-06-13")
    page.get_by_label("Who writes the notes (optional)").fill("Priya, Sam")
    page.get_by_role("button", name="Add the event").click()
    page.get_by_label("Gift list").set_input_files(ZOLA)
    page.get_by_role("button", name="Show the columns").click()
    mapping = violations(page) + ([f"wider than the screen by {_fits(page)}px"] if _fits(page) > 0 else [])
    if mapping:
        problems["the gift list's columns"] = mapping
    page.get_by_role("button", name="Import", exact=True).click()
    assert "/events/1" in page.url and page.locator("table.gifts tr").count() > 3
    for path in PAGES:
        page.goto(path)
        found = violations(page)
        if found:
            problems[path] = found
        if width == "phone":
            overflow = _fits(page)
            if overflow > 0:
                problems.setdefault(path, []).append(f"wider than the screen by {overflow}px")
    assert problems == {}, problems


@pytest.fixture(params=list(WIDTHS))
def served_for_phones(request, browser, db_path):  # noqa: F811
    """Settings as it is when served on the home network: the address and its QR code shown."""
    def make_app(port: int):
        return create_app(db_path, port=port, phone_url=f"http://192.168.1.23:{port}/")

    with served(make_app) as (app, port):
        context = browser.new_context(base_url=f"http://127.0.0.1:{port}", viewport=WIDTHS[request.param],
                                      bypass_csp=True)
        page = context.new_page()
        page.goto(f"/?token={app.state.web.token}")
        yield page, request.param
        context.close()


def test_the_phone_section_and_its_qr_code_pass_axe_and_fit(served_for_phones):
    page, width = served_for_phones
    page.goto("/settings")
    code = page.locator(".qr-code svg[role=img]")
    assert code.count() == 1 and code.is_visible()
    assert re.fullmatch(r"QR code for http://192\.168\.1\.23:\d+/", code.get_attribute("aria-label"))
    assert violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    box = code.bounding_box()
    assert box["width"] >= 120, box  # large enough for a phone's camera
