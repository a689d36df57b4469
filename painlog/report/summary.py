"""The visit summary as plain data: every number the document prints, computed before any layout.

Tested without Qt; the document (document.py) only words and arranges what is here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from painlog.charts.trends import TrendsData
from painlog.domain import attention
from painlog.domain.attention import Attention
from painlog.domain.block_diary import BlockResult, block_result
from painlog.domain.checkin import CheckIn
from painlog.domain.follow_ups import FollowUpResult, follow_up_days, follow_up_result
from painlog.domain.impressions import Impression, about_starts
from painlog.domain.keeping import late_days
from painlog.domain.medication_use import Adherence, AsNeededUse, OverMaximum, adherence, as_needed_use, over_maximum
from painlog.domain.mme import PrescribedMme, TakenMme, is_opioid, prescribed_mme, taken_mme
from painlog.domain.numbers import Number
from painlog.domain.patterns import most_reported
from painlog.domain.response import Change, Response, events, judge
from painlog.domain.schedule import has_doses_due
from painlog.domain.screens import Standing, standing
from painlog.domain.statistics import PeriodStats, period_stats
from painlog.domain.therapy import Dose, Procedure, Regimen, RegimenChange, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit, last_visit, next_visit
from painlog.report.sources import DiarySource, trends_data

SECTIONS = ("therapy", "medication", "effects", "patient")  # the optional pages; page 1 is always printed
MAX_NOTES = 8  # notes for the doctor on page 1; older ones are counted
MAX_SIDE_EFFECTS = 10


def default_period(visits: list[Visit], today: date) -> tuple[date, date]:
    """Since the last visit; with none recorded, the last 30 days."""
    visit = last_visit(visits, today)
    return (visit.day, today) if visit else (today - timedelta(days=29), today)


@dataclass(frozen=True)
class MedicationUse:
    therapy: Therapy
    regimen: Regimen  # the latest in the period, worded by the document in its language
    adherence: Adherence | None  # scheduled medications
    as_needed: AsNeededUse | None  # as-needed medications


@dataclass(frozen=True)
class CurrentTherapy:
    therapy: Therapy
    regimen: Regimen | None  # the running dose; None for a procedure
    since: date  # the first day of the unbroken run (dose changes continue it), or the procedure's day
    dose_since: date | None = None  # the day the running dose began, when later than `since`
    procedure: Procedure | None = None  # a procedure done in the period, with the relief reported


@dataclass(frozen=True)
class Impressed:
    """A PGIC answer with what it looked back on: the visit before (`since`) or a therapy's start or change."""

    impression: Impression
    therapy: Therapy | None = None
    regimen: Regimen | None = None


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
    current: tuple[CurrentTherapy, ...]  # therapies running at the end of the period, and procedures in it
    prescribed_mme: PrescribedMme | None  # None: no opioid recorded in the period
    taken_mme: TakenMme | None
    changes: tuple[RegimenChange, ...]
    responses: tuple[Response, ...]
    procedures: tuple[tuple[Therapy, Procedure], ...]
    medication_use: tuple[MedicationUse, ...]
    side_effects: tuple[tuple[SideEffect, str], ...]  # with the name of the therapy thought to cause it
    side_effects_omitted: int
    locations: tuple[tuple[str, int], ...]  # every place, most days first: the drawing shows all, the words five
    qualities: tuple[tuple[str, int], ...]
    flares: int
    attention: tuple[Attention, ...]  # for the top of page 1 (painlog.domain.attention)
    notes_omitted: int  # notes for the doctor older than the MAX_NOTES shown
    next_visit: Visit | None
    goals: tuple[Goal, ...]
    depression: Standing | None = None  # the latest PHQ as of the period's end, with the one before it
    anxiety: Standing | None = None  # the latest GAD
    impressions: tuple[Impressed, ...] = ()  # PGIC answers given in the period
    # The PGIC answer about each start or dose change, keyed as a judged event is: (therapy id, day).
    change_impressions: dict[tuple[int, date], Impression] = field(default_factory=dict)
    late: int = 0  # days of the period whose entry was first written later than the next day
    not_recorded: int = 0  # days of the period marked "didn't record" (neither recorded nor missed)
    # What a procedure's diary shows as of the period's end: a block's relief, the follow-ups' relief.
    diaries: dict[int, BlockResult | FollowUpResult] = field(default_factory=dict)
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


