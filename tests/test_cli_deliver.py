"""The delivery commands from the command line: send, config, eml, print, calendar (real notebook files,
a real SMTP server on 127.0.0.1, PDFs and calendars read back)."""

from __future__ import annotations

import email
import email.policy
import json
import os
import subprocess
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from icalendar import Calendar

from conftest import THANKFUL
from deliver_fixtures import Server, drafted
from thankful.channels import paper as cards


@pytest.fixture
def server(monkeypatch):
    with Server() as s:
        for name, value in {"THANKFUL_SMTP_HOST": "127.0.0.1", "THANKFUL_SMTP_PORT": str(s.port),
                            "THANKFUL_SMTP_SECURITY": "none", "THANKFUL_FROM": "Sam Lee <sam@example.org>",
                            "THANKFUL_SMTP_BACKOFF": "0"}.items():
            monkeypatch.setenv(name, value)
        yield s


def owed_status(cli) -> dict[int, str]:
    code, out, _ = cli("owed", "--all", "--json")
    assert code == 0
    return {n["note"]: n["status"] for n in json.loads(out)}


def one_line(err: str) -> None:
    assert err.startswith("thankful: ") and err.count("\n") == 1 and "Traceback" not in err, err


# --- send ---------------------------------------------------------------------------------------

def test_send_delivers_and_owed_shows_it_sent(nb, cli, server):
    note = drafted(nb, "May Lee", "may@example.org", subject="Thank you — Data Analyst interview")
    code, out, err = cli("send", str(note), "--yes")
    assert code == 0, err
    assert f"#{note} to May Lee <may@example.org>: sent" in out and "Sent 1 of 1 note." in out
    assert len(server.handler.messages) == 1
    assert owed_status(cli)[note] == "sent"


def test_send_json_reports_each_note(nb, cli, server):
    first, second = drafted(nb, "May Lee", "may@example.org"), drafted(nb, "Bo Ray", "bo@example.org")
    code, out, _ = cli("send", "--all", "--yes", "--json")
    assert code == 0
    results = json.loads(out)
    assert [(r["note"], r["status"]) for r in results] == [(first, "sent"), (second, "sent")]
    assert {r["message_id"] for r in results} == set(server.handler.message_ids())


def test_a_refused_note_exits_1_and_owed_shows_failed(nb, cli, server):
    server.handler.script = ["550"]
    note = drafted(nb, "May Lee", "may@example.org")
    code, out, _ = cli("send", str(note), "--yes")
    assert code == 1 and "failed — 550 5.1.1 no such mailbox here" in out
    assert owed_status(cli)[note] == "failed"


def test_an_uncertain_note_is_shown_and_resent_only_with_force(nb, cli, server):
    server.handler.script = ["drop"]
    note = drafted(nb, "May Lee", "may@example.org")
    code, out, _ = cli("send", str(note), "--yes")
    assert code == 1 and "uncertain" in out
    assert owed_status(cli)[note] == "uncertain"
    code, _, err = cli("send", str(note), "--yes")
    assert code == 2 and "--force" in err
    one_line(err)
    code, out, _ = cli("send", "--all", "--yes")
    assert code == 0 and "uncertain — " in out and len(server.handler.messages) == 1
    code, out, _ = cli("send", str(note), "--yes", "--force")
    assert code == 0 and len(server.handler.messages) == 2
    assert owed_status(cli)[note] == "sent"


def test_dry_run_connects_to_nothing(nb, cli, server):
    note = drafted(nb, "May Lee", "may@example.org", subject="Thank you")
    code, out, _ = cli("send", "--all", "--dry-run")
    assert code == 0 and f"#{note} would go to May Lee <may@example.org>: Thank you" in out
    assert server.handler.connections == 0 and owed_status(cli)[note] == "drafted"


def test_send_needs_notes_or_all_and_a_yes_when_not_on_a_terminal(nb, cli, run_thankful, server):
    code, _, err = cli("send")
    assert code == 2 and "which notes?" in err
    note = drafted(nb, "May Lee", "may@example.org")
    code, _, err = cli("send", str(note), "--all")
    assert code == 2
    result = run_thankful("send", str(note))
    assert result.returncode == 2 and "add --yes" in result.stderr
    one_line(result.stderr)
    assert server.handler.connections == 0


