"""Keeping the diary: which days were written late, and which recent days have no entry.

Entries carry the moment they were first written (checkins.created_at), so a day written long after it is
honestly marked: paper diaries once reported 90 % compliance against 11 % actual (Stone et al., BMJ 2002).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

LATE_AFTER_DAYS = 1  # written the day itself or the next day is on time; later than the next day is late
MISSED_LOOKBACK_DAYS = 7  # the opening question covers at most the last week


def is_late(day: date, written: date) -> bool:
    """Written later than the day after the day it describes."""
    return (written - day).days > LATE_AFTER_DAYS


def late_days(written: Mapping[date, date], start: date, end: date) -> list[date]:
    """The days of `start`..`end` whose entry was first written later than the next day."""
    return sorted(day for day, first in written.items() if start <= day <= end and is_late(day, first))


def missed_days(recorded: Iterable[date], today: date, *, not_recorded: Iterable[date] = (),
                first_day: date | None = None) -> list[date]:  # fmt: skip
    """Days of the last week before today with no entry and not marked "didn't record", oldest first.

    Only days since the diary began (`first_day`) count, so a new diary asks about nothing before it; today is
    left out (the day is not over).
    """
    have = set(recorded) | set(not_recorded)
    start = today - timedelta(days=MISSED_LOOKBACK_DAYS)
    if first_day is not None:
        start = max(start, first_day)
    return [d for d in (start + timedelta(days=n) for n in range((today - start).days)) if d not in have]