def _change(before: Number | None, after: Number | None) -> Change | None:
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
    history = source.therapies.changes_between(date.min, end)
    current = tuple(_running(t, r, history) for t, r in running)
    current += tuple(
        CurrentTherapy(t, None, p.day, procedure=p)
        for t, p in procedures
        if not any(t.id == c.therapy.id for c in current)
    )
    doses = source.doses.between(start, end)
    last_full = _last_full_day(end, made)
    medicines = _medicines(in_period)
    opioids = [t for t in therapies if is_opioid(t.ingredient)]
    opioid_active = any(is_opioid(t.ingredient) for t, _ in in_period)
    changes = source.therapies.changes_between(start, end)
    period_events = events(changes, procedures)
    everything = events(source.therapies.changes_between(before_start, end),
                        source.therapies.procedures_between(before_start, end))  # fmt: skip
    responses = tuple(judge(e, all_checkins, everything, as_of=end) for e in period_events)
    flares = source.episodes.between(start, end)
    effects = source.side_effects.between(start, end)
    notes = attention.notes_for_doctor(checkins)
    visit = next_visit(source.visits.all(), made)
    screens = source.screens.all()
    impressions = [i for i in source.impressions.all() if i.day <= end]
    regimens = {r.id: r for r in source.therapies.regimens() if r.id is not None}
    first_page = attention.needs_attention(
        attention.screens(s for s in screens if start <= s.day <= end),
        attention.questions(visit),
        notes[:MAX_NOTES],
        attention.side_effects(effects, names),
        attention.flare_falls(flares),
        attention.over_maximum(_over_maximum(medicines, doses, start, end)),
        attention.started_and_stopped(changes),
    )
    first_page = tuple(_with_opioid_dose(source, item) for item in first_page)
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
        taken_mme=taken_mme(opioids, [r for _, r in in_period], doses, start, end) if opioid_active else None,
        changes=tuple(changes),
        responses=responses,
        procedures=tuple(procedures),
        medication_use=_medication_use(medicines, doses, start, end, last_full),
        side_effects=tuple((e, names.get(e.therapy_id, "")) for e in reversed(effects))[:MAX_SIDE_EFFECTS],
        side_effects_omitted=max(0, len(effects) - MAX_SIDE_EFFECTS),
        locations=tuple(most_reported(checkins, flares, "locations")),
        qualities=tuple(most_reported(checkins, flares, "qualities")[:5]),
        flares=len(flares),
        attention=first_page,
        notes_omitted=max(0, len(notes) - MAX_NOTES),
        next_visit=visit,
        goals=tuple(source.goals.all()),
        depression=standing(screens, "depression", end),
        anxiety=standing(screens, "anxiety", end),
        impressions=tuple(_impressed(i, regimens, therapies) for i in impressions if i.day >= start),
        change_impressions=about_starts(impressions, {k: (r.therapy_id, r.start) for k, r in regimens.items()}),
        diaries=_diaries(source, procedures, all_checkins, end),
        late=len(late_days(source.checkins.first_written(), start, end)),
        not_recorded=sum(1 for day in source.checkins.not_recorded_days() if start <= day <= end),
        sections=sections,
    )


def _diaries(source: DiarySource, procedures: list[tuple[Therapy, Procedure]], checkins: list[CheckIn],
             end: date) -> dict[int, BlockResult | FollowUpResult]:  # fmt: skip
    """Each procedure's diary as known on `end` (procedure_results.py makes the full report of one)."""
    found: dict[int, BlockResult | FollowUpResult] = {}
    diaries = source.procedure_diaries
    for therapy, procedure in procedures:
        if procedure.id is None:
            continue
        sheet = diaries.sheet(procedure.id)
        if sheet is not None:
            ratings = [r for r in diaries.ratings(procedure.id) if r.rated_at.date() <= end]
            found[procedure.id] = block_result(sheet, ratings, datetime.combine(end, time.max))
        elif follow_up_days(therapy.kind):
            answered = [f for f in diaries.follow_ups(procedure.id) if f.day <= end]
            if answered:  # check-ins alone are read in the procedure's own report
                found[procedure.id] = follow_up_result(therapy.kind, procedure.day, answered, checkins, end)
    return found


