import sqlite3

import pytest

from thankful.domain.errors import ThankfulError
from thankful.domain.model import Moment, Person
from thankful.store import open_notebook
from thankful.store import records as db
from thankful.store.db import migrations


def test_new_notebook_is_wal_with_foreign_keys_at_the_latest_schema(db_path):
    nb = open_notebook(db_path)
    assert nb.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert nb.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert nb.schema_version == len(migrations())
    nb.close()


def test_a_notebook_made_by_the_first_migration_upgrades(db_path):
    old = open_notebook(db_path, upto=1)
    assert old.schema_version == 1
    with old.transaction() as conn:
        person = db.insert_person(conn, Person(name="May Lee", call="Aunt May"))
        moment = db.insert_moment(conn, Moment(kind="gift", givers=[person], what="a scarf", on="2026-11-20"))
        conn.execute("INSERT INTO notes (moment_id, person_id, due) VALUES (?, ?, '2026-12-04')",
                     (moment.id, person.id))
    old.close()

    nb = open_notebook(db_path)
    assert nb.schema_version == len(migrations()) > 1
    note = db.get_note(nb.conn, 1)
    assert note.printed_on is None and note.due == "2026-12-04"
    assert db.get_moment(nb.conn, moment.id).givers[0].call == "Aunt May"
    db.set_setting(nb.conn, "sign", "Sam")  # the settings table came with migration 2
    assert db.get_setting(nb.conn, "sign") == "Sam"
    nb.close()


def test_migrations_are_numbered_in_sequence():
    names = [p.rsplit("/", 1)[-1] for p in migrations()]
    assert [int(n[:3]) for n in names] == list(range(1, len(names) + 1))


def test_a_failed_transaction_leaves_nothing(nb):
    with pytest.raises(RuntimeError):
        with nb.transaction() as conn:
            db.insert_person(conn, Person(name="Half Written"))
            raise RuntimeError("crash in the middle")
    assert db.list_people(nb.conn) == []


def test_foreign_keys_are_enforced(nb):
    with pytest.raises(sqlite3.IntegrityError):
        with nb.transaction() as conn:
            conn.execute("INSERT INTO notes (moment_id, person_id) VALUES (99, 99)")


def test_a_file_that_is_not_a_notebook_is_refused_in_one_line(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is a grocery list, not a database" * 100)
    with pytest.raises(ThankfulError) as info:
        open_notebook(bad)
    assert "not a database" in str(info.value) and "\n" not in str(info.value)
    assert bad.read_bytes().startswith(b"this is a grocery list")


def test_a_notebook_from_a_newer_thankful_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {len(migrations()) + 5}")
    conn.close()
    with pytest.raises(ThankfulError, match="newer Thankful"):
        open_notebook(db_path)


def test_the_notebook_path_comes_from_flag_then_env_then_user_dir(monkeypatch, tmp_path):
    from thankful.store import resolve_path

    monkeypatch.setenv("THANKFUL_DB", str(tmp_path / "env.db"))
    assert resolve_path(tmp_path / "flag.db") == str(tmp_path / "flag.db")
    assert resolve_path(None) == str(tmp_path / "env.db")
    monkeypatch.delenv("THANKFUL_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_path(None) == str(tmp_path / "xdg" / "thankful" / "notebook.db")


def test_people_matching(nb):
    with nb.transaction() as conn:
        for name, call in [("May Lee", "Aunt May"), ("Dana Whitfield", ""), ("Dana Scully", ""), ("Anne Fox", "")]:
            db.insert_person(conn, Person(name=name, call=call))
    assert db.find_person(nb.conn, "may lee").name == "May Lee"
    assert db.find_person(nb.conn, "Aunt May").name == "May Lee"
    assert db.find_person(nb.conn, "Whitfield").name == "Dana Whitfield"
    assert db.find_person(nb.conn, "Ann") is None  # a whole word, not a prefix
    with pytest.raises(ThankfulError, match="several people.*Dana Whitfield.*Dana Scully"):
        db.find_person(nb.conn, "Dana")
