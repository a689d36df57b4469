"""Each chart said in words, for a screen reader and for anyone who cannot make out the marks."""

from __future__ import annotations

from collections.abc import Sequence

from painlog.charts.trends import TrendsData
from painlog.domain.numbers import mean, scale_mean
from painlog.domain.response import Response
from painlog.domain.screens import INSTRUMENTS
from painlog.wording import ENGLISH, Translator
from painlog.wording.clinical import EVENT_WORDS, word
from painlog.wording.sentences import describe_regimen

EDGE_DAYS = 7  # the first and the last week of a range are compared


def describe_trends(data: TrendsData, tr: Translator = ENGLISH) -> str:
    """The range, how many days were recorded, pain in its first and last week, and the therapies shown."""
    recorded = sorted(data.checkins, key=lambda c: c.day)
    words = [tr("Pain, PEG score, mood and sleep quality from {start} to {end}, {recorded} of %n day(s) recorded.",
                None, data.days).format(start=data.start.isoformat(), end=data.end.isoformat(),
                                        recorded=len(recorded))]  # fmt: skip
    if recorded:
        first = [c.pain_avg for c in recorded if (c.day - data.start).days < EDGE_DAYS]
        last = [c.pain_avg for c in recorded if (data.end - c.day).days < EDGE_DAYS]
        if first and last and data.days > 2 * EDGE_DAYS:
            words.append(tr("Average pain was {first} in the first week and {last} in the last (0–10, lower is "
                            "better).").format(first=scale_mean(mean(first)), last=scale_mean(mean(last))))  # fmt: skip
        else:
            words.append(tr("Average pain was {mean} (0–10, lower is better).").format(
                mean=scale_mean(mean(c.pain_avg for c in recorded))))  # fmt: skip
    if data.lanes:
        words.append(tr("Therapies: {lanes}.").format(lanes="; ".join(_lane(lane, tr) for lane in data.lanes)))
    for code in data.screen_rows:
        totals = [tr("{total} on {day}").format(total=s.total, day=s.day.isoformat())
                  for s in sorted(data.screens, key=lambda s: s.day) if s.instrument == code]  # fmt: skip
        words.append(tr("{form} scores (0–{highest}, lower is better): {totals}.").format(
            form=code, highest=INSTRUMENTS[code].highest, totals=", ".join(totals)))  # fmt: skip
    return " ".join(words)


def _lane(lane, tr: Translator) -> str:  # noqa: ANN001 - a trends Lane
    labels = lane.labels or tuple(describe_regimen(r, tr) for r in lane.regimens)
    parts = [f"{regimen.start.isoformat()} {label}".strip() for regimen, label in
             zip(lane.regimens, labels, strict=False)]  # fmt: skip
    parts += [tr("procedure on {day}").format(day=p.day.isoformat()) for p in lane.procedures]
    return f"{lane.therapy.name}" + (f" ({', '.join(parts)})" if parts else "")


def describe_response(response: Response, tr: Translator = ENGLISH) -> str:
    event = response.event
    what = word(EVENT_WORDS, event.what, tr)
    if response.pain is None:
        return tr("Daily pain around {therapy} ({what} on {day}): too few days were recorded before or after to "
                  "compare.").format(therapy=event.therapy.name, what=what, day=event.day.isoformat())  # fmt: skip
    return tr("Daily pain around {therapy} ({what} on {day}): on average {before} before and {after} after (0–10, "
              "lower is better).").format(therapy=event.therapy.name, what=what, day=event.day.isoformat(),
                                          before=scale_mean(response.pain.before),
                                          after=scale_mean(response.pain.after))  # fmt: skip


def describe_counts(rows: Sequence[tuple[str, Sequence[tuple[str, int]]]], tr: Translator = ENGLISH) -> str:
    parts = []
    for title, counts in rows:
        named = ", ".join(tr("{label} %n day(s)", None, n).format(label=label) for label, n in counts[:5])
        parts.append(tr("{title}: {named}.").format(title=title, named=named or tr("none reported")))
    return " ".join(parts)
