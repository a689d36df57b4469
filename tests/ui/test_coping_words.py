"""The coping page's words and small rules, without widgets: scores in plain words, the change since the last
one, the PGIC question's wording, the crisis lines, and the settings read back."""

from datetime import date

from painlog.domain.crisis import crisis_resources
from painlog.domain.impressions import Impression, Question
from painlog.domain.screens import PHQ9, Screen, Standing
from painlog.domain.therapy import Regimen, Therapy
from painlog.domain.visits import Visit
from painlog.ui import coping_words as words
from painlog.wording import ENGLISH
from painlog.wording.dates import day_words

TODAY = date(2026, 11, 12)


def phq9(day: date, total: int) -> Screen:
    answers = [0] * 9
    for index in range(total):
        answers[index % 8] += 1  # item 9 stays "Not at all"
    return Screen(day, "PHQ-9", tuple(answers))


def test_a_full_form_is_a_score_out_of_its_highest_with_its_band_in_plain_words():
    assert words.score_words(phq9(TODAY, 8)) == "score 8 of 27, in the mild range"
    assert words.score_words(phq9(TODAY, 4)) == "score 4 of 27, in the minimal range"
    gad7 = Screen(TODAY, "GAD-7", (2, 2, 2, 2, 1, 1, 1))  # 11
    assert words.score_words(gad7) == "score 11 of 21, in the moderate range, screens positive — talk to your clinician"


def test_a_short_form_says_whether_it_screens_positive():
    assert words.score_words(Screen(TODAY, "PHQ-2", (2, 1))) == (
        "score 3 of 6, screens positive — talk to your clinician"
    )
    assert words.score_words(Screen(TODAY, "GAD-2", (1, 1))) == "score 2 of 6, screens negative"
    assert words.result_words(Screen(TODAY, "GAD-2", (1, 1))) == "screens negative"
    assert words.result_words(phq9(TODAY, 12)) == "moderate (screens positive)"


def test_the_change_is_in_points_since_the_previous_one_of_the_same_form():
    before, latest = phq9(date(2026, 10, 19), 11), phq9(date(2026, 11, 2), 8)
    assert words.standing_words(Standing(latest, before), TODAY) == (
        "PHQ-9 on 2 November: score 8 of 27, in the mild range. 3 points lower than on 19 October (11)."
    )
    assert words.change_words(Standing(before, latest), TODAY) == "3 points higher than on 2 November (8)."
    assert words.change_words(Standing(latest, phq9(date(2026, 10, 1), 9)), TODAY) == (
        "1 point lower than on 1 October (9)."
    )
    assert words.change_words(Standing(latest, phq9(date(2026, 10, 1), 8)), TODAY) == "The same score as on 1 October."
    assert words.change_words(Standing(latest, None), TODAY) == "The first PHQ-9 in the diary."


def test_a_date_of_another_year_says_its_year():
    assert day_words(date(2025, 12, 30), TODAY, ENGLISH) == "30 December 2025"
    assert day_words(date(2026, 1, 3), TODAY, ENGLISH) == "3 January"


def test_which_questions_are_still_to_answer():
    assert words.missing_words([0, None, 1, None, None]) == "Still to answer: questions 2, 4 and 5."
    assert words.missing_words([0, None]) == "Still to answer: question 2."
    assert words.missing_words([0, 3]) == ""


def test_a_positive_short_form_goes_on_to_its_full_form_with_its_answers_given():
    short = Screen(TODAY, "PHQ-2", (2, 1))
    assert words.go_on_words(short) == "Your answers suggest going on to the PHQ-9 (7 more questions)."
    assert words.prefilled(PHQ9, short) == [2, 1, None, None, None, None, None, None, None]
    assert words.go_on_words(Screen(TODAY, "GAD-2", (1, 1))) is None
    assert words.prefilled(PHQ9, Screen(TODAY, "GAD-2", (3, 3))) == [None] * 9  # another topic's answers


