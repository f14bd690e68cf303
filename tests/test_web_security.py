"""The web page's guards: CSRF on every change, escaping everywhere, headers, limits, loopback or a password."""

from __future__ import annotations

import re

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from conftest import PAGE, csrf_of, owner_client
from thankful.web import create_app
from thankful.web.security import CSP, check_bind, is_loopback

XSS = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture
def app(db_path):
    return create_app(db_path)


@pytest.fixture
def client(app):
    with owner_client(app) as c:
        yield c


def token(client: TestClient) -> str:
    return csrf_of(client)


def post(client: TestClient, url: str, data: dict | None = None, **kw):
    return client.post(url, data={"csrf_token": token(client), **(data or {})}, **kw)


def post_routes(app) -> list[str]:
    """Every path that accepts POST, with a real note or person id where the path needs one."""
    paths = []
    for route in app.routes:
        if isinstance(route, Route) and "POST" in (route.methods or ()):
            paths.append(re.sub(r"\{\w+:int\}", "1", route.path))  # a note, person, moment, entry
    return paths


def assert_escaped(html: str) -> None:
    assert XSS not in html, "a payload reached the page unescaped"
    assert "<script>alert" not in html


# --- CSRF -----------------------------------------------------------------------------------------

def test_every_post_without_the_token_is_refused(app, client):
    post(client, "/capture", {"kind": "gift", "from": "May", "what": "a scarf"})
    paths = post_routes(app)
    assert len(paths) >= 15  # every form of every page
    for path in paths:
        r = client.post(path, data={"kind": "gift", "from": "Mallory", "text": "x", "name": "Mallory"})
        assert r.status_code == 403, path
        assert "Nothing was changed" in r.text
    assert "Mallory" not in client.get("/notes?status=all").text
    assert "Mallory" not in client.get("/people").text


def test_a_wrong_or_stale_token_is_refused(client):
    token(client)
    r = client.post("/capture", data={"csrf_token": "forged", "kind": "gift", "from": "Mallory"})
    assert r.status_code == 403
    other = TestClient(client.app, base_url=PAGE, follow_redirects=False)  # another browser: its own session
    other.get(f"/?token={client.app.state.web.token}")
    r = other.post("/capture", data={"csrf_token": token(client), "kind": "gift", "from": "Mallory"})
    assert r.status_code == 403


def test_the_token_in_the_htmx_header_is_accepted(client):
    t = token(client)
    r = client.post("/people", data={"name": "Ravi"}, headers={"X-CSRF-Token": t})
    assert r.status_code == 303


