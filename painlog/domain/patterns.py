"""Which body locations and pain qualities are reported most over a range of days."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode


def most_reported(checkins: Iterable[CheckIn], episodes: Iterable[Episode], field: str) -> list[tuple[str, int]]:
    """Codes by how many days mention them (a check-in or a flare that day), most first."""
    days_by_code: dict[str, set[date]] = {}
    dated = [(c.day, getattr(c, field)) for c in checkins] + [(e.at.date(), getattr(e, field)) for e in episodes]
    for day, codes in dated:
        for code in codes:
            days_by_code.setdefault(code, set()).add(day)
    counts = Counter({code: len(days) for code, days in days_by_code.items()})
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
