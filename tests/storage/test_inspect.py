"""What identity.inspect() says of each file it refuses, in full and naming the file, and how it reads a diary
whose -wal another program is writing, removes or keeps from being copied."""

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from painlog.storage import identity
from painlog.storage.errors import (
    DiaryDamagedError,
    DiaryLockedError,
    DiaryTooNewError,
    DiaryUnwritableError,
    NotADiaryError,
    StrayWalError,
)
from tests import sqlite_failures
from tests.damage import wreck_checkins_index
from tests.storage.test_companions import a_diary, files, leave_wal

FOREIGN = "is not a painlog diary (it is an SQLite database of another program). painlog left it unchanged."


def a_save_in_the_wal(path: Path, sql: str = "UPDATE checkins SET note = 'changed'") -> sqlite3.Connection:
    """Another program with a save still in the diary's -wal; it is closed by the caller."""
    other = sqlite3.connect(path)
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute(sql)
    other.commit()
    return other


def test_another_programs_database_is_refused_by_its_name(tmp_path):
    path = tmp_path / "photos.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE photos (name TEXT)")
    other.close()
    with pytest.raises(NotADiaryError) as refused:
        identity.inspect(path)
    assert str(refused.value) == f"{path} {FOREIGN}"


def test_another_programs_database_with_its_own_wal_is_refused_by_its_name(tmp_path):
    path = tmp_path / "photos.db"
    leave_wal(tmp_path / "source.db", path)
    shutil.copyfile(tmp_path / "source.db", path)
    with pytest.raises(NotADiaryError) as refused:
        identity.inspect(path)
    assert not isinstance(refused.value, StrayWalError)
    assert str(refused.value) == f"{path} {FOREIGN}"


def test_a_file_with_an_sqlite_header_and_nothing_readable_after_it(tmp_path):
    path = tmp_path / "diary.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xab" * 5000)
    with pytest.raises(DiaryDamagedError) as refused:
        identity.inspect(path)
    assert str(refused.value) == (
        f"{path} is damaged or not a database (file is not a database). painlog left it unchanged."
    )


def test_a_diary_sqlites_quick_check_finds_damaged_is_refused_by_its_name(tmp_path):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    wreck_checkins_index(path)
    with pytest.raises(DiaryDamagedError) as refused:
        identity.inspect(path)
    assert str(refused.value).startswith(f"{path} is damaged: SQLite's check found ")


@pytest.mark.parametrize(
    ("make_error", "refusal", "sentence"),
    [(sqlite_failures.corrupt, DiaryDamagedError,
      "{path} is damaged (database disk image is malformed). painlog left it unchanged."),
     (sqlite_failures.locked, DiaryLockedError,
      "{path} is in use by another program, which has locked it. Close that program (or the other painlog "
      "window) and try again; the diary was not changed.")],
    ids=["damaged", "locked"],
)  # fmt: skip
def test_an_error_while_sqlite_checks_the_diary_is_said_as_what_it_is(tmp_path, monkeypatch, make_error, refusal,
                                                                   sentence):  # fmt: skip
    """Real errors of SQLite's (with their result codes), raised while it checks the diary: each is the problem
    a person can act on, the diary's name in the sentence."""
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    error = make_error(tmp_path)

    def failing(conn: sqlite3.Connection, shown: Path) -> None:
        raise error

    monkeypatch.setattr(identity, "quick_check", failing)
    with pytest.raises(refusal) as refused:
        identity.inspect(path)
    assert str(refused.value) == sentence.format(path=path)


