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
SUITES = [SHARED / "scenarios" / "public.jsonl", HERE / "scenarios" / "own.jsonl",
          SHARED / "scenarios" / "coach.jsonl", HERE / "scenarios" / "coach_own.jsonl"]


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
