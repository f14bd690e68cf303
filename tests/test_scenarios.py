"""The writing scenarios (shared/scenarios/run.py) against the installed `thankful`: the public ones and ours."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
RUNNER = SHARED / "scenarios" / "run.py"
THANKFUL = Path(sys.executable).with_name("thankful")
SUITES = [SHARED / "scenarios" / "public.jsonl", SHARED / "scenarios" / "messy.jsonl", HERE / "scenarios" / "own.jsonl",
          HERE / "scenarios" / "messy_own.jsonl", SHARED / "scenarios" / "coach.jsonl",
          HERE / "scenarios" / "coach_own.jsonl"]


@pytest.mark.skipif(not RUNNER.exists(), reason="shared/scenarios is not beside the repository")
@pytest.mark.parametrize("suite", SUITES, ids=lambda p: p.name)
def test_scenarios_pass(suite, tmp_path):
    proc = subprocess.run([sys.executable, str(RUNNER), str(suite), "--cmd", str(THANKFUL)],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert " 0 failed" in proc.stdout.splitlines()[-1]


def test_own_scenarios_cover_every_kind_and_tone():
    kinds, tones, batches, checks = set(), set(), 0, 0
    lines = (HERE / "scenarios" / "own.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        sc = json.loads(line)
        for m in sc.get("batch", []) + ([sc["moment"]] if "moment" in sc else []):
            kinds.add(m["kind"])
            tones.add(m.get("tone", "warm"))
        batches += "batch" in sc
        checks += "check" in sc
    assert len(lines) >= 40
    assert kinds == {"gift", "favor", "hospitality", "interview", "love", "just-because", "gratitude", "sympathy",
                     "donation"}
    assert tones == {"warm", "formal", "playful", "romantic"}
    assert batches >= 3 and checks >= 5


def test_own_messy_scenarios_are_typed_as_people_type():
    """Issue 11: at least 30 moments of our own typed the way a hurried person types (lower case, texting
    forms, labels, product titles, whole clauses where a phrase belongs), across the kinds."""
    lines = (HERE / "scenarios" / "messy_own.jsonl").read_text(encoding="utf-8").splitlines()
    moments = []
    for line in lines:
        sc = json.loads(line)
        moments += sc.get("batch", []) + ([sc["moment"]] if "moment" in sc else [])
    assert len(moments) >= 30
    assert {m["kind"] for m in moments} == {"gift", "favor", "hospitality", "interview", "love", "just-because",
                                            "gratitude", "sympathy", "donation"}
    typed = " ".join(str(v) for m in moments for k, v in m.items() if k in ("what", "detail", "use", "ahead"))
    for habit in (" i ", "didnt", " im ", " u ", "moms", " - "):
        assert habit in f" {typed} ", habit


def _drafts(suite: Path) -> list[tuple[str, str]]:
    from thankful.writing.contract import compose, compose_many

    found = []
    for line in suite.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        sc = json.loads(line)
        if "batch" in sc:
            results = compose_many(sc["batch"])
        elif "moment" in sc:
            result = compose(sc["moment"])
            results = result if isinstance(result, list) else [result]
        else:
            continue
        found += [(sc["id"], r["text"]) for r in results]
    return found


@pytest.mark.skipif(not RUNNER.exists(), reason="shared/scenarios is not beside the repository")
def test_proselint_finds_nothing_in_any_draft():
    """Issue 11: every draft of every scenario passes proselint with all its checks on."""
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    drafts = [d for suite in SUITES for d in _drafts(suite)]
    assert len(drafts) > 200
    assert LintFile("<probe>", "It was very unique.").lint(), "proselint ran no check"
    found = {(sid, r.into_dict()["check_path"]) for sid, text in drafts for r in LintFile("<note>", text).lint()}
    assert found == set()
