"""SQLite's and the file system's failures sorted once, by error code: the few a person can act on, each one
sentence, and every other error raised as the bug it is."""

import errno
import sqlite3
from datetime import date

import pytest

from painlog.domain.checkin import CheckIn
from painlog.storage import failures
from painlog.storage.diary import open_diary
from painlog.storage.errors import DiaryError, DiaryWriteError
from painlog.storage.failures import Failure, failure_of, known_failure, sentence
from tests import sqlite_failures as made


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (made.full_disk, Failure.FULL),
        (made.locked, Failure.BUSY),
        (made.read_only, Failure.READ_ONLY),
        (made.corrupt, Failure.DAMAGED),
        (made.not_a_database, Failure.DAMAGED),
        (made.cannot_open, Failure.UNREACHABLE),
    ],
)
def test_each_real_sqlite_failure_is_known_by_its_code(make, expected, tmp_path):
    error = make(tmp_path)
    assert failure_of(error) is expected
    assert known_failure(error) is expected


@pytest.mark.parametrize("make", [made.no_such_column, made.broken_constraint, made.misused_api])
def test_a_programming_error_is_no_failure_and_is_raised_again_as_itself(make, tmp_path):
    error = make(tmp_path)
    assert failure_of(error) is None
    with pytest.raises(type(error)) as caught:
        known_failure(error)
    assert caught.value is error


def test_the_codes_are_sqlites_own():
    for name in ("PERM", "BUSY", "LOCKED", "READONLY", "IOERR", "CORRUPT", "FULL", "CANTOPEN", "NOTADB"):
        assert getattr(failures, f"SQLITE_{name}") == getattr(sqlite3, f"SQLITE_{name}")


def test_an_extended_code_counts_as_its_primary_one(tmp_path):
    error = made.read_only(tmp_path)
    error.sqlite_errorcode = sqlite3.SQLITE_READONLY | (4 << 8)  # SQLITE_READONLY_DBMOVED
    assert failure_of(error) is Failure.READ_ONLY


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (errno.ENOSPC, Failure.FULL),
        (errno.EROFS, Failure.READ_ONLY),
        (errno.EACCES, Failure.READ_ONLY),
        (errno.EIO, Failure.UNREACHABLE),
        (errno.ENOENT, None),  # said by the caller, who knows which folder is missing
    ],
)
def test_file_system_failures_are_known_by_errno(number, expected):
    assert failure_of(OSError(number, "whatever the system says, in any language")) is expected


def test_the_message_text_decides_nothing():
    assert failure_of(sqlite3.OperationalError("database or disk is full")) is None  # made by hand: no code
    assert failure_of(OSError("No space left on device")) is None


def test_each_sentence_says_what_happened_that_nothing_changed_and_what_to_do():
    said = {failure: sentence(failure, where="the diary", outcome="nothing was saved") for failure in Failure}
    assert said == {
        Failure.BUSY: "The diary is in use by another program or painlog window, so nothing was saved; wait a "
        "moment, then try again",
        Failure.READ_ONLY: "painlog may not write in the diary, so nothing was saved; check its permissions or "
        "choose another folder",
        Failure.FULL: "The disk is full, so nothing was saved; free some space and try again",
        Failure.DAMAGED: "The diary is damaged, so nothing was saved; close painlog and open it again to restore a "
        "backup",
        Failure.UNREACHABLE: "painlog could not reach the diary, so nothing was saved; check that the drive is "
        "connected, then try again",
    }


def test_a_save_while_another_program_holds_the_diary_is_a_busy_sentence(diary, diary_path, monkeypatch):
    diary.conn.execute("PRAGMA busy_timeout = 0")
    holder = sqlite3.connect(diary_path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DiaryWriteError) as caught:
            diary.checkins.save(CheckIn(date(2026, 11, 2), 5, 5, 5, 5))
    finally:
        holder.rollback()
        holder.close()
    assert str(caught.value).startswith("The diary is in use by another program or painlog window, so nothing")
    assert diary.checkins.count() == 0


def test_a_bug_inside_a_write_is_not_swallowed_and_nothing_of_it_is_kept(diary):
    with pytest.raises(sqlite3.OperationalError, match="no such column"), diary.transaction() as conn:
        diary.checkins.save(CheckIn(date(2026, 11, 2), 5, 5, 5, 5))
        conn.execute("UPDATE checkins SET no_such_column = 1")
    assert diary.checkins.count() == 0


def test_a_broken_constraint_is_a_bug_not_a_sentence(diary):
    diary.checkins.save(CheckIn(date(2026, 11, 2), 5, 5, 5, 5))
    with pytest.raises(sqlite3.IntegrityError) as caught, diary.transaction() as conn:
        conn.execute(
            "INSERT INTO checkins (date, pain_avg, enjoyment, activity, mood) VALUES ('2026-11-02', 1, 1, 1, 1)"
        )
    assert not isinstance(caught.value, DiaryError)
    assert diary.checkins.get(date(2026, 11, 2)).pain_avg == 5


def test_a_bug_while_opening_surfaces_as_the_bug(diary_path, monkeypatch):
    open_diary(diary_path).close()
    from painlog.storage import diary as diary_module

    def broken(conn):
        conn.execute("SELECT no_such_column FROM checkins")

    monkeypatch.setattr(diary_module, "_configure", broken)
    with pytest.raises(sqlite3.OperationalError, match="no such column"):
        open_diary(diary_path)


def test_a_bug_while_checking_a_backup_is_not_taken_for_a_bad_backup(diary, diary_path, tmp_path, monkeypatch):
    from datetime import datetime

    from painlog.storage import backup_folder

    diary.checkins.save(CheckIn(date(2026, 11, 2), 5, 5, 5, 5))
    backup_folder.make_backup(diary.conn, diary_path, datetime(2026, 11, 2, 9, 0))
    raising = {"error": made.misused_api(tmp_path)}
    unreachable = made.cannot_open(tmp_path)

    def connect(*args, **kwargs):
        raise raising["error"]

    monkeypatch.setattr(backup_folder.sqlite3, "connect", connect)  # sqlite3 itself: every connection fails
    with pytest.raises(sqlite3.ProgrammingError):
        backup_folder.good_backups(diary_path)
    raising["error"] = unreachable
    assert backup_folder.good_backups(diary_path) == []  # a backup that cannot be opened is not offered