def test_a_diary_sqlite_cannot_open_is_said_with_sqlites_reason(tmp_path, monkeypatch):
    path = tmp_path / "diary.sqlite"
    a_diary(path)

    def cannot_open(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(identity.sqlite3, "connect", cannot_open)
    with pytest.raises(DiaryUnwritableError) as refused:
        identity.inspect(path)
    assert str(refused.value) == (
        f"painlog cannot read {path} (unable to open database file); painlog left it unchanged."
    )


def test_a_wal_that_cannot_be_copied_is_said_with_the_reason(tmp_path, monkeypatch):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    other = a_save_in_the_wal(path)

    def denied(source: Path, target: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(identity.shutil, "copyfile", denied)
    try:
        with pytest.raises(DiaryUnwritableError) as refused:
            identity.inspect(path)
    finally:
        other.close()
    assert str(refused.value) == f"painlog cannot read {path}: Permission denied."


def test_a_wal_written_to_while_copied_three_times_is_read_where_it_is(tmp_path, monkeypatch):
    path = tmp_path / "photos.db"
    leave_wal(tmp_path / "source.db", path)
    shutil.copyfile(tmp_path / "source.db", path)
    copy = shutil.copyfile
    copied = []

    def written_meanwhile(source: Path, target: Path) -> None:
        copy(source, target)
        copied.append(Path(source).name)
        later = os.stat(source).st_mtime_ns + 1_000_000_000 * len(copied)
        os.utime(source, ns=(later, later))  # another program wrote to it just as it was copied

    monkeypatch.setattr(identity.shutil, "copyfile", written_meanwhile)
    with pytest.raises(NotADiaryError) as refused:
        identity.inspect(path)
    assert copied == ["photos.db-wal", "photos.db"] * 3  # three tries, each the -wal first, then the file
    assert str(refused.value) == f"{path} {FOREIGN}"  # read in place, with its -wal, as the other program does


def test_a_wal_taken_in_while_copied_leaves_the_diary_to_be_read_alone(tmp_path, monkeypatch):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    newer = "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('painlog', '0999_x', '2030')"
    other = a_save_in_the_wal(path, newer)  # a newer painlog, its update still in the -wal
    copy = shutil.copyfile

    def closed_first(source: Path, target: Path) -> None:
        other.close()  # it ends: SQLite takes the -wal into the diary and removes it
        copy(source, target)

    monkeypatch.setattr(identity.shutil, "copyfile", closed_first)
    with pytest.raises(DiaryTooNewError) as refused:
        identity.inspect(path)
    assert str(refused.value) == (
        f"{path} was written by a newer version of painlog (it has 0999_x). Update painlog to open it; this "
        "version left it unchanged."
    )
    assert files(path)["-wal"] is None and files(path)["-shm"] is None  # read alone, nothing made beside it


def test_a_stray_wal_that_makes_the_diary_read_as_damaged_says_so(tmp_path):
    path = tmp_path / "diary.sqlite"
    a_diary(path)  # its page 5 is the check-ins' date index
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("PRAGMA journal_mode = WAL")
    for n in range(1, 5):
        other.execute(f"CREATE TABLE t{n} (x)")  # pages 2 to 5
    other.commit()
    other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("INSERT INTO t4 VALUES ('a photo')")  # the -wal holds one page: page 5, now a table's
    other.commit()
    shutil.copyfile(tmp_path / "other.db-wal", tmp_path / "diary.sqlite-wal")
    other.close()
    with pytest.raises(StrayWalError) as refused:
        identity.inspect(path)
    assert str(refused.value) == (
        f"{path} is a painlog diary, but the file diary.sqlite-wal beside it belongs to another database (with it, "
        "SQLite reads the diary as damaged). Move diary.sqlite-wal to another folder, then open the diary again; "
        "painlog left all of them unchanged."
    )


def test_any_content_in_the_wal_means_reading_with_sqlites_shared_index(tmp_path):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    wal = tmp_path / "diary.sqlite-wal"
    wal.write_bytes(b"")
    assert identity.reading_uri(path, live=False) == f"{path.as_uri()}?immutable=1"  # empty: the file alone
    wal.write_bytes(b"\x37")  # one byte: another program may be writing it right now
    assert identity.reading_uri(path, live=False) == f"{path.as_uri()}?mode=ro"


def test_a_diary_another_painlog_has_open_is_read_in_place_through_sqlites_shared_index(tmp_path, monkeypatch):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    connect = sqlite3.connect
    opened = []

    def recorded(target: str, **kwargs: object) -> sqlite3.Connection:
        opened.append(target)
        return connect(target, **kwargs)

    monkeypatch.setattr(identity.sqlite3, "connect", recorded)
    assert identity.inspect(path, live=True)  # nothing in its -wal: never read as an unchanging file
    assert opened == [f"{path.as_uri()}?mode=ro"]
    monkeypatch.setattr(identity.sqlite3, "connect", connect)
    other = a_save_in_the_wal(path)  # the other painlog, a save in its -wal: read with it, not copied
    monkeypatch.setattr(identity.sqlite3, "connect", recorded)
    try:
        assert identity.inspect(path, live=True)
    finally:
        other.close()
    assert opened == [f"{path.as_uri()}?mode=ro"] * 2


def test_a_file_that_cannot_be_opened_is_said_with_the_reason(tmp_path, monkeypatch):
    path = tmp_path / "diary.sqlite"
    path.write_bytes(b"SQLite format 3\x00")

    def denied(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")  # as root the tests could read it anyway

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(DiaryUnwritableError) as refused:
        identity.check_header(path)
    assert str(refused.value) == f"painlog cannot read {path}: Permission denied."


def test_a_diary_with_two_newer_updates_names_both():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
    for name in ("0999_later", "0998_soon"):
        conn.execute("INSERT INTO _sqlite_migrations VALUES ('painlog', ?, '2030-01-01')", [name])
    with pytest.raises(DiaryTooNewError) as refused:
        identity.identify(conn, Path("diary.sqlite"))
    conn.close()
    assert str(refused.value) == (
        "diary.sqlite was written by a newer version of painlog (it has 0998_soon, 0999_later). Update painlog to "
        "open it; this version left it unchanged."
    )
