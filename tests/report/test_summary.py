"""The visit summary: its numbers computed independently from the rows inserted, and the PDF read back."""

from datetime import date, datetime, timedelta
from fractions import Fraction

import pytest
from pypdf import PdfReader

from painlog.domain.checkin import CheckIn
from painlog.domain.therapy import Dose, Procedure, Regimen, Therapy
from painlog.domain.visits import Goal, Visit
from painlog.report.pdf_file import SummaryWriteError, write_summary_pdf
from painlog.report.summary import build_summary, default_period

TODAY = date.today()
START = TODAY - timedelta(days=29)


def pain_on(n: int) -> int:
    return 3 + (n * 7) % 6  # 3..8, a known pattern


@pytest.fixture
def filled(diary):
    """30 days (two missing) after 30 days of higher pain; an opioid, gabapentin and an injection."""
    for n in range(60):
        day = TODAY - timedelta(days=59 - n)
        if n in (40, 41):
            continue
        pain = pain_on(n) if n >= 30 else 8
        diary.checkins.save(CheckIn(day, pain, max(0, pain - 1), pain, 6, pain_worst=min(10, pain + 2),
                                    pain_least=max(0, pain - 2), sleep_hours=7.0, sleep_quality=6,
                                    note="Hard week <b>bold?</b>" if n == 50 else "", for_doctor=n == 50))  # fmt: skip
    oxy_first = Regimen(0, TODAY - timedelta(days=70), dose_amount=10, dose_unit="mg", times_per_day=3)
    oxy = diary.therapies.add(Therapy("medication", "Oxycodone IR", "oxycodone"), oxy_first)
    gabapentin_first = Regimen(0, START + timedelta(days=3), dose_amount=300, dose_unit="mg", times_per_day=3)
    diary.therapies.add(Therapy("medication", "Gabapentin", "gabapentin"), gabapentin_first)
    diary.therapies.add(
        Therapy("injection", "Epidural steroid injection"), Procedure(0, START + timedelta(days=2), "L4-L5")
    )
    for n in range(29):
        diary.doses.add(Dose(oxy.id, datetime.combine(START + timedelta(days=n), datetime.min.time()), 10, "mg"))
    diary.visits.save(Visit(TODAY + timedelta(days=7), "Dr Reyes", ("Can I swim?",)))
    diary.goals.save(Goal("Walk 20 minutes", START))
    diary.settings.set("patient_name", "Ana Silva")
    return diary


def test_the_numbers_match_an_independent_computation(filled):
    summary = build_summary(filled, START, TODAY, made=TODAY)
    recorded = [n for n in range(30, 60) if n not in (40, 41)]
    pains = [pain_on(n) for n in recorded]
    assert summary.stats.recorded == 28 and summary.stats.days == 30
    # Exact means (clinical.md: compute with exact values, round once for display).
    assert summary.stats.pain_mean == Fraction(sum(pains), 28)
    assert summary.stats.peg_mean == Fraction(sum(p + max(0, p - 1) + p for p in pains), 3 * 28)
    assert summary.stats.high_days_percent == Fraction(100 * sum(p >= 7 for p in pains), 28)
    assert summary.previous.pain_mean == 8
    assert summary.pain_change.before == 8 and summary.pain_change.points == Fraction(sum(pains), 28) - 8
    assert summary.prescribed_mme.total == 45.0  # oxycodone 10 mg three times a day × 1.5
    assert summary.taken_mme.maximum == 15.0 and summary.taken_mme.mean == round(10 * 1.5 * 29 / 29, 1)
    assert [c.therapy.name for c in summary.current] == ["Gabapentin", "Oxycodone IR", "Epidural steroid injection"]
    assert [c.since for c in summary.current] == [
        START + timedelta(days=3),
        TODAY - timedelta(days=70),
        START + timedelta(days=2),
    ]
    notes = [(a.day, a.text) for a in summary.attention if a.kind == "note"]
    assert notes == [(TODAY - timedelta(days=9), "Hard week <b>bold?</b>")]
    assert summary.next_visit.questions == ("Can I swim?",)


def test_default_period_is_since_the_last_visit_else_30_days():
    assert default_period([], TODAY) == (TODAY - timedelta(days=29), TODAY)
    visits = [Visit(TODAY - timedelta(days=50)), Visit(TODAY - timedelta(days=20)), Visit(TODAY + timedelta(days=5))]
    assert default_period(visits, TODAY) == (TODAY - timedelta(days=20), TODAY)


