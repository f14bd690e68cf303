"""Undo: every kind of change is taken back so exactly that the export is byte for byte what it was before.

Real notebook files, the real command line (in-process and as a subprocess), a real SMTP server for the
one change that cannot be taken back outside the notebook (an email).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from conftest import TODAY
from deliver_fixtures import Server, drafted
from thankful.domain.errors import Conflict
from thankful.store import notebook as notebook_module
from thankful.store import open_notebook
from thankful.usecases import capture, changes, configuration, drafting, journal, stationery, track


def baseline(nb) -> None:
    """A small notebook with something of every kind: people, a drafted note, a note sent by hand (it used a
    card), a moment two people gave, stationery, a journal entry mentioning someone, a setting."""
    capture.add_person(nb, "May Lee", call="Aunt May", email="may@example.org", today=TODAY)
    capture.record_moment(nb, "gift", ["May Lee"], {"what": "a hand-knitted scarf", "occasion": "birthday",
                                                    "detail": "the deep green"}, on=date(2026, 11, 20), today=TODAY)
    drafting.save_draft(nb, 1, "Dear Aunt May,\n\nThe scarf is lovely.\n\nSam", "", edited=False)
    capture.record_moment(nb, "favor", ["Ravi", "Jo March"], {"what": "driving me to the airport"},
                          on=date(2026, 11, 22), today=TODAY)
    stationery.add_box(nb, "12 A2 letterpress cards", today=TODAY)
    track.mark_sent(nb, 2, via="hand", on=date(2026, 11, 24))
    journal.write_entry(nb, "Ravi fixed my bike chain before work", today=TODAY)
    configuration.set_value(nb, "sign", "Sam")


@pytest.fixture
def notebook(db_path):
    with open_notebook(db_path) as nb:
        baseline(nb)
    return db_path


def export(cli) -> str:
    code, out, err = cli("export")
    assert code == 0, err
    return out


CHANGES = {
    "add a moment (a new person)": ["add", "gift", "--from", "Priya Shah", "--what", "a cookbook"],
    "add a moment (a known person)": ["add", "hospitality", "--from", "May Lee", "--what", "dinner on Friday"],
    "edit facts": ["edit", "1", "--what", "a green wool scarf", "--detail", "", "--use", "my walks to work"],
    "edit the due date": ["edit", "1", "--due", "2026-12-20"],
    "edit the recipient": ["edit", "3", "--to", "Ana Diaz"],
    "edit the date (due dates follow)": ["edit", "1", "--on", "2026-11-01"],
    "edit tone and channel": ["edit", "1", "--tone", "playful", "--channel", "email"],
    "delete a note": ["delete", "1", "--yes"],
    "delete a shared moment": ["delete", "--moment", "2", "--yes"],
    "delete a person": ["delete", "--person", "Ravi", "--yes"],
    "delete a journal entry": ["delete", "--journal", "1", "--yes"],
    "people delete": ["people", "delete", "May Lee", "--yes"],
    "sent (uses a card)": ["sent", "1", "--via", "card"],
    "skip": ["skip", "3", "--why", "thanked in person"],
    "reopen": ["reopen", "2"],
    "a saved draft": ["draft", "1", "--yes", "--fresh"],
    "people add": ["people", "add", "Dana Whitfield", "--email", "dana@example.org"],
    "people edit": ["people", "edit", "May Lee", "--call", "Auntie", "--rename", "May Lee-Park"],
    "stationery": ["stationery", "add", "10 4x6 postcards"],
    "config set": ["config", "set", "return.address", "12 Elm St\nSpringfield, IL 62701"],
    "config unset": ["config", "unset", "sign"],
    "today's entry with a note": ["today", "Jo lent me her ladder", "--thank", "Jo March"],
}


@pytest.mark.parametrize("args", list(CHANGES.values()), ids=list(CHANGES))
def test_undo_restores_the_export_byte_for_byte(notebook, cli, args):
    before = export(cli)
    code, _, err = cli(*args)
    assert code == 0, err
    assert export(cli) != before  # the change did change the notebook
    code, out, err = cli("undo")
    assert code == 0, err and out.startswith("Undid: ")
    assert export(cli) == before


def test_undo_of_an_import_empties_the_notebook_again(tmp_path, cli, notebook, monkeypatch):
    dump = tmp_path / "dump.json"
    dump.write_text(export(cli), encoding="utf-8")
    monkeypatch.setenv("THANKFUL_DB", str(tmp_path / "fresh.db"))
    empty = export(cli)
    assert cli("import", str(dump))[0] == 0
    assert export(cli) == dump.read_text(encoding="utf-8")
    code, out, _ = cli("undo")
    assert code == 0 and f"import {dump}" in out
    assert export(cli) == empty


def test_print_marks_are_undone_with_the_card_they_used(notebook, cli, tmp_path):
    before = export(cli)
    code, _, err = cli("print", "1", "-o", str(tmp_path / "card.pdf"))
    assert code == 0, err
    assert json.loads(cli("show", "1", "--json")[1])["printed_on"] == TODAY.isoformat()
    code, out, _ = cli("undo")
    assert "Undid: printed #1" in out
    assert export(cli) == before


def test_undo_walks_back_one_change_at_a_time_and_says_what_is_next(notebook, cli):
    exports = [export(cli)]
    for args in (["sent", "1"], ["skip", "3", "--why", "called instead"], ["people", "add", "Bo Ray"]):
        assert cli(*args)[0] == 0
        exports.append(export(cli))
    code, out, _ = cli("undo")
    assert "Undid: add person Bo Ray" in out and "Run again to undo: skip #3." in out
    assert export(cli) == exports[2]
    cli("undo")
    assert export(cli) == exports[1]
    code, out, _ = cli("undo", "--json")
    result = json.loads(out)
    assert result["undone"]["label"] == "sent #1" and result["undone"]["undone"] is True
    assert result["next"]["label"] == "config set sign"  # the baseline's last change
    assert export(cli) == exports[0]


def test_undo_list_shows_recent_changes_newest_first(notebook, cli):
    cli("sent", "1")
    cli("undo")
    cli("skip", "3", "--why", "called instead")
    code, out, _ = cli("undo", "--list", "--json")
    listed = json.loads(out)
    assert [(c["label"], c["undone"]) for c in listed[:3]] == [("skip #3", False), ("sent #1", True),
                                                              ("config set sign", False)]
    assert all(set(c) == {"change", "label", "made", "notice", "undone"} for c in listed)
    plain = cli("undo", "--list")[1]
    assert "skip #3" in plain.splitlines()[2] and "undo takes this back" in plain.splitlines()[2]
    assert "undone" in plain.splitlines()[3]


def test_nothing_to_undo_is_said_in_one_line(cli, db_path):
    code, out, err = cli("undo")
    assert code == 1 and out == ""
    assert err.startswith("thankful: there is nothing to undo") and err.count("\n") == 1


def test_a_command_that_fails_records_no_change(notebook, cli):
    listed = cli("undo", "--list", "--json")[1]
    assert cli("sent", "99")[0] == 1
    assert cli("edit", "1", "--amount", "lots")[0] == 2
    assert cli("undo", "--list", "--json")[1] == listed


def test_housekeeping_is_kept_and_never_offered_to_undo(notebook, cli, tmp_path):
    """The calendar's id is made once and kept: undo after `calendar` takes back the change before it."""
    cli("skip", "3", "--why", "called instead")
    code, _, err = cli("calendar", "-o", str(tmp_path / "owed.ics"))
    assert code == 0, err
    uid = cli("config", "get", "calendar.uid")
    code, out, _ = cli("undo")
    assert "Undid: skip #3" in out
    assert cli("config", "get", "calendar.uid") == uid


