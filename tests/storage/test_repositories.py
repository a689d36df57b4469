from datetime import UTC, date, datetime, timedelta

import pytest

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.errors import ValidationError
from painlog.domain.text import MAX_TEXT
from painlog.storage.checkins import DayChangedElsewhereError
from painlog.storage.errors import DiaryWriteError
from painlog.storage.rows import from_json_list
from painlog.storage.writes import explain_write_error
from tests import sqlite_failures as made

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
    # The day after today where it is latest (UTC+14): from 10:00 UTC "tomorrow" here is already today there
    future = (datetime.now(UTC) + timedelta(hours=14)).date() + timedelta(days=1)
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


def test_the_first_and_last_recorded_days_and_none_in_an_empty_diary(diary):
    assert (diary.checkins.first_day(), diary.checkins.last_day()) == (None, None)
    assert (diary.episodes.last_day(), diary.doses.last_day()) == (None, None)
    for offset in (3, 0, 5):  # saved out of order: first and last come from the dates, not the order
        diary.checkins.save(full_checkin(DAY + timedelta(days=offset)))
    assert (diary.checkins.first_day(), diary.checkins.last_day()) == (DAY, date(2026, 11, 6))
    diary.episodes.add(Episode(at=datetime(2026, 11, 4, 23, 30), intensity=6))
    diary.episodes.add(Episode(at=datetime(2026, 11, 2, 8, 0), intensity=4))
    assert diary.episodes.last_day() == date(2026, 11, 4)
    assert [c.day.day for c in diary.checkins.all()] == [1, 4, 6]  # oldest first


def test_a_day_is_deleted_only_over_the_version_the_form_was_opened_with(diary):
    diary.checkins.save(full_checkin())
    with pytest.raises(DayChangedElsewhereError, match="changed elsewhere"):
        diary.checkins.delete(DAY, expected=CheckIn(day=DAY, pain_avg=1, enjoyment=1, activity=1, mood=1))
    assert diary.checkins.count() == 1
    diary.checkins.delete(DAY, expected=full_checkin())
    assert diary.checkins.count() == 0


def test_a_day_changed_elsewhere_says_when_it_was_saved_or_that_it_was_deleted():
    saved = DayChangedElsewhereError(DAY, full_checkin(), "2026-11-01T14:05:33+01:00")
    assert str(saved) == (
        "2026-11-01 was changed elsewhere since you opened it: another window or program saved it at 14:05 on "
        "2026-11-01."
    )
    unknown_time = DayChangedElsewhereError(DAY, full_checkin(), None)
    assert str(unknown_time).endswith(": another window or program saved it.")
    deleted = DayChangedElsewhereError(DAY, None, None)
    assert str(deleted) == "2026-11-01 was changed elsewhere since you opened it: its entry was deleted."


def test_an_episode_with_nothing_but_its_intensity_round_trips_with_empty_texts(diary):
    plain = diary.episodes.add(Episode(at=datetime(2026, 11, 1, 9, 0), intensity=4))
    assert diary.episodes.on_day(DAY) == [Episode(at=datetime(2026, 11, 1, 9, 0), intensity=4, id=plain.id)]
    with pytest.raises(ValueError, match="^update\\(\\) needs an episode that was stored before$"):
        diary.episodes.update(Episode(at=datetime(2026, 11, 1, 9, 0), intensity=5))


def test_settings_are_kept_trimmed_and_an_empty_value_removes_one(diary):
    assert diary.settings.get("patient_name") == ""
    assert diary.settings.get("patient_name", "not given") == "not given"
    diary.settings.set("patient_name", "  Ann Reyes ")
    diary.settings.set("birth_date", "1956-04-02")
    assert (diary.settings.get("patient_name"), diary.settings.get("birth_date")) == ("Ann Reyes", "1956-04-02")
    diary.settings.set("patient_name", "   ")
    assert diary.settings.get("patient_name", "not given") == "not given"
    assert diary.settings.get("birth_date") == "1956-04-02"  # only the one emptied is removed


def test_a_missing_list_of_codes_reads_as_none():
    assert from_json_list(None) == () and from_json_list("") == ()
    assert from_json_list('["neck", "head"]') == ("neck", "head")


@pytest.mark.parametrize(
    ("make", "sentence"),
    [
        (made.full_disk, "The disk is full, so nothing was saved; free some space and try again"),
        (made.read_only,
         "painlog may not write in the diary, so nothing was saved; check its permissions or choose another folder"),
        (made.locked,
         "The diary is in use by another program or painlog window, so nothing was saved; wait a moment, then try "
         "again"),
    ],
)  # fmt: skip
def test_each_failed_write_is_one_sentence_saying_nothing_was_saved(make, sentence, tmp_path):
    assert explain_write_error(make(tmp_path)) == sentence


def test_each_day_keeps_the_day_its_entry_was_first_written(diary):
    from datetime import datetime

    from painlog.domain.checkin import CheckIn

    day = date(2026, 11, 2)
    diary.checkins.save(CheckIn(day, 5, 5, 5, 5), written=datetime(2026, 11, 5, 20, 0))
    diary.checkins.save(CheckIn(day, 6, 5, 5, 5), written=datetime(2026, 11, 6, 9, 0))  # an edit: still the 5th
    diary.conn.execute("INSERT INTO checkins (date, pain_avg, enjoyment, activity, mood, created_at, updated_at) "
                       "VALUES ('2026-11-03', 4, 4, 4, 4, 'by another tool', 'x')")  # fmt: skip
    assert diary.checkins.first_written() == {day: date(2026, 11, 5)}  # a stamp that is no date is unknown


def test_a_day_marked_not_recorded_is_kept_and_a_check_in_on_it_wins(diary):
    first, second = date(2026, 11, 2), date(2026, 11, 3)
    diary.checkins.mark_not_recorded([first, second])
    stamp = diary.db.execute("SELECT marked_at FROM unrecorded_days WHERE date = '2026-11-02'").fetchone()[0]
    diary.checkins.mark_not_recorded([first])  # marked again: the first mark stays
    assert diary.db.execute("SELECT date, marked_at FROM unrecorded_days ORDER BY date").fetchall() == [
        ("2026-11-02", stamp), ("2026-11-03", stamp)
    ]  # fmt: skip
    assert diary.checkins.not_recorded_days() == {first, second}
    assert diary.checkins.recorded_days() == set()  # a mark is not an entry
    diary.checkins.save(full_checkin(second))  # remembered after all: the check-in wins over the mark
    assert diary.checkins.not_recorded_days() == {first}
    assert diary.checkins.recorded_days() == {second}
    diary.checkins.delete(second)  # the entry deleted again: the day shows as marked, as the person said
    assert diary.checkins.not_recorded_days() == {first, second}
