"""A stimulator trial against the week before it: relief, PEG, as-needed doses and MME. Worked by hand below."""

from datetime import date, datetime, time, timedelta
from fractions import Fraction

import pytest

from painlog.domain.checkin import CheckIn
from painlog.domain.errors import ValidationError
from painlog.domain.stimulator_trial import Trial, TrialDay, trial_result
from painlog.domain.therapy import Dose, Regimen, Therapy

TRIAL = Trial(9, date(2026, 6, 10), date(2026, 6, 16), id=1)  # 7 days; baseline 3–9 June
OXY = Therapy("medication", "Oxycodone IR", "oxycodone", id=2)
OXY_PRN = Regimen(2, date(2026, 5, 1), dose_amount=5, dose_unit="mg", prn=True, max_per_day=4, id=3)


def dose(day: date, hour: int) -> Dose:
    return Dose(2, datetime.combine(day, time(hour)), 5, "mg", prn=True)


def test_the_trial_against_the_week_before():
    baseline_days = [date(2026, 6, 3) + timedelta(days=n) for n in range(7)]
    trial_days = [TRIAL.start + timedelta(days=n) for n in range(7)]
    checkins = [CheckIn(d, 7, 7, 8, 5) for d in baseline_days]  # PEG (7 + 7 + 8) / 3 = 22/3
    checkins += [CheckIn(d, 3, 3, 4, 6) for d in trial_days if d != date(2026, 6, 13)]  # 6 days, PEG 10/3
    doses = [dose(d, h) for d in baseline_days for h in (8, 20)]  # 14 doses: 2 a day
    doses += [dose(d, 9) for d in trial_days[:3]]  # 3 doses in 7 days
    reliefs = (60, 70, 40, 80, None, 50, 55)
    walked = (20, 30, None, None, None, None, 40)
    diary = [TrialDay(1, d, r, "walked to the shop", w) for d, r, w in zip(trial_days, reliefs, walked, strict=True)]
    result = trial_result(TRIAL, diary, checkins, [OXY], [OXY_PRN], doses)
    before, during = result.baseline, result.during
    assert (before.recorded, before.pain, before.peg) == (7, 7, Fraction(22, 3))
    assert (during.recorded, during.pain, during.peg) == (6, 3, Fraction(10, 3))
    assert (before.activity, during.activity) == (8, 4)  # the G item: 8 each day before, 4 each trial day
    assert (before.as_needed_per_day, during.as_needed_per_day) == (2, Fraction(3, 7))
    # Oxycodone × 1.5: 2 × 5 mg = 15 MME on each of 7 logged days; 7.5 on each of the 3 trial days with a dose.
    assert before.mme is not None and during.mme is not None
    assert (before.mme.mean, before.mme.logged_days) == (15, 7)
    assert (during.mme.mean, during.mme.logged_days) == (Fraction(15, 2), 3)
    # Relief given on 6 days: (60 + 70 + 40 + 80 + 50 + 55) / 6 = 355/6; at or above 50 %: 5 of them.
    assert (result.relief_mean, result.relief_days, result.days_at_line) == (Fraction(355, 6), 6, 5)
    assert result.walked_mean == 30  # (20 + 30 + 40) / 3


def test_without_an_opioid_or_an_as_needed_medicine_those_figures_are_absent_not_zero():
    result = trial_result(TRIAL, [], [], [], [], [])
    assert (result.baseline.mme, result.baseline.as_needed_per_day, result.during.pain) == (None, None, None)
    assert (result.relief_mean, result.relief_days, result.days_at_line, result.walked_mean) == (None, 0, 0, None)


@pytest.mark.parametrize(
    ("check", "field", "message"),
    [
        (lambda: Trial(9, date(2026, 6, 10), date(2026, 6, 9)).validated(), "end",
         "The trial ends on or after the day it starts."),
        (lambda: Trial(9, date(2026, 6, 1), date(2026, 7, 1)).validated(), "end", "A trial lasts at most 30 days."),
        (lambda: TrialDay(1, date(2026, 6, 17)).validated(TRIAL), "day", "A trial day is a day of the trial."),
        (lambda: TrialDay(1, date(2026, 6, 9)).validated(TRIAL), "day", "A trial day is a day of the trial."),
        (lambda: TrialDay(1, date(2026, 6, 16), 101).validated(TRIAL), "relief_percent",
         "Relief must be a whole percentage from 0 to 100."),
        (lambda: TrialDay(1, date(2026, 6, 16), -1).validated(TRIAL), "relief_percent",
         "Relief must be a whole percentage from 0 to 100."),
        (lambda: TrialDay(1, date(2026, 6, 16), 50.5).validated(TRIAL), "relief_percent",
         "Relief must be a whole percentage from 0 to 100."),
        (lambda: TrialDay(1, date(2026, 6, 16), walked_minutes=-5).validated(TRIAL), "walked_minutes",
         "Minutes walked are a whole number from 0 to 1440."),
        (lambda: TrialDay(1, date(2026, 6, 16), walked_minutes=1441).validated(TRIAL), "walked_minutes",
         "Minutes walked are a whole number from 0 to 1440."),
        (lambda: TrialDay(1, date(2026, 6, 16), walked_minutes=30.5).validated(TRIAL), "walked_minutes",
         "Minutes walked are a whole number from 0 to 1440."),
    ],
)  # fmt: skip
def test_a_trial_that_cannot_be_right_is_refused_in_words(check, field, message):
    with pytest.raises(ValidationError) as caught:
        check()
    assert (caught.value.field, caught.value.message) == (field, message)


def test_a_one_day_trial_is_allowed_and_a_long_account_of_the_day_is_refused_by_its_field():
    one = Trial(9, date(2026, 6, 10), date(2026, 6, 10))
    assert one.validated().days == 1
    with pytest.raises(ValidationError) as caught:
        TrialDay(1, date(2026, 6, 10), activities="x" * 100_001).validated(one)
    assert caught.value.field == "activities"


def test_a_thirty_day_trial_is_allowed():
    assert Trial(9, date(2026, 6, 1), date(2026, 6, 30)).validated().days == 30


def test_the_windows_include_their_first_and_last_days_and_nothing_beyond():
    # Baseline 3–9 June, trial 10–16 June. Pain 9 on the days just outside each window.
    checkins = [CheckIn(date(2026, 6, d), pain, 5, 5, 5) for d, pain in ((2, 9), (3, 4), (9, 6), (10, 2), (16, 4),
                                                                         (17, 9))]  # fmt: skip
    days = [TrialDay(1, date(2026, 6, 9), 90), TrialDay(1, date(2026, 6, 10), 50), TrialDay(1, date(2026, 6, 16), 100),
            TrialDay(1, date(2026, 6, 17), 90, walked_minutes=0)]  # fmt: skip
    result = trial_result(TRIAL, days, checkins, [], [], [])
    assert result.trial == TRIAL
    assert (result.baseline.recorded, result.baseline.pain) == (2, 5)  # (4 + 6) / 2
    assert (result.during.recorded, result.during.pain) == (2, 3)  # (2 + 4) / 2
    assert (result.relief_mean, result.relief_days, result.days_at_line) == (75, 2, 2)  # 50 and 100
    assert result.walked_mean is None  # the only minutes given were on a day after the trial


def test_a_trial_day_takes_relief_from_0_to_100_and_walking_up_to_a_whole_day():
    assert TrialDay(1, TRIAL.start, 0, walked_minutes=0).validated(TRIAL)
    assert TrialDay(1, TRIAL.end, 100, walked_minutes=1440).validated(TRIAL)
