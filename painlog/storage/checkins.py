"""Reading and writing daily check-ins."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from typing import Any

from painlog.domain.checkin import CheckIn
from painlog.domain.numbers import rounded
from painlog.storage.rows import from_json_list, now_stamp, to_json_list
from painlog.storage.writes import write_transaction

_COLUMNS = (
    "date, pain_avg, pain_worst, pain_least, enjoyment, activity, mood, sleep_hours, sleep_quality, "
    "locations, qualities, note, for_doctor"
)


class CheckinRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def save(self, checkin: CheckIn) -> str:
        """Insert or replace the day's check-in, committed to disk; returns when it was saved."""
        checkin.validated(today=date.today())
        stamp = now_stamp()
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

    def get(self, day: date) -> CheckIn | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM checkins WHERE date = ?", [day.isoformat()]).fetchone()
        return _checkin(row) if row else None

    def delete(self, day: date) -> None:
        with write_transaction(self._conn) as conn:
            conn.execute("DELETE FROM checkins WHERE date = ?", [day.isoformat()])

    def between(self, start: date, end: date) -> list[CheckIn]:
        """Check-ins from `start` to `end` inclusive, oldest first."""
        return list(self._iter("WHERE date BETWEEN ? AND ? ORDER BY date", [start.isoformat(), end.isoformat()]))

    def all(self) -> list[CheckIn]:
        """Every check-in, oldest first."""
        return list(self._iter("ORDER BY date", []))

    def recorded_days(self) -> set[date]:
        return {date.fromisoformat(row[0]) for row in self._conn.execute("SELECT date FROM checkins")}

    def first_day(self) -> date | None:
        row = self._conn.execute("SELECT min(date) FROM checkins").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM checkins").fetchone()[0])

    def _iter(self, clause: str, params: list[str]) -> Iterator[CheckIn]:
        for row in self._conn.execute(f"SELECT {_COLUMNS} FROM checkins {clause}", params):
            yield _checkin(row)


def _checkin(row: tuple[Any, ...]) -> CheckIn:
    (day, pain_avg, worst, least, enjoyment, activity, mood, sleep_hours, sleep_quality,
     locations, qualities, note, for_doctor) = row  # fmt: skip
    return CheckIn(
        day=date.fromisoformat(day),
        pain_avg=pain_avg,
        pain_worst=worst,
        pain_least=least,
        enjoyment=enjoyment,
        activity=activity,
        mood=mood,
        sleep_hours=sleep_hours,
        sleep_quality=sleep_quality,
        locations=from_json_list(locations),
        qualities=from_json_list(qualities),
        note=note or "",
        for_doctor=bool(for_doctor),
    )
