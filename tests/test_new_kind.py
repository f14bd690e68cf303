"""A kind is declared once, in data: a folder of one's own (THANKFUL_DATA) adds a kind and a fact, and
add, draft, show and owed work on it end to end with no change to the code."""

import json
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "teacher-kind"


def test_a_kind_from_a_data_folder_works_end_to_end(run_thankful):
    env = {"THANKFUL_DATA": str(FIXTURE)}
    added = run_thankful("add", "teacher", "--from", "Ms. Alvarez", "--what", "staying after class to help me",
                         "--use", "pass my calculus exam", "--lesson", "that proofs can be beautiful",
                         "--on", "2026-11-20", "--json", env=env)
    assert added.returncode == 0, added.stderr
    note = json.loads(added.stdout)["notes"][0]
    assert note["due"] == "2026-11-27"  # due_days = 7, from the fixture's catalogue

    drafted = run_thankful("draft", str(note["note"]), "--yes", "--json", env={**env, "THANKFUL_TODAY": "2026-11-21"})
    assert drafted.returncode == 0, drafted.stderr
    text = json.loads(drafted.stdout)["text"]
    assert text.startswith("Dear Ms. Alvarez,")
    assert "staying after class to help me" in text and "calculus exam" in text

    shown = json.loads(run_thankful("show", str(note["note"]), "--json", env=env).stdout)
    assert shown["facts"]["kind"] == "teacher" and shown["facts"]["lesson"] == "that proofs can be beautiful"
    assert shown["facts"]["tone"] == "warm" and shown["channel"] == "card"

    owed = json.loads(run_thankful("owed", "--json", env=env).stdout)
    assert [(n["kind"], n["status"]) for n in owed] == [("teacher", "drafted")]


def test_without_the_folder_the_kind_is_unknown(run_thankful):
    refused = run_thankful("add", "teacher", "--from", "Ms. Alvarez", "--what", "extra help")
    assert refused.returncode == 2 and "unknown kind 'teacher'" in refused.stderr and "Traceback" not in refused.stderr