def test_send_asks_on_a_terminal(nb, server, db_path):
    import pty
    import select

    note = drafted(nb, "May Lee", "may@example.org", subject="Thank you — Data Analyst interview")
    main, child = pty.openpty()
    proc = subprocess.Popen([THANKFUL, "send", str(note)], stdin=child, stdout=child, stderr=child, env=os.environ)
    os.close(child)
    seen = b""
    while b"[y/N]" not in seen:
        ready, _, _ = select.select([main], [], [], 30)
        assert ready, seen
        seen += os.read(main, 4096)
    assert b"Subject: Thank you \xe2\x80\x94 Data Analyst interview" in seen
    os.write(main, b"y\n")
    assert proc.wait(timeout=60) == 0
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(main)
    assert b": sent" in seen and len(server.handler.messages) == 1


def test_send_without_a_mail_server_says_how_to_set_one(nb, cli, monkeypatch):
    for name in ("THANKFUL_SMTP_HOST", "THANKFUL_FROM"):
        monkeypatch.delenv(name, raising=False)
    note = drafted(nb, "May Lee", "may@example.org")
    code, _, err = cli("send", str(note), "--yes")
    assert code == 2 and "thankful config set smtp.host" in err


# --- config -------------------------------------------------------------------------------------

def test_config_set_get_list_unset(cli, monkeypatch):
    monkeypatch.delenv("THANKFUL_SMTP_HOST", raising=False)
    assert cli("config", "set", "smtp.host", "smtp.example.org")[0] == 0
    assert cli("config", "set", "return.address", "Sam Lee\\n8 Birch Lane\\nMadison, WI 53703")[0] == 0
    assert cli("config", "get", "smtp.host")[1] == "smtp.example.org\n"
    assert cli("config", "get", "return.address")[1] == "Sam Lee\n8 Birch Lane\nMadison, WI 53703\n"
    code, out, _ = cli("config", "list", "--json")
    listed = json.loads(out)
    assert listed["smtp.host"] == {"value": "smtp.example.org", "from": "notebook"}
    monkeypatch.setenv("THANKFUL_SMTP_HOST", "smtp.env.example")
    code, out, _ = cli("config", "set", "smtp.host", "smtp.other.example")
    assert "THANKFUL_SMTP_HOST is set in your environment and wins" in out
    assert cli("config", "get", "smtp.host")[1] == "smtp.env.example\n"
    assert cli("config", "unset", "smtp.host")[1] == "Removed smtp.host.\n"
    monkeypatch.delenv("THANKFUL_SMTP_HOST")
    code, _, err = cli("config", "get", "smtp.host")
    assert code == 1 and "not set" in err


@pytest.mark.parametrize("args, message", [
    (("set", "smtp.password", "hunter2"), "passwords are never stored"),
    (("set", "smtp.hots", "x"), "unknown setting 'smtp.hots'"),
    (("set", "smtp.port", "seventy"), "not a number from 1 to 65535"),
    (("set", "smtp.security", "tls1"), "choose one of: starttls, ssl, none"),
    (("set", "smtp.from", "sam at example"), "not valid"),
    (("set", "smtp.cafile", "/no/such/file.pem"), "no file at"),
])
def test_config_refuses_bad_settings_in_one_line(cli, args, message):
    code, _, err = cli("config", *args)
    assert code == 2 and message in err
    one_line(err)


def test_config_list_never_shows_a_password(cli, monkeypatch, db_path):
    monkeypatch.setenv("THANKFUL_SMTP_PASSWORD", "hunter2-secret")
    for args in (("config",), ("config", "list", "--json")):
        code, out, _ = cli(*args)
        assert code == 0 and "hunter2-secret" not in out and "smtp.password" in out
    assert b"hunter2-secret" not in db_path.read_bytes()


# --- eml and mailto -----------------------------------------------------------------------------

def test_eml_writes_a_draft_with_the_notes_message_id(nb, cli, tmp_path, server):
    note = drafted(nb, "May Lee", "may@example.org", subject="Thank you — Data Analyst interview")
    target = tmp_path / "note.eml"
    code, out, _ = cli("eml", str(note), "-o", str(target))
    assert code == 0 and "thankful sent" in out
    msg = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1" and msg["Subject"] == "Thank you — Data Analyst interview"
    assert msg["From"].addresses[0].addr_spec == "sam@example.org"
    assert "analyst role" in msg.get_body(("plain",)).get_content()
    assert msg["Message-ID"].strip() == nb.notes.get(note).message_id
    cli("send", str(note), "--yes")  # sent later through the server: the same Message-ID
    assert server.handler.message_ids() == [msg["Message-ID"].strip()]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".thankful-")] == []


