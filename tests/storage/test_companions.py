"""The -wal and -shm files beside a diary: another database's -wal is refused without touching anything,
and the diary's own -wal after a crash is recovered."""

import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from painlog.domain.checkin import CheckIn
from painlog.storage.diary import open_diary
from painlog.storage.errors import DiaryTooNewError, NotADiaryError, StrayWalError


def files(path: Path) -> dict[str, bytes | None]:
    """The diary and its companions, byte for byte (None for a file that is not there)."""
    found = {}
    for suffix in ("", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        found[suffix or "diary"] = side.read_bytes() if side.exists() else None
    return found


def a_diary(path: Path) -> None:
    with open_diary(path) as diary:
        diary.checkins.save(CheckIn(date(2026, 11, 1), 4, 3, 3, 6, note="mine"))


def leave_wal(database: Path, beside: Path, *, shm: bool = False) -> None:
    """Another program's database with a committed write still in its -wal; copy that -wal (and -shm) beside
    `beside`, as if it had been left there."""
    other = sqlite3.connect(database)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    other.executemany("INSERT INTO photos (name) VALUES (?)", [(f"beach-{n}.jpg",) for n in range(50)])
    other.commit()
    shutil.copyfile(database.with_name(database.name + "-wal"), beside.with_name(beside.name + "-wal"))
    if shm:
        shutil.copyfile(database.with_name(database.name + "-shm"), beside.with_name(beside.name + "-shm"))
    other.close()


@pytest.mark.parametrize("with_shm", [False, True], ids=["wal", "wal-and-shm"])
def test_another_databases_wal_beside_the_diary_is_refused_and_nothing_changes(tmp_path, with_shm):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    leave_wal(tmp_path / "photos.db", path, shm=with_shm)
    before = files(path)
    with pytest.raises(StrayWalError) as refused:
        open_diary(path)
    moved = "diary.sqlite-wal and diary.sqlite-shm" if with_shm else "diary.sqlite-wal"
    assert str(refused.value) == (
        f"{path} is a painlog diary, but the file diary.sqlite-wal beside it belongs to another database (with it, "
        f"SQLite reads the diary as another program's database). Move {moved} to another folder, then open the "
        "diary again; painlog left all of them unchanged."
    )
    assert files(path) == before
    shutil.move(path.with_name("diary.sqlite-wal"), tmp_path / "elsewhere-wal")
    path.with_name("diary.sqlite-shm").unlink(missing_ok=True)
    with open_diary(path) as diary:  # moved away as the sentence says, the diary opens with its entry
        assert diary.checkins.get(date(2026, 11, 1)).note == "mine"


def test_the_command_line_refuses_a_stray_wal_and_leaves_the_diary_whole(tmp_path):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    leave_wal(tmp_path / "photos.db", path)
    before = files(path)
    command = ["export", "--db", str(path), "--format", "json", "--out", str(tmp_path / "e.json")]
    result = subprocess.run([sys.executable, "-m", "painlog", *command], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "belongs to another database" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert files(path) == before
    assert not (tmp_path / "e.json").exists()


def test_a_foreign_database_with_its_own_wal_is_refused_and_nothing_changes(tmp_path):
    path = tmp_path / "photos.db"
    leave_wal(tmp_path / "source.db", path)
    shutil.copyfile(tmp_path / "source.db", path)
    before = files(path)
    with pytest.raises(NotADiaryError, match="another program"):
        open_diary(path)
    assert files(path) == before


def test_a_database_whose_content_is_all_in_its_own_wal_is_not_called_a_diary_with_a_stray_wal(tmp_path):
    source = tmp_path / "source.db"
    other = sqlite3.connect(source)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    other.commit()
    path = tmp_path / "photos.db"
    shutil.copyfile(source, path)  # the file alone: no tables yet, they are all in the -wal
    shutil.copyfile(tmp_path / "source.db-wal", tmp_path / "photos.db-wal")
    other.close()
    before = files(path)
    with pytest.raises(NotADiaryError) as refused:
        open_diary(path)
    assert not isinstance(refused.value, StrayWalError) and "another program" in str(refused.value)
    assert files(path) == before


def test_a_newer_painlogs_diary_with_its_wal_is_refused_and_nothing_changes(tmp_path):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('painlog', '0999_from_the_future', '2030-01-01')")  # fmt: skip
    conn.commit()
    kept = tmp_path / "kept"
    kept.mkdir()
    for name in ("diary.sqlite", "diary.sqlite-wal"):  # the files as a crash of that painlog left them
        shutil.copyfile(tmp_path / name, kept / name)
    conn.close()
    path = kept / "diary.sqlite"
    before = files(path)
    with pytest.raises(DiaryTooNewError):
        open_diary(path)
    assert files(path) == before


def test_refusing_a_file_leaves_no_wal_or_shm_behind(tmp_path):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('painlog', '0999_from_the_future', '2030-01-01')")  # fmt: skip
    conn.commit()
    conn.close()
    before = files(path)
    assert before["-wal"] is None and before["-shm"] is None
    with pytest.raises(DiaryTooNewError):
        open_diary(path)
    assert files(path) == before


CRASH = """
import os, sys
from datetime import date
from painlog.domain.checkin import CheckIn
from painlog.storage.diary import open_diary
diary = open_diary(sys.argv[1])
diary.conn.execute("PRAGMA wal_autocheckpoint = 0")
diary.checkins.save(CheckIn(date(2026, 11, 2), 7, 6, 6, 3, note="only in the wal"))
os._exit(0)  # a crash: no close, no checkpoint
"""


def test_the_diarys_own_wal_after_a_crash_is_recovered(tmp_path):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    subprocess.run([sys.executable, "-c", CRASH, str(path)], check=True, timeout=60)
    assert path.with_name("diary.sqlite-wal").stat().st_size > 0
    main_only = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    assert main_only.execute("SELECT count(*) FROM checkins").fetchone() == (1,)  # the new row is only in the wal
    main_only.close()
    with open_diary(path) as diary:
        assert diary.checkins.get(date(2026, 11, 2)).note == "only in the wal"
        assert diary.checkins.get(date(2026, 11, 1)).note == "mine"


def test_the_app_says_to_move_the_stray_wal_and_offers_no_backup_for_it(qapp, monkeypatch, tmp_path):
    from datetime import datetime

    from painlog import app
    from painlog.storage.backup_folder import make_backup
    from painlog.ui import dialogs

    path = tmp_path / "diary.sqlite"
    a_diary(path)
    with open_diary(path) as diary:
        make_backup(diary.conn, path, datetime(2026, 11, 1, 8, 0))
    leave_wal(tmp_path / "photos.db", path)
    before = files(path)
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(dialogs, "ask_restore_after_error", lambda *args: pytest.fail("a backup was offered"))
    assert app.run_gui(path, after_show=lambda window: window.close()) == 1
    assert len(shown) == 1 and "Move diary.sqlite-wal" in shown[0]
    assert files(path) == before
    assert not path.with_name("diary.sqlite.lock").exists()


def test_a_wal_removed_while_painlog_looks_at_it_is_no_problem(tmp_path, monkeypatch):
    from painlog.storage import identity

    path = tmp_path / "diary.sqlite"
    a_diary(path)
    other = sqlite3.connect(path)  # another program, with a save still in the -wal
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("UPDATE checkins SET note = 'changed by the other program'")
    other.commit()
    copy = identity.shutil.copyfile

    def close_first(source, target):
        other.close()  # that program ends: its -wal goes into the diary and is removed
        return copy(source, target)

    monkeypatch.setattr(identity.shutil, "copyfile", close_first)
    with open_diary(path) as diary:
        assert diary.checkins.get(date(2026, 11, 1)).note == "changed by the other program"
