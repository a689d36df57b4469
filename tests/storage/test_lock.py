"""One painlog at a time per diary: the lock file, who holds it, and when a lock is stale."""

import errno
import json
import os
import socket
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from painlog.storage import lock
from painlog.storage.errors import DiaryInUseError, DiaryUnwritableError
from tests.holder import HOLD_SQLITE_LOCK, OtherProgram


def test_the_lock_is_owner_only_names_this_process_and_goes_on_release(diary_path):
    taken = lock.acquire(diary_path)
    path = diary_path.with_name("diary.sqlite.lock")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    content = json.loads(path.read_text())
    assert content["pid"] == os.getpid() and content["host"] == socket.gethostname()
    assert abs(datetime.fromisoformat(content["since"]) - datetime.now()) < timedelta(minutes=1)
    taken.release()
    assert not path.exists()
    assert [p.name for p in diary_path.parent.iterdir()] == []  # nothing else was left beside the diary


def test_a_lock_held_by_another_painlog_is_refused_with_its_pid_and_host(diary_path):
    with OtherProgram(diary_path) as other:
        before = diary_path.with_name("diary.sqlite.lock").read_bytes()
        with pytest.raises(DiaryInUseError) as refused:
            lock.acquire(diary_path)
        sentence = str(refused.value)
        assert f"process {other.pid} on {socket.gethostname()}" in sentence and "nothing was changed" in sentence
        assert diary_path.with_name("diary.sqlite.lock").read_bytes() == before
        assert lock.held_elsewhere(diary_path).pid == other.pid
    assert lock.held_elsewhere(diary_path) is None  # released when the other program ended


def test_a_lock_left_by_a_process_that_is_gone_is_taken_over(diary_path):
    script = "import os, sys\nfrom painlog.storage.lock import acquire\nacquire(sys.argv[1])\nos._exit(0)\n"
    gone = subprocess.run([sys.executable, "-c", script, str(diary_path)], check=True, timeout=60)
    left = json.loads(diary_path.with_name("diary.sqlite.lock").read_text())
    assert left["pid"] != os.getpid() and gone.returncode == 0
    taken = lock.acquire(diary_path)
    assert json.loads(diary_path.with_name("diary.sqlite.lock").read_text())["pid"] == os.getpid()
    taken.release()


def write_lock(diary_path, pid: int, host: str, since: datetime) -> None:
    diary_path.with_name("diary.sqlite.lock").write_text(
        json.dumps({"program": "painlog", "pid": pid, "host": host, "since": since.isoformat()})
    )


def test_a_lock_from_another_computer_is_never_taken_over(diary_path):
    write_lock(diary_path, 999_999_999, "the-other-laptop", datetime(2026, 11, 1, 9, 30))
    with pytest.raises(DiaryInUseError) as refused:
        lock.acquire(diary_path)
    assert "process 999999999 on the-other-laptop, open since 2026-11-01 09:30" in str(refused.value)
    assert f"if painlog no longer runs on the-other-laptop, delete {diary_path}.lock" in str(refused.value)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process start times are read from /proc")
def test_a_lock_whose_pid_now_belongs_to_a_newer_process_is_stale(diary_path):
    write_lock(diary_path, os.getpid(), socket.gethostname(), datetime(2001, 1, 1))  # before this process began
    holder = lock.read_holder(diary_path)
    assert lock.is_stale(holder)
    write_lock(diary_path, os.getppid(), socket.gethostname(), datetime.now())  # a process alive since before
    assert not lock.is_stale(lock.read_holder(diary_path))


def test_an_unreadable_lock_is_held_for_a_moment_then_stale(diary_path):
    diary_path.with_name("diary.sqlite.lock").write_text("{half")
    holder = lock.read_holder(diary_path)
    assert holder.pid == 0 and "still being written" in holder.words()
    assert not lock.is_stale(holder, now=holder.since + timedelta(seconds=5))
    assert lock.is_stale(holder, now=holder.since + timedelta(seconds=31))


