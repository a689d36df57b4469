"""Small conversions between domain values and the diary file's column formats."""

from __future__ import annotations

import json
from datetime import date, datetime


def to_json_list(codes: tuple[str, ...]) -> str:
    return json.dumps(list(codes))


def from_json_list(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def to_local_iso(moment: datetime) -> str:
    """Diary times are local wall-clock time to the second, ISO 8601 without a zone."""
    return moment.replace(microsecond=0, tzinfo=None).isoformat()


def day_range(start: date, end: date) -> tuple[str, str]:
    """Bounds for `at BETWEEN ? AND ?` covering whole days `start`..`end`."""
    return start.isoformat(), end.isoformat() + "T99"


def now_stamp() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def to_day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def to_moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def to_local_iso_or_none(moment: datetime | None) -> str | None:
    return None if moment is None else to_local_iso(moment)
