"""Backups: daily copies and their rotation, copies while the diary is open, restore that can be undone."""

import sqlite3
import stat
from datetime import date, datetime, timedelta

import pytest

from painlog.domain.checkin import CheckIn
from painlog.files import FileExistsRefusedError
from painlog.storage import consistent_copy as copy_module
from painlog.storage.backup_folder import (
    auto_backup,
    folder_for,
    good_backups,
    list_backups,
    make_backup,
    prune,
    restore,
)
from painlog.storage.diary import open_diary
from painlog.storage.errors import DiaryDamagedError, DiaryWriteError, NotADiaryError
from tests import sqlite_failures as made
from tests.damage import wreck_checkins_index, wreck_checkins_page

NOW = datetime(2026, 11, 24, 9, 30)


def save(diary, days_ago: int, pain: int = 5) -> None:
    diary.checkins.save(CheckIn(date.today() - timedelta(days=days_ago), pain, 4, 4, 6))


def days_in(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM checkins").fetchone()[0]
    finally:
        conn.close()


def test_a_daily_backup_is_made_once_a_day_owner_only(diary, diary_path):
    save(diary, 1)
    first = auto_backup(diary.conn, diary_path, NOW)
    assert first is not None and first.parent == folder_for(diary_path)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
    assert auto_backup(diary.conn, diary_path, NOW + timedelta(hours=5)) is None
    assert auto_backup(diary.conn, diary_path, NOW + timedelta(days=1, minutes=1)) is not None
    assert days_in(first) == 1


def test_rotation_keeps_seven_daily_and_eight_weekly_and_never_copies_made_by_hand(diary_path, tmp_path):
    folder = folder_for(diary_path)
    folder.mkdir()
    for n in range(100):
        made = NOW - timedelta(days=n)
        (folder / f"diary-daily-{made:%Y%m%d-%H%M%S}.sqlite").write_bytes(b"")
    (folder / "diary-manual-20250101-120000.sqlite").write_bytes(b"")
    (folder / "holiday-photos.sqlite").write_bytes(b"")
    prune(diary_path, NOW)
    daily = [b for b in list_backups(diary_path) if b.kind == "daily"]
    ages = sorted((NOW.date() - b.made.date()).days for b in daily)
    assert ages[:7] == [0, 1, 2, 3, 4, 5, 6]  # the last seven days
    older = [NOW.date() - timedelta(days=a) for a in ages[7:]]
    weeks = [d.isocalendar()[:2] for d in older]
    assert len(weeks) == len(set(weeks))  # one per week
    assert all(d.weekday() == 6 or d == NOW.date() for d in older)  # the newest day of its week was kept
    assert max(ages) < 8 * 7
    assert (folder / "diary-manual-20250101-120000.sqlite").exists()
    assert (folder / "holiday-photos.sqlite").exists()


def test_a_backup_while_another_connection_is_writing_is_consistent(diary, diary_path, tmp_path):
    save(diary, 1)
    other = sqlite3.connect(diary_path)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO checkins (date, pain_avg, enjoyment, activity, mood, created_at, updated_at) "
        "VALUES ('2020-01-01', 5, 5, 5, 5, 't', 't')"
    )
    copy = make_backup(diary.conn, diary_path, NOW)  # the other write is not committed yet
    other.commit()
    other.close()
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM checkins").fetchone() == (1,)
    conn.close()


def test_restore_puts_the_backup_in_place_and_keeps_the_diary_aside(diary_path):
    with open_diary(diary_path) as diary:
        save(diary, 3)
        backup = make_backup(diary.conn, diary_path, NOW)
        save(diary, 2)
        save(diary, 1)
    aside = restore(diary_path, backup, NOW + timedelta(minutes=1))
    with open_diary(diary_path) as diary:
        assert diary.checkins.count() == 1
    assert days_in(aside) == 3  # the restore can itself be undone
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600


def test_restore_refuses_a_file_that_is_not_a_diary_and_changes_nothing(diary_path, tmp_path):
    with open_diary(diary_path) as diary:
        save(diary, 1)
    before = diary_path.read_bytes()
    fake = tmp_path / "fake.sqlite"
    fake.write_text("not a database")
    with pytest.raises(NotADiaryError):
        restore(diary_path, fake, NOW)
    assert diary_path.read_bytes() == before


def test_a_damaged_diary_names_the_newest_backup(diary_path):
    with open_diary(diary_path) as diary:
        for n in range(1, 40):
            save(diary, n)
        make_backup(diary.conn, diary_path, NOW)
    data = wreck_checkins_page(diary_path)
    with pytest.raises(DiaryDamagedError) as caught:
        open_diary(diary_path)
    assert "newest backup that can be read is from 2026-11-24 09:30" in str(caught.value)
    assert "painlog restore" in str(caught.value)
    assert diary_path.read_bytes() == bytes(data)


