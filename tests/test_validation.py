"""Validation in one place (domain/validate.py), and each bad value the hostile run found refused by the
command line as a person meets it: one line, exit 2 (or 1 for a number no row has), no traceback, and the
notebook's export unchanged."""

from __future__ import annotations

import json
import math
import re
from datetime import date

import pytest

from failing import assert_failed_cleanly, assert_one_line, run
from thankful.domain import validate
from thankful.domain.dates import parse_date, today_from
from thankful.domain.errors import NotFound, UsageError
from thankful.store import open_notebook

TODAY = date(2026, 11, 26)


# --- the checks themselves --------------------------------------------------------------------------

@pytest.mark.parametrize("typed, amount", [("300", 300), ("$1,250.50", 1250.5), ("49.50", 49.5), ("1,250", 1250),
                                           (" €12 ", 12), (".5", 0.5), ("0", 0), (42, 42), (12.5, 12.5)])
def test_amounts_read_as_written(typed, amount):
    assert validate.read_amount(typed) == amount


@pytest.mark.parametrize("typed, message", [
    ("1,50", "write 1.50 with a dot"), ("12,5", "write 12.5 with a dot"), ("inf", "cannot read the amount"),
    ("nan", "cannot read the amount"), ("1e400", "cannot read the amount"), ("-5", "cannot be negative"),
    ("1,5,0", "cannot read"), ("lots", "cannot read"), ("", "cannot read"), ("2000000000", "more than"),
    (math.inf, "not a number"), (math.nan, "not a number"), (True, "cannot read"), (-0.5, "negative"),
])
def test_amounts_that_are_not_one_are_refused(typed, message):
    with pytest.raises(UsageError, match=message):
        validate.read_amount(typed)


@pytest.mark.parametrize("typed, number", [("12", 12), ("#12", 12), (" # 7 ", 7), ("0012", 12), (5, 5)])
def test_ids(typed, number):
    assert validate.read_id(typed) == number


@pytest.mark.parametrize("typed", ["abc", "1.5", "-3", "١٢", "²", "", "#", "12a"])
def test_ids_that_are_not_numbers(typed):
    with pytest.raises(UsageError, match="is not a note number"):
        validate.read_id(typed)


@pytest.mark.parametrize("typed", ["0", "99999999999999999999", "9" * 5000, "#9223372036854775808"])
def test_ids_no_row_can_have(typed):
    with pytest.raises(NotFound, match="no note #"):
        validate.read_id(typed)
    assert validate.read_id("9223372036854775807") == 2**63 - 1


@pytest.mark.parametrize("typed", ["9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01", "in 999999999 days",
                                   "999999 weeks ago"])
def test_dates_out_of_range(typed):
    with pytest.raises(UsageError, match="out of range; use a date from 1900 to 2200"):
        parse_date(typed, TODAY)


def test_dates_at_the_edges_of_the_range():
    assert parse_date("1900-01-01", TODAY) == date(1900, 1, 1)
    assert parse_date("2200-12-31", TODAY) == date(2200, 12, 31)


@pytest.mark.parametrize("typed", ["   ", "\t", " \n "])
def test_blank_dates_are_refused_but_empty_is_none(typed):
    with pytest.raises(UsageError, match="is blank"):
        parse_date(typed, TODAY)
    assert parse_date("", TODAY) is None


def test_a_very_long_date_phrase_is_refused_before_dateparser_reads_it():
    with pytest.raises(UsageError, match="cannot read the date"):
        parse_date("next " * 1000, TODAY)


@pytest.mark.parametrize("typed", ["0001-01-01", "9999-12-31", "   ", "soon"])
def test_today_is_checked_too(typed, monkeypatch):
    with pytest.raises(UsageError, match="today's date"):
        today_from(typed)
    monkeypatch.setenv("THANKFUL_TODAY", typed)
    with pytest.raises(UsageError, match="today's date"):
        today_from()


@pytest.mark.parametrize("text, problem", [("May\x00", "U+0000"), ("\x1b[31mred", "U+001B"), ("a\udc80b", "not UTF-8"),
                                           ("\ud800", "not UTF-8"), ("x\x7f", "U+007F"), ("x\x9by", "U+009B")])
def test_text_with_characters_no_text_may_hold(text, problem):
    with pytest.raises(UsageError, match=re.escape(problem)):
        validate.line(text, "name")
    with pytest.raises(UsageError, match=re.escape(problem)):
        validate.text(text, "note")
    assert validate.line("x\x85y\u2028z", "name") == "x y z"  # Unicode's line breaks are spaces in one line


