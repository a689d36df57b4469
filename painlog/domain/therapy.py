"""Therapies, their regimens and procedures: what the specialist prescribed and how it changed.

A course therapy (medication, physical or psychological therapy, neuromodulation, other) has regimens: a dose
change closes one regimen and opens the next, so history is kept, never overwritten. A procedure therapy
(injection, nerve block, ablation, surgery) has events on dates with the relief the patient reported.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from painlog.domain.clock import wall_clock
from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP
from painlog.domain.scales import PAIN
from painlog.domain.text import check_text
from painlog.domain.vocabulary import (
    PROCEDURE_KINDS,
    ROUTES,
    SCHEDULES,
    SEVERITIES,
    STOP_REASONS,
    THERAPY_KINDS,
    WEEKDAYS,
)


@dataclass(frozen=True)
class Therapy:
    kind: str
    name: str
    ingredient: str | None = None  # lower-case generic name, used for MME
    target: str = ""
    prescriber: str = ""
    notes: str = ""
    id: int | None = None

    @property
    def is_procedure(self) -> bool:
        return self.kind in PROCEDURE_KINDS

    @property
    def is_medication(self) -> bool:
        return self.kind == "medication"

    def validated(self) -> Therapy:
        if self.kind not in THERAPY_KINDS:
            raise ValidationError("kind", QT_TR_NOOP("Unknown kind of therapy: {kind}."), kind=self.kind)
        if not self.name.strip():
            raise ValidationError("name", QT_TR_NOOP("Give the therapy a name."))
        check_text({"name": self.name, "ingredient": self.ingredient, "target": self.target,
                    "prescriber": self.prescriber, "notes": self.notes})  # fmt: skip
        return self


def implied_schedule(prn: bool, times_per_day: int | None) -> str | None:
    """The schedule a regimen from before schedules existed meant: as needed, or some times a day."""
    return "as_needed" if prn else ("times_a_day" if (times_per_day or 0) > 0 else None)


@dataclass(frozen=True)
class Regimen:
    therapy_id: int
    start: date
    end: date | None = None  # the last day, inclusive; None while ongoing
    dose_amount: float | None = None
    dose_unit: str | None = None
    route: str | None = None
    times_per_day: int | None = None  # scheduled intakes a day (schedule "times_a_day")
    prn: bool = False  # as needed: always the same as schedule == "as_needed"
    max_per_day: int | None = None  # for as-needed doses
    sessions_per_week: int | None = None  # for courses such as physical therapy
    instructions: str = ""
    stop_reason: str | None = None
    id: int | None = None
    # How often doses are due (vocabulary.SCHEDULES); None for a course without doses. Left out, it follows
    # prn and times_per_day, as every regimen did before schedules existed.
    schedule: str | None = None
    every: int | None = None  # N of "every N hours" and "every N days"
    weekdays: tuple[str, ...] = ()  # for "weekly": vocabulary.WEEKDAYS

    def __post_init__(self) -> None:
        schedule = self.schedule if self.schedule is not None else implied_schedule(self.prn, self.times_per_day)
        object.__setattr__(self, "schedule", schedule)
        object.__setattr__(self, "prn", schedule == "as_needed")
        object.__setattr__(self, "weekdays", tuple(self.weekdays))

    def active_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, other: Regimen) -> bool:
        far = date.max
        return self.start <= (other.end or far) and other.start <= (self.end or far)

    def validated(self) -> Regimen:
        if self.end is not None and self.end < self.start:
            raise ValidationError("end", QT_TR_NOOP("A regimen cannot end before it starts."))
        if self.dose_amount is not None and self.dose_amount <= 0:
            raise ValidationError("dose_amount", QT_TR_NOOP("The dose must be more than zero."))
        if self.route is not None and self.route not in ROUTES:
            raise ValidationError("route", QT_TR_NOOP("Unknown route: {route}."), route=self.route)
        self._validate_schedule()
        if self.max_per_day is not None and not 1 <= self.max_per_day <= 24:
            raise ValidationError("max_per_day", QT_TR_NOOP("The most doses a day must be from 1 to 24."))
        if self.sessions_per_week is not None and not 1 <= self.sessions_per_week <= 21:
            raise ValidationError("sessions_per_week", QT_TR_NOOP("Sessions a week must be from 1 to 21."))
        if self.stop_reason is not None and self.stop_reason not in STOP_REASONS:
            raise ValidationError(
                "stop_reason", QT_TR_NOOP("Unknown reason for stopping: {stop_reason}."), stop_reason=self.stop_reason
            )
        check_text({"dose_unit": self.dose_unit, "instructions": self.instructions})
        return self

    def _validate_schedule(self) -> None:
        kind = self.schedule
        if kind is not None and kind not in SCHEDULES:
            raise ValidationError("schedule", QT_TR_NOOP("Unknown schedule: {kind}."), kind=kind)
        if self.times_per_day and kind == "as_needed":  # 0, as older diaries may hold, means none
            raise ValidationError("prn", QT_TR_NOOP("An as-needed medication has no fixed times a day."))
        if self.times_per_day and kind != "times_a_day":
            raise ValidationError(
                "times_per_day", QT_TR_NOOP("Times a day are only for a medicine taken some times a day.")
            )
        if kind == "times_a_day" and not (self.times_per_day and 1 <= self.times_per_day <= 24):
            raise ValidationError("times_per_day", QT_TR_NOOP("Times a day must be from 1 to 24."))
        limits = {"every_hours": (1, 24 * 28, "hours"), "every_days": (1, 366, "days")}
        if kind in limits:
            low, high, unit = limits[kind]
            if self.every is None or not low <= self.every <= high:
                raise ValidationError(
                    "every",
                    QT_TR_NOOP("Every how many {unit} must be from {low} to {high}."),
                    unit=unit,
                    low=low,
                    high=high,
                )
        elif self.every is not None:
            raise ValidationError("every", QT_TR_NOOP('Only "every N hours" and "every N days" have an interval.'))
        unknown = [d for d in self.weekdays if d not in WEEKDAYS]
        if unknown:
            raise ValidationError(
                "weekdays",
                QT_TR_NOOP("Unknown day of the week: {day} (use {days})."),
                day=unknown[0],
                days=", ".join(WEEKDAYS),
            )
        if kind == "weekly" and not self.weekdays:
            raise ValidationError("weekdays", QT_TR_NOOP("Choose at least one day of the week."))
        if kind != "weekly" and self.weekdays:
            raise ValidationError("weekdays", QT_TR_NOOP("Days of the week belong only to a weekly schedule."))


def check_no_overlap(regimen: Regimen, others: Iterable[Regimen]) -> None:
    """Two regimens of one therapy may not run on the same day."""
    for other in others:
        if other.id != regimen.id and other.overlaps(regimen):
            if other.end is None:
                raise ValidationError("start", QT_TR_NOOP(
                    "This overlaps the regimen from {start} (still running); change the dose or stop the other one "
                    "first."), start=other.start.isoformat())  # fmt: skip
            raise ValidationError("start", QT_TR_NOOP(
                "This overlaps the regimen from {start} to {end}; change the dose or stop the other one first."
            ), start=other.start.isoformat(), end=other.end.isoformat())  # fmt: skip


def current_regimen(regimens: Iterable[Regimen], today: date) -> Regimen | None:
    """The prescription a therapy stands at `today`: the regimen running today, else one not yet started and
    without an end (a start put in the future). None when it has stopped or has none."""
    return next((r for r in regimens if r.active_on(today) or (r.end is None and r.start > today)), None)


PRESCRIPTION = (
    "dose_amount", "dose_unit", "route", "schedule", "times_per_day", "every", "weekdays", "max_per_day",
    "sessions_per_week", "instructions",
)  # fmt: skip


def same_prescription(one: Regimen, other: Regimen) -> bool:
    """True when two regimens prescribe the same thing: what a dose change must differ in."""
    return all(getattr(one, name) == getattr(other, name) for name in PRESCRIPTION)


def change_dose(current: Regimen, new: Regimen, on: date) -> tuple[Regimen, Regimen]:
    """Close `current` the day before `on` and open `new` from `on`: the history stays.

    A "change" that changes nothing is refused: it would show as an event on "Did it help?" and the summary.
    """
    if current.end is not None:
        raise ValidationError("start", QT_TR_NOOP("This regimen has already ended; start the therapy again instead."))
    if on <= current.start:
        raise ValidationError(
            "start",
            QT_TR_NOOP("A dose change must come after the current dose started ({value})."),
            value=current.start.isoformat(),
        )
    if same_prescription(current, new):
        raise ValidationError(
            "dose_amount",
            QT_TR_NOOP(
                "This is the same dose and schedule as now, so nothing was changed. Change what is different, "
                "or press Cancel."
            ),
        )
    closed = dataclasses.replace(current, end=on - timedelta(days=1)).validated()
    opened = dataclasses.replace(new, therapy_id=current.therapy_id, start=on, end=None, id=None).validated()
    return closed, opened


def stop(current: Regimen, on: date, reason: str | None) -> Regimen:
    """End the regimen on `on` (its last day) for a reason; a stop without a reason is refused."""
    if not reason:
        raise ValidationError("stop_reason", QT_TR_NOOP("Choose why the therapy stopped."))
    if current.end is not None:
        raise ValidationError("end", QT_TR_NOOP("This therapy has already stopped."))
    return dataclasses.replace(current, end=on, stop_reason=reason).validated()


@dataclass(frozen=True)
class RegimenChange:
    """A therapy started, changed dose or stopped on a day: the events a response is judged around."""

    day: date
    therapy: Therapy
    regimen: Regimen  # the regimen that starts (started, changed) or ends (stopped)
    what: str  # started | changed | stopped
    previous: Regimen | None = None  # for a change: the regimen it replaced


def regimen_changes(
    therapies: Iterable[Therapy], regimens: Iterable[Regimen], start: date, end: date
) -> list[RegimenChange]:
    """Starts, dose changes and stops that fall in `start`..`end`, in date order."""
    by_id = {t.id: t for t in therapies}
    history: dict[int, list[Regimen]] = {}
    for regimen in sorted(regimens, key=lambda r: r.start):
        history.setdefault(regimen.therapy_id, []).append(regimen)
    changes = []
    for therapy_id, runs in history.items():
        therapy = by_id[therapy_id]
        before: Regimen | None = None
        for regimen in runs:
            # A start the day after the previous regimen ended (not stopped) is a dose change; else a start.
            changed = (
                before is not None
                and before.stop_reason is None
                and before.end is not None
                and before.end + timedelta(days=1) == regimen.start
            )
            if start <= regimen.start <= end:
                what, previous = ("changed", before) if changed else ("started", None)
                changes.append(RegimenChange(regimen.start, therapy, regimen, what, previous))
            if regimen.stop_reason and regimen.end and start <= regimen.end <= end:
                changes.append(RegimenChange(regimen.end, therapy, regimen, "stopped"))
            before = regimen
    return sorted(changes, key=lambda c: (c.day, c.therapy.name))


@dataclass(frozen=True)
class Procedure:
    therapy_id: int
    day: date
    site: str = ""
    relief_percent: int | None = None  # relief the patient reports afterwards, 0–100 %
    relief_at: datetime | None = None  # when that relief was judged
    notes: str = ""
    id: int | None = None

    def validated(self, latest: date) -> Procedure:
        """A booked procedure may be entered ahead; its relief cannot be (`latest` as clock.latest_day())."""
        if self.day > latest and self.relief_percent is not None:
            raise ValidationError("relief_percent", QT_TR_NOOP("Relief can only be recorded after the procedure."))
        if self.relief_percent is not None and not (
            isinstance(self.relief_percent, int) and 0 <= self.relief_percent <= 100
        ):
            raise ValidationError("relief_percent", QT_TR_NOOP("Relief must be a whole percentage from 0 to 100."))
        if self.relief_at is not None and self.relief_at.date() < self.day:
            raise ValidationError("relief_at", QT_TR_NOOP("Relief is recorded after the procedure, not before."))
        check_text({"site": self.site, "notes": self.notes})
        return self


@dataclass(frozen=True)
class Dose:
    """One intake of a medication, or a scheduled intake marked as skipped."""

    therapy_id: int
    taken_at: datetime
    amount: float | None = None
    dose_unit: str | None = None
    prn: bool = False
    skipped: bool = False
    skip_reason: str = ""
    pain_before: int | None = None
    pain_after: int | None = None
    id: int | None = None

    @property
    def day(self) -> date:
        return self.taken_at.date()

    def validated(self, latest: datetime) -> Dose:
        """Return self if every rule holds, else raise ValidationError; `latest` as clock.latest_moment()."""
        if wall_clock(self.taken_at) > latest:
            raise ValidationError("taken_at", QT_TR_NOOP("A dose cannot be logged for a time in the future."))
        if self.amount is not None and self.amount < 0:
            raise ValidationError("amount", QT_TR_NOOP("The amount cannot be negative."))
        if self.skipped and self.prn:
            raise ValidationError("skipped", QT_TR_NOOP("Only a scheduled dose can be marked as skipped."))
        if self.skipped and not self.skip_reason.strip():
            raise ValidationError("skip_reason", QT_TR_NOOP("Say why the dose was skipped."))
        PAIN.check("pain_before", self.pain_before, required=False)
        PAIN.check("pain_after", self.pain_after, required=False)
        check_text({"dose_unit": self.dose_unit, "skip_reason": self.skip_reason})
        return self


@dataclass(frozen=True)
class SideEffect:
    day: date
    description: str
    severity: str
    therapy_id: int | None = None
    id: int | None = None

    def validated(self, latest: date) -> SideEffect:
        """Return self if every rule holds, else raise ValidationError; `latest` as clock.latest_day()."""
        if self.day > latest:
            raise ValidationError("date", QT_TR_NOOP("A side effect cannot be recorded for a day in the future."))
        if not self.description.strip():
            raise ValidationError("description", QT_TR_NOOP("Describe the side effect."))
        if self.severity not in SEVERITIES:
            raise ValidationError("severity", QT_TR_NOOP("Choose mild, moderate or severe."))
        check_text({"description": self.description})
        return self
