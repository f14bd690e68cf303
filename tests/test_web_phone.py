"""Opening the page on a phone: the home-network address `thankful serve` prints and Settings shows, and a
QR code that holds that plain address (never a token; the phone signs in with the password)."""

from __future__ import annotations

import ipaddress
import os
import re
import socket
import subprocess

import segno

from conftest import THANKFUL, owner_client
from thankful.web import create_app, phone

PASSWORD = "correct horse battery"


def _login(client) -> None:
    t = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    assert client.post("/login", data={"csrf_token": t, "password": PASSWORD}).status_code == 303


def test_a_specific_address_listened_on_is_the_one_shown():
    assert phone.home_network_ip("192.168.1.23") == "192.168.1.23"
    assert phone.phone_address("192.168.1.23", 8765, tls=False) == "http://192.168.1.23:8765/"
    assert phone.phone_address("[fd00::5]", 8443, tls=True) == "https://[fd00::5]:8443/"


def test_listening_everywhere_the_address_is_one_a_phone_can_reach_or_none():
    found = phone.home_network_ip("0.0.0.0")
    assert found is None or not (ipaddress.ip_address(found).is_loopback or ipaddress.ip_address(found).is_unspecified)


def test_with_no_network_there_is_no_address_rather_than_a_wrong_one(monkeypatch):
    class NoRoute:
        def __init__(self, *a):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

        def connect(self, address):
            raise OSError("Network is unreachable")

    monkeypatch.setattr(phone.socket, "socket", NoRoute)
    monkeypatch.setattr(phone.socket, "getaddrinfo",
                        lambda *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.1.1", 0))])
    assert phone.home_network_ip("0.0.0.0") is None
    assert phone.phone_address("0.0.0.0", 8765, tls=False) is None


def test_the_qr_code_is_an_image_with_a_name_and_holds_exactly_the_address():
    svg = phone.qr_svg("http://192.168.1.23:8765/", 'QR code for "home"')
    assert svg.startswith('<svg role="img" aria-label="QR code for &#34;home&#34;" ')
    other = phone.qr_svg("http://192.168.1.23:8765/?token=x", "QR code")
    assert svg.split(">", 1)[1] != other.split(">", 1)[1]  # the drawing is the address's own
    expected = segno.make("http://192.168.1.23:8765/", error="m").svg_inline(
        scale=5, border=4, dark="#1d2b27", light="#ffffff", svgclass="qr", lineclass=None, omitsize=False)
    assert svg.split(">", 1)[1] == expected.split(">", 1)[1]


def test_settings_shows_the_address_and_its_code_never_a_token(db_path):
    app = create_app(db_path, password=PASSWORD, any_address=True,
                     phone_url="http://192.168.1.23:8765/?token=leaked")  # a query is never shown
    assert app.state.web.phone_url == "http://192.168.1.23:8765/"
    with owner_client(app, base_url="http://192.168.1.23:8765") as c:
        _login(c)
        page = c.get("/settings").text
    assert "Open on your phone" in page and 'href="http://192.168.1.23:8765/"' in page
    assert "token" not in page.split('id="phone-h"')[1]
    assert phone.qr_svg("http://192.168.1.23:8765/", "QR code for http://192.168.1.23:8765/") in page


def test_on_this_computer_only_settings_says_how_a_phone_could_open_it(db_path):
    with owner_client(create_app(db_path)) as c:
        page = c.get("/settings").text
    assert "open on this computer only" in page and "<svg" not in page
    assert "--host" not in page and "thankful serve" not in page  # no command-line words on the page


def test_serve_on_the_network_prints_the_phone_address_without_a_token(db_path):
    env = {**os.environ, "THANKFUL_DB": str(db_path), "THANKFUL_PASSWORD": PASSWORD}
    serving = subprocess.Popen([THANKFUL, "serve", "--host", "0.0.0.0", "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = serving.stdout.readline()
        port = re.match(r"Thankful is open at http://127\.0\.0\.1:(\d+)/$", first.strip())
        assert port, first
        lines = []
        for line in serving.stdout:
            lines.append(line)
            if line.startswith(("Notebook:", "Press Ctrl+C")):
                break
        expected = phone.phone_address("0.0.0.0", int(port[1]), tls=False)
        said = [ln for ln in lines if ln.startswith("On your phone")]
        if expected is None:  # a machine with no network at all: nothing to print, nothing wrong printed
            assert said == []
        else:
            assert said == [f"On your phone or tablet (on the same network): {expected} (it asks for the "
                            "password; Settings shows a QR code for it)\n"]
            assert "token" not in said[0]
    finally:
        serving.terminate()
        serving.wait(timeout=30)
