"""The last and the next visit: a summary covers the time since the last one; questions go to the next one."""

from datetime import date

import pytest

from painlog.domain.errors import ValidationError
from painlog.domain.text import MAX_TEXT
from painlog.domain.visits import Goal, Visit, last_visit, next_visit

TODAY = date(2026, 11, 24)


def test_a_visit_dated_today_is_the_next_visit_not_the_last():
    """Until the day is over: the summary printed that morning carries today's questions."""
    # Listed out of order, so that neither answer can be the first or the last one given.
    visits = [Visit(date(2026, 12, 20)), Visit(TODAY), Visit(date(2026, 12, 3)), Visit(date(2026, 10, 1))]
    assert next_visit(visits, TODAY) == Visit(TODAY)
    assert last_visit(visits, TODAY) == Visit(date(2026, 10, 1))


def test_the_next_visit_is_the_earliest_after_today_and_none_when_none_is_booked():
    later_first = [Visit(date(2027, 1, 15)), Visit(date(2026, 11, 25))]
    assert next_visit(later_first, TODAY) == Visit(date(2026, 11, 25))  # tomorrow
    assert next_visit([Visit(date(2026, 11, 23)), Visit(date(2026, 10, 1))], TODAY) is None


def test_there_is_no_last_visit_before_the_first_one():
    assert last_visit([Visit(date(2026, 11, 25))], TODAY) is None
    assert last_visit([], TODAY) is None


def refusal(record: Goal | Visit) -> tuple[str, str]:
    with pytest.raises(ValidationError) as refused:
        record.validated()
    return refused.value.field, refused.value.message


def test_a_goal_is_refused_naming_the_field_to_correct():
    start = date(2026, 9, 1)
    assert refusal(Goal("  ", start)) == ("text", "Write the goal in your own words.")
    assert refusal(Goal("Walk", start, "paused")) == ("status", "Unknown goal status: paused.")
    assert refusal(Goal("Walk", start, "achieved")) == ("achieved", "Give the day the goal was achieved.")
    assert refusal(Goal("Walk", start, "achieved", date(2026, 8, 31))) == (
        "achieved",
        "A goal cannot be achieved before it was set.",
    )
    assert Goal("Walk", start, "achieved", start).validated() == Goal("Walk", start, "achieved", start)


def test_a_visit_is_refused_naming_the_field_to_correct():
    day = date(2026, 12, 3)
    one_line = ("questions", "Each question is one line of text.")
    assert refusal(Visit(day, questions=("Can I swim?", "  "))) == one_line
    assert refusal(Visit(day, questions=("Can I swim?\nAnd run?",))) == one_line
    assert refusal(Visit(day, clinician="x" * (MAX_TEXT + 1)))[0] == "clinician"
    assert refusal(Visit(day, outcome="x" * (MAX_TEXT + 1)))[0] == "outcome"
    assert Visit(day, "Dr Reyes", ("Can I swim?",)).validated() == Visit(day, "Dr Reyes", ("Can I swim?",))
