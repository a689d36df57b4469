"""The audit: the summary of a diary written with plain SQL (tests/report/audit_diary.py), read back from the
PDF as a specialist reads it, every figure compared with arithmetic done by hand below (never by painlog code).

Rounding is half away from zero, means with one decimal, percentages whole (clinical.md, "Rounding").
"""

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from painlog.report.pdf_file import write_summary_pdf
from painlog.storage.diary import open_diary
from tests.report.audit_diary import END, MADE, START, write_audit_diary

# ----- the figures, by hand ---------------------------------------------------------------------------------
# This period, Mar 1..25 recorded (25 of 30): pain 4 on Mar 1..15 (15 days), 3 on Mar 16..25 (10 days).
PAIN = (15 * 4 + 10 * 3) / 25  # 90 / 25 = 3.6
# Previous period, Feb 1..20 recorded (20 of 30): pain 5 on odd days, 6 on even days.
PAIN_BEFORE = (10 * 5 + 10 * 6) / 20  # 110 / 20 = 5.5
# Change −1.9 points; −1.9 / 5.5 = −34.5 % → "−35 %", a fall of ≥ 30 %: moderate improvement.
# PEG = (pain + enjoyment + activity) / 3: March enjoyment 4, activity 3; February 5 and 6.
PEG = (PAIN + 4 + 3) / 3  # 10.6 / 3 = 3.5333 → "3.5"
PEG_BEFORE = (PAIN_BEFORE + 5 + 6) / 3  # 16.5 / 3 = 5.5
# PEG change: 3.5333 − 5.5 = −1.9667 → "−2.0"; −1.9667 / 5.5 = −35.8 % → "−36 %".
# Worst pain on Mar 1..20: 15 × 5 + 5 × 6 = 105 / 20 = 5.25 → "5.3" (half away from zero, not "5.2").
# Least pain 2 on Mar 1..20 → "2.0" (one decimal, not "2"). Mood 7 → "7.0"; February 4 → "4.0".
# Sleep on Mar 1..8: 4 × 6.5 + 4 × 6.0 = 50 / 8 = 6.25 h → "6.3 h"; quality 5 → "5.0".
# Epidural steroid injection on Mar 2, judged days 3..28 after (Mar 5..30) against the 14 days before
# (Feb 16..Mar 1). Before: Feb 16..20 = 6, 5, 6, 5, 6 and Mar 1 = 4 → 32 / 6 = 5.3333 → "5.3".
# After: Mar 5..15 = 11 × 4, Mar 16..25 = 10 × 3 → 74 / 21 = 3.5238 → "3.5" (the April 9s are after --to).
# Change −1.8095 → "−1.8"; −1.8095 / 5.3333 = −33.9 % → "−34 %": moderate improvement.
# PEG before: Feb 16..20 (p + 11) / 3 → (28 + 55) / 3 = 83 / 3, Mar 1 (4 + 7) / 3 = 11 / 3 → 94 / 3 / 6 = 5.2222
# → "5.2". PEG after: (3.5238 + 7) / 3 = 3.5079 → "3.5".
# Gabapentin dose changed Mar 5: judged days 15..42 after (Mar 20..Apr 16), past Mar 30: not complete;
# recorded in it until Mar 30: Mar 20..25 = 6 of its 28 days.
# Opioids prescribed: oxycodone 10 mg × 3 = 30 mg × 1.5 = 45; tramadol 50 mg × 2 = 100 mg × 0.2 = 20; 65 MME/day.
# The long note: 300 words, cut after 44 ("word0".."word43"): 300 − 44 = 256 more words.
# Prescribed now (Mar 30) adds as-needed oxycodone IR at its maximum: 5 mg × 4 a day = 20 mg × 1.5 = 30: 95.
# Dose log: gabapentin on Mar 20..24, 3 a day due = 15, of which 1 skipped: 14 of 15 = 93.3 % → "93 %";
# due on all 30 days of the period (300 mg Mar 1..4, 600 mg Mar 5..30), logged on 5 of them.
# Naproxen, oxycodone and tramadol: no dose log at all → "dose log not kept", never 0 %; naproxen due Mar 1..10.
# As-needed oxycodone IR from Mar 16: 15 days of the period; 3 doses → 3 / (15 / 7) = 1.4 a week. Rated before
# and after: Mar 17 (8 → 5) and Mar 20 (7 → 4): before (8 + 7) / 2 = 7.5, after (5 + 4) / 2 = 4.5.
# Taken MME over the 6 days with any dose log (Mar 17, 20..24): 7.5 (5 mg × 1.5) on Mar 17, 20 and 22, 0 on
# the others: 22.5 / 6 = 3.75 → "3.8" (one decimal below 10, half away from zero); highest 7.5.
EXPECTED_PAGE_ONE = [
    "Ana Audit · born 1950-01-02",
    # Mar 7 and Mar 21 were written more than a day late (audit_diary.LATE); Mar 3 the next day is on time.
    # Mar 26..28 were marked "didn't record" (Mar 25's mark does not count: it has a check-in).
    "2026-03-01 to 2026-03-30 (30 days) · 25 of 30 days recorded, 2 of them later than the next day; "
    "3 marked not recorded · made 2026-04-01",
    "What needs attention",
    "Questions for this visit (2026-04-10) 1. Can I lower the oxycodone?",
    "(continues in the diary, 256 more words)",
    "2026-03-12: Fell at home after feeling dizzy (severe side effect; thought to be from Oxycodone; "
    "opioids prescribed that day: 65 MME/day)",
    "Naproxen 2026-03-10 — side effects",
    "previous 30 days (20 recorded)",
    "Average pain (0–10, lower is better) 3.6 5.5 −1.9 (−35 %) · moderate improvement (≥ 30 %)",
    "PEG score (0–10, lower is better) 3.5 5.5 −2.0 (−36 %) · moderate improvement (≥ 30 %)",
    "Worst / least pain (means) 5.3 / 2.0 — (not recorded)",
    "Days with pain 7 or more 0 % 0 %",
    "Mood (0–10, higher is better) 7.0 4.0",
    "6.3 h / 5.0 — (not recorded)",
]
EXPECTED_LATER = [  # page 1 is full with what needs attention, the figures and the chart
    "Prescribed now: 95 MME/day; taken (dose log kept on 6 of 30 days): mean 3.8, highest 7.5 MME/day",
    "Gabapentin 2026-01-10 (this dose since 2026-03-05) 600 mg · 3× daily",
    "Epidural steroid injection 2026-03-02 L4-L5 · relief 60 %, reported 14 days after",
    "Pain before and after each therapy change Patient-recorded diary. Associations between therapies and pain "
    "do not show cause.",
    "2026-03-02 Epidural steroid injection procedure (L4-L5) 5.3 → 3.5 5.2 → 3.5 −1.8 (−34 %) · moderate "
    "improvement (≥ 30 %)",
    "2026-03-05 Gabapentin dose changed from 300 mg to 600 mg, 3× daily — — window not complete yet (6 of 28 days)",
    "2026-03-10 Naproxen stopped (why: side effects)",
    "Gabapentin 600 mg · 3× daily 93 % taken: 14 of 15 logged scheduled doses (logged on 5 of 30 days due); 1 skipped",
    "Naproxen 500 mg · 2× daily dose log not kept (10 days due)",
    "Oxycodone 10 mg · 3× daily dose log not kept (30 days due)",
    "Oxycodone IR 5 mg · as needed, at most 4 a day 1.4 as-needed doses a week (3 in 15 days prescribed); "
    "pain before 7.5 → after 4.5 (2 doses rated both times)",
    "Tramadol 50 mg · 2× daily dose log not kept (30 days due)",
]