def test_undo_refuses_a_change_that_is_no_longer_the_newest(notebook, db_path):
    with open_notebook(db_path) as nb:
        first = changes.newest(nb)["change"]
        track.skip(nb, 3, why="called instead")
        with pytest.raises(Conflict, match="a later change"):
            changes.undo(nb, expected=first)
        assert nb.notes.get(3).status == "skipped"


def test_an_undo_blocked_by_a_later_row_changes_nothing(notebook, db_path):
    """A housekeeping row took the place of a deleted one: the undo is refused whole."""
    with open_notebook(db_path) as nb:
        configuration.unset(nb, "sign")  # the newest settings row goes
        with nb.transaction(undoable=False):
            nb.settings.set("calendar.uid", "0123456789abcdef")  # ... and a new one takes its rowid
        before = nb.export_text()
        with pytest.raises(Conflict, match="in the way"):
            changes.undo(nb)
        assert nb.export_text() == before
        assert changes.newest(nb)["label"] == "config unset sign"


def test_a_label_names_each_change_as_a_person_would(notebook, db_path, cli):
    cli("add", "gift", "--from", "Priya Shah", "--what", "a cookbook")
    cli("edit", "4", "--due", "2026-12-24")
    cli("delete", "4", "--yes")
    with open_notebook(db_path) as nb:
        labels = [c["label"] for c in changes.recent(nb, 30)]
    assert labels == ["delete #4", "edit #4", "add gift for Priya Shah", "config set sign",
                      "journal entry 2026-11-26", "sent #2", "add stationery 12 A2 letterpress cards",
                      "add favor for Ravi, Jo March", "draft #1", "add gift for May Lee", "add person May Lee"]


