"""Small conversions between domain values and the diary file's column formats."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from itertools import accumulate


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


_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def nesting_depth(text: str) -> int:
    """How deep the JSON text's lists and objects nest (brackets inside strings do not count).

    Found before parsing: the parser recurses once per level and would fail deep down with a Python error.
    """
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)
