"""Stats: per month, on time, days to send, streaks, people; long histories; the chart."""

import random
import stat
import struct
import subprocess
import sys
from datetime import date, timedelta
from statistics import median

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thankful.channels.chart import draw
from thankful.domain.errors import ThankfulError, UsageError
from thankful.usecases import capture, stats, track

TODAY = date(2026, 11, 26)  # a Thursday; its week began on Monday 2026-11-23
KEYS = {"today", "sent", "first_sent", "last_sent", "per_month", "on_time", "days_to_send", "streak",
        "recent_weeks", "thanked_most", "not_lately"}
PEOPLE = [("Sam Rivera", "partner"), ("May Lee", "family"), ("Tom Lee", "family"), ("Jo Park", "friend"),
          ("Ravi Shah", "friend"), ("Ana Costa", "colleague"), ("Dana Whitfield", "interviewer"),
          ("Lee Chen", "friend"), ("Pat Kim", "colleague"), ("Old Friend", "friend")]


def make_history(nb, *, years: int = 4, seed: int = 1, end: date = TODAY) -> list[dict]:
    """Years of moments and notes, most of them sent a few days later; returns what was sent, for checking."""
    rng = random.Random(seed)
    sent = []
    with nb.transaction():  # one commit: years of notes in well under a second
        for name, rel in PEOPLE:
            capture.add_person(nb, name, relationship=rel, today=end - timedelta(days=365 * years))
        day = end - timedelta(days=365 * years)
        while day <= end:
            if rng.random() < 0.3:
                name, rel = rng.choice(PEOPLE[:-1])  # "Old Friend" is thanked once, long ago, below
                kind = "interview" if rel == "interviewer" else rng.choice(["gift", "favor", "love", "hospitality"])
                _, notes = capture.record_moment(nb, kind, [name], {"what": "a kindness", "occasion": "birthday"},
                                                 on=day, today=day)
                when = day + timedelta(days=int(rng.expovariate(1 / 4)))
                if when <= end and rng.random() < 0.85:
                    track.mark_sent(nb, notes[0].id, via=rng.choice(["card", "email"]), on=when)
                    sent.append({"person": name, "kind": kind, "on": day, "due": notes[0].due, "sent": when})
            day += timedelta(days=1)
        _, notes = capture.record_moment(nb, "gift", ["Old Friend"], {"what": "a book"},
                                         on=end - timedelta(days=365 * years - 3), today=end)
        track.mark_sent(nb, notes[0].id, via="card", on=end - timedelta(days=365 * years - 5))
        sent.append({"person": "Old Friend", "kind": "gift", "on": end - timedelta(days=365 * years - 3),
                     "due": notes[0].due, "sent": end - timedelta(days=365 * years - 5)})
    return sent


def row(sent_on: str, *, person="May Lee", pid=1, rel="family", kind="gift", on=None, due=None) -> dict:
    return {"person_id": pid, "person": person, "relationship": rel, "kind": kind, "on_date": on, "due": due,
            "sent_on": sent_on}


# --- the numbers --------------------------------------------------------------------------------

def test_an_empty_notebook_has_every_key_and_nothing_in_them(nb):
    data = stats.compute(nb, TODAY)
    assert set(data) == KEYS
    assert data["sent"] == 0 and data["per_month"] == [] and data["recent_weeks"] == []
    assert data["on_time"] == {"rate": None, "on_time": 0, "late": 0, "no_due_date": 0}
    assert data["streak"] == {"current": 0, "longest": 0, "this_week": False, "longest_from": None,
                              "longest_to": None}


def test_months_fill_the_gaps_and_stop_at_today():
    data = stats.build([row("2026-08-03"), row("2026-08-20"), row("2026-11-02"), row("2026-12-01")], TODAY)
    assert data["per_month"] == [{"month": "2026-08", "sent": 2}, {"month": "2026-09", "sent": 0},
                                 {"month": "2026-10", "sent": 0}, {"month": "2026-11", "sent": 1}]
    assert data["sent"] == 3 and data["last_sent"] == "2026-11-02"  # the December note is after `today`


