"""The figures of a visit summary, read back from the PDF of small hand-built diaries: exact means rounded once
(half away from zero), one decimal for 0–10 means, whole percentages, "1 day", and nothing after --to."""

from datetime import date, datetime, timedelta

from painlog.domain.checkin import CheckIn
from painlog.domain.therapy import Procedure, Regimen, Therapy
from painlog.report.pdf_file import write_summary_pdf
from painlog.report.summary import build_summary
from tests.report.test_summary import pdf_text


def record(diary, first: date, pains: list[int], **more) -> None:
    """One check-in a day from `first`; PEG items equal to the pain, so each day's PEG is its pain."""
    for n, pain in enumerate(pains):
        diary.checkins.save(CheckIn(first + timedelta(days=n), pain, pain, pain, 5, **more))


def test_the_audit_case_reads_no_important_change(diary, tmp_path):
    # This period: 200 days, 109 at 4 and 91 at 3: (436 + 273) / 200 = 709 / 200 = 3.545.
    # Previous 200 days: 25 recorded, 24 at 5 and one at 4: 124 / 25 = 4.96.
    # Change −1.415 → "−1.4"; −1.415 / 4.96 = −28.5 % → "−29 %", under 30 %: no important change.
    # (Rounded first, 3.5 against 5.0, it read "−1.5 (−30 %) · moderate improvement".)
    start = date(2025, 1, 1)
    end = start + timedelta(days=199)
    record(diary, start, [4] * 109 + [3] * 91)
    record(diary, start - timedelta(days=200), [5] * 24 + [4])
    out = tmp_path / "s.pdf"
    write_summary_pdf(diary, start, end, out, made=end)
    _, text = pdf_text(out)
    assert "(200 days) · 200 of 200 days recorded" in text
    assert "Average pain (0–10, lower is better) 3.5 5.0 −1.4 (−29 %) · no important change" in text
    assert "PEG score (0–10, lower is better) 3.5 5.0 −1.4 (−29 %) · no important change" in text
    # Worst/least pain and sleep were never recorded: a dash with the reason, never 0.
    assert "Worst / least pain (means) — (not recorded) — (not recorded)" in text


def test_halves_round_away_from_zero_and_means_keep_one_decimal(diary, tmp_path):
    # 8 days: one at 7, seven at 5: 42 / 8 = 5.25 → "5.3" (not 5.2); 1 of 8 days at 7 or more = 12.5 % → "13 %".
    # Mood 5 every day → "5.0"; 6 hours of sleep every night → "6.0 h"; sleep quality 6 → "6.0".
    # Oxycodone 33.5 mg once a day × 1.5 = 50.25 MME/day → whole above 10: "50".
    start = date(2025, 3, 1)
    end = start + timedelta(days=7)
    record(diary, start, [7, 5, 5, 5, 5, 5, 5, 5], sleep_hours=6.0, sleep_quality=6)
    oxycodone = Regimen(0, start, dose_amount=33.5, dose_unit="mg", times_per_day=1)
    diary.therapies.add(Therapy("medication", "Oxycodone", "oxycodone"), oxycodone)
    out = tmp_path / "s.pdf"
    write_summary_pdf(diary, start, end, out, made=end)
    _, text = pdf_text(out)
    assert "this period previous 8 days (nothing recorded)" in text  # the reason for the dashes below
    assert "Average pain (0–10, lower is better) 5.3 — —" in text  # nothing recorded before: a dash, not 0
    assert "Days with pain 7 or more 13 % —" in text
    assert "Mood (0–10, higher is better) 5.0 —" in text
    assert "Sleep: hours / quality (higher is better) 6.0 h / 6.0 — / —" in text
    assert "Prescribed now: 50 MME/day" in text


def test_a_one_day_summary_says_1_day(diary, tmp_path):
    day = date(2025, 3, 1)
    record(diary, day, [4])
    out = tmp_path / "s.pdf"
    write_summary_pdf(diary, day, day, out, made=day)
    _, text = pdf_text(out)
    assert "(1 day) · 1 of 1 day recorded" in text and "previous 1 day" in text


def test_a_summary_uses_nothing_after_its_last_day(diary, tmp_path):
    # Feb–Apr 2026. Buprenorphine started 20 March: baseline 6..19 March at 3; its window is days 15–42 after,
    # 4 April to 1 May, at 5 (it would read +67 %, "substantially worse"). 1 May (pain 10) is after --to, so the
    # window is not complete: 27 of its 28 days (4..30 April) are recorded, and nothing is judged.
    # Gabapentin started 1 February: baseline 18..31 January at 6; window 16 February..15 March at 3, complete:
    # 6.0 → 3.0, −3.0 (−50 %).
    record(diary, date(2026, 1, 18), [6] * 14)  # 18..31 January
    record(diary, date(2026, 2, 1), [3] * 47)  # 1 February..19 March
    record(diary, date(2026, 3, 20), [5] * 42)  # 20 March..30 April
    record(diary, date(2026, 5, 1), [10])  # after the summary's last day
    bup = Regimen(0, date(2026, 3, 20), dose_amount=10, dose_unit="mcg/h", times_per_day=None, route="transdermal")
    diary.therapies.add(Therapy("medication", "Buprenorphine patch", "buprenorphine"), bup)
    gaba = Regimen(0, date(2026, 2, 1), dose_amount=300, dose_unit="mg", times_per_day=3)
    diary.therapies.add(Therapy("medication", "Gabapentin", "gabapentin"), gaba)
    diary.therapies.add(Therapy("injection", "Epidural steroid injection"), Procedure(0, date(2026, 5, 2), "L5"))
    # A facet injection on 20 April whose relief (70 %) was reported on 5 May: not known on 30 April.
    facet = Procedure(0, date(2026, 4, 20), "L4", relief_percent=70, relief_at=datetime(2026, 5, 5, 9))
    diary.therapies.add(Therapy("injection", "Facet joint injection"), facet)
    start, end = date(2026, 2, 1), date(2026, 4, 30)
    summary = build_summary(diary, start, end, made=date(2026, 5, 20))
    by_name = {r.event.therapy.name: r for r in summary.responses}
    assert not by_name["Buprenorphine patch"].complete and by_name["Buprenorphine patch"].response_days == 27
    overlaps = [o.therapy.name for o in by_name["Buprenorphine patch"].overlaps]
    assert overlaps == ["Facet joint injection"]  # the 2 May injection is after the period
    out = tmp_path / "s.pdf"
    write_summary_pdf(diary, start, end, out, made=date(2026, 5, 20))
    _, text = pdf_text(out)
    assert "window not complete yet (27 of 28 days)" in text
    assert "6.0 → 3.0 6.0 → 3.0 −3.0 (−50 %) · substantial improvement (≥ 50 %)" in text
    assert "worse" not in text and "70 %" not in text
    # Days 3–28 after 20 April: 23 April..18 May, of which 23..30 April (8 days) have happened.
    assert "window not complete yet (8 of 26 days)" in text and "relief not recorded yet" in text
