"""The printed summary read back page by page: what needs attention on page 1, the running header and footer,
the therapy tables in words, long notes shortened. Expected texts are written out by hand from the rows below."""

from datetime import date, datetime, time, timedelta
from fractions import Fraction

import pytest
from pypdf import PdfReader

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.therapy import Dose, Procedure, Regimen, SideEffect, Therapy
from painlog.domain.visits import Visit
from painlog.report.pdf_file import write_summary_pdf
from painlog.report.summary import build_summary, default_period

TODAY = date.today()
START = TODAY - timedelta(days=29)
LONG_NOTE = " ".join(f"w{i:04d}" for i in range(5000))  # 5000 words, 29,999 characters


def day(n: int) -> date:
    return START + timedelta(days=n)


@pytest.fixture
def busy(diary):
    """A period with a bit of everything the specialist should see first."""
    for n in range(-30, 30):
        if n < 0 and n % 3 == 0:  # the previous 30 days: 10 of them missing, 20 recorded
            continue
        note, flag = {10: (LONG_NOTE, True), 20: ("Knee gave way twice", True)}.get(n, ("", False))
        diary.checkins.save(CheckIn(day(n), 6, 5, 5, 5, pain_worst=8, pain_least=3, note=note, for_doctor=flag))
    naproxen = diary.therapies.add(
        Therapy("medication", "Naproxen", "naproxen"),
        Regimen(0, TODAY - timedelta(days=60), dose_amount=500, dose_unit="mg", times_per_day=2),
    )
    diary.therapies.stop(naproxen.id, day(5), "side_effects")
    gabapentin = diary.therapies.add(
        Therapy("medication", "Gabapentin", "gabapentin"),
        Regimen(0, TODAY - timedelta(days=50), dose_amount=300, dose_unit="mg", times_per_day=3),
    )
    diary.therapies.change_dose(gabapentin.id, Regimen(0, day(8), dose_amount=600, dose_unit="mg", times_per_day=3),
                                day(8))  # fmt: skip
    oxy = diary.therapies.add(
        Therapy("medication", "Oxycodone IR", "oxycodone"),
        Regimen(0, TODAY - timedelta(days=45), dose_amount=5, dose_unit="mg", prn=True, max_per_day=4),
    )
    for when in (day(0), TODAY):  # the first and the last day of the period
        diary.doses.add(Dose(oxy.id, datetime.combine(when, time(0, 0)), 5, "mg", prn=True))
    diary.therapies.add(
        Therapy("medication", "Tramadol", "tramadol"),
        Regimen(0, day(12), dose_amount=50, dose_unit="mg", times_per_day=2),
    )
    esi = diary.therapies.add(Therapy("injection", "Epidural steroid injection"), Procedure(0, day(0), "L4-L5"))
    (procedure,) = diary.therapies.procedures(esi.id)
    diary.therapies.record_relief(procedure.id, 60, datetime.combine(day(14), time(10, 0)))
    diary.therapies.add(Therapy("nerve_block", "Medial branch block"), Procedure(0, TODAY, "L5 right"))
    diary.side_effects.add(SideEffect(day(15), "Fell at home after feeling dizzy", "moderate", oxy.id))
    diary.side_effects.add(SideEffect(day(16), "Vomiting all night", "severe"))
    diary.side_effects.add(SideEffect(day(17), "Could not fall asleep", "mild"))
    diary.episodes.add(Episode(datetime.combine(day(18), time(10, 0)), 8, trigger="fell on the stairs"))
    diary.visits.save(Visit(TODAY + timedelta(days=7), "Dr Reyes", ("Can I swim?", "Is the numbness new?")))
    diary.settings.set("patient_name", "Ana Silva")
    diary.settings.set("birth_date", "1956-03-02")
    return diary


LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl"})  # the PDF's font joins these letters


