"""The visit summary as plain data: every number the document prints, computed before any layout.

Tested without Qt; the document (document.py) only words and arranges what is here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from painlog.charts.trends import TrendsData
from painlog.domain.medication_use import Adherence, AsNeededUse, adherence, as_needed_use
from painlog.domain.mme import PrescribedMme, TakenMme, is_opioid, prescribed_mme, taken_mme
from painlog.domain.patterns import most_reported
from painlog.domain.response import Change, Response, events, judge
from painlog.domain.schedule import has_doses_due
from painlog.domain.statistics import PeriodStats, period_stats
from painlog.domain.therapy import Procedure, RegimenChange, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit, last_visit, next_visit
from painlog.report.sources import DiarySource, trends_data
from painlog.wording import describe_procedure, describe_regimen

SECTIONS = ("therapy", "medication", "effects", "patient")  # the optional pages; page 1 is always printed
MAX_NOTES = 8
MAX_SIDE_EFFECTS = 10


def default_period(visits: list[Visit], today: date) -> tuple[date, date]:
    """Since the last visit; with none recorded, the last 30 days."""
    visit = last_visit(visits, today)
    return (visit.day, today) if visit else (today - timedelta(days=29), today)


@dataclass(frozen=True)
class MedicationUse:
    therapy: Therapy
    dose: str
    adherence: Adherence | None  # scheduled medications
    as_needed: AsNeededUse | None  # as-needed medications


@dataclass(frozen=True)
class VisitSummary:
    start: date
    end: date
    made: date
    patient: str
    birth_date: str
    stats: PeriodStats
    previous: PeriodStats  # the period of the same length just before
    trends: TrendsData
    current: tuple[tuple[Therapy, str], ...]  # therapies running at the end of the period, with their dose
    prescribed_mme: PrescribedMme | None  # None: no opioid recorded in the period
    taken_mme: TakenMme | None
    changes: tuple[RegimenChange, ...]
    responses: tuple[Response, ...]
    procedures: tuple[tuple[Therapy, Procedure], ...]
    medication_use: tuple[MedicationUse, ...]
    side_effects: tuple[tuple[SideEffect, str], ...]  # with the name of the therapy thought to cause it
    side_effects_omitted: int
    locations: tuple[tuple[str, int], ...]
    qualities: tuple[tuple[str, int], ...]
    flares: int
    doctor_notes: tuple[tuple[date, str], ...]
    notes_omitted: int
    next_visit: Visit | None
    goals: tuple[Goal, ...]
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTIONS))

    @property
    def pain_change(self) -> Change | None:
        return _change(self.previous.pain_mean, self.stats.pain_mean)

    @property
    def peg_change(self) -> Change | None:
        return _change(self.previous.peg_mean, self.stats.peg_mean)

    @property
    def empty(self) -> bool:
        return self.stats.recorded == 0


def _change(before: float | None, after: float | None) -> Change | None:
    return None if before is None or after is None else Change(before, after)


def build_summary(
    source: DiarySource,
    start: date,
    end: date,
    *,
    made: date,
    patient: str = "",
    birth_date: str = "",
    sections: frozenset[str] = frozenset(SECTIONS),
) -> VisitSummary:
    length = (end - start).days + 1
    before_start = start - timedelta(days=length)
    # "As of" its last day: nothing after `end` enters any figure (clinical.md, "Judging a therapy").
    all_checkins = source.checkins.between(before_start - timedelta(days=14), end)
    checkins = [c for c in all_checkins if start <= c.day <= end]
    therapies = source.therapies.all()
    names = {t.id: t.name for t in therapies}
    running = source.therapies.current_regimens(end)
    in_period = source.therapies.regimens_between(start, end)
    procedures = [(t, _as_of(p, end)) for t, p in source.therapies.procedures_between(start, end)]
    current = tuple((t, describe_regimen(r)) for t, r in running)
    current += tuple((t, describe_procedure(p)) for t, p in procedures if not any(t.id == c.id for c, _ in current))
    doses = source.doses.between(start, end)
    # Medication use counts complete days only: today's evening dose may not be due yet.
    last_full = min(end, made - timedelta(days=1))
    opioids = [t for t in therapies if is_opioid(t.ingredient)]
    opioid_active = any(is_opioid(t.ingredient) for t, _ in in_period)
    changes = source.therapies.changes_between(start, end)
    period_events = events(changes, procedures)
    everything = events(source.therapies.changes_between(before_start, end),
                        source.therapies.procedures_between(before_start, end))  # fmt: skip
    responses = tuple(judge(e, all_checkins, everything, as_of=end) for e in period_events)
    flares = source.episodes.between(start, end)
    effects = source.side_effects.between(start, end)
    notes = [(c.day, c.note) for c in reversed(checkins) if c.for_doctor and c.note.strip()]
    visit = next_visit(source.visits.all(), made)
    return VisitSummary(
        start=start,
        end=end,
        made=made,
        patient=patient,
        birth_date=birth_date,
        stats=period_stats(checkins, start, end),
        previous=period_stats(all_checkins, before_start, start - timedelta(days=1)),
        trends=trends_data(source, start, end),
        current=current,
        prescribed_mme=prescribed_mme(running) if opioid_active else None,
        taken_mme=taken_mme(opioids, [r for _, r in in_period], doses, start, last_full)
        if opioid_active and last_full >= start
        else None,
        changes=tuple(changes),
        responses=responses,
        procedures=tuple(procedures),
        medication_use=_medication_use(in_period, doses, start, last_full) if last_full >= start else (),
        side_effects=tuple((e, names.get(e.therapy_id, "")) for e in reversed(effects))[:MAX_SIDE_EFFECTS],
        side_effects_omitted=max(0, len(effects) - MAX_SIDE_EFFECTS),
        locations=tuple(most_reported(checkins, flares, "locations")[:5]),
        qualities=tuple(most_reported(checkins, flares, "qualities")[:5]),
        flares=len(flares),
        doctor_notes=tuple(notes[:MAX_NOTES]),
        notes_omitted=max(0, len(notes) - MAX_NOTES),
        next_visit=visit,
        goals=tuple(source.goals.all()),
        sections=sections,
    )


def _as_of(procedure: Procedure, end: date) -> Procedure:
    """The procedure as known on `end`: relief reported after that day is not known yet."""
    if procedure.relief_at is not None and procedure.relief_at.date() > end:
        return replace(procedure, relief_percent=None, relief_at=None)
    return procedure


def _medication_use(in_period: list, doses: list, start: date, end: date) -> tuple[MedicationUse, ...]:
    result = []
    seen: dict[int, list] = {}
    therapies = {}
    for therapy, regimen in in_period:
        if therapy.is_medication:
            seen.setdefault(therapy.id, []).append(regimen)
            therapies[therapy.id] = therapy
    for therapy_id, regimens in seen.items():
        own = [d for d in doses if d.therapy_id == therapy_id]
        scheduled = [r for r in regimens if has_doses_due(r)]
        prn = [r for r in regimens if r.prn]
        result.append(MedicationUse(
            therapies[therapy_id],
            describe_regimen(regimens[-1]),
            adherence(scheduled, own, start, end) if scheduled else None,
            as_needed_use(prn, own, start, end) if prn else None,
        ))  # fmt: skip
    return tuple(sorted(result, key=lambda m: m.therapy.name))