def test_mailto_link_carries_address_subject_and_body(nb, cli):
    note = drafted(nb, "May Lee", "may@example.org", body="Dear May,\n\nThanks & cheers — 100%!\n\nSam")
    code, out, _ = cli("eml", str(note), "--mailto")
    assert code == 0
    link = urlsplit(out.strip())
    assert link.scheme == "mailto" and unquote(link.path) == "may@example.org"
    query = parse_qs(link.query)
    assert query["subject"] == ["Thank you, May Lee"]
    assert query["body"] == ["Dear May,\r\n\r\nThanks & cheers — 100%!\r\n\r\nSam"]
    assert " " not in out.strip()


def test_eml_without_an_address_leaves_the_recipient_to_fill_in(nb, cli, tmp_path):
    note = drafted(nb, "May Lee", "")
    code, _, _ = cli("eml", str(note), "-o", str(tmp_path / "note.eml"))
    msg = email.message_from_bytes((tmp_path / "note.eml").read_bytes(), policy=email.policy.default)
    assert code == 0 and msg["To"] is None and "analyst role" in msg.get_body(("plain",)).get_content()
    code, out, _ = cli("eml", str(note), "--mailto")
    assert code == 0 and out.startswith("mailto:?subject=Thank%20you%2C%20May%20Lee&body=Dear%20May%2C")


def test_eml_needs_a_target_and_a_writable_folder(nb, cli, tmp_path):
    note = drafted(nb, "May Lee", "may@example.org")
    code, _, err = cli("eml", str(note))
    assert code == 2 and "--mailto" in err
    code, _, err = cli("eml", str(note), "-o", str(tmp_path / "missing" / "note.eml"))
    assert code == 1 and "cannot write" in err
    one_line(err)
    assert not (tmp_path / "missing").exists()


# --- print --------------------------------------------------------------------------------------

def pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def test_print_cards_marks_them_printed_so_owed_shows_them_ready(nb, cli, tmp_path):
    gift = drafted(nb, "May Lee", postal="12 Elm St\nSpringfield, IL 62701", kind="gift")
    other = drafted(nb, "Bo Ray", postal="1 Oak Ave\nPortland, OR 97205", kind="gift")
    drafted(nb, "Cy Dee", "cy@example.org")  # an email note: not in --all-drafted
    target = tmp_path / "cards.pdf"
    code, out, _ = cli("print", "--all-drafted", "-o", str(target))
    assert code == 0 and pages(target) == 2 and "fold it in half" in out and "Wrote 2 a2-folded cards" in out
    code, out, _ = cli("owed")
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith("#")}
    assert "drafted (printed)" in rows[f"#{gift}"] and "drafted (printed)" in rows[f"#{other}"]
    assert nb.notes.get(gift).printed_on == "2026-11-26"


def test_print_envelopes_labels_and_guide_do_not_mark_notes(nb, cli, tmp_path):
    gift = drafted(nb, "May Lee", postal="12 Elm St\nSpringfield, IL 62701", kind="gift")
    cli("config", "set", "return.address", "Sam Lee\\n8 Birch Lane\\nMadison, WI 53703")
    for flags, name, count in ((("--envelopes",), "env.pdf", 1), (("--labels", "avery-5160"), "labels.pdf", 1),
                               (("--guide",), "guide.pdf", 1)):
        code, out, err = cli("print", str(gift), *flags, "-o", str(tmp_path / name), "--json")
        assert code == 0, err
        assert json.loads(out)["printed"] == [] and pages(tmp_path / name) == count
    text = subprocess.run(["pdftotext", str(tmp_path / "env.pdf"), "-"], capture_output=True, text=True).stdout
    assert "8 Birch Lane" in text and "Springfield, IL 62701" in text
    assert nb.notes.get(gift).printed_on is None


def test_print_refuses_what_it_cannot_print_without_writing_anything(nb, cli, tmp_path):
    long = drafted(nb, "May Lee", kind="gift", body="Dear May, " + "thank you so very much " * 60)
    no_address = drafted(nb, "Bo Ray", kind="gift")
    target = tmp_path / "out.pdf"
    code, _, err = cli("print", str(long), "-o", str(target))
    assert code == 2 and "cut about" in err and "words" in err
    one_line(err)
    code, _, err = cli("print", str(no_address), "--envelopes", "-o", str(target))
    assert code == 2 and "no postal address" in err and "people edit" in err  # and how to fix it
    code, _, err = cli("print", str(no_address), "--font", "comic-sans", "-o", str(target))
    assert code == 2 and "unknown font" in err
    code, _, err = cli("print", str(no_address), "--start", "3", "-o", str(target))
    assert code == 2 and "--labels" in err
    assert list(tmp_path.iterdir()) == [] or not target.exists()
    assert nb.notes.get(long).printed_on is None