def test_text_is_tidied_and_composed():
    assert validate.line("  Élodie \t  Martin\n", "name") == "Élodie Martin"
    assert validate.line("E\u0301lodie", "name") == "\u00c9lodie"  # decomposed accents composed (NFC)
    assert validate.text("\r\n\r\nDear May,\r\n\tThanks.\r\n", "note") == "Dear May,\n\tThanks."
    with pytest.raises(UsageError, match="keep it under"):
        validate.line("x" * 3000, "name")


def test_names_fold_across_case_and_encodings():
    assert validate.fold("Élodie Martin") == validate.fold("élodie martin") == validate.fold("E\u0301LODIE  MARTIN")
    assert validate.fold("Дмитрий") == validate.fold("ДМИТРИЙ")
    assert validate.fold("Straße") == validate.fold("STRASSE")


@pytest.mark.parametrize("text, message", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"), ("[" * 40 + "]" * 40, "nested too deeply"),
    ('{"a": NaN}', "NaN is not a number"), ('{"a": Infinity}', "Infinity is not a number"),
    ('{"a": 1e400}', "too large"), ('{"a": 99999999999999999999}', "too large"),
    ('{"a": "\\ud800"}', "not UTF-8"), ('{"\\u0000": 1}', "U+0000"), ('{"a": ', "line 1, column 7"),
])
def test_json_is_read_with_limits(text, message):
    with pytest.raises(UsageError, match=re.escape(message)):
        validate.read_json(text, "input")
    assert validate.read_json('{"a": [1, 2.5, "x", null, true]}', "input") == {"a": [1, 2.5, "x", None, True]}


def test_counts():
    assert validate.read_count("3", most=10) == 3
    for bad in ("0", "-5", "11", "3.5", "three", "²", ""):
        with pytest.raises(UsageError):
            validate.read_count(bad, "number of cards", most=10)


# --- on the command line ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A notebook with one moment (2026-11-20), its note #1 to May Lee, and a person Élodie Martin."""
    db = tmp_path_factory.mktemp("seeded") / "notebook.db"
    for args in (["add", "gift", "--from", "May Lee", "--what", "a scarf", "--on", "2026-11-20"],
                 ["people", "add", "Élodie Martin"], ["stationery", "add", "12 A2 cards"]):
        assert run(*args, db=db).returncode == 0
    return db


def export_of(db) -> str:
    with open_notebook(db) as nb:
        return nb.export_text()


BAD_INPUT = [
    (["add", "gift", "--from", "X", "--on", "9999-12-31"], 2, "out of range"),
    (["add", "gift", "--from", "X", "--on", "in 999999999 days"], 2, "out of range"),
    (["add", "gift", "--from", "X", "--due", "9999-12-31"], 2, "out of range"),
    (["add", "gift", "--from", "X", "--on", "2200-12-30"], 2, "due date 2201-01-13 is out of range"),
    (["add", "gift", "--from", "X", "--on", "   ", "--due", "2026-11-01"], 2, "is blank"),
    (["add", "gift", "--from", "X", "--on", "2026-11-20", "--due", "2026-11-01"], 2, "before the moment"),
    (["--today", "0001-01-01", "stats"], 2, "today's date 0001-01-01 is out of range"),
    (["--today", "0001-01-01", "stationery", "add", "3 cards"], 2, "out of range"),
    (["--today", "", "owed"], 2, "today's date"),
    (["show", "99999999999999999999"], 1, "no note #99999999999999999999"),
    (["show", "0"], 1, "no note #0"),
    (["sent", "abc"], 2, "is not a note number"),
    (["add", "donation", "--from", "X", "--amount", "inf"], 2, "amount"),
    (["add", "donation", "--from", "X", "--amount", "nan"], 2, "amount"),
    (["add", "donation", "--from", "X", "--amount", "1e400"], 2, "amount"),
    (["add", "donation", "--from", "X", "--amount", "1,50"], 2, "write 1.50"),
    (["add", "donation", "--from", "X", "--amount", "-5"], 2, "negative"),
    (["sent", "1", "--on", "2026-11-01"], 2, "before its moment (2026-11-20)"),
    (["sent", "1", "--on", "tomorrow"], 2, "still to come"),
    (["sent", "1", "--on", "  "], 2, "is blank"),
    (["stationery", "add", "-5 cards"], 2, "a box of -5 cards"),
    (["stationery", "add", "0 cards"], 2, "a box of 0 cards"),
    (["stationery", "use", "0"], 2, "not a number of cards from 1"),
    (["config", "set", "smtp.port", "abc"], 2, "not a number from 1 to 65535"),
    (["config", "set", "smtp.port", "²"], 2, "not a number from 1 to 65535"),
    (["add", "gift", "--from", "#4"], 1, "no person #4"),
    (["people", "add", "#4"], 2, "written like a person's number"),
    (["people", "add", "élodie martin"], 2, "already in the notebook"),
    (["people", "add", "E\u0301LODIE MARTIN"], 2, "already in the notebook"),
    (["people", "edit", "May Lee", "--rename", "ÉLODIE MARTIN"], 2, "already called 'Élodie Martin'"),
    (["people", "add", "Eve\x1b[2J"], 2, "control character U+001B"),
    (["add", "gift", "--from", "May Lee", "--what", "a\x07bell"], 2, "control character U+0007"),
    (["skip", "1", "--why", "   "], 2, "say why"),
    (["add", "party", "--from", "X"], 2, "unknown kind"),
    (["add", "gift", "--from", "X", "--tone", "sarcastic"], 2, "unknown tone"),
    (["compose"], 2, "no moment given"),
]


