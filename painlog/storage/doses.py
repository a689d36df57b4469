"""The dose log: each intake of a medication, and scheduled intakes marked as skipped."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from typing import Any

from painlog.domain.clock import latest_moment
from painlog.domain.therapy import Dose
from painlog.storage import records
from painlog.storage.rows import day_range, to_local_iso
from painlog.storage.writes import write_transaction

_COLUMNS = "id, therapy_id, taken_at, amount, dose_unit, prn, skipped, skip_reason, pain_before, pain_after"


class DoseRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, dose: Dose) -> Dose:
        dose.validated(latest_moment())
        with write_transaction(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO doses ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)", _values(dose)
            )
        return dataclasses.replace(dose, id=cursor.lastrowid)

    def update(self, dose: Dose) -> None:
        """Change a logged dose, for example to add the pain felt an hour or two after it."""
        dose.validated(latest_moment())
        with write_transaction(self._conn) as conn:
            conn.execute(
                "UPDATE doses SET therapy_id = ?, taken_at = ?, amount = ?, dose_unit = ?, prn = ?, skipped = ?, "
                "skip_reason = ?, pain_before = ?, pain_after = ? WHERE id = ?",
                [*_values(dose), dose.id],
            )

    def delete(self, dose_id: int) -> None:
        """Remove one dose, logged by mistake, in a transaction of its own (a dose already gone stays gone)."""
        with write_transaction(self._conn) as conn:
            conn.execute("DELETE FROM doses WHERE id = ?", [dose_id])

    def undo_scheduled(self, therapy_id: int, day: date, *, skipped: bool) -> Dose | None:
        """Take back the latest scheduled intake of a therapy on `day` marked taken (or skipped); None if none."""
        with write_transaction(self._conn) as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM doses WHERE therapy_id = ? AND prn = 0 AND skipped = ? "
                "AND taken_at BETWEEN ? AND ? ORDER BY taken_at DESC, id DESC LIMIT 1",
                [therapy_id, int(skipped), *day_range(day, day)],
            ).fetchone()
            if row is None:
                return None
            conn.execute("DELETE FROM doses WHERE id = ?", [row[0]])
        return _dose(row)

    def between(self, start: date, end: date, therapy_id: int | None = None) -> list[Dose]:
        """Doses taken or skipped on days `start`..`end`, in time order."""
        where = "taken_at BETWEEN ? AND ?"
        params: list[object] = list(day_range(start, end))
        if therapy_id is not None:
            where += " AND therapy_id = ?"
            params.append(therapy_id)
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM doses WHERE {where} ORDER BY taken_at, id", params)
        return [_dose(row) for row in rows]

    def last_day(self) -> date | None:
        """The day of the latest dose logged (diary times are local wall-clock times)."""
        row = self._conn.execute("SELECT max(taken_at) FROM doses").fetchone()
        return date.fromisoformat(row[0][:10]) if row and row[0] else None

    def on_day(self, day: date) -> list[Dose]:
        return self.between(day, day)


def _values(dose: Dose) -> list[object]:
    return [
        dose.therapy_id, to_local_iso(dose.taken_at), dose.amount, dose.dose_unit, int(dose.prn), int(dose.skipped),
        dose.skip_reason or None, dose.pain_before, dose.pain_after,
    ]  # fmt: skip


def _dose(row: tuple[Any, ...]) -> Dose:
    return records.dose(records.named(_COLUMNS.split(", "), row))
