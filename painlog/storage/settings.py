"""Small named settings kept in the diary itself (so they move with it): the patient's name, birth date."""

from __future__ import annotations

import sqlite3

from painlog.storage.writes import write_transaction


class SettingsRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self, key: str, default: str = "") -> str:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else default

    def set(self, key: str, value: str) -> None:
        """Store `value`; an empty value removes the setting."""
        with write_transaction(self._conn) as conn:
            if value.strip():
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, value.strip()],
                )
            else:
                conn.execute("DELETE FROM settings WHERE key = ?", [key])
