"""The Settings page a person can finish without a terminal: a provider's server filled in, a password kept
out of the notebook, what the environment decides shown and left alone, unsafe security refused on save,
and a test email through a real SMTP server (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import os

import pytest

from test_web_routes import post
from thankful.store import open_notebook
from thankful.usecases import configuration

MAIL_ENV = ("THANKFUL_SMTP_HOST", "THANKFUL_SMTP_PORT", "THANKFUL_SMTP_SECURITY", "THANKFUL_SMTP_USER",
            "THANKFUL_SMTP_PASSWORD", "THANKFUL_FROM")


@pytest.fixture(autouse=True)
def no_mail_environment(monkeypatch):
    for name in MAIL_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def no_keyring(monkeypatch):
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())


def test_a_provider_fills_in_its_server_and_says_how_to_get_an_app_password(client, db_path):
    r = post(client, "/settings/provider", {"provider": "gmail"})
    assert r.status_code == 303
    page = client.get("/settings").text
    assert 'value="smtp.gmail.com"' in page and 'value="587"' in page and "app password" in page
    with open_notebook(db_path) as nb:
        assert nb.settings.get("smtp.security") == "starttls"


def test_the_password_is_kept_beside_the_notebook_never_in_it(client, db_path, no_keyring):
    r = post(client, "/settings", {"smtp.user": "sam@example.org", "smtp.host": "smtp.example.org",
                                   "smtp.from": "Sam <sam@example.org>", "password": "app-pass-1234"})
    assert r.status_code == 303
    page = client.get("/settings").text
    assert "app-pass-1234" not in page and "only you can read" in page
    with open_notebook(db_path) as nb:
        assert "app-pass-1234" not in nb.export_text()
        kept = configuration.password_file(nb)
    assert os.stat(kept).st_mode & 0o777 == 0o600
    assert b"app-pass-1234" not in db_path.read_bytes()


def test_a_setting_the_environment_decides_is_shown_read_only_and_not_changed(client, db_path, monkeypatch):
    monkeypatch.setenv("THANKFUL_SMTP_HOST", "mail.from-env.example")
    page = client.get("/settings").text
    assert 'value="mail.from-env.example"' in page and "readonly" in page and "THANKFUL_SMTP_HOST" in page
    r = post(client, "/settings", {"smtp.host": "smtp.typed.example", "sign": "Sam"})
    assert r.status_code == 303
    flashed = client.get("/settings").text
    assert "Not changed, because the environment sets them: THANKFUL_SMTP_HOST" in flashed
    with open_notebook(db_path) as nb:
        assert nb.settings.get("smtp.host") is None and nb.settings.get("sign") == "Sam"


def test_unencrypted_mail_to_another_machine_is_refused_when_saved(client, db_path):
    r = post(client, "/settings", {"smtp.host": "smtp.gmail.com", "smtp.security": "none", "sign": "Sam"})
    assert r.status_code == 400 and "unencrypted" in r.text
    with open_notebook(db_path) as nb:
        assert nb.settings.get("smtp.host") is None and nb.settings.get("sign") is None  # all or nothing


def test_send_a_test_email_to_yourself(client, monkeypatch):
    from deliver_fixtures import Server

    with Server() as smtp:
        post(client, "/settings", {"smtp.host": "127.0.0.1", "smtp.port": str(smtp.port), "smtp.security": "none",
                                   "smtp.from": "Sam Lee <sam@example.org>"})
        r = post(client, "/settings/test")
        assert r.status_code == 303 and "Sent a test email to sam@example.org" in client.get("/settings").text
    [message] = smtp.handler.messages
    assert message["To"].endswith("<sam@example.org>") and "settings work" in message["Subject"]


def test_a_test_email_without_a_server_says_what_is_missing(client):
    post(client, "/settings/test")
    page = client.get("/settings").text
    assert "The test email was not sent: no mail server is set" in page
