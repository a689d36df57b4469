"""Adherence and as-needed use by clinical.md's rules, each expected figure counted by hand."""

from datetime import date, datetime, time, timedelta

import pytest

from painlog.domain.medication_use import OverMaximum, adherence, as_needed_use, over_maximum, over_maximum_on
from painlog.domain.therapy import Dose, Regimen

START = date(2026, 10, 1)


def at(offset: int, hour: int = 8) -> datetime:
    return datetime.combine(START + timedelta(days=offset), time(hour))


def test_adherence_counts_only_the_days_with_a_dose_log():
    regimen = Regimen(1, START, dose_amount=300, dose_unit="mg", times_per_day=3)  # 10 days × 3
    doses = [Dose(1, at(day, hour), 300, "mg") for day in range(8) for hour in (8, 14, 20)]  # days 9–10: no log
    doses = [d for d in doses if d.taken_at not in (at(2, 14), at(5, 20))]
    doses.append(Dose(1, at(2, 15), skipped=True, skip_reason="forgot"))
    doses.append(Dose(1, at(4, 23), 300, "mg"))  # a fourth dose on day 5 does not make up for day 3
    result = adherence([regimen], doses, START, START + timedelta(days=9))
    # logged on days 1–8: 8 × 3 = 24 expected; day 3 and day 6 have 2 taken each: 24 − 2 = 22
    assert (result.due_days, result.logged_days) == (10, 8)
    assert (result.expected, result.taken, result.skipped) == (24, 22, 1)
    assert result.ratio == pytest.approx(22 / 24)


def test_no_dose_log_is_not_kept_never_zero_percent():
    result = adherence([Regimen(1, START, times_per_day=3)], [], START, START + timedelta(days=9))
    assert (result.due_days, result.logged_days, result.expected) == (10, 0, 0)
    assert not result.log_kept
    assert result.ratio is None


def test_a_skipped_dose_is_expected_and_not_taken_whatever_amount_was_typed():
    doses = [Dose(1, at(0, 8), 300, "mg"), Dose(1, at(0, 14), 300, "mg"),
             Dose(1, at(0, 20), 300, "mg", skipped=True, skip_reason="felt dizzy")]  # fmt: skip
    result = adherence([Regimen(1, START, times_per_day=3)], doses, START, START)
    assert (result.expected, result.taken, result.skipped) == (3, 2, 1)


def test_a_72_hour_patch_is_expected_on_its_change_days_only():
    patch = Regimen(1, START, dose_amount=25, dose_unit="mcg/h", route="transdermal", schedule="every_hours", every=72)
    changes = [Dose(1, at(day), 25, "mcg/h") for day in range(0, 30, 3)]  # days 1, 4, …, 28: 10 changes
    result = adherence([patch], changes, START, START + timedelta(days=29))
    assert (result.due_days, result.logged_days, result.expected, result.taken) == (10, 10, 10, 10)
    assert result.ratio == 1.0


def test_adherence_follows_dose_changes_and_ignores_as_needed_doses():
    first = Regimen(1, START, START + timedelta(days=4), times_per_day=3)  # days 1–5 × 3
    second = Regimen(1, START + timedelta(days=5), times_per_day=2)  # days 6–10 × 2
    doses = [Dose(1, at(day)) for day in range(10)] + [Dose(1, at(0, 9), prn=True)]
    result = adherence([first, second], doses, START, START + timedelta(days=9))
    assert result.expected == 25  # 5 × 3 + 5 × 2, every day logged
    assert result.taken == 10  # one a day


def test_nothing_due_is_no_ratio_rather_than_a_made_up_one():
    assert adherence([Regimen(1, START, prn=True, max_per_day=4)], [], START, START).ratio is None


