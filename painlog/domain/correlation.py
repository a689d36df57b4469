"""How sleep relates to the next day's pain: Spearman's rank correlation, described in plain words."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from math import sqrt

from painlog.domain.checkin import CheckIn
from painlog.domain.numbers import fast_mean

LEAST_PAIRS = 10


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, ties given the mean of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Spearman's ρ: Pearson's correlation of the ranks (correct with ties); None if undefined."""
    if len(xs) != len(ys) or len(xs) < 2:
        return None
    rx, ry = ranks(xs), ranks(ys)
    mx, my = fast_mean(rx), fast_mean(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    if sxx == 0 or syy == 0:
        return None
    return sxy / sqrt(sxx * syy)


@dataclass(frozen=True)
class SleepRelation:
    measure: str  # sleep_quality | sleep_hours
    pairs: tuple[tuple[float, int], ...]  # (last night's sleep, that day's pain)
    rho: float | None  # exact (rounded only where it is shown); None when it cannot be computed

    @property
    def constant(self) -> str | None:
        """Which side ("sleep" or "pain") was the same on every day, so that ρ does not exist; None if neither."""
        if len({p[0] for p in self.pairs}) == 1:
            return "sleep"
        return "pain" if len({p[1] for p in self.pairs}) == 1 else None

    @property
    def strength(self) -> str:
        """none | weak | moderate | strong; too_few under 10 days; constant when one side never varied."""
        if len(self.pairs) < LEAST_PAIRS:
            return "too_few"
        if self.rho is None:
            return "constant"
        size = abs(self.rho)
        if size < 0.1:
            return "none"
        return "weak" if size < 0.3 else "moderate" if size < 0.5 else "strong"


def sleep_and_pain(checkins: Iterable[CheckIn], measure: str = "sleep_quality") -> SleepRelation:
    """A check-in's sleep is the night before its day, so each pairs sleep with the pain that followed it."""
    pairs = tuple((float(getattr(c, measure)), c.pain_avg) for c in checkins if getattr(c, measure) is not None)
    rho = spearman([p[0] for p in pairs], [float(p[1]) for p in pairs]) if len(pairs) >= 2 else None
    return SleepRelation(measure, pairs, rho)