def pdf_text(path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_pdf_reads_as_the_summary(filled, tmp_path):
    out = tmp_path / "summary.pdf"
    pages = write_summary_pdf(filled, START, TODAY, out, made=TODAY)
    count, text = pdf_text(out)
    assert count == pages and 1 <= count <= 2
    assert f"{START.isoformat()} to {TODAY.isoformat()} (30 days) · 28 of 30 days recorded" in text
    # pain = 3 + n % 6 on days n = 30..59 (7n ≡ n mod 6): 5 cycles of 3..8 = 165, less days 40 (7) and 41 (8)
    # = 150 over 28 days = 5.357… → "5.4"; the previous 30 days are all 8 → "8.0", never "8".
    assert "Average pain (0–10, lower is better) 5.4 8.0" in text
    # PEG of a day = (p + (p − 1) + p) / 3: (3 × 150 − 28) / (3 × 28) = 422 / 84 = 5.02… → "5.0";
    # the previous days (8 + 7 + 8) / 3 = 7.67 → "7.7".
    assert "PEG score (0–10, lower is better) 5.0 7.7" in text
    for name in ("Oxycodone IR", "Gabapentin", "Epidural steroid injection", "Ana Silva"):
        assert name in text
    assert "Prescribed now: 45 MME/day" in text and "must not be used to convert" in text
    assert "Hard week <b>bold?</b>" in text  # escaped: printed as typed, not as markup
    assert "Can I swim?" in text and "Walk 20 minutes" in text
    assert "Associations between therapies and pain do not show cause" in text


def test_an_empty_period_says_so_instead_of_printing_zeros(filled, tmp_path):
    out = tmp_path / "empty.pdf"
    start = TODAY - timedelta(days=400)
    write_summary_pdf(filled, start, start + timedelta(days=29), out, made=TODAY)
    count, text = pdf_text(out)
    assert count == 1
    assert "No check-ins were recorded in this period" in text
    assert "0 of 30 days recorded" in text
    assert "Average pain" not in text and "MME" not in text


def test_an_unwritable_destination_is_a_clear_error_and_leaves_nothing(filled, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(SummaryWriteError, match="does not exist"):
        write_summary_pdf(filled, START, TODAY, folder / "missing" / "s.pdf", made=TODAY)
    with pytest.raises(SummaryWriteError, match="is a folder, not a file"):
        write_summary_pdf(filled, START, TODAY, folder, made=TODAY)
    assert list(folder.iterdir()) == []


def test_a_90_day_demo_summary_fits_on_two_pages(diary, tmp_path):
    from painlog import demo

    demo.write(diary, demo.generate(days=180, seed=1))
    pages = write_summary_pdf(diary, TODAY - timedelta(days=89), TODAY, tmp_path / "s.pdf", made=TODAY)
    assert pages <= 2


def test_a_full_disk_keeps_the_old_pdf_and_says_the_disk_is_full(filled, tmp_path, monkeypatch, capsys):
    import errno
    import os

    from painlog import cli, files

    out = tmp_path / "summary.pdf"
    write_summary_pdf(filled, START, TODAY, out, made=TODAY)
    good = out.read_bytes()
    real_write = os.write
    room = [20_000]  # bytes left on the disk: part of the new PDF fits

    def filling_up(fd, data):
        if len(data) > room[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        room[0] -= len(data)
        return real_write(fd, data)

    monkeypatch.setattr(files.os, "write", filling_up)
    with pytest.raises(SummaryWriteError, match="disk is full"):
        write_summary_pdf(filled, START, TODAY, out, made=TODAY, replace=True)
    assert out.read_bytes() == good
    room[0] = 20_000
    code = cli.main(["summary", "--db", str(filled.path), "--from", START.isoformat(), "--out", str(out), "--force"])
    assert code == 1
    assert capsys.readouterr().err == (
        f"painlog: The disk is full, so {out} was not written and nothing was changed; free some space and try again.\n"
    )
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf" or "partial" in p.name) == ["summary.pdf"]


def test_a_pdf_that_does_not_end_as_a_pdf_ends_is_not_kept(filled, tmp_path, monkeypatch):
    from painlog.report import document

    real = document.pdf_bytes
    monkeypatch.setattr(document, "pdf_bytes", lambda summary, **kw: (real(summary, **kw)[0][:-200], 1))  # cut short
    out = tmp_path / "s.pdf"
    with pytest.raises(SummaryWriteError, match="came out incomplete"):
        write_summary_pdf(filled, START, TODAY, out, made=TODAY)
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".s.pdf")]
