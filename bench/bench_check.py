"""What coaching one note costs: `thankful check` as a person runs it, and the parts inside it.

Usage: python bench/bench_check.py [--runs 9]

1. The command: median wall time of `thankful check NOTE` (a fresh process each time: start-up, loading
   Harper's dictionary, one note), beside a bare `python -c pass` of the same interpreter.
2. Inside one process: building Harper's Linter (the load), the first note, then each further note with
   every check and Harper on (what the web editor pays per keystroke pause, warm), and without Harper
   (what compose pays per draft). The notes are the coach scenarios in shared/scenarios/coach.jsonl.
"""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCENARIOS = HERE.parents[1] / "shared" / "scenarios" / "coach.jsonl"
NOTE = ("Dear Aunt May,\n\nThank you for the hand-knitted scarf. The deep green is exactly the colour of my winter "
        "coat, and it has come with me on every walk to work this week. I'll be wearing it when I see you at "
        "Thanksgiving.\n\nWith love,\nSam\n")


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=True)
    return time.perf_counter() - start


def command_cost(runs: int) -> None:
    thankful = Path(sys.executable).with_name("thankful")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(NOTE)
    ours, bare = [], []
    wall([str(thankful), "check", f.name])  # warm the file cache once
    for _ in range(runs):
        ours.append(wall([str(thankful), "check", f.name]))
        bare.append(wall([sys.executable, "-c", "pass"]))
    o, b = statistics.median(ours), statistics.median(bare)
    print(f"thankful check NOTE (one note, fresh process): median {o * 1000:.0f} ms "
          f"(min {min(ours) * 1000:.0f}); bare python -c pass {b * 1000:.0f} ms")


def inside_costs() -> None:
    notes = [json.loads(line)["check"] for line in SCENARIOS.read_text(encoding="utf-8").splitlines() if line.strip()]
    start = time.perf_counter()
    from thankful.writing.coach import check, check_facts, grammar

    grammar.linter()
    load = time.perf_counter() - start
    start = time.perf_counter()
    check(notes[0]["text"], notes[0].get("moment"))
    first = time.perf_counter() - start
    start = time.perf_counter()
    grammar.warm()  # Harper's spelling suggestions build a table on the first long unknown word
    warm_rest = time.perf_counter() - start
    with_harper, without = [], []
    from thankful.writing.facts import read_moment

    for _ in range(3):
        for n in notes:
            facts = read_moment(n["moment"]) if n.get("moment") else None
            t = time.perf_counter()
            check_facts(n["text"], facts, grammar=True)
            with_harper.append(time.perf_counter() - t)
            t = time.perf_counter()
            check_facts(n["text"], facts)
            without.append(time.perf_counter() - t)
    print(f"load (import harper + build the Linter): {load * 1000:.0f} ms; first note: {first * 1000:.0f} ms; "
          f"the rest of warm() (Harper's first long unknown word): {warm_rest * 1000:.0f} ms")
    print(f"per note, warm, {len(notes)} scenario notes x3: every check with Harper median "
          f"{statistics.median(with_harper) * 1000:.1f} ms (max {max(with_harper) * 1000:.1f}); "
          f"without Harper (compose's drafts) median {statistics.median(without) * 1000:.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    command_cost(args.runs)
    inside_costs()


if __name__ == "__main__":
    main()