def test_on_time_counts_only_notes_with_a_due_date():
    rows = [row("2026-11-01", due="2026-11-01"), row("2026-11-05", due="2026-11-03"), row("2026-11-06"),
            row("2026-11-07", due="2026-11-20")]
    assert stats.build(rows, TODAY)["on_time"] == {"rate": 0.667, "on_time": 2, "late": 1, "no_due_date": 1}


def test_median_days_to_send_per_kind():
    rows = [row("2026-11-03", kind="gift", on="2026-11-01"), row("2026-11-10", kind="gift", on="2026-11-01"),
            row("2026-11-20", kind="gift", on="2026-11-16"), row("2026-11-02", kind="interview", on="2026-11-01"),
            row("2026-11-02", kind="gift", on="2026-11-09"),  # thanked before the wedding: 0, not -7
            row("2026-11-02", kind="love")]  # no moment date: not counted
    assert stats.build(rows, TODAY)["days_to_send"] == [
        {"kind": "gift", "notes": 4, "median_days": 3.0}, {"kind": "interview", "notes": 1, "median_days": 1.0}]


def test_a_streak_survives_a_week_not_yet_over_and_breaks_on_a_missed_week():
    # one note in each week from 19 Oct to 16 Nov; none in the week of 12 Oct, none yet this week (23 Nov)
    weeks = ["2026-10-05", "2026-10-20", "2026-10-27", "2026-11-04", "2026-11-12", "2026-11-22"]
    data = stats.build([row(d) for d in weeks], TODAY)
    assert data["streak"] == {"current": 5, "longest": 5, "this_week": False, "longest_from": "2026-10-19",
                              "longest_to": "2026-11-16"}
    data = stats.build([row(d) for d in weeks + ["2026-11-26"]], TODAY)
    assert data["streak"]["current"] == 6 and data["streak"]["this_week"] is True
    assert stats.build([row(d) for d in weeks], date(2026, 11, 30))["streak"]["current"] == 0  # a week missed


def test_people_thanked_most_and_not_lately():
    rows = [row("2026-01-05", person="Jo", pid=2, rel="friend"), row("2026-02-05", person="Jo", pid=2, rel="friend"),
            row("2026-11-20", person="May", pid=1), row("2026-11-21", person="May", pid=1),
            row("2025-03-01", person="Dana", pid=3, rel="interviewer"), row("2026-09-01", person="Al", pid=4)]
    data = stats.build(rows, TODAY)
    assert [(p["person"], p["notes"]) for p in data["thanked_most"]] == [("May", 2), ("Jo", 2), ("Al", 1),
                                                                         ("Dana", 1)]
    assert [(p["person"], p["days"]) for p in data["not_lately"]] == [("Jo", 294)]  # Al: 86 days; Dana: interviewer


sent_rows = st.lists(st.tuples(st.dates(date(2024, 1, 1), date(2026, 12, 31)), st.integers(1, 4)), max_size=60)


@given(sent_rows)
def test_totals_agree_with_each_other(items):
    data = stats.build([row(d.isoformat(), pid=p, person=f"P{p}") for d, p in items], TODAY)
    assert sum(m["sent"] for m in data["per_month"]) == data["sent"] == sum(1 for d, _ in items if d <= TODAY)
    assert data["streak"]["current"] <= data["streak"]["longest"]
    assert sum(p["notes"] for p in data["thanked_most"]) == data["sent"]  # four people at most: all listed


def _weeks_brute_force(days: list[date], today: date) -> tuple[int, int]:
    """Current and longest streak, the slow obvious way: test each run of weeks day by day."""
    def week_has_note(monday):
        return any(monday <= d < monday + timedelta(days=7) for d in days)

    this_monday = today - timedelta(days=today.weekday())
    start = this_monday if week_has_note(this_monday) else this_monday - timedelta(days=7)
    current = 0
    while week_has_note(start - timedelta(days=7 * current)):
        current += 1
    mondays = sorted({d - timedelta(days=d.weekday()) for d in days})
    longest = 0
    for first in mondays:
        run = 0
        while week_has_note(first + timedelta(days=7 * run)):
            run += 1
        longest = max(longest, run)
    return current, longest


