"""Therapies with their regimens and procedures; one query function per question a report asks."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date, datetime
from typing import Any

from painlog.domain.clock import latest_day, latest_moment
from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP
from painlog.domain.therapy import (
    Procedure,
    Regimen,
    RegimenChange,
    Therapy,
    change_dose,
    check_no_overlap,
    regimen_changes,
    stop,
)
from painlog.storage import records
from painlog.storage.rows import iso, to_local_iso_or_none
from painlog.storage.writes import write_transaction

_THERAPY_COLUMNS = ("id", "kind", "name", "ingredient", "target", "prescriber", "notes")
_REGIMEN_COLUMNS = (
    "id", "therapy_id", "start_date", "end_date", "dose_amount", "dose_unit", "route", "times_per_day", "prn",
    "max_per_day", "sessions_per_week", "instructions", "stop_reason", "schedule", "every", "weekdays",
)  # fmt: skip
_THERAPY = ", ".join(_THERAPY_COLUMNS)
_REGIMEN = ", ".join(_REGIMEN_COLUMNS)
_PROCEDURE = "id, therapy_id, date, site, relief_percent, relief_at, notes"


class TherapyRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # ----- therapies -------------------------------------------------------------------------------

    def add(self, therapy: Therapy, first: Regimen | Procedure | None = None) -> Therapy:
        """Store a therapy with its first regimen or procedure, together or not at all."""
        therapy.validated()
        with write_transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO therapies (kind, name, ingredient, target, prescriber, notes) VALUES (?, ?, ?, ?, ?, ?)",
                _therapy_values(therapy),
            )
            new_id: int = cursor.lastrowid or 0
            stored = dataclasses.replace(therapy, id=new_id)
            if isinstance(first, Regimen):
                self.start_regimen(dataclasses.replace(first, therapy_id=new_id))
            elif isinstance(first, Procedure):
                self.add_procedure(dataclasses.replace(first, therapy_id=new_id))
        return stored

    def update(self, therapy: Therapy) -> None:
        therapy.validated()
        with write_transaction(self._conn) as conn:
            conn.execute(
                "UPDATE therapies SET kind = ?, name = ?, ingredient = ?, target = ?, prescriber = ?, notes = ? "
                "WHERE id = ?",
                [*_therapy_values(therapy), therapy.id],
            )

    def get(self, therapy_id: int) -> Therapy:
        row = self._conn.execute(f"SELECT {_THERAPY} FROM therapies WHERE id = ?", [therapy_id]).fetchone()
        if row is None:
            raise KeyError(therapy_id)
        return _therapy(row)

    def all(self) -> list[Therapy]:
        return [_therapy(row) for row in self._conn.execute(f"SELECT {_THERAPY} FROM therapies ORDER BY name")]

    def history_counts(self, therapy_id: int) -> dict[str, int]:
        """How much history hangs on a therapy, so deleting it can say what would go."""
        return {
            table: self._conn.execute(f"SELECT count(*) FROM {table} WHERE therapy_id = ?", [therapy_id]).fetchone()[0]
            for table in ("regimens", "procedures", "doses", "side_effects")
        }

    def delete(self, therapy_id: int) -> None:
        """Delete a therapy and its regimens, procedures (with their diaries), doses and trials; side effects
        stay, unlinked."""
        with write_transaction(self._conn) as conn:
            conn.execute(  # a PGIC answer about one of its regimens stays, as an answer about its time
                "UPDATE impressions SET regimen_id = NULL "
                "WHERE regimen_id IN (SELECT id FROM regimens WHERE therapy_id = ?)",
                [therapy_id],
            )
            for table in ("block_ratings", "block_diaries", "follow_ups"):  # a procedure's diaries go with it
                conn.execute(f"DELETE FROM {table} WHERE procedure_id IN "
                             "(SELECT id FROM procedures WHERE therapy_id = ?)", [therapy_id])  # fmt: skip
            conn.execute("DELETE FROM trial_days WHERE trial_id IN (SELECT id FROM trials WHERE therapy_id = ?)",
                         [therapy_id])  # fmt: skip
            for table in ("doses", "regimens", "procedures", "trials"):
                conn.execute(f"DELETE FROM {table} WHERE therapy_id = ?", [therapy_id])
            conn.execute("UPDATE side_effects SET therapy_id = NULL WHERE therapy_id = ?", [therapy_id])
            conn.execute("DELETE FROM therapies WHERE id = ?", [therapy_id])

    # ----- regimens --------------------------------------------------------------------------------

    def regimens(self, therapy_id: int | None = None) -> list[Regimen]:
        """Regimens of one therapy (or all), oldest first."""
        rows = self._conn.execute(
            f"SELECT {_REGIMEN} FROM regimens WHERE ? IS NULL OR therapy_id = ? ORDER BY start_date, id",
            [therapy_id, therapy_id],
        )
        return [_regimen(row) for row in rows]

    def start_regimen(self, regimen: Regimen) -> Regimen:
        """Add a regimen (a first start or a restart); it may not overlap another of the same therapy."""
        regimen.validated()
        check_no_overlap(regimen, self.regimens(regimen.therapy_id))
        with write_transaction(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO regimens ({_REGIMEN}) VALUES (NULL, {', '.join('?' * 15)})",
                _regimen_values(regimen),
            )
        return dataclasses.replace(regimen, id=cursor.lastrowid)

    def current(self, therapy_id: int) -> Regimen | None:
        """The open regimen of a therapy (no end date), if it is running."""
        return next((r for r in self.regimens(therapy_id) if r.end is None), None)

    def change_dose(self, therapy_id: int, new: Regimen, on: date) -> Regimen:
        """Close the current regimen the day before `on` and open `new` from `on`, in one transaction."""
        current = self.current(therapy_id)
        if current is None:
            raise ValidationError("start", QT_TR_NOOP("This therapy is not running; start it again instead."))
        closed, opened = change_dose(current, new, on)
        with write_transaction(self._conn):
            self._set_end(closed)
            return self.start_regimen(opened)

    def stop(self, therapy_id: int, on: date, reason: str | None) -> None:
        current = self.current(therapy_id)
        if current is None:
            raise ValidationError("end", QT_TR_NOOP("This therapy is not running."))
        self._set_end(stop(current, on, reason))

    def _set_end(self, regimen: Regimen) -> None:
        with write_transaction(self._conn) as conn:
            conn.execute(
                "UPDATE regimens SET end_date = ?, stop_reason = ? WHERE id = ?",
                [iso(regimen.end), regimen.stop_reason, regimen.id],
            )

    def current_regimens(self, on: date) -> list[tuple[Therapy, Regimen]]:
        """Every regimen running on `on`, with its therapy, by therapy name."""
        return self._with_therapies(
            "WHERE r.start_date <= ? AND (r.end_date IS NULL OR r.end_date >= ?)", [on.isoformat()] * 2
        )

    def regimens_between(self, start: date, end: date) -> list[tuple[Therapy, Regimen]]:
        """Regimens running on any day of `start`..`end`."""
        return self._with_therapies(
            "WHERE r.start_date <= ? AND (r.end_date IS NULL OR r.end_date >= ?)",
            [end.isoformat(), start.isoformat()],
        )

    def changes_between(self, start: date, end: date) -> list[RegimenChange]:
        """Starts, dose changes and stops in `start`..`end`."""
        return regimen_changes(self.all(), self.regimens(), start, end)

    def _with_therapies(self, where: str, params: list[str]) -> list[tuple[Therapy, Regimen]]:
        columns = ", ".join([*(f"t.{c}" for c in _THERAPY_COLUMNS), *(f"r.{c}" for c in _REGIMEN_COLUMNS)])
        rows = self._conn.execute(
            f"SELECT {columns} FROM regimens r JOIN therapies t ON t.id = r.therapy_id {where} "
            "ORDER BY t.name, r.start_date",
            params,
        )
        width = len(_THERAPY_COLUMNS)
        return [(_therapy(row[:width]), _regimen(row[width:])) for row in rows]

    # ----- procedures ------------------------------------------------------------------------------

    def add_procedure(self, procedure: Procedure) -> Procedure:
        procedure.validated(latest_day())
        with write_transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO procedures (therapy_id, date, site, relief_percent, relief_at, notes) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [procedure.therapy_id, iso(procedure.day), procedure.site, procedure.relief_percent,
                 to_local_iso_or_none(procedure.relief_at), procedure.notes],
            )  # fmt: skip
        return dataclasses.replace(procedure, id=cursor.lastrowid)

    def record_relief(self, procedure_id: int, percent: int, at: datetime) -> Procedure:
        """The relief the patient reports after a procedure, and when they judged it."""
        procedure = next(p for p in self.procedures() if p.id == procedure_id)
        updated = dataclasses.replace(procedure, relief_percent=percent, relief_at=at).validated(latest_day())
        if at > latest_moment():
            raise ValidationError("relief_at", QT_TR_NOOP("Relief cannot be recorded for a time in the future."))
        with write_transaction(self._conn) as conn:
            conn.execute(
                "UPDATE procedures SET relief_percent = ?, relief_at = ? WHERE id = ?",
                [percent, to_local_iso_or_none(at), procedure_id],
            )
        return updated

    def procedures(self, therapy_id: int | None = None) -> list[Procedure]:
        rows = self._conn.execute(
            f"SELECT {_PROCEDURE} FROM procedures WHERE ? IS NULL OR therapy_id = ? ORDER BY date, id",
            [therapy_id, therapy_id],
        )
        return [_procedure(row) for row in rows]

    def procedures_between(self, start: date, end: date) -> list[tuple[Therapy, Procedure]]:
        therapies = {t.id: t for t in self.all()}
        return [(therapies[p.therapy_id], p) for p in self.procedures() if start <= p.day <= end]


def _therapy_values(therapy: Therapy) -> list[object]:
    ingredient = therapy.ingredient.strip().lower() if therapy.ingredient else None
    return [
        therapy.kind,
        therapy.name.strip(),
        ingredient or None,
        therapy.target,
        therapy.prescriber,
        therapy.notes,
    ]


def _therapy(row: tuple[Any, ...]) -> Therapy:
    return records.therapy(records.named(_THERAPY_COLUMNS, row))


def _regimen_values(r: Regimen) -> list[object]:
    return [
        r.therapy_id, iso(r.start), iso(r.end), r.dose_amount, r.dose_unit, r.route, r.times_per_day, int(r.prn),
        r.max_per_day, r.sessions_per_week, r.instructions, r.stop_reason, r.schedule, r.every,
        json.dumps(list(r.weekdays)),
    ]  # fmt: skip


def _regimen(row: tuple[Any, ...]) -> Regimen:
    return records.regimen(records.named(_REGIMEN_COLUMNS, row))


def _procedure(row: tuple[Any, ...]) -> Procedure:
    return records.procedure(records.named(_PROCEDURE.split(", "), row))
