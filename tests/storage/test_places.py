"""Where the diary lives: a link to a drive that is not plugged in, a loop of links, a full disk and a
read-only folder are each said as what they are, and nothing is created or changed."""

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import namedtuple
from datetime import date

import pytest

from painlog.domain.checkin import CheckIn
from painlog.storage import diary as diary_module
from painlog.storage import places
from painlog.storage.diary import open_diary
from painlog.storage.errors import DiaryLinkError, DiaryUnwritableError, DiaryWriteError
from tests import sqlite_failures as made


def listing(folder) -> list[tuple[str, str | None]]:
    """Every name in the folder, with where it links to."""
    return sorted((p.name, os.readlink(p) if p.is_symlink() else None) for p in folder.iterdir())


def test_a_link_to_a_missing_drive_is_not_replaced_by_a_new_diary(tmp_path):
    stick = tmp_path / "media" / "stick" / "diary.sqlite"  # the stick is not plugged in
    path = tmp_path / "diary.sqlite"
    path.symlink_to(stick)
    before = listing(tmp_path)
    with pytest.raises(DiaryLinkError) as refused:
        open_diary(path)
    assert str(refused.value).startswith(f"{path} is a link to {stick}, which is not there (is the drive plugged in?)")
    assert "nothing was changed" in str(refused.value)
    assert listing(tmp_path) == before and not stick.exists()


def test_a_folder_link_to_a_missing_drive_is_said_the_same_way(tmp_path):
    (tmp_path / "painlog").symlink_to(tmp_path / "media" / "stick")
    before = listing(tmp_path)
    with pytest.raises(DiaryLinkError, match=r"painlog is a link to .*stick, which is not there \(is the drive"):
        open_diary(tmp_path / "painlog" / "diary.sqlite")
    assert listing(tmp_path) == before


def test_a_loop_of_links_has_its_own_sentence_and_stays(tmp_path):
    (tmp_path / "a.sqlite").symlink_to(tmp_path / "b.sqlite")
    (tmp_path / "b.sqlite").symlink_to(tmp_path / "a.sqlite")
    before = listing(tmp_path)
    with pytest.raises(DiaryLinkError, match="loop of links"):
        open_diary(tmp_path / "a.sqlite")
    assert listing(tmp_path) == before


def test_the_app_and_the_command_line_say_where_the_link_leads(qapp, monkeypatch, tmp_path):
    from painlog import app
    from painlog.ui import dialogs

    path = tmp_path / "diary.sqlite"
    path.symlink_to(tmp_path / "stick" / "diary.sqlite")
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    assert app.run_gui(path, after_show=lambda window: window.close()) == 1
    assert shown and "is the drive plugged in?" in shown[0]
    for command in (("demo",), ("export", "--format", "json", "--out", str(tmp_path / "e.json"))):
        result = subprocess.run([sys.executable, "-m", "painlog", command[0], "--db", str(path), *command[1:]],
                                capture_output=True, text=True, timeout=60)  # fmt: skip
        assert result.returncode == 1 and "is the drive plugged in?" in result.stderr, command
    assert listing(tmp_path) == [("diary.sqlite", str(tmp_path / "stick" / "diary.sqlite"))]


def a_diary(path) -> bytes:
    with open_diary(path) as diary:
        diary.checkins.save(CheckIn(date(2026, 11, 1), 4, 3, 3, 6))
    return path.read_bytes()


def failing_configure(message: str, code: int):
    """SQLite's error as SQLite raises it: its message and its result code."""

    def configure(conn):
        error = sqlite3.OperationalError(message)
        error.sqlite_errorcode = code
        raise error

    return configure


def test_a_full_disk_is_said_as_a_full_disk(diary_path, monkeypatch):
    before = a_diary(diary_path)
    # SQLite's -shm on a full disk
    monkeypatch.setattr(diary_module, "_configure", failing_configure("disk I/O error", sqlite3.SQLITE_IOERR))
    monkeypatch.setattr(places.shutil, "disk_usage", lambda folder: namedtuple("Usage", "total used free")(9, 9, 0))
    with pytest.raises(DiaryWriteError) as refused:
        open_diary(diary_path)
    assert "disk that holds" in str(refused.value) and "is full" in str(refused.value)
    assert "nothing was changed" in str(refused.value) and "damaged" not in str(refused.value)
    assert diary_path.read_bytes() == before


