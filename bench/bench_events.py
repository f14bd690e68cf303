"""Events: `thankful event import` of a 10,000-row gift CSV against `sqlite-utils insert db gifts FILE --csv` on
the same file, a re-import of the same file, and `thankful event show` at 10,000 gifts against a bare
`python -c pass`.

Usage: python bench/bench_events.py [--rows 10000] [--runs 7] [--pairs 31]

sqlite-utils is the yardstick only: install it beside Thankful for the benchmark (`.venv/bin/pip install
sqlite-utils`), it is not a dependency. Every command runs as an installed command, start-up included, in
interleaved runs (thankful, sqlite-utils, thankful, ...) so drift hits both alike; medians are printed.
Targets (BENCHMARKS.md): import <= 1.0x sqlite-utils; re-import no slower than the import; show <= 3x bare.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ("Ana Ben Cara Dev Eli Fay Gus Hana Ivo Jo Kai Lena Max Nia Omar Pia Quin Ravi Sofia Tom Uma Vic Wen "
         "Xavi Yara Zed Amara Bruno Chidi Dana").split()
LAST = ("Smith Okafor Nakamura Ruiz Patel Chen Rossi Haddad Kim Park Lee Brennan Osei Marin Alvarez Novak Silva "
        "Kowalski Dubois Jensen Murphy Haas Costa Moreau Ito Berg Singh Tanaka Meyer Walsh").split()
GIFTS = ("KitchenAid Artisan Stand Mixer;Bath Towels;Le Creuset Dutch Oven;Champagne Flutes;Picture Frame;"
         "Salad Bowl;Linen Napkins;Espresso Cups;Cutting Board;Picnic Blanket;Candle Set;Serving Platter;"
         "Wine Decanter;Tea Kettle;Photo Album;Cookbook;Check;Crate & Barrel Gift Card").split(";")
CITIES = (("Springfield", "IL", "62701"), ("Austin", "TX", "78701"), ("Portland", "OR", "97205"),
          ("Madison", "WI", "53703"), ("Evanston", "IL", "60201"))
HEADERS = ["Gift Giver", "Item Name", "Quantity", "Price", "Gift Message", "Date Received", "Email",
           "Street Address", "Street Address (line 2)", "City", "State / Region", "Zip / Postal Code", "Country",
           "Thank You Sent", "Cash Fund", "Side"]


def giver(rng: random.Random, n: int) -> str:
    """A household as registries write them: couples, families, titled couples, one person."""
    first, second, last = FIRST[n % len(FIRST)], FIRST[(n * 7 + 3) % len(FIRST)], f"{LAST[n % len(LAST)]}{n // 30}"
    shape = n % 5
    if shape == 0:
        return f"{first} & {second} {last}"
    if shape == 1:
        return f"The {last} Family"
    if shape == 2:
        return f"Mr. and Mrs. {last}"
    return f"{first} {last}"


def write_csv(path: Path, rows: int, seed: int = 7) -> None:
    """`rows` gifts from about 0.7 x rows households (some give two or three), a tenth already thanked."""
    rng = random.Random(seed)
    households = max(1, int(rows * 0.7))
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(HEADERS)
        for i in range(rows):
            n = i if i < households else rng.randrange(households)
            gift = GIFTS[rng.randrange(len(GIFTS))]
            city, region, code = CITIES[n % len(CITIES)]
            fund = "Honeymoon Fund" if rng.random() < 0.08 else ""
            day = f"2026-{5 + rng.randrange(3):02d}-{1 + rng.randrange(28):02d}"
            out.writerow([giver(rng, n), fund or gift, 1 + (rng.random() < 0.1), f"${rng.randrange(20, 400)}.00",
                          "Congratulations!" if rng.random() < 0.3 else "", day,
                          f"guest{n}@example.org" if n % 3 == 0 else "", f"{n} Elm St", "", city, region, code,
                          "USA", "Yes" if rng.random() < 0.1 else "", fund, ("Priya", "Sam")[n % 2]])


def wall(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - start


def fresh_event(thankful: str, db: Path, env: dict) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    subprocess.run([thankful, "--db", str(db), "event", "add", "Our wedding", "--kind", "wedding", "--on",
                    "2026-06-13", "--writers", "Priya,Sam"], stdout=subprocess.DEVNULL, env=env, check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--pairs", type=int, default=31)
    args = ap.parse_args()
    bin_dir = Path(sys.executable).parent
    thankful, sqlite_utils = str(bin_dir / "thankful"), shutil.which("sqlite-utils", path=str(bin_dir))
    if not sqlite_utils:
        print("sqlite-utils is not installed beside Thankful: .venv/bin/pip install sqlite-utils", file=sys.stderr)
        return 1
    import compileall

    import thankful as package

    compileall.compile_dir(os.path.dirname(package.__file__), quiet=1)  # as `make` installs it
    env = {**os.environ, "THANKFUL_TODAY": "2026-07-05"}
    with tempfile.TemporaryDirectory(prefix="thankful-bench-events-") as tmp:
        tmp = Path(tmp)
        gifts = tmp / "gifts.csv"
        write_csv(gifts, args.rows)
        ours, theirs = tmp / "thankful.db", tmp / "sqlite-utils.db"
        imports, inserts, reimports = [], [], []
        for _ in range(args.runs):
            fresh_event(thankful, ours, env)
            theirs.unlink(missing_ok=True)
            imports.append(wall([thankful, "--db", str(ours), "event", "import", "Our wedding", str(gifts)], env))
            inserts.append(wall([sqlite_utils, "insert", str(theirs), "gifts", str(gifts), "--csv"], env))
            reimports.append(wall([thankful, "--db", str(ours), "event", "import", "Our wedding", str(gifts)], env))
        shown = subprocess.run([thankful, "--db", str(ours), "event", "show", "Our wedding", "--json"],
                               capture_output=True, text=True, env=env, check=True).stdout
        bare_cmd = [sys.executable, "-c", "pass"]
        show_cmd = [thankful, "--db", str(ours), "event", "show", "Our wedding"]
        owed_cmd = [thankful, "--db", str(ours), "owed", "--writer", "Priya"]  # a reference: owed's own target is 3x
        for cmd in (bare_cmd, show_cmd, owed_cmd):
            wall(cmd, env)  # warm the page cache once
        bare, show, owed = [], [], []
        for _ in range(args.pairs):
            bare.append(wall(bare_cmd, env))
            show.append(wall(show_cmd, env))
            owed.append(wall(owed_cmd, env))
    i, s, r = (statistics.median(x) for x in (imports, inserts, reimports))
    b, e, o = statistics.median(bare), statistics.median(show), statistics.median(owed)
    import json

    counts = json.loads(shown)
    print(f"gift list: {args.rows} rows -> {counts['gifts']} gifts, {counts['households']} households, "
          f"{sum(counts['notes'].values())} notes; {args.runs} interleaved runs, medians")
    print(f"thankful event import      {i:7.3f} s")
    print(f"sqlite-utils insert --csv  {s:7.3f} s")
    print(f"ratio import / insert      {i / s:7.2f}x  (target <= 1.0x)")
    print(f"thankful re-import         {r:7.3f} s  ({r / i:.2f}x the import; target <= 1.0x)")
    print(f"python -c pass             {b * 1000:7.1f} ms  ({args.pairs} pairs)")
    print(f"thankful event show        {e * 1000:7.1f} ms")
    print(f"ratio show / bare          {e / b:7.2f}x  (target <= 3.0x)")
    print(f"thankful owed (reference)  {o * 1000:7.1f} ms  ({o / b:.2f}x bare, same notebook, same run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
