"""In-memory stand-ins for the diary's repositories, for driving presenters without a file or Qt."""

from __future__ import annotations

import dataclasses
from datetime import date

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.errors import ChangedElsewhereError


def changed_elsewhere(day: date, stored: CheckIn | None) -> ChangedElsewhereError:
    error = ChangedElsewhereError(f"{day.isoformat()} was changed elsewhere since you opened it")
    error.stored = stored
    return error


class FakeCheckins:
    """Check-ins by day; `failure`, when set, is raised by the next writes instead of writing."""

    def __init__(self, *checkins: CheckIn) -> None:
        self.days = {checkin.day: checkin for checkin in checkins}
        self.failure: Exception | None = None
        self.writes: list[tuple[str, object, CheckIn | None]] = []

    def get(self, day: date) -> CheckIn | None:
        return self.days.get(day)

    def last_day(self) -> date | None:
        return max(self.days, default=None)

    def save(self, checkin: CheckIn, *, expected: CheckIn | None) -> str:
        self._check(checkin.day, expected)
        self.writes.append(("save", checkin, expected))
        self.days[checkin.day] = checkin
        return f"{checkin.day.isoformat()}T14:05:33+01:00"

    def delete(self, day: date, *, expected: CheckIn | None) -> None:
        self._check(day, expected)
        self.writes.append(("delete", day, expected))
        del self.days[day]

    def _check(self, day: date, expected: CheckIn | None) -> None:
        if self.failure is not None:
            raise self.failure
        if self.days.get(day) != expected:
            raise changed_elsewhere(day, self.days.get(day))


class FakeFlares:
    def __init__(self) -> None:
        self.flares: dict[int, Episode] = {}
        self.failure: Exception | None = None

    def last_day(self) -> date | None:
        return max((flare.at.date() for flare in self.flares.values()), default=None)

    def on_day(self, day: date) -> list[Episode]:
        return [flare for flare in self.flares.values() if flare.at.date() == day]

    def add(self, episode: Episode) -> Episode:
        self._fail()
        stored = dataclasses.replace(episode, id=len(self.flares) + 1)
        self.flares[stored.id or 0] = stored
        return stored

    def update(self, episode: Episode) -> None:
        self._fail()
        self.flares[episode.id or 0] = episode

    def delete(self, episode_id: int) -> None:
        self._fail()
        del self.flares[episode_id]

    def _fail(self) -> None:
        if self.failure is not None:
            raise self.failure


class FakeRecorded:
    """Another record of days (doses), known only by its last day."""

    def __init__(self, last: date | None) -> None:
        self.last = last

    def last_day(self) -> date | None:
        return self.last