def _impressed(impression: Impression, regimens: dict[int, Regimen], therapies: list[Therapy]) -> Impressed:
    regimen = regimens.get(impression.regimen_id) if impression.regimen_id is not None else None
    therapy = next((t for t in therapies if regimen is not None and t.id == regimen.therapy_id), None)
    return Impressed(impression, therapy, regimen)


def _as_of(procedure: Procedure, end: date) -> Procedure:
    """The procedure as known on `end`: relief reported after that day is not known yet."""
    if procedure.relief_at is not None and procedure.relief_at.date() > end:
        return dataclasses.replace(procedure, relief_percent=None, relief_at=None)
    return procedure


def _running(therapy: Therapy, regimen: Regimen, history: list[RegimenChange]) -> CurrentTherapy:
    """A running regimen with the day its therapy started (the latest start) and the day this dose began."""
    own = [c for c in history if c.therapy.id == therapy.id and c.day <= regimen.start]
    since = max((c.day for c in own if c.what == "started"), default=regimen.start)
    return CurrentTherapy(therapy, regimen, since, regimen.start if regimen.start > since else None)


def _with_opioid_dose(source: DiarySource, item: Attention) -> Attention:
    """A fall or a severe side effect with the opioid dose prescribed that day: the specialist weighs them together."""
    if item.kind not in ("fall", "severe_side_effect") or item.day is None:
        return item
    running = [(t, r) for t, r in source.therapies.current_regimens(item.day) if is_opioid(t.ingredient)]
    total = prescribed_mme(running).total if running else None
    return dataclasses.replace(item, mme=total) if total else item


def relief_days_after(procedure: Procedure) -> int | None:
    """How many days after the procedure its relief was judged: what the diary knows of how long it lasted."""
    return None if procedure.relief_at is None else (procedure.relief_at.date() - procedure.day).days


def _last_full_day(end: date, made: date) -> date:
    """The last day the summary's adherence is counted to: `end`, or yesterday when `end` is today or later.

    The rule for which days the medication figures use (clinical.md: a summary is "as of" its last day):
    a dose already taken was taken, so as-needed doses, days over a prescribed maximum and taken MME all
    count every day of `start`..`end`, today too; a day counts in all of them or in none. Only adherence
    keeps to complete days, because today's evening dose may not be due yet.
    """
    return min(end, made - timedelta(days=1))


def _medicines(in_period: list[tuple[Therapy, Regimen]]) -> dict[int, tuple[Therapy, list[Regimen]]]:
    """The medications that ran in the period, each with its regimens of the period in date order."""
    found: dict[int, tuple[Therapy, list[Regimen]]] = {}
    for therapy, regimen in in_period:
        if therapy.is_medication and therapy.id is not None:
            found.setdefault(therapy.id, (therapy, []))[1].append(regimen)
    return found


def _over_maximum(
    medicines: dict[int, tuple[Therapy, list[Regimen]]], doses: list[Dose], start: date, end: date
) -> list[tuple[str, OverMaximum]]:
    """Each day of the period an as-needed medicine was taken more often than its regimen allowed that day."""
    found = []
    for therapy_id, (therapy, regimens) in medicines.items():
        own = [d for d in doses if d.therapy_id == therapy_id]
        found += [(therapy.name, over) for over in over_maximum(regimens, own, start, end)]
    return found


def _medication_use(
    medicines: dict[int, tuple[Therapy, list[Regimen]]], doses: list[Dose], start: date, end: date, last_full: date
) -> tuple[MedicationUse, ...]:
    """Adherence to `last_full`, as-needed use to `end` (see _last_full_day)."""
    result = []
    for therapy_id, (therapy, regimens) in medicines.items():
        own = [d for d in doses if d.therapy_id == therapy_id]
        scheduled = [r for r in regimens if has_doses_due(r)]
        prn = [r for r in regimens if r.prn]
        if last_full < start and not prn:  # no complete day yet: nothing to say of a scheduled medication
            continue
        result.append(MedicationUse(
            therapy,
            regimens[-1],
            adherence(scheduled, own, start, last_full) if scheduled and last_full >= start else None,
            as_needed_use(prn, own, start, end) if prn else None,
        ))  # fmt: skip
    return tuple(sorted(result, key=lambda m: m.therapy.name))
