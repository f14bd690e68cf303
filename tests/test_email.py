"""Email through a real SMTP server (aiosmtpd on 127.0.0.1): delivery, retries, refusals, TLS, the outbox."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from deliver_fixtures import (
    PASSWORD,
    TODAY,
    Server,
    drafted,
    make_certificates,
    server_context,
    settings,
)
from thankful.channels.email.settings import SmtpSettings
from thankful.channels.email.smtp import send_to_self
from thankful.domain.errors import ThankfulError, UsageError
from thankful.usecases import configuration, liveness, sending, track


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def server():
    with Server() as s:
        yield s


def send(nb, ids, port, sleeps=None, **kw):
    options = {k: kw.pop(k) for k in ("force", "every") if k in kw}
    return sending.send_notes(nb, ids, settings(port, **kw), TODAY, sleep=(sleeps if sleeps is not None else []).append,
                           **options)


def box(nb, note_id):
    return nb.outbox.get(note_id)


def test_a_note_is_delivered_once_with_its_stored_message_id(nb, server):
    note = drafted(nb, "May Lee", "may@example.org", subject="Thank you — Data Analyst interview")
    [result] = send(nb, [note], server.port)
    assert result.status == "sent" and result.attempted
    [msg] = server.handler.messages
    stored = nb.notes.get(note)
    assert msg["Message-ID"].strip() == stored.message_id == box(nb, note)["message_id"] == result.message_id
    assert msg["Subject"] == "Thank you — Data Analyst interview"
    assert msg["To"].addresses[0].addr_spec == "may@example.org"
    assert msg["From"].addresses[0].display_name == "Sam Lee"
    assert server.handler.envelopes == [("sam@example.org", ["may@example.org"])]
    plain, html = msg.get_body(("plain",)), msg.get_body(("html",))
    assert "Thank you for talking with me about the analyst role today." in plain.get_content()
    assert "<p>Thank you for talking with me about the analyst role today.</p>" in html.get_content()
    assert (stored.status, stored.sent_on, stored.sent_via) == ("sent", TODAY.isoformat(), "email")
    assert box(nb, note)["state"] == "sent"
    listed = {n["note"]: n["status"] for n in track.owed(nb, TODAY, all_notes=True)}
    assert listed[note] == "sent"


def test_a_sent_note_is_never_sent_again_even_with_force(nb, server):
    note = drafted(nb, "May Lee", "may@example.org")
    send(nb, [note], server.port)
    for force in (False, True):
        with pytest.raises(UsageError, match="never sent again"):
            send(nb, [note], server.port, force=force)
    assert len(server.handler.messages) == 1


def test_the_subject_defaults_to_thanking_the_person_by_name(nb, server):
    note = drafted(nb, "May Lee", "may@example.org", kind="gift")
    send(nb, [note], server.port)
    assert server.handler.messages[0]["Subject"] == "Thank you, May Lee"


def test_accented_text_arrives_intact_and_travels_as_seven_bit(nb, server):
    note = drafted(nb, "Zoë Brontë", "zoe@example.org", body="Chère Zoë,\n\nMerci — the café au lait set is perfect.\n\nSam",
                   subject="Merci, Zoë")
    send(nb, [note], server.port)
    [raw], [msg] = server.handler.raw, server.handler.messages
    assert max(raw) < 128
    assert msg["Subject"] == "Merci, Zoë" and msg["To"].addresses[0].display_name == "Zoë Brontë"
    assert "Merci — the café au lait set is perfect." in msg.get_body(("plain",)).get_content()


def test_html_alternative_escapes_the_text(nb, server):
    note = drafted(nb, "Bo Ray", "bo@example.org", body="Dear Bo,\n\nThanks for the <b>tips</b> & tricks.\nSam")
    send(nb, [note], server.port)
    html = server.handler.messages[0].get_body(("html",)).get_content()
    assert "&lt;b&gt;tips&lt;/b&gt; &amp; tricks.<br>Sam" in html


def test_a_451_is_retried_after_a_backoff_and_then_delivered(nb, server):
    server.handler.script = ["451"]
    note = drafted(nb, "May Lee", "may@example.org")
    sleeps = []
    [result] = send(nb, [note], server.port, sleeps, backoff=0.5)
    assert result.status == "sent"
    assert sleeps == [0.5]
    assert len(server.handler.messages) == 1
    assert box(nb, note)["attempts"] == 1  # one claim, two tries inside it


def test_a_busy_mailbox_at_rcpt_is_retried(nb, server):
    server.handler.script = ["rcpt-450"]
    note = drafted(nb, "May Lee", "may@example.org")
    [result] = send(nb, [note], server.port)
    assert result.status == "sent" and len(server.handler.messages) == 1


def test_a_550_fails_with_the_servers_reason_and_can_be_tried_again_by_number(nb, server):
    server.handler.script = ["550"]
    note = drafted(nb, "May Lee", "may@example.org")
    sleeps = []
    [result] = send(nb, [note], server.port, sleeps)
    assert result.status == "failed" and "550 5.1.1 no such mailbox here" in result.reason
    assert sleeps == []  # a permanent refusal is not retried
    assert box(nb, note)["state"] == "failed" and nb.notes.get(note).status == "drafted"
    assert {n["note"]: n["status"] for n in track.owed(nb, TODAY, all_notes=True)}[note] == "failed"
    # --all passes over it; naming it sends it again
    [held] = send(nb, [note], server.port, every=True)
    assert held.status == "failed" and not held.attempted
    [again] = send(nb, [note], server.port)
    assert again.status == "sent" and len(server.handler.messages) == 1


def test_a_connection_dropped_after_data_is_uncertain_and_resent_only_with_force(nb, server):
    server.handler.script = ["drop"]
    note = drafted(nb, "May Lee", "may@example.org")
    [result] = send(nb, [note], server.port)
    assert result.status == "uncertain" and "after the message was handed over" in result.reason
    assert box(nb, note)["state"] == "uncertain"
    assert nb.notes.get(note).status == "drafted"
    with pytest.raises(UsageError, match="may already have arrived") as refused:
        send(nb, [note], server.port)
    assert refused.value.what == "uncertain"  # each face says how: --force, or the page's "send again"
    [held] = send(nb, [note], server.port, every=True)
    assert held.status == "uncertain" and not held.attempted
    assert len(server.handler.messages) == 1
    [listed] = sending.outbox_listing(nb)
    assert (listed["note"], listed["status"], listed["to"]) == (note, "uncertain", "May Lee")
    assert listed["reason"] == box(nb, note)["reason"]
    [forced] = send(nb, [note], server.port, force=True)
    assert forced.status == "sent"
    first, second = server.handler.message_ids()
    assert first == second == nb.notes.get(note).message_id  # the same message, so clients can tell


def test_connection_refused_is_retried_with_doubling_backoff_then_left_queued(nb):
    from deliver_fixtures import free_port

    first, second = drafted(nb, "May Lee", "may@example.org"), drafted(nb, "Bo Ray", "bo@example.org")
    sleeps = []
    results = send(nb, [first, second], free_port(), sleeps, retries=2, backoff=0.25)
    assert sleeps == [0.25, 0.5]
    assert [r.status for r in results] == ["queued", "queued"]
    assert "Connection refused" in results[0].reason and results[1].reason.startswith("not tried")
    assert box(nb, first)["state"] == "queued" and box(nb, second)["state"] == "queued"
    with Server() as late:  # the server is back: the queue goes out with the Message-IDs fixed before
        ids_before = [box(nb, n)["message_id"] for n in (first, second)]
        results = send(nb, [first, second], late.port)
        assert [r.status for r in results] == ["sent", "sent"]
        assert late.handler.message_ids() == ids_before


def test_invalid_addresses_are_refused_before_any_connection(nb, server):
    good = drafted(nb, "May Lee", "may@example.org")
    bad = drafted(nb, "Bo Ray", "bo@example.org")
    with nb.transaction():  # as an old import might have left it
        person = nb.people.get(nb.notes.get(bad).person_id)
        person.email = "bo@@example"
        nb.people.update(person)
    with pytest.raises(UsageError, match="not valid"):
        send(nb, [good, bad], server.port)
    assert server.handler.connections == 0
    assert box(nb, good) is None  # nothing queued either


def test_notes_without_a_draft_or_address_are_refused_naming_what_is_missing(nb, server):
    owed = drafted(nb, "May Lee", "may@example.org", status="owed", body=" ")
    with pytest.raises(UsageError, match="has no draft yet") as refused:
        send(nb, [owed], server.port)
    assert (refused.value.what, refused.value.note) == ("draft", owed)
    nomail = drafted(nb, "Bo Ray", "")
    with pytest.raises(UsageError, match="Bo Ray has no email address") as refused:
        send(nb, [nomail], server.port)
    assert (refused.value.what, refused.value.name) == ("email", "Bo Ray")
    assert server.handler.connections == 0


def test_all_selects_drafted_email_notes_with_an_address(nb, server):
    interview = drafted(nb, "May Lee", "may@example.org")
    drafted(nb, "Bo Ray", "bo@example.org", kind="gift")  # a card: not emailed by --all
    drafted(nb, "Cy Dee", "")  # no address
    drafted(nb, "Di Eve", "di@example.org", status="owed")
    assert sending.drafted_email_notes(nb) == [interview]


def test_security_none_is_refused_for_a_host_that_is_not_this_machine(nb, server):
    note = drafted(nb, "May Lee", "may@example.org")
    for host in ("smtp.example.org", "192.0.2.10"):
        with pytest.raises(UsageError, match="only to this machine"):
            send(nb, [note], server.port, host=host)
    for host in ("localhost", "127.0.0.1", "::1"):
        SmtpSettings(host=host, security="none", sender="a@example.org").check()
    assert server.handler.connections == 0 and box(nb, note) is None


def test_starttls_with_an_untrusted_certificate_is_refused(nb, certs, tmp_path):
    ca, cert, key = certs
    note = drafted(nb, "May Lee", "may@example.org")
    with Server(starttls=server_context(cert, key)) as s:
        with pytest.raises(ThankfulError, match="cannot verify the certificate"):
            send(nb, [note], s.port, security="starttls")
        assert s.handler.messages == []
        assert box(nb, note)["state"] == "queued"  # nothing left: it waits for a trusted server
        [result] = send(nb, [note], s.port, security="starttls", cafile=str(ca))
        assert result.status == "sent" and len(s.handler.messages) == 1


def test_starttls_checks_the_host_name_too(nb, tmp_path):
    ca, cert, key = make_certificates(tmp_path, name="mail.example.org")  # trusted, but for another name
    note = drafted(nb, "May Lee", "may@example.org")
    with Server(starttls=server_context(cert, key)) as s:
        with pytest.raises(ThankfulError, match="cannot verify the certificate.*mismatch"):
            send(nb, [note], s.port, security="starttls", cafile=str(ca))
        assert s.handler.messages == []


def test_a_missing_certificate_file_is_named(nb, certs, tmp_path):
    ca, cert, key = certs
    note = drafted(nb, "May Lee", "may@example.org")
    with Server(starttls=server_context(cert, key)) as s:
        with pytest.raises(ThankfulError, match="cannot read the certificate .*gone.pem"):
            send(nb, [note], s.port, security="starttls", cafile=str(tmp_path / "gone.pem"))


def test_ssl_with_an_untrusted_certificate_is_refused_and_works_when_trusted(nb, certs):
    ca, cert, key = certs
    note = drafted(nb, "May Lee", "may@example.org")
    with Server(implicit=server_context(cert, key)) as s:
        with pytest.raises(ThankfulError, match="cannot verify the certificate"):
            send(nb, [note], s.port, security="ssl")
        [result] = send(nb, [note], s.port, security="ssl", cafile=str(ca), host="localhost")
        assert result.status == "sent" and len(s.handler.messages) == 1


def test_login_uses_the_password_from_the_environment_and_never_stores_it(nb, certs, monkeypatch):
    ca, cert, key = certs
    note = drafted(nb, "May Lee", "may@example.org")
    monkeypatch.setenv("THANKFUL_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("THANKFUL_SMTP_USER", "sam")
    monkeypatch.setenv("THANKFUL_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("THANKFUL_SMTP_SECURITY", "starttls")
    monkeypatch.setenv("THANKFUL_SMTP_CAFILE", str(ca))
    monkeypatch.setenv("THANKFUL_FROM", "Sam Lee <sam@example.org>")
    monkeypatch.setenv("THANKFUL_SMTP_BACKOFF", "0")
    with Server(starttls=server_context(cert, key), auth=True) as s:
        monkeypatch.setenv("THANKFUL_SMTP_PORT", str(s.port))
        loaded = configuration.smtp_settings(nb)
        assert PASSWORD not in repr(loaded)
        [result] = sending.send_notes(nb, [note], loaded, TODAY)
        assert result.status == "sent" and s.handler.logins == ["sam"]
        monkeypatch.setenv("THANKFUL_SMTP_PASSWORD", "wrong")
        other = drafted(nb, "Bo Ray", "bo@example.org")
        with pytest.raises(ThankfulError, match="refused the login") as refused:
            sending.send_notes(nb, [other], configuration.smtp_settings(nb), TODAY)
        assert "wrong" not in str(refused.value)
    nb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in nb.path, nb.path + "-wal":
        if os.path.exists(path):
            with open(path, "rb") as f:
                assert PASSWORD.encode() not in f.read()


@pytest.fixture
def file_keyring(monkeypatch, tmp_path):
    """A real keyring backend (keyrings.alt, kept in a file under the test's folder)."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    return backend


def test_the_password_can_come_from_the_system_keyring(nb, certs, file_keyring):
    ca, cert, key = certs
    file_keyring.set_password("thankful", "sam", PASSWORD)
    note = drafted(nb, "May Lee", "may@example.org")
    with Server(starttls=server_context(cert, key), auth=True) as s:
        [result] = send(nb, [note], s.port, security="starttls", cafile=str(ca), user="sam")
        assert result.status == "sent" and s.handler.logins == ["sam"]


def test_a_password_is_kept_in_the_keyring_else_in_a_private_file(nb, file_keyring, monkeypatch):
    import keyring
    from keyring.backends import fail

    nb.settings.set("smtp.user", "sam")
    assert configuration.set_password(nb, "s3cret-pass") == "keyring"
    assert file_keyring.get_password("thankful", "sam") == "s3cret-pass"
    assert configuration.password_kept(nb, env={}) == "keyring"
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())  # a machine with no keyring
    assert configuration.set_password(nb, "other-pass") == "file"
    kept = configuration.password_file(nb)
    assert os.stat(kept).st_mode & 0o777 == 0o600 and "other-pass" not in nb.export_text()
    assert configuration.smtp_settings(nb, env={}).password_file == kept
    from thankful.channels.email.password import password_for

    assert password_for(configuration.smtp_settings(nb, env={})) == "other-pass"
    os.chmod(kept, 0o644)  # made readable by others: refused, not used
    with pytest.raises(ThankfulError, match="can be read by others"):
        password_for(configuration.smtp_settings(nb, env={}))


