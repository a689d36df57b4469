"""When a regimen's doses are due: the one place that reads a schedule (clinical.md, "Schedules").

Every N hours, every N days and monthly count from the regimen's start date (its first dose is due that
day; every N hours from its midnight); monthly falls on the start date's day of the month, or the month's
last day when it is shorter. An as-needed regimen has no dose due on any day.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from painlog.domain.therapy import Regimen
from painlog.domain.vocabulary import WEEKDAYS

_DAYS_A_YEAR = 365.25


def days_between(start: date, end: date) -> Iterator[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def active_days(regimens: Iterable[Regimen], start: date, end: date) -> set[date]:
    """Days of `start`..`end` on which any of `regimens` runs."""
    days: set[date] = set()
    for regimen in regimens:
        days.update(days_between(max(start, regimen.start), min(end, regimen.end or end)))
    return days


def due_on(regimen: Regimen, day: date) -> int:
    """How many doses of `regimen` are due on `day` (0 when it does not run that day)."""
    if not regimen.active_on(day):
        return 0
    since = (day - regimen.start).days
    kind, every = regimen.schedule, regimen.every or 0
    if kind == "times_a_day":
        return regimen.times_per_day or 0
    if kind == "every_hours" and every:
        # doses at k × N hours after the start's midnight that fall within this day
        return -(-(since + 1) * 24 // every) - -(-since * 24 // every)
    if kind == "every_days" and every:
        return 1 if since % every == 0 else 0
    if kind == "weekly":
        return 1 if WEEKDAYS[day.weekday()] in regimen.weekdays else 0
    if kind == "monthly":
        last = calendar.monthrange(day.year, day.month)[1]
        return 1 if day.day == min(regimen.start.day, last) else 0
    return 0


def doses_a_day(regimen: Regimen) -> float | None:
    """Doses a day on average, for a prescribed daily amount; as needed: the most allowed a day."""
    kind, every = regimen.schedule, regimen.every
    if kind == "times_a_day":
        return regimen.times_per_day or None
    if kind == "as_needed":
        return regimen.max_per_day
    if kind == "every_hours" and every:
        return 24 / every
    if kind == "every_days" and every:
        return 1 / every
    if kind == "weekly" and regimen.weekdays:
        return len(regimen.weekdays) / 7
    if kind == "monthly":
        return 12 / _DAYS_A_YEAR
    return None


def has_doses_due(regimen: Regimen) -> bool:
    """True for a schedule with doses due (every kind but as needed and none)."""
    return regimen.schedule not in (None, "as_needed")
