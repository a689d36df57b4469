"""Keeping the diary: which days were written late, and which days since the last entry have none.

Entries carry the moment they were first written (checkins.created_at), so a day written long after it is
honestly marked: paper diaries once reported 90 % compliance against 11 % actual (Stone et al., BMJ 2002).
A day the patient says they did not record is marked so (storage: unrecorded_days); it is neither recorded
nor missed, and a check-in on that day wins over the mark.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

LATE_AFTER_DAYS = 1  # written the day itself or the next day is on time; later than the next day is late
# The opening question offers at most the last two weeks' days to fill or mark: further back, few people
# remember a day well enough to rate it, and a long list reads as a reproach. An older gap is only counted.
MISSED_LOOKBACK_DAYS = 14


def is_late(day: date, written: date) -> bool:
    """Written later than the day after the day it describes."""
    return (written - day).days > LATE_AFTER_DAYS


def late_days(written: Mapping[date, date], start: date, end: date) -> list[date]:
    """The days of `start`..`end` whose entry was first written later than the next day."""
    return sorted(day for day, first in written.items() if start <= day <= end and is_late(day, first))


@dataclass(frozen=True)
class MissedDays:
    """The days without an entry between the last day recorded (or marked "didn't record") and today."""

    since: date  # the last day recorded or marked
    total: int  # how many days since then have no entry (may be more than `days` holds)
    days: tuple[date, ...]  # the ones offered to fill or mark: the last MISSED_LOOKBACK_DAYS at most, oldest first

    @property
    def more_than_offered(self) -> bool:
        return self.total > len(self.days)


def missed_days(recorded: Iterable[date], today: date, *, not_recorded: Iterable[date] = ()) -> MissedDays | None:
    """The days after the last day recorded or marked "didn't record", up to yesterday (today is not over).

    None when there are none, and for a diary without a single check-in (a new diary is asked about nothing).
    Gaps before the last entry are not asked about: they were there when the person last wrote.
    """
    recorded = set(recorded)
    if not recorded:
        return None
    since = max(recorded | set(not_recorded))
    total = (today - since).days - 1
    if total <= 0:
        return None
    first = max(since + timedelta(days=1), today - timedelta(days=MISSED_LOOKBACK_DAYS))
    return MissedDays(since, total, tuple(first + timedelta(days=n) for n in range((today - first).days)))


def missed_question(recorded: Iterable[date], today: date, *, not_recorded: Iterable[date] = (),
                    asked_on: date | None = None) -> MissedDays | None:  # fmt: skip
    """What the opening question asks about, or None: nothing missed, or already asked today (`asked_on`)."""
    if asked_on == today:
        return None
    return missed_days(recorded, today, not_recorded=not_recorded)
