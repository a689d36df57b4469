"""A diagnostic block's sheet: % relief against the usual pain at each rating, the peak, how long relief stayed
at or above 50 % and 80 %, and late or missed ratings kept as such. Figures worked by hand below."""

from datetime import datetime, timedelta
from fractions import Fraction

import pytest

from painlog.domain.block_diary import BlockDiary, TimedRating, block_result, on_time_window, relief
from painlog.domain.errors import ValidationError

BLOCK = datetime(2026, 11, 20, 9, 0)
SHEET = BlockDiary(1, BLOCK, usual_pain=8, activities=("standing to cook",), anaesthetic="bupivacaine",
                   expected_hours=(6, 12))  # fmt: skip


def rated(minutes: int, pain: int, after: int | None = None, activity: str = "") -> TimedRating:
    at = BLOCK + timedelta(minutes=minutes if after is None else after)
    return TimedRating(1, minutes, at, pain, activity).validated(SHEET)


def test_relief_is_the_fall_from_the_usual_pain_in_percent():
    assert relief(8, 6) == 25  # (8 − 6) ÷ 8 × 100
    assert relief(8, 3) == Fraction(125, 2)  # 62.5 %
    assert relief(6, 0) == 100
    assert relief(4, 6) == -50  # worse than usual


def test_the_peak_and_how_long_relief_stayed_above_50_and_80_percent():
    ratings = [rated(15, 6), rated(30, 3), rated(60, 1, activity="better"), rated(120, 1), rated(180, 2),
               rated(240, 4), rated(360, 6)]  # fmt: skip
    result = block_result(SHEET, ratings, now=BLOCK + timedelta(hours=10))
    # Relief: 25, 62.5, 87.5, 87.5, 75, 50, 25 %.
    assert [value for _, value in result.curve] == [25, Fraction(125, 2), Fraction(175, 2), Fraction(175, 2), 75, 50,
                                                    25]  # fmt: skip
    assert (result.peak, result.peak_at) == (Fraction(175, 2), 60)  # the first time it was reached
    fifty, eighty = result.spans
    assert (fifty.first, fifty.last, fifty.next_below, fifty.hours) == (30, 240, 360, 4)  # 50 % counts as reached
    assert (eighty.first, eighty.last, eighty.next_below, eighty.hours) == (60, 120, 180, 2)
    assert result.missed == (480,)  # 8 h: no rating by 8:48
    assert result.late == ()


def test_relief_that_comes_back_after_a_dip_does_not_lengthen_the_first_run():
    ratings = [rated(15, 2), rated(30, 6), rated(60, 2)]  # 75, 25, 75 %
    (fifty, eighty) = block_result(SHEET, ratings, now=BLOCK + timedelta(minutes=70)).spans
    assert (fifty.first, fifty.last, fifty.next_below) == (15, 15, 30)
    assert (eighty.first, eighty.last, eighty.hours) == (None, None, None)  # never reached


def test_a_rating_after_its_window_is_late_and_placed_at_its_real_time():
    assert [on_time_window(m) for m in (15, 30, 60, 120, 480)] == [5, 5, 6, 12, 48]
    on_time = rated(15, 6, after=20)  # 5 minutes after: still on time
    late = rated(60, 2, after=67)  # 7 minutes after the 6-minute window of the 1-hour rating
    result = block_result(SHEET, [on_time, late], now=BLOCK + timedelta(minutes=70))
    assert result.late == (60,)
    assert [m for m, _ in result.curve] == [20, 67]
    assert result.missed == (30,)  # 30 min + 5: past


def test_the_next_rating_due_skips_those_done_and_those_past_their_window():
    done = [rated(15, 6)]
    assert SHEET.next_due(done, BLOCK + timedelta(minutes=16)) == 30
    assert SHEET.next_due(done, BLOCK + timedelta(minutes=35)) == 30  # 30 + 5: still on time
    assert SHEET.next_due(done, BLOCK + timedelta(minutes=36)) == 60
    assert SHEET.next_due(done, BLOCK + timedelta(minutes=480 + 49)) is None


