import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from painlog.domain.checkin import CheckIn
from painlog.domain.therapy import SideEffect
from painlog.storage.check import check_diary
from painlog.storage.format import KNOWN_MIGRATIONS, PUBLISHED_COLUMNS


def test_a_healthy_diary_passes_every_check(diary, diary_path):
    diary.checkins.save(CheckIn(day=date(2026, 11, 1), pain_avg=4, enjoyment=3, activity=5, mood=7))
    report = check_diary(diary_path)
    assert report.ok
    text = "\n".join(report.findings)
    assert "Integrity check: ok" in text
    assert "0007_unrecorded_days (up to date)" in text
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


def test_a_healthy_diary_reports_each_check_and_what_it_holds(diary, diary_path):
    diary.checkins.save(CheckIn(day=date(2026, 11, 1), pain_avg=4, enjoyment=3, activity=5, mood=7))
    diary.side_effects.add(SideEffect(date(2026, 11, 1), "Dizzy", "mild"))
    report = check_diary(diary_path)
    assert report.path == diary_path and report.problems == []
    assert report.findings[:4] == [
        "Integrity check: ok.",
        "Links between tables (foreign keys): ok.",
        f"Schema: {KNOWN_MIGRATIONS[-1]} (up to date).",
        f"Tables: all {len(PUBLISHED_COLUMNS)} published tables and columns present.",
    ]
    entries = report.findings[4]
    assert entries.startswith("Entries: 1 check-in, 0 flares, ") and ", 1 side effect, " in entries


def test_a_missing_table_and_a_missing_column_are_each_named_and_a_later_table_still_checked(diary, diary_path):
    diary.db.execute("DROP TABLE episodes")  # an early table: the tables after it are still checked
    diary.db.execute("ALTER TABLE visits DROP COLUMN outcome")
    diary.db.execute("ALTER TABLE visits DROP COLUMN clinician")
    diary.close()
    report = check_diary(diary_path)
    assert report.problems == ["Table episodes is missing.", "Table visits lacks the columns clinician, outcome."]
    assert not any(f.startswith(("Tables:", "Entries:")) for f in report.findings)


def test_a_diary_an_older_painlog_wrote_is_said_to_be_updated_when_next_opened(diary, diary_path):
    first, *later = KNOWN_MIGRATIONS  # as if only the first migration had run
    for name in later:
        diary.db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [name])
    diary.close()
    findings = check_diary(diary_path).findings
    assert f"Schema: {first}; painlog will update it ({', '.join(later)}) when it next opens it." in findings


def test_an_sqlite_file_without_tables_is_a_finding_not_a_problem(tmp_path):
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).execute("PRAGMA user_version = 0").connection.close()
    report = check_diary(empty)
    assert report.ok and report.findings == [
        "An SQLite database without any tables: painlog would make it a new diary."
    ]
