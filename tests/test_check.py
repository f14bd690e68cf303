"""The coach: each check has a note that trips it and one that passes; findings cite real spans."""

import re
import sys
from functools import cache

import pytest

from thankful.writing.coach import check
from thankful.writing.coach import checks as c
from thankful.writing.coach import lists as L
from thankful.writing.coach.note import WORD, WORD_CASE_TRAPS, read, words_of
from thankful.writing.facts import read_moment
from thankful.writing.money import AMOUNT, AMOUNT_MARKS

SCARF = {"kind": "gift", "from": [{"name": "May Lee", "call": "Aunt May"}], "what": "a hand-knitted scarf",
         "sign": "Sam", "today": "2026-11-26"}
GOOD = ("Dear Aunt May,\n\nThank you for the hand-knitted scarf. The deep green is my favorite color, and I have "
        "worn it on every walk to work this week. I hope to see you at Thanksgiving.\n\nWith love,\nSam")


def run(check_fn, text: str, moment: dict | None = None, previous=()):
    facts = read_moment(moment) if moment else None
    return check_fn(read(text), facts, previous)


def codes(text: str, moment: dict | None = None, **kw) -> set[str]:
    return {f["code"] for f in check(text, moment, **kw)["findings"]}


def test_a_good_note_is_clean_and_scores_high():
    result = check(GOOD, SCARF)
    assert result["findings"] == [] and result["score"] == 100


def test_a_generic_note_scores_low_and_says_why():
    result = check("Dear May,\n\nThanks for the gift. I really like it.\n\nLove,\nSam", SCARF)
    assert result["score"] <= 50
    assert {"no-specific", "cliche", "no-impact"} <= {f["code"] for f in result["findings"]}


def test_findings_have_the_contract_shape_and_real_spans():
    text = "Dear May,\n\nThanks for the gift. I really like it.\n\nLove,\nSam"
    result = check(text, SCARF)
    for f in result["findings"]:
        assert set(f) == {"code", "severity", "message", "span", "suggestion", "cost"}
        assert f["severity"] in ("warn", "info")
        assert f["cost"] > 0
        start, end = f["span"]
        assert 0 <= start <= end <= len(text)
        assert f["message"] and f["suggestion"]
    assert result["score"] == max(0, 100 - sum(f["cost"] for f in result["findings"]))
    cliche = next(f for f in check(text, SCARF)["findings"] if f["code"] == "cliche")
    assert text[cliche["span"][0]:cliche["span"][1]].lower() in ("thanks for the gift", "i really like it")


# --- one failing and one passing note per check -----------------------------------------------

def test_no_name():
    assert run(c.no_name, "Hi there,\n\nThank you for the scarf.\n\nSam", SCARF)
    assert not run(c.no_name, "Dear Aunt May,\n\nThank you for the scarf.\n\nSam", SCARF)
    assert not run(c.no_name, "May,\n\nThank you for the scarf.\n\nSam", SCARF)  # the first name will do
    assert run(c.no_name, "Dear friend,\n\nThank you.\n\nSam")
    assert not run(c.no_name, "Dear Ravi,\n\nThank you.\n\nSam")


def test_no_specific():
    found = run(c.no_specific, "Dear May,\n\nThank you for the gift. It is lovely.\n\nSam", SCARF)
    assert found and found[0].code == "no-specific"
    assert not run(c.no_specific, "Dear May,\n\nThank you for the scarves.\n\nSam", SCARF)  # stem counts
    assert run(c.no_specific, "Dear May,\n\nThank you for your present.\n\nSam")
    assert not run(c.no_specific, "Dear May,\n\nThank you for the green scarf.\n\nSam")
    lift = {"kind": "favor", "from": ["Lisa"], "what": "drove me to the er at 2am"}
    assert not run(c.no_specific, "Dear Lisa,\n\nThank you for driving me to the ER.\n\nMeg", lift)  # drove, driving


def test_no_impact():
    assert run(c.no_impact, "Dear May,\n\nThank you for the scarf. It is green.\n\nSam", SCARF)
    assert not run(c.no_impact, "Dear May,\n\nThank you for the scarf. I wear it every day.\n\nSam", SCARF)
    moment = dict(SCARF, use="keep warm at the bus stop")
    assert not run(c.no_impact, "Dear May,\n\nThank you for the scarf. The bus stop is cold.\n\nSam", moment)


