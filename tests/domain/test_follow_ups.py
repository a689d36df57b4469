"""Follow-ups after an ablation or an epidural injection: their times, the one due, and relief against the 14
days before, from the answers or from the week's check-ins. Figures worked by hand below."""

from datetime import date, timedelta
from fractions import Fraction

import pytest

from painlog.domain.checkin import CheckIn
from painlog.domain.errors import ValidationError
from painlog.domain.follow_ups import FollowUp, due_follow_up, follow_up_days, follow_up_result

RFA = date(2026, 3, 2)


def on(n: int) -> date:
    return RFA + timedelta(days=n)


def test_the_follow_up_times_of_each_kind():
    # 2 weeks, 1, 3, 6 and 12 months; an epidural injection 2 weeks, 1 and 3 months; a block none.
    assert follow_up_days("radiofrequency_ablation") == (14, 30, 91, 182, 365)
    assert follow_up_days("injection") == (14, 30, 91)
    assert follow_up_days("nerve_block") == ()


def test_a_follow_up_is_offered_from_its_day_for_two_weeks_unless_answered():
    assert due_follow_up("radiofrequency_ablation", RFA, [], on(13)) is None
    assert due_follow_up("radiofrequency_ablation", RFA, [], on(14)) == 14
    assert due_follow_up("radiofrequency_ablation", RFA, [], on(28)) == 14  # 14 days after its day
    assert due_follow_up("radiofrequency_ablation", RFA, [], on(29)) is None
    done = [FollowUp(1, 14, on(15), 4)]
    assert due_follow_up("radiofrequency_ablation", RFA, done, on(30)) == 30
    assert due_follow_up("injection", RFA, done, on(200)) is None


def test_relief_against_the_baseline_and_how_long_it_lasted():
    # Baseline: the 14 days before, pain 8 on 10 days and 6 on 4: (80 + 24) / 14 = 52/7.
    checkins = [CheckIn(on(-n), 8 if n <= 10 else 6, 5, 5, 5) for n in range(1, 15)]
    answers = [
        FollowUp(1, 14, on(14), 6),  # (52/7 − 6) / (52/7) = 10/52 → 19.2 %
        FollowUp(1, 30, on(31), 3, relief_percent=60),  # the patient's 60 % counts for "how long"
        FollowUp(1, 91, on(92), 2),  # (52/7 − 2) / (52/7) = 38/52 → 73.1 %
        FollowUp(1, 182, on(182), 6, relief_percent=20),
    ]
    # No answer at a year: its week of check-ins (days 359–365) is read instead: pain 4 on 7 days.
    checkins += [CheckIn(on(n), 4, 4, 4, 5) for n in range(359, 366)]
    result = follow_up_result("radiofrequency_ablation", RFA, answers, checkins, as_of=on(400))
    assert result.baseline == Fraction(52, 7)
    assert [(p.after_days, p.pain, p.from_checkins) for p in result.points] == [
        (14, 6, False), (30, 3, False), (91, 2, False), (182, 6, False), (365, 4, True),
    ]  # fmt: skip
    assert result.points[0].relief == Fraction(10, 52) * 100
    assert result.points[2].relief == Fraction(38, 52) * 100
    assert result.points[4].relief == Fraction(24, 52) * 100  # (52/7 − 4) / (52/7)
    # Below 50 % at 2 weeks (relief starts within 2–4 weeks), ≥ 50 % at 1 and 3 months, 20 % at 6: 91 days.
    assert result.lasted_days == 91


def test_follow_ups_after_the_as_of_day_are_not_known_yet_and_a_thin_baseline_gives_no_relief():
    checkins = [CheckIn(on(-n), 8, 5, 5, 5) for n in range(1, 5)]  # 4 days: fewer than 5
    result = follow_up_result("injection", RFA, [FollowUp(1, 14, on(14), 2)], checkins, as_of=on(29))
    assert [p.after_days for p in result.points] == [14]  # 30 falls after the as-of day
    assert (result.baseline, result.points[0].relief, result.lasted_days) == (None, None, None)
    empty = follow_up_result("injection", RFA, [], [], as_of=on(100))
    assert [(p.pain, p.relief) for p in empty.points] == [(None, None)] * 3


