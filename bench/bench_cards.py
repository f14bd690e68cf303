"""Cards PDF for 1,000 notes: the fit check, layout and drawing of every card, fonts embedded.

Usage: python bench/bench_cards.py [--cards 1000] [--runs 7] [--format a2-folded] [--font kalam]

Prints the median (and range) of `deliver.cards.render` over several runs, then the same job end to end
as a person runs it (`thankful print --all-drafted -o cards.pdf` on a notebook of that many drafted
notes: start-up, reading the notes, writing the file, marking them printed), and checks with pdffonts
that every font in the PDF is embedded. DESIGN §11 target: >= 500 cards a second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

GIFTS = ["hand-knitted scarf", "cast-iron pan", "book of Mary Oliver poems", "garden shears", "picnic blanket",
         "set of watercolours", "lemon tree", "framed photo of the lake", "bread knife", "pair of wool socks"]
DETAILS = ["the deep green", "the weight of it", "the note tucked inside", "the careful wrapping", "the colour"]
USES = ["on my walks to work", "every Sunday morning", "when the evenings get cold", "in the new kitchen",
        "on the porch with coffee"]


def note_text(i: int) -> str:
    """A realistic card of 45–75 words, different for every note."""
    gift, detail, use = GIFTS[i % len(GIFTS)], DETAILS[i % len(DETAILS)], USES[i % len(USES)]
    extra = " It made the whole week brighter, and I keep telling people about it." * (i % 3)
    return (f"Dear Guest {i},\n\nThank you so much for the {gift}. I love {detail}, and I have used it {use} "
            f"ever since it arrived.{extra}\n\nI hope we can get together again soon, maybe at the lake in "
            f"June.\n\nWith love,\nSam")


def pieces(count: int):
    from thankful.channels.paper import Piece

    return [Piece(i, f"Guest {i}", f"{i} Elm Street\nSpringfield, IL 62701", note_text(i)) for i in range(count)]


def time_render(items, fmt: str, font: str, runs: int) -> tuple[list[float], bytes]:
    from thankful.channels import paper as cards

    cards.render(items[:1], fmt=fmt, font=font)  # load the font once, as any long-lived process would
    times, data = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        data = cards.render(items, fmt=fmt, font=font)
        times.append(time.perf_counter() - start)
    return times, data


def build_notebook(path: str, count: int) -> None:
    from thankful.store import open_notebook
    from thankful.usecases.capture import add_person, record_moment

    today = date(2026, 11, 26)
    with open_notebook(path) as nb:
        for i in range(count):
            add_person(nb, f"Guest {i}", address=f"{i} Elm Street\nSpringfield, IL 62701", today=today)
            _, notes = record_moment(nb, "gift", [f"Guest {i}"], {"what": GIFTS[i % len(GIFTS)]}, on=today,
                                     today=today)
            with nb.transaction():
                nb.notes.update(notes[0].id, body=note_text(i), status="drafted")


def time_cli(count: int, fmt: str, font: str, runs: int) -> list[float]:
    thankful = str(Path(sys.executable).with_name("thankful"))
    with tempfile.TemporaryDirectory() as folder:
        db_path = os.path.join(folder, "notebook.db")
        build_notebook(db_path, count)
        env = {**os.environ, "THANKFUL_DB": db_path, "THANKFUL_TODAY": "2026-11-26"}
        cmd = [thankful, "print", "--all-drafted", "--format", fmt, "--font", font, "-o",
               os.path.join(folder, "cards.pdf")]
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
            times.append(time.perf_counter() - start)
        return times


def embedded(data: bytes) -> list[tuple[str, str]]:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        out = subprocess.run(["pdffonts", f.name], capture_output=True, text=True, check=True).stdout
    return [(line.split()[0], line.split()[-5]) for line in out.splitlines()[2:]]


def report(label: str, count: int, times: list[float]) -> float:
    rate = count / statistics.median(times)
    print(f"{label:<34} median {statistics.median(times) * 1000:7.1f} ms  "
          f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})  {rate:7.0f} cards/s")
    return rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cards", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--cli-runs", type=int, default=5)
    ap.add_argument("--format", dest="fmt", default="a2-folded")
    ap.add_argument("--font", default="kalam")
    args = ap.parse_args()
    items = pieces(args.cards)
    times, data = time_render(items, args.fmt, args.font, args.runs)
    fonts = embedded(data)
    print(f"{args.cards} {args.fmt} cards in {args.font}; {args.runs} runs of the renderer, "
          f"{args.cli_runs} of the command; PDF {len(data) / 1024:.0f} KiB")
    rate = report("deliver.cards.render", args.cards, times)
    cli_rate = report("thankful print --all-drafted", args.cards, time_cli(args.cards, args.fmt, args.font,
                                                                              args.cli_runs))
    print(f"fonts: {', '.join(f'{name} (embedded: {emb})' for name, emb in fonts)}")
    ok = min(rate, cli_rate) >= 500 and all(emb == "yes" for _, emb in fonts)
    print(f"target >= 500 cards/s with fonts embedded: {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
