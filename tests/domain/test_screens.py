"""PHQ-9, PHQ-2, GAD-7, GAD-2 scored by the published rules (clinical.md: bands 5/10/15/20, short form ≥ 3)."""

from datetime import date

import pytest

from painlog.domain.errors import ValidationError
from painlog.domain.screens import INSTRUMENTS, Screen, Standing, in_period, screens_due, standing

DAY = date(2026, 11, 2)


def phq9(*answers: int, day: date = DAY, difficulty: int | None = None) -> Screen:
    return Screen(day, "PHQ-9", tuple(answers), difficulty).validated()


def test_the_forms_have_the_published_number_of_items_and_range() -> None:
    # PHQ-9 0–27, PHQ-2 0–6, GAD-7 0–21, GAD-2 0–6 (clinical.md).
    assert {code: (len(i.items), i.highest) for code, i in INSTRUMENTS.items()} == {
        "PHQ-9": (9, 27), "PHQ-2": (2, 6), "GAD-7": (7, 21), "GAD-2": (2, 6),
    }  # fmt: skip
    assert INSTRUMENTS["PHQ-2"].items == INSTRUMENTS["PHQ-9"].items[:2]
    assert INSTRUMENTS["GAD-2"].items == INSTRUMENTS["GAD-7"].items[:2]
    assert INSTRUMENTS["PHQ-9"].items[8].startswith("Thoughts that you would be better off dead")


def test_a_phq9_is_the_sum_of_its_answers_with_its_band() -> None:
    # 1+1+2+2+1+0+1+0+0 = 8: from 5 to 9 is "mild"; below the screening cut-off of 10.
    screen = phq9(1, 1, 2, 2, 1, 0, 1, 0, 0)
    assert screen.total == 8
    assert screen.band == "mild"
    assert not screen.positive
    assert not screen.self_harm