def pages_text(path) -> list[str]:
    return [" ".join(page.extract_text().translate(LIGATURES).split()) for page in PdfReader(path).pages]


@pytest.fixture
def pages(busy, tmp_path) -> list[str]:
    out = tmp_path / "s.pdf"
    count = write_summary_pdf(busy, START, TODAY, out, made=TODAY)
    found = pages_text(out)
    assert len(found) == count
    return found


def test_page_one_opens_with_what_needs_attention(pages):
    first = pages[0]
    assert first.index("What needs attention") < first.index("Average pain")
    expected_in_order = [
        f"Questions for this visit ({(TODAY + timedelta(days=7)).isoformat()})",
        "1. Can I swim?",
        "2. Is the numbness new?",
        "Notes for the doctor",
        f"{day(20).isoformat()}: Knee gave way twice",
        f"{day(10).isoformat()}: w0000",
        "Falls",
        # Opioids on those days: oxycodone 5 mg × 4 a day at most × 1.5 = 30, tramadol 50 mg × 2 × 0.2 = 20.
        f"{day(18).isoformat()}: fell on the stairs (opioids prescribed that day: 50 MME/day)",
        f"{day(15).isoformat()}: Fell at home after feeling dizzy (moderate side effect; thought to be from "
        "Oxycodone IR; opioids prescribed that day: 50 MME/day)",
        "Severe side effects",
        f"{day(16).isoformat()}: Vomiting all night (opioids prescribed that day: 50 MME/day)",
        "Started in this period",
        f"Tramadol {day(12).isoformat()}",
        "Stopped in this period",
        f"Naproxen {day(5).isoformat()} — side effects",
    ]
    places = [first.index(text) for text in expected_in_order]
    assert places == sorted(places)
    assert "Could not fall asleep" not in first  # a mild side effect that is not a fall waits for its table
    assert first.index("Stopped in this period") < first.index("Average pain")
    # Page 1 stays one page: with no room left for the current therapies and the opioid dose after the chart,
    # they open page 2 rather than spill over it.
    assert "Sleep: hours / quality" in first and "Current therapies" not in first
    assert pages[1].split(f"page 2 of {len(pages)} ")[1].startswith("Current therapies")


def test_a_long_note_is_shortened_with_the_words_left_out_counted(pages):
    text = " ".join(pages)
    # 45 words are shown (w0000 … w0044); 5000 − 45 = 4955 are left in the diary.
    assert "w0043 w0044 … (continues in the diary, 4955 more words)" in text
    assert "w0045" not in text


def test_every_page_carries_the_name_the_period_and_page_n_of_m(pages):
    assert len(pages) >= 2
    for n, text in enumerate(pages, start=1):
        assert "Ana Silva · born 1956-03-02" in text
        assert f"{START.isoformat()} to {TODAY.isoformat()}" in text
        assert f"page {n} of {len(pages)}" in text


def test_without_a_name_each_page_has_a_line_to_write_it_on(busy, tmp_path):
    busy.settings.set("patient_name", "")
    busy.settings.set("birth_date", "")
    out = tmp_path / "s.pdf"
    write_summary_pdf(busy, START, TODAY, out, made=TODAY)
    found = pages_text(out)
    for n, text in enumerate(found, start=1):
        assert "Name: ____" in text and f"page {n} of {len(found)}" in text


def test_the_therapy_tables_say_when_what_changed_and_why(pages):
    text = " ".join(pages)
    assert "Naproxen stopped (why: side effects)" in text
    assert "Gabapentin dose changed from 300 mg to 600 mg, 3× daily" in text
    assert "Tramadol started (50 mg · 2× daily)" in text
    since = (TODAY - timedelta(days=50)).isoformat()
    assert f"Gabapentin {since} (this dose since {day(8).isoformat()}) 600 mg · 3× daily" in text
    assert f"Oxycodone IR {(TODAY - timedelta(days=45)).isoformat()} 5 mg · as needed" in text
    # Relief judged at 10:00 on day 14 of a procedure on day 0: 14 days after. None recorded: "—".
    assert "L4-L5 · relief 60 %, reported 14 days after" in text
    assert "L5 right · relief not recorded yet" in text