# --- email: the notebook forgets, the inbox does not -------------------------------------------------

@pytest.fixture
def smtp(monkeypatch):
    with Server() as s:
        for name, value in {"THANKFUL_SMTP_HOST": "127.0.0.1", "THANKFUL_SMTP_PORT": str(s.port),
                            "THANKFUL_SMTP_SECURITY": "none", "THANKFUL_FROM": "Sam Lee <sam@example.org>",
                            "THANKFUL_SMTP_BACKOFF": "0"}.items():
            monkeypatch.setenv(name, value)
        yield s


def test_undoing_a_sent_email_says_it_cannot_be_unsent(nb, cli, smtp):
    note = drafted(nb, "Dana Whitfield", "dana@example.org", subject="Thank you")
    before = export(cli)
    code, out, err = cli("send", str(note), "--yes")
    assert code == 0 and ": sent" in out, err
    code, out, _ = cli("undo")
    assert code == 0
    assert f"Undid: email #{note}" in out
    assert "already went out and cannot be unsent" in out
    assert export(cli) == before  # the outbox row and the Message-ID went with the record
    assert len(smtp.handler.messages) == 1  # and the recipient still has it, once


# --- the store: every table, whatever a later migration adds -------------------------------------

def test_a_table_a_later_migration_adds_is_undone_with_no_code(tmp_path, monkeypatch):
    """A new table, a dropped column, real numbers: the triggers are remade from the schema after migrating."""
    sql = tmp_path / "sql"
    shutil.copytree(notebook_module.SQL_DIR, sql)
    n = len(notebook_module.migrations()) + 1
    (sql / f"{n:03d}_parties.sql").write_text(
        "CREATE TABLE parties (id INTEGER PRIMARY KEY, title TEXT NOT NULL, weight REAL, draft TEXT);\n")
    (sql / f"{n + 1:03d}_parties_tidy.sql").write_text("ALTER TABLE parties DROP COLUMN draft;\n")
    path = tmp_path / "nb.db"
    with open_notebook(path) as nb:
        capture.add_person(nb, "May Lee", today=TODAY)
    monkeypatch.setattr(notebook_module, "SQL_DIR", str(sql))
    with open_notebook(path) as nb:
        assert nb.schema_version == n + 1
        empty = nb.export_text()
        with nb.transaction("add party"):
            nb.conn.execute("INSERT INTO parties (title, weight) VALUES ('Wedding', ?)", (0.1 + 0.2,))
        with nb.transaction("weigh party"):
            nb.conn.execute("UPDATE parties SET weight = ? WHERE id = 1", (1 / 3,))
        weighed = nb.export_text()
        with nb.transaction("drop party"):
            nb.conn.execute("DELETE FROM parties")
        assert nb.undo()["label"] == "drop party"
        assert nb.export_text() == weighed
        assert nb.conn.execute("SELECT weight FROM parties").fetchone()[0] == 1 / 3  # every bit of it
        nb.undo()
        assert nb.conn.execute("SELECT weight FROM parties").fetchone()[0] == 0.1 + 0.2
        nb.undo()
        assert nb.export_text() == empty
    assert (tmp_path / "backups" / f"nb-schema-{n - 1}.db").exists()  # a copy before the upgrade


