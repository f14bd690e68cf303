"""`thankful doctor`: the integrity check, values Thankful can use, and a salvage of a damaged notebook that
keeps every readable row, names what was lost, and imports into a new notebook. The notebook is only read."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
from pathlib import Path

import pytest

from failing import assert_failed_cleanly, run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _settled(db: Path) -> None:
    """Everything in the notebook file itself (no -wal), so bytes can be changed on purpose."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _pages(db: Path, table: str) -> tuple[list[int], int]:
    with sqlite3.connect(db) as conn:
        pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                                            "ORDER BY pageno", (table,))]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    return pages, size


def _wreck_page(db: Path, page: int, size: int) -> None:
    """Overwrite one page (but its first bytes) with garbage, as a failing disk might."""
    data = bytearray(db.read_bytes())
    data[(page - 1) * size + 8: page * size] = b"\xab" * (size - 8)
    db.write_bytes(bytes(data))


@pytest.fixture
def big(tmp_path) -> Path:
    """A notebook with 300 people, 300 moments and notes (several pages each), and a journal."""
    from conftest import TODAY
    from thankful.store import open_notebook
    from thankful.usecases import capture, journal

    db = tmp_path / "notebook.db"
    with open_notebook(db) as nb:
        for i in range(300):
            capture.record_moment(nb, "gift", [f"Person number {i:03d} of a long list"],
                                  {"what": f"gift {i} " + "with a long description " * 4}, today=TODAY)
        journal.write_entry(nb, "A good day.", today=TODAY)
    _settled(db)
    return db


def test_a_healthy_notebook(big):
    before = digest(big)
    result = run("doctor", db=big)
    assert result.returncode == 0 and "is healthy (300 people, 300 notes, 1 journal)" in result.stdout
    found = json.loads(run("doctor", "--json", db=big).stdout)
    assert found["healthy"] and found["problems"] == [] and found["rows"]["notes"] == 300
    assert digest(big) == before  # the doctor only reads


def test_a_damaged_page_is_found_and_what_can_be_read_is_saved(big, tmp_path):
    pages, size = _pages(big, "notes")
    assert len(pages) >= 3
    _wreck_page(big, pages[len(pages) // 2], size)
    damaged = digest(big)

    result = run("doctor", db=big)
    assert result.returncode == 1 and "has problems" in result.stdout
    assert "thankful doctor --salvage FILE" in result.stdout and "thankful restore FILE" in result.stdout
    assert_failed_cleanly(run("export", db=big), 1, "the notebook file is damaged", "thankful doctor")

    saved = tmp_path / "salvage.json"
    result = run("doctor", "--salvage", str(saved), db=big)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert "notes: rows after #" in result.stdout and "were on a damaged page and could not be read" in result.stdout
    assert digest(big) == damaged  # the doctor never writes to the notebook

    tables = json.loads(saved.read_text())["tables"]
    assert len(tables["people"]) == 300 and len(tables["moments"]) == 300 and len(tables["journal"]) == 1
    assert 150 < len(tables["notes"]) < 300  # the rows on the other pages, every one
    fresh = tmp_path / "fresh.db"
    assert run("import", str(saved), db=fresh).returncode == 0
    assert run("doctor", db=fresh).returncode == 0


def test_lost_people_come_back_as_placeholders_so_their_notes_are_kept(big, tmp_path):
    pages, size = _pages(big, "people")
    _wreck_page(big, pages[0], size)
    saved = tmp_path / "salvage.json"
    result = run("doctor", "--salvage", str(saved), db=big, env={"COLUMNS": "200"})
    assert result.returncode == 0 and "put back as a placeholder" in result.stdout
    tables = json.loads(saved.read_text())["tables"]
    assert len(tables["notes"]) == 300
    assert any(p["name"].startswith("Lost person #") for p in tables["people"])
    fresh = tmp_path / "fresh.db"
    assert run("import", str(saved), db=fresh).returncode == 0
    owed = json.loads(run("owed", "--json", db=fresh).stdout)
    assert len(owed) == 300


def test_a_flipped_byte_in_a_name_is_kept_and_named(tmp_path):
    db = tmp_path / "notebook.db"
    run("add", "gift", "--from", "Zelda Quux", "--what", "a kite", db=db)
    _settled(db)
    pages, size = _pages(db, "people")
    data = bytearray(db.read_bytes())
    at = data.find(b"Zelda Quux", (pages[0] - 1) * size, pages[0] * size)
    data[at + 1] = 0xFF
    db.write_bytes(bytes(data))
    assert_failed_cleanly(run("export", db=db), 1, "damaged")
    saved = tmp_path / "salvage.json"
    result = run("doctor", "--salvage", str(saved), db=db)
    assert result.returncode == 0 and "people row 1: some of its text was damaged" in result.stdout
    people = json.loads(saved.read_text())["tables"]["people"]
    assert people[0]["name"] == "Z\ufffdlda Quux"
    assert run("import", str(saved), db=tmp_path / "fresh.db").returncode == 0


def test_values_thankful_cannot_use_are_named(tmp_path):
    db = tmp_path / "notebook.db"
    run("add", "gift", "--from", "May Lee", db=db)
    with sqlite3.connect(db) as conn:  # a hand edit, or an older Thankful's import
        conn.execute("UPDATE notes SET due = 'not-a-date', channel = 'pigeon' WHERE id = 1")
    conn.close()
    result = run("doctor", db=db)
    assert result.returncode == 1
    assert "notes #1: the due 'not-a-date' is not a date written YYYY-MM-DD" in result.stdout


def test_the_salvage_never_goes_over_the_notebook(big):
    before = digest(big)
    assert_failed_cleanly(run("doctor", "--salvage", str(big), db=big), 2, "not over the notebook itself")
    assert digest(big) == before


def test_no_notebook_or_not_a_notebook(tmp_path):
    assert_failed_cleanly(run("doctor", db=tmp_path / "missing.db"), 1, "no notebook at")
    other = tmp_path / "notes.txt"
    other.write_text("just text\n" * 500)
    result = run("doctor", db=other)
    assert result.returncode == 1 and "cannot be read as a notebook" in result.stdout
    assert other.read_text() == "just text\n" * 500


def test_a_damaged_notebook_points_to_the_newest_whole_backup(big, tmp_path):
    older = tmp_path / "older.db"
    assert run("backup", str(older), db=big).returncode == 0
    made = run("backup", db=big)
    assert made.returncode == 0, made.stderr
    pages, size = _pages(big, "notes")
    _wreck_page(big, pages[len(pages) // 2], size)

    result = run("doctor", db=big, env={"COLUMNS": "300"})
    assert result.returncode == 1
    found = json.loads(run("doctor", "--json", db=big).stdout)
    newest = found["backup"]
    assert newest and Path(newest).parent.name == "backups" and Path(newest).exists()
    assert f"thankful restore {newest}" in result.stdout

    restored = run("restore", newest, db=big)
    assert restored.returncode == 0, restored.stderr
    assert "is healthy (300 people, 300 notes, 1 journal)" in run("doctor", db=big).stdout


def test_a_healthy_notebook_names_no_backup(big):
    assert json.loads(run("doctor", "--json", db=big).stdout)["backup"] is None
