"""Correcting what was written down from the command line: edit, reopen, delete, people delete.

Real notebook files; the commands in-process, and as subprocesses where a terminal (or its absence) matters.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
from datetime import date

import pytest

from conftest import THANKFUL, TODAY
from deliver_fixtures import Server, drafted
from thankful.store import open_notebook
from thankful.usecases import capture, drafting, journal, stationery, track

MINE = "Dear Aunt May,\n\nI wore it to the lake on Sunday and thought of you all day.\n\nSam"


@pytest.fixture
def notes(db_path):
    """#1 a gift from May (drafted by compose), #2 and #3 a favor from Ravi and Jo, a box of cards."""
    with open_notebook(db_path) as nb:
        capture.add_person(nb, "May Lee", call="Aunt May", today=TODAY)
        capture.record_moment(nb, "gift", ["May Lee"], {"what": "a hand-knitted scarf", "occasion": "birthday",
                                                        "detail": "the deep green"}, on=date(2026, 11, 20), today=TODAY)
        fresh = drafting.composed(nb, nb.notes.get(1), TODAY)
        drafting.save_draft(nb, 1, fresh["text"], fresh["subject"], edited=False)
        capture.record_moment(nb, "favor", ["Ravi", "Jo March"], {"what": "driving me to the airport"},
                              on=date(2026, 11, 22), today=TODAY)
        stationery.add_box(nb, "12 A2 cards", today=TODAY)
    return db_path


def show(cli, note: int) -> dict:
    code, out, err = cli("show", str(note), "--json")
    assert code == 0, err
    return json.loads(out)


def one_line(err: str) -> None:
    assert err.startswith("thankful: ") and err.count("\n") == 1 and "Traceback" not in err, err


# --- edit ---------------------------------------------------------------------------------------

def test_edit_changes_facts_keeps_the_others_and_redrafts_an_untouched_draft(notes, cli):
    code, out, err = cli("edit", "1", "--what", "a green wool scarf", "--use", "my walks to work")
    assert code == 0, err
    assert "Note #1 to May Lee: changed use, what." in out
    assert "Note #1's draft is rewritten from the new facts" in out
    note = show(cli, 1)
    assert note["facts"]["what"] == "a green wool scarf" and note["facts"]["detail"] == "the deep green"
    assert "green wool scarf" in note["body"] and not note["edited"] and note["status"] == "drafted"


def test_an_empty_value_or_unset_removes_a_fact(notes, cli):
    assert cli("edit", "1", "--detail", "")[0] == 0
    assert "detail" not in show(cli, 1)["facts"]
    assert cli("edit", "1", "--unset", "occasion")[0] == 0
    assert "occasion" not in show(cli, 1)["facts"]
    code, _, err = cli("edit", "1", "--unset", "colour")
    assert code == 2 and "invalid choice: 'colour'" in err


def test_amounts_are_read_as_add_reads_them(db_path, cli):
    cli("add", "donation", "--from", "Food Bank", "--organization", "the Food Bank", "--amount", "300")
    assert cli("edit", "1", "--amount", "$1,250.50")[0] == 0
    assert show(cli, 1)["facts"]["amount"] == 1250.5
    code, _, err = cli("edit", "1", "--amount", "lots")
    assert code == 2 and "cannot read the amount 'lots'" in err
    assert show(cli, 1)["facts"]["amount"] == 1250.5


def test_a_new_date_moves_open_due_dates_unless_a_due_date_is_given(notes, cli):
    cli("edit", "1", "--on", "2026-11-01")
    assert show(cli, 1)["due"] == "2026-11-15"  # a birthday gift: 14 days
    cli("edit", "1", "--on", "2026-11-10", "--due", "2026-12-31")
    assert show(cli, 1)["due"] == "2026-12-31"
    code, _, err = cli("edit", "1", "--due", "2026-11-01")
    assert code == 2 and "before the moment itself" in err


