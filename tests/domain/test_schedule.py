"""When doses are due by each kind of schedule, counted by hand on a calendar (clinical.md, "Schedules")."""

from datetime import date, timedelta

import pytest

from painlog.domain.errors import ValidationError
from painlog.domain.schedule import doses_a_day, due_on, has_doses_due
from painlog.domain.therapy import Regimen

START = date(2026, 11, 2)  # a Monday


def due(regimen: Regimen, days: int) -> list[int]:
    return [due_on(regimen, START + timedelta(days=n)) for n in range(days)]


def test_times_a_day_is_due_that_many_times_every_day_it_runs():
    regimen = Regimen(1, START, START + timedelta(days=2), times_per_day=3)
    assert due(regimen, 4) == [3, 3, 3, 0]  # the fourth day is after its end


def test_a_72_hour_patch_is_due_on_its_start_and_every_third_day():
    patch = Regimen(1, START, schedule="every_hours", every=72)
    assert due(patch, 10) == [1, 0, 0, 1, 0, 0, 1, 0, 0, 1]


def test_every_8_hours_is_three_a_day_and_every_36_hours_alternates_one_and_none():
    assert due(Regimen(1, START, schedule="every_hours", every=8), 2) == [3, 3]
    # doses at 0 h, 36 h (day 2 noon), 72 h (day 4 midnight), 108 h (day 5 noon)
    assert due(Regimen(1, START, schedule="every_hours", every=36), 5) == [1, 1, 0, 1, 1]


def test_every_other_day():
    assert due(Regimen(1, START, schedule="every_days", every=2), 5) == [1, 0, 1, 0, 1]


def test_weekly_on_given_weekdays():
    patch = Regimen(1, START, schedule="weekly", weekdays=("mon", "thu"))
    assert due(patch, 8) == [1, 0, 0, 1, 0, 0, 0, 1]  # Mon 2, Thu 5, Mon 9 November


def test_monthly_on_the_start_day_or_the_last_day_of_a_shorter_month():
    injection = Regimen(1, date(2026, 1, 31), schedule="monthly")
    assert due_on(injection, date(2026, 1, 31)) == 1
    assert due_on(injection, date(2026, 2, 28)) == 1  # February 2026 has 28 days
    assert due_on(injection, date(2026, 3, 30)) == 0
    assert due_on(injection, date(2026, 3, 31)) == 1


def test_as_needed_is_never_due():
    assert due(Regimen(1, START, prn=True, max_per_day=4), 3) == [0, 0, 0]


def test_doses_a_day_on_average():
    assert doses_a_day(Regimen(1, START, times_per_day=3)) == 3
    assert doses_a_day(Regimen(1, START, schedule="every_hours", every=6)) == 4  # 24 / 6
    assert doses_a_day(Regimen(1, START, schedule="every_days", every=2)) == 0.5
    assert doses_a_day(Regimen(1, START, schedule="weekly", weekdays=("mon", "thu"))) == pytest.approx(2 / 7)
    assert doses_a_day(Regimen(1, START, prn=True, max_per_day=4)) == 4
    assert doses_a_day(Regimen(1, START, schedule="monthly")) == pytest.approx(0.0328542)  # 12 / 365.25


# Regimens are read from the diary as they are stored, unchecked: one from a damaged or hand-edited file may
# lack the number its schedule needs, or carry one that belongs to another schedule.
def test_a_stored_regimen_missing_its_number_has_no_dose_due_and_no_daily_count():
    for broken in (
        Regimen(1, START, schedule="times_a_day"),
        Regimen(1, START, schedule="every_hours"),
        Regimen(1, START, schedule="every_days"),
        Regimen(1, START, schedule="weekly"),
    ):
        assert due(broken, 3) == [0, 0, 0]
        assert doses_a_day(broken) is None


def test_a_stored_regimen_ignores_a_number_that_belongs_to_another_schedule():
    weekly = Regimen(1, START, schedule="weekly", weekdays=("mon",), every=2)
    assert due(weekly, 8) == [1, 0, 0, 0, 0, 0, 0, 1]
    assert doses_a_day(weekly) == pytest.approx(1 / 7)
    monthly = Regimen(1, START, schedule="monthly", weekdays=("mon", "tue", "wed"))
    assert doses_a_day(monthly) == pytest.approx(12 / 365.25)


def test_only_a_schedule_with_doses_due_has_doses_due():
    assert [has_doses_due(Regimen(1, START, schedule=kind)) for kind in (
        "times_a_day", "every_hours", "every_days", "weekly", "monthly", "as_needed", None)] == [
        True, True, True, True, True, False, False]  # fmt: skip


def test_the_schedule_follows_prn_and_times_a_day_when_not_given():
    assert Regimen(1, START, prn=True).schedule == "as_needed"
    assert Regimen(1, START, times_per_day=2).schedule == "times_a_day"
    assert Regimen(1, START, sessions_per_week=2).schedule is None
    assert Regimen(1, START, schedule="as_needed", max_per_day=2).prn is True


@pytest.mark.parametrize(
    ("regimen", "words"),
    [
        (Regimen(1, START, schedule="every_hours"), "Every how many hours"),
        (Regimen(1, START, schedule="every_days", every=0), "Every how many days"),
        (Regimen(1, START, schedule="weekly"), "at least one day"),
        (Regimen(1, START, schedule="weekly", weekdays=("monday",)), "Unknown day of the week: monday"),
        (Regimen(1, START, schedule="fortnightly"), "Unknown schedule"),
        (Regimen(1, START, schedule="monthly", times_per_day=2), "Times a day are only"),
        (Regimen(1, START, times_per_day=2, every=3), "interval"),
    ],
)
def test_schedule_rules(regimen, words):
    with pytest.raises(ValidationError, match=words):
        regimen.validated()
