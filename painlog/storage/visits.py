"""Visits (with the questions for them) and the patient's functional goals."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Sequence

from painlog.domain.visits import Goal, Visit
from painlog.storage import records
from painlog.storage.rows import iso
from painlog.storage.writes import write_transaction


def _save_row(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], values: Sequence[object],
              row_id: int | None) -> int:  # fmt: skip
    """Insert a row (returning its new id) or update the stored one, in one committed transaction."""
    with write_transaction(conn):
        if row_id is None:
            cursor = conn.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values
            )
            return cursor.lastrowid or 0
        conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?", [*values, row_id])
        return row_id


class VisitRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def save(self, visit: Visit) -> Visit:
        """Insert a new visit or update a stored one; questions are kept one per line."""
        visit.validated()
        values = [visit.day.isoformat(), visit.clinician.strip(), "\n".join(visit.questions), visit.outcome]
        row_id = _save_row(self._conn, "visits", ("date", "clinician", "questions", "outcome"), values, visit.id)
        return dataclasses.replace(visit, id=row_id)

    def delete(self, visit_id: int) -> None:
        """Delete a visit; a PGIC answer given at it stays, as an answer about the time since its `since` day."""
        with write_transaction(self._conn) as conn:
            conn.execute("UPDATE impressions SET visit_id = NULL WHERE visit_id = ?", [visit_id])
            conn.execute("DELETE FROM visits WHERE id = ?", [visit_id])

    def all(self) -> list[Visit]:
        """Every visit, oldest first."""
        names = ("id", "date", "clinician", "questions", "outcome")
        rows = self._conn.execute(f"SELECT {', '.join(names)} FROM visits ORDER BY date, id")
        return [records.visit(records.named(names, row)) for row in rows]


class GoalRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def save(self, goal: Goal) -> Goal:
        goal.validated()
        values = [goal.text.strip(), goal.start.isoformat(), goal.status, iso(goal.achieved)]
        row_id = _save_row(self._conn, "goals", ("text", "start_date", "status", "achieved_date"), values, goal.id)
        return dataclasses.replace(goal, id=row_id)

    def delete(self, goal_id: int) -> None:
        with write_transaction(self._conn) as conn:
            conn.execute("DELETE FROM goals WHERE id = ?", [goal_id])

    def all(self) -> list[Goal]:
        names = ("id", "text", "start_date", "status", "achieved_date")
        rows = self._conn.execute(f"SELECT {', '.join(names)} FROM goals ORDER BY start_date, id")
        return [records.goal(records.named(names, row)) for row in rows]
