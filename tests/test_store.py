import sqlite3

import pytest

from thankful.domain.errors import ThankfulError
from thankful.domain.model import Person
from thankful.store import open_notebook
from thankful.store.notebook import migrations


def test_new_notebook_is_wal_with_foreign_keys_at_the_latest_schema(db_path):
    nb = open_notebook(db_path)
    assert nb.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert nb.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert nb.schema_version == len(migrations())
    nb.close()


def test_a_notebook_made_by_the_first_migration_upgrades(db_path):
    old = open_notebook(db_path, upto=1)
    assert old.schema_version == 1
    # the first schema's own columns, written as that version wrote them
    old.conn.executescript("""
        INSERT INTO people (id, name, call) VALUES (1, 'May Lee', 'Aunt May');
        INSERT INTO moments (id, kind, what, detail, money, currency, on_date) VALUES
            (1, 'gift', 'a scarf', 'the deep green', 1, 'USD', '2026-11-20'),
            (2, 'donation', '', '', 0, 'EUR', '2026-11-21');
        UPDATE moments SET organization = 'Food Bank', amount = 300 WHERE id = 2;
        INSERT INTO moment_givers (moment_id, person_id) VALUES (1, 1), (2, 1);
        INSERT INTO notes (moment_id, person_id, due) VALUES (1, 1, '2026-12-04');
    """)
    old.close()

    nb = open_notebook(db_path)
    assert nb.schema_version == len(migrations()) > 1
    note = nb.notes.get(1)
    assert note.printed_on is None and note.due == "2026-12-04"
    gift, donation = nb.moments.get(1), nb.moments.get(2)
    assert gift.givers[0].call == "Aunt May" and gift.on == "2026-11-20"
    assert gift.facts == {"what": "a scarf", "detail": "the deep green", "money": True}  # no empty facts kept
    assert donation.facts == {"organization": "Food Bank", "amount": 300, "currency": "EUR"}
    nb.settings.set("sign", "Sam")  # the settings table came with migration 2
    assert nb.settings.get("sign") == "Sam"
    nb.close()


def test_migrations_are_numbered_in_sequence():
    names = [p.rsplit("/", 1)[-1] for p in migrations()]
    assert [int(n[:3]) for n in names] == list(range(1, len(names) + 1))


def test_a_failed_transaction_leaves_nothing(nb):
    with pytest.raises(RuntimeError):
        with nb.transaction():
            nb.people.add(Person(name="Half Written"))
            raise RuntimeError("crash in the middle")
    assert nb.people.all() == []


def test_foreign_keys_are_enforced(nb):
    with pytest.raises(sqlite3.IntegrityError):
        with nb.transaction():
            nb.conn.execute("INSERT INTO notes (moment_id, person_id) VALUES (99, 99)")


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
    with nb.transaction():
        for name, call in [("May Lee", "Aunt May"), ("Dana Whitfield", ""), ("Dana Scully", ""), ("Anne Fox", "")]:
            nb.people.add(Person(name=name, call=call))
    assert nb.people.find("may lee").name == "May Lee"
    assert nb.people.find("Aunt May").name == "May Lee"
    assert nb.people.find("Whitfield").name == "Dana Whitfield"
    assert nb.people.find("Ann") is None  # a whole word, not a prefix
    with pytest.raises(ThankfulError, match="several people.*Dana Whitfield.*Dana Scully"):
        nb.people.find("Dana")
