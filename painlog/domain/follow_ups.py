"""After an ablation or an epidural steroid injection: ratings at fixed times after it, and how long relief lasted.

Radiofrequency ablation: relief typically starts within 2–4 weeks and lasts months; follow-ups at 2 weeks, 1, 3,
6 and 12 months. Epidural steroid injection: follow-up at 2 weeks, 1 and 3 months (clinical.md, "Procedures").
Where the patient kept daily check-ins instead, the week up to a follow-up's day gives its pain.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from painlog.domain.checkin import CheckIn
from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP
from painlog.domain.numbers import mean
from painlog.domain.response import BASELINE_DAYS, LEAST_DAYS

# Days after the procedure: a month is counted as 30 days, 3 months 91, 6 months 182, a year 365.
FOLLOW_UP_DAYS: dict[str, tuple[int, ...]] = {
    "radiofrequency_ablation": (14, 30, 91, 182, 365),
    "injection": (14, 30, 91),
}
FROM_CHECKINS_DAYS = 7  # a follow-up read from check-ins: the mean pain of the week up to its day
OFFERED_FOR_DAYS = 14  # a follow-up stays on offer this long after its day


def follow_up_days(kind: str) -> tuple[int, ...]:
    """The follow-up times for a procedure of `kind` (none for a diagnostic block or surgery)."""
    return FOLLOW_UP_DAYS.get(kind, ())


@dataclass(frozen=True)
class FollowUp:
    """A rating at one follow-up time: the pain that day and the relief the patient feels, if they gave it."""

    procedure_id: int
    after_days: int  # which follow-up: days after the procedure (FOLLOW_UP_DAYS)
    day: date  # when it was answered
    pain: int
    relief_percent: int | None = None  # the patient's own estimate, 0–100
    id: int | None = None

    def validated(self, procedure_day: date, kind: str) -> FollowUp:
        if self.after_days not in follow_up_days(kind):
            raise ValidationError("after_days", QT_TR_NOOP("This follow-up time does not belong to this procedure."))
        if self.day < procedure_day:
            raise ValidationError("day", QT_TR_NOOP("A follow-up is answered after the procedure, not before."))
        if isinstance(self.pain, bool) or not isinstance(self.pain, int) or not 0 <= self.pain <= 10:
            raise ValidationError("pain", QT_TR_NOOP("Pain must be a whole number from 0 to 10."))
        if self.relief_percent is not None and not (
            isinstance(self.relief_percent, int) and 0 <= self.relief_percent <= 100
        ):
            raise ValidationError("relief_percent", QT_TR_NOOP("Relief must be a whole percentage from 0 to 100."))
        return self


def due_follow_up(kind: str, procedure_day: date, answered: Iterable[FollowUp], today: date) -> int | None:
    """The follow-up to offer today: its day has come, it is not answered, and it is at most two weeks old."""
    done = {f.after_days for f in answered}
    for after in follow_up_days(kind):
        day = procedure_day + timedelta(days=after)
        if after not in done and day <= today <= day + timedelta(days=OFFERED_FOR_DAYS):
            return after
    return None


@dataclass(frozen=True)
class FollowUpPoint:
    after_days: int
    pain: Fraction | None  # the rating, or the mean of the week's check-ins; None: nothing recorded
    relief: Fraction | None  # % below the baseline, exact; None without a baseline or a pain
    reported_relief: int | None  # the patient's own estimate, when given
    from_checkins: bool  # read from the daily check-ins (no follow-up answered)


@dataclass(frozen=True)
class FollowUpResult:
    baseline: Fraction | None  # mean pain of the 14 days before the procedure (None: fewer than 5 recorded)
    points: tuple[FollowUpPoint, ...]
    lasted_days: int | None  # the last follow-up of the first unbroken run with relief ≥ 50 %; None: never


def follow_up_result(kind: str, procedure_day: date, follow_ups: Sequence[FollowUp], checkins: Iterable[CheckIn],
                     as_of: date) -> FollowUpResult:  # fmt: skip
    """Each follow-up time up to `as_of` with its pain and relief against the 14 days before the procedure."""
    days = list(checkins)
    before = [c.pain_avg for c in days
              if procedure_day - timedelta(days=BASELINE_DAYS) <= c.day < procedure_day]  # fmt: skip
    baseline = mean(before) if len(before) >= LEAST_DAYS else None  # as for a therapy
    answered = {f.after_days: f for f in follow_ups}
    points = []
    for after in follow_up_days(kind):
        day = procedure_day + timedelta(days=after)
        if day > as_of:
            break
        found = answered.get(after)
        if found is not None:
            pain: Fraction | None = Fraction(found.pain)
            reported = found.relief_percent
        else:
            week = [c.pain_avg for c in days if day - timedelta(days=FROM_CHECKINS_DAYS - 1) <= c.day <= day]
            pain, reported = mean(week), None
        relief = None if baseline is None or baseline == 0 or pain is None else (baseline - pain) / baseline * 100
        points.append(FollowUpPoint(after, pain, relief, reported, found is None))
    return FollowUpResult(baseline, tuple(points), _lasted(points))


def _lasted(points: Sequence[FollowUpPoint]) -> int | None:
    """Relief counts by the patient's own estimate where given, else by the pain against the baseline."""
    lasted = None
    for point in points:
        relief = point.reported_relief if point.reported_relief is not None else point.relief
        if relief is None:
            continue
        if relief >= 50:
            lasted = point.after_days
        elif lasted is not None:
            break
    return lasted
