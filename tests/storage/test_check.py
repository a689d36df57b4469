import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from painlog.domain.checkin import CheckIn
from painlog.storage.check import check_diary


def test_a_healthy_diary_passes_every_check(diary, diary_path):
    diary.checkins.save(CheckIn(day=date(2026, 11, 1), pain_avg=4, enjoyment=3, activity=5, mood=7))
    report = check_diary(diary_path)
    assert report.ok
    text = "\n".join(report.findings)
    assert "Integrity check: ok" in text
    assert "0004_regimen_schedule (up to date)" in text
    assert "Entries: 1 check-in, 0 flares, 0 therapies" in text  # singular and plural


def test_a_broken_link_and_a_missing_table_are_problems(diary, diary_path):
    diary.db.execute("PRAGMA foreign_keys = OFF")
    diary.db.execute("INSERT INTO doses (therapy_id, taken_at) VALUES (42, '2026-11-01T08:00:00')")
    diary.db.execute("DROP TABLE goals")
    diary.close()
    report = check_diary(diary_path)
    assert not report.ok
    assert any("missing row of therapies" in p for p in report.problems)
    assert any("Table goals is missing" in p for p in report.problems)


def test_check_does_not_change_the_file(diary, diary_path):
    diary.close()
    before = diary_path.read_bytes()
    check_diary(diary_path)
    assert diary_path.read_bytes() == before
    assert sqlite3.connect(diary_path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.mark.parametrize("name", ["diary-0001_initial.sqlite", "diary-0003_settings-main.sqlite"])
def test_a_diary_awaiting_an_update_is_no_problem_for_what_the_update_adds(name, tmp_path):
    copy = tmp_path / name
    shutil.copyfile(FIXTURES / name, copy)
    before = copy.read_bytes()
    report = check_diary(copy)
    assert report.ok, report.problems
    assert any("painlog will update it" in f and "0004_regimen_schedule" in f for f in report.findings)
    assert copy.read_bytes() == before


def test_a_diary_awaiting_an_update_still_lacks_what_it_should_have(tmp_path):
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "diary-0003_settings-main.sqlite", copy)
    conn = sqlite3.connect(copy)
    conn.execute("DROP TABLE visits")
    conn.commit()
    conn.close()
    report = check_diary(copy)
    assert report.problems == ["Table visits is missing."]
