"""Where Thankful's editable data lives: the package's data/ folder, and an optional folder of your own.

Writers edit the files in src/thankful/data/ (the catalogue of kinds, phrase banks, word lists). A folder
named by THANKFUL_DATA is read first: a file there adds to (the catalogue, phrase banks) or replaces (a
word list) the shipped one, so a new kind can be tried without touching the package.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

PACKAGE_DATA = Path(__file__).resolve().parent.parent / "data"
OVERLAY_ENV = "THANKFUL_DATA"


@cache
def folders() -> tuple[Path, ...]:
    """The data folders, the person's own (THANKFUL_DATA) first, then the package's."""
    own = os.environ.get(OVERLAY_ENV, "").strip()
    return (Path(own), PACKAGE_DATA) if own else (PACKAGE_DATA,)


def paths(name: str) -> list[Path]:
    """Every existing file called `name` (a path relative to a data folder), the person's own first."""
    return [folder / name for folder in folders() if (folder / name).is_file()]


def path(name: str) -> Path:
    """The file `name` from the first data folder that has it (the package's when none does)."""
    found = paths(name)
    return found[0] if found else PACKAGE_DATA / name


@cache
def toml(name: str) -> dict:
    """A TOML data file, read once (the first data folder that has it wins)."""
    return read_toml(path(name))


def read_toml(file: Path) -> dict:
    return parse_toml(file.read_bytes().decode())  # (what tomllib.load does with a file)


def parse_toml(text: str) -> dict:
    """TOML text as a dict, read by tomli: the parser Python ships as tomllib, but installed from its
    mypyc-compiled wheel, which reads the data files in a third of the time (BENCHMARKS.md, round 3)."""
    import tomli  # only commands that read the catalogue or a word list pay for it

    return tomli.loads(text)


def listing(folder: str, suffix: str = ".toml") -> list[Path]:
    """The files in a data subfolder across the data folders; a file of the person's own hides the package's."""
    seen: dict[str, Path] = {}
    for base in reversed(folders()):
        directory = base / folder
        if directory.is_dir():
            for p in sorted(directory.glob(f"*{suffix}")):
                seen[p.name] = p
    return [seen[n] for n in sorted(seen)]
