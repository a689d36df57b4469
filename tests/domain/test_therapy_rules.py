"""Every rule of a therapy, a regimen, a dose change, a stop, a procedure, a dose and a side effect: the field a form
points at and the exact sentence the patient reads, and the values right at each limit."""

from datetime import date, datetime, timedelta

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
    regimen_changes,
    stop,
)

D = date(2026, 3, 2)
TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 12, 0)

REFUSED = [
    (lambda: Therapy("massage", "Massage").validated(), "kind", "Unknown kind of therapy: massage."),
    (lambda: Therapy("medication", " ").validated(), "name", "Give the therapy a name."),
    (lambda: Regimen(1, D, D - timedelta(days=1)).validated(), "end", "A regimen cannot end before it starts."),
    (lambda: Regimen(1, D, dose_amount=0).validated(), "dose_amount", "The dose must be more than zero."),
    (lambda: Regimen(1, D, route="nasal").validated(), "route", "Unknown route: nasal."),
    (lambda: Regimen(1, D, schedule="hourly").validated(), "schedule", "Unknown schedule: hourly."),
    (lambda: Regimen(1, D, prn=True, times_per_day=3).validated(), "prn",
     "An as-needed medication has no fixed times a day."),
    (lambda: Regimen(1, D, schedule="weekly", times_per_day=2, weekdays=("mon",)).validated(), "times_per_day",
     "Times a day are only for a medicine taken some times a day."),
    (lambda: Regimen(1, D, schedule="times_a_day").validated(), "times_per_day", "Times a day must be from 1 to 24."),
    (lambda: Regimen(1, D, times_per_day=25).validated(), "times_per_day", "Times a day must be from 1 to 24."),
    (lambda: Regimen(1, D, schedule="every_hours", every=673).validated(), "every",
     "Every how many hours must be from 1 to 672."),
    (lambda: Regimen(1, D, schedule="every_days", every=367).validated(), "every",
     "Every how many days must be from 1 to 366."),
    (lambda: Regimen(1, D, schedule="monthly", every=2).validated(), "every",
     'Only "every N hours" and "every N days" have an interval.'),
    (lambda: Regimen(1, D, schedule="weekly", weekdays=("mon", "mo")).validated(), "weekdays",
     "Unknown day of the week: mo (use mon, tue, wed, thu, fri, sat, sun)."),
    (lambda: Regimen(1, D, schedule="weekly").validated(), "weekdays", "Choose at least one day of the week."),
    (lambda: Regimen(1, D, schedule="monthly", weekdays=("mon",)).validated(), "weekdays",
     "Days of the week belong only to a weekly schedule."),
    (lambda: Regimen(1, D, prn=True, max_per_day=25).validated(), "max_per_day",
     "The most doses a day must be from 1 to 24."),
    (lambda: Regimen(1, D, sessions_per_week=22).validated(), "sessions_per_week",
     "Sessions a week must be from 1 to 21."),
    (lambda: Regimen(1, D, D, stop_reason="bored").validated(), "stop_reason", "Unknown reason for stopping: bored."),
    (lambda: check_no_overlap(Regimen(1, D + timedelta(days=3)), [Regimen(1, D, D + timedelta(days=5), id=4)]),
     "start", "This overlaps the regimen from 2026-03-02 to 2026-03-07; change the dose or stop the other one first."),
    (lambda: check_no_overlap(Regimen(1, date(2027, 1, 1)), [Regimen(1, D, id=4)]), "start",
     "This overlaps the regimen from 2026-03-02 (still running); change the dose or stop the other one first."),
    (lambda: change_dose(Regimen(1, D, D + timedelta(days=9)), Regimen(1, D, dose_amount=5), on=D + timedelta(days=5)),
     "start", "This regimen has already ended; start the therapy again instead."),
    (lambda: change_dose(Regimen(1, D), Regimen(1, D, dose_amount=5), on=D), "start",
     "A dose change must come after the current dose started (2026-03-02)."),
    (lambda: change_dose(Regimen(1, D, dose_amount=5), Regimen(1, D, dose_amount=5), on=D + timedelta(days=1)),
     "dose_amount", "This is the same dose and schedule as now, so nothing was changed. Change what is different, "
     "or press Cancel."),
    (lambda: stop(Regimen(1, D), on=D, reason=""), "stop_reason", "Choose why the therapy stopped."),
    (lambda: stop(Regimen(1, D, D, stop_reason="cost"), on=D, reason="cost"), "end",
     "This therapy has already stopped."),
    (lambda: Procedure(1, TODAY + timedelta(days=1), relief_percent=50).validated(TODAY), "relief_percent",
     "Relief can only be recorded after the procedure."),
    (lambda: Procedure(1, D, relief_percent=101).validated(TODAY), "relief_percent",
     "Relief must be a whole percentage from 0 to 100."),
    (lambda: Procedure(1, D, relief_at=datetime(2026, 3, 1, 18, 0)).validated(TODAY), "relief_at",
     "Relief is recorded after the procedure, not before."),
    (lambda: Dose(1, NOW + timedelta(minutes=1)).validated(NOW), "taken_at",
     "A dose cannot be logged for a time in the future."),
    (lambda: Dose(1, NOW, amount=-0.5).validated(NOW), "amount", "The amount cannot be negative."),
    (lambda: Dose(1, NOW, prn=True, skipped=True, skip_reason="asleep").validated(NOW), "skipped",
     "Only a scheduled dose can be marked as skipped."),
    (lambda: Dose(1, NOW, skipped=True, skip_reason=" ").validated(NOW), "skip_reason",
     "Say why the dose was skipped."),
    (lambda: Dose(1, NOW, pain_before=11).validated(NOW), "pain_before",
     "Pain before the dose must be from 0 to 10, not 11."),
    (lambda: Dose(1, NOW, pain_after=11).validated(NOW), "pain_after",
     "Pain after the dose must be from 0 to 10, not 11."),
    (lambda: SideEffect(TODAY + timedelta(days=1), "dizzy", "mild").validated(TODAY), "date",
     "A side effect cannot be recorded for a day in the future."),
    (lambda: SideEffect(D, " ", "mild").validated(TODAY), "description", "Describe the side effect."),
    (lambda: SideEffect(D, "dizzy", "awful").validated(TODAY), "severity", "Choose mild, moderate or severe."),
]  # fmt: skip