def test_a_long_history_gives_the_numbers_a_slow_recount_gives(nb):
    sent = make_history(nb, years=4, seed=3)
    data = stats.compute(nb, TODAY)
    assert data["sent"] == len(sent) > 300
    assert data["first_sent"] == min(s["sent"] for s in sent).isoformat()
    assert (data["streak"]["current"], data["streak"]["longest"]) == _weeks_brute_force([s["sent"] for s in sent],
                                                                                         TODAY)
    gifts = [(s["sent"] - s["on"]).days for s in sent if s["kind"] == "gift"]
    assert {k["kind"]: k["median_days"] for k in data["days_to_send"]}["gift"] == median(gifts)
    dated = [s for s in sent if s["due"]]
    on_time = sum(1 for s in dated if s["sent"].isoformat() <= s["due"])
    assert data["on_time"]["on_time"] == on_time and data["on_time"]["late"] == len(dated) - on_time
    assert len(data["per_month"]) == 49 and len(data["recent_weeks"]) == stats.RECENT_WEEKS
    assert data["not_lately"][0]["person"] == "Old Friend"
    assert data["thanked_most"][0]["notes"] == max(sum(1 for s in sent if s["person"] == p) for p, _ in PEOPLE)


# --- the chart ----------------------------------------------------------------------------------

def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_chart_is_a_png_or_svg_written_whole(nb, tmp_path):
    make_history(nb, years=2, seed=5)
    tmp_path = tmp_path / "charts"
    tmp_path.mkdir()
    data = stats.compute(nb, TODAY)
    stats.write_chart(data, str(tmp_path / "stats.png"))
    png = (tmp_path / "stats.png").read_bytes()
    assert _png_size(png) == (1210, 825)
    svg = draw(data, "svg").decode()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for label in ("Notes sent per month", "Weeks with a note sent", "Median days from moment to note sent",
                  "notes sent", "week beginning"):
        assert label in svg  # text kept as text: the labels are really there
    assert draw(data, "png") == png  # same stats, same bytes
    assert [p.name for p in tmp_path.iterdir()] == ["stats.png"]  # no temporary file left
    assert stat.S_IMODE((tmp_path / "stats.png").stat().st_mode) == 0o600  # a personal file: the owner's only


def test_an_empty_notebook_still_draws_a_labelled_chart(nb):
    svg = draw(stats.compute(nb, TODAY), "svg").decode()
    assert svg.count("No notes sent yet") == 3


def test_a_bad_chart_name_or_folder_fails_cleanly(nb, tmp_path):
    tmp_path = tmp_path / "charts"
    tmp_path.mkdir()
    data = stats.compute(nb, TODAY)
    with pytest.raises(UsageError, match=r"\.png or \.svg"):
        stats.write_chart(data, str(tmp_path / "stats.jpg"))
    with pytest.raises(ThankfulError, match="no folder"):
        stats.write_chart(data, str(tmp_path / "missing" / "stats.png"))
    assert list(tmp_path.iterdir()) == []


def test_stats_without_a_chart_never_imports_matplotlib(nb, db_path):
    code = ("import sys\nfrom thankful.cli import main\nmain(['stats', '--json'])\n"
            "print('MPL', 'matplotlib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().endswith("MPL False")


def test_months_are_named_on_both_faces(nb, cli, db_path):
    from conftest import owner_client
    from thankful.web import create_app

    make_history(nb, years=1, seed=3)
    _, out, _ = cli("stats")
    assert "November 2026" in out and "2026-11 " not in out
    with owner_client(create_app(db_path)) as client:
        page = client.get("/stats").text
    assert "November 2026" in page and ">2026-11<" not in page


def test_the_server_draws_todays_chart_before_the_first_visit(nb, monkeypatch):
    from thankful.web.views import stats as page

    make_history(nb, years=1, seed=4)
    page.warm_up(nb.path, TODAY)
    monkeypatch.setattr(page, "draw", lambda *a: pytest.fail("the chart was drawn again"))
    svg = page.chart_svg(nb, TODAY, lambda: pytest.fail("the stats were computed again"))
    assert b"Notes sent per month" in svg
    # a change to the history draws it anew
    _, [note] = capture.record_moment(nb, "favor", ["Ravi"], {"what": "a lift"}, on=TODAY, today=TODAY)
    track.mark_sent(nb, note.id, via="card", on=TODAY)
    with pytest.raises(pytest.fail.Exception, match="computed again"):
        page.chart_svg(nb, TODAY, lambda: pytest.fail("the stats were computed again"))