def test_rows_come_back_in_place_so_exports_keep_their_order(nb):
    for name in ("Ana", "Bo", "Cy"):
        capture.add_person(nb, name, today=TODAY)
    before = nb.export_text()
    with nb.transaction("remove Bo"):
        nb.conn.execute("DELETE FROM people WHERE name = 'Bo'")
    with nb.transaction("remove Ana"):
        nb.conn.execute("DELETE FROM people WHERE name = 'Ana'")
    nb.undo()
    nb.undo()
    assert [p.name for p in nb.people.all()] == ["Ana", "Bo", "Cy"]
    assert nb.export_text() == before


def test_a_replace_that_deletes_a_row_is_undone_too(nb):
    """INSERT OR REPLACE removes the old row without a DELETE statement: recorded all the same."""
    nb.settings.set("sign", "Sam")
    before = nb.export_text()
    with nb.transaction("replace"):
        nb.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('sign', 'Samuel')")
    nb.undo()
    assert nb.export_text() == before


def test_the_undo_log_keeps_the_last_hundred_changes(nb):
    for i in range(105):
        configuration.set_value(nb, "sign", f"Sam {i}")
    recent = changes.recent(nb, 200)
    assert len(recent) == 100 and recent[0]["label"] == "config set sign"
    assert nb.conn.execute("SELECT count(*) FROM undo_log").fetchone()[0] == 100


def test_the_undo_log_is_not_exported_nor_blocks_an_import(tmp_path, nb):
    capture.add_person(nb, "May Lee", today=TODAY)
    text = nb.export_text()
    assert "undo_" not in text
    with open_notebook(tmp_path / "other.db") as other:
        other.settings.set("sign", "Sam")
        with other.transaction(undoable=False):
            other.conn.execute("DELETE FROM settings")
        assert other.conn.execute("SELECT count(*) FROM undo_changes").fetchone()[0] == 0
        other.import_text(text)
        assert other.export_text() == text


def test_the_owed_path_loads_no_undo_or_backup_code_and_makes_no_copy(notebook):
    probe = ("import sys\nfrom thankful.cli import main\nmain(['owed'])\n"
             "print('LOADED', ' '.join(sorted(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = set(result.stdout.strip().splitlines()[-1].split()[1:])
    assert "thankful.store.notebook" in loaded
    assert not loaded & {"thankful.store.undo", "thankful.store.backups", "thankful.usecases.backups",
                         "thankful.usecases.changes"}
    assert not (notebook.parent / "backups").exists()


def test_the_notebook_file_holds_no_undo_triggers_for_readers_to_parse(notebook, db_path, cli):
    """The undo triggers are made on a connection before its first change, never stored in the file: every
    command that only reads (`owed`) would parse them on opening it."""
    cli("sent", "1")
    conn = sqlite3.connect(db_path)
    stored = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    assert stored and not [name for name in stored if name.startswith("undo_")]  # search and events keep theirs
    conn.close()
    assert cli("undo")[0] == 0 and show_status(cli, 1) == "drafted"


def show_status(cli, note: int) -> str:
    return json.loads(cli("show", str(note), "--json")[1])["status"]


def test_an_external_write_is_never_taken_for_a_change(notebook, db_path, cli):
    """A write from another program (the sqlite3 shell) is not part of any change `undo` takes back."""
    newest = cli("undo", "--list", "--json")[1]
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE people SET notes = 'met at the market' WHERE name = 'May Lee'")
    conn.commit()
    conn.close()
    assert cli("undo", "--list", "--json")[1] == newest
    code, out, _ = cli("undo")
    assert "Undid: config set sign" in out
    assert "met at the market" in export(cli)


def test_undo_runs_as_a_separate_process_too(notebook, run_thankful):
    before = run_thankful("export").stdout
    assert run_thankful("skip", "1", "--why", "said it in person").returncode == 0
    result = run_thankful("undo")
    assert result.returncode == 0 and "Undid: skip #1" in result.stdout
    assert run_thankful("export").stdout == before
    assert os.environ["THANKFUL_DB"] == str(notebook)
