"""Search over notes (SQLite FTS5): the person's own wording, names and facts, ranked; odd queries are
plain text, and exports leave the search index out."""

import pytest

from conftest import TODAY
from thankful.usecases import capture, drafting
from thankful.usecases.transfer import export_text


@pytest.fixture
def notes(nb):
    _, [scarf] = capture.record_moment(nb, "gift", ["Élodie Martin"], {"what": "a hand-knitted scarf",
                                       "occasion": "birthday"}, on=TODAY, today=TODAY)
    _, [lift] = capture.record_moment(nb, "favor", ["Ravi Shah"], {"what": "driving me to the airport"},
                                      on=TODAY, today=TODAY)
    drafting.save_text(nb, scarf.id, "Dear Élodie,\n\nThe tangerine stripe made me laugh.\n\nSam", "",
                       edited=True)
    return scarf.id, lift.id


def found(nb, text: str, **filters) -> list[int]:
    rows, _ = nb.notes.find(statuses=None, search=text, **filters)
    return [r["note"] for r in rows]


def test_a_word_of_your_own_wording_finds_the_note(nb, notes):
    scarf, lift = notes
    assert found(nb, "tangerine") == [scarf]
    assert found(nb, "TANGERINE stripe") == [scarf]  # every word, any case
    assert found(nb, "tangerine airport") == []


def test_names_facts_prefixes_and_accents(nb, notes):
    scarf, lift = notes
    assert found(nb, "elodie") == [scarf] and found(nb, "Élodie") == [scarf]
    assert found(nb, "airp") == [lift]  # the start of a word is enough
    assert found(nb, "favor") == [lift] and found(nb, "birthday") == [scarf]  # the kind and the facts


def test_the_index_follows_renames_and_changed_facts(nb, notes):
    scarf, _ = notes
    capture.edit_person(nb, str(nb.notes.get(scarf).person_id), name="Élodie Durand")
    assert found(nb, "durand") == [scarf] and found(nb, "martin") == []
    note = nb.notes.get(scarf)
    with nb.transaction():
        nb.moments.set_facts(note.moment_id, {"what": "a blue umbrella"})
    assert found(nb, "umbrella") == [scarf] and found(nb, "scarf") == []


@pytest.mark.parametrize("text", ['"', "' OR 1=1 --", "NEAR(a b)", "scarf*", "a AND OR NOT", "x:y", "(((",
                                  "tangerine " * 1000, "w" * 60_000, "\u0000\u202e", "😀 ❤️"])
def test_odd_and_huge_queries_are_plain_text(nb, notes, text):
    rows, _ = nb.notes.find(statuses=None, search=text)  # never raises
    assert isinstance(rows, list)


def test_a_query_with_no_words_lists_everything(nb, notes):
    assert sorted(found(nb, "  ?!  ")) == sorted(notes)


def test_exports_leave_the_index_out_and_an_import_rebuilds_it(nb, notes, tmp_path):
    from thankful.store import open_notebook

    text = export_text(nb)
    assert "note_search" not in text
    with open_notebook(tmp_path / "copy.db") as copy:
        copy.import_text(text)
        assert export_text(copy) == text
        assert found(copy, "tangerine") == [notes[0]]
