from datetime import date, datetime

import pytest

from painlog.domain.errors import ValidationError
from painlog.domain.therapy import (
    Dose,
    Procedure,
    Regimen,
    SideEffect,
    Therapy,
    change_dose,
    check_no_overlap,
    current_regimen,
    stop,
)
from painlog.domain.visits import Goal, Visit, last_visit, next_visit

D = date(2026, 3, 2)


def test_a_dose_change_closes_the_current_regimen_the_day_before_and_keeps_both():
    current = Regimen(1, D, dose_amount=300, dose_unit="mg", times_per_day=3, id=7)
    closed, opened = change_dose(current, Regimen(0, D, dose_amount=600, dose_unit="mg", times_per_day=3),
                                 on=date(2026, 4, 10))  # fmt: skip
    assert (closed.start, closed.end, closed.dose_amount, closed.id) == (D, date(2026, 4, 9), 300, 7)
    assert (opened.start, opened.end, opened.dose_amount, opened.therapy_id, opened.id) == (
        date(2026, 4, 10),
        None,
        600,
        1,
        None,
    )
    assert not closed.overlaps(opened)


def test_a_dose_change_on_or_before_the_start_is_refused():
    with pytest.raises(ValidationError, match="after the current dose started"):
        change_dose(Regimen(1, D), Regimen(1, D), on=D)


def test_stopping_needs_a_reason_and_a_regimen_cannot_end_before_it_starts():
    with pytest.raises(ValidationError, match="why"):
        stop(Regimen(1, D), on=date(2026, 5, 1), reason=None)
    stopped = stop(Regimen(1, D), on=date(2026, 5, 1), reason="side_effects")
    assert stopped.end == date(2026, 5, 1) and stopped.stop_reason == "side_effects"
    with pytest.raises(ValidationError, match="before it starts"):
        stop(Regimen(1, D), on=date(2026, 3, 1), reason="cost")


def test_two_regimens_of_one_therapy_may_not_overlap():
    old = Regimen(1, D, date(2026, 4, 9), id=1)
    check_no_overlap(Regimen(1, date(2026, 4, 10)), [old])
    with pytest.raises(ValidationError, match="overlaps"):
        check_no_overlap(Regimen(1, date(2026, 4, 9)), [old])
    with pytest.raises(ValidationError, match="still running"):
        check_no_overlap(Regimen(1, date(2027, 1, 1)), [Regimen(1, D, id=2)])


@pytest.mark.parametrize(
    ("regimen", "words"),
    [
        (Regimen(1, D, dose_amount=0), "more than zero"),
        (Regimen(1, D, route="nasal spray"), "Unknown route"),
        (Regimen(1, D, prn=True, times_per_day=3), "as-needed"),
        (Regimen(1, D, stop_reason="bored"), "Unknown reason"),
    ],
)
def test_regimen_rules(regimen, words):
    with pytest.raises(ValidationError, match=words):
        regimen.validated()


def test_dose_rules():
    now = datetime(2026, 11, 24, 12, 0)
    with pytest.raises(ValidationError, match="future"):
        Dose(1, datetime(2026, 11, 24, 13, 0)).validated(now)
    with pytest.raises(ValidationError, match="why"):
        Dose(1, datetime(2026, 11, 24, 8, 0), skipped=True).validated(now)
    with pytest.raises(ValidationError, match="from 0 to 10"):
        Dose(1, datetime(2026, 11, 24, 8, 0), prn=True, pain_before=12).validated(now)
    assert Dose(1, datetime(2026, 11, 24, 8, 0), skipped=True, skip_reason="nausea").validated(now)


def test_procedure_side_effect_therapy_and_goal_rules():
    with pytest.raises(ValidationError, match="0 to 100"):
        Procedure(1, D, relief_percent=120).validated(date(2026, 11, 24))
    with pytest.raises(ValidationError, match="after the procedure"):
        Procedure(1, date(2026, 12, 24), relief_percent=50).validated(date(2026, 11, 24))
    assert Procedure(1, date(2026, 12, 24)).validated(date(2026, 11, 24))  # booked ahead
    with pytest.raises(ValidationError, match="mild, moderate or severe"):
        SideEffect(D, "dizzy", "awful").validated(D)
    with pytest.raises(ValidationError, match="name"):
        Therapy("medication", "  ").validated()
    with pytest.raises(ValidationError, match="achieved"):
        Goal("walk 20 minutes", D, status="achieved").validated()


def test_the_last_and_next_visit():
    visits = [Visit(date(2026, 6, 1)), Visit(date(2026, 10, 1)), Visit(date(2026, 12, 3))]
    assert last_visit(visits, date(2026, 11, 24)).day == date(2026, 10, 1)
    assert next_visit(visits, date(2026, 11, 24)).day == date(2026, 12, 3)
    assert next_visit(visits[:2], date(2026, 11, 24)) is None


def test_a_dose_change_that_changes_nothing_is_refused():
    current = Regimen(1, D, dose_amount=300, dose_unit="mg", route="oral", times_per_day=3, instructions="with food")
    same = Regimen(0, date(2026, 4, 10), dose_amount=300.0, dose_unit="mg", route="oral", times_per_day=3,
                   instructions="with food")  # fmt: skip
    with pytest.raises(ValidationError, match="same dose and schedule as now, so nothing was changed"):
        change_dose(current, same, on=date(2026, 4, 10))
    for changed in (
        Regimen(0, D, dose_amount=300, dose_unit="mg", route="oral", times_per_day=2, instructions="with food"),
        Regimen(0, D, dose_amount=300, dose_unit="mg", route="oral", times_per_day=3, instructions="at night"),
        Regimen(0, D, dose_amount=300, dose_unit="mg", route="oral", prn=True, max_per_day=3,
                instructions="with food"),
    ):  # fmt: skip
        assert change_dose(current, changed, on=date(2026, 4, 10))[1].start == date(2026, 4, 10)


def test_a_visit_dated_today_is_the_next_one_until_the_day_is_over_never_both():
    visits = [Visit(date(2026, 10, 1)), Visit(date(2026, 11, 24))]
    on_the_day = date(2026, 11, 24)
    assert next_visit(visits, on_the_day).day == on_the_day
    assert last_visit(visits, on_the_day).day == date(2026, 10, 1)
    day_after = date(2026, 11, 25)
    assert last_visit(visits, day_after).day == on_the_day and next_visit(visits, day_after) is None
    for today in (date(2026, 11, 23), on_the_day, day_after):
        assert last_visit(visits, today) != next_visit(visits, today)


def test_the_current_regimen_is_the_one_running_today_else_an_open_one_still_to_start():
    today = date(2026, 11, 20)
    ended = Regimen(1, date(2026, 10, 1), date(2026, 10, 31), id=1)
    running = Regimen(1, date(2026, 11, 1), date(2026, 11, 20), id=2)  # its last day is today
    planned = Regimen(1, date(2026, 11, 25), id=3)  # no end, starts in five days
    assert current_regimen([ended, running, planned], today) == running
    assert current_regimen([ended, planned], today) == planned
    assert current_regimen([ended], today) is None  # stopped: nothing current
    assert current_regimen([Regimen(1, date(2026, 11, 25), date(2026, 11, 30))], today) is None  # planned, ends
    assert current_regimen([], today) is None


def test_what_was_read_from_the_diary_has_an_id_and_one_without_is_a_bug():
    from painlog.domain.stored import stored_id

    assert stored_id(Therapy("medication", "Tramadol", id=4)) == 4
    with pytest.raises(ValueError, match="this Therapy was not read from the diary"):
        stored_id(Therapy("medication", "Tramadol"))
