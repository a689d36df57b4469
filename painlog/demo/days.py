"""The demo's days: check-ins and flares drawn around the pain level the story sets for each day."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode

NOTES = (
    "Bad night, woke up three times with leg pain.",
    "Walked to the shop and back without stopping.",
    "Sitting through the family dinner was hard.",
    "Pins and needles in the left foot most of the afternoon.",
    "Managed a short swim. Felt stiff afterwards but happy.",
    "Could not get comfortable in the car.",
    "Good day — did some gardening in the morning.",
    "Pain in the left leg woke me at 4 am.",
    "Heat pad helped more than usual today.",
    "Missed my walk because of the rain, back stiff.",
)
DOCTOR_NOTES = (
    "Numbness in the left foot is new this week — should I worry?",
    "Dizzy for about an hour after the evening tablet.",
    "Can I go back to swimming twice a week?",
    "Pain shoots down the back of the left leg when I bend.",
)
TRIGGERS = ("bending to lift laundry", "long car ride", "sitting at the desk", "cold, damp weather",
            "gardening", "carrying shopping", "climbing stairs", "no obvious reason")  # fmt: skip
HELPED = ("heat pad", "lying down with knees up", "a short walk", "stretching", "rest", "warm shower")


def weekday_effect(day: date) -> float:
    return {0: 0.5, 1: 0.3, 5: -0.4, 6: -0.5}.get(day.weekday(), 0.0)


def injection_effect(days_after: int) -> float:
    """About −3.5 points from a week after the injection, fading over the following four months."""
    if days_after < 3:
        return 0.6 if days_after >= 0 else 0.0  # the post-injection flare
    if days_after < 7:
        return -3.5 * (days_after - 2) / 5
    return -3.5 * max(0.0, 1 - (days_after - 7) / 120)


def clamp(value: float) -> int:
    return max(0, min(10, round(value)))


def checkin(rng: random.Random, day: date, level: float) -> CheckIn:
    pain = clamp(level)
    recorded_range = rng.random() < 0.85
    note, for_doctor = "", False
    if rng.random() < 0.04:
        note, for_doctor = rng.choice(DOCTOR_NOTES), True
    elif rng.random() < 0.12:
        note = rng.choice(NOTES)
    locations = ["lower_back"]
    if rng.random() < 0.7:
        locations.append("leg_left")
    if rng.random() < 0.25:
        locations.append("hip_left")
    if rng.random() < 0.1:
        locations.append("foot_left")
    qualities = ["aching"]
    if "leg_left" in locations and rng.random() < 0.6:
        qualities.append("shooting")
    if rng.random() < 0.2:
        qualities.append("burning")
    if "foot_left" in locations:
        qualities.append("tingling")
    sleep_hours = round(max(3.0, min(9.5, 8.2 - 0.35 * level + rng.gauss(0, 0.7))) * 2) / 2
    return CheckIn(
        day=day,
        pain_avg=pain,
        pain_worst=min(10, pain + rng.choice((1, 2, 2, 3))) if recorded_range else None,
        pain_least=max(0, pain - rng.choice((1, 2, 2, 3))) if recorded_range else None,
        enjoyment=clamp(level - 0.5 + rng.gauss(0, 1.0)),
        activity=clamp(level + 0.3 + rng.gauss(0, 1.0)),
        mood=clamp(9.0 - 0.6 * level + rng.gauss(0, 0.9)),
        sleep_hours=sleep_hours if rng.random() < 0.9 else None,
        sleep_quality=clamp(9.0 - 0.6 * level + rng.gauss(0, 1.0)) if rng.random() < 0.9 else None,
        locations=tuple(locations),
        qualities=tuple(qualities),
        note=note,
        for_doctor=for_doctor,
    )


def flare_count(rng: random.Random, flare_day: bool) -> int:
    if flare_day:
        return rng.choice((1, 1, 2))
    return 1 if rng.random() < 0.03 else 0


def episode(rng: random.Random, day: date, level: float) -> Episode:
    at = datetime.combine(day, time(rng.randint(7, 21), rng.choice((0, 10, 15, 30, 45, 50))))
    return Episode(
        at=at,
        intensity=clamp(level + 1.5 + rng.random()),
        locations=("lower_back", "leg_left") if rng.random() < 0.6 else ("lower_back",),
        qualities=("shooting",) if rng.random() < 0.5 else ("stabbing",),
        trigger=rng.choice(TRIGGERS),
        helped=rng.choice(HELPED),
        note="",
    )


def entry_times(seed: int, checkins: list[CheckIn]) -> list[datetime]:
    """When each day was written, as people keep a diary: most the same evening, some the next morning, a few
    two to four days later. Never after now. A random stream of its own, so the days themselves stay as they were."""
    rng = random.Random(seed * 104729 + 7)
    now = datetime.now()
    found = []
    for checkin in checkins:
        roll = rng.random()
        if roll < 0.8:
            at = datetime.combine(checkin.day, time(rng.randint(19, 22), rng.randint(0, 59)))
        elif roll < 0.92:
            at = datetime.combine(checkin.day + timedelta(days=1), time(rng.randint(7, 10), rng.randint(0, 59)))
        else:
            at = datetime.combine(checkin.day + timedelta(days=rng.randint(2, 4)), time(rng.randint(18, 21), 0))
        found.append(min(at, now))
    return found
