"""Start-up of `thankful owed` (output piped) against a bare `python -c pass` of the same interpreter.

Usage: python bench/startup.py --db NOTEBOOK [--pairs 15] [--instructions]

Runs the two commands alternately (interleaved pairs, so drift hits both alike) and prints the
median wall time of each and their ratio. Target (BENCHMARKS.md): ratio <= 3.0.

With --instructions it also counts the instructions each command executes (valgrind's callgrind, if
installed): unlike wall time, the count does not move when other work loads the machine, so it tells
whether a change made start-up heavier even on a busy machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def wall(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - start


def instructions(cmd: list[str], env: dict) -> int | None:
    """Instructions the command executes, counted by callgrind; None without valgrind."""
    import re
    import shutil

    if shutil.which("valgrind") is None:
        return None
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                         capture_output=True, text=True, env=env)
    found = re.search(r"Collected : (\d+)", run.stderr)
    return int(found[1]) if found else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--pairs", type=int, default=15)
    ap.add_argument("--today", default="2026-11-26")
    ap.add_argument("--instructions", action="store_true", help="also count instructions (valgrind)")
    args = ap.parse_args()
    python = sys.executable
    thankful = str(Path(python).with_name("thankful"))
    env = {**os.environ, "THANKFUL_DB": args.db, "THANKFUL_TODAY": args.today}
    bare_cmd, owed_cmd = [python, "-c", "pass"], [thankful, "owed"]
    # Measure the installed tool as a person runs it: with its bytecode compiled (make does this).
    import compileall

    import thankful

    compileall.compile_dir(os.path.dirname(thankful.__file__), quiet=1)
    for cmd in (bare_cmd, owed_cmd):  # warm the page cache once
        wall(cmd, env)
    bare, owed = [], []
    for _ in range(args.pairs):
        bare.append(wall(bare_cmd, env))
        owed.append(wall(owed_cmd, env))
    lines = subprocess.run(owed_cmd, capture_output=True, text=True, env=env).stdout.count("\n")
    b, o = statistics.median(bare), statistics.median(owed)
    print(f"pairs: {args.pairs}, notebook: {args.db}, owed prints {lines} lines")
    print(f"python -c pass   median {b * 1000:6.1f} ms")
    print(f"thankful owed    median {o * 1000:6.1f} ms")
    print(f"ratio            {o / b:6.2f}x   (target <= 3.0x)")
    if args.instructions:
        bare_n, owed_n = instructions(bare_cmd, env), instructions(owed_cmd, env)
        if bare_n and owed_n:
            print(f"instructions     python -c pass {bare_n / 1e6:.0f} M, thankful owed {owed_n / 1e6:.0f} M, "
                  f"ratio {owed_n / bare_n:.2f}x")
        else:
            print("instructions     not counted (valgrind is not installed)")


if __name__ == "__main__":
    main()