def test_no_impact_applies_only_where_the_catalogue_says():
    plain = "Alex,\n\nThank you for the picnic. You are so thoughtful.\n\nSam"
    for kind in ("love", "sympathy", "just-because", "gratitude", "hospitality", "interview", "donation"):
        assert not run(c.no_impact, plain, {"kind": kind, "from": ["Alex"], "what": "the picnic"}), kind
    for kind in ("gift", "favor"):
        found = run(c.no_impact, plain, {"kind": kind, "from": ["Alex"], "what": "the picnic"})
        assert found and found[0].severity == "warn", kind


def test_cliche():
    found = run(c.cliche, "Dear May,\n\nWords cannot express how I felt. It was a clean slate.\n\nSam")
    assert {f.code for f in found} == {"cliche"} and len(found) == 2
    assert not run(c.cliche, GOOD)


def test_cliche_does_not_flag_a_named_gift():
    assert not run(c.cliche, "Dear May,\n\nThank you for the gift of your time at the hospital.\n\nSam")


def test_gushing():
    found = run(c.gushing, "Dear May,\n\nIt is the most amazing, incredible scarf ever!!!\n\nSam")
    assert found and found[0].severity == "warn"
    hint = run(c.gushing, "Dear May,\n\nThat deep green!\n\nSam")
    assert not hint
    assert not run(c.gushing, GOOD)


def test_money_amount():
    found = run(c.money_amount, "Dear Grandpa,\n\nThank you for the $100 check.\n\nSam", {"kind": "gift"})
    assert {f.code for f in found} == {"money-amount"} and len(found) == 2
    assert run(c.money_amount, "Dear Grandpa,\n\nThank you for the cash.\n\nSam", {"kind": "gift"})
    assert not run(c.money_amount, "Dear Grandpa,\n\nI'll check in on you soon.\n\nSam", {"kind": "gift"})
    donation = {"kind": "donation", "amount": 300}
    assert not run(c.money_amount, "Dear Ms. Gomez,\n\nThank you for your gift of $300.\n\nSam", donation)


def test_late_excuse():
    late = dict(SCARF, on="2026-09-01", occasion="birthday")
    found = run(c.late_excuse, "Dear May,\n\nSorry this is late; work has been so hectic. Sorry again.\n\nSam", late)
    assert {f.severity for f in found} == {"warn"} and len(found) >= 2
    assert not run(c.late_excuse, "Dear May,\n\nI'm sorry this note is so late. Thank you for the scarf.\n\nSam", late)
    hint = run(c.late_excuse, "Dear May,\n\nThank you for the scarf.\n\nSam", late)
    assert hint and hint[0].severity == "info"


def test_length():
    short = run(c.length, "Dear May,\n\nThanks.\n\nSam", SCARF)
    assert short and short[0].code == "too-short" and short[0].severity == "warn"
    long_text = "Dear May,\n\n" + "Thank you for the scarf and all of it. " * 20 + "\n\nSam"
    found = run(c.length, long_text, SCARF)
    assert found and found[0].code == "too-long" and found[0].severity == "warn"
    assert not run(c.length, GOOD, SCARF)
    interview = {"kind": "interview", "role": "Analyst"}
    assert run(c.length, GOOD, interview)[0].code == "too-short"  # 40 words is short for an interview email


def test_interview_missing():
    moment = {"kind": "interview", "role": "Data Analyst", "company": "Northwind", "topic": "the dashboard"}
    found = run(c.interview_missing, "Dear Ms. Whitfield,\n\nThank you for your time today.\n\nSam", moment)
    assert len(found) == 3
    ok = "Dear Ms. Whitfield,\n\nThank you for the Data Analyst interview at Northwind; I enjoyed the dashboard talk.\n\nSam"
    assert not run(c.interview_missing, ok, moment)


def test_repeated():
    text = "Dear May,\n\nThank you for the lovely scarf today. Thank you for the lovely scarf today.\n\nSam"
    assert run(c.repeated, text)
    before = ["Dear May,\n\nI hope to see you at Thanksgiving this year.\n\nSam"]
    again = "Dear May,\n\nThank you for the scarf. I hope to see you at Thanksgiving this year.\n\nSam"
    assert run(c.repeated, again, previous=before)
    assert not run(c.repeated, GOOD, previous=before)


