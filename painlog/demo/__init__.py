"""A realistic, deterministic demo diary: the same seed and end day always give the same diary.

The story: moderate-to-severe low back pain with sciatica, worse early in the week and after flares; a
gabapentin dose raised once; a fall in pain after an epidural steroid injection about 60 % of the way
through the period, drifting back up as it wears off; mood and anxiety screens that ease once CBT starts
(demo/coping.py).
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from painlog.demo import coping
from painlog.demo import days as day_story
from painlog.demo.therapies import DemoTherapy, TherapyStory, story
from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.screens import Screen
from painlog.domain.therapy import Procedure
from painlog.storage.diary import Diary


@dataclass
class DemoDiary:
    """The demo's entries, ready to be written through the repositories."""

    therapy: TherapyStory
    seed: int = 1
    checkins: list[CheckIn] = field(default_factory=list)
    episodes: list[Episode] = field(default_factory=list)
    screens: list[Screen] = field(default_factory=list)


def generate(days: int = 180, seed: int = 1, end: date | None = None, flares_per_week: float = 1.2) -> DemoDiary:
    """The demo for the `days` days up to `end` (default: yesterday, so today is left for the person)."""
    rng = random.Random(seed)
    end = end or date.today() - timedelta(days=1)
    start = end - timedelta(days=days - 1)
    demo = DemoDiary(story(start, end), seed)
    injection = demo.therapy.injection
    drift = 0.0
    skip_run = 0
    for offset in range(days):
        day = start + timedelta(days=offset)
        drift = 0.7 * drift + rng.gauss(0, 0.6)
        flare = rng.random() < flares_per_week / 7
        level = 6.2 + drift + day_story.weekday_effect(day) + day_story.injection_effect((day - injection).days)
        level += demo.therapy.pain_effect(day) + (2.2 if flare else 0.0)
        if skip_run == 0 and rng.random() < 0.05:
            skip_run = rng.choice((1, 1, 1, 2, 3))
        if skip_run:
            skip_run -= 1
        else:
            demo.checkins.append(day_story.checkin(rng, day, level))
        for _ in range(day_story.flare_count(rng, flare)):
            demo.episodes.append(day_story.episode(rng, day, level))
        demo.therapy.add_day(rng, day, level)
    cbt = demo.therapy.therapies.get("cbt")
    demo.screens = coping.screens(seed, start, end, cbt.regimens[0].start if cbt else None)
    return demo


def write(diary: Diary, demo: DemoDiary) -> None:
    """Write the demo into `diary` in one transaction: all of it or, on any failure, none."""
    with diary.transaction():
        for checkin, written in zip(demo.checkins, day_story.entry_times(demo.seed, demo.checkins), strict=True):
            diary.checkins.save(checkin, written=written)
        for episode in demo.episodes:
            diary.episodes.add(episode)
        for planned in demo.therapy.therapies.values():
            therapy = diary.therapies.add(planned.therapy)
            assert therapy.id is not None  # stored: it has its id
            for regimen in planned.regimens:
                diary.therapies.start_regimen(dataclasses.replace(regimen, therapy_id=therapy.id))
            for index, procedure in enumerate(planned.procedures):
                stored = diary.therapies.add_procedure(dataclasses.replace(procedure, therapy_id=therapy.id))
                _write_procedure_diaries(diary, planned, index, stored, therapy.kind)
            for trial, trial_days in planned.trials:
                held = diary.procedure_diaries.add_trial(dataclasses.replace(trial, therapy_id=therapy.id))
                assert held.id is not None
                for day in trial_days:
                    diary.procedure_diaries.save_day(dataclasses.replace(day, trial_id=held.id))
            for dose in planned.doses:
                diary.doses.add(dataclasses.replace(dose, therapy_id=therapy.id))
            for effect in planned.side_effects:
                diary.side_effects.add(dataclasses.replace(effect, therapy_id=therapy.id))
        visits = [diary.visits.save(visit) for visit in demo.therapy.visits]
        for screen in demo.screens:
            diary.screens.add(screen)
        courses = [(t, r) for t, r in diary.therapies.regimens_between(demo.therapy.start, demo.therapy.end)
                   if t.kind == "psychological" or (t.ingredient == "gabapentin" and r.dose_amount == 600)]  # fmt: skip
        for impression in coping.impressions(visits, courses, demo.therapy.end):
            diary.impressions.add(impression)
        for goal in demo.therapy.goals:
            diary.goals.save(goal)


def _write_procedure_diaries(diary: Diary, planned: DemoTherapy, index: int, stored: Procedure, kind: str) -> None:
    """A block's sheet and ratings, a procedure's follow-ups, linked to the procedure just written."""
    assert stored.id is not None
    if (block := planned.blocks.get(index)) is not None:
        diary.procedure_diaries.save_sheet(dataclasses.replace(block.sheet, procedure_id=stored.id))
        for rating in block.ratings:
            diary.procedure_diaries.rate(dataclasses.replace(rating, procedure_id=stored.id))
    for follow_up in planned.follow_ups.get(index, []):
        diary.procedure_diaries.add_follow_up(dataclasses.replace(follow_up, procedure_id=stored.id), stored.day, kind)
