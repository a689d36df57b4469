"""Gathering what a period's charts and tables need from the diary's repositories."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from painlog.charts.trends import Lane, TrendsData
from painlog.domain.checkin import CheckIn
from painlog.domain.correlation import SleepRelation, sleep_and_pain
from painlog.domain.patterns import most_reported
from painlog.domain.response import Response, events, judge_all
from painlog.domain.series import ROLLING_DAYS

if TYPE_CHECKING:
    from painlog.storage.checkins import CheckinRepository
    from painlog.storage.doses import DoseRepository
    from painlog.storage.episodes import EpisodeRepository
    from painlog.storage.procedure_diaries import ProcedureDiaryRepository
    from painlog.storage.questionnaires import ImpressionRepository, ScreenRepository
    from painlog.storage.settings import SettingsRepository
    from painlog.storage.side_effects import SideEffectRepository
    from painlog.storage.therapies import TherapyRepository
    from painlog.storage.visits import GoalRepository, VisitRepository


class DiarySource(Protocol):
    """The repositories of an open diary (painlog.storage.diary.Diary is one)."""

    # Read-only: a Diary makes some of them on first use (cached properties), and no reader replaces one.
    @property
    def checkins(self) -> CheckinRepository: ...
    @property
    def episodes(self) -> EpisodeRepository: ...
    @property
    def therapies(self) -> TherapyRepository: ...
    @property
    def doses(self) -> DoseRepository: ...
    @property
    def side_effects(self) -> SideEffectRepository: ...
    @property
    def visits(self) -> VisitRepository: ...
    @property
    def goals(self) -> GoalRepository: ...
    @property
    def settings(self) -> SettingsRepository: ...
    @property
    def screens(self) -> ScreenRepository: ...
    @property
    def impressions(self) -> ImpressionRepository: ...
    @property
    def procedure_diaries(self) -> ProcedureDiaryRepository: ...


def trends_data(source: DiarySource, start: date, end: date, checkins: Sequence[CheckIn] | None = None) -> TrendsData:
    """Check-ins of the period and one timeline lane per therapy active in it.

    `checkins` (all of them, oldest first) spares the query when the caller already holds them.
    """
    lanes = []
    regimens = source.therapies.regimens()
    procedures = source.therapies.procedures()
    for therapy in source.therapies.all():
        own = tuple(r for r in regimens if r.therapy_id == therapy.id and r.start <= end and (r.end or end) >= start)
        done = tuple(p for p in procedures if p.therapy_id == therapy.id and start <= p.day <= end)
        if own or done:
            lanes.append(Lane(therapy, own, done))
    lanes.sort(key=lambda lane: (lane.therapy.kind != "medication", lane.therapy.name))
    # A week before the range too, so the 7-day mean is drawn from the range's first day.
    lead = start - timedelta(days=ROLLING_DAYS - 1)
    screens = tuple(s for s in source.screens.all() if start <= s.day <= end)
    if checkins is None:
        checkins = source.checkins.between(lead, end)
    return TrendsData(start, end, tuple(c for c in checkins if lead <= c.day <= end), tuple(lanes), screens)


def responses(source: DiarySource, today: date) -> list[Response]:
    """Every start, dose change and procedure in the diary, judged by the windows of clinical.md."""
    found = events(source.therapies.changes_between(date.min, date.max),
                   source.therapies.procedures_between(date.min, date.max))  # fmt: skip
    return judge_all(found, source.checkins.all(), as_of=today)


def patterns(source: DiarySource, start: date, end: date) -> tuple[list, list, list[SleepRelation]]:
    """Most reported locations and qualities, and sleep (quality, hours) against the day's pain."""
    checkins = source.checkins.between(start, end)
    flares = source.episodes.between(start, end)
    sleep = [sleep_and_pain(checkins, "sleep_quality"), sleep_and_pain(checkins, "sleep_hours")]
    return most_reported(checkins, flares, "locations"), most_reported(checkins, flares, "qualities"), sleep
