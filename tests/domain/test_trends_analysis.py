"""Rolling means, therapy response windows, Spearman and patterns, against hand-computed examples."""

from datetime import date, datetime, timedelta

import pytest

from painlog.domain.checkin import CheckIn
from painlog.domain.correlation import ranks, sleep_and_pain, spearman
from painlog.domain.episode import Episode
from painlog.domain.patterns import most_reported
from painlog.domain.response import Change, Event, events, judge
from painlog.domain.series import Series, block_days, blocks, daily, rolling_mean
from painlog.domain.therapy import Procedure, Regimen, RegimenChange, Therapy

D0 = date(2026, 3, 1)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def test_rolling_mean_skips_gaps_and_needs_four_recorded_days():
    values = {day(0): 2.0, day(1): 4.0, day(2): 6.0, day(4): 8.0, day(6): 10.0, day(7): 3.0}
    rolled = rolling_mean(Series(day(0), day(9), values)).values
    assert day(2) not in rolled  # only 3 days recorded so far
    assert rolled[day(4)] == 5.0  # (2 + 4 + 6 + 8) / 4
    assert rolled[day(6)] == 6.0  # days 0..6: 2, 4, 6, 8, 10
    assert rolled[day(7)] == pytest.approx((4 + 6 + 8 + 10 + 3) / 5)  # day 0 has left the window
    assert day(9) not in rolled  # days 3..9 hold only 3 recorded days


def test_weekly_blocks_average_what_was_recorded():
    values = {day(n): float(n) for n in range(14) if n != 3}
    weeks = blocks(Series(day(0), day(13), values)).values
    assert weeks == {day(3): (0 + 1 + 2 + 4 + 5 + 6) / 6, day(10): (7 + 8 + 9 + 10 + 11 + 12 + 13) / 7}
    assert [block_days(n) for n in (30, 400, 401, 1098, 1099, 3650)] == [1, 1, 7, 7, 28, 28]


def test_daily_leaves_missing_days_out():
    checkins = [CheckIn(day(0), 5, 5, 5, 5, sleep_quality=None), CheckIn(day(2), 3, 3, 3, 3, sleep_quality=7)]
    assert daily(checkins, day(0), day(2), lambda c: c.sleep_quality).values == {day(2): 7.0}


def test_a_series_keeps_its_range_and_includes_both_ends():
    checkins = [CheckIn(day(n), n, 5, 5, 5) for n in range(0, 6)]
    series = daily(checkins, day(1), day(4), lambda c: c.pain_avg)
    assert (series.start, series.end) == (day(1), day(4))
    assert series.values == {day(1): 1.0, day(2): 2.0, day(3): 3.0, day(4): 4.0}  # days 0 and 5 lie outside
    assert series.days() == [day(1), day(2), day(3), day(4)]
    assert Series(day(1), day(1), {}).days() == [day(1)]
    rolled = rolling_mean(series)
    weekly = blocks(series)
    assert (rolled.start, rolled.end, weekly.start, weekly.end) == (day(1), day(4)) * 2


def test_a_series_mean_is_over_its_recorded_days_and_none_without_any():
    assert Series(day(0), day(9), {day(0): 2.0, day(5): 3.0, day(9): 7.0}).mean() == 4.0  # 12 / 3
    assert Series(day(0), day(9), {}).mean() is None


THERAPY = Therapy("medication", "Gabapentin", "gabapentin", id=1)
ESI = Therapy("injection", "Epidural steroid injection", id=2)


def diary(pain_by_day: dict[int, int]) -> list[CheckIn]:
    return [CheckIn(day(n), p, p, p, 5) for n, p in pain_by_day.items()]


def test_a_course_is_judged_on_days_15_to_42_against_the_14_days_before():
    start = Event(day(20), THERAPY, "started")
    pain = {n: 6 for n in range(6, 20)} | {n: 3 for n in range(35, 63)} | {n: 9 for n in range(20, 35)}
    response = judge(start, diary(pain))
    assert (response.baseline_days, response.response_days) == (14, 28)
    assert (response.pain.before, response.pain.after, response.pain.points, response.pain.percent) == (6, 3, -3, -50)
    assert response.pain.category == "substantial"
    assert response.peg.before == 6.0


def test_an_injection_is_judged_on_days_3_to_28_so_the_early_flare_is_left_out():
    injection = Event(day(20), ESI, "procedure")
    pain = {n: 6 for n in range(6, 20)} | {20: 9, 21: 9, 22: 9} | {n: 4 for n in range(23, 49)}
    response = judge(injection, diary(pain))
    assert response.response_days == 26
    assert response.pain.after == 4 and response.pain.category == "moderate"  # −33 %


def test_too_few_days_is_not_enough_data_never_a_number():
    event = Event(day(20), THERAPY, "started")
    response = judge(event, diary({n: 6 for n in range(16, 20)} | {n: 3 for n in range(35, 60)}))
    assert response.baseline_days == 4 and not response.enough_data and response.pain is None


