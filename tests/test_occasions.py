from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thankful.domain import kinds
from thankful.domain.errors import UsageError

DESIGN_KINDS = {"interview", "gift", "favor", "hospitality", "love", "just-because", "gratitude", "sympathy",
                "donation"}


def test_every_kind_and_occasion_of_the_design_is_in_the_catalogue():
    assert set(kinds.kinds()) == DESIGN_KINDS
    for occ in ("wedding", "shower", "baby", "birthday", "holiday", "graduation", "mailed", "other"):
        assert occ in kinds.catalogue()["occasions"]


def test_every_rule_names_its_source():
    for kind in kinds.kinds():
        rule = kinds.rule_for(kind)
        assert rule.source and rule.rule
    for occ in kinds.catalogue()["occasions"]:
        assert kinds.rule_for("gift", occ).source


@pytest.mark.parametrize("kind, occasion, days", [
    ("interview", None, 1), ("favor", None, 3), ("hospitality", None, 3), ("gift", "birthday", 14),
    ("gift", "holiday", 14), ("gift", "shower", 21), ("gift", "wedding", 90), ("gift", "baby", 30),
    ("sympathy", None, 14), ("donation", None, 2), ("gift", "a housewarming", 14), ("gift", None, 14),
])
def test_due_days_follow_the_design_table(kind, occasion, days):
    on = date(2026, 11, 1)
    assert kinds.due_date(kind, occasion, on) == on + timedelta(days=days)


@pytest.mark.parametrize("kind", ["love", "just-because", "gratitude"])
def test_no_due_date_for_notes_without_occasion(kind):
    assert kinds.due_date(kind, None, date(2026, 1, 1)) is None


def test_aliases_and_unknown_kinds():
    assert kinds.normalise_kind("Favour") == "favor"
    assert kinds.normalise_kind("just because") == "just-because"
    assert kinds.normalise_occasion("Baby Shower") == "shower"
    with pytest.raises(UsageError, match="choose one of"):
        kinds.normalise_kind("bribe")


def test_late_is_past_the_hard_limit():
    on = date(2026, 11, 17)  # a Tuesday
    assert kinds.is_late("interview", None, on, date(2026, 11, 19)) is False  # within 48 h
    assert kinds.is_late("interview", None, on, date(2026, 11, 20)) is True
    on = date(2026, 11, 21)
    assert kinds.is_late("gift", "birthday", on, date(2026, 12, 10)) is False
    assert kinds.is_late("love", None, on, date(2027, 1, 1)) is False
    assert kinds.is_late("gift", "birthday", on, date(2026, 11, 26), due=date(2026, 11, 25)) is True


def test_a_draft_says_sorry_only_when_late_by_as_long_again_as_was_allowed():
    on = date(2026, 11, 1)  # a favor: a week is the limit, so sorry from the fifteenth day
    assert kinds.is_late("favor", None, on, date(2026, 11, 10)) is True
    assert kinds.owes_apology("favor", None, on, date(2026, 11, 10)) is False
    assert kinds.owes_apology("favor", None, on, date(2026, 11, 15)) is False
    assert kinds.owes_apology("favor", None, on, date(2026, 11, 16)) is True
    assert kinds.owes_apology("gift", "wedding", on, date(2027, 3, 1)) is False  # 120 days of the 90 allowed
    assert kinds.owes_apology("gift", "wedding", on, date(2027, 6, 1)) is True
    assert kinds.owes_apology("sympathy", None, on, date(2027, 6, 1)) is False  # gentle: never
    assert kinds.owes_apology("gift", "birthday", on, date(2026, 11, 12), due=date(2026, 11, 5)) is True


def test_an_interviewer_and_a_donor_count_working_days():
    friday = date(2026, 12, 4)
    assert kinds.due_date("interview", None, friday) == date(2026, 12, 7)  # Monday, not Saturday
    assert kinds.is_late("interview", None, friday, date(2026, 12, 8)) is False  # two working days
    assert kinds.is_late("interview", None, friday, date(2026, 12, 9)) is True
    assert kinds.due_date("donation", None, friday) == date(2026, 12, 8)
    assert kinds.due_date("gift", "birthday", friday) > friday  # a card to family counts every day


@given(kind=st.sampled_from(sorted(DESIGN_KINDS)),
       occasion=st.sampled_from([None, "wedding", "shower", "baby", "birthday", "holiday", "graduation", "x"]),
       on=st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)))
def test_a_due_date_is_never_before_the_moment_and_the_limit_never_before_the_due(kind, occasion, on):
    rule = kinds.rule_for(kind, occasion)
    due, limit = rule.due(on), rule.limit(on)
    if due is not None:
        assert due >= on
        assert limit is not None and limit >= due
