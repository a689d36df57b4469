"""The demo's mood and anxiety screens and PGIC answers, matching its story: a PHQ-9 and a GAD-7 every two
weeks, moderate before the CBT starts and easing over the eight weeks after; a PGIC at each visit that has one
before it, and about five weeks after the gabapentin raise and the CBT start.

Drawn from a random stream of their own, so the check-ins of a seed stay what they were before screens existed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from painlog.domain.impressions import Impression
from painlog.domain.screens import INSTRUMENTS, Screen
from painlog.domain.therapy import Regimen, Therapy
from painlog.domain.visits import Visit

EVERY = timedelta(days=14)
AFTER_CHANGE = timedelta(days=35)  # within the 4–6 weeks the PGIC is asked after a start or change


def _answers(rng: random.Random, items: int, total: int) -> tuple[int, ...]:
    """`items` answers 0–3 adding up to `total`; the PHQ-9's item 9 (self-harm) stays at "Not at all"."""
    answers = [0] * items
    open_items = list(range(min(items, 8)))
    for _ in range(total):
        rng.shuffle(open_items)
        target = next(i for i in open_items if answers[i] < 3)
        answers[target] += 1
    return tuple(answers)


def _level(day: date, cbt: date | None, before: float, after: float) -> float:
    """The expected total on `day`: `before` until the CBT starts, easing to `after` over the 8 weeks after it."""
    if cbt is None or day < cbt:
        return before
    return before - (before - after) * min(1.0, (day - cbt).days / 56)


def screens(seed: int, start: date, end: date, cbt: date | None) -> list[Screen]:
    rng = random.Random(seed * 7919 + 1)
    found = []
    day = start + timedelta(days=1)
    while day <= end:
        for code, before, after, cap in (("PHQ-9", 14.0, 6.0, 24), ("GAD-7", 11.0, 5.0, 21)):
            total = max(0, min(cap, round(_level(day, cbt, before, after) + rng.gauss(0, 1.5))))
            found.append(Screen(day, code, _answers(rng, len(INSTRUMENTS[code].items), total),
                                difficulty=1 if total >= 10 else 0))  # fmt: skip
        day += EVERY
    return found


def impressions(visits: list[Visit], courses: list[tuple[Therapy, Regimen]], end: date) -> list[Impression]:
    """One answer at each held visit after the first, and about five weeks after each listed start or change."""
    held = sorted((v for v in visits if v.day <= end and v.id is not None), key=lambda v: v.day)
    found = [
        Impression(visit.day, "minimally_improved" if n == 1 else "much_improved", held[n - 1].day, visit_id=visit.id)
        for n, visit in enumerate(held)
        if n > 0
    ]
    for therapy, regimen in courses:
        asked = regimen.start + AFTER_CHANGE
        if asked <= end:
            answer = "much_improved" if therapy.kind == "psychological" else "minimally_improved"
            found.append(Impression(asked, answer, regimen.start, regimen_id=regimen.id))
    return sorted(found, key=lambda i: i.day)
