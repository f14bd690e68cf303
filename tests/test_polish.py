"""Polish with your own model (docs/polish.md): `thankful draft NOTE --polish`, the guard, the settings.

The model is a fake registered in-process through llm's plugin API (tests/polish_fakes.py); nothing goes to
the network, and llm's own settings live in the test's folder (LLM_USER_PATH, tests/conftest.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from polish_fakes import LocalModel, QueuedModel, registered
from thankful.usecases import capture, polishing
from thankful.writing import polish as guard_module

TODAY = date(2026, 11, 26)
FACTS = {"what": "a hand-knitted scarf", "occasion": "birthday", "detail": "the deep green",
         "use": "wear it on my walks to work", "ahead": "see you at Thanksgiving"}

MOMENT = {"kind": "gift", "from": [{"name": "May Lee", "call": "Aunt May", "email": "may@example.org"}],
          "on": "2026-11-20", "sign": "Sam", "tone": "warm", **FACTS}
DRAFT = ("Dear Aunt May,\n\nThank you for the hand-knitted scarf for my birthday. The deep green is my favorite "
         "part. My plan is to wear it on my walks to work. I look forward to seeing you at Thanksgiving.\n\n"
         "Fondly,\nSam")


@pytest.fixture
def fake():
    model = QueuedModel()
    with registered(model, LocalModel()):
        yield model


@pytest.fixture
def note(nb):
    """A gift note with a saved draft the coach has nothing to say about; polish.model is the fake."""
    from thankful.usecases import drafting

    with nb.transaction():
        nb.settings.set("sign", "Sam")
        nb.settings.set("polish.model", "fake-polish")
    capture.add_person(nb, "May Lee", call="Aunt May", relationship="family", today=TODAY)
    _, notes = capture.record_moment(nb, "gift", ["May Lee"], dict(FACTS), on=date(2026, 11, 20), today=TODAY)
    drafting.save_draft(nb, notes[0].id, DRAFT, "", edited=False, version=notes[0].version)
    return notes[0].id


def body(nb, note_id: int) -> str:
    return nb.notes.get(note_id).body


def polished(text: str) -> str:
    """The draft reworded without adding anything (what a good model does)."""
    out = text.replace("My plan is to wear it", "I'll wear it").replace("I plan to wear it", "I'll wear it")
    assert out != text, text
    return out


# --- the command ---------------------------------------------------------------------------------------

def test_a_clean_polish_is_accepted_shown_and_not_saved(cli, nb, note, fake):
    draft = body(nb, note)
    fake.enqueue(polished(draft))
    code, out, err = cli("draft", str(note), "--polish", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result == {"note": note, "polish": {"model": "fake-polish", "accepted": True, "reasons": [],
                                               "text": polished(draft)}}
    assert body(nb, note) == draft  # a suggestion only: never saved on its own


def test_the_plain_answer_shows_the_change_and_the_suggestion(cli, nb, note, fake):
    draft = body(nb, note)
    fake.enqueue(polished(draft))
    code, out, err = cli("draft", str(note), "--polish")
    assert code == 0, err
    assert "[-" in out and "{+I'll" in out and polished(draft) in out and "Nothing saved" in out
    assert body(nb, note) == draft


def test_yes_takes_an_accepted_polish_as_the_draft(cli, nb, note, fake):
    draft = body(nb, note)
    fake.enqueue(polished(draft))
    code, out, err = cli("draft", str(note), "--polish", "--yes")
    assert code == 0, err
    saved = nb.notes.get(note)
    assert saved.body == polished(draft) and saved.status == "drafted" and not saved.edited
    assert "Saved it as the draft" in out


def test_an_edited_draft_is_polished_and_stays_the_persons_own(cli, nb, note, fake):
    from thankful.usecases import drafting

    own = body(nb, note).replace("The deep green", "That deep green")
    drafting.save_text(nb, note, own, "", edited=True, version=nb.notes.get(note).version)
    fake.enqueue(polished(own))
    code, _, err = cli("draft", str(note), "--polish", "--yes", "--json")
    assert code == 0, err
    assert "That deep green" in fake.prompts[-1].prompt  # the person's words were polished, not a new draft
    saved = nb.notes.get(note)
    assert saved.body == polished(own) and saved.edited


def test_the_prompt_carries_the_facts_the_draft_the_tone_and_the_voice_rules(cli, nb, note, fake):
    draft = body(nb, note)
    fake.enqueue(polished(draft))
    cli("draft", str(note), "--polish", "--json")
    prompt = fake.prompts[-1]
    assert "what: a hand-knitted scarf" in prompt.prompt and "ahead: see you at Thanksgiving" in prompt.prompt
    assert draft.strip() in prompt.prompt
    assert "The tone is warm" in prompt.system and "short" in prompt.system and "No filler" in prompt.system
    assert "@" not in prompt.prompt  # no email address leaves with the facts


INVENTED = [
    ("a name", lambda t: t.replace("Thank you", "Uncle Bob and I thank you", 1), "'Bob'"),
    ("a number", lambda t: t.replace("walks to work", "three walks to work"), "the number 'three'"),
    ("a figure", lambda t: t.replace("walks to work", "walks to work 5 days a week"), "the number '5'"),
    ("a place", lambda t: t.replace("walks to work", "walks to work in Boston"), "'Boston'"),
    ("a date", lambda t: t.replace("walks to work", "walks to work from tomorrow"), "the date 'tomorrow'"),
    ("a promise", lambda t: t.replace("Thank you", "I promise to knit you a hat. Thank you", 1), "promises"),
]


@pytest.mark.parametrize("what, change, reason", INVENTED, ids=[i[0] for i in INVENTED])
def test_an_invented_fact_is_refused_with_its_reason(cli, nb, note, fake, what, change, reason):
    draft = body(nb, note)
    answer = change(polished(draft))
    assert answer != polished(draft)
    fake.enqueue(answer)
    code, out, err = cli("draft", str(note), "--polish", "--json")
    assert code == 0, err
    result = json.loads(out)["polish"]
    assert result["accepted"] is False and any(reason in r for r in result["reasons"]), result["reasons"]
    assert body(nb, note) == draft


def test_a_refused_polish_is_never_saved_even_with_yes(cli, nb, note, fake):
    draft = body(nb, note)
    fake.enqueue(polished(draft).replace("walks to work", "walks to work in Boston"))
    code, out, err = cli("draft", str(note), "--polish", "--yes")
    assert code == 1
    assert "was refused" in out and "'Boston'" in out
    assert body(nb, note) == draft


def test_a_coach_regression_is_refused(cli, nb, note, fake):
    draft = body(nb, note)
    fake.enqueue("Dear Aunt May,\n\nThank you so much for the gift. It was very nice.\n\nFondly,\nSam")
    code, out, _ = cli("draft", str(note), "--polish", "--json")
    result = json.loads(out)["polish"]
    assert code == 0 and result["accepted"] is False
    assert any("the coach scores it" in r for r in result["reasons"]), result["reasons"]
    assert any("the coach warns" in r for r in result["reasons"]), result["reasons"]
    assert body(nb, note) == draft


def test_a_money_amount_in_a_gift_note_is_refused(cli, nb, note, fake):
    draft = body(nb, note)
    fake.enqueue(polished(draft).replace("hand-knitted scarf", "hand-knitted scarf and the $20", 1))
    code, out, _ = cli("draft", str(note), "--polish", "--json")
    result = json.loads(out)["polish"]
    assert result["accepted"] is False and any("amount of money" in r for r in result["reasons"])


def test_a_model_error_is_one_line_and_the_draft_is_untouched(cli, nb, note, fake):
    draft = body(nb, note)
    fake.enqueue(RuntimeError("connection refused\nat line 2"))
    code, out, err = cli("draft", str(note), "--polish", "--yes", "--json")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "the model fake-polish failed: connection refused at line 2" in err
    assert "Traceback" not in err and body(nb, note) == draft


def test_a_model_that_does_not_answer_in_time_is_one_line(nb, note, fake):
    from thankful.domain.errors import ThankfulError

    fake.enqueue((2.0, "too late"))
    the_note = nb.notes.get(note)
    with pytest.raises(ThankfulError, match="did not answer within 0.2 seconds; the draft is unchanged"):
        polishing.polish(nb, the_note, TODAY, polishing.draft_of(nb, the_note, TODAY), timeout=0.2)


def test_an_unknown_model_says_how_to_choose_one(cli, nb, note, fake):
    code, _, err = cli("draft", str(note), "--polish", "--model", "no-such-model")
    assert code == 1 and "llm has no model 'no-such-model'" in err and "llm models" in err


def test_model_chooses_over_the_setting(cli, nb, note, fake):
    local = [m for m in polishing._llm().get_models() if m.model_id == "fake-local"][0]
    local.enqueue(polished(body(nb, note)))
    code, out, err = cli("draft", str(note), "--polish", "--model", "fake-local", "--json")
    assert code == 0, err
    assert json.loads(out)["polish"]["model"] == "fake-local" and not fake.prompts


def test_model_without_polish_is_a_usage_error(cli, note):
    code, _, err = cli("draft", str(note), "--model", "fake-polish")
    assert code == 2 and "--polish" in err


def test_without_llm_the_command_says_how_to_install_it(cli, nb, note, monkeypatch):
    monkeypatch.setattr(polishing, "installed", lambda: False)
    code, out, err = cli("draft", str(note), "--polish")
    assert code == 2 and out == "" and "pip install 'thankful[ai]'" in err


def test_without_llm_installed_the_real_command_says_how_to_install_it(db_path, note):
    probe = ("import sys; sys.modules['llm'] = None\n"  # as if llm were not installed
             "from thankful.cli import main\n"
             f"sys.exit(main(['draft', '{note}', '--polish']))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "pip install 'thankful[ai]'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_line_never_imports_llm_until_a_polish(db_path, note):
    probe = ("import sys\nfrom thankful.cli import main\nmain(['owed'])\nmain(['draft', '1', '--yes'])\n"
             "try:\n    main(['draft', '--help'])\nexcept SystemExit:\n    pass\n"
             "print('llm' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


# --- the model and what leaves the machine -----------------------------------------------------------------

def test_the_model_is_the_setting_else_llms_default(nb, fake):
    llm = polishing._llm()
    assert polishing.model_id(nb) == llm.get_default_model()  # no setting: llm's default
    llm.set_default_model("fake-local")
    assert polishing.model_id(nb) == "fake-local"
    with nb.transaction():
        nb.settings.set("polish.model", "fake-polish")
    assert polishing.model_id(nb) == "fake-polish" and polishing.model_id(nb, "fake-local") == "fake-local"


def test_a_local_plugins_model_is_local_and_any_other_is_cloud(nb, fake):
    polishing._llm().set_default_model("fake-local")
    assert polishing.describe(nb) == polishing.ModelInfo(True, "fake-local", local=True, ready=True)
    with nb.transaction():
        nb.settings.set("polish.model", "fake-polish")
    assert polishing.describe(nb) == polishing.ModelInfo(True, "fake-polish", local=False, ready=True)


def test_a_cloud_model_without_its_key_is_not_ready(nb):
    with nb.transaction():
        nb.settings.set("polish.model", "gpt-4o-mini")  # llm's own OpenAI plugin; no key in the test's folder
    found = polishing.describe(nb)
    assert found.model == "gpt-4o-mini" and not found.local and not found.ready
    assert "llm keys set openai" in found.problem


def test_the_setting_checks_the_model_id(cli):
    code, _, err = cli("config", "set", "polish.model", "not a model")
    assert code == 2 and "is not a model id" in err
    code, _, err = cli("config", "set", "polish.model", "llama3.2:latest")
    assert code == 0, err


# --- the guard itself (pure) -----------------------------------------------------------------------------

@pytest.mark.parametrize("answer", [
    DRAFT.replace("My plan is to wear it", "I'll wear it"),
    DRAFT.replace("for my birthday.", "for my birthday on Friday, November 20."),  # the facts' own date
    DRAFT.replace("Thank you for", "Thank you so much for"),
])
def test_the_guard_accepts_what_adds_nothing(answer):
    verdict = guard_module.guard(MOMENT, DRAFT, answer, today=TODAY)
    assert verdict.accepted, verdict.reasons


@pytest.mark.parametrize("answer, reason", [
    (DRAFT.replace("at Thanksgiving", "at Christmas"), "'Christmas'"),
    (DRAFT.replace("on my walks", "on my 30-minute walks"), "the number '30'"),
    (DRAFT.replace("Fondly,", "P.S. I will send you photos.\n\nFondly,"), "promises"),
    (DRAFT + " " + " ".join(["It is truly lovely."] * 12), "words long"),
    ("", "no text"),
])
def test_the_guard_refuses_with_its_reason(answer, reason):
    verdict = guard_module.guard(MOMENT, DRAFT, answer, today=TODAY)
    assert not verdict.accepted and any(reason in r for r in verdict.reasons), verdict.reasons


def test_the_answer_is_cleaned_of_what_surrounds_the_note():
    assert guard_module.clean("Here is the polished note:\n\n" + DRAFT) == DRAFT
    assert guard_module.clean("```\n" + DRAFT + "\n```") == DRAFT
    assert guard_module.clean(f'"{DRAFT}"') == DRAFT


def test_the_diff_marks_what_is_taken_out_and_put_in():
    assert guard_module.marked("See you soon.", "See you at Thanksgiving.") == "See you [-soon.-]{+at Thanksgiving.+}"
