"""Opioid dose in morphine milligram equivalents (MME), by the CDC 2022 guideline's conversion factors.

Source: CDC Clinical Practice Guideline for Prescribing Opioids for Pain, MMWR Recomm Rep 71(3), 4 Nov 2022.
MME/day = Σ daily amount (mg) × factor; transdermal fentanyl counts its mcg/h × 2.4 on every day it runs.
Opioids without a factor in that table (buprenorphine among them) are "not converted", never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from painlog.domain import numbers
from painlog.domain.schedule import doses_a_day
from painlog.domain.therapy import Dose, Regimen, Therapy

FACTORS: dict[str, float] = {
    "codeine": 0.15,
    "hydrocodone": 1.0,
    "hydromorphone": 5.0,
    "methadone": 4.7,
    "morphine": 1.0,
    "oxycodone": 1.5,
    "oxymorphone": 3.0,
    "tapentadol": 0.4,
    "tramadol": 0.2,
}
FENTANYL_PATCH_FACTOR = 2.4  # per mcg/h of transdermal fentanyl
# Opioids the CDC table gives no factor for (fentanyl by any route but a patch is among them).
OPIOIDS_WITHOUT_FACTOR = frozenset(
    {"buprenorphine", "fentanyl", "meperidine", "pethidine", "levorphanol", "butorphanol", "pentazocine",
     "dihydrocodeine", "nalbuphine", "sufentanil", "alfentanil", "remifentanil", "opium", "diamorphine"}
)  # fmt: skip
REASSESS_MME = 50  # CDC 2022: reassess benefits and risks at or above this
HIGH_MME_2016 = 90  # named by the 2016 guideline


def _plain(text: str | None) -> str:
    """An ingredient or a unit as compared, whoever wrote it: trimmed, in lower case ("" for none)."""
    return (text or "").strip().lower()


def is_opioid(ingredient: str | None) -> bool:
    name = _plain(ingredient)
    return name in FACTORS or name in OPIOIDS_WITHOUT_FACTOR


def milligrams(amount: float | None, unit: str | None) -> float | None:
    """An amount in mg, or None when the unit cannot be converted (mL of a solution, a tablet count)."""
    if amount is None:
        return None
    scale = {"mg": 1.0, "g": 1000.0, "mcg": 0.001, "µg": 0.001, "ug": 0.001}.get(_plain(unit))
    return None if scale is None else amount * scale


def _patch_mme(therapy: Therapy, regimen: Regimen) -> float | None:
    """A transdermal fentanyl patch's MME/day (its mcg/h × 2.4); None for anything else or a patch without a dose."""
    patch = _plain(therapy.ingredient) == "fentanyl" and regimen.route == "transdermal"
    if patch and _plain(regimen.dose_unit).replace(" ", "") == "mcg/h" and regimen.dose_amount is not None:
        return regimen.dose_amount * FENTANYL_PATCH_FACTOR
    return None


@dataclass(frozen=True)
class MmeLine:
    """One opioid's contribution: its MME/day, or why it could not be converted."""

    therapy: Therapy
    mme_per_day: float | None
    not_converted: str | None = None  # a reason code: no_factor, unit, no_schedule


@dataclass(frozen=True)
class PrescribedMme:
    lines: tuple[MmeLine, ...]

    @property
    def total(self) -> float | None:
        converted = [line.mme_per_day for line in self.lines if line.mme_per_day is not None]
        return sum(converted) if converted else None

    @property
    def not_converted(self) -> tuple[MmeLine, ...]:
        return tuple(line for line in self.lines if line.mme_per_day is None)


def prescribed_mme(current: Iterable[tuple[Therapy, Regimen]]) -> PrescribedMme:
    """MME/day of the opioid regimens given: dose × doses a day by the schedule (as needed: the most a day;
    every 2 days: ½; weekly on 2 days: 2/7) × factor; a fentanyl patch its mcg/h × 2.4 whatever its schedule."""
    lines = []
    for therapy, regimen in current:
        if not is_opioid(therapy.ingredient):
            continue
        lines.append(_prescribed_line(therapy, regimen))
    return PrescribedMme(tuple(lines))


def _prescribed_line(therapy: Therapy, regimen: Regimen) -> MmeLine:
    patch = _patch_mme(therapy, regimen)
    if patch is not None:
        return MmeLine(therapy, patch)
    factor = FACTORS.get(_plain(therapy.ingredient))
    if factor is None:
        return MmeLine(therapy, None, "no_factor")
    mg = milligrams(regimen.dose_amount, regimen.dose_unit)
    if mg is None:
        return MmeLine(therapy, None, "unit")
    intakes = doses_a_day(regimen)
    if not intakes:
        return MmeLine(therapy, None, "no_schedule")
    return MmeLine(therapy, mg * intakes * factor)


@dataclass(frozen=True)
class TakenMme:
    mean: Fraction | None  # exact, over the days with a dose log; None: no log, or only unconverted opioids
    maximum: float | None
    logged_days: int  # days of the period with any dose entry: the days the mean is taken over
    days: int  # days in the period
    not_converted: tuple[str, ...]  # names of opioids taken that could not be converted

    @property
    def log_kept(self) -> bool:
        return self.logged_days > 0


def taken_mme(
    therapies: Iterable[Therapy],
    regimens: Iterable[Regimen],
    doses: Iterable[Dose],
    start: date,
    end: date,
) -> TakenMme:
    """MME taken each day of `start`..`end` that has a dose log (any medicine's dose, taken or skipped), from
    that day's doses; a fentanyl patch counts on every such day its regimen runs, whatever the log says.

    `doses` are every dose of the period, not only opioids': a day with none is a day the log was not kept,
    so it is left out rather than counted as 0 MME.
    """
    by_id = {t.id: t for t in therapies}
    doses = [d for d in doses if start <= d.day <= end]
    logged = sorted({d.day for d in doses})
    running = [(r, _patch_mme(by_id[r.therapy_id], r)) for r in regimens if r.therapy_id in by_id]
    patches = [(r, mme) for r, mme in running if mme is not None]
    patch_therapies = {r.therapy_id for r, _ in patches}
    per_day = dict.fromkeys(logged, 0.0)
    converted = False
    missed: set[str] = set()
    for dose in doses:
        therapy = by_id.get(dose.therapy_id)
        if therapy is None or dose.skipped or not is_opioid(therapy.ingredient):
            continue
        if therapy.id in patch_therapies:
            continue  # a patch's log records changes; its MME comes from the regimen below
        factor = FACTORS.get(_plain(therapy.ingredient))
        mg = milligrams(dose.amount, dose.dose_unit)
        if factor is None or mg is None:
            missed.add(therapy.name)
            continue
        per_day[dose.day] += mg * factor
        converted = True
    for regimen, mme in patches:
        for day in logged:
            if regimen.active_on(day):
                per_day[day] += mme
                converted = True
    days = (end - start).days + 1
    if not logged or (missed and not converted):
        # no log, or only opioids without a factor: no figure (never a 0 that hides what was taken)
        return TakenMme(None, None, len(logged), days, tuple(sorted(missed)))
    values = list(per_day.values())
    return TakenMme(numbers.mean(values), max(values), len(logged), days, tuple(sorted(missed)))
