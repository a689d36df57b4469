"""Did it help? Pain and PEG before versus after each start, dose change or procedure.

painlog's own windows (clinical.md, "Judging a therapy"): baseline = the 14 days before the event, at least
5 recorded; response = days 15–42 after a course starts or changes, days 3–28 after an injection, nerve block
or ablation. Surgery is judged on days 15–42, like a course: the first two weeks after an operation are
post-operative pain, not the result (clinical.md names no window for it; this is painlog's choice).
IMMPACT (Dworkin et al., J Pain 2008), the same thresholds both ways: a fall of ≥ 30 % is a moderate, ≥ 50 %
a substantial improvement; a rise of ≥ 30 % is moderately, ≥ 50 % substantially worse; anything smaller is
no important change. Judged on the exact means, never on rounded ones (painlog.domain.numbers).
"As of": a judgement uses no day after its as-of day; a window reaching past it is not complete yet.
Descriptive only: it does not show cause.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from painlog.domain.checkin import CheckIn
from painlog.domain.numbers import Number, average, exact
from painlog.domain.therapy import Procedure, RegimenChange, Therapy

BASELINE_DAYS = 14
LEAST_DAYS = 5
COURSE_WINDOW = (15, 42)
PROCEDURE_WINDOW = (3, 28)  # the first days after a steroid injection are often a flare
SHORT_WINDOW_KINDS = ("injection", "nerve_block", "radiofrequency_ablation")  # surgery: the course window
MODERATE, SUBSTANTIAL = 30, 50  # IMMPACT, % change either way


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
    """Two exact means (any number given is taken as the decimal it shows) and what their difference means."""

    before: Fraction
    after: Fraction

    def __init__(self, before: Number, after: Number) -> None:
        object.__setattr__(self, "before", exact(before))
        object.__setattr__(self, "after", exact(after))

    @property
    def points(self) -> Fraction:
        return self.after - self.before

    @property
    def percent(self) -> Fraction | None:
        """The change as a percentage of the baseline; None when the baseline is 0 (no percentage exists)."""
        return None if self.before == 0 else 100 * (self.after - self.before) / self.before

    @property
    def category(self) -> str:
        """substantial | moderate | none | worse | much_worse, or no_baseline (a rise from a baseline of 0)."""
        percent = self.percent
        if percent is None:
            return "none" if self.after == self.before else "no_baseline"
        if percent <= -SUBSTANTIAL:
            return "substantial"
        if percent <= -MODERATE:
            return "moderate"
        if percent >= SUBSTANTIAL:
            return "much_worse"
        return "worse" if percent >= MODERATE else "none"


@dataclass(frozen=True)
class Response:
    event: Event
    baseline_days: int  # recorded days in the baseline window (up to the as-of day)
    response_days: int  # recorded days in the response window, up to the as-of day
    pain: Change | None  # None: not enough data, or the window is not complete yet
    peg: Change | None
    overlaps: tuple[Event, ...] = ()  # other events inside either window: their effects mix
    complete: bool = True  # False: the response window reaches past the as-of day

    @property
    def enough_data(self) -> bool:
        return self.pain is not None

    @property
    def window_length(self) -> int:
        first, last = self.event.window
        return last - first + 1


def judge(
    event: Event, checkins: Iterable[CheckIn], others: Iterable[Event] = (), as_of: date | None = None
) -> Response:
    """Baseline and response means of pain and PEG around one event, as of `as_of` (None: all the data).

    Nothing after `as_of` is used; a response window that ends after it is reported as not complete yet,
    with the days it holds so far counted, and is not judged.
    """
    last = as_of or date.max
    checkins = [c for c in checkins if c.day <= last]
    b_start, b_end = event.baseline_days()
    r_start, r_end = event.response_days()
    before = [c for c in checkins if b_start <= c.day <= b_end]
    after = [c for c in checkins if r_start <= c.day <= r_end]
    overlaps = tuple(o for o in others if o != event and b_start <= o.day <= r_end and o.day <= last)
    complete = r_end <= last
    if not complete or len(before) < LEAST_DAYS or len(after) < LEAST_DAYS:
        return Response(event, len(before), len(after), None, None, overlaps, complete)
    pain = Change(average([c.pain_avg for c in before]), average([c.pain_avg for c in after]))
    peg = Change(average([c.exact_peg for c in before]), average([c.exact_peg for c in after]))
    return Response(event, len(before), len(after), pain, peg, overlaps, complete)


def judge_all(all_events: list[Event], checkins: Iterable[CheckIn], as_of: date | None = None) -> list[Response]:
    checkins = list(checkins)
    return [judge(event, checkins, all_events, as_of) for event in all_events]