def test_two_paths_to_one_diary_meet_on_one_socket_name(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    name = lock.instance_name(tmp_path / "real" / "diary.sqlite")
    assert name == lock.instance_name(tmp_path / "link" / "diary.sqlite")
    assert name != lock.instance_name(tmp_path / "real" / "other.sqlite")
    assert str(tmp_path) not in name


def test_a_link_and_its_target_share_one_lock(tmp_path):
    (tmp_path / "stick").mkdir()
    real = tmp_path / "stick" / "diary.sqlite"
    real.touch()
    link = tmp_path / "diary.sqlite"
    link.symlink_to(real)
    with OtherProgram(real) as other, pytest.raises(DiaryInUseError, match=f"process {other.pid}"):
        lock.acquire(link)
    assert not (tmp_path / "diary.sqlite.lock").exists()


def test_on_a_drive_without_hard_links_the_lock_is_created_exclusively(diary_path, monkeypatch):
    def no_hard_links(*args: object) -> None:
        raise OSError(1, "Operation not permitted")  # what FAT on a USB stick answers

    monkeypatch.setattr(lock.os, "link", no_hard_links)
    taken = lock.acquire(diary_path)
    path = diary_path.with_name("diary.sqlite.lock")
    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["program"] == "painlog" and content["pid"] == os.getpid()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(DiaryInUseError, match="is open in another painlog"):  # the lock there is not replaced
        lock.acquire(diary_path)
    assert json.loads(path.read_text(encoding="utf-8")) == content
    taken.release()
    assert [p.name for p in diary_path.parent.iterdir()] == []


def test_the_lock_makes_the_diarys_missing_folders_owner_only(tmp_path):
    diary = tmp_path / "new" / "place" / "diary.sqlite"
    with lock.acquire(diary):
        assert stat.S_IMODE(diary.parent.stat().st_mode) == 0o700
        assert (diary.parent / "diary.sqlite.lock").exists()


def test_a_restore_is_refused_while_another_painlog_or_program_has_the_diary(diary, diary_path):
    diary.close()
    lock.refuse_if_in_use(diary_path)  # nobody has it: no refusal
    lock.refuse_if_in_use(diary_path.with_name("missing.sqlite"))
    with OtherProgram(diary_path) as other, pytest.raises(DiaryInUseError) as refused:
        lock.refuse_if_in_use(diary_path)
    assert str(refused.value).startswith(f"{diary_path} is open in another painlog (process {other.pid}")
    with OtherProgram(diary_path, HOLD_SQLITE_LOCK), pytest.raises(DiaryInUseError) as refused:
        lock.refuse_if_in_use(diary_path)
    assert str(refused.value) == (
        f"{diary_path} is in use by another program, which has locked it, so painlog did not restore the backup. "
        "Close that program, then try again; nothing was changed"
    )


def test_a_file_that_is_not_a_database_holds_no_sqlite_lock(tmp_path):
    damaged = tmp_path / "diary.sqlite"
    damaged.write_bytes(b"not a database at all" * 100)
    lock.refuse_if_in_use(damaged)  # a damaged diary is what a restore is for


def test_process_zero_is_never_alive_and_process_one_is(diary_path):
    assert not lock.process_alive(0, datetime.now())
    assert not lock.process_alive(-5, datetime.now())
    assert lock.process_alive(1, datetime.now())  # the first process started before now


def test_a_diary_open_in_a_painlog_on_this_computer_says_only_to_close_it(tmp_path):
    diary = tmp_path / "diary.sqlite"
    here = lock.Holder(4242, socket.gethostname(), datetime(2026, 11, 24, 9, 30))
    assert lock.in_use_sentence(diary, here) == (
        f"{diary} is open in another painlog (process 4242 on {socket.gethostname()}, open since 2026-11-24 09:30). "
        "Close painlog there first, then try again; nothing was changed"
    )


def test_a_lock_that_keeps_changing_hands_gives_up_after_three_tries_with_one_sentence(tmp_path, monkeypatch):
    diary = tmp_path / "diary.sqlite"
    tries = []
    monkeypatch.setattr(lock, "_create", lambda path, text: tries.append(path) and False)  # taken each time
    monkeypatch.setattr(lock, "read_holder", lambda path: None)  # and gone again when read
    monkeypatch.setattr(lock, "_take_over", lambda path: None)
    with pytest.raises(DiaryInUseError) as refused:
        lock.acquire(diary)
    assert str(refused.value) == f"{diary} is being opened by another painlog right now; try again in a moment"
    assert len(tries) == 3


def test_releasing_a_lock_whose_file_is_already_gone_is_quiet(diary_path):
    taken = lock.acquire(diary_path)
    diary_path.with_name("diary.sqlite.lock").unlink()  # removed by hand, say, while painlog ran
    taken.release()
    assert list(diary_path.parent.iterdir()) == []


def test_a_lock_that_cannot_be_written_says_where_and_why(diary_path, monkeypatch):
    def drive_failing(path: Path, text: str) -> bool:
        raise OSError(errno.EIO, "Input/output error")  # what a USB stick pulled out answers

    monkeypatch.setattr(lock, "_create", drive_failing)
    with pytest.raises(DiaryUnwritableError) as refused:
        lock.acquire(diary_path)
    assert str(refused.value) == (
        f"painlog cannot write beside {diary_path} (Input/output error). Check that the drive is connected and "
        "writable, then try again; nothing was changed."
    )


def moved_aside_while(monkeypatch, *, before: str, after: str | None = None) -> None:
    """Another painlog writes its lock (`before`) just before this one moves the stale lock aside, and a third
    one (`after`) just after."""
    replace = os.replace

    def racing(source, target):
        source.write_text(before)
        replace(source, target)
        if after is not None:
            source.write_text(after)

    monkeypatch.setattr(lock.os, "replace", racing)


def test_a_lock_another_painlog_took_over_meanwhile_is_put_back(diary_path, monkeypatch):
    path = diary_path.with_name("diary.sqlite.lock")
    path.write_text("the stale lock")
    moved_aside_while(monkeypatch, before="the other painlog's lock")
    lock._take_over(path)
    assert path.read_text() == "the other painlog's lock"
    assert [p.name for p in diary_path.parent.iterdir()] == ["diary.sqlite.lock"]


def test_a_lock_taken_again_before_the_other_could_be_put_back_stays(diary_path, monkeypatch):
    path = diary_path.with_name("diary.sqlite.lock")
    path.write_text("the stale lock")
    moved_aside_while(monkeypatch, before="the second painlog's lock", after="the third painlog's lock")
    lock._take_over(path)
    assert path.read_text() == "the third painlog's lock"
    assert [p.name for p in diary_path.parent.iterdir()] == ["diary.sqlite.lock"]


def test_a_diary_sqlite_cannot_open_is_not_called_in_use(diary, diary_path, monkeypatch):
    diary.close()

    def cannot_open(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(lock.sqlite3, "connect", cannot_open)
    lock.refuse_if_in_use(diary_path)  # the restore goes on, and says what it finds


@pytest.mark.skipif(sys.platform == "win32", reason="a path from the root of a Unix file system")
def test_the_socket_name_is_painlog_and_the_first_24_hex_digits_of_the_paths_sha256():
    # printf '%s' /nowhere-painlog/diary.sqlite | sha256sum → 524e2c195ff5d61fa698dcb24537971a8f…
    assert lock.instance_name(Path("/nowhere-painlog/diary.sqlite")) == "painlog-524e2c195ff5d61fa698dcb2"
