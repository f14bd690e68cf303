"""The notebook commands as a person or a script runs them: in-process and as a subprocess."""

import json

import pytest


def test_add_prints_the_contract_json(cli):
    code, out, _ = cli("add", "gift", "--from", "Tom Smith", "--from", "Jane Smith", "--what", "a quilt",
                       "--occasion", "wedding", "--on", "2026-10-30", "--json")
    assert code == 0
    data = json.loads(out)
    assert data == {"moment": 1, "notes": [{"note": 1, "to": "Tom Smith", "due": "2027-01-28"},
                                           {"note": 2, "to": "Jane Smith", "due": "2027-01-28"}]}


def test_add_with_no_due_date_gives_null(cli):
    code, out, _ = cli("add", "love", "--from", "Alex", "--what", "coffee", "--json")
    assert json.loads(out)["notes"][0]["due"] is None


def test_owed_json_and_table(cli):
    cli("add", "interview", "--from", "Dana Whitfield", "--role", "Data Analyst", "--on", "last friday")
    cli("add", "favor", "--from", "Ravi", "--what", "driving me to the airport", "--on", "yesterday")
    cli("add", "love", "--from", "Alex", "--what", "coffee")
    code, out, _ = cli("owed", "--json")
    rows = json.loads(out)
    assert [r["to"] for r in rows] == ["Dana Whitfield", "Ravi", "Alex"]
    assert set(rows[0]) == {"note", "moment", "to", "kind", "what", "due", "overdue", "status"}
    assert rows[0]["overdue"] is True and rows[0]["due"] == "2026-11-23"  # Friday's interview: due Monday
    code, out, _ = cli("owed")
    assert "3 days overdue" in out and "due in 2 days" in out and "no due date" in out


def test_due_tomorrow_wording(cli):
    cli("add", "interview", "--from", "Priya", "--role", "Designer")
    _, out, _ = cli("owed")
    assert "due tomorrow" in out


def test_sent_skip_show_and_all(cli):
    cli("add", "favor", "--from", "Ravi", "--from", "Jo", "--what", "a lift", "--on", "2026-11-24")
    assert cli("sent", "1", "--via", "card", "--on", "yesterday")[0] == 0
    assert cli("skip", "2", "--why", "thanked in person")[0] == 0
    _, out, _ = cli("owed", "--all", "--json")
    assert [(r["note"], r["status"]) for r in json.loads(out)] == [(1, "sent"), (2, "skipped")]
    _, out, _ = cli("show", "1", "--json")
    shown = json.loads(out)
    assert shown["sent_on"] == "2026-11-25" and shown["sent_via"] == "card" and shown["facts"]["what"] == "a lift"
    _, out, _ = cli("show", "2")
    assert "skipped: thanked in person" in out


def test_people_commands(cli):
    assert cli("people", "add", "May Lee", "--call", "Aunt May", "--email", "may@example.org",
               "--address", "12 Elm St\\nSpringfield", "--relationship", "family")[0] == 0
    cli("add", "gift", "--from", "Aunt May", "--what", "a scarf")
    _, out, _ = cli("people", "list", "--json")
    people = json.loads(out)
    assert people[0]["address"] == "12 Elm St\nSpringfield" and people[0]["relationship"] == "family"
    _, out, _ = cli("people", "show", "may", "--json")
    assert json.loads(out)["notes"][0]["what"] == "a scarf"
    _, out, _ = cli("people", "show", "Aunt May")
    assert "a scarf" in out and "may@example.org" in out


def test_home_view(cli):
    cli("add", "interview", "--from", "Dana", "--on", "2026-11-20")
    cli("add", "favor", "--from", "Ravi", "--on", "2026-11-25")
    code, out, _ = cli()
    assert code == 0
    assert out.index("Overdue") < out.index("Dana") < out.index("Due this week") < out.index("Ravi")
    assert "What moments sparked your gratitude today?" in out


def test_today_journal_with_thank(cli):
    code, out, _ = cli("today", "Ravi fixed my bike", "--thank", "Ravi", "--json")
    entry = json.loads(out)
    assert entry["notes"][0]["to"] == "Ravi"
    _, out, _ = cli("owed", "--json")
    assert json.loads(out)[0]["kind"] == "favor"  # what Ravi did, read from the entry


