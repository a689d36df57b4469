"""The daily check-in and the PEG score (Krebs et al., J Gen Intern Med 2009)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP
from painlog.domain.numbers import mean, rounded
from painlog.domain.scales import INTERFERENCE, MOOD, PAIN, SLEEP_HOURS_MAX, SLEEP_QUALITY
from painlog.domain.text import check_text
from painlog.domain.vocabulary import LOCATIONS, QUALITIES


@dataclass(frozen=True)
class CheckIn:
    """One calendar day's answers. A day without a CheckIn is missing, never zero."""

    day: date
    pain_avg: int
    enjoyment: int
    activity: int
    mood: int
    pain_worst: int | None = None
    pain_least: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    locations: tuple[str, ...] = ()
    qualities: tuple[str, ...] = ()
    note: str = ""
    for_doctor: bool = False

    def validated(self, latest: date) -> CheckIn:
        """Return self if every rule holds, else raise ValidationError naming the first broken one.

        `latest` is the last day that is not in the future anywhere (painlog.domain.clock.latest_day()).
        """
        if self.day > latest:
            raise ValidationError("date", QT_TR_NOOP("A day in the future cannot be recorded yet."))
        PAIN.check("pain_avg", self.pain_avg, required=True)
        PAIN.check("pain_worst", self.pain_worst, required=False)
        PAIN.check("pain_least", self.pain_least, required=False)
        INTERFERENCE.check("enjoyment", self.enjoyment, required=True)
        INTERFERENCE.check("activity", self.activity, required=True)
        MOOD.check("mood", self.mood, required=True)
        SLEEP_QUALITY.check("sleep_quality", self.sleep_quality, required=False)
        if self.pain_worst is not None and self.pain_worst < self.pain_avg:
            raise ValidationError("pain_worst", QT_TR_NOOP("Worst pain cannot be lower than average pain."))
        if self.pain_least is not None and self.pain_least > self.pain_avg:
            raise ValidationError("pain_least", QT_TR_NOOP("Least pain cannot be higher than average pain."))
        check_sleep_hours(self.sleep_hours)
        check_codes("locations", self.locations, LOCATIONS)
        check_codes("qualities", self.qualities, QUALITIES)
        check_text({"note": self.note})
        if self.for_doctor and not self.note.strip():
            raise ValidationError("note", QT_TR_NOOP("Write the note you want your doctor to see."))
        return self

    @property
    def peg(self) -> float:
        """The day's PEG to one decimal, as shown and exported for the day."""
        return peg_score(self.pain_avg, self.enjoyment, self.activity)

    @property
    def exact_peg(self) -> Fraction:
        """The day's PEG unrounded (16/3, not 5.3): every mean of PEG is computed from this."""
        return Fraction(self.pain_avg + self.enjoyment + self.activity, 3)


def peg_score(pain_avg: int, enjoyment: int, activity: int) -> float:
    """PEG = mean of the three items, to one decimal (Krebs 2009)."""
    return float(rounded(Fraction(pain_avg + enjoyment + activity, 3), 1))


def period_peg(checkins: Iterable[CheckIn]) -> Fraction | None:
    """The exact mean of the daily PEG scores; None when no day was recorded (never zero)."""
    return mean(c.exact_peg for c in checkins)


def check_sleep_hours(hours: float | None) -> None:
    if hours is None:
        return
    if isinstance(hours, bool) or not isinstance(hours, int | float) or math.isnan(hours):
        raise ValidationError(
            "sleep_hours", QT_TR_NOOP("Hours of sleep must be a number, not {hours}."), hours=repr(hours)
        )
    if not 0 <= hours <= SLEEP_HOURS_MAX:
        raise ValidationError(
            "sleep_hours", QT_TR_NOOP("Hours of sleep must be from 0 to 24, not {hours}."), hours=hours
        )


def check_codes(field_name: str, codes: tuple[str, ...], allowed: tuple[str, ...]) -> None:
    unknown = [c for c in codes if c not in allowed]
    if unknown:
        raise ValidationError(
            field_name, QT_TR_NOOP("Unknown {field_name}: {codes}."), field_name=field_name, codes=", ".join(unknown)
        )
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        raise ValidationError(
            field_name,
            QT_TR_NOOP("Listed twice in {field_name}: {codes}."),
            field_name=field_name,
            codes=", ".join(twice),
        )
