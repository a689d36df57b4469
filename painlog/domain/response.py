"""Did it help? Pain and PEG before versus after each start, dose change or procedure.

painlog's own windows (clinical.md, "Judging a therapy"): baseline = the 14 days before the event, at least
5 recorded; response = days 15–42 after a course starts or changes, days 3–28 after an injection, nerve block
or ablation. IMMPACT (Dworkin et al., J Pain 2008): a fall of ≥ 30 % is moderately important, ≥ 50 %
substantial, less is no important change; a rise is "worse". Descriptive only: it does not show cause.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean

from painlog.domain.checkin import CheckIn
from painlog.domain.therapy import Procedure, RegimenChange, Therapy

BASELINE_DAYS = 14
LEAST_DAYS = 5
COURSE_WINDOW = (15, 42)
PROCEDURE_WINDOW = (3, 28)  # the first days after a steroid injection are often a flare
SHORT_WINDOW_KINDS = ("injection", "nerve_block", "radiofrequency_ablation")
CAUSE_LINE = "Patient-recorded diary. Associations between therapies and pain do not show cause."


@dataclass(frozen=True)
class Event:
    """Something a response is judged around: a start, a dose change or a procedure."""

    day: date
    therapy: Therapy
    what: str  # started | changed | procedure
    detail: str = ""  # the new dose, the site…

    @property
    def window(self) -> tuple[int, int]:
        short = self.what == "procedure" and self.therapy.kind in SHORT_WINDOW_KINDS
        return PROCEDURE_WINDOW if short else COURSE_WINDOW

    def baseline_days(self) -> tuple[date, date]:
        return self.day - timedelta(days=BASELINE_DAYS), self.day - timedelta(days=1)

    def response_days(self) -> tuple[date, date]:
        first, last = self.window
        return self.day + timedelta(days=first), self.day + timedelta(days=last)


def events(changes: Iterable[RegimenChange], procedures: Iterable[tuple[Therapy, Procedure]]) -> list[Event]:
    """Every start, dose change and procedure, in date order (stops are not judged: nothing new began)."""
    found = [Event(c.day, c.therapy, c.what) for c in changes if c.what in ("started", "changed")]
    found += [Event(p.day, t, "procedure", p.site) for t, p in procedures]
    return sorted(found, key=lambda e: (e.day, e.therapy.name))


@dataclass(frozen=True)
class Change:
    before: float
    after: float

    @property
    def points(self) -> float:
        return round(self.after - self.before, 1)

    @property
    def percent(self) -> float | None:
        return None if self.before == 0 else round(100 * (self.after - self.before) / self.before)

    @property
    def category(self) -> str:
        """IMMPACT: substantial (≥ 50 % fall), moderate (≥ 30 %), none (< 30 %); any rise is worse.

        Judged on the whole percentage shown beside it, so the words and the number never disagree.
        """
        if self.after > self.before:
            return "worse"
        fall = -(self.percent or 0)
        if fall >= 50:
            return "substantial"
        return "moderate" if fall >= 30 else "none"


@dataclass(frozen=True)
class Response:
    event: Event
    baseline_days: int  # recorded days in the baseline window
    response_days: int
    pain: Change | None  # None: not enough data
    peg: Change | None
    overlaps: tuple[Event, ...] = ()  # other events inside either window: their effects mix
    window_open: bool = False  # the response window has not fully passed yet

    @property
    def enough_data(self) -> bool:
        return self.pain is not None


def judge(
    event: Event, checkins: Iterable[CheckIn], others: Iterable[Event] = (), today: date | None = None
) -> Response:
    """Baseline and response means of pain and PEG around one event."""
    checkins = list(checkins)
    b_start, b_end = event.baseline_days()
    r_start, r_end = event.response_days()
    before = [c for c in checkins if b_start <= c.day <= b_end]
    after = [c for c in checkins if r_start <= c.day <= r_end]
    overlaps = tuple(o for o in others if o != event and b_start <= o.day <= r_end)
    still_open = today is not None and r_end > today
    if len(before) < LEAST_DAYS or len(after) < LEAST_DAYS:
        return Response(event, len(before), len(after), None, None, overlaps, still_open)
    pain = Change(round(mean(c.pain_avg for c in before), 1), round(mean(c.pain_avg for c in after), 1))
    peg = Change(round(mean(c.peg for c in before), 1), round(mean(c.peg for c in after), 1))
    return Response(event, len(before), len(after), pain, peg, overlaps, still_open)


def judge_all(all_events: list[Event], checkins: Iterable[CheckIn], today: date | None = None) -> list[Response]:
    checkins = list(checkins)
    return [judge(event, checkins, all_events, today) for event in all_events]
