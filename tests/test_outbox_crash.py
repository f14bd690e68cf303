"""A batch of 40 notes, its sender killed with SIGKILL at random moments, then finished: no note arrives twice,
and every note ends `sent` or `uncertain`."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from collections import Counter

from conftest import THANKFUL
from deliver_fixtures import Recorder, Server, drafted

NOTES = 40
KILLS = 6


def _env(port: int) -> dict:
    return {**os.environ, "THANKFUL_SMTP_HOST": "127.0.0.1", "THANKFUL_SMTP_PORT": str(port),
            "THANKFUL_SMTP_SECURITY": "none", "THANKFUL_FROM": "Sam Lee <sam@example.org>",
            "THANKFUL_SMTP_BACKOFF": "0.01"}


def _start(port: int) -> subprocess.Popen:
    return subprocess.Popen([THANKFUL, "send", "--all", "--yes", "--json"], env=_env(port),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill_after(child: subprocess.Popen, server: Server, more: int, pause: float) -> bool:
    """Kill the child once the server has `more` further messages (plus a short pause); False if it ended first."""
    target = len(server.handler.messages) + more
    deadline = time.monotonic() + 60
    while len(server.handler.messages) < target and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.0005)
    time.sleep(pause)
    if child.poll() is not None:
        return False
    child.send_signal(signal.SIGKILL)
    child.wait()
    return True


def test_killed_senders_never_deliver_a_note_twice(nb):
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    ids = [drafted(nb, f"Guest {i:02d}", f"guest{i:02d}@example.org") for i in range(NOTES)]
    with Server(Recorder(delay=0.003)) as server:
        kills, progress = 0, []
        for _ in range(KILLS):
            child = _start(server.port)
            if _kill_after(child, server, rng.randint(1, 6), rng.uniform(0, 0.004)):
                kills += 1
                progress.append(len(server.handler.messages))
            else:
                break
        finisher = subprocess.run([THANKFUL, "send", "--all", "--yes"], env=_env(server.port),
                                  capture_output=True, text=True, timeout=120)
        received = Counter(server.handler.message_ids())

    where = f"(seed {seed}; kills after {progress} messages; finisher: {finisher.stdout[-300:]}{finisher.stderr})"
    assert kills >= 3 and 0 < progress[0] < NOTES, where
    assert finisher.returncode == 0 and "Traceback" not in finisher.stderr, where
    twice = [mid for mid, n in received.items() if n > 1]
    assert twice == [], f"delivered more than once: {twice} {where}"
    rows = {r["note_id"]: r for r in nb.outbox.rows()}
    assert sorted(rows) == ids, where
    states = Counter(r["state"] for r in rows.values())
    assert set(states) <= {"sent", "uncertain"}, f"{states} {where}"
    for note_id, row in rows.items():
        note = nb.notes.get(note_id)
        assert note.message_id == row["message_id"]
        if row["state"] == "sent":
            assert received[row["message_id"]] == 1 and note.status == "sent", where
        else:  # uncertain: it may or may not have arrived, and it is not sent again without --force
            assert received[row["message_id"]] <= 1 and note.status == "drafted", where
    assert len(received) == sum(1 for r in rows.values() if received[r["message_id"]]), where
