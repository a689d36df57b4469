"""The period's descriptive statistics (the visit summary's first lines), against figures worked on paper."""

from datetime import date, timedelta
from fractions import Fraction

from painlog.domain.checkin import CheckIn
from painlog.domain.statistics import PeriodStats, period_stats

D0 = date(2026, 4, 1)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


# The period is days 1..5; day 4 is missing, day 0 and day 6 lie outside it (their 9 and 10 must not count).
DIARY = [
    CheckIn(day(0), 9, 9, 9, 0, pain_worst=10, pain_least=9, sleep_hours=1.0, sleep_quality=0),
    CheckIn(day(1), 7, 4, 4, 6, pain_worst=9, pain_least=5, sleep_hours=6.5, sleep_quality=4),
    CheckIn(day(2), 3, 2, 2, 8, pain_least=2, sleep_quality=7),
    CheckIn(day(3), 7, 6, 5, 5, pain_worst=8, sleep_hours=8.0),
    CheckIn(day(5), 3, 3, 3, 7, pain_worst=4, pain_least=1, sleep_hours=7.25, sleep_quality=6),
    CheckIn(day(6), 10, 10, 10, 0, pain_worst=10, pain_least=10, sleep_hours=2.0, sleep_quality=0),
]


def test_a_period_counts_only_its_own_days_both_ends_included():
    stats = period_stats(DIARY, day(1), day(5))
    assert (stats.start, stats.end, stats.days, stats.recorded) == (day(1), day(5), 5, 4)
    assert stats.pain_mean == 5  # (7 + 3 + 7 + 3) / 4 = 20 / 4


def test_each_mean_is_over_the_days_that_recorded_it():
    stats = period_stats(DIARY, day(1), day(5))
    assert stats.worst_mean == 7  # (9 + 8 + 4) / 3 = 21 / 3; day 2 recorded no worst pain
    assert stats.least_mean == Fraction(8, 3)  # (5 + 2 + 1) / 3; day 3 recorded no least pain
    assert stats.mood_mean == Fraction(13, 2)  # (6 + 8 + 5 + 7) / 4 = 26 / 4
    assert stats.sleep_hours_mean == Fraction(29, 4)  # (6.5 + 8.0 + 7.25) / 3 = 21.75 / 3 = 7.25
    assert stats.sleep_quality_mean == Fraction(17, 3)  # (4 + 7 + 6) / 3


def test_the_period_peg_is_the_exact_mean_of_the_daily_pegs():
    # Days' PEG: (7+4+4)/3 = 5, (3+2+2)/3 = 7/3, (7+6+5)/3 = 6, (3+3+3)/3 = 3; sum 49/3, over 4 days 49/12.
    assert period_stats(DIARY, day(1), day(5)).peg_mean == Fraction(49, 12)


def test_a_day_at_exactly_7_counts_as_high_pain():
    # Days at 7 or more: day 1 (7) and day 3 (7) of the 4 recorded: 2 / 4 = 50 %.
    assert period_stats(DIARY, day(1), day(5)).high_days_percent == 50
    # Days 2..3 alone: day 3 (7) of 2 recorded: 1 / 2 = 50 %; day 2 alone (3): 0 %.
    assert period_stats(DIARY, day(2), day(3)).high_days_percent == 50
    assert period_stats(DIARY, day(2), day(2)).high_days_percent == 0


def test_the_best_and_the_worst_day_are_the_most_recent_of_equals():
    # Lowest average pain 3 on days 2 and 5: day 5; highest 7 on days 1 and 3: day 3.
    stats = period_stats(DIARY, day(1), day(5))
    assert stats.best_day == (day(5), 3) and stats.worst_day == (day(3), 7)
    # Days 1..2: best day 2 (3), worst day 1 (7): no tie.
    early = period_stats(DIARY, day(1), day(2))
    assert early.best_day == (day(2), 3) and early.worst_day == (day(1), 7)


def test_a_period_without_check_ins_has_no_figures_never_zeros():
    assert period_stats(DIARY, day(7), day(9)) == PeriodStats(day(7), day(9), 0)
    empty = period_stats([], day(1), day(5))
    assert empty.recorded == 0 and empty.pain_mean is None and empty.high_days_percent is None
    assert empty.days == 5
