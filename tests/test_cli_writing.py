"""compose, check and draft on the command line: in-process and as the installed `thankful`."""

import json

import pytest

MOMENT = {"kind": "gift", "occasion": "birthday", "from": [{"name": "May Lee", "call": "Aunt May"}],
          "what": "a hand-knitted scarf", "detail": "the deep green", "use": "wear it on my walks to work",
          "ahead": "see you at Thanksgiving", "on": "2026-11-20", "sign": "Sam"}
FAVOR = {"kind": "favor", "from": ["Ravi"], "what": "driving me to the airport",
         "use": "I made my flight with time to spare", "on": "2026-11-24", "sign": "Sam"}


def test_compose_one_moment_gives_one_result(cli):
    code, out, err = cli("compose", "--json", "-", stdin=json.dumps(MOMENT))
    assert code == 0, err
    result = json.loads(out)
    assert "Aunt May" in result["text"] and result["late"] is False and result["due"] == "2026-12-04"


def test_compose_array_in_array_out(cli):
    code, out, _ = cli("compose", "--json", stdin=json.dumps([MOMENT, FAVOR]))
    results = json.loads(out)
    assert code == 0 and isinstance(results, list) and len(results) == 2
    assert "Ravi" in results[1]["text"]


def test_compose_json_lines_in_json_lines_out(cli):
    code, out, _ = cli("compose", "--json", "-", stdin=json.dumps(MOMENT) + "\n" + json.dumps(FAVOR) + "\n")
    lines = [json.loads(line) for line in out.strip().splitlines()]
    assert code == 0 and len(lines) == 2 and "scarf" in lines[0]["text"]


def test_compose_variants_for_one_moment_is_a_list(cli):
    code, out, _ = cli("compose", "--json", "--variants", "3", "-", stdin=json.dumps(MOMENT))
    results = json.loads(out)
    assert code == 0 and len(results) == 3 and len({r["text"] for r in results}) == 3


def test_compose_uses_today_from_the_environment_for_lateness(cli):
    late = dict(MOMENT, on="2026-09-01")
    code, out, _ = cli("compose", "--json", "-", stdin=json.dumps(late))  # THANKFUL_TODAY is 2026-11-26
    assert code == 0 and json.loads(out)["late"] is True


def test_compose_plain_text_shows_the_draft_questions_and_coach(cli):
    code, out, _ = cli("compose", "-", stdin=json.dumps({"kind": "gift", "from": ["Uncle Joe"], "what": "a cookbook",
                                                         "sign": "Sam"}))
    assert code == 0
    assert "Uncle Joe" in out and "How will you use the cookbook?" in out and "Coach:" in out


def test_compose_reads_a_file(cli, tmp_path):
    path = tmp_path / "moments.json"
    path.write_text(json.dumps([FAVOR]), encoding="utf-8")
    code, out, _ = cli("compose", "--json", str(path))
    assert code == 0 and json.loads(out)[0]["text"].endswith("Sam")


@pytest.mark.parametrize("stdin, message", [
    ("{not json", "cannot read the moment as JSON"),
    ('{"kind": "gift"}\n{oops}\n', "line 2"),
    ('{"kind": "party"}', "unknown kind"),
    ("", "no moment given"),
    ("[1, 2]", "moment object"),
])
def test_compose_bad_input_is_one_clear_line(cli, stdin, message):
    code, out, err = cli("compose", "--json", "-", stdin=stdin)
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_check_json_with_a_moment(cli, tmp_path):
    moment = tmp_path / "m.json"
    moment.write_text(json.dumps(MOMENT), encoding="utf-8")
    code, out, _ = cli("check", "--json", "--moment", str(moment), "-",
                       stdin="Dear May,\n\nThanks for the gift. I really like it.\n\nLove,\nSam")
    result = json.loads(out)
    assert code == 0 and result["score"] <= 50
    assert {"no-specific", "cliche"} <= {f["code"] for f in result["findings"]}


def test_check_plain_quotes_the_problem(cli):
    code, out, _ = cli("check", "-", stdin="Dear May,\n\nWords cannot express my thanks.\n\nSam")
    assert code == 0 and "cliche" in out and '"Words cannot express"' in out and "→" in out
    assert "cliche (-15)" in out  # what the finding cost


def test_check_bad_moment_file(cli, tmp_path):
    bad = tmp_path / "m.json"
    bad.write_text("[]", encoding="utf-8")
    code, _, err = cli("check", "--moment", str(bad), "-", stdin="Hi")
    assert code == 2 and "one moment object" in err


@pytest.fixture
def owed_note(nb):
    """A gift note owed to Aunt May, with the sign setting saved."""
    from thankful.usecases import capture

    with nb.transaction():
        nb.settings.set("sign", "Sam")
    capture.add_person(nb, "May Lee", call="Aunt May", relationship="family", today=_today())
    _, notes = capture.record_moment(nb, "gift", ["May Lee"], {"what": "a cookbook", "occasion": "birthday"},
                                     on=_today(), today=_today())
    return notes[0].id