def test_a_new_recipient_takes_the_givers_place(notes, cli, db_path):
    code, out, err = cli("edit", "3", "--to", "Ana Diaz")
    assert code == 0 and "changed to" in out, err
    assert show(cli, 3)["to"] == "Ana Diaz"
    with open_notebook(db_path) as nb:
        assert [g.name for g in nb.moments.get(2).givers] == ["Ravi", "Ana Diaz"]
    code, _, err = cli("edit", "3", "--to", "Ravi")
    assert code == 2 and "Ravi already has note #2 for this moment" in err


def test_tone_channel_and_refusals(notes, cli):
    assert cli("edit", "1", "--tone", "playful", "--channel", "email")[0] == 0
    note = show(cli, 1)
    assert note["facts"]["tone"] == "playful" and note["channel"] == "email"
    cli("add", "interview", "--from", "Dana Whitfield", "--role", "Analyst")
    code, _, err = cli("edit", "4", "--tone", "romantic")
    assert code == 2 and "cannot be 'romantic'" in err
    code, _, err = cli("edit", "1")
    assert code == 2 and "say what to change" in err
    code, _, err = cli("edit", "99", "--what", "x")
    assert code == 1 and "no note #99" in err and "thankful owed --all" in err


def test_nothing_changed_is_said_and_records_no_change(notes, cli):
    listed = cli("undo", "--list", "--json")[1]
    code, out, _ = cli("edit", "1", "--what", "a hand-knitted scarf")
    assert code == 0 and "Nothing changed: note #1 to May Lee already says that." in out
    assert cli("undo", "--list", "--json")[1] == listed


def test_your_own_wording_is_never_overwritten_a_fresh_draft_is_offered(notes, cli, db_path):
    with open_notebook(db_path) as nb:
        drafting.save_text(nb, 1, MINE, "", edited=True)
    code, out, err = cli("edit", "1", "--what", "a green wool scarf")
    assert code == 0, err
    assert show(cli, 1)["body"] == MINE
    assert "Your own wording of note #1 to May Lee is kept" in out
    fresh = [line for line in out.splitlines() if line.startswith("    ")]  # the fresh draft, indented beside it
    assert "Aunt May," in fresh[0] and "green wool scarf" in "\n".join(fresh)
    assert "To replace your wording with it: thankful draft 1 --fresh --yes" in out
    code, out, _ = cli("edit", "1", "--what", "a red wool scarf", "--json")
    result = json.loads(out)
    assert result["changed"] == ["what"] and result["redrafted"] == []
    assert result["kept"][0]["note"] == 1 and "red wool scarf" in result["kept"][0]["fresh"]["text"]
    assert result["show"]["body"] == MINE
    assert cli("draft", "1", "--fresh", "--yes")[0] == 0  # the command it suggested does what it said
    assert "red wool scarf" in show(cli, 1)["body"]


def test_facts_of_a_shared_moment_redraft_every_untouched_draft(notes, cli, db_path):
    with open_notebook(db_path) as nb:
        for note_id in (2, 3):
            fresh = drafting.composed(nb, nb.notes.get(note_id), TODAY)
            drafting.save_draft(nb, note_id, fresh["text"], fresh["subject"], edited=False)
    code, out, _ = cli("edit", "2", "--what", "driving me to the station at dawn", "--json")
    assert json.loads(out)["redrafted"] == [2, 3]
    assert all("station at dawn" in show(cli, n)["body"] for n in (2, 3))


def test_a_sent_notes_facts_can_be_fixed_without_touching_what_was_sent(notes, cli):
    cli("sent", "1", "--on", "2026-11-25")
    body = show(cli, 1)["body"]
    assert cli("edit", "1", "--what", "a green wool scarf")[0] == 0
    note = show(cli, 1)
    assert note["body"] == body and note["status"] == "sent" and note["facts"]["what"] == "a green wool scarf"


# --- reopen -------------------------------------------------------------------------------------

