"""Which body locations and pain qualities are reported most over a range of days."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode


def most_reported(checkins: Iterable[CheckIn], episodes: Iterable[Episode], field: str) -> list[tuple[str, int]]:
    """Codes by how many days mention them (a check-in or a flare that day), most first."""
    days_by_code: dict[str, set] = {}
    for entry in (*checkins, *episodes):
        day = entry.day if isinstance(entry, CheckIn) else entry.at.date()
        for code in getattr(entry, field):
            days_by_code.setdefault(code, set()).add(day)
    counts = Counter({code: len(days) for code, days in days_by_code.items()})
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
