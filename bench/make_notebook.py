"""Build a realistic notebook for benchmarks: people, five years of moments, mostly sent notes.

Usage: python bench/make_notebook.py --people 10000 --moments 50000 --db FILE [--today 2026-11-26]

Moments are spread over the five years before `today`; every note older than two months is
sent or skipped, and about a hundred recent ones are still owed or drafted. Deterministic
(seeded), and written in one transaction through the store's own schema.
"""

from __future__ import annotations

import argparse
import json
import os
import random
from datetime import date, timedelta

from thankful.domain import kinds
from thankful.store import open_notebook

KINDS = [("gift", "birthday"), ("gift", "holiday"), ("gift", "wedding"), ("favor", ""), ("hospitality", ""),
         ("interview", ""), ("just-because", ""), ("gratitude", ""), ("love", ""), ("sympathy", "")]
THINGS = ["a hand-knitted scarf", "a cookbook", "driving me to the airport", "a French press", "dinner on Friday",
          "the garden shears", "a quilt", "a board game", "picking up the kids", "a framed map"]
FIRST = ["May", "Ravi", "Dana", "Tom", "Jane", "Priya", "Omar", "Lena", "Alex", "Noor", "Ben", "Liz", "Kim", "Joe"]
LAST = ["Lee", "Shah", "Smith", "Okafor", "Whitfield", "Garcia", "Patel", "Cho", "Hale", "Nguyen", "Parker"]
RELATIONSHIPS = ["family", "friend", "friend", "colleague", "partner", "other", "interviewer"]


WORDS = ("thank you so much for the lovely scarf the colour is perfect and I wear it every morning on my walk "
         "to the station dinner was wonderful your garden looked beautiful in the evening light I still laugh "
         "about the tangerine cake and the rain on the porch see you at the lake house next summer with love").split()


def body_for(rng: random.Random, name: str) -> str:
    """A note's text: a greeting, forty words from a small pool, a sign-off (search has words to find)."""
    return f"Dear {name.split()[0]},\n\n" + " ".join(rng.choice(WORDS) for _ in range(40)) + ".\n\nSam"


def build(path: str, people: int, moments: int, today: date, seed: int = 7, bodies: bool = False) -> dict:
    rng = random.Random(seed)
    if os.path.exists(path):
        raise SystemExit(f"{path} exists; choose a new file")
    nb = open_notebook(path)
    recent = today - timedelta(days=60)
    owed_budget = 110
    counts = {"people": people, "moments": moments, "owed": 0}
    conn = nb.conn  # bulk rows straight into the store's own schema: far faster than one use case call each
    with nb.transaction(undoable=False):  # a made-up notebook has no history to undo
        conn.executemany(
            "INSERT INTO people (id, name, relationship, email, created) VALUES (?,?,?,?,?)",
            [(i, f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}", rng.choice(RELATIONSHIPS), f"p{i}@example.org",
              (today - timedelta(days=1900)).isoformat()) for i in range(1, people + 1)])
        moment_rows, giver_rows, note_rows = [], [], []
        for m in range(1, moments + 1):
            kind, occasion = rng.choice(KINDS)
            on = today - timedelta(days=rng.randrange(0, 5 * 365))
            person = rng.randrange(1, people + 1)
            facts = {"what": rng.choice(THINGS), **({"occasion": occasion} if occasion else {})}
            moment_rows.append((m, kind, json.dumps(facts), on.isoformat(), on.isoformat()))
            giver_rows.append((m, person, 0))
            due = kinds.due_date(kind, occasion, on)
            if on >= recent and owed_budget > 0:
                status, sent_on = rng.choice(["owed", "owed", "drafted"]), None
                owed_budget -= 1
                counts["owed"] += 1
            elif rng.random() < 0.9:
                status = "sent"
                sent_on = (on + timedelta(days=rng.randrange(0, 20))).isoformat()
            else:
                status, sent_on = "skipped", None
            body = body_for(rng, FIRST[person % len(FIRST)]) if bodies and status != "owed" else ""
            note_rows.append((m, m, person, status, due.isoformat() if due else None, sent_on, on.isoformat(), body))
        conn.executemany("INSERT INTO moments (id, kind, facts, on_date, created) VALUES (?,?,?,?,?)",
                         moment_rows)
        conn.executemany("INSERT INTO moment_givers (moment_id, person_id, position) VALUES (?,?,?)", giver_rows)
        conn.executemany("INSERT INTO notes (id, moment_id, person_id, status, due, sent_on, created, body) "
                         "VALUES (?,?,?,?,?,?,?,?)", note_rows)
    nb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    nb.conn.execute("ANALYZE")
    nb.close()
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--moments", type=int, default=50_000)
    ap.add_argument("--db", required=True)
    ap.add_argument("--today", default="2026-11-26")
    ap.add_argument("--bodies", action="store_true", help="give drafted and sent notes a text (for search)")
    args = ap.parse_args()
    counts = build(args.db, args.people, args.moments, date.fromisoformat(args.today), bodies=args.bodies)
    print(f"built {args.db}: {counts['people']} people, {counts['moments']} moments, {counts['owed']} notes open")


if __name__ == "__main__":
    main()
