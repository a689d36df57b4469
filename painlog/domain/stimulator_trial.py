"""A spinal cord stimulator trial: a few days (usually 3–10) of usual activity with a trial stimulator, judged
against the 7 days before it by % relief, function (PEG), activity, and analgesic use (clinical.md).

The diary gives the numbers; whether a trial "succeeded" is the clinic's call, never said here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from painlog.domain.checkin import CheckIn
from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP
from painlog.domain.medication_use import as_needed_use
from painlog.domain.mme import TakenMme, is_opioid, taken_mme
from painlog.domain.numbers import mean
from painlog.domain.text import check_text
from painlog.domain.therapy import Dose, Regimen, Therapy

BASELINE_DAYS = 7  # the week before the trial
LONGEST_DAYS = 30  # a trial longer than this is not a trial
RELIEF_LINE = 50  # % relief: the common threshold, shown as a count of days, not a verdict


@dataclass(frozen=True)
class Trial:
    therapy_id: int
    start: date
    end: date
    id: int | None = None

    def validated(self) -> Trial:
        if self.end < self.start:
            raise ValidationError("end", QT_TR_NOOP("The trial ends on or after the day it starts."))
        if (self.end - self.start).days + 1 > LONGEST_DAYS:
            raise ValidationError(
                "end", QT_TR_NOOP("A trial lasts at most {longest_days} days."), longest_days=LONGEST_DAYS
            )
        return self

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def baseline(self) -> tuple[date, date]:
        return self.start - timedelta(days=BASELINE_DAYS), self.start - timedelta(days=1)


@dataclass(frozen=True)
class TrialDay:
    trial_id: int
    day: date
    relief_percent: int | None = None  # the patient's % relief that day, 0–100
    activities: str = ""  # what they did, in their words
    walked_minutes: int | None = None
    id: int | None = None

    def validated(self, trial: Trial) -> TrialDay:
        if not trial.start <= self.day <= trial.end:
            raise ValidationError("day", QT_TR_NOOP("A trial day is a day of the trial."))
        if self.relief_percent is not None and not (
            isinstance(self.relief_percent, int) and 0 <= self.relief_percent <= 100
        ):
            raise ValidationError("relief_percent", QT_TR_NOOP("Relief must be a whole percentage from 0 to 100."))
        if self.walked_minutes is not None and not (
            isinstance(self.walked_minutes, int) and 0 <= self.walked_minutes <= 24 * 60
        ):
            raise ValidationError("walked_minutes", QT_TR_NOOP("Minutes walked are a whole number from 0 to 1440."))
        check_text({"activities": self.activities})
        return self


@dataclass(frozen=True)
class Measures:
    """One window's figures: exact means over the days that recorded each."""

    recorded: int  # days with a check-in
    pain: Fraction | None
    peg: Fraction | None
    activity: Fraction | None  # interference with general activity (PEG's G item), 0–10: function, day to day
    as_needed_per_day: Fraction | None  # as-needed doses ÷ days in the window (None: no as-needed medicine)
    mme: TakenMme | None  # None: no opioid in the diary


@dataclass(frozen=True)
class TrialResult:
    trial: Trial
    baseline: Measures
    during: Measures
    relief_mean: Fraction | None  # of the trial days with a relief given
    relief_days: int  # trial days with a relief given
    days_at_line: int  # of those, days with relief ≥ 50 %
    walked_mean: Fraction | None  # minutes, of the days that gave them


def trial_result(trial: Trial, days: Sequence[TrialDay], checkins: Iterable[CheckIn], therapies: Sequence[Therapy],
                 regimens: Sequence[Regimen], doses: Sequence[Dose]) -> TrialResult:  # fmt: skip
    """The trial's days against the week before it."""
    recorded = list(checkins)
    own = [d for d in days if trial.start <= d.day <= trial.end]
    given = [d.relief_percent for d in own if d.relief_percent is not None]
    walked = [d.walked_minutes for d in own if d.walked_minutes is not None]
    return TrialResult(
        trial,
        _measures(*trial.baseline(), recorded, therapies, regimens, doses),
        _measures(trial.start, trial.end, recorded, therapies, regimens, doses),
        mean(given),
        len(given),
        sum(1 for r in given if r >= RELIEF_LINE),
        mean(walked),
    )


def _measures(start: date, end: date, checkins: list[CheckIn], therapies: Sequence[Therapy],
              regimens: Sequence[Regimen], doses: Sequence[Dose]) -> Measures:  # fmt: skip
    inside = [c for c in checkins if start <= c.day <= end]
    window = (end - start).days + 1
    prn = [r for r in regimens if r.prn]
    taken = sum(
        as_needed_use([r for r in prn if r.therapy_id == t.id], [d for d in doses if d.therapy_id == t.id], start,
                      end).doses
        for t in therapies
        if any(r.therapy_id == t.id for r in prn)
    )  # fmt: skip
    opioids = [t for t in therapies if is_opioid(t.ingredient)]
    mme = taken_mme(opioids, regimens, doses, start, end) if opioids else None
    return Measures(
        len(inside),
        mean(c.pain_avg for c in inside),
        mean(c.exact_peg for c in inside),
        mean(c.activity for c in inside),
        Fraction(taken, window) if prn else None,
        mme,
    )
