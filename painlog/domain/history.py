"""The day-by-day history: every calendar day from the first entry to today, missing days included."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from painlog.domain.checkin import CheckIn


@dataclass(frozen=True)
class DayRow:
    day: date
    checkin: CheckIn | None  # None: the day is missing (never zero)
    flares: int = 0


def day_rows(checkins: Iterable[CheckIn], flares: Mapping[date, int], today: date) -> list[DayRow]:
    """Newest first; a day with flares but no check-in still appears, as missing with its flares."""
    by_day = {checkin.day: checkin for checkin in checkins}
    known = set(by_day) | set(flares)
    if not known:
        return []
    first = min(known)
    last = max(today, max(known))
    return [
        DayRow(day, by_day.get(day), flares.get(day, 0))
        for day in (last - timedelta(days=offset) for offset in range((last - first).days + 1))
    ]