@pytest.mark.parametrize("args, code, words", BAD_INPUT, ids=[" ".join(a) for a, _, _ in BAD_INPUT])
def test_bad_input_is_one_line_and_changes_nothing(seeded, args, code, words):
    before = export_of(seeded)
    result = run(*args, db=seeded, stdin="")
    assert_failed_cleanly(result, code, words)
    assert result.stdout == ""
    assert export_of(seeded) == before


def test_names_given_differently_are_one_person(seeded, tmp_path):
    db = tmp_path / "names.db"
    for typed in ("Élodie Martin", "élodie martin", "E\u0301LODIE MARTIN", "ÉLODIE  MARTIN"):
        assert run("add", "gift", "--from", typed, "--what", "tea", db=db).returncode == 0
    for typed in ("Дмитрий Иванов", "дмитрий иванов"):
        assert run("add", "gift", "--from", typed, db=db).returncode == 0
    people = json.loads(run("people", "list", "--json", db=db).stdout)
    assert [p["name"] for p in people] == ["Élodie Martin", "Дмитрий Иванов"]
    by_id = run("add", "gift", "--from", "#1", "--what", "more tea", "--json", db=db)
    assert json.loads(by_id.stdout)["notes"][0]["to"] == "Élodie Martin"


def test_invalid_utf8_on_the_command_line_is_one_line(seeded):
    import os
    import subprocess

    from conftest import THANKFUL

    before = export_of(seeded)
    env = {**os.environ, "THANKFUL_DB": str(seeded), "THANKFUL_TODAY": "2026-11-26"}
    result = subprocess.run([THANKFUL.encode(), b"add", b"gift", b"--from", b"bad \xed\xa0\x80 bytes"], env=env,
                            capture_output=True, timeout=60)
    assert result.returncode == 2
    assert_one_line(result.stderr.decode("utf-8", "replace"), "not UTF-8")
    assert export_of(seeded) == before


@pytest.mark.parametrize("columns", ["abc", "0", "1", "-5", "99999999999"])
def test_odd_terminal_widths_still_give_help(seeded, columns):
    result = run("--help", db=seeded, env={"COLUMNS": columns, "LINES": columns})
    assert result.returncode == 0 and "thankful" in result.stdout and result.stderr == ""
    usage = run("add", db=seeded, env={"COLUMNS": columns})
    assert_failed_cleanly(usage, 2, "KIND")


@pytest.mark.parametrize("moment, words", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"kind": "gift", "from": [{"name": "\\ud800"}]}', "not UTF-8"),
    ('{"kind": "gift", "from": [{"name": "May"}], "amount": NaN}', "NaN"),
])
def test_hostile_json_to_compose_is_one_line(seeded, moment, words):
    assert_failed_cleanly(run("compose", "-", db=seeded, stdin=moment), 2, words)


# --- import checks every row before writing anything -------------------------------------------------

def _export_with(db, table: str, row_changes: dict) -> str:
    data = json.loads(export_of(db))
    data["tables"][table][0].update(row_changes)
    return json.dumps(data)


