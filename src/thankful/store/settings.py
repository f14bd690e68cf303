"""Settings kept in the notebook (the signature, the mail server, ...): never passwords."""

from __future__ import annotations

import sqlite3


class Settings:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str | None) -> None:
        """Set a value; None removes the setting."""
        if value is None:
            self._conn.execute("DELETE FROM settings WHERE key = ?", (key,))
        else:
            self._conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                               " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def all(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self._conn.execute("SELECT key, value FROM settings ORDER BY key")}