def test_wrong_tone():
    sympathy = {"kind": "sympathy", "what": "the lilies"}
    found = run(c.wrong_tone, "Dear Kim,\n\nThank you for the lilies! We were thrilled.\n\nSam", sympathy)
    assert len(found) == 2
    quiet = "Dear Kim,\n\nThank you for helping us celebrate his life. He would have been happy to see you.\n\nSam"
    assert not run(c.wrong_tone, quiet, sympathy)
    assert not run(c.wrong_tone, "Dear Kim,\n\nThank you for the lilies. They meant a great deal.\n\nSam", sympathy)
    interview = {"kind": "interview"}
    assert run(c.wrong_tone, "Hey Dana,\n\nThanks, it was awesome.\n\nSam", interview)
    love = {"kind": "love"}
    assert run(c.wrong_tone, "Alex,\n\nThank you for the coffee.\n\nSincerely,\nSam", love)


def test_irs_missing():
    moment = {"kind": "donation", "organization": "Riverside Food Bank", "amount": 300}
    found = run(c.irs_missing, "Dear Ms. Gomez,\n\nThank you for your support.\n\nSam", moment)
    assert len(found) == 3
    ok = ("Dear Ms. Gomez,\n\nThank you for your gift of $300 to Riverside Food Bank. No goods or services "
          "were provided in exchange for your contribution.\n\nSam")
    assert not run(c.irs_missing, ok, moment)
    small = {"kind": "donation", "organization": "Riverside Food Bank", "amount": 40}
    assert not run(c.irs_missing, "Dear Ms. Gomez,\n\nThank you.\n\nSam", small)


def test_new_ask():
    moment = {"kind": "donation", "organization": "Riverside Food Bank", "amount": 300}
    found = run(c.new_ask, "Dear Ms. Gomez,\n\nThank you. Please consider a gift again next month.\n\nSam", moment)
    assert found and found[0].code == "new-ask"
    assert not run(c.new_ask, "Dear Ms. Gomez,\n\nThank you for your support.\n\nSam", moment)


def test_every_check_is_listed_and_documented():
    assert len(c.CHECKS) == 16
    for fn in c.CHECKS:
        assert fn.__doc__


def test_check_works_without_a_moment_and_on_empty_text():
    assert check("")["score"] < 100
    assert "no-name" in codes("Thank you for the gift.")


def test_score_is_bounded():
    awful = ("Hey,\n\nThanks for the gift!!! Words cannot express it. Amazing, incredible, the best ever! "
             "Here is $50 cash back. Sorry, sorry, I've been so busy.\n\nSincerely,\nSam")
    assert check(awful, SCARF)["score"] == 0


@pytest.mark.parametrize("text", [GOOD, "Thanks!", "Dear May,\n\n\n\nSam", "x" * 500])
def test_spans_stay_in_the_text(text):
    for f in check(text, SCARF)["findings"]:
        assert 0 <= f["span"][0] <= f["span"][1] <= len(text)


# --- the coach's lists: the quick ways of matching find exactly what the whole regexes find ---------

def _example(entry: str) -> str:
    """A text the entry matches, more or less: its first branches, without its optional groups and
    look-arounds."""
    text, at = entry, 0
    while (at := text.find("(", at)) >= 0:
        end = L._group_end(text, at)
        body, after = text[at + 1:end], text[end + 1:end + 2]
        if body.startswith(L.LOOKAROUND) or after in ("?", "*"):
            text = text[:at] + text[end + 1 + (after in ("?", "*")):]
        else:
            at += 1
    while "(" in text:
        text = re.sub(r"\((?:\?:)?([^()|]*)(?:\|[^()]*)?\)", r"\1", text)
    text = re.sub(r"\[\^[^]]*\][*?]", "", text)  # "[^.!?]*": nothing at all will do
    text = re.sub(r"\{\d*,?\d*\}", "", text)
    text = re.sub(r"\\w\+", "word", text)
    text = re.sub(r"\\w[*+]?", "", text).replace("\\s*", "").replace("\\s+", " ")
    text = re.sub(r"\[(.)[^]]*\]", r"\1", text)
    text = text.replace("\\.", ".").replace("\\?", "\0")
    return text.replace("?", "").replace("+", "").replace("\0", "?")


@cache
def _corpus() -> tuple[str, ...]:
    """Notes holding each entry of each list, as written, in capitals, mid-word, with odd letters."""
    examples = [_example(e) for entries in L.lists().values() for e in entries]
    texts = []
    for i, ex in enumerate(examples):
        other = examples[(i * 7) % len(examples)]
        texts += [f"Dear May,\n\n{ex.capitalize()}. And {other}, {ex}!\n\nLove,\nSam",
                  ex.upper() + "'s " + ex.title(), "x" + ex + " " + ex + "x " + ex + "-ish",
                  ex.replace("i", "İ", 1) + ". " + ex.replace("s", "ſ") + " " + ex.replace("I", "ı"),
                  ex.replace("'", "’") + " K " + ex + "\n" + other + " " + ex]
    return tuple(texts)


