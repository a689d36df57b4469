"""How a medication is actually taken: adherence to the schedule and use of as-needed doses.

clinical.md, "Schedules, adherence and as-needed use": adherence is measured only on days with a dose log
for the medicine (no log is "not kept", never 0 %); as-needed use is counted over the days the as-needed
regimen ran. A day with more as-needed doses than the regimen's most a day is said (on Today and in the
summary), as information, never blocked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from painlog.domain.numbers import mean
from painlog.domain.schedule import active_days, days_between, due_on
from painlog.domain.therapy import Dose, Regimen


@dataclass(frozen=True)
class Adherence:
    due_days: int  # days of the period with a dose due
    logged_days: int  # of those, days with any dose entry (taken or skipped) for this medicine
    expected: int  # doses due on the logged days
    taken: int  # of those, taken (at most the doses due each day, so an extra dose never hides a missed one)
    skipped: int  # of those, marked skipped: expected and not taken

    @property
    def log_kept(self) -> bool:
        return self.logged_days > 0

    @property
    def ratio(self) -> Fraction | None:
        """Taken / expected over the logged days, exact; None with no log (never a made-up 0 % or 100 %)."""
        return Fraction(self.taken, self.expected) if self.expected else None


def adherence(regimens: Iterable[Regimen], doses: Iterable[Dose], start: date, end: date) -> Adherence:
    """Scheduled doses of one medication taken / due over the days of `start`..`end` that have a dose log."""
    due: Counter[date] = Counter()
    for regimen in regimens:
        for day in days_between(max(start, regimen.start), min(end, regimen.end or end)):
            due[day] += due_on(regimen, day)
    own = [d for d in doses if start <= d.day <= end]
    logged = {d.day for d in own} & {day for day, n in due.items() if n}
    taken = Counter(d.day for d in own if not d.prn and not d.skipped)
    skipped = Counter(d.day for d in own if not d.prn and d.skipped)
    return Adherence(
        due_days=sum(1 for n in due.values() if n),
        logged_days=len(logged),
        expected=sum(due[day] for day in logged),
        taken=sum(min(taken[day], due[day]) for day in logged),
        skipped=sum(min(skipped[day], due[day] - min(taken[day], due[day])) for day in logged),
    )


@dataclass(frozen=True)
class AsNeededUse:
    doses: int
    active_days: int  # days the as-needed regimen ran in the period
    mean_pain_before: Fraction | None  # exact, over the doses rated both before and after
    mean_pain_after: Fraction | None
    rated_pairs: int

    @property
    def mean_drop(self) -> Fraction | None:
        """Mean fall in pain over the doses rated both times (positive = relief)."""
        if self.mean_pain_before is None or self.mean_pain_after is None:
            return None
        return self.mean_pain_before - self.mean_pain_after

    @property
    def per_week(self) -> Fraction | None:
        """Doses ÷ (days the as-needed regimen ran ÷ 7), exact."""
        return Fraction(self.doses * 7, self.active_days) if self.active_days else None


def as_needed_use(regimens: Iterable[Regimen], doses: Iterable[Dose], start: date, end: date) -> AsNeededUse:
    """As-needed doses of one medication in `start`..`end` on days its as-needed regimen ran, and the pain
    before and after those rated both times (so both means come from the same doses)."""
    running = active_days((r for r in regimens if r.prn), start, end)
    taken = [d for d in doses if d.prn and not d.skipped and d.day in running]
    pairs = [(d.pain_before, d.pain_after) for d in taken if d.pain_before is not None and d.pain_after is not None]
    return AsNeededUse(
        doses=len(taken),
        active_days=len(running),
        mean_pain_before=mean(b for b, _ in pairs),
        mean_pain_after=mean(a for _, a in pairs),
        rated_pairs=len(pairs),
    )


@dataclass(frozen=True)
class OverMaximum:
    """A day on which an as-needed medicine was taken more often than its regimen that day allows."""

    day: date
    doses: int
    max_per_day: int


def over_maximum(regimens: Iterable[Regimen], doses: Iterable[Dose], start: date, end: date) -> list[OverMaximum]:
    """Days of `start`..`end` on which the as-needed doses of one medication outnumber the max_per_day of its
    as-needed regimen running that day, in date order. A day with no such regimen, or one without a
    maximum, is never over."""
    limits = [r for r in regimens if r.prn and r.max_per_day is not None]
    per_day = Counter(d.day for d in doses if d.prn and not d.skipped and start <= d.day <= end)
    found = []
    for day, taken in sorted(per_day.items()):
        limit = next((r.max_per_day for r in limits if r.active_on(day)), None)
        if limit is not None and taken > limit:
            found.append(OverMaximum(day, taken, limit))
    return found


def over_maximum_on(regimens: Iterable[Regimen], doses: Iterable[Dose], day: date) -> OverMaximum | None:
    """Whether the as-needed doses of one medication on `day` go over what its regimen that day allows."""
    found = over_maximum(regimens, doses, day, day)
    return found[0] if found else None