def test_the_crisis_lines_of_a_country_the_own_contact_first_and_the_emergency_number():
    us = crisis_resources("US", "Dr Reyes 555 0100")
    assert words.crisis_lines(us) == [
        "Your own contact: Dr Reyes 555 0100",
        "988 Suicide & Crisis Lifeline: 988 — call or text 988, any time",
    ]
    assert words.emergency_words(us) == "If you are in danger now, call 911 / your local emergency number."
    assert words.crisis_lines(crisis_resources("GB")) == ["Samaritans: 116 123 — call free, day or night"]
    elsewhere = "If you are in danger now, call your local emergency number."
    assert words.emergency_words(crisis_resources("FR")) == elsewhere


def test_the_settings_read_back_with_their_defaults():
    assert words.country("", "gb") == "GB"
    assert words.country(" us ", "GB") == "US"
    assert words.every_days("") == 14
    assert words.every_days("28") == 28
    assert words.every_days("0") == 14
    assert words.every_days("a fortnight") == 14
    assert words.offered_on("2026-11-12") == TODAY
    assert words.offered_on("") is None


def gabapentin() -> tuple[Therapy, list[Regimen]]:
    therapy = Therapy("medication", "gabapentin", id=1)
    first = Regimen(1, date(2026, 9, 1), date(2026, 9, 30), 300, "mg", times_per_day=3, id=10)
    second = Regimen(1, date(2026, 10, 1), None, 600, "mg", times_per_day=3, id=11)  # a dose change
    return therapy, [first, second]


def test_the_pgic_question_names_the_visit_or_the_therapy_and_its_dose():
    therapy, regimens = gabapentin()
    changes = words.course_changes([therapy], regimens)
    assert set(changes) == {10, 11}
    visit = Question(date(2026, 11, 2), visit_id=7)
    assert words.question_words(visit, changes, TODAY) == (
        "Since your visit on 2 November, how would you describe the change in your overall condition?"
    )
    started = Question(date(2026, 9, 1), regimen_id=10)
    assert words.question_words(started, changes, TODAY) == (
        "Since starting gabapentin 300 mg on 1 September, how would you describe the change in your overall condition?"
    )
    changed = Question(date(2026, 10, 1), regimen_id=11)
    assert words.question_words(changed, changes, TODAY).startswith("Since changing gabapentin to 600 mg on 1 October,")
    answered = Impression(TODAY, "much_improved", date(2026, 10, 1), regimen_id=11)
    assert words.impression_words(answered, changes, TODAY) == (
        "12 November — since changing gabapentin to 600 mg on 1 October: much improved"
    )


def test_the_visit_question_comes_before_a_therapy_question_and_each_is_asked_once():
    therapy, regimens = gabapentin()
    changes = words.course_changes([therapy], regimens)
    today = date(2026, 11, 5)  # 35 days after the dose change of 1 October
    visits = [Visit(date(2026, 10, 15), id=1), Visit(date(2026, 11, 2), id=2)]
    assert words.impression_due(visits, changes, [], today) == Question(date(2026, 10, 15), visit_id=2)
    after_visit = [Impression(today, "no_change", date(2026, 10, 15), visit_id=2)]
    assert words.impression_due(visits, changes, after_visit, today) == Question(date(2026, 10, 1), regimen_id=11)
    both = [*after_visit, Impression(today, "no_change", date(2026, 10, 1), regimen_id=11)]
    assert words.impression_due(visits, changes, both, today) is None


def test_the_words_and_rules_need_no_qt():
    from tests.test_layering import modules_after_import

    loaded = modules_after_import("painlog.ui.coping_words")
    assert not any(name.startswith("PySide6") for name in loaded)


def test_a_course_without_doses_is_named_without_one():
    therapy = Therapy("physical_therapy", "Physiotherapy", id=2)
    first = Regimen(2, date(2026, 9, 1), date(2026, 9, 30), sessions_per_week=1, id=20)
    second = Regimen(2, date(2026, 10, 1), None, sessions_per_week=2, id=21)
    changes = words.course_changes([therapy], [first, second])
    assert words.since_words(Question(date(2026, 9, 1), regimen_id=20), changes, TODAY) == (
        "Since starting Physiotherapy on 1 September"
    )
    assert words.since_words(Question(date(2026, 10, 1), regimen_id=21), changes, TODAY) == (
        "Since changing Physiotherapy on 1 October"
    )
    assert words.since_words(Question(date(2026, 10, 1), regimen_id=99), changes, TODAY) == "Since 1 October"