def _today():
    from datetime import date

    return date(2026, 11, 26)


def test_draft_yes_stores_the_draft(cli, nb, owed_note):
    code, out, err = cli("draft", str(owed_note), "--yes", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["status"] == "drafted" and "Aunt May" in result["text"]
    assert result["text"].splitlines()[-1] == "Sam"
    assert {n["field"] for n in result["needs"]} == {"use"}
    note = nb.notes.get(owed_note)
    assert note.status == "drafted" and note.body == result["text"] and not note.edited


def test_draft_asks_the_needs_and_saves_the_answers(cli, nb, owed_note):
    answers = "cook dinner for my parents every Sunday\nn\ny\n"
    code, out, err = cli("draft", str(owed_note), stdin=answers)
    assert code == 0, err
    note = nb.notes.get(owed_note)
    moment = nb.moments.get(note.moment_id)
    assert moment.fact("use") == "cook dinner for my parents every Sunday"
    assert "dinner for my parents" in note.body and note.status == "drafted"


def test_draft_can_be_declined(cli, nb, owed_note):
    code, out, _ = cli("draft", str(owed_note), stdin="\nn\nn\n")
    assert code == 0 and "Nothing saved" in out
    assert nb.notes.get(owed_note).status == "owed"


def test_redraft_keeps_the_persons_edits_unless_fresh(cli, nb, owed_note):
    with nb.transaction():
        nb.notes.update(owed_note, body="Dear Aunt May,\n\nMy own words about the cookbook.\n\nSam",
                       status="drafted", edited=True)
    code, out, _ = cli("draft", str(owed_note), "--yes", "--json")
    assert code == 0 and json.loads(out)["kept_edits"] is True
    assert "My own words" in nb.notes.get(owed_note).body
    code, out, _ = cli("draft", str(owed_note), "--yes", "--fresh", "--json")
    assert code == 0 and json.loads(out)["kept_edits"] is False
    note = nb.notes.get(owed_note)
    assert "My own words" not in note.body and not note.edited


def test_draft_tone_is_saved_with_the_moment(cli, nb, owed_note):
    code, out, _ = cli("draft", str(owed_note), "--yes", "--tone", "formal", "--json")
    assert code == 0 and "I'm" not in json.loads(out)["text"]
    note = nb.notes.get(owed_note)
    assert nb.moments.get(note.moment_id).tone == "formal"


def test_draft_a_sent_note_is_refused(cli, nb, owed_note):
    with nb.transaction():
        nb.notes.update(owed_note, status="sent")
    code, _, err = cli("draft", str(owed_note), "--yes")
    assert code == 1 and "already sent" in err


def test_draft_unknown_note(cli, nb):
    code, _, err = cli("draft", "999", "--yes")
    assert code == 1 and "no note #999" in err


def test_installed_command_composes_and_checks(run_thankful):
    proc = run_thankful("compose", "--json", "-", stdin=json.dumps(MOMENT))
    assert proc.returncode == 0, proc.stderr
    text = json.loads(proc.stdout)["text"]
    proc = run_thankful("check", "--json", "-", stdin=text)
    assert proc.returncode == 0 and json.loads(proc.stdout)["score"] >= 80


def test_compose_and_check_need_no_notebook(run_thankful, db_path):
    proc = run_thankful("compose", "--json", "-", stdin=json.dumps(MOMENT))
    assert proc.returncode == 0
    proc = run_thankful("check", "--json", "-", stdin=json.loads(proc.stdout)["text"])
    assert proc.returncode == 0
    assert not db_path.exists()


def test_compose_reads_proselint_lists_without_importing_proselint(tmp_path):
    import subprocess
    import sys

    code = (f"import sys, json, io; sys.stdin = io.StringIO(json.dumps({MOMENT!r})); from thankful.cli import main; "
            "main(['compose', '--json', '-']); print('LOADED', 'proselint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path).stdout
    assert out.strip().splitlines()[-1] == "LOADED False"


def test_plain_compose_prints_each_interviewers_note(cli):
    panel = {"kind": "interview", "from": ["Laura Chen", "Raj Patel"], "role": "data engineer", "company": "Brightline",
             "topic": "streaming pipelines", "extra": "i also mentored two junior engineers", "on": "2026-11-25"}
    code, out, _ = cli("compose", "--variants", "2", "-", stdin=json.dumps(panel))
    assert code == 0
    assert out.count("Dear Ms. Chen,") == 2 and out.count("Dear Mr. Patel,") == 2 and out.count("-" * 40) == 3
    assert "also wanted to add something I left out: I also" not in out
