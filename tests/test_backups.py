"""Backups: a copy before the first change of each day and before every upgrade, 7 daily and 4 weekly kept
(under a fixed clock: the days are given, never read), `backup [FILE]`, and `restore FILE`, all or nothing."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date, timedelta

import pytest

from conftest import TODAY
from thankful.domain.errors import ThankfulError
from thankful.store import open_notebook
from thankful.store.notebook import migrations
from thankful.usecases import backups, capture, configuration


def folder(db_path) -> str:
    return os.path.join(os.path.dirname(db_path), "backups")


def copies(db_path) -> list[str]:
    return sorted(os.listdir(folder(db_path))) if os.path.isdir(folder(db_path)) else []


def export_of(path) -> str:
    with open_notebook(path, create=False) as nb:
        return nb.export_text()


def export(cli) -> str:
    code, out, err = cli("export")
    assert code == 0, err
    return out


def damage(path) -> None:
    """Scribble over the middle of a notebook file, as a failing disk would."""
    size = os.path.getsize(path)
    with open(path, "r+b") as f:
        f.seek(4096 + 200)
        f.write(b"\xde\xad\xbe\xef" * ((size - 4096 - 400) // 4))


# --- the day's copy -------------------------------------------------------------------------------

def test_the_first_change_of_a_day_copies_the_notebook_as_the_day_found_it(cli, db_path):
    cli("people", "add", "May Lee")  # a new, empty notebook: nothing to keep yet
    assert copies(db_path) == []
    before = export(cli)
    cli("owed")
    cli("show", "1")  # reading changes nothing, so needs no copy
    assert copies(db_path) == []
    cli("people", "add", "Ravi")
    cli("people", "add", "Jo March")  # the second change of the day makes no second copy
    assert copies(db_path) == ["notebook-2026-11-26.db"]
    copy = os.path.join(folder(db_path), "notebook-2026-11-26.db")
    assert export_of(copy) == before  # May alone: as the day found it
    assert stat.S_IMODE(os.stat(folder(db_path)).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    assert not os.path.exists(copy + "-wal")  # one file, whatever the notebook uses
    cli("people", "add", "Ana Diaz", "--today", "2026-11-27")  # the clock is the command's: --today
    assert copies(db_path) == ["notebook-2026-11-26.db", "notebook-2026-11-27.db"]


def test_seven_daily_and_four_weekly_copies_are_kept(db_path):
    """Sixty days of use, one change a day, 2026-10-01 to 2026-11-29 (a Sunday)."""
    with open_notebook(db_path) as nb:
        capture.add_person(nb, "May Lee", today=TODAY)
        day = date(2026, 10, 1)
        while day <= date(2026, 11, 29):
            backups.daily(nb, day)
            configuration.set_value(nb, "sign", f"Sam, {day}")
            day += timedelta(days=1)
    kept = [name[len("notebook-"):-len(".db")] for name in copies(db_path)]
    assert kept == [
        "2026-11-01",  # the newest copy of ISO week 44
        "2026-11-08",  # ... of week 45
        "2026-11-15",  # ... of week 46
        "2026-11-22",  # ... of week 47
        "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29",  # 7 days
    ]


def test_rotation_counts_days_used_not_days_passed(db_path):
    """Away for a month: the copies of the last days of use are kept, not thrown out for being old."""
    days = [date(2026, 9, d) for d in (1, 2, 3, 10, 11, 24)] + [date(2026, 11, d) for d in (2, 3, 5, 26)]
    with open_notebook(db_path) as nb:
        capture.add_person(nb, "May Lee", today=TODAY)
        for day in days:
            backups.daily(nb, day)
            configuration.set_value(nb, "sign", f"Sam, {day}")
    kept = [name[len("notebook-"):-len(".db")] for name in copies(db_path)]
    # the 7 newest days of use, then the newest copy of each week before them: the 1st and 2nd of September
    # share a week with the 3rd, which is kept for it
    assert kept == ["2026-09-03", "2026-09-10", "2026-09-11", "2026-09-24", "2026-11-02", "2026-11-03",
                    "2026-11-05", "2026-11-26"]


def test_files_in_the_folder_that_are_not_our_copies_are_left_alone(db_path):
    os.makedirs(folder(db_path))
    for name in ("notes.txt", "notebook-2026-13-45.db", "other-2026-01-01.db"):
        with open(os.path.join(folder(db_path), name), "w") as f:
            f.write("mine")
    with open_notebook(db_path) as nb:
        capture.add_person(nb, "May Lee", today=TODAY)
        for n in range(20):
            backups.daily(nb, TODAY + timedelta(days=n))
            configuration.set_value(nb, "sign", f"Sam {n}")
    assert {"notes.txt", "notebook-2026-13-45.db", "other-2026-01-01.db"} <= set(copies(db_path))


def test_a_failed_copy_never_stops_the_change(cli, db_path):
    cli("people", "add", "May Lee")
    with open(folder(db_path), "w") as f:  # a file where the folder should be: no copy can be made
        f.write("in the way")
    code, _, err = cli("people", "add", "Ravi")
    assert code == 0 and "warning: today's backup could not be made" in err
    assert "Ravi" in export(cli)


# --- before an upgrade ----------------------------------------------------------------------------

def test_an_upgrade_copies_the_notebook_first(db_path):
    newest = len(migrations())
    with open_notebook(db_path, upto=newest - 1) as old:
        old.conn.execute("INSERT INTO people (name) VALUES ('May Lee')")
    with open_notebook(db_path) as nb:
        assert nb.schema_version == newest
    copy = os.path.join(folder(db_path), f"notebook-schema-{newest - 1}.db")
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == newest - 1
    assert conn.execute("SELECT name FROM people").fetchall() == [("May Lee",)]
    conn.close()
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    with open_notebook(db_path):
        pass  # nothing to upgrade: no copy
    assert copies(db_path) == [f"notebook-schema-{newest - 1}.db"]


def test_a_new_notebook_needs_no_copy_before_its_first_schema(db_path):
    open_notebook(db_path).close()
    assert copies(db_path) == []


# --- backup [FILE] --------------------------------------------------------------------------------

def test_backup_to_a_file_is_a_whole_notebook_and_never_overwrites(cli, db_path, tmp_path):
    cli("add", "gift", "--from", "May Lee", "--what", "a scarf")
    target = tmp_path / "elsewhere" / "copy.db"
    target.parent.mkdir()
    code, out, _ = cli("backup", str(target))
    assert code == 0 and out == f"Backed up the notebook to {target}.\n"
    assert export_of(target) == export(cli)
    code, _, err = cli("backup", str(target))
    assert code == 2 and "already exists" in err
    code, _, err = cli("backup", str(db_path))
    assert code == 2


def test_backup_without_a_file_makes_todays_copy_and_lists_it(cli, db_path):
    cli("people", "add", "May Lee")
    code, out, _ = cli("backup", "--json")
    assert code == 0 and out.strip().endswith('"backup": "' + os.path.join(folder(db_path), "notebook-2026-11-26.db") + '"\n}')
    listed = cli("backup", "--list")[1]
    assert "notebook-2026-11-26.db" in listed and "daily" in listed


# --- restore --------------------------------------------------------------------------------------

@pytest.fixture
def saved(cli, db_path, tmp_path):
    """A notebook with a gift, a copy of it, then more changes after the copy."""
    cli("add", "gift", "--from", "May Lee", "--what", "a scarf")
    copy = tmp_path / "copy.db"
    cli("backup", str(copy))
    cli("add", "favor", "--from", "Ravi", "--what", "a lift")
    cli("sent", "1")
    return copy


def test_restore_puts_the_copy_in_place_and_keeps_the_notebook_as_it_was(cli, saved, db_path):
    was = export(cli)
    code, out, err = cli("restore", str(saved))
    assert code == 0, err
    assert export(cli) == export_of(saved)
    kept = os.path.join(folder(db_path), "notebook-2026-11-26-before-restore.db")
    assert f"The notebook as it was is saved in {kept}; to go back: thankful restore {kept}" in out
    assert export_of(kept) == was
    assert cli("undo")[0] == 1  # undo does not walk into the copy's past
    assert cli("restore", kept)[0] == 0
    assert export(cli) == was
    assert os.path.exists(os.path.join(folder(db_path), "notebook-2026-11-26-before-restore-2.db"))


def test_another_open_connection_sees_the_restored_notebook(cli, saved, db_path):
    """The web page keeps its connection open: after a restore it reads the restored notebook."""
    with open_notebook(db_path) as server_side:
        assert len(server_side.notes.listing(statuses=None)) == 2
        assert cli("restore", str(saved))[0] == 0
        assert [n["note"] for n in server_side.notes.listing(statuses=None)] == [1]
        assert server_side.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("spoil, says", [
    (damage, "damaged"),
    (lambda p: p.write_bytes(b"this is a grocery list, not a notebook\n" * 500), "damaged or not a notebook"),
    (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), "damaged"),
])
def test_a_damaged_copy_is_refused_and_nothing_changes(cli, saved, db_path, spoil, says):
    before, listed = export(cli), copies(db_path)
    spoil(saved)
    code, out, err = cli("restore", str(saved))
    assert code == 1 and out == ""
    assert says in err and "nothing was changed" in err and "thankful backup --list" in err
    assert err.count("\n") == 1
    assert export(cli) == before and copies(db_path) == listed  # not even a copy of the notebook made


def test_a_database_that_is_not_a_notebook_is_refused(cli, saved, db_path, tmp_path):
    other = tmp_path / "recipes.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = export(cli)
    code, _, err = cli("restore", str(other))
    assert code == 1 and "is not a Thankful notebook" in err
    assert export(cli) == before


def test_a_copy_from_a_newer_thankful_is_refused(cli, saved, db_path):
    conn = sqlite3.connect(saved)
    conn.execute(f"PRAGMA user_version = {len(migrations()) + 3}")
    conn.commit()
    conn.close()
    before = export(cli)
    code, _, err = cli("restore", str(saved))
    assert code == 1 and "made by a newer Thankful" in err
    assert export(cli) == before


def test_a_copy_that_cannot_be_upgraded_is_refused_whole(cli, saved, db_path, tmp_path):
    """Whole and readable, an older schema, but its upgrade fails half way: nothing of it is used."""
    odd = tmp_path / "odd.db"
    with open_notebook(odd, upto=4) as old:
        old.conn.execute("INSERT INTO people (name) VALUES ('Ana')")
        old.conn.execute("ALTER TABLE moments DROP COLUMN goods_services")  # migration 5 reads it
    before = export(cli)
    code, _, err = cli("restore", str(odd))
    assert code == 1 and "could not be upgraded" in err
    assert export(cli) == before


def test_an_older_copy_is_upgraded_as_it_is_restored(cli, db_path, tmp_path):
    old_copy = tmp_path / "old.db"
    with open_notebook(old_copy, upto=4) as old:
        old.conn.executescript("""
            INSERT INTO people (id, name) VALUES (1, 'May Lee');
            INSERT INTO moments (id, kind, what) VALUES (1, 'gift', 'a scarf');
            INSERT INTO moment_givers (moment_id, person_id) VALUES (1, 1);
            INSERT INTO notes (moment_id, person_id) VALUES (1, 1);
        """)
    cli("people", "add", "Ravi")
    code, _, err = cli("restore", str(old_copy))
    assert code == 0, err
    assert "a scarf" in cli("show", "1")[1] and "Ravi" not in export(cli)
    before = export(cli)
    assert cli("sent", "1")[0] == 0 and cli("undo")[0] == 0  # undo works on the restored notebook
    assert export(cli) == before


def test_a_copy_with_other_pages_is_restored(cli, saved, db_path):
    conn = sqlite3.connect(saved)
    conn.execute("PRAGMA page_size = 8192")
    conn.execute("VACUUM")
    conn.close()
    expected = export_of(saved)
    assert cli("restore", str(saved))[0] == 0
    assert export(cli) == expected


def test_restore_needs_a_file_that_is_there(cli, db_path):
    cli("people", "add", "May Lee")
    code, _, err = cli("restore", "/nowhere/copy.db")
    assert code == 1 and "no file /nowhere/copy.db" in err and "thankful backup --list" in err
    code, _, err = cli("restore", str(db_path))
    assert code == 2 and "that is the notebook itself" in err


def test_the_newest_good_copy_is_found_past_a_damaged_one(db_path):
    with open_notebook(db_path) as nb:
        capture.add_person(nb, "May Lee", today=TODAY)
        older = backups.backup_now(nb, date(2026, 11, 24))
        newer = backups.backup_now(nb, date(2026, 11, 25))
        os.utime(older, (1_000_000_000, 1_000_000_000))
        os.utime(newer, (1_000_000_100, 1_000_000_100))
    assert backups.newest_good(str(db_path)) == newer
    damage(newer)
    damage(db_path)  # asked when the notebook itself is damaged
    assert backups.newest_good(str(db_path)) == older


def test_a_restore_that_fails_reports_the_thankful_error(db_path, tmp_path):
    with open_notebook(db_path) as nb:
        capture.add_person(nb, "May Lee", today=TODAY)
        with pytest.raises(ThankfulError, match="no file"):
            backups.restore(nb, str(tmp_path / "missing.db"), TODAY)
