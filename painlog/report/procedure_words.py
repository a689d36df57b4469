"""Procedure results in words, for the procedure report and the visit summary's procedure lines. Numbers only:
never "positive", "qualifies" or "successful" (clinical.md: the thresholds differ between guidelines and payers)."""

from __future__ import annotations

from painlog.domain import numbers
from painlog.domain.block_diary import BlockResult, Span
from painlog.domain.follow_ups import FollowUpResult
from painlog.wording import Translator
from painlog.wording.procedures import after_words, offset


def describe_span(span: Span, tr: Translator) -> str:
    """ "50 % or more from 0:15 to at least 2:00 (below by 3:00)"; "80 % never reached"."""
    if span.first is None or span.last is None:
        return tr("{t} % never reached").format(t=span.threshold)
    text = tr("{t} % or more from {first} to at least {last}").format(
        t=span.threshold, first=offset(span.first), last=offset(span.last)
    )
    if span.next_below is not None:
        return tr("{relief} (below by {then})").format(relief=text, then=offset(span.next_below))
    return tr("{relief} (still at the last rating)").format(relief=text)


def describe_block(result: BlockResult, tr: Translator) -> str:
    """The block in one line: the peak and both spans."""
    if result.peak is None:
        return tr("no rating recorded")
    peak = tr("peak relief {peak} at {at}").format(peak=numbers.percent(result.peak), at=offset(result.peak_at or 0))
    return "; ".join([peak, *(describe_span(s, tr) for s in result.spans)])


def describe_follow_ups(result: FollowUpResult, tr: Translator) -> str:
    """How long relief of 50 % or more lasted, as far as the follow-ups tell."""
    if not result.points:
        return tr("no follow-up due yet")
    if result.lasted_days is None:
        return tr("relief of 50 % or more not recorded at any follow-up (%n due)", None, len(result.points))
    return tr("relief of 50 % or more lasted at least {after} (to that follow-up)").format(
        after=after_words(result.lasted_days, tr)
    )