@pytest.mark.parametrize(
    ("sqlite_says", "code", "words"),
    [
        ("attempt to write a readonly database", sqlite3.SQLITE_READONLY, "it is read-only, or you lack permission"),
        ("unable to open database file", sqlite3.SQLITE_CANTOPEN, "Check that the drive is connected and writable"),
    ],
)
def test_a_folder_sqlite_cannot_write_in_is_not_called_damaged(diary_path, monkeypatch, sqlite_says, code, words):
    """As root, or with access rules os.access does not see, only SQLite finds out it cannot write."""
    before = a_diary(diary_path)
    monkeypatch.setattr(diary_module, "_configure", failing_configure(sqlite_says, code))
    with pytest.raises(DiaryUnwritableError) as refused:
        open_diary(diary_path)
    assert words in str(refused.value) and "nothing was changed" in str(refused.value)
    assert "damaged" not in str(refused.value)
    assert diary_path.read_bytes() == before


@pytest.fixture
def small_disk(tmp_path):
    """A real 256 KB file system (Linux, as root); skipped where one cannot be mounted."""
    folder = tmp_path / "small"
    folder.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs Linux and root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def fill(folder) -> None:
    fd = os.open(folder / "filler", os.O_CREAT | os.O_WRONLY)
    try:
        while True:
            os.write(fd, b"x" * 512)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(fd)


def test_on_a_really_full_disk_a_diary_is_not_called_damaged_and_none_is_half_made(small_disk, tmp_path):
    elsewhere = tmp_path / "made.sqlite"
    a_diary(elsewhere)
    shutil.copyfile(elsewhere, small_disk / "diary.sqlite")
    before = (small_disk / "diary.sqlite").read_bytes()
    fill(small_disk)
    with pytest.raises(DiaryWriteError, match="is full"):
        open_diary(small_disk / "diary.sqlite")
    assert (small_disk / "diary.sqlite").read_bytes() == before
    (small_disk / "filler").unlink()
    (small_disk / "diary.sqlite").unlink()
    with pytest.raises(DiaryWriteError, match="is full"):  # 256 KB cannot hold a new diary and its -wal
        open_diary(small_disk / "new.sqlite")
    assert not [p.name for p in small_disk.iterdir() if p.name.startswith("new.sqlite")]


def test_a_failed_write_beside_the_diary_is_said_as_a_full_disk_a_read_only_place_or_neither(tmp_path, monkeypatch):
    path = tmp_path / "diary.sqlite"
    full = places.cannot_write_beside(path, made.full_disk(tmp_path))
    assert isinstance(full, DiaryWriteError) and str(full) == (
        f"The disk that holds {path} is full, so painlog cannot write the diary. Free some space and open it again; "
        "nothing was changed."
    )
    read_only = (
        f"painlog cannot write to {path} or its folder: it is read-only, or you lack permission. Copy the diary to "
        "a folder you can write to, or change its permissions; nothing was changed."
    )
    for error in (made.read_only(tmp_path), OSError(errno.EROFS, "Read-only file system")):
        refused = places.cannot_write_beside(path, error)
        assert isinstance(refused, DiaryUnwritableError) and str(refused) == read_only
    other = places.cannot_write_beside(path, OSError(5, "Input/output error"))  # a drive pulled out, say
    assert str(other) == (
        f"painlog cannot write beside {path} (Input/output error). Check that the drive is connected and "
        "writable, then try again; nothing was changed."
    )  # the reason as words, never "[Errno 5]"
    unknown = places.cannot_write_beside(path, made.cannot_open(tmp_path))
    assert str(unknown).startswith(f"painlog cannot write beside {path} (unable to open database file). ")
    with pytest.raises(sqlite3.OperationalError, match="no such column"):  # a bug is no place problem
        places.cannot_write_beside(path, made.no_such_column(tmp_path))
    # Exactly the room needed left is not a full disk; a byte less is.
    monkeypatch.setattr(places, "_free", lambda folder: places.ROOM_NEEDED)
    assert "is full" not in str(places.cannot_write_beside(path, OSError(5, "Input/output error")))
    monkeypatch.setattr(places, "_free", lambda folder: places.ROOM_NEEDED - 1)
    assert "is full" in str(places.cannot_write_beside(path, OSError(5, "Input/output error")))
