"""The outbox: a note's way through the mail server, one row per note (see sql/003_outbox.sql).

States: queued → sending → sent | failed | uncertain. Every change here is made inside the caller's
transaction; `claim` and `finish` are the two steps that make a send exactly-once.
"""

from __future__ import annotations

import sqlite3

STATES = ("queued", "sending", "sent", "failed", "uncertain")


class Outbox:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def get(self, note_id: int) -> dict | None:
        row = self._conn.execute("SELECT * FROM outbox WHERE note_id = ?", (note_id,)).fetchone()
        return dict(row) if row else None

    def rows(self, states: tuple[str, ...] | None = None) -> list[dict]:
        """Outbox rows (in the given states), oldest note first."""
        if states:
            sql = f"SELECT * FROM outbox WHERE state IN ({','.join('?' * len(states))}) ORDER BY note_id"
            return [dict(r) for r in self._conn.execute(sql, states)]
        return [dict(r) for r in self._conn.execute("SELECT * FROM outbox ORDER BY note_id")]

    def queue(self, note_id: int, *, message_id: str, recipient: str, on: str) -> None:
        """Put a note in the outbox with its Message-ID; a note already there keeps its ID and state."""
        self._conn.execute(
            "INSERT INTO outbox (note_id, message_id, recipient, state, queued_on) VALUES (?, ?, ?, 'queued', ?)"
            " ON CONFLICT(note_id) DO NOTHING",
            (note_id, message_id, recipient, on),
        )

    def requeue(self, note_id: int, *, recipient: str) -> None:
        """A failed note asked for again (perhaps with a corrected address) goes back to `queued`."""
        self._conn.execute("UPDATE outbox SET state = 'queued', recipient = ?, reason = '' WHERE note_id = ? AND state = 'failed'",
                     (recipient, note_id))

    def claim(self, note_id: int, *, pid: int, start: str, host: str,
              from_states: tuple[str, ...] = ("queued",)) -> bool:
        """Mark the note `sending` by this process if it is in one of `from_states`; False if another got there first."""
        marks = ",".join("?" * len(from_states))
        cur = self._conn.execute(
            f"UPDATE outbox SET state = 'sending', stage = 'connect', attempts = attempts + 1, owner_pid = ?,"
            f" owner_start = ?, owner_host = ? WHERE note_id = ? AND state IN ({marks})",
            (pid, start, host, note_id, *from_states),
        )
        return cur.rowcount == 1

    def set_stage(self, note_id: int, stage: str) -> None:
        self._conn.execute("UPDATE outbox SET stage = ? WHERE note_id = ? AND state = 'sending'", (stage, note_id))

    def finish(self, note_id: int, state: str, *, reason: str = "", sent_on: str | None = None) -> None:
        """End an attempt: `sent`, `failed`, `uncertain`, or `queued` again (a temporary failure, tried later)."""
        if state not in STATES or state == "sending":
            raise ValueError(f"an attempt cannot end in state {state!r}")
        self._conn.execute(
            "UPDATE outbox SET state = ?, stage = '', reason = ?, sent_on = COALESCE(?, sent_on), owner_pid = NULL,"
            " owner_start = '', owner_host = '' WHERE note_id = ?",
            (state, reason, sent_on, note_id),
        )

    def durable(self) -> None:
        """Make each commit reach the disk before the next step (the outbox's promises survive a power cut too)."""
        self._conn.execute("PRAGMA synchronous = FULL")
