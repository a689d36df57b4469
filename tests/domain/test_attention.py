"""What needs attention: the fall rule, and the order of the items on page 1."""

from datetime import date, datetime

import pytest

from painlog.domain.attention import (
    Attention,
    flare_falls,
    mentions_fall,
    needs_attention,
    notes_for_doctor,
    over_maximum,
    questions,
    screens,
    side_effects,
    started_and_stopped,
)
from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.medication_use import OverMaximum
from painlog.domain.screens import Screen
from painlog.domain.therapy import Regimen, RegimenChange, SideEffect, Therapy
from painlog.domain.visits import Visit

D = date(2026, 11, 10)


@pytest.mark.parametrize(
    ("text", "fall"),
    [
        ("Fell at home after feeling dizzy", True),
        ("a fall on the stairs", True),
        ("Two falls this week", True),
        ("I have fallen twice", True),
        ("kept falling over in the garden", True),
        ("Could not fall asleep", False),
        ("Fell asleep on the sofa", False),
        ("could not fall back asleep", False),
        ("walked to the waterfall", False),
        ("Dizzy in the mornings", False),
    ],
)
def test_the_fall_rule(text, fall):
    assert mentions_fall(text) is fall


def test_a_severe_fall_is_listed_once_as_a_fall_and_a_mild_complaint_not_at_all():
    effects = [
        SideEffect(D, "Fell at home after feeling dizzy", "severe", therapy_id=1),
        SideEffect(D, "Vomiting all night", "severe"),
        SideEffect(D, "Dry mouth", "mild"),
    ]
    found = side_effects(effects, {1: "Oxycodone IR"})
    assert [(a.kind, a.text, a.about) for a in found] == [
        ("fall", "Fell at home after feeling dizzy", "Oxycodone IR"),
        ("severe_side_effect", "Vomiting all night", ""),
    ]


def test_items_come_kind_by_kind_the_patients_words_first_dated_events_newest_first():
    gabapentin, naproxen = Therapy("medication", "Gabapentin", id=1), Therapy("medication", "Naproxen", id=2)
    changes = [
        RegimenChange(
            date(2026, 11, 2), naproxen, Regimen(2, date(2026, 9, 1), date(2026, 11, 2), stop_reason="cost"), "stopped"
        ),  # fmt: skip
        RegimenChange(date(2026, 11, 5), gabapentin, Regimen(1, date(2026, 11, 5)), "changed"),
        RegimenChange(date(2026, 11, 8), gabapentin, Regimen(1, date(2026, 11, 8)), "started"),
    ]
    checkins = [
        CheckIn(date(2026, 11, 3), 5, 5, 5, 5, note="older note", for_doctor=True),
        CheckIn(date(2026, 11, 4), 5, 5, 5, 5, note="not for the doctor"),
        CheckIn(date(2026, 11, 6), 5, 5, 5, 5, note="newer note", for_doctor=True),
    ]
    flares = [Episode(datetime(2026, 11, 7, 9, 0), 8, trigger="tripped and fell"),
              Episode(datetime(2026, 11, 9, 9, 0), 6, trigger="gardening")]  # fmt: skip
    effects = [SideEffect(date(2026, 11, 1), "A fall in the kitchen", "mild")]
    items = needs_attention(
        started_and_stopped(changes),
        side_effects(effects, {}),
        flare_falls(flares),
        notes_for_doctor(checkins),
        questions(Visit(date(2026, 11, 20), questions=("Can I swim?", "Is the numbness new?"))),
    )
    assert [(a.kind, a.text, a.day, a.code) for a in items] == [
        ("question", "Can I swim?", None, ""),
        ("question", "Is the numbness new?", None, ""),
        ("note", "newer note", date(2026, 11, 6), ""),
        ("note", "older note", date(2026, 11, 3), ""),
        ("fall", "tripped and fell", date(2026, 11, 7), ""),
        ("fall", "A fall in the kitchen", date(2026, 11, 1), "mild"),
        ("started", "Gabapentin", date(2026, 11, 8), ""),
        ("stopped", "Naproxen", date(2026, 11, 2), "cost"),
    ]


def test_days_over_a_maximum_come_after_severe_side_effects_newest_first():
    gabapentin = Therapy("medication", "Gabapentin", id=1)
    items = needs_attention(
        started_and_stopped([RegimenChange(date(2026, 11, 8), gabapentin, Regimen(1, date(2026, 11, 8)), "started")]),
        over_maximum(
            [("Oxycodone IR", OverMaximum(date(2026, 11, 3), 6, 4)), ("Morphine", OverMaximum(date(2026, 11, 7), 3, 2))]
        ),  # fmt: skip
        side_effects([SideEffect(date(2026, 11, 1), "Vomiting all night", "severe")], {}),
    )
    assert [(a.kind, a.text, a.day) for a in items] == [
        ("severe_side_effect", "Vomiting all night", date(2026, 11, 1)),
        ("over_maximum", "Morphine", date(2026, 11, 7)),
        ("over_maximum", "Oxycodone IR", date(2026, 11, 3)),
        ("started", "Gabapentin", date(2026, 11, 8)),
    ]
    assert items[2].over == OverMaximum(date(2026, 11, 3), 6, 4)


def test_a_self_harm_answer_comes_before_everything_and_positive_screens_after_falls():
    harm = Screen(date(2026, 11, 3), "PHQ-9", (2, 2, 1, 1, 0, 1, 0, 0, 1), id=1)  # 8, mild, item 9 "Several days"
    earlier = Screen(date(2026, 10, 1), "GAD-7", (2, 2, 2, 2, 2, 1, 1), id=2)  # 12, moderate: positive
    latest = Screen(date(2026, 11, 1), "GAD-7", (2, 2, 2, 2, 1, 1, 1), id=3)  # 11, moderate: positive, latest
    short = Screen(date(2026, 11, 2), "PHQ-2", (1, 1), id=4)  # 2: negative
    found = screens([latest, short, harm, earlier])
    assert [(a.kind, a.text, a.day, a.code) for a in found] == [
        ("self_harm", "PHQ-9", date(2026, 11, 3), "1"),  # the answer to item 9, 0–3
        ("positive_screen", "GAD-7", date(2026, 11, 1), "moderate"),
    ]
    fall = Attention("fall", "Fell on the stairs", date(2026, 11, 5))
    question = Attention("question", "Can I drive?")
    ordered = needs_attention([question], [fall], found)
    assert [a.kind for a in ordered] == ["self_harm", "question", "fall", "positive_screen"]


def test_a_positive_short_form_is_flagged_with_no_band():
    found = screens([Screen(date(2026, 11, 2), "GAD-2", (2, 1))])  # 3: positive
    assert [(a.kind, a.code) for a in found] == [("positive_screen", "")]
    assert screens([Screen(date(2026, 11, 2), "PHQ-9", (1,) * 8 + (0,))]) == []  # 8: not positive
