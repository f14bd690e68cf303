"""A web page only its owner can reach: the Host names it answers to (DNS rebinding), Origin checked against
them, the per-run token on this computer, server-side sessions that logout ends, a login limit per client
that holds under concurrent guesses, passwords and password files, cookie names per port. Real servers
(`thankful serve`, uvicorn) where the socket matters."""

from __future__ import annotations

import http.client
import os
import re
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from starlette.testclient import TestClient

from conftest import PAGE, THANKFUL, csrf_of, owner_client, served
from failing import assert_failed_cleanly
from thankful.domain.errors import UsageError
from thankful.web import create_app
from thankful.web.security import Hosts, LoginThrottle

PASSWORD = "correct horse battery"


@pytest.fixture
def app(db_path):
    app = create_app(db_path, port=8765)
    with owner_client(app) as client:  # a note to be read by whoever gets in
        client.post("/people", data={"csrf_token": csrf_of(client), "name": "Secret Santa"})
    return app


# --- the Host names it answers to -------------------------------------------------------------------

@pytest.mark.parametrize("host, status", [
    ("127.0.0.1:8765", 200), ("localhost:8765", 200), ("[::1]:8765", 200), ("LOCALHOST.:8765", 200),
    ("localhost", 200), ("evil.example:8765", 421), ("evil.example", 421), ("127.0.0.1.nip.io:8765", 421),
    ("localhost.evil.example:8765", 421), ("sub.localhost:8765", 421), ("192.168.1.20:8765", 421),
    ("", 400), ("[::1", 400), ("a b:8765", 421),
])
def test_only_the_names_it_was_started_with_are_answered(app, host, status):
    with owner_client(app) as client:
        r = client.get("/people", headers={"Host": host})
        assert r.status_code == status
        if status != 200:
            assert "Secret Santa" not in r.text and "Traceback" not in r.text
            assert r.headers["content-security-policy"]


def test_names_the_owner_adds_are_answered_too(db_path):
    app = create_app(db_path, hosts=("thankful.home.arpa",))
    with owner_client(app, base_url="http://thankful.home.arpa:8765") as client:
        assert client.get("/").status_code == 200
    assert Hosts(("thankful.home.arpa",)).allows("THANKFUL.home.arpa.")
    anywhere = Hosts(any_address=True)  # listening on 0.0.0.0: any address, still no other name
    assert anywhere.allows("192.168.1.20") and anywhere.allows("[fe80::1]") and not anywhere.allows("evil.example")


def _raw(port: int, method: str, path: str, headers: dict, body: str = "") -> tuple[int, str]:
    """A request as curl sends it: straight to 127.0.0.1, with whatever Host header the caller chose."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.putrequest(method, path, skip_host=True)
    for name, value in headers.items():
        conn.putheader(name, value)
    data = body.encode()
    conn.putheader("Content-Length", str(len(data)))
    conn.endheaders(data)
    response = conn.getresponse()
    text = response.read().decode()
    conn.close()
    return response.status, text


def test_dns_rebinding_reads_and_writes_nothing(db_path):
    """A site whose name an attacker pointed at 127.0.0.1: its page reaches the server, with its own name in
    Host and Origin. Even with the owner's cookie (a rebinding page would not have it) it gets nothing."""
    with served(lambda port: create_app(db_path)) as (app, port):
        with owner_client(app, base_url=f"http://127.0.0.1:{port}") as owner:
            csrf = csrf_of(owner)
            cookie = "; ".join(f"{k}={v}" for k, v in owner.cookies.items())
        evil = f"evil.example:{port}"
        status, text = _raw(port, "GET", "/export", {"Host": evil, "Cookie": cookie})
        assert status == 421 and "thankful-notebook" not in text
        status, _ = _raw(port, "POST", "/people", {"Host": evil, "Origin": f"http://{evil}", "Cookie": cookie,
                                                   "Content-Type": "application/x-www-form-urlencoded"},
                         f"csrf_token={csrf}&name=Mallory")
        assert status == 421
        status, _ = _raw(port, "GET", "/export", {"Host": f"127.0.0.1:{port}", "Cookie": cookie})
        assert status == 200  # the owner, by the name it was started with
        status, text = _raw(port, "GET", "/people", {"Host": f"127.0.0.1:{port}", "Cookie": cookie})
        assert "Mallory" not in text


