"""Who holds a diary's lock and whether that process still runs: the lock file read, the grace of an unreadable
one, the start time of the process it names, and Windows asked instead of /proc."""

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from painlog.storage import lock

LINUX_ONLY = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process start times come from /proc")


def test_a_lock_file_that_is_not_json_names_nobody_since_it_was_written(diary_path):
    path = diary_path.with_name("diary.sqlite.lock")
    path.write_text("{half")
    os.utime(path, (1_800_000_000, 1_800_000_000))
    assert lock.read_holder(diary_path) == lock.Holder(0, "", datetime.fromtimestamp(1_800_000_000))


def test_a_lock_file_that_cannot_be_read_names_nobody_since_now(diary_path):
    diary_path.with_name("diary.sqlite.lock").mkdir()  # a folder in its place: reading it fails, even as root
    before = datetime.now()
    holder = lock.read_holder(diary_path)
    assert (holder.pid, holder.host) == (0, "")
    assert before <= holder.since <= datetime.now()


def test_an_unreadable_lock_is_still_held_at_exactly_thirty_seconds():
    holder = lock.Holder(0, "", datetime(2026, 11, 26, 9, 0, 0))
    assert not lock.is_stale(holder, now=datetime(2026, 11, 26, 9, 0, 30))
    assert lock.is_stale(holder, now=datetime(2026, 11, 26, 9, 0, 30, 1))


@pytest.mark.skipif(sys.platform == "win32", reason="Windows is asked instead")
def test_a_process_started_up_to_two_seconds_after_the_lock_was_taken_still_holds_it(monkeypatch):
    since = datetime.fromtimestamp(1_800_000_000)
    monkeypatch.setattr(lock, "_linux_start_time", lambda pid: 1_800_000_002.0)  # exactly 2 s later: the holder
    assert lock.process_alive(os.getpid(), since)
    monkeypatch.setattr(lock, "_linux_start_time", lambda pid: 1_800_000_002.5)  # later: a newer process
    assert not lock.process_alive(os.getpid(), since)


def test_on_windows_whether_the_holder_runs_is_asked_of_windows(monkeypatch):
    asked = []
    monkeypatch.setattr(lock.sys, "platform", "win32")
    monkeypatch.setattr(lock, "_windows_process_alive", lambda pid: asked.append(pid) is None)
    assert lock.process_alive(999_999_999, datetime.now())  # no such process here: only Windows was asked
    assert asked == [999_999_999]


# A process may name itself anything, brackets and spaces too: /proc/PID/stat shows the name in brackets, so the
# fields after it are found after the *last* closing bracket.
NAMED = """
import ctypes, sys
ctypes.CDLL(None).prctl(15, b"pain) 1 2 3 4", 0, 0, 0)  # PR_SET_NAME
print("named", flush=True)
sys.stdin.readline()
"""


@LINUX_ONLY
def test_the_start_time_of_a_process_whose_name_holds_a_bracket_and_spaces():
    before = time.time()
    child = subprocess.Popen([sys.executable, "-c", NAMED], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "named"
        assert Path(f"/proc/{child.pid}/stat").read_text().startswith(f"{child.pid} (pain) 1 2 3 4) ")
        started = lock._linux_start_time(child.pid)
    finally:
        child.communicate("stop\n", timeout=30)
    # The boot time in /proc/stat is in whole seconds, so the start read from it can be up to a second early.
    assert started is not None
    assert before - timedelta(seconds=2).total_seconds() <= started <= time.time()


class Kernel32:
    """Windows' kernel32 as _windows_process_alive uses it: a process handle (0: none) and its exit code."""

    def __init__(self, handle: int, exit_code: int) -> None:
        self.handle, self.exit_code, self.calls = handle, exit_code, []

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:  # noqa: N802 (Windows' name)
        self.calls.append(("open", access, inherit, pid))
        return self.handle

    def GetExitCodeProcess(self, handle: int, code: object) -> int:  # noqa: N802
        self.calls.append(("exit code", handle))
        code._obj.value = self.exit_code  # the c_ulong that ctypes.byref points at
        return 1

    def CloseHandle(self, handle: int) -> None:  # noqa: N802
        self.calls.append(("close", handle))


@pytest.mark.parametrize(
    ("handle", "exit_code", "alive", "calls"),
    [
        (77, 259, True, [("open", 0x1000, False, 4242), ("exit code", 77), ("close", 77)]),  # STILL_ACTIVE
        (77, 0, False, [("open", 0x1000, False, 4242), ("exit code", 77), ("close", 77)]),  # ended
        (77, 260, False, [("open", 0x1000, False, 4242), ("exit code", 77), ("close", 77)]),
        (0, 259, False, [("open", 0x1000, False, 4242)]),  # no such process: nothing to close
    ],
)
def test_windows_is_asked_whether_the_process_still_runs_and_its_handle_closed(
    monkeypatch, handle, exit_code, alive, calls
):
    import ctypes
    from types import SimpleNamespace

    kernel32 = Kernel32(handle, exit_code)
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(kernel32=kernel32), raising=False)
    assert lock._windows_process_alive(4242) is alive
    assert kernel32.calls == calls  # 0x1000: PROCESS_QUERY_LIMITED_INFORMATION, not inherited
