"""Opening diary files: new, ours, foreign, newer, damaged — and what is left on disk each time."""

import hashlib
import sqlite3
import stat
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from painlog.domain.checkin import CheckIn
from painlog.storage.diary import open_diary
from painlog.storage.errors import DiaryDamagedError, DiaryTooNewError, DiaryUnwritableError, NotADiaryError
from painlog.storage.format import KNOWN_MIGRATIONS


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_diary_is_created_with_its_folder_owner_only_and_configured(tmp_path):
    path = tmp_path / "new" / "folder" / "diary.sqlite"
    with open_diary(path) as diary:
        assert diary.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert diary.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert diary.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        applied = [row[0] for row in diary.db.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == list(KNOWN_MIGRATIONS)
        assert diary.is_empty()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not (path.parent / "diary.sqlite.new").exists()


def test_a_saved_checkin_is_in_the_file_for_the_next_connection(diary, diary_path):
    diary.checkins.save(CheckIn(day=date(2026, 11, 1), pain_avg=4, enjoyment=3, activity=5, mood=7))
    other = sqlite3.connect(diary_path)
    assert other.execute("SELECT pain_avg, mood FROM checkins").fetchall() == [(4, 7)]
    other.close()


def test_reopening_an_up_to_date_diary_changes_nothing_and_writes_no_backup(diary_path):
    with open_diary(diary_path) as diary:
        diary.checkins.save(CheckIn(day=date(2026, 11, 1), pain_avg=4, enjoyment=3, activity=5, mood=7))
    with open_diary(diary_path) as diary:
        assert diary.checkins.count() == 1
    assert sorted(p.name for p in diary_path.parent.iterdir() if "before" in p.name) == []


def _future_diary(path: Path) -> None:
    with open_diary(path) as diary:
        diary.checkins.save(CheckIn(day=date(2026, 11, 1), pain_avg=4, enjoyment=3, activity=5, mood=7))
        diary.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('painlog', '0999_from_the_future', '2030-01-01')"
        )


def test_a_diary_from_a_newer_painlog_is_refused_and_left_byte_for_byte(tmp_path):
    path = tmp_path / "newer.sqlite"
    _future_diary(path)
    before = digest(path)
    with pytest.raises(DiaryTooNewError, match="newer version of painlog"):
        open_diary(path)
    assert digest(path) == before


def test_a_text_file_an_empty_file_and_a_folder_are_not_diaries(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("my notes\n")
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    for path, words in ((text, "not an SQLite database"), (empty, "empty file"), (tmp_path, "folder")):
        before = path.read_bytes() if path.is_file() else None
        with pytest.raises(NotADiaryError, match=words):
            open_diary(path)
        if before is not None:
            assert path.read_bytes() == before


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "photos.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    other.execute("INSERT INTO photos (name) VALUES ('beach.jpg')")
    other.commit()
    other.close()
    before = digest(path)
    with pytest.raises(NotADiaryError, match="another program"):
        open_diary(path)
    assert digest(path) == before


def test_a_damaged_file_is_refused_untouched(tmp_path):
    path = tmp_path / "damaged.sqlite"
    with open_diary(path):
        pass
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    path.write_bytes(bytes(data))
    with pytest.raises((DiaryDamagedError, NotADiaryError)):
        open_diary(path)
    assert path.read_bytes() == bytes(data)


def test_a_blank_sqlite_file_becomes_a_diary(tmp_path):
    path = tmp_path / "blank.sqlite"
    sqlite3.connect(path).execute("PRAGMA user_version = 0").connection.close()
    with open_diary(path) as diary:
        assert "checkins" in diary.db.table_names()


def test_a_new_diarys_own_folder_is_owner_only(tmp_path):
    path = tmp_path / "new" / "folder" / "diary.sqlite"
    open_diary(path).close()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_half_made_new_diary_left_by_a_crash_is_made_anew(tmp_path):
    path = tmp_path / "diary.sqlite"
    (tmp_path / "diary.sqlite.new").write_bytes(b"half a diary")
    (tmp_path / "diary.sqlite.new-wal").write_bytes(b"and its -wal")
    with open_diary(path) as diary:
        assert diary.is_empty()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diary.sqlite"]


@pytest.mark.skipif(sys.platform == "win32", reason="a file still open cannot be removed on Windows")
def test_a_new_diary_whose_wal_stays_after_closing_is_not_put_in_place(tmp_path, monkeypatch):
    from painlog.storage import schema

    path = tmp_path / "diary.sqlite"
    apply = schema.apply_migrations
    holding = []

    def and_held_open(conn: sqlite3.Connection) -> None:
        apply(conn)
        keeper = sqlite3.connect(tmp_path / "diary.sqlite.new")  # so closing cannot take the -wal in
        keeper.execute("SELECT count(*) FROM sqlite_master").fetchone()
        holding.append(keeper)

    monkeypatch.setattr(schema, "apply_migrations", and_held_open)
    try:
        with pytest.raises(DiaryUnwritableError) as refused:
            open_diary(path)
    finally:
        holding[0].close()
    assert str(refused.value) == (
        f"painlog cannot write beside {path} (the new diary could not be completed). Check that the drive is "
        "connected and writable, then try again; nothing was changed."
    )
    assert list(tmp_path.iterdir()) == []


def test_clearing_a_diary_deletes_every_entry_and_keeps_the_tables(diary):
    from painlog.domain.therapy import Dose, Regimen, Therapy

    diary.checkins.save(CheckIn(date(2026, 11, 1), 4, 3, 3, 6))
    first = Regimen(0, date(2026, 11, 1), dose_amount=300, dose_unit="mg", route="oral", times_per_day=3)
    therapy = diary.therapies.add(Therapy("medication", "Gabapentin", "Gabapentin"), first)
    diary.doses.add(Dose(therapy.id, datetime(2026, 11, 1, 8, 0), 300, "mg"))  # a child of both
    tables = set(diary.db.table_names())
    diary.clear()
    assert diary.is_empty()
    assert set(diary.db.table_names()) == tables


def test_a_diary_read_while_another_painlog_has_it_is_read_only_waits_and_crosses_threads(diary_path):
    import threading

    with open_diary(diary_path) as diary:
        assert not diary.read_only
        diary.checkins.save(CheckIn(date(2026, 11, 1), 4, 3, 3, 6, note="mine"))
    read = open_diary(diary_path, read_only=True, handed_over=True)
    assert read.path == diary_path and read.read_only
    assert read.conn.execute("PRAGMA query_only").fetchone()[0] == 1
    assert read.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000  # as long as a diary opened to write
    notes = []
    worker = threading.Thread(target=lambda: notes.append(read.checkins.get(date(2026, 11, 1)).note))
    worker.start()
    worker.join()
    read.close()
    assert notes == ["mine"]


def test_a_diary_whose_name_begins_with_file_colon_is_that_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_diary("file:diary.sqlite") as diary:  # a name, not an address: never read as "diary.sqlite"
        assert not diary.read_only
        diary.checkins.save(CheckIn(date(2026, 11, 1), 4, 3, 3, 6))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file:diary.sqlite"]
