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
