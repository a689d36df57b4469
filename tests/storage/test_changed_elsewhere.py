"""Two windows on one diary: a day is written only over the version its form was opened with."""

import dataclasses
from datetime import date

import pytest

from painlog.domain.checkin import CheckIn
from painlog.storage.checkins import DayChangedElsewhereError
from painlog.storage.diary import open_diary

DAY = date(2026, 11, 1)
OPENED = CheckIn(DAY, pain_avg=5, enjoyment=4, activity=4, mood=6, note="as opened")


@pytest.fixture
def other_window(diary):
    with open_diary(diary.path) as other:
        yield other


def test_a_save_over_a_day_saved_elsewhere_is_refused_and_keeps_theirs(diary, other_window):
    diary.checkins.save(OPENED)
    loaded = diary.checkins.get(DAY)
    theirs = dataclasses.replace(OPENED, pain_avg=8, note="saved in the other window")
    other_window.checkins.save(theirs, expected=other_window.checkins.get(DAY))
    mine = dataclasses.replace(OPENED, pain_avg=3, note="mine")
    with pytest.raises(DayChangedElsewhereError, match="changed elsewhere since you opened it") as refused:
        diary.checkins.save(mine, expected=loaded)
    assert refused.value.stored == theirs
    assert "another window or program saved it at" in str(refused.value)
    assert diary.checkins.get(DAY) == theirs
    assert not diary.conn.in_transaction  # the compare and the write were one transaction, rolled back whole


def test_knowing_the_other_version_the_person_may_save_over_it(diary, other_window):
    diary.checkins.save(OPENED)
    theirs = dataclasses.replace(OPENED, mood=9)
    other_window.checkins.save(theirs)
    mine = dataclasses.replace(OPENED, mood=2)
    diary.checkins.save(mine, expected=theirs)
    assert other_window.checkins.get(DAY) == mine


def test_a_new_day_is_not_saved_over_an_entry_made_elsewhere_meanwhile(diary, other_window):
    other_window.checkins.save(OPENED)
    with pytest.raises(DayChangedElsewhereError):
        diary.checkins.save(dataclasses.replace(OPENED, pain_avg=1), expected=None)
    assert diary.checkins.get(DAY) == OPENED


def test_a_day_deleted_elsewhere_is_not_silently_written_again_or_deleted_twice(diary, other_window):
    diary.checkins.save(OPENED)
    other_window.checkins.delete(DAY)
    with pytest.raises(DayChangedElsewhereError, match="its entry was deleted"):
        diary.checkins.save(dataclasses.replace(OPENED, pain_avg=1), expected=OPENED)
    assert diary.checkins.get(DAY) is None
    other_window.checkins.save(dataclasses.replace(OPENED, pain_avg=9))
    with pytest.raises(DayChangedElsewhereError):
        diary.checkins.delete(DAY, expected=OPENED)
    assert diary.checkins.get(DAY).pain_avg == 9


def test_the_same_version_saves_as_before(diary):
    diary.checkins.save(OPENED, expected=None)
    diary.checkins.save(dataclasses.replace(OPENED, pain_avg=2), expected=OPENED)
    assert diary.checkins.get(DAY).pain_avg == 2
