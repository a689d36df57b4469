"""Each procedure diary's one-page report, read back from the PDF: a block's relief in numbers with the other
block beside it, follow-ups with relief against the 14 days before, a stimulator trial against the week before.
Expected figures worked by hand from the rows below."""

from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader

from painlog.domain.block_diary import BlockDiary, TimedRating
from painlog.domain.checkin import CheckIn
from painlog.domain.follow_ups import FollowUp
from painlog.domain.stimulator_trial import Trial, TrialDay
from painlog.domain.therapy import Procedure, Therapy
from painlog.report.pdf_file import write_procedure_pdf
from tests.report.test_summary_pages import pages_text

MADE = date(2026, 11, 20)


def block(diary, therapy_id, day, anaesthetic, hours, pains, late=None):
    procedure = diary.therapies.add_procedure(Procedure(therapy_id, day, "L4-L5 right"))
    at = datetime.combine(day, time(9, 0))
    diary.procedure_diaries.save_sheet(BlockDiary(procedure.id, at, 8, ("standing",), anaesthetic, hours,
                                                  (15, 30, 60, 120)))  # fmt: skip
    for minutes, pain in pains.items():
        rated = at + timedelta(minutes=minutes + (late or {}).get(minutes, 0))
        diary.procedure_diaries.rate(TimedRating(procedure.id, minutes, rated, pain, "better"))
    return procedure


def test_a_block_report_gives_the_numbers_and_the_other_block_beside_it(diary, tmp_path):
    mbb = diary.therapies.add(Therapy("nerve_block", "Medial branch block"))
    block(diary, mbb.id, date(2026, 10, 1), "lidocaine", (1, 3), {15: 4, 30: 1, 60: 1, 120: 6})
    second = block(diary, mbb.id, date(2026, 10, 8), "bupivacaine", (6, 12), {15: 6, 30: 4, 60: 3}, late={60: 10})
    out = tmp_path / "b.pdf"
    pages, title = write_procedure_pdf(diary, out, made=MADE, procedure_id=second.id)
    assert (pages, len(PdfReader(out).pages), title) == (1, 1, "Diagnostic block diary — Medial branch block")
    (text,) = pages_text(out)
    # Usual pain 8. Block 1: 4, 1, 1, 6 → 50, 87.5, 87.5, 25 %; peak 88 % (87.5 rounded half away from zero).
    assert ("peak relief 88 % at 0:30; 50 % or more from 0:15 to at least 1:00 (below by 2:00); 80 % or more from "
            "0:30 to at least 1:00 (below by 2:00)") in text  # fmt: skip
    # Block 2: 6, 4, 3 → 25, 50, 62.5 %: never 80 %; the 1-hour rating 10 minutes late (its leeway is 6).
    assert (
        "peak relief 63 % at 1:10; 50 % or more from 0:30 to at least 1:10 (still at the last rating); 80 % never"
        in text
    )
    assert "Block 2 (2026-10-08), rating by rating" in text
    assert "10:10 (late: after 6 minutes' leeway)" in text
    assert "2:00 11:00 missed" in text  # 2 h: no rating, past its window by the report's day
    assert "positive" not in text.lower() and "qualif" not in text.lower()


def test_a_follow_up_report_compares_with_the_14_days_before(diary, tmp_path):
    rfa = diary.therapies.add(Therapy("radiofrequency_ablation", "RF ablation"))
    done = diary.therapies.add_procedure(Procedure(rfa.id, date(2026, 8, 1), "L4-L5"))
    for n in range(1, 15):  # baseline: 6 on 14 days
        diary.checkins.save(CheckIn(done.day - timedelta(days=n), 6, 5, 5, 5))
    diary.procedure_diaries.add_follow_up(FollowUp(done.id, 14, date(2026, 8, 15), 5, 20), done.day, rfa.kind)
    diary.procedure_diaries.add_follow_up(FollowUp(done.id, 30, date(2026, 8, 31), 3, 50), done.day, rfa.kind)
    out = tmp_path / "f.pdf"
    write_procedure_pdf(diary, out, made=MADE, procedure_id=done.id)
    (text,) = pages_text(out)
    assert "Pain before: mean of the 14 days before, 6.0." in text
    assert "relief of 50 % or more lasted at least 1 month (to that follow-up)" in text
    # (6 − 5) / 6 = 17 %; (6 − 3) / 6 = 50 %; 3 months (2026-10-31): no answer, no check-ins that week.
    assert "2 weeks 2026-08-15 5.0 17 % 20 % answered" in text
    assert "1 month 2026-08-31 3.0 50 % 50 % answered" in text
    assert "3 months 2026-10-31 — — — nothing recorded" in text
    assert "6 months" not in text  # falls after the report's day


