"""The hours after a diagnostic block: pain rated at the clinic's times, and what the ratings show.

A diagnostic block (a medial branch block, another nerve block, a joint injection given as a test) is judged by
the relief felt while the local anaesthetic lasts: % relief = (pain before − pain after) ÷ pain before × 100
(clinical.md, "Procedures"). Whether 50 % or 80 % counts differs between guidelines and payers, so both are
measured and neither is called a verdict. Late and missed ratings are kept as such, never filled in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction

from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP
from painlog.domain.text import check_text

DEFAULT_TIMES = (15, 30, 60, 120, 180, 240, 360, 480)  # minutes after the block (clinics hand out such sheets)
THRESHOLDS = (50, 80)  # % relief: both lines are drawn, both durations given
# Commonly cited durations of the local anaesthetic (clinical.md): lidocaine a few hours, bupivacaine about
# 6–12 hours. Offered as defaults; the clinic's own figures can be entered instead.
ANAESTHETIC_HOURS: dict[str, tuple[int, int]] = {"lidocaine": (1, 3), "bupivacaine": (6, 12)}
ACTIVITY_RESULTS = ("better", "same", "worse")
MAX_ACTIVITIES = 3


def on_time_window(minutes: int) -> int:
    """Minutes after a rating's time within which it is still on time: a tenth of the time since the block,
    at least 5 (the 15-minute rating by 0:20, the 8-hour one by 8:48). Later ones are kept, marked late."""
    return max(5, minutes // 10)


@dataclass(frozen=True)
class BlockDiary:
    """What the patient set down before the block, and the times the clinic asked for ratings."""

    procedure_id: int
    block_at: datetime  # when the block was given
    usual_pain: int  # the usual pain before the block, 0–10: what relief is measured against
    activities: tuple[str, ...] = ()  # 1–3 things that usually provoke the pain, tried after the block
    anaesthetic: str = ""  # as the clinic named it (lidocaine, bupivacaine …), if known
    expected_hours: tuple[int, int] | None = None  # how long the anaesthetic is expected to last, if known
    times: tuple[int, ...] = DEFAULT_TIMES  # minutes after the block

    def validated(self) -> BlockDiary:
        if isinstance(self.usual_pain, bool) or not isinstance(self.usual_pain, int) or not 0 <= self.usual_pain <= 10:
            raise ValidationError("usual_pain", QT_TR_NOOP("The usual pain must be a whole number from 0 to 10."))
        if self.usual_pain == 0:
            raise ValidationError(
                "usual_pain", QT_TR_NOOP("Relief is measured against the usual pain, so it cannot be 0.")
            )
        activities = [a for a in self.activities if a.strip()]
        if len(activities) > MAX_ACTIVITIES:
            raise ValidationError(
                "activities", QT_TR_NOOP("Note at most {max_activities} activities."), max_activities=MAX_ACTIVITIES
            )
        if not self.times or any(t <= 0 for t in self.times) or list(self.times) != sorted(set(self.times)):
            raise ValidationError(
                "times", QT_TR_NOOP("The rating times are minutes after the block, each later than the last.")
            )
        if self.expected_hours is not None:
            low, high = self.expected_hours
            if not 0 < low <= high <= 48:
                raise ValidationError(
                    "expected_hours", QT_TR_NOOP("The expected duration is from 1 to 48 hours, shortest first.")
                )
        check_text({"anaesthetic": self.anaesthetic, **{f"activity {n}": a for n, a in enumerate(activities, 1)}})
        return self

    def due_at(self, minutes: int) -> datetime:
        return self.block_at + timedelta(minutes=minutes)

    def next_due(self, ratings: Iterable[TimedRating], now: datetime) -> int | None:
        """The next rating time (minutes) not yet rated and not yet past its window; None when the sheet is done."""
        rated = {r.minutes for r in ratings}
        for minutes in self.times:
            late_by = self.due_at(minutes) + timedelta(minutes=on_time_window(minutes))
            if minutes not in rated and now <= late_by:
                return minutes
        return None

    def missed(self, ratings: Iterable[TimedRating], now: datetime) -> list[int]:
        """Times past their window with no rating: shown as missed, never filled in."""
        rated = {r.minutes for r in ratings}
        return [m for m in self.times
                if m not in rated and now > self.due_at(m) + timedelta(minutes=on_time_window(m))]  # fmt: skip


@dataclass(frozen=True)
class TimedRating:
    """A pain rating at one of the sheet's times, with when it was actually made."""

    procedure_id: int
    minutes: int  # the sheet's time it answers (minutes after the block)
    rated_at: datetime
    pain: int
    activity: str = ""  # "better", "same" or "worse" when the patient tried a usual activity
    id: int | None = None

    def validated(self, diary: BlockDiary) -> TimedRating:
        if self.minutes not in diary.times:
            raise ValidationError("minutes", QT_TR_NOOP("This rating time is not on the sheet."))
        if isinstance(self.pain, bool) or not isinstance(self.pain, int) or not 0 <= self.pain <= 10:
            raise ValidationError("pain", QT_TR_NOOP("Pain must be a whole number from 0 to 10."))
        if self.activity and self.activity not in ACTIVITY_RESULTS:
            raise ValidationError("activity", QT_TR_NOOP("The activity was better, the same or worse."))
        if self.rated_at < diary.block_at:
            raise ValidationError("rated_at", QT_TR_NOOP("A rating after the block cannot be made before it."))
        return self

    def late(self, diary: BlockDiary) -> bool:
        return self.rated_at > diary.due_at(self.minutes) + timedelta(minutes=on_time_window(self.minutes))


