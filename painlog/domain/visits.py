"""Appointments with the specialist, the questions for them, and the patient's functional goals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP
from painlog.domain.text import check_text
from painlog.domain.vocabulary import GOAL_STATUSES


@dataclass(frozen=True)
class Visit:
    day: date
    clinician: str = ""
    questions: tuple[str, ...] = ()  # asked at this visit; added to at any time before it
    outcome: str = ""  # what was decided
    id: int | None = None

    def validated(self) -> Visit:
        if any(not q.strip() or "\n" in q for q in self.questions):
            raise ValidationError("questions", QT_TR_NOOP("Each question is one line of text."))
        check_text({"clinician": self.clinician, "questions": "\n".join(self.questions), "outcome": self.outcome})
        return self


# One rule for a visit dated today: it is the *next* visit for the whole of its day, and the last one from the
# day after. The patient prints the summary on the morning of the visit: it must cover the time since the visit
# before and carry the questions written down for today's. A visit is never both last and next.


def is_past(visit: Visit, today: date) -> bool:
    """A visit before today; today's visit is still the next one (see the rule above)."""
    return visit.day < today


def past_visits(visits: Iterable[Visit], today: date) -> list[Visit]:
    """Visits before today, oldest first."""
    return sorted((v for v in visits if is_past(v, today)), key=lambda v: v.day)


def last_visit(visits: Iterable[Visit], today: date) -> Visit | None:
    """The most recent visit before today (a summary covers the time since)."""
    past = past_visits(visits, today)
    return past[-1] if past else None


def next_visit(visits: Iterable[Visit], today: date) -> Visit | None:
    """The first visit from today on: the one questions are collected for."""
    coming = [v for v in visits if not is_past(v, today)]
    return min(coming, key=lambda v: v.day) if coming else None


@dataclass(frozen=True)
class Goal:
    text: str
    start: date
    status: str = "active"
    achieved: date | None = None
    id: int | None = None

    def validated(self) -> Goal:
        if not self.text.strip():
            raise ValidationError("text", QT_TR_NOOP("Write the goal in your own words."))
        if self.status not in GOAL_STATUSES:
            raise ValidationError("status", QT_TR_NOOP("Unknown goal status: {status}."), status=self.status)
        if self.status == "achieved" and self.achieved is None:
            raise ValidationError("achieved", QT_TR_NOOP("Give the day the goal was achieved."))
        if self.achieved is not None and self.achieved < self.start:
            raise ValidationError("achieved", QT_TR_NOOP("A goal cannot be achieved before it was set."))
        check_text({"text": self.text})
        return self