def test_print_help_lists_formats_and_fonts(run_thankful):
    result = run_thankful("print", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for name in (*cards.FORMATS, "kalam", "caveat", "indie-flower", "avery-5160", "--guide"):
        assert name in text


@pytest.mark.parametrize("command", ["send", "eml", "print"])
def test_a_note_number_that_is_not_a_number_is_a_usage_error(run_thankful, command):
    result = run_thankful(command, "abc", "-o", "x")
    assert result.returncode == 2 and "'abc' is not a note number" in result.stderr
    assert "Traceback" not in result.stderr


def test_print_with_a_bad_option_exits_2_without_a_traceback(run_thankful, tmp_path):
    result = run_thankful("print", "1", "--format", "napkin", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = run_thankful("print", "99", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and "no note #99" in result.stderr and "Traceback" not in result.stderr


# --- calendar -----------------------------------------------------------------------------------

def test_calendar_to_a_file_and_to_stdout(nb, cli, tmp_path):
    drafted(nb, "May Lee", "may@example.org")
    target = tmp_path / "due.ics"
    code, out, _ = cli("calendar", "-o", str(target))
    assert code == 0 and "Wrote 1 due date" in out
    from_file = Calendar.from_ical(target.read_bytes())
    code, out, _ = cli("calendar")
    from_stdout = Calendar.from_ical(out)
    assert [str(e["UID"]) for e in from_file.walk("VEVENT")] == [str(e["UID"]) for e in from_stdout.walk("VEVENT")]
    code, out, _ = cli("calendar", "--json")
    assert json.loads(out)[0]["summary"].startswith("Send a thank-you note to May Lee")


def test_printing_cards_uses_cards_from_the_stationery_count_once_per_note(nb, cli, tmp_path):
    gift = drafted(nb, "May Lee", postal="12 Elm St\nSpringfield, IL 62701", kind="gift")
    assert cli("stationery", "add", "10 A6 cards")[0] == 0
    assert cli("stationery", "add", "5 A2 letterpress cards")[0] == 0
    target = tmp_path / "cards.pdf"
    assert cli("print", str(gift), "-o", str(target))[0] == 0
    assert cli("print", str(gift), "-o", str(target))[0] == 0  # a reprint uses no second card
    _, out, _ = cli("stationery", "list", "--json")
    left = {box["size"]: box["remaining"] for box in json.loads(out)["boxes"]}
    assert left == {"A6": 10, "A2": 4}  # the A2 box, matching the a2-folded format


def test_a_card_printed_on_letter_paper_uses_no_card_from_a_box_of_another_size(nb, cli, tmp_path):
    gift = drafted(nb, "May Lee", postal="12 Elm St\nSpringfield, IL 62701", kind="gift")
    assert cli("stationery", "add", "5 A2 letterpress cards")[0] == 0
    assert cli("print", str(gift), "--format", "letter", "-o", str(tmp_path / "letter.pdf"))[0] == 0
    _, out, _ = cli("stationery", "list", "--json")
    assert [box["remaining"] for box in json.loads(out)["boxes"]] == [5]


def test_config_password_keeps_it_out_of_the_notebook(cli, nb, monkeypatch, db_path):
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())  # no keyring: the private file
    monkeypatch.delenv("THANKFUL_SMTP_PASSWORD", raising=False)
    code, _, err = cli("config", "password", stdin="s3cret-pass\n")
    assert code == 2 and "login name first" in err  # a password belongs to a login
    cli("config", "set", "smtp.user", "sam@example.org")
    code, out, _ = cli("config", "password", stdin="s3cret-pass\n")
    assert code == 0 and "only you can read" in out
    assert b"s3cret-pass" not in db_path.read_bytes() and "s3cret-pass" not in cli("export")[1]
    listed = cli("config")[1]
    assert "a file only you can read" in listed and "s3cret-pass" not in listed
    code, _, err = cli("config", "set", "smtp.password", "x")
    assert code == 2 and "thankful config password" in err
