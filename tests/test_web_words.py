"""The page's words and links: one spelling (US English) on every page and in every template, Settings and
Import & export in the main navigation, and no token in any address a page links to or a form sends."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import owner_client
from thankful.web import create_app

TEMPLATES = Path(__file__).parent.parent / "src" / "thankful" / "web" / "templates"
# British spellings a US page would not use (the coach still recognizes them in what a person types).
BRITISH = re.compile(r"\b(favour\w*|colour\w*|behaviour\w*|neighbour\w*|honour\w*|organis\w+|recognis\w+|"
                     r"apologis\w+|realis(?:e|ed|es|ing)|catalogue\w*|centre|theatre|jewellery|cheque)\b", re.I)
PAGES = ["/", "/capture", "/capture?kind=favor", "/notes", "/notes?status=all", "/notes/1", "/notes/2",
         "/notes/1/edit", "/notes/1/delete", "/notes/2/send", "/people", "/people/1", "/journal", "/print",
         "/outbox", "/stats", "/settings", "/transfer", "/events", "/changes", "/no/such/page"]


class Links(HTMLParser):
    """Every address a page names (links, sources, form actions, htmx requests) and its GET forms' fields."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.get_form_fields: list[str] = []
        self._in_get_form = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("href", "src", "action", "formaction", "hx-get", "hx-post", "data-url"):
            if a.get(name):
                self.urls.append(a[name])
        if tag == "form":
            self._in_get_form = (a.get("method") or "get").lower() == "get"
        if tag in ("input", "select", "textarea", "button") and self._in_get_form and a.get("name"):
            self.get_form_fields.append(a["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_get_form = False


@pytest.fixture
def pages(db_path):
    """Every page of a notebook with a card note, an email note and a journal entry, as its owner sees it."""
    app = create_app(db_path)
    with owner_client(app) as c:
        t = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/").text).group(1)
        for data in ({"kind": "favor", "from": "May Lee", "what": "driving me to the airport", "on": "2026-11-20"},
                     {"kind": "interview", "from": "Dana Whitfield", "role": "Analyst", "company": "Northwind",
                      "on": "2026-11-20"}):
            assert c.post("/capture", data={"csrf_token": t, **data}).status_code == 303
        c.post("/journal", data={"csrf_token": t, "text": "A neighbor lent a ladder"})
        shown = {path: c.get(path).text for path in PAGES}
        yield shown, app.state.web.token, t


def test_every_page_and_template_uses_one_spelling(pages):
    shown, _, _ = pages
    found = {path: sorted(set(BRITISH.findall(re.sub(r"<[^>]+>", " ", html)))) for path, html in shown.items()}
    assert {p: w for p, w in found.items() if w} == {}
    in_templates = {f.name: BRITISH.findall(f.read_text()) for f in TEMPLATES.glob("*.html")}
    assert {n: w for n, w in in_templates.items() if w} == {}
    assert "favor" in shown["/capture"].lower()  # the kind is offered, spelled the US way


def test_settings_and_import_export_are_in_the_main_navigation(pages):
    shown, _, _ = pages
    for path in ("/", "/notes/1", "/stats"):
        nav = re.search(r'<nav aria-label="Main">(.*?)</nav>', shown[path], re.S)[1]
        assert '<a href="/settings"' in nav and '<a href="/transfer"' in nav and "Import &amp; export" in nav


def test_no_token_in_any_address_a_page_names_or_a_search_sends(pages):
    shown, token, csrf = pages
    for path, html in shown.items():
        links = Links()
        links.feed(html)
        assert links.urls, path
        with_secret = [u for u in links.urls if "token" in u.lower() or token in u or csrf in u]
        assert with_secret == [], (path, with_secret)
        assert "csrf_token" not in links.get_form_fields, path  # a GET form would put it in the address
    assert "Show its questions" in shown["/capture"]
    noscript = re.search(r"<noscript>(.*?)</noscript>", shown["/capture"], re.S)[1]
    assert 'formaction="/capture/kind"' in noscript  # inside the POST form: its token goes in the body