@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
     (15, "moderately severe"), (19, "moderately severe"), (20, "severe"), (27, "severe")],
)  # fmt: skip
def test_phq9_bands_start_at_5_10_15_and_20(total: int, band: str) -> None:
    answers = [3] * (total // 3) + ([total % 3] if total % 3 else [])
    answers += [0] * (9 - len(answers))
    # item 9 is last; keep it at 0 unless all nine are needed
    screen = phq9(*answers)
    assert screen.total == total
    assert screen.band == band
    assert screen.positive is (total >= 10)


@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
     (15, "severe"), (21, "severe")],
)  # fmt: skip
def test_gad7_bands_start_at_5_10_and_15(total: int, band: str) -> None:
    answers = [3] * (total // 3) + ([total % 3] if total % 3 else [])
    answers += [0] * (7 - len(answers))
    screen = Screen(DAY, "GAD-7", tuple(answers)).validated()
    assert (screen.total, screen.band, screen.positive) == (total, band, total >= 10)


@pytest.mark.parametrize(("code", "full"), [("PHQ-2", "PHQ-9"), ("GAD-2", "GAD-7")])
def test_a_short_form_of_3_or_more_screens_positive_and_goes_on_to_the_full_form(code: str, full: str) -> None:
    assert Screen(DAY, code, (1, 2)).validated().goes_on_to == full  # 3
    assert Screen(DAY, code, (0, 3)).validated().goes_on_to == full  # 3
    negative = Screen(DAY, code, (1, 1)).validated()  # 2
    assert (negative.positive, negative.goes_on_to, negative.band) == (False, None, None)
    assert Screen(DAY, full, (3,) * len(INSTRUMENTS[full].items)).goes_on_to is None  # already the full form


def test_any_answer_above_not_at_all_on_item_9_is_a_self_harm_answer() -> None:
    assert phq9(0, 0, 0, 0, 0, 0, 0, 0, 1).self_harm
    assert phq9(0, 0, 0, 0, 0, 0, 0, 0, 3).self_harm
    assert not phq9(3, 3, 3, 3, 3, 3, 3, 3, 0).self_harm
    # The GAD-7 has 7 items; its last answer is no self-harm question.
    assert not Screen(DAY, "GAD-7", (0, 0, 0, 0, 0, 0, 3)).self_harm


@pytest.mark.parametrize(
    ("instrument", "answers", "difficulty", "field", "message"),
    [
        ("PHQ-8", (0,) * 8, None, "instrument", "Unknown questionnaire: PHQ-8."),
        ("PHQ-9", (0,) * 8, None, "answers", "The PHQ-9 has 9 questions; 8 were answered."),
        ("GAD-7", (0, 0, 4, 0, 0, 0, 0), None, "answers", "Question 3 of the GAD-7 needs one of its four answers."),
        ("GAD-7", (0, -1, 0, 0, 0, 0, 0), None, "answers", "Question 2 of the GAD-7 needs one of its four answers."),
        ("PHQ-2", (True, 0), None, "answers", "Question 1 of the PHQ-2 needs one of its four answers."),
        ("PHQ-2", (0, 1.5), None, "answers", "Question 2 of the PHQ-2 needs one of its four answers."),
        ("PHQ-2", (0, 1), 1, "difficulty", "The PHQ-2 has no question about difficulty."),
        ("PHQ-9", (0,) * 9, 4, "difficulty", "The difficulty needs one of its four answers."),
        ("PHQ-9", (0,) * 9, -1, "difficulty", "The difficulty needs one of its four answers."),
        ("PHQ-9", (0,) * 9, True, "difficulty", "The difficulty needs one of its four answers."),
    ],
)  # fmt: skip
def test_an_incomplete_or_impossible_screen_is_refused_in_words(
    instrument: str, answers: tuple[int, ...], difficulty: int | None, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Screen(DAY, instrument, answers, difficulty).validated()
    assert (caught.value.field, caught.value.message) == (field, message)


def test_answers_and_a_difficulty_at_their_edges_are_accepted() -> None:
    assert Screen(DAY, "GAD-2", (0, 3)).validated()
    assert Screen(DAY, "GAD-7", (3,) * 7, 0).validated() and Screen(DAY, "GAD-7", (0,) * 7, 3).validated()


def test_the_difficulty_of_a_full_form_is_kept_and_not_scored() -> None:
    assert phq9(1, 0, 0, 0, 0, 0, 0, 0, 0, difficulty=3).total == 1


def test_the_standing_compares_a_full_form_with_the_one_before_it_of_the_same_form() -> None:
    first = phq9(2, 2, 2, 2, 2, 2, 2, 0, 0, day=date(2026, 9, 1))  # 14
    short = Screen(date(2026, 9, 20), "PHQ-2", (1, 1))  # a short form between: never subtracted from a PHQ-9
    second = phq9(1, 1, 1, 1, 1, 1, 1, 0, 0, day=date(2026, 10, 1))  # 7
    later = phq9(0, 0, 0, 0, 0, 0, 0, 0, 0, day=date(2026, 12, 1))  # after the summary's end
    anxiety = Screen(date(2026, 10, 2), "GAD-7", (1,) * 7)
    found = standing([later, second, anxiety, short, first], "depression", date(2026, 11, 1))
    assert found is not None
    assert (found.latest, found.previous, found.change) == (second, first, 7 - 14)


def test_the_standing_falls_back_to_short_forms_and_is_none_without_any() -> None:
    a = Screen(date(2026, 9, 1), "GAD-2", (2, 2))
    b = Screen(date(2026, 9, 20), "GAD-2", (0, 1))
    found = standing([b, a], "anxiety", date(2026, 11, 1))
    assert found is not None
    assert (found.latest, found.change) == (b, 1 - 4)
    assert standing([a], "depression", date(2026, 11, 1)) is None
    only = standing([a], "anxiety", date(2026, 11, 1))
    assert only is not None and only.change is None


def test_screens_are_due_every_14_days_and_before_a_visit_once_a_day_at_most() -> None:
    today = date(2026, 11, 26)
    assert screens_due(None, today)  # never taken
    assert not screens_due(date(2026, 11, 13), today)  # 13 days ago
    assert screens_due(date(2026, 11, 12), today)  # 14 days ago
    assert not screens_due(date(2026, 11, 12), today, offered_on=today)  # offered already today
    assert screens_due(date(2026, 11, 12), today, offered_on=date(2026, 11, 25))
    # A 28-day setting: 20 days is not due, unless a visit is booked within a week (and 20 > 14).
    assert not screens_due(date(2026, 11, 6), today, every_days=28)
    assert screens_due(date(2026, 11, 6), today, every_days=28, next_visit=date(2026, 12, 3))  # 7 days ahead
    assert not screens_due(date(2026, 11, 6), today, every_days=28, next_visit=date(2026, 12, 4))  # 8 days
    assert not screens_due(date(2026, 11, 6), today, every_days=28, next_visit=date(2026, 11, 25))  # past visit
    # Before a visit, a screen 14 days old is still within the recall: not asked again for the visit.
    assert not screens_due(date(2026, 11, 12), today, every_days=28, next_visit=date(2026, 11, 27))
    assert screens_due(date(2026, 11, 11), today, every_days=28, next_visit=date(2026, 11, 26))  # visit today


def test_the_screens_of_a_period_include_its_first_and_last_day_oldest_first() -> None:
    first = Screen(date(2026, 11, 1), "PHQ-9", (0,) * 9, id=4)
    again = Screen(date(2026, 11, 1), "GAD-7", (1,) * 7, id=1)
    unsaved = Screen(date(2026, 11, 1), "PHQ-2", (1, 1))  # no id yet: before id 1 of its day
    last = Screen(date(2026, 11, 30), "GAD-2", (0, 0), id=3)
    outside = [Screen(date(2026, 10, 31), "PHQ-2", (0, 0), id=9), Screen(date(2026, 12, 1), "PHQ-2", (0, 0), id=8)]
    found = in_period([last, *outside, first, again, unsaved], date(2026, 11, 1), date(2026, 11, 30))
    assert found == [unsaved, again, first, last]


def test_the_standing_prefers_an_older_full_form_counts_the_last_day_and_orders_a_day_by_id() -> None:
    full = Screen(date(2026, 11, 1), "PHQ-9", (1,) * 9, id=1)
    short = Screen(date(2026, 11, 5), "PHQ-2", (3, 3), id=2)
    assert standing([short, full], "depression", date(2026, 11, 5)).latest == full  # the full form, though older
    on_end = Screen(date(2026, 11, 5), "PHQ-9", (2,) * 9, id=3)
    assert standing([full, on_end], "depression", date(2026, 11, 5)).latest == on_end  # the end day counts
    unsaved = Screen(date(2026, 11, 5), "PHQ-9", (0,) * 9)  # no id yet: before id 1 of the same day
    first = Screen(date(2026, 11, 5), "PHQ-9", (3,) * 9, id=1)
    assert standing([first, unsaved], "depression", date(2026, 11, 5)) == Standing(first, unsaved)
