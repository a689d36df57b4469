"""Reading and writing daily check-ins, and the days marked "didn't record" (unrecorded_days)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from enum import Enum
from typing import Any

from painlog.domain.checkin import CheckIn
from painlog.domain.clock import latest_day
from painlog.domain.errors import ChangedElsewhereError
from painlog.domain.marks import QT_TR_NOOP
from painlog.domain.numbers import rounded
from painlog.storage import records
from painlog.storage.errors import DiaryError
from painlog.storage.rows import now_stamp, to_json_list
from painlog.storage.writes import write_transaction

_COLUMNS = (
    "date, pain_avg, pain_worst, pain_least, enjoyment, activity, mood, sleep_hours, sleep_quality, "
    "locations, qualities, note, for_doctor"
)


_NAMES = tuple(name.strip() for name in _COLUMNS.split(","))


class Unchecked(Enum):
    """Write whatever the day holds on disk (an import, a demo): no `expected` version to compare."""

    UNCHECKED = "unchecked"


UNCHECKED = Unchecked.UNCHECKED


class DayChangedElsewhereError(DiaryError, ChangedElsewhereError):
    """The day on disk is not the version the form was opened with: another window or program saved it."""

    def __init__(self, day: date, stored: CheckIn | None, saved_at: str | None) -> None:
        self.day, self.stored, self.saved_at = day, stored, saved_at
        values = {"day": day.isoformat()}
        if stored is None:
            template = QT_TR_NOOP("{day} was changed elsewhere since you opened it: its entry was deleted.")
        elif saved_at:
            template = QT_TR_NOOP(
                "{day} was changed elsewhere since you opened it: another window or program saved it at {time} on "
                "{date}."
            )
            values |= {"time": saved_at[11:16], "date": saved_at[:10]}
        else:
            template = QT_TR_NOOP(
                "{day} was changed elsewhere since you opened it: another window or program saved it."
            )
        super().__init__(template, values=values)


class CheckinRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def save(self, checkin: CheckIn, *, expected: CheckIn | None | Unchecked = UNCHECKED,
             written: datetime | None = None) -> str:  # fmt: skip
        """Insert or replace the day's check-in, committed to disk; returns when it was saved.

        With `expected` (the version the form was loaded with, None for no entry), the day is written only if
        the diary still holds that version; else DayChangedElsewhereError, and nothing is written. The
        compare and the write are one transaction, so no other writer can come between them.
        `written` stands for now (the demo's realistic entry times); a day's first write stays its created_at.
        """
        checkin.validated(latest_day())
        stamp = now_stamp() if written is None else written.astimezone().isoformat(timespec="seconds")
        values = {
            "date": checkin.day.isoformat(),
            "pain_avg": checkin.pain_avg,
            "pain_worst": checkin.pain_worst,
            "pain_least": checkin.pain_least,
            "enjoyment": checkin.enjoyment,
            "activity": checkin.activity,
            "mood": checkin.mood,
            "sleep_hours": None if checkin.sleep_hours is None else float(rounded(checkin.sleep_hours, 1)),
            "sleep_quality": checkin.sleep_quality,
            "locations": to_json_list(checkin.locations),
            "qualities": to_json_list(checkin.qualities),
            "note": checkin.note,
            "for_doctor": int(checkin.for_doctor),
            "stamp": stamp,
        }
        with write_transaction(self._conn) as conn:
            if expected is not UNCHECKED:
                self._check_unchanged(checkin.day, expected)
            conn.execute(
                f"""INSERT INTO checkins ({_COLUMNS}, created_at, updated_at)
                VALUES (:date, :pain_avg, :pain_worst, :pain_least, :enjoyment, :activity, :mood,
                        :sleep_hours, :sleep_quality, :locations, :qualities, :note, :for_doctor,
                        :stamp, :stamp)
                ON CONFLICT (date) DO UPDATE SET
                    pain_avg = excluded.pain_avg, pain_worst = excluded.pain_worst,
                    pain_least = excluded.pain_least, enjoyment = excluded.enjoyment,
                    activity = excluded.activity, mood = excluded.mood,
                    sleep_hours = excluded.sleep_hours, sleep_quality = excluded.sleep_quality,
                    locations = excluded.locations, qualities = excluded.qualities,
                    note = excluded.note, for_doctor = excluded.for_doctor,
                    updated_at = excluded.updated_at""",
                values,
            )
        return stamp

    def _check_unchanged(self, day: date, expected: CheckIn | None) -> None:
        row = self._conn.execute(f"SELECT {_COLUMNS}, updated_at FROM checkins WHERE date = ?", [day.isoformat()])
        found = row.fetchone()
        stored = _checkin(found[:-1]) if found else None
        if stored != expected:
            raise DayChangedElsewhereError(day, stored, found[-1] if found else None)

    def get(self, day: date) -> CheckIn | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM checkins WHERE date = ?", [day.isoformat()]).fetchone()
        return _checkin(row) if row else None

    def delete(self, day: date, *, expected: CheckIn | None | Unchecked = UNCHECKED) -> None:
        """Delete the day's check-in; with `expected`, only if the diary still holds that version."""
        with write_transaction(self._conn) as conn:
            if expected is not UNCHECKED:
                self._check_unchanged(day, expected)
            conn.execute("DELETE FROM checkins WHERE date = ?", [day.isoformat()])

    def between(self, start: date, end: date) -> list[CheckIn]:
        """Check-ins from `start` to `end` inclusive, oldest first."""
        return list(self._iter("WHERE date BETWEEN ? AND ? ORDER BY date", [start.isoformat(), end.isoformat()]))

    def all(self) -> list[CheckIn]:
        """Every check-in, oldest first."""
        return list(self._iter("ORDER BY date", []))

    def recorded_days(self) -> set[date]:
        return {date.fromisoformat(row[0]) for row in self._conn.execute("SELECT date FROM checkins")}

    def mark_not_recorded(self, days: Iterable[date]) -> None:
        """Mark days "didn't record", committed to disk; a day marked before keeps its first mark."""
        stamp = now_stamp()
        with write_transaction(self._conn) as conn:
            conn.executemany(
                "INSERT INTO unrecorded_days (date, marked_at) VALUES (?, ?) ON CONFLICT (date) DO NOTHING",
                [(day.isoformat(), stamp) for day in days],
            )

    def not_recorded_days(self) -> set[date]:
        """The days marked "didn't record" that have no check-in: a check-in on a marked day wins over its mark
        (the mark stays in the file, so deleting that check-in shows the day as marked again)."""
        rows = self._conn.execute("SELECT date FROM unrecorded_days WHERE date NOT IN (SELECT date FROM checkins)")
        return {date.fromisoformat(row[0]) for row in rows}

    def first_written(self) -> dict[date, date]:
        """Each day with the day its entry was first written (the patient's own date then, from created_at)."""
        found = {}
        for day, created in self._conn.execute("SELECT date, created_at FROM checkins"):
            try:
                found[date.fromisoformat(day)] = date.fromisoformat(created[:10])
            except ValueError:  # a stamp another tool wrote that is not a date: when it was written is unknown
                continue
        return found

    def last_day(self) -> date | None:
        row = self._conn.execute("SELECT max(date) FROM checkins").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def first_day(self) -> date | None:
        row = self._conn.execute("SELECT min(date) FROM checkins").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM checkins").fetchone()[0])

    def _iter(self, clause: str, params: list[str]) -> Iterator[CheckIn]:
        for row in self._conn.execute(f"SELECT {_COLUMNS} FROM checkins {clause}", params):
            yield _checkin(row)


def _checkin(row: tuple[Any, ...]) -> CheckIn:
    return records.checkin(records.named(_NAMES, row))