def relief(usual: int, pain: int) -> Fraction:
    """% relief against the usual pain, exact: (usual − pain) ÷ usual × 100 (negative when the pain is worse)."""
    return Fraction(usual - pain, usual) * 100


@dataclass(frozen=True)
class Span:
    """How long relief stayed at or above a threshold, as far as the ratings tell."""

    threshold: int
    first: int | None  # minutes after the block of the first rating at or above it (None: never reached)
    last: int | None  # the last rating of that first unbroken run at or above it
    next_below: int | None  # the rating after the run that fell below (None: the sheet ended above it)

    @property
    def hours(self) -> Fraction | None:
        """At least this long (from the block to the last rating above); None when never reached."""
        return None if self.last is None else Fraction(self.last, 60)


@dataclass(frozen=True)
class BlockResult:
    curve: tuple[tuple[int, Fraction], ...]  # (minutes after the block as rated, % relief), in time order
    peak: Fraction | None
    peak_at: int | None  # minutes after the block
    spans: tuple[Span, ...]  # one per THRESHOLDS
    late: tuple[int, ...]  # sheet times rated late
    missed: tuple[int, ...]  # sheet times never rated


def block_result(diary: BlockDiary, ratings: Sequence[TimedRating], now: datetime) -> BlockResult:
    """The relief curve by the actual time of each rating, its peak, and how long relief stayed ≥ 50 % and ≥ 80 %."""
    ordered = sorted(ratings, key=lambda r: r.rated_at)
    curve = tuple(
        (int((r.rated_at - diary.block_at).total_seconds() // 60), relief(diary.usual_pain, r.pain)) for r in ordered
    )
    peak = max((value for _, value in curve), default=None)
    peak_at = next((minutes for minutes, value in curve if value == peak), None)
    return BlockResult(
        curve, peak, peak_at, tuple(_span(curve, t) for t in THRESHOLDS),
        tuple(r.minutes for r in ordered if r.late(diary)), tuple(diary.missed(ordered, now)),
    )  # fmt: skip


def _span(curve: Sequence[tuple[int, Fraction]], threshold: int) -> Span:
    first = last = below = None
    for minutes, value in curve:
        if value >= threshold:
            if first is None:
                first = minutes
            if below is None:
                last = minutes
        elif first is not None and below is None:
            below = minutes
    return Span(threshold, first, last, below)