def words(text: str) -> str:
    """The PDF's text as one line of single spaces, as a reader takes it in."""
    return re.sub(r"\s+", " ", text.replace("ﬀ", "ff").replace("ﬁ", "fi")).strip()


@pytest.fixture(scope="module")
def pages(tmp_path_factory, qapp) -> list[str]:
    folder = tmp_path_factory.mktemp("audit")
    write_audit_diary(folder / "audit.sqlite")
    with open_diary(folder / "audit.sqlite") as diary:
        write_summary_pdf(diary, START, END, folder / "audit.pdf", made=MADE)
    return [words(page.extract_text()) for page in PdfReader(folder / "audit.pdf").pages]


def test_page_one_holds_what_needs_attention_and_every_figure_computed_by_hand(pages):
    for expected in EXPECTED_PAGE_ONE:
        assert expected in pages[0], expected
    assert pages[0].index("What needs attention") < pages[0].index("Average pain")


def test_the_therapy_pages_say_what_changed_when_and_why_with_exact_figures(pages):
    rest = " ".join(pages[1:])
    for expected in EXPECTED_LATER:
        assert expected in rest, expected


def test_every_page_names_the_patient_the_period_and_its_number(pages):
    for number, page in enumerate(pages, start=1):
        assert "Ana Audit" in page and "2026-03-01 to 2026-03-30" in page
        assert f"page {number} of {len(pages)}" in page


def test_nothing_after_the_last_day_enters_any_figure(pages):
    """April holds pain, enjoyment and activity 9 and mood 1 every day: none of it may show."""
    text = " ".join(pages)
    assert "2026-04-0" not in text.replace("made 2026-04-01", "").replace("(2026-04-10)", "")
    assert " 9 (" not in text and "9.0" not in text and "1.0" not in text


def test_rounding_is_half_away_from_zero_never_half_to_even(pages):
    assert "5.3 / 2.0" in pages[0] and "5.2 / 2.0" not in pages[0]  # 5.25
    assert "6.3 h" in pages[0] and "6.2 h" not in pages[0]  # 6.25


def test_the_fhir_export_names_its_patient_and_every_observation_points_to_it(tmp_path):
    from painlog.session import DiarySession

    write_audit_diary(tmp_path / "audit.sqlite")
    session = DiarySession(tmp_path / "audit.sqlite")
    try:
        out = session.export("fhir", tmp_path / "audit.fhir.json")
    finally:
        session.close()
    bundle = json.loads(Path(out).read_text(encoding="utf-8"))
    entries = bundle["entry"]
    patients = [e for e in entries if e["resource"]["resourceType"] == "Patient"]
    assert len(patients) == 1
    patient = patients[0]
    assert patient["resource"]["name"][0]["text"] == "Ana Audit"
    assert patient["resource"]["birthDate"] == "1950-01-02"
    observations = [e["resource"] for e in entries if e["resource"]["resourceType"] == "Observation"]
    # 20 February, 25 March and 20 April check-ins, each with at least a pain Observation.
    assert len({o["effectiveDateTime"][:10] for o in observations}) == 20 + 25 + 20
    assert all(o["subject"]["reference"] == patient["fullUrl"] for o in observations)
