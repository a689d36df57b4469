from datetime import date, datetime, timedelta

import pytest

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.errors import ValidationError
from painlog.domain.text import MAX_TEXT
from painlog.storage.errors import DiaryWriteError

DAY = date(2026, 11, 1)


def full_checkin(day: date = DAY) -> CheckIn:
    return CheckIn(
        day=day, pain_avg=6, pain_worst=8, pain_least=3, enjoyment=5, activity=7, mood=4,
        sleep_hours=6.5, sleep_quality=5, locations=("lower_back", "leg_left"),
        qualities=("aching", "shooting"), note="Bad night <b>", for_doctor=True,
    )  # fmt: skip


def test_a_checkin_round_trips_exactly(diary):
    diary.checkins.save(full_checkin())
    assert diary.checkins.get(DAY) == full_checkin()
    assert diary.checkins.get(DAY + timedelta(days=1)) is None


def test_saving_a_day_again_replaces_it_and_keeps_when_it_was_created(diary):
    diary.checkins.save(full_checkin())
    created = diary.db.execute("SELECT created_at FROM checkins").fetchone()[0]
    edited = CheckIn(day=DAY, pain_avg=2, enjoyment=2, activity=2, mood=8)
    diary.checkins.save(edited)
    assert diary.checkins.get(DAY) == edited
    assert diary.checkins.count() == 1
    assert diary.db.execute("SELECT created_at FROM checkins").fetchone()[0] == created


def test_range_queries_and_recorded_days(diary):
    for offset in (0, 1, 3):
        diary.checkins.save(full_checkin(DAY + timedelta(days=offset)))
    assert [c.day.day for c in diary.checkins.between(DAY, DAY + timedelta(days=2))] == [1, 2]
    assert diary.checkins.recorded_days() == {date(2026, 11, 1), date(2026, 11, 2), date(2026, 11, 4)}
    diary.checkins.delete(DAY)
    assert diary.checkins.count() == 2


def test_an_invalid_checkin_is_refused_before_it_reaches_the_file(diary):
    with pytest.raises(ValidationError):
        diary.checkins.save(CheckIn(day=DAY, pain_avg=11, enjoyment=1, activity=1, mood=1))
    future = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError, match="future"):
        diary.checkins.save(CheckIn(day=future, pain_avg=1, enjoyment=1, activity=1, mood=1))
    assert diary.checkins.count() == 0


def test_episodes_round_trip_by_day_and_can_be_edited_and_deleted(diary):
    first = diary.episodes.add(
        Episode(
            at=datetime(2026, 11, 1, 9, 15),
            intensity=8,
            locations=("neck",),
            qualities=("burning",),
            trigger="stairs",
            helped="rest",
            note="n",
        )  # fmt: skip
    )
    second = diary.episodes.add(Episode(at=datetime(2026, 11, 1, 23, 59), intensity=5))
    diary.episodes.add(Episode(at=datetime(2026, 11, 2, 0, 0), intensity=3))
    assert [e.id for e in diary.episodes.on_day(DAY)] == [first.id, second.id]
    assert diary.episodes.on_day(DAY)[0] == first
    diary.episodes.update(Episode(at=first.at, intensity=9, id=first.id))
    assert diary.episodes.on_day(DAY)[0].intensity == 9
    diary.episodes.delete(second.id)
    assert diary.episodes.count_by_day() == {date(2026, 11, 1): 1, date(2026, 11, 2): 1}


def test_a_full_disk_is_a_clear_error_and_keeps_what_was_saved(diary):
    diary.checkins.save(full_checkin())
    pages = diary.db.execute("PRAGMA page_count").fetchone()[0]
    diary.db.execute(f"PRAGMA max_page_count = {pages}")
    big = CheckIn(day=DAY + timedelta(days=1), pain_avg=1, enjoyment=1, activity=1, mood=1, note="x" * MAX_TEXT)
    with pytest.raises(DiaryWriteError, match="disk is full"):
        diary.checkins.save(big)
    assert diary.checkins.count() == 1
    assert diary.checkins.get(DAY) == full_checkin()


def test_writes_grouped_in_a_transaction_are_kept_all_or_none(diary):
    with pytest.raises(RuntimeError), diary.transaction():
        diary.checkins.save(full_checkin())
        raise RuntimeError("interrupted")
    assert diary.checkins.count() == 0


def test_hours_of_sleep_are_kept_to_one_decimal_halves_away_from_zero(diary):
    # 7.25 h (typed in an imported file, say) is stored as 7.3, not 7.2 as round() would make it.
    diary.checkins.save(CheckIn(day=DAY, pain_avg=3, enjoyment=3, activity=3, mood=5, sleep_hours=7.25))
    assert diary.checkins.get(DAY).sleep_hours == 7.3