@pytest.mark.parametrize("origin, status", [
    (PAGE, 303), ("http://localhost:8765", 303), ("http://[::1]:8765", 303),
    ("http://localhost:9999", 403),            # another program on this computer: another origin
    ("https://evil.example", 403), ("http://evil.example:8765", 403), ("null", 403),
    ("http://127.0.0.1:8765.evil.example", 403), ("javascript:alert(1)", 403),
])
def test_origin_is_checked_against_the_names_and_the_port(app, origin, status):
    with owner_client(app) as client:
        r = client.post("/people", data={"csrf_token": csrf_of(client), "name": "Ravi"}, headers={"Origin": origin})
        assert r.status_code == status


def test_a_cross_site_fetch_is_refused_even_without_an_origin(app):
    with owner_client(app) as client:
        r = client.post("/people", data={"csrf_token": csrf_of(client), "name": "Ravi"},
                        headers={"Sec-Fetch-Site": "cross-site"})
        assert r.status_code == 403


# --- the token --------------------------------------------------------------------------------------

def test_without_the_token_nothing_is_shown(app):
    with TestClient(app, base_url=PAGE, follow_redirects=False) as stranger:  # another account on the machine
        for path in ("/", "/people", "/export", "/notes/1", "/calendar.ics", "/stats/chart.svg"):
            r = stranger.get(path)
            assert r.status_code == 403 and "Secret Santa" not in r.text and "thankful-notebook" not in r.text
            assert "?token=" in r.text  # it says how to get in
        r = stranger.post("/people", data={"name": "Mallory"})
        assert r.status_code == 403
        wrong = stranger.get("/?token=guess")
        assert wrong.status_code == 403 and "not this server's" in wrong.text
        assert stranger.get("/static/thankful.css").status_code == 200  # the look, nothing of the notebook


def test_the_token_opens_the_page_once_and_leaves_the_address(app):
    with TestClient(app, base_url=PAGE, follow_redirects=False) as browser:
        r = browser.get(f"/notes?status=all&token={app.state.web.token}")
        assert r.status_code == 303 and r.headers["location"] == "/notes?status=all"
        assert "thankful-8765" in r.headers["set-cookie"]
        assert browser.get("/people").status_code == 200 and "Secret Santa" in browser.get("/people").text
        assert browser.post(f"/people?token={app.state.web.token}", data={"name": "x"}).status_code == 403


def test_each_run_has_its_own_token(db_path):
    assert create_app(db_path).state.web.token != create_app(db_path).state.web.token
    assert len(create_app(db_path).state.web.token) >= 32
    assert create_app(db_path, password=PASSWORD).state.web.token is None  # a password instead


# --- sessions the server ends -------------------------------------------------------------------------

@pytest.mark.parametrize("password", [None, PASSWORD])
def test_logout_ends_the_session_on_the_server(db_path, password):
    app = create_app(db_path, password=password)
    with owner_client(app) as client:
        if password:
            client.post("/login", data={"csrf_token": csrf_of(client, "/login"), "password": PASSWORD})
        assert client.get("/people").status_code == 200
        stolen = dict(client.cookies)  # a copy of the cookie, as someone at the keyboard could take
        client.post("/logout", data={"csrf_token": csrf_of(client)})
        assert client.get("/people").status_code in (303, 403)
    with TestClient(app, base_url=PAGE, follow_redirects=False, cookies=stolen) as replay:
        assert replay.get("/people").status_code in (303, 403)


# --- logins ---------------------------------------------------------------------------------------------

def test_the_login_limit_is_per_client(db_path):
    app = create_app(db_path, password=PASSWORD)
    with owner_client(app, client=("203.0.113.9", 4000)) as guesser:
        csrf = csrf_of(guesser, "/login")
        codes = [guesser.post("/login", data={"csrf_token": csrf, "password": f"guess {i}"}).status_code
                 for i in range(11)]
        assert codes == [401] * 10 + [429]
    with owner_client(app, client=("192.0.2.1", 5000)) as owner:  # the owner is not locked out
        r = owner.post("/login", data={"csrf_token": csrf_of(owner, "/login"), "password": PASSWORD})
        assert r.status_code == 303


def test_guesses_sent_at_once_are_counted_before_they_are_checked():
    throttle = LoginThrottle(limit=10)
    start = threading.Barrier(17)
    checked = []

    def guess(i: int) -> None:
        start.wait()
        if throttle.begin("203.0.113.9"):
            checked.append(i)
            time.sleep(0.05)  # the slow password check, during which the others arrive
            throttle.end("203.0.113.9", ok=False)

    with ThreadPoolExecutor(17) as pool:
        list(pool.map(guess, range(17)))
    assert len(checked) == 10
    assert not throttle.begin("203.0.113.9") and throttle.begin("192.0.2.1")