def test_reopen_a_sent_note_back_to_drafted_and_a_skipped_one_back_to_owed(notes, cli):
    cli("sent", "1", "--on", "2026-11-25", "--via", "hand")
    code, out, _ = cli("reopen", "1")
    assert code == 0 and "Note #1 to May Lee is drafted again (it was sent on 2026-11-25 by hand)." in out
    note = show(cli, 1)
    assert note["status"] == "drafted" and note["sent_on"] is None and note["sent_via"] == ""
    cli("skip", "2", "--why", "thanked in person")
    code, out, _ = cli("reopen", "2", "--json")
    assert json.loads(out)["status"] == "owed" and json.loads(out)["skip_reason"] == ""
    code, _, err = cli("reopen", "3")
    assert code == 2 and "note #3 is owed, not sent or skipped" in err


def test_a_wrongly_dated_sent_note_is_fixed_by_reopening_it(notes, cli):
    """The issue's case: sent on 2027-03-01 by mistake, so stats left it out."""
    cli("sent", "1", "--on", "2027-03-01")
    cli("reopen", "1")
    cli("sent", "1", "--on", "2026-11-25")
    assert show(cli, 1)["sent_on"] == "2026-11-25"


def test_reopening_an_emailed_note_keeps_its_outbox_record_so_it_is_not_sent_twice(nb, cli, monkeypatch):
    with Server() as server:
        for name, value in {"THANKFUL_SMTP_HOST": "127.0.0.1", "THANKFUL_SMTP_PORT": str(server.port),
                            "THANKFUL_SMTP_SECURITY": "none", "THANKFUL_FROM": "Sam <sam@example.org>"}.items():
            monkeypatch.setenv(name, value)
        note = drafted(nb, "Dana Whitfield", "dana@example.org", subject="Thank you")
        assert cli("send", str(note), "--yes")[0] == 0
        code, out, _ = cli("reopen", str(note))
        assert code == 0 and "Its email already went out" in out
        assert show(cli, note)["status"] == "drafted"
        code, _, err = cli("send", str(note), "--yes")
        assert code == 2 and "a sent note is never sent again" in err
        assert len(server.handler.messages) == 1


# --- delete -------------------------------------------------------------------------------------

def test_delete_a_note_takes_its_moment_when_nothing_else_is_owed_for_it(notes, cli, db_path):
    code, out, err = cli("delete", "1", "--yes")
    assert code == 0, err
    assert out.startswith("Deleted note #1 to May Lee (a hand-knitted scarf, drafted); its moment #1")
    assert "thankful undo" in out
    with open_notebook(db_path) as nb:
        assert [n["note"] for n in track.owed(nb, TODAY)] == [2, 3]
        assert nb.conn.execute("SELECT count(*) FROM moments WHERE id = 1").fetchone()[0] == 0
    code, out, _ = cli("delete", "2", "--yes", "--json")
    assert json.loads(out)["deleted"]["moment"] is None  # Jo's note still owes for it
    assert show(cli, 3)["facts"]["givers"] == ["Ravi", "Jo March"]


def test_delete_a_moment_takes_every_note_owed_for_it(notes, cli):
    code, out, _ = cli("delete", "--moment", "2", "--yes", "--json")
    assert code == 0 and json.loads(out)["deleted"]["notes"] == [2, 3]
    assert cli("show", "2")[0] == 1 and cli("show", "3")[0] == 1
    assert show(cli, 1)["status"] == "drafted"


def test_delete_a_person_says_what_goes_with_them(notes, cli, db_path):
    with open_notebook(db_path) as nb:
        track.mark_sent(nb, 2, via="hand", on=TODAY)  # Ravi's note used a card
        journal.write_entry(nb, "Ravi fixed my bike chain before work", today=TODAY)
        capture.record_moment(nb, "favor", ["Ravi"], {"what": "lending me his ladder"}, today=TODAY)
    code, out, _ = cli("delete", "--person", "Ravi", "--yes", "--json")
    goes = json.loads(out)["deleted"]["goes"]
    assert goes == ["Ravi (#2)", "note #2 to Ravi (driving me to the airport, sent)",
                    "note #4 to Ravi (lending me his ladder, owed)", "1 moment only they gave: #3",
                    "their place among the givers of 1 shared moment (the others keep their notes)",
                    "their mention in 1 journal entry (the entries stay)"]
    with open_notebook(db_path) as nb:
        assert nb.people.find("Ravi") is None
        assert [g.name for g in nb.moments.get(2).givers] == ["Jo March"] and nb.notes.get(3).status == "owed"
        assert nb.journal.get(1).text.startswith("Ravi fixed") and nb.journal.get(1).people == []
        assert stationery.stationery_stock(nb)["remaining"] == 11  # the card stays used