def test_as_needed_use_per_week_counts_the_days_its_regimen_ran():
    prn = Regimen(2, START + timedelta(days=7), dose_amount=5, dose_unit="mg", prn=True, max_per_day=4)
    doses = [
        Dose(2, at(8), prn=True, pain_before=8, pain_after=5),
        Dose(2, at(10), prn=True, pain_before=7, pain_after=4),
        Dose(2, at(12), prn=True, pain_before=9),  # no rating afterwards
        Dose(2, at(20), prn=True, pain_after=6),  # no rating before
        Dose(2, at(30), prn=True),  # after the period
        Dose(2, at(9)),  # a scheduled dose is not as-needed use
    ]
    use = as_needed_use([prn], doses, START, START + timedelta(days=27))  # it ran on days 8–28: 21 days
    assert (use.doses, use.active_days) == (4, 21)
    assert use.per_week == pytest.approx(4 / 3)  # 4 ÷ (21 ÷ 7) ≈ 1.3, not 4 ÷ 4 weeks = 1.0
    # before → after over the two doses rated both times: (8 + 7) / 2 → (5 + 4) / 2
    assert (use.mean_pain_before, use.mean_pain_after, use.rated_pairs) == (7.5, 4.5, 2)


def test_as_needed_use_without_ratings_has_no_means():
    use = as_needed_use([Regimen(2, START, prn=True)], [Dose(2, at(0), prn=True)], START, START)
    assert (use.doses, use.rated_pairs, use.mean_pain_before, use.mean_pain_after) == (1, 0, None, None)
    assert use.per_week == 7.0  # 1 ÷ (1 ÷ 7)


def test_days_over_the_prescribed_maximum_follow_the_regimen_of_that_day():
    first = Regimen(1, START, START + timedelta(days=4), dose_amount=5, dose_unit="mg", prn=True, max_per_day=4)
    second = Regimen(1, START + timedelta(days=5), dose_amount=5, dose_unit="mg", prn=True, max_per_day=2)
    doses = [Dose(1, at(0, hour), 5, "mg", prn=True) for hour in (8, 9, 10, 11, 12)]  # day 1: 5 > 4
    doses += [Dose(1, at(1, hour), 5, "mg", prn=True) for hour in (8, 9, 10, 11)]  # day 2: 4, the maximum
    doses += [Dose(1, at(5, hour), 5, "mg", prn=True) for hour in (8, 9, 10)]  # day 6: 3 > 2 (the new regimen)
    doses += [Dose(1, at(6, 8), 5, "mg", prn=True), Dose(1, at(6, 9), 5, "mg"), Dose(1, at(6, 10), 5, "mg")]
    # day 7: one as-needed dose and two logged as scheduled: 1, not over
    found = over_maximum([first, second], doses, START, START + timedelta(days=9))
    assert found == [OverMaximum(START, 5, 4), OverMaximum(START + timedelta(days=5), 3, 2)]
    assert over_maximum([first, second], doses, START + timedelta(days=1), START + timedelta(days=9)) == [
        OverMaximum(START + timedelta(days=5), 3, 2)
    ]
    assert over_maximum_on([first, second], doses, START) == OverMaximum(START, 5, 4)
    assert over_maximum_on([first, second], doses, START + timedelta(days=1)) is None


def test_without_a_maximum_or_a_running_as_needed_regimen_no_day_is_over():
    doses = [Dose(1, at(0, hour), 5, "mg", prn=True) for hour in range(8, 20)]  # 12 doses on day 1
    assert over_maximum([Regimen(1, START, prn=True)], doses, START, START) == []
    later = Regimen(1, START + timedelta(days=1), prn=True, max_per_day=1)  # not running on day 1
    assert over_maximum_on([later], doses, START) is None


def test_a_skip_logged_on_a_day_all_its_doses_were_taken_is_not_counted_as_skipped():
    doses = [Dose(1, at(0, 8)), Dose(1, at(0, 20)), Dose(1, at(0, 21), skipped=True, skip_reason="asleep")]
    result = adherence([Regimen(1, START, times_per_day=2)], doses, START, START)
    assert (result.expected, result.taken, result.skipped) == (2, 2, 0)


def test_regimens_that_overlap_as_an_imported_diary_may_hold_add_up_their_doses_due():
    morning = Regimen(1, START, times_per_day=1)
    evening = Regimen(1, START, times_per_day=2)
    result = adherence([morning, evening], [Dose(1, at(0, 8))], START, START)
    assert (result.expected, result.taken) == (3, 1)


def test_a_most_a_day_on_a_scheduled_regimen_does_not_limit_as_needed_doses():
    scheduled = Regimen(1, START, times_per_day=2, max_per_day=1)
    doses = [Dose(1, at(0, 8), prn=True), Dose(1, at(0, 9), prn=True)]
    assert over_maximum([scheduled], doses, START, START) == []
