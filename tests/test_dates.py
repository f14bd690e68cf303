from datetime import date

import pytest

from thankful.domain.dates import describe_due, parse_date, today_from
from thankful.domain.errors import UsageError

TODAY = date(2026, 11, 26)  # Thursday


@pytest.mark.parametrize("text, expected", [
    ("2026-11-20", date(2026, 11, 20)),
    ("today", TODAY),
    ("yesterday", date(2026, 11, 25)),
    ("Yesterday ", date(2026, 11, 25)),
    ("3 days ago", date(2026, 11, 23)),
    ("a week ago", date(2026, 11, 19)),
    ("two weeks ago", date(2026, 11, 12)),
    ("last friday", date(2026, 11, 20)),
    ("last thursday", date(2026, 11, 19)),
    ("next monday", date(2026, 11, 30)),
    ("monday", date(2026, 11, 23)),
    ("in 3 days", date(2026, 11, 29)),
])
def test_phrases(text, expected):
    assert parse_date(text, TODAY) == expected


def test_dateparser_handles_other_phrases():
    assert parse_date("November 3, 2026", TODAY) == date(2026, 11, 3)


def test_blank_is_none():
    assert parse_date("", TODAY) is None
    assert parse_date(None, TODAY) is None


def test_bad_date_names_the_fix():
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        parse_date("the day after never", TODAY)


def test_today_from_env_and_flag(monkeypatch):
    monkeypatch.setenv("THANKFUL_TODAY", "2026-01-02")
    assert today_from() == date(2026, 1, 2)
    assert today_from("2026-03-04") == date(2026, 3, 4)
    monkeypatch.setenv("THANKFUL_TODAY", "soon")
    with pytest.raises(UsageError, match="today's date 'soon'"):
        today_from()


def test_describe_due():
    assert describe_due(date(2026, 11, 27), TODAY) == "due tomorrow"
    assert describe_due(date(2026, 11, 23), TODAY) == "3 days overdue"
    assert describe_due(date(2026, 11, 25), TODAY) == "1 day overdue"
    assert describe_due(TODAY, TODAY) == "due today"
    assert describe_due(None, TODAY) == "no due date"


def test_describe_when():
    from thankful.domain.dates import describe_when

    assert describe_when(TODAY, TODAY) == "today"
    assert describe_when(date(2026, 11, 25), TODAY) == "yesterday"
    assert describe_when(date(2026, 11, 21), TODAY) == "on Saturday"
    assert describe_when(date(2026, 10, 3), TODAY) == "on October 3"
    assert describe_when(None, TODAY) == ""