def test_people_delete_is_the_same_delete(notes, cli):
    code, out, _ = cli("people", "delete", "Jo March", "--yes")
    assert code == 0 and out.startswith("Deleted Jo March (#3); note #3 to Jo March")
    assert "Jo March" not in cli("people", "list")[1]


def test_delete_a_journal_entry_keeps_the_note_it_asked_for(db_path, cli):
    cli("today", "Jo lent me her ladder", "--thank", "Jo March")
    assert "#1  2026-11-26" in cli("journal")[1]  # the number to delete it by
    code, out, _ = cli("delete", "--journal", "1", "--yes")
    assert code == 0 and "journal entry #1 of 2026-11-26: “Jo lent me her ladder”" in out
    assert cli("journal", "--json")[1].strip() == "[]"
    assert show(cli, 1)["to"] == "Jo March"
    code, _, err = cli("delete", "--journal", "1", "--yes")
    assert code == 1 and "no journal entry #1" in err and "thankful journal" in err


def test_delete_one_thing_at_a_time(notes, cli):
    for args in (["delete"], ["delete", "1", "--moment", "1"], ["delete", "--person", "Ravi", "--journal", "1"]):
        code, _, err = cli(*args, "--yes")
        assert code == 2 and "delete one thing at a time" in err


def test_a_note_being_sent_cannot_be_deleted(notes, cli, db_path):
    with open_notebook(db_path) as nb, nb.transaction():
        nb.outbox.queue(1, message_id="<x@example.org>", recipient="may@example.org", on=TODAY.isoformat())
        nb.outbox.claim(1, pid=os.getpid(), start="", host="here")
    code, _, err = cli("delete", "1", "--yes")
    assert code == 1 and "is being sent right now" in err
    assert show(cli, 1)["status"] == "drafted"


@pytest.mark.parametrize("args", [["delete", "1"], ["delete", "--person", "May Lee"], ["people", "delete", "Ravi"]])
def test_delete_without_yes_refuses_when_nobody_can_answer(notes, args):
    result = subprocess.run([THANKFUL, *args], input="y\n", capture_output=True, text=True, env=os.environ)
    assert result.returncode == 2
    one_line(result.stderr)
    assert "nobody is at a terminal to answer; add --yes" in result.stderr
    with open_notebook(os.environ["THANKFUL_DB"]) as nb:
        assert len(nb.notes.listing(statuses=None)) == 3 and len(nb.people.all()) == 3


def _on_a_terminal(args: list[str], answer: bytes) -> bytes:
    """Run thankful with a terminal for stdin and stdout; answer its question; everything it wrote."""
    main, child = pty.openpty()
    proc = subprocess.Popen([THANKFUL, *args], stdin=child, stdout=child, stderr=child, env=os.environ)
    os.close(child)
    seen = b""
    while b"[y/N]" not in seen:
        ready, _, _ = select.select([main], [], [], 30)
        assert ready, seen
        seen += os.read(main, 4096)
    os.write(main, answer)
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
    return seen


def test_delete_asks_on_a_terminal_and_no_keeps_everything(notes):
    seen = _on_a_terminal(["delete", "--person", "Ravi"], b"n\n")
    assert b"This deletes:" in seen and b"- note #2 to Ravi (driving me to the airport, owed)" in seen
    assert b"Nothing was deleted." in seen
    with open_notebook(os.environ["THANKFUL_DB"]) as nb:
        assert nb.people.find("Ravi") is not None


def test_delete_asks_on_a_terminal_and_yes_deletes(notes):
    seen = _on_a_terminal(["delete", "1"], b"y\n")
    assert b"- its moment #1 (no other note is owed for it)" in seen and b"Deleted note #1" in seen
    with open_notebook(os.environ["THANKFUL_DB"]) as nb:
        assert [n["note"] for n in nb.notes.listing(statuses=None)] == [2, 3]
