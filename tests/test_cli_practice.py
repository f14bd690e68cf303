"""The practice commands as a person, cron or a script runs them, with THANKFUL_TODAY fixed by conftest
(Thursday 2026-11-26) or --today for a Wednesday."""

import json
import subprocess
import sys

import pytest

from thankful.cli import practice as cli_practice

WEDNESDAY = "2026-11-25"
NUDGE_KEYS = {"wednesday", "suggestions", "overdue", "due_soon"}


def one_line_error(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("thankful: ") and "Traceback" not in err


# --- today and journal --------------------------------------------------------------------------

def test_today_with_text_and_thank(cli):
    code, out, _ = cli("today", "Ravi fixed my bike", "--thank", "Ravi", "--json")
    entry = json.loads(out)
    assert code == 0 and entry["prompt"] == "What moments sparked your gratitude today?"
    assert entry["notes"] == [{"note": 1, "to": "Ravi"}]
    _, out, _ = cli("owed", "--json")
    assert [(n["to"], n["kind"], n["what"]) for n in json.loads(out)] == [("Ravi", "favor", "fixing my bike")]


def test_today_reads_a_piped_entry(cli):
    code, out, _ = cli("today", stdin="The neighbours shovelled our path\n")
    assert code == 0 and out.startswith("Saved today's entry (2026-11-26).")
    _, out, _ = cli("journal", "--json")
    assert json.loads(out)[0]["text"] == "The neighbours shovelled our path"


def test_an_empty_entry_is_a_usage_error_and_writes_nothing(cli):
    code, out, err = cli("today", "   ")
    assert code == 2 and one_line_error(err) and "nothing written" in err and out == ""
    assert json.loads(cli("journal", "--json")[1]) == []


def test_today_on_a_terminal_asks_the_question_and_who_to_thank(cli, monkeypatch):
    cli("people", "add", "May Lee", "--call", "Aunt May", "--relationship", "family")
    answers = iter(["Aunt May brought soup when I was ill", "y"])
    asked = []
    monkeypatch.setattr(cli_practice, "_interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda q="": asked.append(q) or next(answers))
    code, out, _ = cli("today")
    assert code == 0
    assert out.startswith("What moments sparked your gratitude today?\n")
    assert asked[1].startswith("Thank May Lee for this with a note?")
    assert "Note #1 to May Lee is owed" in out


def test_today_on_a_terminal_asks_again_when_a_name_is_ambiguous(cli, monkeypatch):
    cli("people", "add", "Dana Whitfield")
    cli("people", "add", "Dana Scully")
    answers = iter(["A kind email from the recruiter", "Dana", "Dana Scully"])
    monkeypatch.setattr(cli_practice, "_interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda q="": next(answers))
    code, out, _ = cli("today")
    assert code == 0 and "could mean several people" in out and "Note #1 to Dana Scully is owed" in out


def test_todays_question_is_new_the_next_day(cli):
    first = json.loads(cli("today", "one", "--json")[1])["prompt"]
    second = json.loads(cli("today", "two", "--json", "--today", "2026-11-27")[1])["prompt"]
    assert first != second
    _, out, _ = cli("--today", "2026-11-27")  # the home view asks the same question as `today`
    assert second in out


def test_journal_since_and_search_as_text(cli):
    cli("today", "Lunch with Jo", "--today", "2026-11-01")
    cli("today", "Sam fixed the gate", "--thank", "Sam")
    code, out, _ = cli("journal", "--since", "2026-11-20")
    assert code == 0 and "Sam fixed the gate" in out and "Lunch with Jo" not in out
    assert "with Sam (moment #1)" in out
    _, out, _ = cli("journal", "--search", "jo")
    assert "Lunch with Jo" in out and "Sam fixed" not in out
    _, out, _ = cli("journal", "--search", "zebra")
    assert out == "No entries match.\n"
    code, _, err = cli("journal", "--since", "the twelfth of never")
    assert code == 2 and one_line_error(err)


# --- nudge and remind ---------------------------------------------------------------------------

def _people(cli):
    cli("people", "add", "Sam Rivera", "--relationship", "partner")
    cli("people", "add", "Ana Costa", "--relationship", "colleague")
    cli("people", "add", "Jo Park", "--relationship", "friend")
    cli("people", "add", "May Lee", "--relationship", "family")
    cli("people", "add", "Dana Whitfield", "--relationship", "interviewer")


def test_nudge_json_on_a_wednesday_is_the_contract(cli):
    _people(cli)
    cli("add", "favor", "--from", "Ravi", "--what", "a lift", "--on", "2026-11-10")
    code, out, _ = cli("nudge", "--json", "--today", WEDNESDAY)
    data = json.loads(out)
    assert code == 0 and set(data) == NUDGE_KEYS and data["wednesday"] is True
    assert data["suggestions"] == [
        {"person": "Sam Rivera", "reason": "your partner; no note sent to them yet", "last_thanked": None},
        {"person": "May Lee", "reason": "family; no note sent to them yet", "last_thanked": None},
        {"person": "Jo Park", "reason": "a friend; no note sent to them yet", "last_thanked": None}]
    assert [n["to"] for n in data["overdue"]] == ["Ravi"] and data["due_soon"] == []


def test_nudge_on_a_thursday_suggests_nobody_unless_asked(cli):
    _people(cli)
    data = json.loads(cli("nudge", "--json")[1])
    assert data == {"wednesday": False, "suggestions": [], "overdue": [], "due_soon": []}
    data = json.loads(cli("nudge", "--json", "--any-day")[1])
    assert [s["person"] for s in data["suggestions"]] == ["Sam Rivera", "May Lee", "Jo Park"]
    _, out, _ = cli("nudge")
    assert out.startswith("Nothing overdue or due this week.")


def test_nudge_as_text_on_a_wednesday(cli):
    _people(cli)
    cli("add", "favor", "--from", "Ravi", "--what", "a lift", "--on", "2026-11-24")
    _, out, _ = cli("nudge", "--today", WEDNESDAY)
    assert "Due soon" in out and "a lift" in out
    assert "It's Wednesday: thank someone just because." in out and "your partner" in out


def test_remind_prints_the_digest(cli):
    _people(cli)
    cli("add", "interview", "--from", "Dana Whitfield", "--role", "Analyst", "--on", "2026-11-20")
    code, out, _ = cli("remind", "--today", WEDNESDAY)
    assert code == 0 and out.startswith("Thankful — Wednesday, November 25\n")
    assert "Overdue (1)" in out and "Analyst interview" in out and "It's Wednesday" in out
    data = json.loads(cli("remind", "--json")[1])
    assert NUDGE_KEYS < set(data) and data["streak"] == {"current": 0, "longest": 0}


# --- stationery ---------------------------------------------------------------------------------

def test_stationery_add_list_and_use(cli):
    cli("add", "gift", "--from", "May Lee", "--what", "a scarf")
    code, out, _ = cli("stationery", "add", "12 A2 letterpress cards")
    assert code == 0 and out.startswith("Added 12 A2 letterpress cards. 12 cards in all.")
    assert "Who to write to" in out and "May Lee" in out
    cli("sent", "1", "--via", "hand")
    assert cli("stationery", "use", "2")[1] == "Used 2 cards; 9 left.\n"
    _, out, _ = cli("stationery")
    assert "9 of 12" in out
    stock = json.loads(cli("stationery", "list", "--json")[1])
    assert stock["remaining"] == 9 and stock["boxes"][0]["size"] == "A2"


def test_stationery_bad_input_is_refused_cleanly(cli):
    for args in (("stationery", "add", "letterpress cards"), ("stationery", "add", "0 cards"),
                 ("stationery", "use", "lots")):
        code, out, err = cli(*args)
        assert code == 2 and out == "" and "Traceback" not in err, args
    code, _, err = cli("stationery", "use")
    assert code == 2 and one_line_error(err) and "no cards left" in err
    cli("stationery", "add", "2 cards")
    code, _, err = cli("stationery", "use", "3")
    assert code == 2 and "only 2 cards left" in err
    assert json.loads(cli("stationery", "--json")[1])["remaining"] == 2  # nothing half-used


def test_the_home_view_mentions_low_stock_and_the_wednesday_nudge(cli):
    cli("people", "add", "Sam Rivera", "--relationship", "partner")
    cli("stationery", "add", "2 A6 cards")
    _, out, _ = cli("--today", WEDNESDAY)
    assert "2 cards left: thankful stationery add" in out
    assert "It's Wednesday: thank someone just because — Sam Rivera" in out
    _, out, _ = cli()
    assert "It's Wednesday" not in out


# --- stats --------------------------------------------------------------------------------------

def test_stats_json_and_chart(cli, tmp_path):
    for i, day in enumerate(["2026-10-01", "2026-11-02", "2026-11-20"], start=1):
        cli("add", "favor", "--from", "Ravi", "--what", "a lift", "--on", day)
        cli("sent", str(i), "--via", "email", "--on", day)
    chart = tmp_path / "stats.svg"
    code, out, _ = cli("stats", "--json", "--chart", str(chart))
    data = json.loads(out)
    assert code == 0 and data["sent"] == 3 and data["on_time"]["rate"] == 1.0
    assert data["thanked_most"] == [{"person": "Ravi", "notes": 3, "last_thanked": "2026-11-20"}]
    assert "<svg" in chart.read_text()
    _, out, _ = cli("stats")
    assert "Notes sent: 3" in out and "On time: 100%" in out


def test_stats_on_an_empty_notebook_and_a_bad_chart_name(cli, tmp_path):
    assert cli("stats")[1].startswith("No notes sent yet.")
    code, out, err = cli("stats", "--chart", str(tmp_path / "stats.gif"))
    assert code == 2 and one_line_error(err) and ".png or .svg" in err and out == ""
    assert not (tmp_path / "stats.gif").exists()
    code, out, err = cli("stats", "--chart", str(tmp_path / "missing" / "stats.png"))
    assert code == 1 and one_line_error(err) and "no folder" in err and out == ""


# --- as a subprocess ----------------------------------------------------------------------------

@pytest.mark.parametrize("args", [["today", "--json", "x"], ["journal"], ["nudge", "--json"], ["remind"],
                                  ["stationery"], ["stats", "--json"]])
def test_the_installed_command_runs_each_practice_command(run_thankful, args):
    result = run_thankful(*args)
    assert result.returncode == 0 and "Traceback" not in result.stderr and result.stdout


def test_the_practice_commands_start_light(db_path):
    code = ("import sys\nfrom thankful.cli import main\nfor argv in (['today', 'x'], ['nudge'], ['journal'],"
            " ['stationery']):\n    main(argv)\n"
            "print('HEAVY', sorted(m for m in ('matplotlib', 'dateparser', 'inflect', 'reportlab', 'smtplib')"
            " if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "HEAVY []"


# --- remind --email, through a real SMTP server on 127.0.0.1 -----------------------------------

def test_remind_email_sends_the_digest_to_yourself(cli, monkeypatch):
    from deliver_fixtures import Server

    _people(cli)
    cli("add", "favor", "--from", "Ravi", "--what", "a lift", "--on", "2026-11-10")
    with Server() as server:
        for name, value in (("THANKFUL_SMTP_HOST", "127.0.0.1"), ("THANKFUL_SMTP_PORT", str(server.port)),
                            ("THANKFUL_SMTP_SECURITY", "none"), ("THANKFUL_FROM", "Sam Lee <sam@example.org>")):
            monkeypatch.setenv(name, value)
        code, out, err = cli("remind", "--email", "--today", WEDNESDAY)
        assert code == 0, err
        assert out == "Sent the digest to sam@example.org.\n"
        [msg] = server.handler.messages
    assert msg["Subject"] == "Thankful: 1 overdue, it's Wednesday (2026-11-25)"
    assert msg["To"].addresses[0].addr_spec == "sam@example.org"
    body = msg.get_body(("plain",)).get_content()
    assert "Overdue (1)" in body and "#1 Ravi: a lift" in body and "Sam Rivera" in body


def test_remind_email_without_a_mail_server_says_how_to_set_one(cli, monkeypatch):
    monkeypatch.delenv("THANKFUL_SMTP_HOST", raising=False)
    code, out, err = cli("remind", "--email")
    assert code == 2 and out == "" and one_line_error(err) and "smtp.host" in err