def test_a_post_from_another_site_is_refused_even_with_a_token(client):
    t = token(client)
    r = client.post("/people", data={"csrf_token": t, "name": "Mallory"}, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403
    r = client.post("/people", data={"csrf_token": t, "name": "Mallory"}, headers={"Origin": "null"})
    assert r.status_code == 403
    r = client.post("/people", data={"csrf_token": t, "name": "Ravi"}, headers={"Origin": PAGE})
    assert r.status_code == 303


def test_reading_pages_changes_nothing(client):
    for path in ("/", "/capture?kind=gift&from=Mallory", "/notes", "/people", "/journal", "/stats", "/transfer"):
        assert client.get(path).status_code == 200
    assert "Mallory" not in client.get("/people").text


# --- escaping -------------------------------------------------------------------------------------

CAPTURE_TEXT = ("what", "detail", "use", "memory", "ahead", "occasion", "role", "company", "topic", "strength",
                "extra", "question", "organization", "goods_services")


def test_payloads_in_every_capture_field_render_as_text(client):
    for kind in ("gift", "interview", "donation"):
        data = {"kind": kind, "from": XSS, "on": "2026-11-20", **{f: f"{f} {XSS}" for f in CAPTURE_TEXT}}
        r = post(client, "/capture", data)
        assert r.status_code in (303, 400), r.text
        assert_escaped(r.text)
    pages = ["/", "/notes?status=all", "/notes/1", "/notes/2", "/people", "/people/1", f"/notes?q={XSS}",
             f"/capture?kind=gift&from={XSS}", f"/capture/fields?kind=gift&what={XSS}"]
    for path in pages:
        html = client.get(path).text
        assert_escaped(html)
    assert ESCAPED in client.get("/people").text
    assert ESCAPED in client.get("/notes/1").text


def test_payloads_in_people_and_journal_render_as_text(client):
    r = post(client, "/people", {"name": XSS, "call": XSS, "address": XSS, "notes": XSS, "relationship": "friend"})
    assert r.status_code == 303
    page = client.get("/people/1").text
    assert_escaped(page)
    assert page.count(ESCAPED) >= 4
    bad_email = post(client, "/people", {"name": "Eve", "email": XSS})
    assert bad_email.status_code == 400
    assert_escaped(bad_email.text)
    post(client, "/journal", {"text": XSS, "thank": XSS})
    for path in ("/journal", f"/journal?q={XSS}", "/", "/notes"):
        assert_escaped(client.get(path).text)
    bad_kind = post(client, "/capture", {"kind": XSS, "from": "May"})
    assert_escaped(bad_kind.text)


def test_error_messages_with_payloads_are_escaped(client):
    r = post(client, "/capture", {"kind": "gift", "from": "May", "on": XSS})
    assert r.status_code == 400
    assert_escaped(r.text)
    assert ESCAPED in r.text


def test_pages_have_no_inline_script_or_style(client):
    post(client, "/capture", {"kind": "gift", "from": "May", "what": "a scarf"})
    for path in ("/", "/capture", "/notes", "/notes/1", "/people", "/people/1", "/journal", "/stats", "/transfer",
                 "/print", "/outbox", "/nowhere"):
        html = client.get(path).text
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag, f"inline script on {path}"
        assert not re.search(r"<style\b", html), f"inline style block on {path}"
        assert not re.search(r"\sstyle=", html), f"style attribute on {path}"
        assert not re.search(r"\son[a-z]+=", html), f"event handler attribute on {path}"


# --- headers and limits ---------------------------------------------------------------------------

def test_security_headers_on_pages_errors_and_static_files(client):
    for path in ("/", "/nowhere", "/static/htmx.min.js", "/notes/404"):
        h = client.get(path).headers
        assert h["content-security-policy"] == CSP
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "same-origin"
        assert "frame-ancestors 'none'" in h["content-security-policy"]
    assert "'unsafe-inline'" not in CSP and "'unsafe-eval'" not in CSP
    assert client.get("/").headers["cache-control"] == "no-store"
    forbidden = client.post("/people", data={"name": "x"})
    assert forbidden.headers["content-security-policy"] == CSP


def test_session_cookie_is_httponly_and_samesite(app):
    with TestClient(app, base_url=PAGE, follow_redirects=False) as browser:
        cookie = browser.get(f"/?token={app.state.web.token}").headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()


def test_oversized_requests_are_refused(client):
    t = token(client)
    r = client.post("/people", data={"csrf_token": t, "name": "x" * (600 * 1024)})
    assert r.status_code == 413
    r = client.post("/people", data={"csrf_token": t, "name": "Ravi", **{f"f{i}": "x" for i in range(400)}})
    assert r.status_code == 400  # too many fields


def test_no_secret_in_any_page(db_path):
    app = create_app(db_path, password="correct horse battery staple")
    with owner_client(app) as c:
        html = c.get("/login").text
        assert "correct horse" not in html and "argon2" not in html
        assert app.state.web.password_hash.startswith("$argon2")
        key = (db_path.parent / (db_path.name + ".web-key")).read_text().strip()
        assert key not in html


# --- who may connect ------------------------------------------------------------------------------

@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"])
def test_loopback_addresses(host):
    assert is_loopback(host)
    check_bind(host, None)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.org", ""])
def test_other_addresses_need_a_password(host):
    assert not is_loopback(host)
    with pytest.raises(Exception, match="refusing to serve"):
        check_bind(host, None)
    check_bind(host, "a password")


def test_serve_refuses_a_network_address_without_a_password(cli, monkeypatch):
    monkeypatch.delenv("THANKFUL_PASSWORD", raising=False)
    code, out, err = cli("serve", "--host", "0.0.0.0")
    assert code == 2
    assert "refusing to serve on 0.0.0.0" in err and "--password-file" in err
    assert "Traceback" not in err


def test_serve_reads_an_empty_password_file_as_a_mistake(cli, tmp_path):
    empty = tmp_path / "pw"
    empty.write_text("\n")
    empty.chmod(0o600)
    code, out, err = cli("serve", "--host", "0.0.0.0", "--password-file", str(empty))
    assert code == 2 and "is empty" in err


def test_with_a_password_every_page_asks_for_it(db_path):
    with owner_client(create_app(db_path, password="s3cret words")) as c:
        r = c.get("/notes")
        assert r.status_code == 303 and r.headers["location"].startswith("/login")
        assert c.get("/static/thankful.css").status_code == 200
        login = c.get("/login").text
        t = re.search(r'name="csrf_token" value="([^"]+)"', login).group(1)
        assert c.post("/login", data={"password": "s3cret words"}).status_code == 403  # CSRF applies to login too
        wrong = c.post("/login", data={"csrf_token": t, "password": "guess"})
        assert wrong.status_code == 401 and "not right" in wrong.text
        ok = c.post("/login", data={"csrf_token": t, "password": "s3cret words", "next": "/notes"})
        assert ok.status_code == 303 and ok.headers["location"] == "/notes"
        assert c.get("/notes").status_code == 200
        t = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/").text).group(1)
        c.post("/logout", data={"csrf_token": t})
        assert c.get("/notes").status_code == 303


def test_wrong_passwords_are_throttled(db_path):
    with owner_client(create_app(db_path, password="right password")) as c:
        t = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
        codes = [c.post("/login", data={"csrf_token": t, "password": f"guess {i}"}).status_code for i in range(11)]
        assert codes[:10] == [401] * 10 and codes[10] == 429
        assert c.post("/login", data={"csrf_token": t, "password": "right password"}).status_code == 429


def test_served_over_https_the_cookie_is_secure(db_path):
    with owner_client(create_app(db_path, password="a password", https=True), base_url="https://localhost") as c:
        assert "secure" in c.get("/login").headers["set-cookie"].lower()


def test_forms_survive_a_restart_of_the_server(db_path):
    with owner_client(create_app(db_path)) as first:
        t = token(first)
        cookies = dict(first.cookies)
    key = db_path.parent / (db_path.name + ".web-key")
    assert key.stat().st_mode & 0o777 == 0o600
    with TestClient(create_app(db_path), base_url=PAGE, follow_redirects=False, cookies=cookies) as second:
        r = second.post("/people", data={"csrf_token": t, "name": "Ravi"})
        assert r.status_code == 303
