"""The core of drafting a stored note (thankful/drafting.py), on a real notebook: what `thankful draft` and
the web editor both call."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TODAY
from thankful.domain.errors import NotFound, ThankfulError, UsageError
from thankful.usecases import capture, drafting
from thankful.writing.contract import compose

MINE = "Dear Aunt May,\n\nMy own words about the cookbook.\n\nSam"


@pytest.fixture
def note(nb):
    """A gift note owed to Aunt May; the notebook signs as Sam."""
    drafting.set_signature(nb, "Sam")
    capture.add_person(nb, "May Lee", call="Aunt May", relationship="family", today=TODAY)
    _, notes = capture.record_moment(nb, "gift", ["May Lee"], {"what": "a cookbook", "occasion": "birthday"},
                                     on=TODAY, today=TODAY)
    return notes[0]


def _sent_before(nb, body: str, to: str = "May Lee"):
    _, notes = capture.record_moment(nb, "gift", [to], {"what": "a scarf", "occasion": "birthday"},
                                     on=TODAY, today=TODAY)
    with nb.transaction():
        nb.notes.update(notes[0].id, body=body, status="sent")
    return notes[0]


def _reload(nb, note):
    return nb.notes.get(note.id)


# --- the note, the signature, the tone -----------------------------------------------------------

@pytest.mark.parametrize("status", ["sent", "skipped"])
def test_a_note_sent_or_skipped_has_nothing_to_draft(nb, note, status):
    with nb.transaction():
        nb.notes.update(note.id, status=status)
    with pytest.raises(ThankfulError, match=f"already {status}; there is nothing to draft") as e:
        drafting.to_draft(nb, note.id)
    assert e.value.exit_code == 1


def test_to_draft_gives_an_owed_or_drafted_note(nb, note):
    assert drafting.to_draft(nb, note.id).id == note.id
    with pytest.raises(NotFound, match="no note #999"):
        drafting.to_draft(nb, 999)


def test_signature_is_sign_else_name_else_nothing(nb):
    assert drafting.signature(nb) == ""
    with nb.transaction():
        nb.settings.set("name", "Samantha Reyes")
    assert drafting.signature(nb) == "Samantha Reyes"
    drafting.set_signature(nb, "Sam")
    assert drafting.signature(nb) == "Sam" and nb.settings.get("sign") == "Sam"


def test_set_tone_saves_it_with_the_moment(nb, note):
    drafting.set_tone(nb, note.id, "formal")
    assert nb.moments.get(note.moment_id).tone == "formal"
    assert drafting.moment_for(nb, note, TODAY)["tone"] == "formal"


def test_an_unknown_tone_is_refused_before_the_note_is_looked_up(nb, note):
    with pytest.raises(UsageError, match="unknown tone 'sarcastic'; choose one of: warm, formal"):
        drafting.set_tone(nb, 999, "sarcastic")
    assert nb.moments.get(note.moment_id).tone == "warm"


# --- the moment, compose and the coach -----------------------------------------------------------

def test_moment_for_addresses_the_recipient_and_signs_as_the_notebook(nb, note):
    moment = drafting.moment_for(nb, note, TODAY)
    assert moment["kind"] == "gift" and moment["what"] == "a cookbook"
    assert moment["sign"] == "Sam" and moment["today"] == TODAY.isoformat()
    assert [p.get("call") for p in moment["from"]] == ["Aunt May"]


def test_previous_is_what_was_sent_to_the_same_person_only(nb, note):
    capture.add_person(nb, "Tom Reed", today=TODAY)
    _sent_before(nb, "Dear Aunt May,\n\nThe scarf is lovely.\n\nSam")
    _sent_before(nb, "Dear Tom,\n\nThank you.\n\nSam", to="Tom Reed")
    with nb.transaction():
        nb.notes.update(note.id, body=MINE, status="drafted")  # a draft is not sent
    assert drafting.previous(nb, note) == ["Dear Aunt May,\n\nThe scarf is lovely.\n\nSam"]


def test_composed_is_compose_on_the_notes_moment(nb, note):
    fresh = drafting.composed(nb, note, TODAY)
    assert fresh == compose(drafting.moment_for(nb, note, TODAY), today=TODAY)
    assert "Aunt May" in fresh["text"] and fresh["text"].splitlines()[-1] == "Sam"
    assert [n["field"] for n in fresh["needs"]] == ["use"]


def test_composed_variants_differ_and_are_clamped(nb, note):
    first, second = (drafting.composed(nb, note, TODAY, v)["text"] for v in (0, 1))
    assert first != second
    last = drafting.composed(nb, note, TODAY, drafting.MAX_VARIANTS - 1)
    assert drafting.composed(nb, note, TODAY, 99) == last
    assert drafting.composed(nb, note, TODAY, -3) == drafting.composed(nb, note, TODAY)


def test_coach_flags_a_sentence_already_sent_to_the_same_person(nb, note):
    _sent_before(nb, "Dear Aunt May,\n\nYou always know exactly what I need.\n\nSam")
    text = "Dear Aunt May,\n\nThank you for the cookbook. You always know exactly what I need.\n\nSam"
    codes = {f["code"] for f in drafting.coach(nb, note, text, TODAY)["findings"]}
    assert "repeated" in codes


def test_kept_coaches_the_saved_text_with_composes_questions(nb, note):
    with nb.transaction():
        nb.notes.update(note.id, body=MINE, status="drafted", edited=True)
    note = _reload(nb, note)
    result = drafting.kept(nb, note, TODAY)
    fresh = drafting.composed(nb, note, TODAY)
    assert result["text"] == MINE and result["subject"] == fresh["subject"]
    assert result["needs"] == fresh["needs"] and result["due"] == fresh["due"]
    assert result["check"] == drafting.coach(nb, note, MINE, TODAY)


# --- what the editor shows -----------------------------------------------------------------------

def test_current_is_a_fresh_draft_until_something_is_saved(nb, note):
    shown = drafting.current(nb, note.id, TODAY)
    fresh = drafting.composed(nb, note, TODAY)
    assert shown["source"] == "fresh" and shown["text"] == fresh["text"] and shown["check"] == fresh["check"]
    assert shown["needs"] == fresh["needs"] and shown["variant"] == 0 and shown["note"].id == note.id


def test_current_shows_the_saved_draft_unless_a_variant_is_asked_for(nb, note):
    drafting.save_text(nb, note.id, "Saved text here.", "", edited=False, version=None)
    assert drafting.current(nb, note.id, TODAY)["source"] == "saved"
    other = drafting.current(nb, note.id, TODAY, variant=1)
    assert other["source"] == "fresh" and other["variant"] == 1
    assert other["text"] == drafting.composed(nb, note, TODAY, 1)["text"]


def test_current_keeps_the_persons_own_text_even_for_a_variant(nb, note):
    drafting.save_text(nb, note.id, MINE, "", edited=True, version=None)
    shown = drafting.current(nb, note.id, TODAY, variant=2)
    assert shown["source"] == "edited" and shown["text"] == MINE and shown["variant"] == 2
    assert shown["check"] == drafting.coach(nb, _reload(nb, note), MINE, TODAY)


# --- answers -------------------------------------------------------------------------------------

def test_questions_are_about_the_moment_only():
    needs = [{"field": "from", "question": "Who?"}, {"field": "use", "question": "How?"},
             {"field": "sign", "question": "Sign?"}]
    assert drafting.questions(needs) == [{"field": "use", "question": "How?"}]


def test_answers_go_to_the_moment_and_the_draft_uses_them(nb, note):
    drafting.save_answers(nb, note, {"use": "  cook dinner for my parents ", "detail": "  ", "from": "Bob"})
    moment = nb.moments.get(note.moment_id)
    assert moment.fact("use") == "cook dinner for my parents" and moment.fact("detail") == ""
    fresh = drafting.composed(nb, note, TODAY)
    assert "dinner for my parents" in fresh["text"] and fresh["needs"] == []


def test_the_signature_answer_goes_to_the_settings(nb, note):
    drafting.save_answers(nb, note, {"sign": "Sammy"})
    assert nb.settings.get("sign") == "Sammy"
    assert drafting.composed(nb, note, TODAY)["text"].splitlines()[-1] == "Sammy"


def test_an_amount_is_saved_as_a_number_and_a_bad_one_saves_nothing(nb, note):
    capture.add_person(nb, "Food Bank Donor", today=TODAY)
    _, notes = capture.record_moment(nb, "donation", ["Food Bank Donor"], {"organization": "Food Bank"},
                                     on=TODAY, today=TODAY)
    gift = notes[0]
    assert "amount" in {n["field"] for n in drafting.composed(nb, gift, TODAY)["needs"]}
    with pytest.raises(UsageError, match="cannot read the amount 'lots'"):
        drafting.save_answers(nb, gift, {"amount": "lots", "use": "the pantry", "sign": "Ann"})
    assert nb.moments.get(gift.moment_id).fact("use") == "" and drafting.signature(nb) == "Sam"
    drafting.save_answers(nb, gift, {"amount": "$1,250"})
    assert nb.moments.get(gift.moment_id).fact("amount") == 1250.0
    assert "$1,250" in drafting.composed(nb, gift, TODAY)["text"]


# --- saving the text -----------------------------------------------------------------------------

def test_save_draft_stores_the_text_as_drafted(nb, note):
    drafting.save_draft(nb, note.id, "Text", "Subject", edited=False, version=None)
    saved = _reload(nb, note)
    assert (saved.body, saved.subject, saved.status, saved.edited) == ("Text", "Subject", "drafted", False)
    drafting.save_draft(nb, note.id, MINE, "", edited=True, version=None)
    assert _reload(nb, note).edited


def test_save_draft_refuses_a_sent_note(nb, note):
    with nb.transaction():
        nb.notes.update(note.id, status="sent", body="Sent words")
    with pytest.raises(UsageError, match=f"note #{note.id} is already sent; it cannot be changed"):
        drafting.save_draft(nb, note.id, "New words", "", edited=True, version=None)
    assert _reload(nb, note).body == "Sent words"


def test_save_text_tidies_what_a_browser_sends(nb, note):
    drafting.save_text(nb, note.id, "\r\n\r\nDear May,\r\n\r\nThank you.\r\n\r\n", "  Thanks  ", edited=True, version=None)
    saved = _reload(nb, note)
    assert saved.body == "Dear May,\n\nThank you." and saved.subject == "Thanks" and saved.status == "drafted"


def test_save_text_refuses_an_empty_note(nb, note):
    with pytest.raises(UsageError, match="the note is empty"):
        drafting.save_text(nb, note.id, " \r\n ", "", edited=True, version=None)
    assert _reload(nb, note).status == "owed"


# --- the house rules -----------------------------------------------------------------------------

def test_the_core_never_prints(nb, note, capsys):
    drafting.set_tone(nb, note.id, "playful")
    drafting.save_answers(nb, note, {"use": "bake bread"})
    drafting.save_text(nb, note.id, drafting.current(nb, note.id, TODAY)["text"], "", edited=False, version=None)
    drafting.kept(nb, _reload(nb, note), TODAY)
    assert capsys.readouterr() == ("", "")


def test_the_core_never_reads_the_clock_nor_asks():
    source = Path(drafting.__file__).read_text(encoding="utf-8")
    for banned in ("date.today", "datetime.now", "time.time", "input(", "print("):
        assert banned not in source


def test_building_the_cli_does_not_import_the_core():
    probe = ("import sys\nfrom thankful.cli import build_parser\nbuild_parser(None)\n"
             "print('thankful.drafting' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