IMPORTS = [
    ("notes", {"due": "not-a-date"}, "not a date written YYYY-MM-DD"),
    ("notes", {"due": "9999-12-31"}, "out of range"),
    ("notes", {"channel": "pigeon"}, "unknown channel 'pigeon'"),
    ("notes", {"status": "lost"}, "unknown status"),
    ("notes", {"id": 0}, "id should be a whole number from 1 up"),
    ("notes", {"id": "7"}, "id should be a whole number"),
    ("notes", {"body": None}, "body needs a value"),
    ("moments", {"kind": "party"}, "unknown kind 'party'"),
    ("moments", {"facts": "{\"amount\": 1e999}"}, "too large"),
    ("moments", {"facts": "{\"amount\": -3}"}, "negative"),
    ("moments", {"facts": "[1]"}, "JSON object"),
    ("moments", {"on_date": "2026-02-30"}, "not a real date"),
    ("people", {"name": "  "}, "name is blank"),
    ("people", {"name": "Eve\u001b"}, "U+001B"),
    ("people", {"relationship": "nemesis"}, "unknown relationship"),
    ("stationery", {"count": "abc"}, "count should be a whole number"),
    ("stationery", {"count": -5}, "from 1 to"),
]


@pytest.mark.parametrize("table, change, words", IMPORTS, ids=[f"{t}-{list(c)[0]}" for t, c, _ in IMPORTS])
def test_an_import_with_one_bad_value_writes_nothing(seeded, tmp_path, table, change, words):
    bad = tmp_path / "bad.json"
    bad.write_text(_export_with(seeded, table, change), encoding="utf-8")
    fresh = tmp_path / "fresh.db"
    result = run("import", str(bad), db=fresh)
    assert_failed_cleanly(result, result.returncode, words, "nothing was imported")
    assert result.returncode in (1, 2)
    assert run("owed", "--all", "--json", db=fresh).stdout.strip() == "[]"
    assert json.loads(run("people", "list", "--json", db=fresh).stdout) == []


@pytest.mark.parametrize("key, value, words", [("smtp.port", "abc", "smtp.port"), ("smtp.security", "tls?", "security"),
                                               ("practice.started", "yesterday", "practice.started"),
                                               ("smtp.password", "hunter2", "looks like a password")])
def test_an_import_with_a_bad_setting_writes_nothing(seeded, tmp_path, key, value, words):
    data = json.loads(export_of(seeded))
    data["tables"]["settings"] = [{"key": key, "value": value}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = run("import", str(bad), db=tmp_path / "fresh.db")
    assert_failed_cleanly(result, 2, words)
    assert json.loads(run("people", "list", "--json", db=tmp_path / "fresh.db").stdout) == []


@pytest.mark.parametrize("text, words", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"format": "thankful-notebook", "version": 1, "tables": {"people": [{"id": 1, "name": "\\ud800"}]}}', "not UTF-8"),
    ('{"format": "thankful-notebook", "version": 1, "tables": {"people": [{"id": 1e400, "name": "A"}]}}', "too large"),
])
def test_hostile_json_to_import_is_one_line(tmp_path, text, words):
    source = tmp_path / "hostile.json"
    source.write_text(text, encoding="utf-8")
    assert_failed_cleanly(run("import", str(source), db=tmp_path / "fresh.db"), 1, words)


def test_a_setting_kept_badly_is_named_when_it_is_used(tmp_path):
    db = tmp_path / "old.db"
    assert run("add", "interview", "--from", "Dana", db=db).returncode == 0
    assert run("people", "edit", "Dana", "--email", "dana@example.org", db=db).returncode == 0
    assert run("draft", "1", "--yes", db=db).returncode == 0
    with open_notebook(db) as nb, nb.transaction():  # an older Thankful, or a hand edit, stored what
        nb.settings.set("smtp.port", "garbage")      # `config set` refuses
    result = run("send", "1", "--yes", db=db, env={"THANKFUL_SMTP_HOST": "localhost", "THANKFUL_SMTP_PORT": ""})
    assert_failed_cleanly(result, 2, "smtp.port in the notebook cannot be used", "thankful config unset smtp.port")
    with open_notebook(db) as nb:
        assert nb.notes.get(1).message_id == "" and nb.outbox.get(1) is None  # nothing queued


@pytest.mark.parametrize("args", [["import", "/dev/zero"], ["check", "/dev/zero"], ["compose", "/dev/zero"]])
def test_an_endless_input_is_refused_after_64_mb(tmp_path, args):
    assert_failed_cleanly(run(*args, db=tmp_path / "fresh.db"), 2, "is more than 64 MB")


@pytest.mark.parametrize("args", [["calendar", "-o", "-"], ["eml", "1", "-o", "-"], ["stats", "--chart", " "]])
def test_a_dash_or_blank_is_not_a_file_to_write(seeded, tmp_path, args):
    before = export_of(seeded)
    result = run(*args, db=seeded, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == [] and export_of(seeded) == before
