"""A diary that is locked, read-only, truncated or empty gets a plain sentence and is left untouched."""

import sqlite3

import pytest

from painlog.domain.checkin import CheckIn
from painlog.storage import diary as diary_module
from painlog.storage.diary import open_diary
from painlog.storage.errors import DiaryDamagedError, DiaryLockedError, DiaryUnwritableError, NotADiaryError


def make(path, days: int = 30) -> bytes:
    from datetime import date, timedelta

    with open_diary(path) as diary:
        for n in range(days):
            diary.checkins.save(CheckIn(date(2026, 1, 1) - timedelta(days=n), 5, 5, 5, 5, note="n" * 200))
    return path.read_bytes()


def test_a_diary_locked_by_another_program_is_refused_with_what_to_do(diary_path, monkeypatch):
    make(diary_path)
    monkeypatch.setattr(diary_module, "OPEN_TIMEOUT", 0.2)
    other = sqlite3.connect(diary_path)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DiaryLockedError, match="in use by another program"):
            open_diary(diary_path)
    finally:
        other.rollback()
        other.close()


def test_a_read_only_diary_is_refused_before_anything_is_written(diary_path, monkeypatch):
    before = make(diary_path)
    monkeypatch.setattr(diary_module.os, "access", lambda path, mode: False)
    with pytest.raises(DiaryUnwritableError, match="read-only"):
        open_diary(diary_path)
    assert diary_path.read_bytes() == before


def test_a_truncated_diary_is_refused_untouched(diary_path):
    data = make(diary_path, days=200)
    cut = data[: len(data) // 2]
    diary_path.write_bytes(cut)
    with pytest.raises((DiaryDamagedError, NotADiaryError)):
        open_diary(diary_path)
    assert diary_path.read_bytes() == cut


def test_a_header_only_file_is_refused(tmp_path):
    path = tmp_path / "short.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 10)
    with pytest.raises((DiaryDamagedError, NotADiaryError)):
        open_diary(path)


def test_a_diary_with_damaged_pages_is_one_sentence_with_how_many_problems(diary_path):
    from tests.damage import wreck_checkins_index

    make(diary_path, days=200)
    damaged = wreck_checkins_index(diary_path)
    conn = sqlite3.connect(f"{diary_path.as_uri()}?immutable=1", uri=True)
    rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
    conn.close()
    lines = [line for row in rows for line in row.splitlines() if not line.startswith("***")]
    assert len(lines) > 20  # SQLite's own report is dozens of lines
    with pytest.raises(DiaryDamagedError) as refused:
        open_diary(diary_path)
    sentence = str(refused.value)
    assert "\n" not in sentence
    assert f"found {len(lines)} problems, the first: “{lines[0].rstrip('.')}”" in sentence
    assert "left it unchanged" in sentence and "painlog restore" in sentence
    assert len(sentence) < 400
    assert diary_path.read_bytes() == damaged


def test_check_says_in_one_line_what_sqlite_found_in_a_damaged_diary(diary_path):
    from painlog.storage.check import check_diary
    from tests.damage import wreck_checkins_index

    make(diary_path, days=200)
    damaged = wreck_checkins_index(diary_path)
    report = check_diary(diary_path)
    assert not report.ok
    assert len(report.problems) == 1 and "problems, the first:" in report.problems[0]
    assert "\n" not in report.problems[0]
    assert diary_path.read_bytes() == damaged


def test_check_on_a_blank_sqlite_file_says_what_it_is(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "blank.sqlite"
    sqlite3.connect(path).execute("PRAGMA user_version = 1").connection.close()
    before = path.read_bytes()
    result = subprocess.run([sys.executable, "-m", "painlog", "check", "--db", str(path)],
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "without any tables" in result.stdout and result.stderr == ""
    assert path.read_bytes() == before