def test_the_cause_sentence_stands_under_the_response_heading_which_asks_no_question(pages):
    text = " ".join(pages)
    assert (
        "Pain before and after each therapy change Patient-recorded diary. "
        "Associations between therapies and pain do not show cause. Date Therapy" in text
    )
    assert "did they help" not in text.lower()


def test_the_previous_period_says_how_many_of_its_days_were_recorded(pages):
    assert "previous 30 days (20 recorded)" in pages[0]


def test_the_first_and_the_last_day_of_the_period_are_both_inside(busy, pages):
    summary = build_summary(busy, START, TODAY, made=TODAY)
    (oxy,) = [use for use in summary.medication_use if use.therapy.name == "Oxycodone IR"]
    assert oxy.as_needed.doses == 2  # taken at midnight on the first day and on the last (today)
    assert sorted(p.day for _, p in summary.procedures) == [START, TODAY]
    text = " ".join(pages)
    assert "(2 in 30 days prescribed)" in text
    assert f"{START.isoformat()} Epidural steroid injection procedure (L4-L5)" in text
    assert f"{TODAY.isoformat()} Medial branch block procedure (L5 right)" in text


def test_a_summary_made_on_the_day_of_the_visit_covers_the_time_since_the_one_before(busy):
    busy.visits.save(Visit(TODAY, "Dr Reyes", ("Should I keep the tramadol?",)))
    busy.visits.save(Visit(TODAY - timedelta(days=40), "Dr Reyes"))
    start, end = default_period(busy.visits.all(), TODAY)
    assert (start, end) == (TODAY - timedelta(days=40), TODAY)
    summary = build_summary(busy, start, end, made=TODAY)
    assert [a.text for a in summary.attention if a.kind == "question"] == ["Should I keep the tramadol?"]


def test_with_nothing_to_flag_page_one_says_so(diary, tmp_path):
    for n in range(30):
        diary.checkins.save(CheckIn(day(n), 4, 4, 4, 6))
    out = tmp_path / "s.pdf"
    write_summary_pdf(diary, START, TODAY, out, made=TODAY)
    first = pages_text(out)[0]
    assert "What needs attention Nothing flagged: no questions or notes for the doctor" in first


def test_notes_beyond_the_eighth_are_counted_not_printed(diary, tmp_path):
    for n in range(10):  # ten notes for the doctor: the newest 8 are printed, 2 counted
        diary.checkins.save(CheckIn(day(n), 4, 4, 4, 6, note=f"note number {n}", for_doctor=True))
    out = tmp_path / "s.pdf"
    write_summary_pdf(diary, START, TODAY, out, made=TODAY)
    first = pages_text(out)[0]
    assert all(f"note number {n}" in first for n in range(2, 10))
    assert "note number 1" not in first and "note number 0" not in first
    assert "and 2 earlier notes in the diary" in first


def test_a_summary_of_today_alone_counts_todays_as_needed_dose_and_judges_no_schedule_yet(busy):
    summary = build_summary(busy, TODAY, TODAY, made=TODAY)
    assert [(use.therapy.name, use.as_needed.doses) for use in summary.medication_use] == [("Oxycodone IR", 1)]


def test_a_fall_without_opioids_names_no_opioid_dose(diary):
    diary.checkins.save(CheckIn(day(3), 4, 4, 4, 6))
    diary.side_effects.add(SideEffect(day(3), "Fell in the garden", "severe"))
    summary = build_summary(diary, START, TODAY, made=TODAY)
    assert [(a.kind, a.text, a.mme) for a in summary.attention] == [("fall", "Fell in the garden", None)]


