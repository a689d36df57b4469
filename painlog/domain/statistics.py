"""Descriptive statistics of a period of the diary: what the visit summary's first lines report.

Every figure is exact (painlog.domain.numbers); the document rounds it once, when it prints it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from painlog.domain.checkin import CheckIn
from painlog.domain.numbers import mean

HIGH_PAIN = 7  # "% of days at 7 or more": severe pain on the NRS


@dataclass(frozen=True)
class PeriodStats:
    start: date
    end: date
    recorded: int  # days with a check-in; every mean below is over these days only
    pain_mean: Fraction | None = None
    worst_mean: Fraction | None = None  # of the days that recorded their worst pain
    least_mean: Fraction | None = None
    high_days_percent: Fraction | None = None  # days with average pain ≥ 7, of the recorded days
    best_day: tuple[date, int] | None = None  # lowest average pain (the most recent if tied)
    worst_day: tuple[date, int] | None = None
    peg_mean: Fraction | None = None
    mood_mean: Fraction | None = None
    sleep_hours_mean: Fraction | None = None
    sleep_quality_mean: Fraction | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def period_stats(checkins: Iterable[CheckIn], start: date, end: date) -> PeriodStats:
    days = [c for c in checkins if start <= c.day <= end]
    if not days:
        return PeriodStats(start, end, 0)
    pains = [c.pain_avg for c in days]
    best = min(days, key=lambda c: (c.pain_avg, -c.day.toordinal()))
    worst = max(days, key=lambda c: (c.pain_avg, c.day.toordinal()))
    return PeriodStats(
        start=start,
        end=end,
        recorded=len(days),
        pain_mean=mean(pains),
        worst_mean=mean(c.pain_worst for c in days if c.pain_worst is not None),
        least_mean=mean(c.pain_least for c in days if c.pain_least is not None),
        high_days_percent=Fraction(100 * sum(p >= HIGH_PAIN for p in pains), len(pains)),
        best_day=(best.day, best.pain_avg),
        worst_day=(worst.day, worst.pain_avg),
        peg_mean=mean(c.exact_peg for c in days),
        mood_mean=mean(c.mood for c in days),
        sleep_hours_mean=mean(c.sleep_hours for c in days if c.sleep_hours is not None),
        sleep_quality_mean=mean(c.sleep_quality for c in days if c.sleep_quality is not None),
    )