@pytest.mark.parametrize(
    ("follow_up", "field", "message"),
    [
        (FollowUp(1, 15, on(15), 3), "after_days", "This follow-up time does not belong to this procedure."),
        (FollowUp(1, 14, on(-1), 3), "day", "A follow-up is answered after the procedure, not before."),
        (FollowUp(1, 14, on(14), 11), "pain", "Pain must be a whole number from 0 to 10."),
        (FollowUp(1, 14, on(14), 5.5), "pain", "Pain must be a whole number from 0 to 10."),
        (FollowUp(1, 14, on(14), 3, 101), "relief_percent", "Relief must be a whole percentage from 0 to 100."),
    ],
)
def test_a_follow_up_that_cannot_be_right_is_refused_in_words(follow_up, field, message):
    with pytest.raises(ValidationError) as caught:
        follow_up.validated(RFA, "radiofrequency_ablation")
    assert (caught.value.field, caught.value.message) == (field, message)


def test_a_follow_up_at_the_edges_is_accepted():
    assert FollowUp(1, 14, RFA, 0, 0).validated(RFA, "radiofrequency_ablation")  # on the procedure day itself
    assert FollowUp(1, 14, on(14), 10, 100).validated(RFA, "radiofrequency_ablation")


def test_the_baseline_is_the_14_days_before_the_procedure_day_and_5_days_are_enough():
    # Days −14 … −10: pain 8 (5 days, just enough); day −15 and the procedure day itself are not in it.
    checkins = [CheckIn(on(-n), 8, 5, 5, 5) for n in range(10, 15)]
    checkins += [CheckIn(on(-15), 0, 5, 5, 5), CheckIn(on(0), 0, 5, 5, 5)]
    result = follow_up_result("injection", RFA, [FollowUp(1, 14, on(14), 2)], checkins, as_of=on(14))
    assert result.baseline == 8
    assert [p.after_days for p in result.points] == [14]  # its day is the as-of day: known
    assert result.points[0].relief == 75  # (8 − 2) / 8


def test_a_follow_up_from_check_ins_is_the_mean_of_the_7_days_up_to_its_day():
    # The 14-day follow-up: days 8 … 14 count (pain 2 on day 8, 4 on day 14); day 7 (10) and day 15 (10) do not.
    checkins = [CheckIn(on(n), pain, 5, 5, 5) for n, pain in ((7, 10), (8, 2), (14, 4), (15, 10))]
    result = follow_up_result("injection", RFA, [], checkins, as_of=on(20))
    assert (result.points[0].pain, result.points[0].from_checkins) == (3, True)


def test_a_baseline_of_0_gives_no_relief_and_a_baseline_of_1_does():
    none = [CheckIn(on(-n), 0, 5, 5, 5) for n in range(1, 6)]
    result = follow_up_result("injection", RFA, [FollowUp(1, 14, on(14), 0)], none, as_of=on(14))
    assert (result.baseline, result.points[0].relief) == (0, None)  # no pain before: nothing to relieve
    one = [CheckIn(on(-n), 1, 5, 5, 5) for n in range(1, 6)]
    result = follow_up_result("injection", RFA, [FollowUp(1, 14, on(14), 0)], one, as_of=on(14))
    assert (result.baseline, result.points[0].relief) == (1, 100)


def test_how_long_relief_lasted_goes_by_the_patients_own_estimate_first_and_counts_50_percent():
    baseline = [CheckIn(on(-n), 6, 5, 5, 5) for n in range(1, 15)]  # 6
    answers = [
        FollowUp(1, 14, on(14), 6, relief_percent=50),  # 0 % by the pain, 50 % by the patient: counts
        FollowUp(1, 30, on(30), 0, relief_percent=20),  # 100 % by the pain, 20 % by the patient: ends the run
        FollowUp(1, 91, on(91), 0),  # 100 %
    ]
    result = follow_up_result("injection", RFA, answers, baseline, as_of=on(100))
    assert [p.reported_relief for p in result.points] == [50, 20, None]
    assert result.lasted_days == 14


def test_a_follow_up_with_nothing_recorded_is_passed_over_when_judging_how_long_relief_lasted():
    baseline = [CheckIn(on(-n), 6, 5, 5, 5) for n in range(1, 15)]
    answers = [FollowUp(1, 30, on(30), 2), FollowUp(1, 91, on(91), 3)]  # no answer and no check-ins at 14 days
    result = follow_up_result("injection", RFA, answers, baseline, as_of=on(100))
    assert [p.relief for p in result.points] == [None, Fraction(200, 3), 50]  # 4/6 and 3/6
    assert result.lasted_days == 91