@pytest.fixture
def too_many(diary):
    """Oxycodone IR 5 mg, at most 4 a day: 6 doses on day 3, 4 on day 4 (the maximum), 2 yesterday, 5 today."""
    for n in range(30):
        diary.checkins.save(CheckIn(day(n), 4, 4, 4, 6))
    oxy = diary.therapies.add(
        Therapy("medication", "Oxycodone IR", "oxycodone"),
        Regimen(0, START - timedelta(days=10), dose_amount=5, dose_unit="mg", prn=True, max_per_day=4),
    )
    for when, count in ((day(3), 6), (day(4), 4), (TODAY - timedelta(days=1), 2), (TODAY, 5)):
        for minute in range(count):
            diary.doses.add(Dose(oxy.id, datetime.combine(when, time(0, minute)), 5, "mg", prn=True))
    return diary


def test_days_over_the_prescribed_maximum_are_flagged_on_page_one(too_many, tmp_path):
    out = tmp_path / "s.pdf"
    write_summary_pdf(too_many, START, TODAY, out, made=TODAY)
    first = pages_text(out)[0]
    newest, older = (
        f"{TODAY.isoformat()}: Oxycodone IR 5 doses (at most 4 a day)",
        f"{day(3).isoformat()}: Oxycodone IR 6 doses (at most 4 a day)",
    )
    assert first.index("More than the prescribed maximum") < first.index(newest) < first.index(older)
    assert f"{day(4).isoformat()}: Oxycodone IR" not in first  # 4 doses: the maximum, not over it
    assert "Nothing flagged" not in first


def test_taken_mme_and_as_needed_doses_count_the_same_days(too_many):
    # Up to today: 6 + 4 + 2 + 5 = 17 doses; MME a day = doses × 5 mg × 1.5: 45, 30, 15 and today 37.5.
    summary = build_summary(too_many, START, TODAY, made=TODAY)
    (use,) = summary.medication_use
    assert use.as_needed.doses == 17
    taken = summary.taken_mme
    assert (taken.logged_days, taken.maximum) == (4, 45.0)
    assert taken.mean == Fraction(255, 8)  # (45 + 30 + 15 + 37.5) / 4 = 127.5 / 4
    # Today alone: its 5 doses and its 37.5 MME both count.
    today = build_summary(too_many, TODAY, TODAY, made=TODAY)
    assert today.medication_use[0].as_needed.doses == 5
    assert (today.taken_mme.logged_days, today.taken_mme.maximum) == (1, 37.5)
    # A period that ended yesterday: today is in neither figure.
    before = build_summary(too_many, START, TODAY - timedelta(days=1), made=TODAY)
    assert before.medication_use[0].as_needed.doses == 12
    assert (before.taken_mme.logged_days, before.taken_mme.maximum) == (3, 45.0)
    assert [(a.kind, a.day) for a in before.attention] == [("over_maximum", day(3))]


def test_a_chart_too_tall_for_page_one_opens_page_two_rather_than_flatten_its_panels(busy, tmp_path):
    """Sixteen more therapies: 22 lanes closed up need (22.3 × 8 pt × 1.15) / 72 = 2.85 in, with 1.3 in for the
    scales and about 1.8 in of titles and dates, more than page 1 has left under what needs attention. The chart
    then opens page 2 whole, and page 1 closes with the sections that fit there instead."""
    for n in range(16):
        busy.therapies.add(Therapy("physical_therapy", f"Exercise {n}"), Regimen(0, day(-20), sessions_per_week=2))
    out = tmp_path / "s.pdf"
    count = write_summary_pdf(busy, START, TODAY, out, made=TODAY)
    reader = PdfReader(out)
    assert len(reader.pages) == count
    assert [len(page.images) for page in reader.pages][:2] == [0, 1]  # the chart is page 2's only picture
    first = pages_text(out)[0]
    assert "What needs attention" in first and "Sleep: hours / quality" in first