def test_today_reads_piped_text(cli):
    code, out, _ = cli("today", "--json", stdin="The neighbour shovelled our walk\n")
    assert code == 0 and json.loads(out)["text"] == "The neighbour shovelled our walk"


@pytest.mark.parametrize("args, code, words", [
    (["add", "bribe", "--from", "X"], 2, "unknown kind"),
    (["add", "gift", "--from", "X", "--on", "the day after never"], 2, "cannot read the date"),
    (["add", "gift"], 2, "--from"),
    (["show", "42"], 1, "no note #42"),
    (["sent", "abc"], 2, "not a note number"),
    (["draft", "abc"], 2, "not a note number"),
    (["send", "#x"], 2, "not a note number"),
    (["skip", "1"], 2, "--why"),
    (["frobnicate"], 2, "invalid choice"),
    (["--today", "someday", "owed"], 2, "today's date"),
])
def test_bad_input_is_one_line_with_the_right_exit_code(cli, args, code, words):
    got, out, err = cli(*args)
    assert got == code
    assert words in err and err.count("\n") == 1 and "Traceback" not in err


def test_ambiguous_person_lists_them_and_changes_nothing(cli):
    cli("people", "add", "Dana Whitfield")
    cli("people", "add", "Dana Scully")
    code, _, err = cli("add", "interview", "--from", "Dana", "--json")
    assert code == 2 and "Dana Whitfield" in err and "Dana Scully" in err
    _, out, _ = cli("owed", "--json")
    assert json.loads(out) == []


def test_export_import_round_trip_via_files(cli, tmp_path, monkeypatch):
    cli("add", "gift", "--from", "May Lee", "--what", "a scarf ☃", "--on", "2026-11-20")
    cli("today", "A good day")
    first = tmp_path / "first.json"
    assert cli("export", str(first))[0] == 0
    monkeypatch.setenv("THANKFUL_DB", str(tmp_path / "other.db"))
    assert cli("import", str(first))[0] == 0
    second = tmp_path / "second.json"
    cli("export", str(second))
    assert first.read_bytes() == second.read_bytes()


def test_truncated_import_leaves_the_notebook_empty(cli, tmp_path, monkeypatch):
    cli("add", "gift", "--from", "May Lee", "--what", "a scarf")
    full = tmp_path / "full.json"
    cli("export", str(full))
    cut = tmp_path / "cut.json"
    cut.write_text(full.read_text()[:-40])
    monkeypatch.setenv("THANKFUL_DB", str(tmp_path / "fresh.db"))
    code, _, err = cli("import", str(cut))
    assert code == 1 and "line" in err and "nothing was imported" in err
    _, out, _ = cli("owed", "--all", "--json")
    assert json.loads(out) == []


def test_subprocess_json_is_only_json_and_errors_have_no_traceback(run_thankful, db_path):
    made = run_thankful("add", "favor", "--from", "Ravi", "--what", "a lift", "--on", "3 days ago", "--json")
    assert made.returncode == 0 and json.loads(made.stdout)["notes"][0]["due"] == "2026-11-26"
    listed = run_thankful("owed", "--json")
    assert json.loads(listed.stdout)[0]["to"] == "Ravi" and listed.stderr == ""
    bad = run_thankful("add", "gift", "--from", "X", "--due", "nope")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and bad.stderr.count("\n") == 1


def test_unreadable_notebook_subprocess(run_thankful, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 500)
    result = run_thankful("--db", str(junk), "owed")
    assert result.returncode == 1 and "not a database" in result.stderr and "Traceback" not in result.stderr
    assert junk.read_bytes() == b"\x00garbage" * 500


def test_db_flag_after_the_command_and_env_today(run_thankful, tmp_path):
    other = tmp_path / "elsewhere.db"
    run_thankful("add", "interview", "--from", "Dana", "--db", str(other), env={"THANKFUL_TODAY": "2026-01-05"})
    result = run_thankful("owed", "--json", "--db", str(other))
    assert json.loads(result.stdout)[0]["due"] == "2026-01-06"


def test_help_lists_the_commands_of_every_module(run_thankful):
    result = run_thankful("--help")
    assert result.returncode == 0
    for name in ("people", "owed", "today", "nudge", "compose", "check", "draft", "send", "print", "serve"):
        assert f"\n    {name} " in result.stdout, name