def test_concurrent_guesses_at_a_real_server_stop_at_the_limit(db_path):
    with served(lambda port: create_app(db_path, password=PASSWORD)) as (app, port):
        with TestClient(app, base_url=f"http://127.0.0.1:{port}", follow_redirects=False) as page:
            login = page.get("/login")
            csrf = re.search(r'name="csrf_token" value="([^"]+)"', login.text).group(1)
            cookie = "; ".join(f"{k}={v}" for k, v in page.cookies.items())

        def guess(i: int) -> int:
            status, _ = _raw(port, "POST", "/login", {
                "Host": f"127.0.0.1:{port}", "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
                f"csrf_token={csrf}&password=guess{i}")
            return status

        with ThreadPoolExecutor(17) as pool:
            statuses = list(pool.map(guess, range(17)))
        assert statuses.count(401) <= 10 and statuses.count(401) + statuses.count(429) == 17


@pytest.mark.parametrize("password", ["short", "        ", "1234567", " abc   "])
def test_short_passwords_are_refused(db_path, password):
    with pytest.raises(UsageError, match="at least 8 characters"):
        create_app(db_path, password=password)


def test_serve_refuses_a_short_password_or_one_others_can_read(tmp_path, db_path):
    env = {**os.environ, "THANKFUL_PASSWORD": " "}
    short = subprocess.run([THANKFUL, "serve", "--host", "0.0.0.0", "--port", "0"], capture_output=True, text=True,
                           env=env, timeout=60)
    assert_failed_cleanly(short, 2, "at least 8 characters")
    shared = tmp_path / "password"
    shared.write_text(PASSWORD + "\n")
    shared.chmod(0o644)
    env = {k: v for k, v in os.environ.items() if k != "THANKFUL_PASSWORD"}
    result = subprocess.run([THANKFUL, "serve", "--host", "0.0.0.0", "--port", "0", "--password-file", str(shared)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert_failed_cleanly(result, 2, "can be read by others", f"chmod 600 {shared}")


def test_cookie_names_carry_the_port(db_path):
    first, second = create_app(db_path, port=8765), create_app(db_path, port=8766)
    with owner_client(first, base_url="http://127.0.0.1:8765") as a, \
            owner_client(second, base_url="http://127.0.0.1:8766") as b:
        assert set(a.cookies) == {"thankful-8765"} and set(b.cookies) == {"thankful-8766"}
        # one browser holding both: each server reads its own and neither overwrites the other
        both = {**dict(a.cookies), **dict(b.cookies)}
    for app, base in ((first, "http://127.0.0.1:8765"), (second, "http://127.0.0.1:8766")):
        with TestClient(app, base_url=base, follow_redirects=False, cookies=both) as browser:
            assert browser.get("/people").status_code == 200


# --- thankful serve, as a person starts it ----------------------------------------------------------------

def test_serve_prints_the_address_with_its_token_and_answers_only_it(db_path):
    env = {**os.environ, "THANKFUL_DB": str(db_path)}
    env.pop("THANKFUL_PASSWORD", None)
    serving = subprocess.Popen([THANKFUL, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env)
    try:
        first = serving.stdout.readline()
        found = re.match(r"Thankful is open at http://127\.0\.0\.1:(\d+)/\?token=([\w-]{32,})$", first.strip())
        assert found, first
        port, token = int(found[1]), found[2]
        host = {"Host": f"127.0.0.1:{port}"}
        assert _raw(port, "GET", "/people", host)[0] == 403
        status, _ = _raw(port, "GET", f"/?token={token}", host)
        assert status == 303
        assert _raw(port, "GET", "/export", {"Host": f"evil.example:{port}"})[0] == 421
    finally:
        serving.terminate()
        serving.wait(timeout=30)


def test_a_key_or_sessions_file_someone_else_could_write_is_not_trusted(db_path):
    """In a shared folder another account could plant the cookie key or a session list; neither is used."""
    from thankful.web.security import Sessions, read_private, session_key

    key_file = db_path.parent / (db_path.name + ".web-key")
    key_file.write_text("k" * 40 + "\n")
    key_file.chmod(0o644)  # readable (and so knowable) by others
    assert read_private(key_file) is None and session_key(str(db_path)) != "k" * 40
    assert key_file.stat().st_mode & 0o777 == 0o600  # replaced by a key of our own

    planted = db_path.parent / "planted-sessions"
    import hashlib
    import json

    planted.write_text(json.dumps({hashlib.sha256(b"forged").hexdigest(): time.time() + 3600}))
    planted.chmod(0o666)
    assert not Sessions(planted, 3600).valid("forged")
    planted.chmod(0o600)
    assert Sessions(planted, 3600).valid("forged")  # the same file, ours alone: trusted
