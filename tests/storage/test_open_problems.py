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