def test_the_corpus_holds_most_entries():
    for name, entries in L.lists().items():
        whole = L.pattern(name)
        found = sum(bool(whole.search(_example(e))) for e in entries)
        assert found >= 0.9 * len(entries), name


@pytest.mark.parametrize("name", sorted(L.lists()))
def test_a_list_finds_what_its_whole_regex_finds(name):
    whole = L.pattern(name)
    for text in _corpus():
        expected = [(m.span(), m.group()) for m in whole.finditer(text)]
        assert [(m.span(), m.group()) for m in L.find(name, text)] == expected, text
        assert L.contains(name, text) == bool(expected), text


def test_anchors_and_starts_read_the_entry():
    assert L.anchors("thanks? (?:you )?for everything") == ("for everything",)
    assert L.starts("thanks? (?:you )?for everything") == ("thank",)
    assert L.anchors("i (?:really |truly )?(?:like|love) it(?=\\s*[.!])") == ("like", "love")
    assert L.starts("(?:can't|cannot) thank you enough") == ("can't", "cannot")
    assert L.starts("(?:i )?just wanted to") == ()  # an optional group: a match may start anywhere
    assert L.anchors("sooo+") == ("sooo",) and L.anchors("congrat\\w*") == ("congrat",)
    for unsure in ("busy|hectic", "(?P<x>a)b", "(?i)late"):
        assert L.anchors(unsure) == () and L.starts(unsure) == ()


def test_a_back_reference_keeps_the_list_whole():
    plist = L.PhraseList(["(so) \\1", "very"])
    assert not plist.anchor_texts and plist.candidates("nothing here") == (0, 1)


def test_fold_gives_the_ascii_letter_for_every_letter_re_ignorecase_takes_for_one():
    ascii_class = re.compile(r"[\x00-\x7f]", re.I)
    for cp in range(0x80, sys.maxunicode + 1):
        ch = chr(cp)
        if ascii_class.fullmatch(ch):
            folded = L.fold(ch)
            assert len(folded) == 1 and folded.isascii() and re.fullmatch(re.escape(folded), ch, re.I), hex(cp)


def test_amount_marks_are_in_every_amount():
    signs = re.compile(r"[$€£¥₹]", re.I)
    assert {chr(cp) for cp in range(sys.maxunicode + 1) if signs.fullmatch(chr(cp))} <= set(AMOUNT_MARKS)
    for text in ("$40", "€ 12", "£3.50", "¥900", "₹1,000", "40 dollars", "5 Bucks", "20 EUROS", "7 pounds",
                 "9 usd", "3 eur", "1 GBP", "4 ſK"):
        if AMOUNT.search(text):
            assert any(mark in L.fold(text) for mark in AMOUNT_MARKS), text


def test_word_case_traps_are_every_letter_that_lowers_into_a_word():
    traps = set()
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        low = ch.lower()
        if low != ch and not WORD.fullmatch(ch) and any(WORD.fullmatch(x) for x in low):
            traps.add(ch)
    assert traps == set(WORD_CASE_TRAPS)
    for text in ("José’s NÚÑEZ gift", "ŸES İstanbul Kelvin ẞ Ångström", "plain text, it's"):
        assert words_of(text) == [w.lower().replace("’", "'") for w in WORD.findall(text)]


def _walk(matcher: L.PhraseMatcher, text: str) -> list[tuple[int, int, str]]:
    """The phrase matcher's search without its quick refusal: every word tried."""
    low = text.lower().replace("’", "'")
    words = L.TOKEN.findall(low)
    spans = [m.span() for m in L.TOKEN.finditer(low)]
    found, i = [], 0
    while i < len(words):
        for tokens in matcher.index.get(words[i], ()):
            if tuple(words[i:i + len(tokens)]) == tokens:
                found.append((spans[i][0], spans[i + len(tokens) - 1][1], " ".join(tokens)))
                i += len(tokens) - 1
                break
        i += 1
    return found


def test_prose_cliches_are_found_as_by_trying_every_word():
    matcher = L.prose_cliches()
    phrases = [" ".join(t) for entries in matcher.index.values() for t in entries]
    assert len(phrases) > 500
    texts = list(_corpus()[:200]) + [f"Dear May,\n\nIt was {p}, and back to the {q}.\n\nSam"
                                     for p, q in zip(phrases, reversed(phrases))]
    for text in texts:
        assert list(matcher.finditer(text)) == _walk(matcher, text), text
