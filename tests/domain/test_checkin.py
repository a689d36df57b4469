from datetime import date

import pytest

from painlog.domain.checkin import CheckIn, peg_score, period_peg
from painlog.domain.errors import ValidationError

TODAY = date(2026, 11, 24)


def make(**changes: object) -> CheckIn:
    values: dict = dict(day=date(2026, 11, 20), pain_avg=6, enjoyment=5, activity=7, mood=5)
    values.update(changes)
    return CheckIn(**values)


@pytest.mark.parametrize(
    ("pain", "enjoyment", "activity", "expected"),
    [
        # Krebs et al. 2009: PEG = mean of the three 0–10 items.
        (6, 5, 7, 6.0),
        (5, 4, 3, 4.0),
        (6, 5, 5, 5.3),  # 16 / 3 = 5.33…
        (7, 8, 8, 7.7),  # 23 / 3 = 7.66…
        (0, 0, 0, 0.0),
        (10, 10, 10, 10.0),
    ],
)
def test_peg_is_the_mean_of_the_three_items_to_one_decimal(pain, enjoyment, activity, expected):
    assert peg_score(pain, enjoyment, activity) == expected


def test_period_peg_is_the_mean_of_daily_pegs_and_none_without_days():
    days = [make(pain_avg=6, enjoyment=5, activity=7), make(pain_avg=3, enjoyment=3, activity=3)]
    assert period_peg(days) == 4.5  # (6.0 + 3.0) / 2
    assert period_peg([]) is None


def test_a_complete_checkin_is_valid():
    checkin = make(
        pain_worst=8,
        pain_least=3,
        sleep_hours=6.5,
        sleep_quality=4,
        locations=("lower_back", "leg_left"),
        qualities=("shooting",),
        note="x",
        for_doctor=True,
    )
    assert checkin.validated(TODAY) is checkin


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"pain_avg": 11}, "pain_avg", "from 0 to 10"),
        ({"pain_avg": -1}, "pain_avg", "from 0 to 10"),
        ({"pain_avg": None}, "pain_avg", "required"),
        ({"enjoyment": None}, "enjoyment", "required"),
        ({"activity": None}, "activity", "required"),
        ({"mood": None}, "mood", "required"),
        ({"pain_worst": 11}, "pain_worst", "Worst pain must be from 0 to 10, not 11"),
        ({"pain_least": -1}, "pain_least", "Least pain must be from 0 to 10, not -1"),
        ({"sleep_hours": "7"}, "sleep_hours", "must be a number, not '7'"),
        ({"activity": 5.5}, "activity", "whole number"),
        ({"mood": True}, "mood", "whole number"),
        ({"mood": "7"}, "mood", "whole number"),
        ({"pain_worst": 4}, "pain_worst", "lower than average"),
        ({"pain_least": 7}, "pain_least", "higher than average"),
        ({"sleep_hours": 25}, "sleep_hours", "from 0 to 24"),
        ({"sleep_hours": -1.0}, "sleep_hours", "from 0 to 24"),
        ({"sleep_hours": float("nan")}, "sleep_hours", "a number"),
        ({"sleep_quality": 12}, "sleep_quality", "from 0 to 10"),
        ({"locations": ("tail",)}, "locations", "Unknown"),
        ({"locations": ("neck", "neck")}, "locations", "twice"),
        ({"qualities": ("itchy",)}, "qualities", "Unknown"),
        ({"for_doctor": True, "note": "  "}, "note", "note"),
        ({"day": date(2026, 11, 25)}, "date", "future"),
    ],
)
def test_invalid_values_are_refused_with_a_plain_message(changes, field, words):
    with pytest.raises(ValidationError) as caught:
        make(**changes).validated(TODAY)
    assert caught.value.field == field
    assert words in caught.value.message
    assert caught.value.message[0].isupper() and caught.value.message.endswith(".")


def test_today_itself_can_be_recorded():
    assert make(day=TODAY).validated(TODAY)


@pytest.mark.parametrize(
    "changes",
    [
        {"pain_avg": 0, "enjoyment": 0, "activity": 0, "mood": 0},  # each scale's low end
        {"pain_avg": 10, "enjoyment": 10, "activity": 10, "mood": 10, "sleep_quality": 10},  # and high end
        {"pain_worst": 6, "pain_least": 6},  # worst and least may equal the average of 6
        {"sleep_hours": 0.0, "sleep_quality": 0},
        {"sleep_hours": 24, "note": "x" * 100_000},  # 24 hours, and a note of the longest length
    ],
)
def test_values_on_the_edge_of_each_range_are_accepted(changes):
    checkin = make(**changes)
    assert checkin.validated(TODAY) is checkin


def test_a_refusal_message_names_the_field_and_the_value_in_full():
    with pytest.raises(ValidationError) as caught:
        make(sleep_quality=11).validated(TODAY)
    assert caught.value.message == "Sleep quality must be from 0 to 10, not 11."
    with pytest.raises(ValidationError) as caught:
        make(enjoyment=None).validated(TODAY)
    assert caught.value.message == "Interference with enjoyment of life is required."
    with pytest.raises(ValidationError) as caught:
        make(activity=5.5).validated(TODAY)
    assert caught.value.message == "Interference with general activity must be a whole number, not 5.5."
    with pytest.raises(ValidationError) as caught:
        make(sleep_hours=24.5).validated(TODAY)
    assert caught.value.message == "Hours of sleep must be from 0 to 24, not 24.5."
    with pytest.raises(ValidationError) as caught:
        make(locations=("neck", "tail", "head", "neck", "wing")).validated(TODAY)
    assert caught.value.message == "Unknown locations: tail, wing."
    with pytest.raises(ValidationError) as caught:
        make(qualities=("shooting", "aching", "shooting", "aching")).validated(TODAY)
    assert caught.value.message == "Listed twice in qualities: aching, shooting."
