"""Upgrading diaries: frozen files of each released schema, and the backup written before a migration."""

import shutil
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from painlog.storage import diary as diary_module
from painlog.storage import format as diary_format
from painlog.storage import schema
from painlog.storage.diary import open_diary
from painlog.storage.errors import DiaryInUseError, DiaryWriteError
from tests import sqlite_failures

FIXTURES = Path(__file__).parent.parent / "fixtures"
FROZEN = sorted(FIXTURES.glob("diary-*.sqlite"))
ORIGINAL_MIGRATIONS = schema.MIGRATIONS


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        tables = [t for t in diary_format.PUBLISHED_COLUMNS if t in present and t != "settings"]
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda p: p.stem)
def test_each_released_schema_opens_at_the_current_schema_with_every_row(frozen, tmp_path):
    copy = tmp_path / frozen.name
    shutil.copyfile(frozen, copy)
    before = counts(copy)
    assert before["checkins"] > 0
    with open_diary(copy) as diary:
        applied = [m.name for m in schema.MIGRATIONS.applied(diary.db)]
        assert applied == list(diary_format.KNOWN_MIGRATIONS)
    after = counts(copy)
    assert {t: n for t, n in after.items() if t in before} == before
    assert all(n == 0 for t, n in after.items() if t not in before)  # tables added since start empty


def test_frozen_files_cover_the_released_schemas():
    assert FROZEN, "tests/fixtures must hold a frozen diary of every released schema"


def test_the_registered_migrations_are_exactly_the_known_ones_in_order():
    conn = sqlite3.connect(":memory:")
    from sqlite_utils import Database

    pending = [m.name for m in schema.MIGRATIONS.pending(Database(conn))]
    assert pending == list(diary_format.KNOWN_MIGRATIONS)


@pytest.fixture
def newer_schema(monkeypatch):
    """This painlog plus one more migration, as the next release would ship it."""

    def add_column(db):
        db.execute("ALTER TABLE checkins ADD COLUMN weather TEXT")

    return with_extra_migration(monkeypatch, "9001_add_column", add_column)


def with_extra_migration(monkeypatch, name, function):
    migrations = Migrations("painlog")
    for step, original in schema.STEPS:
        migrations(name=step)(original)
    migrations(name=name)(function)
    monkeypatch.setattr(schema, "MIGRATIONS", migrations)
    monkeypatch.setattr(diary_module, "KNOWN_MIGRATIONS", (*diary_format.KNOWN_MIGRATIONS, name))
    return migrations


def test_a_backup_is_written_before_migrating_a_diary_with_data(tmp_path, newer_schema):
    copy = tmp_path / "diary.sqlite"
    shutil.copyfile(FROZEN[0], copy)
    before = counts(copy)
    with open_diary(copy) as diary:
        assert "weather" in diary.db["checkins"].columns_dict
    backups = list(tmp_path.glob("diary.before-*.sqlite"))
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    assert counts(backups[0]) == before
    backup = sqlite3.connect(backups[0])
    assert "weather" not in {row[1] for row in backup.execute("PRAGMA table_info(checkins)")}
    assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    backup.close()


def test_no_backup_for_a_diary_without_data(tmp_path, newer_schema, monkeypatch):
    path = tmp_path / "empty.sqlite"
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", ORIGINAL_MIGRATIONS)
        m.setattr(diary_module, "KNOWN_MIGRATIONS", diary_format.KNOWN_MIGRATIONS)
        open_diary(path).close()
    with open_diary(path) as diary:
        assert "weather" in diary.db["checkins"].columns_dict
    assert not list(tmp_path.glob("*before*"))


def test_a_failing_migration_keeps_the_diary_as_it_was(tmp_path, monkeypatch):
    def broken(db):
        db.execute("ALTER TABLE checkins ADD COLUMN weather TEXT")
        db.execute("THIS IS NOT SQL")

    copy = tmp_path / "diary.sqlite"
    shutil.copyfile(FROZEN[0], copy)
    open_diary(copy).close()  # now at this painlog's schema
    before = counts(copy)
    applied_before = applied(copy)
    with_extra_migration(monkeypatch, "9002_broken", broken)
    with pytest.raises(sqlite3.OperationalError, match="syntax error"):  # a bug: raised as itself, no sentence
        open_diary(copy)
    conn = sqlite3.connect(copy)
    assert "weather" not in {row[1] for row in conn.execute("PRAGMA table_info(checkins)")}
    conn.close()
    assert applied(copy) == applied_before
    assert counts(copy) == before


