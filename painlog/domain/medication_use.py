"""How a medication is actually taken: adherence to the schedule and use of as-needed doses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean

from painlog.domain.therapy import Dose, Regimen


@dataclass(frozen=True)
class Adherence:
    due: int  # scheduled intakes due in the period
    taken: int
    skipped: int

    @property
    def ratio(self) -> float | None:
        """Taken / due; None when nothing was due (never a made-up 100 %)."""
        return self.taken / self.due if self.due else None


def adherence(regimens: Iterable[Regimen], doses: Iterable[Dose], start: date, end: date) -> Adherence:
    """Scheduled intakes taken / scheduled intakes due over `start`..`end`, for one medication.

    Each day counts at most the intakes due that day, so an extra dose never hides a missed one.
    """
    due_by_day: dict[date, int] = {}
    for regimen in regimens:
        day = max(start, regimen.start)
        last = min(end, regimen.end or end)
        while day <= last:
            due_by_day[day] = due_by_day.get(day, 0) + regimen.scheduled_per_day
            day += timedelta(days=1)
    taken = Counter(d.day for d in doses if not d.prn and not d.skipped)
    skipped = Counter(d.day for d in doses if not d.prn and d.skipped)
    return Adherence(
        due=sum(due_by_day.values()),
        taken=sum(min(taken[day], due) for day, due in due_by_day.items()),
        skipped=sum(min(skipped[day], due) for day, due in due_by_day.items()),
    )


@dataclass(frozen=True)
class AsNeededUse:
    doses: int
    per_week: float
    mean_pain_before: float | None
    mean_pain_after: float | None
    mean_drop: float | None  # over doses with both ratings: before − after (positive = relief)
    rated_pairs: int


def as_needed_use(doses: Iterable[Dose], start: date, end: date) -> AsNeededUse:
    """As-needed doses of one medication taken in `start`..`end`, and the pain around them."""
    taken = [d for d in doses if d.prn and not d.skipped and start <= d.day <= end]
    weeks = ((end - start).days + 1) / 7
    before = [d.pain_before for d in taken if d.pain_before is not None]
    after = [d.pain_after for d in taken if d.pain_after is not None]
    drops = [d.pain_before - d.pain_after for d in taken if d.pain_before is not None and d.pain_after is not None]

    def average(values: list[int]) -> float | None:
        return round(mean(values), 1) if values else None

    return AsNeededUse(
        doses=len(taken),
        per_week=round(len(taken) / weeks, 1),
        mean_pain_before=average(before),
        mean_pain_after=average(after),
        mean_drop=average(drops),
        rated_pairs=len(drops),
    )
