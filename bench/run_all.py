"""Run every benchmark in bench/ and print their tables (`make bench`).

Usage: python bench/run_all.py [--quick]

Each benchmark runs as its own script, one after the other (never two at once: they compare side by
side, and a second one running would load the machine for both). --quick uses fewer runs, for a check
that they all work; the figures in BENCHMARKS.md come from full runs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent


def benchmarks(quick: bool, notebook: Path) -> list[tuple[str, list[str]]]:
    """(title, argv) of each benchmark, in the order BENCHMARKS.md lists them."""
    few = quick
    return [
        ("thankful owed start-up", ["startup.py", "--db", str(notebook), "--pairs", "5" if few else "41"]),
        ("compose + check vs mailmerge", ["bench_compose.py", "--runs", "2" if few else "7"]),
        ("cards PDF", ["bench_cards.py", "--cards", "200" if few else "1000", "--runs", "2" if few else "7"]),
        ("web home page", ["bench_web.py", "--requests", "600" if few else "6000"]
         + (["--people", "1000", "--moments", "5000"] if few else [])),
        ("event import vs sqlite-utils, event show", ["bench_events.py", "--rows", "2000" if few else "10000",
                                                      "--runs", "2" if few else "7", "--pairs", "5" if few else "31"]),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer runs: check they work, not the figures")
    args = ap.parse_args()
    failed = []
    with tempfile.TemporaryDirectory(prefix="thankful-bench-") as tmp:
        notebook = Path(tmp) / "big.db"
        size = ["--people", "1000", "--moments", "5000"] if args.quick else ["--people", "10000", "--moments", "50000"]
        subprocess.run([sys.executable, str(HERE / "make_notebook.py"), "--db", str(notebook), *size], check=True)
        for title, argv in benchmarks(args.quick, notebook):
            print(f"\n== {title} ({' '.join(argv)})", flush=True)
            if subprocess.run([sys.executable, str(HERE / argv[0]), *argv[1:]]).returncode != 0:
                failed.append(title)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
