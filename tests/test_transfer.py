from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thankful.domain.errors import ThankfulError
from thankful.store import open_notebook
from thankful.usecases import capture, track
from thankful.usecases.transfer import export_text, import_text

TODAY = date(2026, 11, 26)
KINDS = ["interview", "gift", "favor", "hospitality", "love", "just-because", "gratitude", "sympathy", "donation"]
# Hostile but legal text: any letter, mark, symbol or space, new lines and tabs (control characters and lone
# surrogates are refused where text comes in, see test_validation.py).
text = st.text(alphabet=st.one_of(st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from("\n\t")),
               max_size=30)
names = st.text(alphabet=st.characters(whitelist_categories=("L", "Zs", "Pd", "Po")), min_size=1, max_size=20)


def fill(nb, moments):
    for kind, givers, what, days, sent in moments:
        moment, notes = capture.record_moment(nb, kind, givers, {"what": what}, on=TODAY - timedelta(days=days),
                                              today=TODAY)
        if sent:
            track.mark_sent(nb, notes[0].id, via="card", on=TODAY)


moment_lists = st.lists(
    st.tuples(st.sampled_from(KINDS), st.lists(names.filter(lambda s: s.strip()), min_size=1, max_size=3),
              text, st.integers(0, 400), st.booleans()),
    max_size=6)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moments=moment_lists, journal=st.lists(text.filter(lambda s: s.strip()), max_size=3))
def test_export_import_export_is_byte_identical(tmp_path_factory, moments, journal):
    folder = tmp_path_factory.mktemp("rt")
    first = open_notebook(folder / "a.db")
    try:
        fill(first, moments)
    except ThankfulError:
        first.close()
        return  # names that collide ambiguously are refused, which other tests cover
    from thankful.usecases.journal import write_entry

    for entry in journal:
        write_entry(first, entry, today=TODAY)
    exported = export_text(first)
    first.close()
    second = open_notebook(folder / "b.db")
    import_text(second, exported)
    assert export_text(second) == exported
    second.close()


def test_import_keeps_ids_and_refuses_a_busy_notebook(tmp_path):
    a = open_notebook(tmp_path / "a.db")
    fill(a, [("gift", ["May"], "a scarf", 3, False), ("favor", ["Ravi"], "a lift", 1, True)])
    a.conn.execute("DELETE FROM notes WHERE id = 1")  # a gap in the ids must survive
    exported = export_text(a)
    b = open_notebook(tmp_path / "b.db")
    import_text(b, exported)
    assert [r["note"] for r in track.owed(b, TODAY, all_notes=True)] == [2]
    with pytest.raises(ThankfulError, match="already holds"):
        import_text(b, exported)
    a.close()
    b.close()


@pytest.mark.parametrize("mutate, message", [
    (lambda t: t[: len(t) // 2], "truncated"),
    (lambda t: t.replace('"format": "thankful-notebook"', '"format": "other"'), "not a Thankful export"),
    (lambda t: t.replace('"status": "sent"', '"status": "lost"'), "line"),
    (lambda t: t.replace('"name": "Ravi"', '"nickname": "Ravi"'), "unknown column"),
    (lambda t: t.replace('"person_id": 2', '"person_id": 77'), "missing"),
    (lambda t: "", "line 1"),
])
def test_a_bad_import_changes_nothing_and_says_where(tmp_path, mutate, message):
    a = open_notebook(tmp_path / "a.db")
    fill(a, [("gift", ["May"], "a scarf", 3, False), ("favor", ["Ravi"], "a lift", 1, True)])
    broken = mutate(export_text(a))
    a.close()
    b = open_notebook(tmp_path / "b.db")
    with pytest.raises(ThankfulError, match=message) as info:
        import_text(b, broken, source="backup.json")
    assert "\n" not in str(info.value)
    assert b.people.all() == [] and track.owed(b, TODAY, all_notes=True) == []
    b.close()
