"""Compose + check for 1,000 gift moments against mailmerge's dry run over an equivalent 1,000-row CSV.

Usage: python bench/bench_compose.py [--rows 1000] [--runs 7]

Both are run as the installed commands, side by side and interleaved (thankful, mailmerge, thankful, ...),
so drift on the machine hits both alike; the median wall time of each gives rows per second and the
ratio thankful / mailmerge (DESIGN §11 target: < 1.0). mailmerge must be installed in the same
environment (`pip install mailmerge`; it is only needed here). If it is missing, the script says so and
compares with the DESIGN figure of about 3,700 rows/s measured for mailmerge on this machine.
"""

import argparse
import csv
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DESIGN_MAILMERGE_ROWS_PER_S = 3700
GIFTS = [("a cast-iron skillet", "make Sunday pancakes in it"), ("a set of linen napkins", "set the table for guests"),
         ("a framed map of Chicago", "hang it in the hallway"), ("a French press", "brew coffee on slow mornings"),
         ("a picnic basket", "take it to the lakefront this spring"), ("garden shears", "trim the roses by the gate"),
         ("a quilt", "keep warm on winter evenings"), ("a cookbook of Lebanese recipes", "learn to make hummus"),
         ("a herb planter", "grow basil on the balcony"), ("a pair of wine glasses", "toast our anniversary"),
         ("a hand-knitted scarf", "wear it on my walks to work"), ("a board game", "host game nights with friends")]
NAMES = ["Aunt Rose", "the Patels", "Coach Miller", "Grandma Bea", "Kim Cho", "Uncle Dev", "the Garcias", "Noor",
         "Ben and Liz", "Mrs. Hale", "Omar", "Cousin Tess", "José Núñez", "Siobhán O'Brien"]
OCCASIONS = ["wedding", "birthday", "holiday", "shower", "graduation", "baby"]
DETAILS = ["", "", "the deep green", "the little card tucked inside", "the hand-painted label"]
MAILMERGE_TEMPLATE = """TO: {{email}}
SUBJECT: Thank you for {{what}}
FROM: Sam <sam@example.org>

Dear {{name}},

Thank you for {{what}}. We will {{use}}. {{detail}}

With love,
Sam
"""
MAILMERGE_CONFIG = "[smtp_server]\nhost = localhost\nport = 25\nsecurity = Never\nusername = sam\n"


def make_inputs(folder: Path, rows: int) -> tuple[Path, Path, Path, Path]:
    """The same 1,000 gifts as JSON Lines for thankful and as a CSV + template for mailmerge."""
    rng = random.Random(1000)
    moments = []
    for i in range(rows):
        what, use = GIFTS[i % len(GIFTS)]
        moments.append({"kind": "gift", "occasion": rng.choice(OCCASIONS), "from": [f"{rng.choice(NAMES)} {i}"],
                        "what": what, "use": use, "detail": rng.choice(DETAILS), "on": "2026-11-20",
                        "today": "2026-11-26", "sign": "Sam", "tone": "warm"})
    jsonl = folder / "moments.jsonl"
    jsonl.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in moments), encoding="utf-8")
    database = folder / "database.csv"
    with database.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["email", "name", "what", "use", "detail"])
        for i, m in enumerate(moments):
            w.writerow([f"guest{i}@example.org", m["from"][0], m["what"], m["use"], m["detail"]])
    template = folder / "template.txt"
    template.write_text(MAILMERGE_TEMPLATE, encoding="utf-8")
    config = folder / "server.conf"
    config.write_text(MAILMERGE_CONFIG, encoding="utf-8")
    return jsonl, database, template, config


def wall(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed: {proc.stderr.decode()[-500:]}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    bindir = Path(sys.executable).parent
    thankful = bindir / "thankful"
    mailmerge = bindir / "mailmerge" if (bindir / "mailmerge").exists() else shutil.which("mailmerge")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jsonl, database, template, config = make_inputs(folder, args.rows)
        ours = [str(thankful), "compose", "--json", str(jsonl)]
        theirs = [str(mailmerge), "--dry-run", "--no-limit", "--output-format", "raw", "--template", str(template),
                  "--database", str(database), "--config", str(config)] if mailmerge else None
        wall(ours, folder)  # warm the file cache and bytecode once for each
        if theirs:
            wall(theirs, folder)
        t_ours, t_theirs = [], []
        for _ in range(args.runs):
            t_ours.append(wall(ours, folder))
            if theirs:
                t_theirs.append(wall(theirs, folder))
    ours_s = statistics.median(t_ours)
    print(f"rows: {args.rows}, runs: {args.runs} (interleaved), medians of wall time")
    print(f"thankful compose --json (compose + check): {ours_s:.3f} s  {args.rows / ours_s:,.0f} moments/s")
    if theirs:
        theirs_s = statistics.median(t_theirs)
        print(f"mailmerge --dry-run --no-limit:             {theirs_s:.3f} s  {args.rows / theirs_s:,.0f} rows/s")
        print(f"ratio thankful / mailmerge: {ours_s / theirs_s:.2f} (target < 1.0)")
    else:
        print(f"mailmerge is not installed: comparing with the DESIGN figure of {DESIGN_MAILMERGE_ROWS_PER_S:,} rows/s")
        print(f"ratio: {DESIGN_MAILMERGE_ROWS_PER_S / (args.rows / ours_s):.2f} (target < 1.0)")


if __name__ == "__main__":
    main()
