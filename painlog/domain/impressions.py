"""The Patient Global Impression of Change (PGIC): asked at each visit and some weeks after a therapy change.

The answer is stored as its label, not a number: published versions number the seven categories in opposite
directions (clinical.md). IMMPACT reads "much improved" as a moderately important change and "very much
improved" as a substantial one (Dworkin et al., J Pain 2008); Farrar et al. (Pain 2001) found "much improved"
close to a 2-point or 30 % fall on the 0–10 pain scale.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP

# Best first. Stored in impressions.answer.
PGIC_ANSWERS = (
    "very_much_improved",
    "much_improved",
    "minimally_improved",
    "no_change",
    "minimally_worse",
    "much_worse",
    "very_much_worse",
)
# Asked this many days after a therapy starts or its dose changes (4–6 weeks): long enough for a course to act.
AFTER_CHANGE_DAYS = (28, 42)
# A recorded visit's question stays on offer this many days after it.
AFTER_VISIT_DAYS = 14


@dataclass(frozen=True)
class Impression:
    day: date
    answer: str
    since: date  # the day the question looks back to: the visit before, or the therapy's start or change
    visit_id: int | None = None  # asked about the time up to this visit
    regimen_id: int | None = None  # asked about this regimen (a start or a dose change)
    id: int | None = None

    def validated(self) -> Impression:
        if self.answer not in PGIC_ANSWERS:
            raise ValidationError("answer", QT_TR_NOOP("Choose one of the seven answers."))
        if self.since > self.day:
            raise ValidationError("since", QT_TR_NOOP("The change is looked back on from a later day."))
        if self.visit_id is not None and self.regimen_id is not None:
            raise ValidationError("regimen_id", QT_TR_NOOP("An answer is about a visit or a therapy, not both."))
        return self


def describe(answer: str) -> str:
    """ "much_improved" → "much improved"."""
    return answer.replace("_", " ")


@dataclass(frozen=True)
class Question:
    """A PGIC question that is due: about the time since `since`, for a visit or a regimen."""

    since: date
    visit_id: int | None = None
    regimen_id: int | None = None


def visit_question(visits: Iterable[tuple[int, date]], asked: Iterable[Impression], today: date) -> Question | None:
    """The question about the latest visit up to today, while fresh, when a visit before it gives a "since".

    `visits` are (id, day) pairs; a visit already answered for is not asked again.
    """
    done = {i.visit_id for i in asked if i.visit_id is not None}
    held = sorted((day, visit_id) for visit_id, day in visits if day <= today)
    if len(held) < 2:
        return None
    (before, _), (day, visit_id) = held[-2], held[-1]
    if visit_id in done or today - day > timedelta(days=AFTER_VISIT_DAYS):
        return None
    return Question(before, visit_id=visit_id)


def change_questions(changes: Iterable[tuple[int, date]], asked: Iterable[Impression], today: date) -> list[Question]:
    """Questions about regimens that started 4–6 weeks before `today` and were not answered for yet.

    `changes` are (regimen id, start day) of course therapies (a start or a dose change each makes a regimen).
    """
    done = {i.regimen_id for i in asked if i.regimen_id is not None}
    low, high = AFTER_CHANGE_DAYS
    return [
        Question(start, regimen_id=regimen_id)
        for regimen_id, start in sorted(changes, key=lambda c: c[1])
        if regimen_id not in done and low <= (today - start).days <= high
    ]


def about_starts(
    impressions: Iterable[Impression], starts: Mapping[int, tuple[int, date]]
) -> dict[tuple[int, date], Impression]:
    """The latest answer about each regimen, keyed by (therapy id, regimen start) as a judged start or dose change is.

    `starts` maps a regimen id to its (therapy id, start day).
    """
    found: dict[tuple[int, date], Impression] = {}
    for impression in sorted(impressions, key=lambda i: (i.day, i.id or 0)):
        regimen_id = impression.regimen_id
        if regimen_id is not None and regimen_id in starts:
            found[starts[regimen_id]] = impression
    return found