@pytest.mark.parametrize(("refused", "field", "message"), REFUSED, ids=[m for _, _, m in REFUSED])
def test_each_rule_names_its_field_and_says_what_to_do_in_one_sentence(refused, field, message):
    with pytest.raises(ValidationError) as caught:
        refused()
    assert (caught.value.field, caught.value.message) == (field, message)
    assert str(caught.value) == message


ACCEPTED = [
    Regimen(1, D, D),  # one day: ends the day it starts
    Regimen(1, D, prn=True, max_per_day=1),
    Regimen(1, D, prn=True, max_per_day=24),
    Regimen(1, D, sessions_per_week=1),
    Regimen(1, D, sessions_per_week=21),
    Regimen(1, D, times_per_day=1),
    Regimen(1, D, times_per_day=24),
    Regimen(1, D, schedule="every_hours", every=1),
    Regimen(1, D, schedule="every_hours", every=672),  # four weeks
    Regimen(1, D, schedule="every_days", every=1),
    Regimen(1, D, schedule="every_days", every=366),
]


@pytest.mark.parametrize("regimen", ACCEPTED, ids=[repr(r)[:120] for r in ACCEPTED])
def test_a_regimen_right_at_a_limit_is_accepted(regimen):
    assert regimen.validated() is regimen


def test_a_procedure_today_may_have_its_relief_and_relief_runs_from_0_to_100():
    for relief in (0, 100):
        assert Procedure(1, TODAY, relief_percent=relief).validated(TODAY).relief_percent == relief


def test_a_dose_logged_for_this_very_moment_with_no_amount_is_accepted():
    assert Dose(1, NOW, amount=0).validated(NOW).amount == 0
    assert Dose(1, NOW, amount=0.5).validated(NOW).amount == 0.5


def test_a_regimen_from_before_schedules_with_zero_times_a_day_has_no_schedule():
    assert Regimen(1, D, times_per_day=0).schedule is None
    assert Regimen(1, D, times_per_day=2).schedule == "times_a_day"


def test_weekdays_given_as_a_list_are_kept_as_a_tuple():
    regimen = Regimen(1, D, schedule="weekly", weekdays=["mon", "thu"])  # type: ignore[arg-type]
    assert regimen.weekdays == ("mon", "thu")
    assert hash(regimen) == hash(Regimen(1, D, schedule="weekly", weekdays=("mon", "thu")))


def test_a_regimen_starting_on_the_last_day_of_another_overlaps_it_either_way_round():
    first = Regimen(1, D, D + timedelta(days=5))
    second = Regimen(1, D + timedelta(days=5))
    assert first.overlaps(second) and second.overlaps(first)
    after = Regimen(1, D + timedelta(days=6))
    assert not first.overlaps(after) and not after.overlaps(first)


def test_a_dose_change_opens_an_ongoing_new_regimen_whatever_end_and_id_the_new_one_carried():
    current = Regimen(1, D, dose_amount=5, id=3)
    on = D + timedelta(days=10)
    closed, opened = change_dose(current, Regimen(9, D, D + timedelta(days=2), dose_amount=10, id=8), on=on)
    assert (closed.end, closed.id) == (date(2026, 3, 11), 3)
    assert (opened.therapy_id, opened.start, opened.end, opened.id, opened.dose_amount) == (1, on, None, None, 10)


def test_regimen_changes_count_starts_and_stops_on_the_first_and_last_day_of_the_span():
    pill = Therapy("medication", "Pill", id=1)
    first = Regimen(1, date(2026, 3, 1), date(2026, 3, 9), dose_amount=5, id=1)
    second = Regimen(1, date(2026, 3, 10), date(2026, 3, 20), dose_amount=10, stop_reason="cost", id=2)
    changes = regimen_changes([pill], [second, first], date(2026, 3, 1), date(2026, 3, 20))
    assert [(c.day, c.what, c.regimen, c.previous) for c in changes] == [
        (date(2026, 3, 1), "started", first, None),
        (date(2026, 3, 10), "changed", second, first),
        (date(2026, 3, 20), "stopped", second, None),
    ]
    inside = regimen_changes([pill], [first, second], date(2026, 3, 2), date(2026, 3, 10))
    assert [(c.day, c.what) for c in inside] == [(date(2026, 3, 10), "changed")]
    assert regimen_changes([pill], [first, second], date(2026, 3, 11), date(2026, 3, 19)) == []
