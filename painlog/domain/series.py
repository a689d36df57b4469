"""Daily series from check-ins, the 7-day rolling mean, and weekly aggregation for long ranges.

A missing day is missing: it never counts as zero, and a rolling mean needs enough recorded days.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from painlog.domain.checkin import CheckIn
from painlog.domain.numbers import fast_mean, mean

ROLLING_DAYS = 7
ROLLING_MIN_DAYS = 4  # a 7-day mean needs at least 4 recorded days in its window


@dataclass(frozen=True)
class Series:
    """Values by day over `start`..`end`; days without a value are simply absent."""

    start: date
    end: date
    values: dict[date, float]

    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    def mean(self) -> float | None:
        exact = mean(self.values.values())
        return None if exact is None else float(exact)


def daily(checkins: Iterable[CheckIn], start: date, end: date, value: Callable[[CheckIn], float | None]) -> Series:
    picked = {}
    for checkin in checkins:
        if start <= checkin.day <= end and (v := value(checkin)) is not None:
            picked[checkin.day] = float(v)
    return Series(start, end, picked)


def rolling_mean(series: Series, window: int = ROLLING_DAYS, least: int = ROLLING_MIN_DAYS) -> Series:
    """The trailing `window`-day mean on each day that has at least `least` recorded days in its window."""
    result = {}
    for day in series.days():
        inside = [series.values[d] for d in (day - timedelta(days=k) for k in range(window)) if d in series.values]
        if len(inside) >= least:
            result[day] = fast_mean(inside)
    return Series(series.start, series.end, result)


def blocks(series: Series, size: int = 7, combine: Callable[[list[float]], float] = fast_mean) -> Series:
    """One value per block of `size` days (dated at its middle day): long ranges at screen resolution.

    One pass over the recorded days, not a look-up of every day of every block (ten years: under 1 ms)."""
    inside: dict[int, list[float]] = {}
    last = (series.end - series.start).days // size
    for day, value in series.values.items():
        block = (day - series.start).days // size
        if 0 <= block <= last:
            inside.setdefault(block, []).append(value)
    middle = timedelta(days=size // 2)
    return Series(series.start, series.end, {
        series.start + timedelta(days=block * size) + middle: combine(values)
        for block, values in sorted(inside.items())
    })  # fmt: skip


def block_days(days: int) -> int:
    """Days per drawn point: daily up to ~13 months, weekly up to 3 years, then 4-weekly."""
    return 1 if days <= 400 else 7 if days <= 3 * 366 else 28
