"""PGIC: seven labelled answers, asked at each visit and 4–6 weeks after a therapy starts or changes."""

from datetime import date

import pytest

from painlog.domain.errors import ValidationError
from painlog.domain.impressions import (
    PGIC_ANSWERS,
    Impression,
    Question,
    about_starts,
    change_questions,
    describe,
    visit_question,
)


def test_the_seven_answers_run_from_very_much_improved_to_very_much_worse() -> None:
    assert [describe(a) for a in PGIC_ANSWERS] == [
        "very much improved", "much improved", "minimally improved", "no change",
        "minimally worse", "much worse", "very much worse",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("impression", "message"),
    [
        (Impression(date(2026, 11, 2), "better", date(2026, 10, 1)), "Choose one of the seven answers."),
        (Impression(date(2026, 11, 2), "no_change", date(2026, 11, 3)),
         "The change is looked back on from a later day."),
        (Impression(date(2026, 11, 2), "no_change", date(2026, 10, 1), visit_id=1, regimen_id=2),
         "An answer is about a visit or a therapy, not both."),
    ],
)  # fmt: skip
def test_a_wrong_answer_is_refused_in_words(impression: Impression, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        impression.validated()
    assert caught.value.message == message


def test_an_answer_on_the_day_it_looks_back_to_is_allowed() -> None:
    assert Impression(date(2026, 11, 2), "no_change", date(2026, 11, 2)).validated()


def test_the_latest_visit_is_asked_about_for_two_weeks_when_a_visit_came_before_it() -> None:
    visits = [(1, date(2026, 8, 1)), (2, date(2026, 11, 10)), (3, date(2026, 12, 15))]
    assert visit_question(visits, [], date(2026, 11, 10)) == Question(date(2026, 8, 1), visit_id=2)
    assert visit_question(visits, [], date(2026, 11, 24)) == Question(date(2026, 8, 1), visit_id=2)  # day 14
    assert visit_question(visits, [], date(2026, 11, 25)) is None  # day 15
    assert visit_question(visits, [], date(2026, 11, 9)) is None  # visit 2 not yet held; visit 1 has none before
    done = [Impression(date(2026, 11, 10), "much_improved", date(2026, 8, 1), visit_id=2)]
    assert visit_question(visits, done, date(2026, 11, 12)) is None
    assert visit_question([(1, date(2026, 8, 1))], [], date(2026, 8, 1)) is None


def test_a_therapy_change_is_asked_about_from_day_28_to_day_42() -> None:
    changes = [(7, date(2026, 10, 1)), (8, date(2026, 10, 20))]
    assert change_questions(changes, [], date(2026, 10, 28)) == []  # day 27 and day 8
    assert change_questions(changes, [], date(2026, 10, 29)) == [Question(date(2026, 10, 1), regimen_id=7)]
    assert change_questions(changes, [], date(2026, 11, 12)) == [Question(date(2026, 10, 1), regimen_id=7)]
    assert change_questions(changes, [], date(2026, 11, 13)) == []  # day 43 and day 24
    assert change_questions(changes, [], date(2026, 11, 17)) == [Question(date(2026, 10, 20), regimen_id=8)]
    answered = [Impression(date(2026, 11, 1), "no_change", date(2026, 10, 1), regimen_id=7)]
    assert change_questions(changes, answered, date(2026, 11, 2)) == []


def test_the_visit_asked_about_is_the_latest_of_three() -> None:
    visits = [(1, date(2026, 6, 1)), (2, date(2026, 8, 1)), (3, date(2026, 11, 10))]
    assert visit_question(visits, [], date(2026, 11, 11)) == Question(date(2026, 8, 1), visit_id=3)


def test_therapy_changes_are_asked_about_oldest_start_first() -> None:
    changes = [(3, date(2026, 10, 5)), (9, date(2026, 10, 1))]  # the later regimen id started first
    assert change_questions(changes, [], date(2026, 11, 5)) == [
        Question(date(2026, 10, 1), regimen_id=9), Question(date(2026, 10, 5), regimen_id=3),
    ]  # fmt: skip


def test_the_latest_answer_about_each_regimen_is_kept_by_its_therapy_and_start() -> None:
    starts = {7: (1, date(2026, 10, 1)), 8: (1, date(2026, 10, 20))}
    first = Impression(date(2026, 11, 1), "no_change", date(2026, 10, 1), regimen_id=7, id=1)
    again = Impression(date(2026, 11, 1), "much_improved", date(2026, 10, 1), regimen_id=7, id=6)  # same day, later
    later = Impression(date(2026, 11, 20), "minimally_improved", date(2026, 10, 20), regimen_id=8, id=2)
    visit = Impression(date(2026, 11, 21), "much_worse", date(2026, 10, 1), visit_id=4, id=1)
    unknown = Impression(date(2026, 11, 22), "much_worse", date(2026, 10, 1), regimen_id=99, id=3)
    assert about_starts([later, again, visit, first, unknown], starts) == {
        (1, date(2026, 10, 1)): again, (1, date(2026, 10, 20)): later,
    }  # fmt: skip
    unsaved = Impression(date(2026, 11, 1), "very_much_improved", date(2026, 10, 1), regimen_id=7)  # no id yet
    assert about_starts([first, unsaved], starts) == {(1, date(2026, 10, 1)): first}  # id 1 after none (0)


def test_a_wrong_answer_or_day_points_at_its_field() -> None:
    with pytest.raises(ValidationError) as wrong:
        Impression(date(2026, 11, 2), "better", date(2026, 11, 1)).validated()
    assert wrong.value.field == "answer"
    with pytest.raises(ValidationError) as later:
        Impression(date(2026, 11, 1), "no_change", date(2026, 11, 2)).validated()
    assert later.value.field == "since"
    with pytest.raises(ValidationError) as both:
        Impression(date(2026, 11, 2), "no_change", date(2026, 11, 1), visit_id=1, regimen_id=2).validated()
    assert both.value.field == "regimen_id"