def test_a_full_disk_during_a_backup_is_a_clear_error_and_leaves_no_partial_file(diary, diary_path, monkeypatch):
    save(diary, 1)
    real_connect = sqlite3.connect

    def tiny(path, *args, **kwargs):
        conn = real_connect(path, *args, **kwargs)
        conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(copy_module.sqlite3, "connect", tiny)
    with pytest.raises(DiaryWriteError, match="disk is full"):
        make_backup(diary.conn, diary_path, NOW)
    assert [p.name for p in folder_for(diary_path).iterdir()] == []


def test_a_read_only_backup_folder_is_a_clear_error(diary, diary_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(copy_module.os, "open", refuse)
    with pytest.raises(DiaryWriteError, match="may not write in .*backups, so nothing was changed"):
        make_backup(diary.conn, diary_path, NOW)


def test_two_restores_in_the_same_second_keep_both_diaries_they_replaced(diary_path):
    with open_diary(diary_path) as diary:
        save(diary, 5)
        backup = make_backup(diary.conn, diary_path, NOW)
        save(diary, 4)  # the diary before the first restore: 2 days
    first = restore(diary_path, backup, NOW + timedelta(minutes=1))
    with open_diary(diary_path) as diary:
        save(diary, 3)
        save(diary, 2)  # the diary before the second restore: 3 days
    second = restore(diary_path, backup, NOW + timedelta(minutes=1))  # the same second
    assert first != second
    assert (days_in(first), days_in(second)) == (2, 3)  # neither diary was lost
    kept = [b for b in list_backups(diary_path) if b.kind == "before-restore"]
    assert [(b.path.name, b.number) for b in kept] == [
        ("diary-before-restore-20261124-093100-2.sqlite", 2),
        ("diary-before-restore-20261124-093100.sqlite", 1),
    ]


def test_two_backups_in_the_same_second_are_two_files(diary, diary_path):
    save(diary, 2)
    first = make_backup(diary.conn, diary_path, NOW)
    save(diary, 1)
    second = make_backup(diary.conn, diary_path, NOW)
    assert first != second and (days_in(first), days_in(second)) == (1, 2)
    assert [b.path for b in list_backups(diary_path)] == [second, first]  # the later one counts as newer


def test_a_backup_stamped_in_the_future_neither_blocks_the_daily_backup_nor_is_pruned(diary, diary_path):
    save(diary, 1)
    folder = folder_for(diary_path)
    folder.mkdir()
    future = folder / "diary-daily-20270301-120000.sqlite"  # made once while the clock was wrong
    future.write_bytes(b"")
    made = auto_backup(diary.conn, diary_path, NOW)
    assert made is not None and made.name == "diary-daily-20261124-093000.sqlite"
    assert auto_backup(diary.conn, diary_path, NOW + timedelta(hours=5)) is None  # today's real one counts
    later = auto_backup(diary.conn, diary_path, NOW + timedelta(days=1, hours=1))
    assert later is not None
    prune(diary_path, NOW + timedelta(days=60))
    assert future.exists()  # which clock was wrong cannot be told: it is kept


def test_the_hint_for_a_damaged_diary_names_the_newest_good_backup_only(diary_path):
    with open_diary(diary_path) as diary:
        for n in range(1, 40):
            save(diary, n)
        make_backup(diary.conn, diary_path, NOW)
        corrupt = make_backup(diary.conn, diary_path, NOW + timedelta(days=1))
    wreck_checkins_page(corrupt)
    wreck_checkins_page(diary_path)
    with pytest.raises(DiaryDamagedError) as caught:
        open_diary(diary_path)
    assert "newest backup that can be read is from 2026-11-24 09:30" in str(caught.value)
    assert corrupt.name not in str(caught.value)
    assert [b.made for b in good_backups(diary_path)] == [NOW]


def test_restore_into_a_folder_that_does_not_exist_is_one_plain_sentence(diary, diary_path, tmp_path):
    save(diary, 1)
    backup = make_backup(diary.conn, diary_path, NOW)
    missing = tmp_path / "missing" / "diary.sqlite"
    with pytest.raises(DiaryWriteError) as caught:
        restore(missing, backup, NOW)
    assert str(caught.value) == (
        f"The folder {missing.parent} does not exist, so nothing was written; choose a diary in a folder that exists"
    )


def test_a_restore_that_cannot_put_the_copy_in_place_puts_the_diary_back(diary_path, monkeypatch):
    from painlog.storage import backup_folder as backups_module

    with open_diary(diary_path) as diary:
        save(diary, 2)
        backup = make_backup(diary.conn, diary_path, NOW)
        save(diary, 1)
    before = diary_path.read_bytes()

    def refuse(partial, out):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups_module, "place", refuse)
    with pytest.raises(DiaryWriteError, match="did not finish, so your diary was put back as it was"):
        restore(diary_path, backup, NOW + timedelta(minutes=1))
    assert diary_path.read_bytes() == before
    assert [b.kind for b in list_backups(diary_path)] == ["manual"]  # nothing left aside, no partial copy
    assert sorted(p.name for p in folder_for(diary_path).iterdir()) == ["diary-manual-20261124-093000.sqlite"]
    assert [p.name for p in diary_path.parent.iterdir() if "partial" in p.name] == []


