"""Doses, side effects, visits and goals: every field comes back as saved, and deletes remove just the one row."""

from datetime import date, datetime, timedelta, timezone

import pytest

from painlog.domain.therapy import Dose, Regimen, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit
from painlog.storage.rows import to_local_iso

D = date(2026, 3, 2)


@pytest.fixture
def gabapentin(diary):
    first = Regimen(0, D, dose_amount=300, dose_unit="mg", route="oral", times_per_day=3)
    return diary.therapies.add(Therapy("medication", "Gabapentin", "Gabapentin"), first)


def test_an_as_needed_dose_keeps_its_pain_before_and_after(diary, gabapentin):
    prn = diary.doses.add(Dose(gabapentin.id, datetime(2026, 3, 2, 9, 30), 100, "mg", prn=True, pain_before=7,
                               pain_after=4))  # fmt: skip
    assert diary.doses.on_day(D) == [
        Dose(gabapentin.id, datetime(2026, 3, 2, 9, 30), 100, "mg", prn=True, pain_before=7, pain_after=4, id=prn.id)
    ]
    assert diary.doses.last_day() == D


def test_deleting_a_dose_or_a_side_effect_removes_only_that_one(diary, gabapentin):
    first = diary.doses.add(Dose(gabapentin.id, datetime(2026, 3, 2, 8, 0), 300, "mg"))
    second = diary.doses.add(Dose(gabapentin.id, datetime(2026, 3, 2, 14, 0), 300, "mg"))
    diary.doses.delete(first.id)
    assert diary.doses.on_day(D) == [second]
    dizzy = diary.side_effects.add(SideEffect(D, "Dizzy", "mild", gabapentin.id))
    sleepy = diary.side_effects.add(SideEffect(D, "Sleepy", "moderate"))
    assert diary.side_effects.all() == [
        SideEffect(D, "Dizzy", "mild", gabapentin.id, dizzy.id),
        SideEffect(D, "Sleepy", "moderate", None, sleepy.id),
    ]
    diary.side_effects.delete(dizzy.id)
    assert diary.side_effects.all() == [SideEffect(D, "Sleepy", "moderate", None, sleepy.id)]


def test_a_visit_with_only_its_date_comes_back_with_empty_texts(diary):
    visit = diary.visits.save(Visit(date(2026, 12, 3)))
    assert diary.visits.all() == [Visit(date(2026, 12, 3), "", (), "", visit.id)]


def test_a_visits_questions_come_back_one_by_one(diary):
    visit = diary.visits.save(Visit(date(2026, 12, 3), "Dr Reyes", ("Can I swim?", "Is the numbness new?")))
    assert diary.visits.all()[0].questions == ("Can I swim?", "Is the numbness new?")
    assert visit.id is not None


def test_a_time_is_stored_to_the_second_as_its_wall_clock_time():
    assert to_local_iso(datetime(2026, 3, 2, 8, 0, 5, 123456)) == "2026-03-02T08:00:05"
    assert to_local_iso(datetime(2026, 3, 2, 8, 0, tzinfo=timezone(timedelta(hours=2)))) == "2026-03-02T08:00:00"


def test_a_goal_comes_back_with_every_field(diary):
    walk = diary.goals.save(Goal("Walk 20 minutes", date(2026, 9, 1), "achieved", date(2026, 11, 1)))
    sleep = diary.goals.save(Goal("Sleep through the night", date(2026, 10, 1)))
    assert diary.goals.all() == [
        Goal("Walk 20 minutes", date(2026, 9, 1), "achieved", date(2026, 11, 1), walk.id),
        Goal("Sleep through the night", date(2026, 10, 1), "active", None, sleep.id),
    ]