def test_a_missing_password_is_reported_before_anything_is_queued(nb, server, monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed: import fails
    note = drafted(nb, "May Lee", "may@example.org")
    with pytest.raises(UsageError, match="no mail password is set for sam"):
        send(nb, [note], server.port, user="sam")
    assert box(nb, note) is None and server.handler.connections == 0


def test_the_environment_wins_over_the_notebook(nb, monkeypatch):
    with nb.transaction():
        nb.settings.set("smtp.host", "smtp.notebook.example")
        nb.settings.set("smtp.port", "2525")
    monkeypatch.setenv("THANKFUL_SMTP_HOST", "smtp.env.example")
    loaded = configuration.smtp_settings(nb)
    assert (loaded.host, loaded.port, loaded.security) == ("smtp.env.example", 2525, "starttls")
    monkeypatch.setenv("THANKFUL_SMTP_SECURITY", "carrier-pigeon")
    with pytest.raises(UsageError, match="unknown security"):
        configuration.smtp_settings(nb)


def test_a_sending_row_left_by_a_dead_process_is_judged_by_its_stage(nb):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    never_left, maybe_left = drafted(nb, "May Lee", "may@example.org"), drafted(nb, "Bo Ray", "bo@example.org")
    import socket

    with nb.transaction():
        for note, stage in ((never_left, "connect"), (maybe_left, "data")):
            nb.outbox.queue(note, message_id=f"<{note}@example.org>", recipient="x@example.org", on="2026-11-26")
            assert nb.outbox.claim(note, pid=pid, start="1", host=socket.gethostname())
            nb.outbox.set_stage(note, stage)
    assert sending.recover(nb) == [maybe_left]
    assert box(nb, never_left)["state"] == "queued"
    assert box(nb, maybe_left)["state"] == "uncertain" and f"pid {pid}" in box(nb, maybe_left)["reason"]


def test_a_sending_row_of_a_live_process_is_left_alone(nb, server):
    import socket

    note = drafted(nb, "May Lee", "may@example.org")
    me = liveness.me()
    with nb.transaction():
        nb.outbox.queue(note, message_id="<1@example.org>", recipient="may@example.org", on="2026-11-26")
        nb.outbox.claim(note, pid=me["pid"], start=me["start"], host=socket.gethostname())
    assert sending.recover(nb) == []
    with pytest.raises(UsageError, match="being sent right now"):
        send(nb, [note], server.port)
    assert server.handler.messages == []


def test_a_message_to_oneself(server):
    message_id = send_to_self(settings(server.port), "Thank-you notes due this week",
                                           "Aunt May: the scarf (due Friday)")
    [msg] = server.handler.messages
    assert msg["Message-ID"].strip() == message_id and msg["To"].addresses[0].addr_spec == "sam@example.org"
    assert "Aunt May: the scarf" in msg.get_body(("plain",)).get_content()


def test_a_message_to_oneself_reports_a_refusal(server):
    server.handler.script = ["550"]
    with pytest.raises(ThankfulError, match="550"):
        send_to_self(settings(server.port), "Digest", "text")