def test_a_copy_is_sound_only_if_sqlites_quick_check_passes(diary, tmp_path):
    save(diary, 1)
    copy = copy_module.backup_to(diary.conn, tmp_path / "copy.sqlite")
    assert copy_module.is_sound(copy)
    wreck_checkins_index(copy)
    assert not copy_module.is_sound(copy)


def test_a_copy_over_an_existing_file_is_refused_unless_replacing_is_asked_for(diary, tmp_path):
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"kept")
    with pytest.raises(FileExistsRefusedError):
        copy_module.backup_to(diary.conn, target)
    assert target.read_bytes() == b"kept"
    assert not any(p.name.startswith("copy-") for p in tmp_path.iterdir())  # no "copy-2.sqlite" written instead
    assert copy_module.backup_to(diary.conn, target, replace=True) == target
    assert copy_module.is_sound(target)


def test_a_copy_that_failed_says_why_in_one_sentence_and_a_bug_is_raised(tmp_path):
    target = tmp_path / "copy.sqlite"
    full = str(copy_module._not_copied(made.full_disk(tmp_path), target))
    assert full == (
        f"The disk is full, so the copy {target} was not written and nothing was changed; free some space and try again"
    )
    busy = str(copy_module._not_copied(made.locked(tmp_path), target))
    assert busy == (
        f"{tmp_path} is in use by another program or painlog window, so the copy {target} was not written and "
        "nothing was changed; wait a moment, then try again"
    )
    with pytest.raises(sqlite3.OperationalError, match="no such column"):
        copy_module._not_copied(made.no_such_column(tmp_path), target)


def test_a_backup_counts_as_todays_from_the_second_it_was_made_until_a_day_later(diary, diary_path):
    save(diary, 1)
    assert auto_backup(diary.conn, diary_path, NOW) is not None
    assert auto_backup(diary.conn, diary_path, NOW) is None  # made this very second: it is today's
    assert auto_backup(diary.conn, diary_path, NOW + timedelta(days=1)) is not None  # a day old: a new one


def test_rotation_keeps_a_week_only_within_eight_weeks_and_the_newest_of_a_day(diary_path):
    folder = folder_for(diary_path)
    folder.mkdir()
    made = [NOW, NOW - timedelta(hours=1), NOW - timedelta(days=10), NOW - timedelta(days=56)]
    for moment in made:
        (folder / f"diary-daily-{moment:%Y%m%d-%H%M%S}.sqlite").write_bytes(b"")
    prune(diary_path, NOW)
    # Kept: now (the newest of today, which also starts this week) and 10 days ago (its week's only one).
    # Removed: an hour ago (today already has a newer one) and 56 days ago (8 × 7 days: past the 8 weeks).
    assert [b.made for b in list_backups(diary_path)] == [NOW, NOW - timedelta(days=10)]


def test_a_backup_says_how_many_days_it_holds(diary, diary_path):
    save(diary, 1)
    save(diary, 2)
    make_backup(diary.conn, diary_path, NOW)
    assert [b.entries() for b in list_backups(diary_path)] == [2]


def test_a_copy_that_fails_its_check_is_refused_and_not_left(diary, diary_path, monkeypatch):
    save(diary, 1)
    monkeypatch.setattr(copy_module, "is_sound", lambda path: False)  # as if the written copy were damaged
    with pytest.raises(DiaryWriteError):
        make_backup(diary.conn, diary_path, NOW)
    assert [p.name for p in folder_for(diary_path).iterdir()] == []


def test_a_full_disk_during_a_backup_names_the_copy_that_was_not_written(diary, tmp_path, monkeypatch):
    disk_full = made.full_disk(tmp_path)

    def full(partial):
        raise disk_full

    monkeypatch.setattr(copy_module, "_copy_of", lambda source: full)
    target = tmp_path / "copy.sqlite"
    with pytest.raises(DiaryWriteError) as refused:
        copy_module.backup_to(diary.conn, target)
    assert str(refused.value).startswith(f"The disk is full, so the copy {target} was not written")


