"""Mood and anxiety screens and PGIC answers on the printed summary, read back from the PDF: a self-harm answer
first under "What needs attention", positive screens flagged, the latest PHQ and GAD with band, change and date on
page 1, the PGIC answers of the period, and the answer about a dose change beside its pain change."""

from datetime import date, timedelta

import pytest

from painlog.domain.checkin import CheckIn
from painlog.domain.impressions import Impression
from painlog.domain.screens import Screen
from painlog.domain.therapy import Regimen, Therapy
from painlog.domain.visits import Visit
from painlog.report.pdf_file import write_summary_pdf
from tests.report.test_summary_pages import pages_text

END = date(2026, 11, 20)
START = END - timedelta(days=29)  # 2026-10-22


@pytest.fixture
def coping(diary):
    for n in range(60):
        diary.checkins.save(CheckIn(END - timedelta(days=n), 6 if n > 25 else 4, 5, 5, 5))
    gabapentin = diary.therapies.add(
        Therapy("medication", "Gabapentin", "gabapentin"),
        Regimen(0, date(2026, 9, 1), dose_amount=300, dose_unit="mg", times_per_day=3),
    )
    change = Regimen(0, date(2026, 10, 25), dose_amount=600, dose_unit="mg", times_per_day=3)
    diary.therapies.change_dose(gabapentin.id, change, date(2026, 10, 25))
    new_regimen = diary.therapies.regimens(gabapentin.id)[-1]
    old = diary.visits.save(Visit(date(2026, 8, 20), "Dr Reyes"))
    held = diary.visits.save(Visit(date(2026, 10, 23), "Dr Reyes"))
    assert old.id is not None
    diary.impressions.add(Impression(date(2026, 10, 23), "much_improved", date(2026, 8, 20), visit_id=held.id))
    diary.impressions.add(Impression(date(2026, 11, 19), "minimally_improved", date(2026, 10, 25),
                                     regimen_id=new_regimen.id))  # fmt: skip
    diary.impressions.add(Impression(date(2026, 11, 21), "much_worse", date(2026, 10, 25)))  # after the end
    # PHQ-9: 14 (moderate) before the period, 11 (moderate) in it with item 9 "Several days".
    diary.screens.add(Screen(date(2026, 10, 1), "PHQ-9", (2, 2, 2, 2, 2, 2, 2, 0, 0)))
    diary.screens.add(Screen(date(2026, 11, 10), "PHQ-9", (2, 2, 1, 2, 1, 1, 1, 0, 1)))
    # GAD-2 3 (positive) then GAD-7 7 (mild): the full form is what page 1 shows.
    diary.screens.add(Screen(date(2026, 11, 1), "GAD-2", (2, 1)))
    diary.screens.add(Screen(date(2026, 11, 2), "GAD-7", (2, 1, 1, 1, 1, 1, 0)))
    diary.screens.add(Screen(date(2026, 11, 25), "GAD-7", (3, 3, 3, 3, 3, 3, 3)))  # after the end: not known yet
    return diary


@pytest.fixture
def pages(coping, tmp_path) -> list[str]:
    out = tmp_path / "s.pdf"
    write_summary_pdf(coping, START, END, out, made=END)
    return pages_text(out)


def test_a_self_harm_answer_is_the_first_thing_that_needs_attention(pages):
    first = pages[0]
    attention = first.index("What needs attention")
    harm = first.index("harm (PHQ-9 question 9)")  # "Thoughts of self-" wraps in its narrow cell
    assert attention < harm < first.index("Positive mood or anxiety screens") < first.index("Average pain")
    # 2+2+1+2+1+1+1+0+1 = 11: moderate (10–14).
    assert (
        "2026-11-10: “Several days” to “Thoughts that you would be better off dead or of hurting yourself in some "
        "way” · PHQ-9 11 of 27, moderate range — ask about it at this visit"
    ) in first


def test_positive_screens_of_the_period_are_flagged(pages):
    first = pages[0]
    flagged = first[first.index("Positive mood or anxiety screens") : first.index("Average pain")]
    assert "2026-11-10: PHQ-9 11 of 27, moderate range" in flagged
    assert "2026-11-01: GAD-2 3 of 6, screens positive" in flagged
    assert "GAD-7" not in flagged  # 7 is below the screening cut-off of 10


def test_page_one_shows_the_latest_screens_with_band_change_and_date(pages):
    first = pages[0]
    # PHQ-9 14 → 11: −3. GAD-7 7 is the first GAD-7 (the one of 2026-11-25 is after the period).
    assert "Depression screen PHQ-9 11 of 27, moderate range (2026-11-10) · −3 since 2026-10-01" in first
    assert "Anxiety screen GAD-7 7 of 21, mild range (2026-11-02) · the first one recorded" in first
    assert "Global impression of change (PGIC)" in first
    assert "Much improved (2026-10-23, since the visit on 2026-08-20)" in first
    assert "Minimally improved (2026-11-19, since Gabapentin 600 mg · 3× daily from 2026-10-25)" in first
    assert "Much worse" not in " ".join(pages)  # answered after the period


def test_the_answer_about_a_dose_change_stands_beside_its_pain_change(pages):
    text = " ".join(pages)
    assert "PGIC on 2026-11-19: minimally improved" in text


def test_a_summary_without_screens_has_no_screen_lines(diary, tmp_path):
    diary.checkins.save(CheckIn(END, 4, 5, 5, 5))
    out = tmp_path / "s.pdf"
    write_summary_pdf(diary, START, END, out, made=END)
    first = pages_text(out)[0]
    assert "Depression screen" not in first and "PGIC" not in first
    assert "no positive mood or anxiety screen" in first