def applied(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def test_regimens_of_a_diary_made_before_schedules_keep_their_meaning(tmp_path):
    """The frozen diary made by main before 0004: its rows, as that painlog wrote them, read back the same."""
    from datetime import date

    copy = tmp_path / "diary.sqlite"
    shutil.copyfile(FIXTURES / "diary-0003_settings-main.sqlite", copy)
    with open_diary(copy) as diary:
        read = {r.id: r for r in diary.therapies.regimens()}
        stored = diary.conn.execute("SELECT id, schedule, times_per_day, prn, every, weekdays FROM regimens").fetchall()
    # Gabapentin 300 then 600 mg three times a day; diclofenac gel three times a day
    for regimen_id in (1, 2, 3):
        assert (read[regimen_id].schedule, read[regimen_id].times_per_day) == ("times_a_day", 3)
    # Oxycodone 5 mg as needed, at most 4 a day
    assert (read[4].schedule, read[4].prn, read[4].max_per_day, read[4].times_per_day) == ("as_needed", True, 4, None)
    # Physical therapy and CBT: courses without doses have no schedule
    assert (read[5].schedule, read[5].sessions_per_week) == (None, 2)
    assert (read[6].schedule, read[6].sessions_per_week) == (None, 1)
    # The patch was entered as "1× a day", the only choice then: it stays that, for the person to correct
    assert (read[7].schedule, read[7].times_per_day, read[7].dose_unit) == ("times_a_day", 1, "mcg/h")
    assert read[7].start == date(2026, 11, 1)
    assert sorted(stored) == [
        (1, "times_a_day", 3, 0, None, "[]"), (2, "times_a_day", 3, 0, None, "[]"),
        (3, "times_a_day", 3, 0, None, "[]"), (4, "as_needed", None, 1, None, "[]"), (5, None, None, 0, None, "[]"),
        (6, None, None, 0, None, "[]"), (7, "times_a_day", 1, 0, None, "[]"),
    ]  # fmt: skip


def test_a_diary_made_before_marks_keeps_its_procedure_diaries_and_takes_marks(tmp_path):
    """The frozen diary made by main before 0007: its procedure diaries read back, and a missing day can be marked."""
    from datetime import date

    copy = tmp_path / "diary.sqlite"
    shutil.copyfile(FIXTURES / "diary-0006_procedure_diaries.sqlite", copy)
    with open_diary(copy) as diary:
        assert diary.checkins.not_recorded_days() == set()
        sheet = diary.procedure_diaries.sheet(2)
        assert (sheet.usual_pain, sheet.block_at.isoformat()) == (7, "2026-11-02T09:30:00")
        assert len(diary.procedure_diaries.ratings(2)) + len(diary.procedure_diaries.ratings(3)) == 15
        diary.checkins.mark_not_recorded([date(2026, 11, 2)])  # a day without a check-in in that diary
        assert diary.checkins.not_recorded_days() == {date(2026, 11, 2)}
        assert diary.checkins.count() == 36


def test_a_diary_that_needs_an_update_is_not_read_while_another_painlog_has_it_open(tmp_path):
    copy = tmp_path / "diary.sqlite"
    shutil.copyfile(FIXTURES / "diary-0003_settings-main.sqlite", copy)
    before = copy.read_bytes()
    with pytest.raises(DiaryInUseError) as refused:
        open_diary(copy, read_only=True)
    assert str(refused.value) == (
        f"{copy} is open in an older painlog and needs an update that only one painlog at a time can make. "
        "Close the other painlog, then open it again; nothing was changed."
    )
    assert copy.read_bytes() == before
    assert applied(copy) == ["0001_initial", "0002_relief_time_and_sessions", "0003_settings"]


class Frozen(datetime):
    @classmethod
    def now(cls, tz: object = None) -> "Frozen":
        return cls(2026, 11, 26, 9, 5, 7)


def test_the_backup_before_an_update_is_named_by_the_first_update_and_the_second_and_replaces_none(
    tmp_path, monkeypatch
):
    copy = tmp_path / "diary.sqlite"
    shutil.copyfile(FIXTURES / "diary-0001_initial.sqlite", copy)  # its first update to make is 0002
    monkeypatch.setattr(diary_module, "datetime", Frozen)
    taken = tmp_path / "diary.before-0002_relief_time_and_sessions-20261126-090507.sqlite"
    taken.write_bytes(b"a backup made earlier in that same second")
    open_diary(copy).close()
    assert taken.read_bytes() == b"a backup made earlier in that same second"
    assert sorted(p.name for p in tmp_path.glob("diary.before-*")) == [
        "diary.before-0002_relief_time_and_sessions-20261126-090507-2.sqlite",
        "diary.before-0002_relief_time_and_sessions-20261126-090507.sqlite",
    ]


def test_an_update_that_fills_the_disk_says_so(tmp_path, monkeypatch):
    error = sqlite_failures.full_disk(tmp_path)  # SQLite's own, with its result code

    def full(db):
        raise error

    copy = tmp_path / "diary.sqlite"
    open_diary(copy).close()
    with_extra_migration(monkeypatch, "9003_fills_the_disk", full)
    with pytest.raises(DiaryWriteError) as refused:
        open_diary(copy)
    assert str(refused.value) == (
        f"Updating {copy} to this version of painlog failed: The disk is full, so nothing was saved; free some "
        "space and try again"
    )