def test_an_owner_only_file_is_never_made_over_an_existing_one(tmp_path):
    taken = tmp_path / "diary.sqlite"
    taken.write_bytes(b"kept")
    with pytest.raises(FileExistsError):
        copy_module.create_owner_only(taken)
    assert taken.read_bytes() == b"kept"
    fresh = tmp_path / "new.sqlite"
    copy_module.create_owner_only(fresh)
    assert fresh.read_bytes() == b"" and stat.S_IMODE(fresh.stat().st_mode) == 0o600


@pytest.mark.parametrize("wreck", [wreck_checkins_page, wreck_checkins_index], ids=["unreadable", "fails the check"])
def test_a_damaged_backup_is_refused_naming_it_and_what_sqlite_found(diary_path, tmp_path, wreck):
    with open_diary(diary_path) as diary:
        for n in range(1, 40):
            save(diary, n)
        backup = make_backup(diary.conn, diary_path, NOW)
    wreck(backup)
    conn = sqlite3.connect(backup)
    try:
        found = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        found = str(error)
    finally:
        conn.close()
    assert found != "ok"
    with pytest.raises(DiaryDamagedError) as refused:
        restore(diary_path, backup, NOW)
    assert str(refused.value) == (
        f"The backup diary-manual-20261124-093000.sqlite is damaged ({found}), so nothing was restored and your "
        "diary was not changed; choose another backup."
    )


def test_a_backup_folder_that_cannot_be_made_is_one_sentence_saying_why(diary, diary_path, monkeypatch):
    folder = folder_for(diary_path)
    folder.write_text("a file where the folder should be")
    with pytest.raises(DiaryWriteError) as refused:
        make_backup(diary.conn, diary_path, NOW)
    assert str(refused.value) == (
        f"painlog could not make the backup folder {folder} (file exists), so nothing was written; check that folder"
    )
    folder.unlink()

    def gone(*args, **kwargs):
        raise OSError("the disk went away")

    monkeypatch.setattr(type(folder), "mkdir", gone)
    with pytest.raises(DiaryWriteError, match=r"folder .*backups \(the disk went away\), so nothing was written"):
        make_backup(diary.conn, diary_path, NOW)


def test_rotation_says_which_copies_it_removed_even_one_already_gone(diary_path, monkeypatch):
    from painlog.storage import backup_folder as backups_module

    folder = folder_for(diary_path)
    folder.mkdir()
    older, newer = folder / "diary-daily-20261124-080000.sqlite", folder / "diary-daily-20261124-090000.sqlite"
    older.write_bytes(b""), newer.write_bytes(b"")
    gone = backups_module.BackupInfo(
        folder / "diary-daily-20261124-070000.sqlite", datetime(2026, 11, 24, 7, 0), "daily"
    )
    listed = backups_module.list_backups(diary_path)
    monkeypatch.setattr(backups_module, "list_backups", lambda path: [*listed, gone])  # another painlog pruned it
    assert prune(diary_path, NOW) == [older, gone.path]
    assert sorted(p.name for p in folder.iterdir()) == [newer.name]


def test_a_restore_that_cannot_keep_the_diary_aside_restores_nothing(diary_path, monkeypatch):
    from painlog.storage import backup_folder as backups_module

    with open_diary(diary_path) as diary:
        save(diary, 1)
        backup = make_backup(diary.conn, diary_path, NOW)
    before = diary_path.read_bytes()

    def refuse(*args, **kwargs):
        raise OSError("the disk went away")

    monkeypatch.setattr(backups_module, "move_without_replacing", refuse)
    with pytest.raises(DiaryWriteError) as refused:
        restore(diary_path, backup, NOW + timedelta(minutes=1))
    assert str(refused.value) == (
        f"Nothing was restored, because painlog could not first keep your diary aside in {folder_for(diary_path)}: "
        "the disk went away"
    )
    assert diary_path.read_bytes() == before


def test_a_diary_kept_aside_by_a_restore_takes_its_wal_and_shm_files_along(diary_path):
    with open_diary(diary_path) as diary:
        save(diary, 1)
        backup = make_backup(diary.conn, diary_path, NOW)
    wal, shm = diary_path.with_name("diary.sqlite-wal"), diary_path.with_name("diary.sqlite-shm")
    wal.write_bytes(b"wal"), shm.write_bytes(b"shm")
    aside = restore(diary_path, backup, NOW + timedelta(minutes=1))
    assert aside.name == "diary-before-restore-20261124-093100.sqlite"
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"wal"
    assert aside.with_name(aside.name + "-shm").read_bytes() == b"shm"
    assert not wal.exists() and not shm.exists()


def test_another_programs_database_offered_as_a_backup_is_refused_by_its_name(diary_path, tmp_path):
    with open_diary(diary_path) as diary:
        save(diary, 1)
    other = tmp_path / "photos.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADiaryError) as refused:
        restore(diary_path, other, NOW)
    assert str(refused.value) == (
        f"{other} is not a painlog diary (it is an SQLite database of another program). painlog left it unchanged."
    )
