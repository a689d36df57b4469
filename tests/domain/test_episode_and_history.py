from datetime import date, datetime

import pytest

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.errors import ValidationError
from painlog.domain.history import day_rows

NOW = datetime(2026, 11, 24, 15, 0)


def test_an_episode_in_the_future_or_off_the_scale_is_refused():
    assert Episode(at=datetime(2026, 11, 24, 14, 0), intensity=8).validated(NOW)
    with pytest.raises(ValidationError, match="future"):
        Episode(at=datetime(2026, 11, 24, 16, 0), intensity=8).validated(NOW)
    with pytest.raises(ValidationError, match="from 0 to 10"):
        Episode(at=datetime(2026, 11, 24, 14, 0), intensity=12).validated(NOW)
    with pytest.raises(ValidationError, match="Unknown"):
        Episode(at=datetime(2026, 11, 24, 14, 0), intensity=3, qualities=("sharpish",)).validated(NOW)


def checkin(day: date) -> CheckIn:
    return CheckIn(day=day, pain_avg=5, enjoyment=5, activity=5, mood=5)


def test_history_lists_every_day_newest_first_with_missing_days_as_missing():
    rows = day_rows(
        [checkin(date(2026, 11, 20)), checkin(date(2026, 11, 22))],
        {date(2026, 11, 21): 2, date(2026, 11, 22): 1},
        today=date(2026, 11, 23),
    )
    assert [row.day.day for row in rows] == [23, 22, 21, 20]
    assert [row.checkin is not None for row in rows] == [False, True, False, True]
    assert [row.flares for row in rows] == [0, 1, 2, 0]


def test_history_of_an_empty_diary_is_empty():
    assert day_rows([], {}, today=date(2026, 11, 23)) == []
