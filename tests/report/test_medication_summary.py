"""The summary's medication figures (adherence, as-needed use, MME) against counts made by hand here."""

import re
from datetime import date, datetime, time, timedelta
from html import unescape

import pytest

from painlog.domain.therapy import Dose, Regimen, Therapy
from painlog.report.document import summary_html
from painlog.report.summary import build_summary

TODAY = date.today()
START = TODAY - timedelta(days=40)
END = START + timedelta(days=29)  # 30 complete days, all before today


def at(day: int, hour: int) -> datetime:
    return datetime.combine(START + timedelta(days=day), time(hour))


@pytest.fixture
def medicines(diary):
    """Gabapentin logged on 20 of 30 days, a gel never logged, oxycodone as needed from day 10, a 72-hour
    fentanyl patch with 5 of its 10 changes logged."""
    gabapentin = diary.therapies.add(Therapy("medication", "Gabapentin", "gabapentin"),
                                     Regimen(0, START, dose_amount=300, dose_unit="mg", times_per_day=3))  # fmt: skip
    diary.therapies.add(Therapy("medication", "Diclofenac gel", "diclofenac"),
                        Regimen(0, START, dose_amount=4, dose_unit="g", route="topical", times_per_day=3))  # fmt: skip
    oxycodone = diary.therapies.add(
        Therapy("medication", "Oxycodone IR", "oxycodone"),
        Regimen(0, START + timedelta(days=9), dose_amount=5, dose_unit="mg", prn=True, max_per_day=4),
    )
    patch = diary.therapies.add(
        Therapy("medication", "Fentanyl patch", "fentanyl"),
        Regimen(0, START, dose_amount=25, dose_unit="mcg/h", route="transdermal", schedule="every_hours", every=72),
    )
    for day in range(20):
        for hour in (8, 14, 20):
            if (day, hour) in ((3, 20), (7, 20)):
                continue  # missed, not logged
            if (day, hour) == (10, 20):
                diary.doses.add(Dose(gabapentin.id, at(day, hour), 300, "mg", skipped=True, skip_reason="dizzy"))
                continue
            diary.doses.add(Dose(gabapentin.id, at(day, hour), 300, "mg"))
    for day, before, after in ((10, 8, 5), (12, 7, 4), (14, 9, None), (20, None, 6)):
        diary.doses.add(Dose(oxycodone.id, at(day, 16), 5, "mg", prn=True, pain_before=before, pain_after=after))
    for day in (0, 3, 6, 9, 12):
        diary.doses.add(Dose(patch.id, at(day, 9), 25, "mcg/h"))
    return diary


def text_of(summary) -> str:
    html = summary_html(summary, 600)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_adherence_as_needed_use_and_mme_by_hand(medicines):
    summary = build_summary(medicines, START, END, made=TODAY)
    use = {u.therapy.name: u for u in summary.medication_use}
    # gabapentin: logged on days 1–20 of 30; 20 × 3 = 60 expected; 2 missed + 1 skipped: 57 taken
    g = use["Gabapentin"].adherence
    assert (g.due_days, g.logged_days, g.expected, g.taken, g.skipped) == (30, 20, 60, 57, 1)
    assert not use["Diclofenac gel"].adherence.log_kept
    # the patch: due on days 1, 4, …, 28 (10 changes); 5 logged, each taken
    f = use["Fentanyl patch"].adherence
    assert (f.due_days, f.logged_days, f.expected, f.taken) == (10, 5, 5, 5)
    # oxycodone ran on days 10–30 (21 days): 4 doses ÷ 3 weeks; before → after over the 2 rated both times
    o = use["Oxycodone IR"].as_needed
    assert (o.doses, o.active_days, o.rated_pairs) == (4, 21, 2)
    assert (o.mean_pain_before, o.mean_pain_after) == ((8 + 7) / 2, (5 + 4) / 2)
    # taken MME: days with any dose: gabapentin's 20 plus oxycodone's day 21 = 21 days;
    # the patch 25 × 2.4 = 60 on each, oxycodone 5 mg × 1.5 = 7.5 on 4 of them
    taken = summary.taken_mme
    assert (taken.logged_days, taken.days) == (21, 30)
    assert taken.mean == pytest.approx((21 * 60 + 4 * 7.5) / 21)  # 61.43
    assert taken.maximum == 67.5
    assert summary.prescribed_mme.total == pytest.approx(60 + 5 * 4 * 1.5)  # patch + as needed at most 4 a day


def test_the_medication_section_words_those_figures(medicines):
    text = text_of(build_summary(medicines, START, END, made=TODAY))
    assert "95 % taken: 57 of 60 logged scheduled doses (logged on 20 of 30 days due); 1 skipped" in text
    assert "dose log not kept (30 days due)" in text
    assert "100 % taken: 5 of 5 logged scheduled doses (logged on 5 of 10 days due)" in text
    assert "1.3 as-needed doses a week (4 in 21 days prescribed)" in text
    assert "pain before 7.5 → after 4.5 (2 doses rated both times)" in text
    assert "Prescribed now: 90 MME/day" in text
    assert "taken (dose log kept on 21 of 30 days): mean 61, highest 68 MME/day" in text  # 67.5 → 68
    assert "50 MME/day: the CDC's level for reassessment" in text
    assert "Reference lines" not in text
    assert " 0 %" not in text


def test_no_dose_log_at_all_is_said_never_a_taken_figure_from_the_patch(diary):
    diary.therapies.add(
        Therapy("medication", "Fentanyl patch", "fentanyl"),
        Regimen(0, START, dose_amount=25, dose_unit="mcg/h", route="transdermal", schedule="every_hours", every=72),
    )
    summary = build_summary(diary, START, END, made=TODAY)
    assert summary.taken_mme.mean is None and not summary.taken_mme.log_kept
    text = text_of(summary)
    assert "Prescribed now: 60 MME/day; taken: —, dose log not kept" in text
    assert "dose log not kept (10 days due)" in text
    assert "% taken" not in text


def test_an_as_needed_medicine_without_doses_is_said_not_shown_as_0_a_week(diary):
    diary.therapies.add(Therapy("medication", "Oxycodone IR", "oxycodone"),
                        Regimen(0, START, dose_amount=5, dose_unit="mg", prn=True, max_per_day=4))  # fmt: skip
    text = text_of(build_summary(diary, START, END, made=TODAY))
    assert "no as-needed dose logged in 30 days prescribed" in text
    assert "0.0 as-needed" not in text


def test_figures_round_once_half_away_from_zero():
    from painlog.report.medication_words import mme, percent, scale_mean

    assert percent(0.125) == "13 %"  # 12.5 → 13, not 12
    assert scale_mean(5.25) == "5.3" and scale_mean(7) == "7.0"
    assert mme(7.25) == "7.3"  # one decimal below 10
    assert mme(50.5) == "51" and mme(9.96) == "10"  # whole from 10
    assert mme(None) == "—"
