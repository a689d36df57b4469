"""Procedure results in words, for the procedure report and the visit summary's procedure lines. Numbers only:
never "positive", "qualifies" or "successful" (clinical.md: the thresholds differ between guidelines and payers)."""

from __future__ import annotations

from painlog.domain import numbers
from painlog.domain.block_diary import BlockResult, Span
from painlog.domain.follow_ups import FollowUpResult
from painlog.wording import count, tr

AFTER_WORDS = {14: "2 weeks", 30: "1 month", 91: "3 months", 182: "6 months", 365: "12 months"}


def clock(minutes: int) -> str:
    """Time after the block as h:mm: 15 → "0:15", 480 → "8:00"."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def describe_span(span: Span) -> str:
    """ "50 % or more from 0:15 to at least 2:00 (below by 3:00)"; "80 % never reached"."""
    if span.first is None or span.last is None:
        return tr("{t} % never reached").format(t=span.threshold)
    text = tr("{t} % or more from {first} to at least {last}").format(
        t=span.threshold, first=clock(span.first), last=clock(span.last)
    )
    if span.next_below is not None:
        text += " " + tr("(below by {then})").format(then=clock(span.next_below))
    else:
        text += " " + tr("(still at the last rating)")
    return text


def describe_block(result: BlockResult) -> str:
    """The block in one line: the peak and both spans."""
    if result.peak is None:
        return tr("no rating recorded")
    peak = tr("peak relief {peak} at {at}").format(peak=numbers.percent(result.peak), at=clock(result.peak_at or 0))
    return "; ".join([peak, *(describe_span(s) for s in result.spans)])


def after_words(days: int) -> str:
    return tr(AFTER_WORDS.get(days, "{n} days")).format(n=days)


def describe_follow_ups(result: FollowUpResult) -> str:
    """How long relief of 50 % or more lasted, as far as the follow-ups tell."""
    if not result.points:
        return tr("no follow-up due yet")
    if result.lasted_days is None:
        return tr("relief of 50 % or more not recorded at any follow-up ({n})").format(
            n=count(len(result.points), "{n} due", "{n} due")
        )
    return tr("relief of 50 % or more lasted at least {after} (to that follow-up)").format(
        after=after_words(result.lasted_days)
    )
