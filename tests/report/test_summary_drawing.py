"""The visit summary's pain drawing (issue 15): the period's places in greys by days, with a key; the rest of
the document as before. Days per place are counted by hand from the check-ins written below."""

from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from painlog.domain.body_map import WIDTH, centre_of
from painlog.domain.checkin import CheckIn
from painlog.report import document
from painlog.report.pdf_file import write_summary_pdf
from tests.report.test_summary_pages import pages_text

TODAY = date.today()
START = TODAY - timedelta(days=29)


@pytest.fixture
def hurting(diary):
    """30 days: lower back every day (30), left knee on 9 days, head on 2, and five more places once each."""
    once = ("neck", "chest", "abdomen", "hand_right", "foot_left")
    for n in range(30):
        places = ["lower_back"] + (["knee_left"] if n < 9 else []) + (["head"] if n in (3, 4) else [])
        places += [once[n - 10]] if 10 <= n < 15 else []
        diary.checkins.save(CheckIn(START + timedelta(days=n), 5, 4, 4, 5, locations=tuple(places)))
    return diary


def pdf(diary, path):
    count = write_summary_pdf(diary, START, TODAY, path, made=TODAY)
    return count, pages_text(path), PdfReader(path)


def test_the_drawing_and_its_key_are_added_and_nothing_else_changes(hurting, tmp_path, monkeypatch):
    count, texts, reader = pdf(hurting, tmp_path / "with.pdf")
    monkeypatch.setattr(document, "with_body", lambda words, tr: words)
    count_without, texts_without, reader_without = pdf(hurting, tmp_path / "without.pdf")

    assert count == count_without
    key = (
        "On the drawing, days each place hurt (a check-in or a flare that day): 1–2 days 3–7 days 8–14 days 15+ days "
        "White: not marked. Front: as facing you; back: as seen from behind."
    )
    joined, joined_without = " ".join(texts), " ".join(texts_without)
    assert key in joined
    assert joined.replace(" " + key, "") == joined_without
    # The words name the five places with most days; the sixth to eighth are only on the drawing.
    assert "Where it hurt (days): Lower back (30), Left knee (9), Head (2), Abdomen (1), Chest (1)" in joined
    assert "Right hand (1)" not in joined
    images = sum(len(page.images) for page in reader.pages)
    assert images == sum(len(page.images) for page in reader_without.pages) + 1


def test_the_drawing_greys_each_place_by_its_days(hurting, tmp_path):
    _, _, reader = pdf(hurting, tmp_path / "s.pdf")
    images = [image.image for page in reader.pages for image in page.images]
    drawing = max(images, key=lambda image: image.height / image.width).convert("L")  # the chart is wide, it is not
    assert drawing.height / drawing.width == pytest.approx(470 / 420, abs=0.01)
    scale = drawing.width / WIDTH

    def grey(code: str) -> int:
        x, y = centre_of(code)
        return drawing.getpixel((round(x * scale), round(y * scale)))

    # By hand: 30 days → 15+ (#303030 = 48), 9 → 8–14 (#6e6e6e = 110), 2 → 1–2 (#d9d9d9 = 217), none → white.
    assert abs(grey("lower_back") - 48) <= 3
    assert abs(grey("knee_left") - 110) <= 3
    assert abs(grey("head") - 217) <= 3
    assert abs(grey("hand_right") - 217) <= 3
    assert grey("knee_right") >= 250
