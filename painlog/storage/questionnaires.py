"""The mood and anxiety screens and the PGIC answers (tables questionnaires and impressions)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date

from painlog.domain.impressions import Impression
from painlog.domain.screens import Screen
from painlog.storage.rows import to_day
from painlog.storage.writes import write_transaction


class ScreenRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, screen: Screen) -> Screen:
        """Store a completed screen (its total with it, for tools that read the file) in one commit."""
        screen.validated()
        with write_transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO questionnaires (date, instrument, answers, total, difficulty) VALUES (?, ?, ?, ?, ?)",
                [screen.day.isoformat(), screen.instrument, json.dumps(list(screen.answers)), screen.total,
                 screen.difficulty],
            )  # fmt: skip
        return dataclasses.replace(screen, id=cursor.lastrowid)

    def delete(self, screen_id: int) -> None:
        with write_transaction(self._conn) as conn:
            conn.execute("DELETE FROM questionnaires WHERE id = ?", [screen_id])

    def all(self) -> list[Screen]:
        """Every screen, oldest first."""
        rows = self._conn.execute(
            "SELECT id, date, instrument, answers, difficulty FROM questionnaires ORDER BY date, id"
        )
        return [
            Screen(date.fromisoformat(day), instrument, tuple(json.loads(answers)), difficulty, screen_id)
            for screen_id, day, instrument, answers, difficulty in rows
        ]

    def last_day(self) -> date | None:
        """The day of the latest screen of any kind (when the next ones fall due)."""
        return to_day(self._conn.execute("SELECT max(date) FROM questionnaires").fetchone()[0])


class ImpressionRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, impression: Impression) -> Impression:
        impression.validated()
        with write_transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO impressions (date, answer, since_date, visit_id, regimen_id) VALUES (?, ?, ?, ?, ?)",
                [impression.day.isoformat(), impression.answer, impression.since.isoformat(), impression.visit_id,
                 impression.regimen_id],
            )  # fmt: skip
        return dataclasses.replace(impression, id=cursor.lastrowid)

    def delete(self, impression_id: int) -> None:
        with write_transaction(self._conn) as conn:
            conn.execute("DELETE FROM impressions WHERE id = ?", [impression_id])

    def all(self) -> list[Impression]:
        """Every PGIC answer, oldest first."""
        rows = self._conn.execute(
            "SELECT id, date, answer, since_date, visit_id, regimen_id FROM impressions ORDER BY date, id"
        )
        return [
            Impression(date.fromisoformat(day), answer, date.fromisoformat(since), visit_id, regimen_id, row_id)
            for row_id, day, answer, since, visit_id, regimen_id in rows
        ]
