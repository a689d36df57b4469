"""The day-by-day history: every calendar day from the first entry to today, missing days included."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from painlog.domain.checkin import CheckIn
from painlog.domain.keeping import is_late


@dataclass(frozen=True)
class DayRow:
    day: date
    checkin: CheckIn | None  # None: the day is missing (never zero)
    flares: int = 0
    written: date | None = None  # when the day's entry was first written, where known
    not_recorded: bool = False  # no entry, and the patient marked it "didn't record" (never set with a check-in)

    @property
    def late(self) -> bool:
        """Written later than the next day (keeping.is_late): shown as such, honestly."""
        return self.written is not None and is_late(self.day, self.written)


def day_rows(checkins: Iterable[CheckIn], flares: Mapping[date, int], today: date,
             written: Mapping[date, date] | None = None,
             not_recorded: Iterable[date] = ()) -> list[DayRow]:  # fmt: skip
    """Newest first; a day with flares but no check-in still appears, as missing with its flares. `written`: the
    day each entry was first written (checkins.first_written); `not_recorded`: the days marked "didn't record"
    (a check-in on such a day wins)."""
    written = written or {}
    marked = set(not_recorded)
    by_day = {checkin.day: checkin for checkin in checkins}
    known = set(by_day) | set(flares)
    if not known:
        return []
    first = min(known)
    last = max(today, max(known))
    return [
        DayRow(
            day,
            by_day.get(day),
            flares.get(day, 0),
            written.get(day) if day in by_day else None,
            day in marked and day not in by_day,
        )  # fmt: skip
        for day in (last - timedelta(days=offset) for offset in range((last - first).days + 1))
    ]
