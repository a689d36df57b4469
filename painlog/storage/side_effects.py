"""Side effects the patient noticed, linked to a therapy when they think one caused it."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from typing import Any

from painlog.domain.clock import latest_day
from painlog.domain.therapy import SideEffect
from painlog.storage import records
from painlog.storage.writes import write_transaction

_COLUMNS = "id, date, therapy_id, description, severity"


class SideEffectRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, effect: SideEffect) -> SideEffect:
        effect.validated(latest_day())
        with write_transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO side_effects (date, therapy_id, description, severity) VALUES (?, ?, ?, ?)",
                [effect.day.isoformat(), effect.therapy_id, effect.description.strip(), effect.severity],
            )
        return dataclasses.replace(effect, id=cursor.lastrowid)

    def delete(self, effect_id: int) -> None:
        with write_transaction(self._conn) as conn:
            conn.execute("DELETE FROM side_effects WHERE id = ?", [effect_id])

    def between(self, start: date, end: date) -> list[SideEffect]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM side_effects WHERE date BETWEEN ? AND ? ORDER BY date, id",
            [start.isoformat(), end.isoformat()],
        )
        return [_effect(row) for row in rows]

    def all(self) -> list[SideEffect]:
        return self.between(date.min, date.max)


def _effect(row: tuple[Any, ...]) -> SideEffect:
    return records.side_effect(records.named(_COLUMNS.split(", "), row))
