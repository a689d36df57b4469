"""Each chart said in words, for a screen reader and for anyone who cannot make out the marks."""

from __future__ import annotations

from collections.abc import Sequence

from painlog.charts.trends import TrendsData
from painlog.domain.numbers import mean, scale_mean
from painlog.domain.response import Response
from painlog.domain.screens import INSTRUMENTS
from painlog.wording import days

EDGE_DAYS = 7  # the first and the last week of a range are compared


def describe_trends(data: TrendsData) -> str:
    """The range, how many days were recorded, pain in its first and last week, and the therapies shown."""
    recorded = sorted(data.checkins, key=lambda c: c.day)
    words = [f"Pain, PEG score, mood and sleep quality from {data.start.isoformat()} to {data.end.isoformat()}, "
             f"{len(recorded)} of {days(data.days)} recorded."]  # fmt: skip
    if recorded:
        first = [c.pain_avg for c in recorded if (c.day - data.start).days < EDGE_DAYS]
        last = [c.pain_avg for c in recorded if (data.end - c.day).days < EDGE_DAYS]
        if first and last and data.days > 2 * EDGE_DAYS:
            words.append(f"Average pain was {scale_mean(mean(first))} in the first week and {scale_mean(mean(last))} "
                         "in the last "
                         "(0–10, lower is better).")  # fmt: skip
        else:
            words.append(f"Average pain was {scale_mean(mean(c.pain_avg for c in recorded))} (0–10, lower is better).")
    if data.lanes:
        words.append("Therapies: " + "; ".join(_lane(lane) for lane in data.lanes) + ".")
    for code in data.screen_rows:
        totals = [f"{s.total} on {s.day.isoformat()}" for s in sorted(data.screens, key=lambda s: s.day)
                  if s.instrument == code]  # fmt: skip
        words.append(f"{code} scores (0–{INSTRUMENTS[code].highest}, lower is better): {', '.join(totals)}.")
    return " ".join(words)


def _lane(lane) -> str:  # noqa: ANN001 - a trends Lane
    parts = [f"{regimen.start.isoformat()} {label}".strip() for regimen, label in
             zip(lane.regimens, lane.labels or [""] * len(lane.regimens), strict=False)]  # fmt: skip
    parts += [f"procedure on {p.day.isoformat()}" for p in lane.procedures]
    return f"{lane.therapy.name}" + (f" ({', '.join(parts)})" if parts else "")


def describe_response(response: Response) -> str:
    event = response.event
    head = f"Daily pain around {event.therapy.name} ({event.what} on {event.day.isoformat()})"
    if response.pain is None:
        return f"{head}: too few days were recorded before or after to compare."
    return (f"{head}: on average {scale_mean(response.pain.before)} before and {scale_mean(response.pain.after)} after "
            "(0–10, lower is better).")  # fmt: skip


def describe_counts(rows: Sequence[tuple[str, Sequence[tuple[str, int]]]]) -> str:
    parts = []
    for title, counts in rows:
        named = ", ".join(f"{label} {days(n)}" for label, n in counts[:5]) or "none reported"
        parts.append(f"{title}: {named}.")
    return " ".join(parts)
