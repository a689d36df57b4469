"""Reading and writing pain episodes (flares)."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from typing import Any

from painlog.domain.clock import latest_moment
from painlog.domain.episode import Episode
from painlog.storage import records
from painlog.storage.rows import day_range, to_json_list, to_local_iso
from painlog.storage.writes import write_transaction

_COLUMNS = "id, at, intensity, locations, qualities, trigger, helped, note"


class EpisodeRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, episode: Episode) -> Episode:
        """Store a new episode, committed; returns it with its id."""
        episode.validated(latest_moment())
        with write_transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO episodes (at, intensity, locations, qualities, trigger, helped, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                _values(episode),
            )
        return dataclasses.replace(episode, id=cursor.lastrowid)

    def update(self, episode: Episode) -> None:
        if episode.id is None:
            raise ValueError("update() needs an episode that was stored before")
        episode.validated(latest_moment())
        with write_transaction(self._conn) as conn:
            conn.execute(
                "UPDATE episodes SET at = ?, intensity = ?, locations = ?, qualities = ?, trigger = ?, "
                "helped = ?, note = ? WHERE id = ?",
                [*_values(episode), episode.id],
            )

    def delete(self, episode_id: int) -> None:
        with write_transaction(self._conn) as conn:
            conn.execute("DELETE FROM episodes WHERE id = ?", [episode_id])

    def between(self, start: date, end: date) -> list[Episode]:
        """Episodes on days `start`..`end` inclusive, in time order."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM episodes WHERE at BETWEEN ? AND ? ORDER BY at", day_range(start, end)
        )
        return [_episode(row) for row in rows]

    def last_day(self) -> date | None:
        """The day of the latest flare logged."""
        row = self._conn.execute("SELECT max(at) FROM episodes").fetchone()
        return date.fromisoformat(row[0][:10]) if row and row[0] else None

    def on_day(self, day: date) -> list[Episode]:
        return self.between(day, day)

    def count_by_day(self) -> dict[date, int]:
        rows = self._conn.execute("SELECT substr(at, 1, 10), count(*) FROM episodes GROUP BY 1")
        return {date.fromisoformat(day): count for day, count in rows}


def _values(episode: Episode) -> list[object]:
    return [
        to_local_iso(episode.at),
        episode.intensity,
        to_json_list(episode.locations),
        to_json_list(episode.qualities),
        episode.trigger,
        episode.helped,
        episode.note,
    ]


def _episode(row: tuple[Any, ...]) -> Episode:
    return records.episode(records.named(_COLUMNS.split(", "), row))