def test_a_trial_report_sets_the_trial_against_the_week_before(diary, tmp_path):
    scs = diary.therapies.add(Therapy("neuromodulation", "Stimulator"))
    trial = diary.procedure_diaries.add_trial(Trial(scs.id, date(2026, 9, 8), date(2026, 9, 10)))
    for n in range(1, 8):
        diary.checkins.save(CheckIn(trial.start - timedelta(days=n), 7, 6, 8, 5))  # PEG 7
    for n, relief in enumerate((40, 60, 70)):
        day = trial.start + timedelta(days=n)
        diary.checkins.save(CheckIn(day, 3, 3, 3, 6))
        diary.procedure_diaries.save_day(TrialDay(trial.id, day, relief, "walked", 20 + 10 * n))
    out = tmp_path / "t.pdf"
    pages, title = write_procedure_pdf(diary, out, made=MADE, trial_id=trial.id)
    (text,) = pages_text(out)
    assert title == "Stimulator trial diary — Stimulator"
    assert "Trial from 2026-09-08 to 2026-09-10 (3 days), against the 7 days before it." in text
    assert "Average pain (0–10) 7.0 3.0" in text and "PEG score (0–10) 7.0 3.0" in text
    assert "Pain's interference with general activity (0–10) 8.0 3.0" in text
    assert "Opioids taken (MME a day) — —" in text  # no opioid in this diary: nothing, not 0
    # (40 + 60 + 70) / 3 = 56.7 → 57 %; 2 days at 50 % or more; walked (20 + 30 + 40) / 3 = 30.
    assert "mean relief 57 % over 3 days; 2 of them 50 % or more; walked 30 minutes a day on average" in text


def test_an_unknown_procedure_is_a_lookup_error(diary, tmp_path):
    with pytest.raises(LookupError):
        write_procedure_pdf(diary, tmp_path / "x.pdf", made=MADE, procedure_id=5)
    assert not (tmp_path / "x.pdf").exists()


def test_the_visit_summary_says_what_each_procedure_diary_showed_as_of_its_last_day(diary, tmp_path):
    from painlog.report.pdf_file import write_summary_pdf

    mbb = diary.therapies.add(Therapy("nerve_block", "Medial branch block"))
    block(diary, mbb.id, date(2026, 10, 1), "lidocaine", (1, 3), {15: 4, 30: 1, 60: 1, 120: 6})
    rfa = diary.therapies.add(Therapy("radiofrequency_ablation", "RF ablation"))
    done = diary.therapies.add_procedure(Procedure(rfa.id, date(2026, 10, 5), "L4-L5"))
    diary.procedure_diaries.add_follow_up(FollowUp(done.id, 14, date(2026, 10, 19), 3, 60), done.day, rfa.kind)
    diary.procedure_diaries.add_follow_up(FollowUp(done.id, 30, date(2026, 11, 4), 5, 30), done.day, rfa.kind)
    for n in range(40):
        diary.checkins.save(CheckIn(date(2026, 9, 25) + timedelta(days=n), 5, 5, 5, 5))
    out = tmp_path / "s.pdf"
    write_summary_pdf(diary, date(2026, 10, 1), date(2026, 10, 31), out, made=MADE)
    text = " ".join(pages_text(out))
    assert "block diary: peak relief 88 % at 0:30; 50 % or more from 0:15 to at least 1:00" in text
    # As of 31 October the 1-month answer (4 November) is not known yet: relief ≥ 50 % at 2 weeks only.
    assert "relief of 50 % or more lasted at least 2 weeks (to that follow-up)" in text
