"""The one rule for numbers (clinical.md, "Rounding and display"): exact values, rounded once, half away from
zero; means of 0–10 scales with one decimal; percentages whole; MME/day one decimal below 10, whole above."""

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from painlog.domain import numbers
from painlog.wording import ENGLISH
from painlog.wording.sentences import days


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (5.25, 1, "5.3"),  # round() gives 5.2 (half to even)
        (50.25, 1, "50.3"),  # round() gives 50.2
        (2.675, 2, "2.68"),  # the binary 2.675 is 2.67499999…; a person reads 2.675
        (2.675, 1, "2.7"),
        (12.5, 0, "13"),  # round() gives 12
        (0.5, 0, "1"),
        (-1.45, 1, "−1.5"),  # away from zero on the negative side too, with a real minus sign
        (-0.04, 1, "0.0"),  # never "−0.0"
        (7, 1, "7.0"),  # one decimal always: never "7" beside "5.6"
        (Fraction(709, 200), 1, "3.5"),  # 3.545 → 3.5 (second decimal 4)
        (Fraction(1, 3), 2, "0.33"),
    ],
)
def test_fixed_rounds_halves_away_from_zero(value, places, shown):
    assert numbers.fixed(value, places) == shown


def test_no_value_is_a_dash_never_zero():
    assert numbers.fixed(None, 1) == numbers.scale_mean(None) == numbers.percent(None) == "—"
    assert numbers.mme(None) == numbers.signed(None) == numbers.signed_percent(None) == "—"


def test_scale_means_percentages_and_signed_changes():
    assert numbers.scale_mean(6) == "6.0" and numbers.scale_mean(Fraction(16, 3)) == "5.3"
    assert (
        numbers.percent(12.5) == "13 %" and numbers.percent(0) == "0 %" and numbers.percent(Fraction(100, 8)) == "13 %"
    )
    assert numbers.signed(Fraction(-283, 200), 1) == "−1.4"  # −1.415 → −1.4
    assert numbers.signed(0.05, 1) == "+0.1" and numbers.signed(0.04, 1) == "0.0"
    assert numbers.signed_percent(Fraction(-28528, 1000)) == "−29 %" and numbers.signed_percent(30) == "+30 %"


@pytest.mark.parametrize(
    ("mme", "shown"),
    [(7.25, "7.3"), (9.94, "9.9"), (9.96, "10"), (10, "10"), (45, "45"), (50.25, "50"), (50.5, "51"), (0, "0.0")],
)
def test_mme_has_one_decimal_below_10_and_none_above(mme, shown):
    assert numbers.mme(mme) == shown


def test_exact_means_take_floats_as_the_decimals_they_show():
    assert numbers.mean([4, 4, 4, 4, 5]) == Fraction(21, 5)
    assert numbers.mean([7.1, 7.2]) == Fraction(143, 20)  # 7.15 exactly, so it shows as 7.2
    assert numbers.fixed(numbers.mean([7.1, 7.2]), 1) == "7.2"
    assert numbers.mean([]) is None


def test_counts_say_day_or_days():
    assert (days(1, ENGLISH), days(2, ENGLISH), days(0, ENGLISH)) == ("1 day", "2 days", "0 days")


def test_rounding_is_to_whole_numbers_unless_places_are_given():
    assert numbers.rounded(Fraction(5, 2)) == Decimal(3)  # 2.5 → 3, not 2.5
    assert numbers.rounded(Fraction(-5, 2)) == Decimal(-3) and numbers.rounded(0) == Decimal(0)


def test_every_mean_is_the_one_in_numbers_exact_or_fast():
    assert numbers.mean([1, 2, 2]) == Fraction(5, 3) and numbers.mean([]) is None
    assert numbers.fast_mean([1.0, 2.0, 2.0]) == 5 / 3
    from painlog.domain import correlation, series

    assert series.fast_mean is numbers.fast_mean and correlation.fast_mean is numbers.fast_mean
    two_days = series.Series(date(2026, 1, 1), date(2026, 1, 2), {date(2026, 1, 1): 2.0, date(2026, 1, 2): 3.0})
    assert two_days.mean() == 2.5 and isinstance(two_days.mean(), float)
