from datetime import date, datetime

import pytest

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.errors import ValidationError
from painlog.domain.history import day_rows
from painlog.domain.text import MAX_TEXT

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


def test_a_day_marked_not_recorded_is_neither_an_entry_nor_plain_missing_and_a_check_in_wins():
    marked = [date(2026, 11, 21), date(2026, 11, 22)]  # the 22nd was filled in after all
    rows = day_rows([checkin(date(2026, 11, 20)), checkin(date(2026, 11, 22))], {}, date(2026, 11, 23),
                    not_recorded=marked)  # fmt: skip
    assert [(row.day.day, row.checkin is not None, row.not_recorded) for row in rows] == [
        (23, False, False), (22, True, False), (21, False, True), (20, True, False),
    ]  # fmt: skip


def test_history_of_an_empty_diary_is_empty():
    assert day_rows([], {}, today=date(2026, 11, 23)) == []


def episode_refusal(episode: Episode) -> tuple[str, str]:
    with pytest.raises(ValidationError) as refused:
        episode.validated(NOW)
    return refused.value.field, refused.value.message


def test_an_episode_is_refused_naming_the_field_to_correct():
    at = datetime(2026, 11, 24, 14, 0)
    assert Episode(at=NOW, intensity=5).validated(NOW).at == NOW  # the latest moment itself is not the future
    assert episode_refusal(Episode(at=datetime(2026, 11, 24, 15, 0, 1), intensity=5)) == (
        "at",
        "A flare cannot be logged for a time in the future.",
    )
    assert episode_refusal(Episode(at=at, intensity=None)) == ("intensity", "Intensity is required.")
    assert episode_refusal(Episode(at=at, intensity=5, locations=("elbow",)))[0] == "locations"
    assert episode_refusal(Episode(at=at, intensity=5, qualities=("sharpish",)))[0] == "qualities"
    too_long = "x" * (MAX_TEXT + 1)
    assert episode_refusal(Episode(at=at, intensity=5, trigger=too_long))[0] == "trigger"
    assert episode_refusal(Episode(at=at, intensity=5, helped=too_long))[0] == "helped"
    assert episode_refusal(Episode(at=at, intensity=5, note=too_long)) == (
        "note",
        f"{MAX_TEXT + 1:,} characters are too many for the note; at most {MAX_TEXT:,} fit.",
    )