@pytest.mark.parametrize(
    ("before", "after", "category"),
    [
        (6, 3, "substantial"),  # −50 % exactly
        (6, 3.01, "moderate"),  # −49.8 %
        (6, 4.2, "moderate"),  # −30 % exactly (4.2 is 21/5, not the binary 4.2000000000000002)
        (6, 4.21, "none"),  # −29.8 %
        (6, 6, "none"),
        (6, 6.6, "none"),  # +10 %: a rise under 30 % is no important change, as a fall is
        (6, 7.79, "none"),  # +29.8 %
        (6, 7.8, "worse"),  # +30 % exactly: moderately worse
        (6, 8.99, "worse"),  # +49.8 %
        (6, 9, "much_worse"),  # +50 % exactly: substantially worse
        (0, 0, "none"),
        (0, 1, "no_baseline"),  # no percentage of 0 exists
    ],
)
def test_immpact_categories_use_the_same_thresholds_both_ways(before, after, category):
    assert Change(before, after).category == category


def test_overlapping_events_are_named_and_an_open_window_is_flagged():
    first = Event(day(20), THERAPY, "started")
    second = Event(day(30), ESI, "procedure")
    pain = {n: 6 for n in range(0, 80)}
    response = judge(first, diary(pain), [first, second], as_of=day(40))
    assert response.overlaps == (second,)
    assert not response.complete and response.pain is None  # days 35..62: only 35..40 recorded so far
    assert (response.response_days, response.window_length) == (6, 28)


def test_events_are_starts_changes_and_procedures_not_stops():
    regimen = Regimen(1, day(0))
    changes = [RegimenChange(day(0), THERAPY, regimen, "started"), RegimenChange(day(9), THERAPY, regimen, "stopped")]
    found = events(changes, [(ESI, Procedure(2, day(5), "L4-L5"))])
    assert [(e.day, e.what) for e in found] == [(day(0), "started"), (day(5), "procedure")]
    assert found[1].window == (3, 28) and found[0].window == (15, 42)


def test_spearman_on_a_hand_example_with_ties():
    # x ranks: 1, 2.5, 2.5, 4, 5; y ranks: 5, 4, 3, 2, 1 → ρ = −0.9747 (Pearson on ranks)
    assert spearman([1, 2, 2, 3, 4], [10, 8, 6, 4, 2]) == pytest.approx(-0.9747, abs=1e-4)
    assert spearman([1, 2, 3, 4], [1, 2, 3, 4]) == pytest.approx(1.0)
    assert spearman([1, 1, 1], [3, 2, 1]) is None


def test_ranks_are_one_based_and_ties_share_the_mean_of_their_ranks():
    # Sorted: 5 (rank 1), 20 and 20 (ranks 2 and 3 → 2.5 each), 30 (rank 4).
    assert ranks([20, 5, 30, 20]) == [2.5, 1.0, 4.0, 2.5]
    assert ranks([7, 7, 7]) == [2.0, 2.0, 2.0]  # ranks 1..3, mean 2


def test_spearman_needs_two_pairs_of_equal_length():
    assert spearman([1, 2], [4, 3]) == pytest.approx(-1.0)  # two points always lie on a line
    assert spearman([1], [1]) is None
    assert spearman([1, 2, 3], [3, 2]) is None  # a value without its partner: no correlation


def test_two_nights_give_a_rho_but_too_few_days_to_say_anything():
    checkins = [CheckIn(day(0), 6, 5, 5, 5, sleep_quality=3), CheckIn(day(1), 2, 5, 5, 5, sleep_quality=8)]
    relation = sleep_and_pain(checkins)
    assert relation.rho == pytest.approx(-1.0) and relation.strength == "too_few"
    assert relation.measure == "sleep_quality" and sleep_and_pain(checkins, "sleep_hours").measure == "sleep_hours"


def test_sleep_and_next_day_pain_in_plain_strength_words():
    checkins = [CheckIn(day(n), 10 - q, 5, 5, 5, sleep_quality=q) for n, q in enumerate([2, 4, 6, 8, 3, 5, 7, 9, 1, 6])]
    relation = sleep_and_pain(checkins)
    assert len(relation.pairs) == 10 and relation.rho == -1.0 and relation.strength == "strong"
    assert sleep_and_pain(checkins[:9]).strength == "too_few"


def test_most_reported_counts_days_not_mentions():
    checkins = [CheckIn(day(0), 5, 5, 5, 5, locations=("lower_back", "leg_left")), CheckIn(day(1), 5, 5, 5, 5,
                locations=("lower_back",))]  # fmt: skip
    flares = [Episode(datetime(2026, 3, 1, 9), 8, locations=("lower_back", "neck"))]
    assert most_reported(checkins, flares, "locations") == [("lower_back", 2), ("leg_left", 1), ("neck", 1)]


def test_codes_reported_on_as_many_days_are_in_alphabetical_order_not_the_order_met():
    checkins = [CheckIn(day(0), 5, 5, 5, 5, locations=("neck",)), CheckIn(day(1), 5, 5, 5, 5, locations=("chest",))]
    assert most_reported(checkins, [], "locations") == [("chest", 1), ("neck", 1)]