LONG = "x" * 100_001  # one character over the limit of a text field


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"usual_pain": 0}, "usual_pain", "Relief is measured against the usual pain, so it cannot be 0."),
        ({"usual_pain": 11}, "usual_pain", "The usual pain must be a whole number from 0 to 10."),
        ({"usual_pain": 5.5}, "usual_pain", "The usual pain must be a whole number from 0 to 10."),
        ({"activities": ("a", "b", "c", "d")}, "activities", "Note at most 3 activities."),
        ({"times": (30, 15)}, "times", "The rating times are minutes after the block, each later than the last."),
        ({"times": ()}, "times", "The rating times are minutes after the block, each later than the last."),
        ({"times": (0, 15)}, "times", "The rating times are minutes after the block, each later than the last."),
        ({"expected_hours": (12, 6)}, "expected_hours", "The expected duration is from 1 to 48 hours, shortest first."),
        ({"expected_hours": (0, 6)}, "expected_hours", "The expected duration is from 1 to 48 hours, shortest first."),
        ({"expected_hours": (6, 49)}, "expected_hours", "The expected duration is from 1 to 48 hours, shortest first."),
        ({"anaesthetic": LONG}, "anaesthetic", "100,001 characters are too many for anaesthetic; at most 100,000 fit."),
        ({"activities": ("a", LONG)}, "activity 2",
         "100,001 characters are too many for activity 2; at most 100,000 fit."),
    ],
)  # fmt: skip
def test_a_sheet_that_cannot_be_right_is_refused_in_words(changes, field, message):
    import dataclasses

    with pytest.raises(ValidationError) as caught:
        dataclasses.replace(SHEET, **changes).validated()
    assert (caught.value.field, caught.value.message) == (field, message)


def test_a_sheet_at_the_edges_of_what_is_allowed_is_accepted():
    import dataclasses

    edges = dataclasses.replace(SHEET, usual_pain=10, activities=("a", "b", "c"), times=(1, 15), expected_hours=(6, 6))
    assert edges.validated() == edges
    assert dataclasses.replace(SHEET, expected_hours=(1, 48)).validated()


@pytest.mark.parametrize(
    ("rating", "field", "message"),
    [
        (TimedRating(1, 45, BLOCK, 3), "minutes", "This rating time is not on the sheet."),
        (TimedRating(1, 15, BLOCK, 11), "pain", "Pain must be a whole number from 0 to 10."),
        (TimedRating(1, 15, BLOCK, 5.5), "pain", "Pain must be a whole number from 0 to 10."),
        (TimedRating(1, 15, BLOCK, 3, "fine"), "activity", "The activity was better, the same or worse."),
        (TimedRating(1, 15, BLOCK - timedelta(minutes=1), 3), "rated_at",
         "A rating after the block cannot be made before it."),
    ],
)  # fmt: skip
def test_a_rating_that_cannot_be_right_is_refused_in_words(rating, field, message):
    with pytest.raises(ValidationError) as caught:
        rating.validated(SHEET)
    assert (caught.value.field, caught.value.message) == (field, message)


def test_ratings_of_0_and_10_are_accepted():
    assert TimedRating(1, 15, BLOCK, 0).validated(SHEET) and TimedRating(1, 15, BLOCK, 10).validated(SHEET)


def test_the_on_time_window_is_a_whole_number_of_minutes():
    assert on_time_window(125) == 12  # a tenth of 125 minutes, in whole minutes


def test_a_rating_is_missed_only_after_its_window_has_passed():
    # The 15-minute rating: due 9:15, on time until 9:20.
    assert SHEET.missed([], BLOCK + timedelta(minutes=20)) == []
    assert SHEET.missed([], BLOCK + timedelta(minutes=20, seconds=1)) == [15]


def test_a_sheet_without_ratings_has_no_curve_no_peak_and_spans_at_50_and_80():
    result = block_result(SHEET, [], now=BLOCK + timedelta(minutes=10))
    assert (result.curve, result.peak, result.peak_at) == ((), None, None)
    assert [(s.threshold, s.first, s.hours) for s in result.spans] == [(50, None, None), (80, None, None)]
