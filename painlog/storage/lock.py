"""One painlog at a time per diary: a lock file beside it (`diary.sqlite.lock`, owner-only) that says which
program has the diary open, since when, and on which computer.

A lock is taken atomically (a complete file linked into place, which fails if one is there). A lock whose
process is gone from this computer is stale and taken over; a lock from another computer (a shared folder) is
never judged stale, since its process cannot be seen from here. No Qt: the app and the command line decide here.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import sys
import time
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from painlog.domain.marks import QT_TR_NOOP
from painlog.storage.errors import DiaryInUseError
from painlog.storage.failures import Failure, failure_of
from painlog.storage.places import cannot_write_beside, check_place

# Who holds the lock (Holder.words), and the whole sentences that name them: each a sentence of its own, so that a
# translation is never glued from parts.
STARTING = "another painlog (its lock file, written at {since}, is still being written)"
RUNNING = "another painlog (process {pid} on {host}, open since {since})"
IN_USE_STARTING = QT_TR_NOOP(
    "{diary} is open in another painlog (its lock file, written at {since}, is still being written). "
    "Close painlog there first, then try again; nothing was changed"
)
IN_USE_HERE = QT_TR_NOOP(
    "{diary} is open in another painlog (process {pid} on {host}, open since {since}). "
    "Close painlog there first, then try again; nothing was changed"
)
IN_USE_ELSEWHERE = QT_TR_NOOP(
    "{diary} is open in another painlog (process {pid} on {host}, open since {since}). "
    "Close painlog there first, then try again (if painlog no longer runs on {host}, delete {lock}); "
    "nothing was changed"
)
OPEN_ELSEWHERE_STARTING = QT_TR_NOOP(
    "{diary} is already open in another painlog (its lock file, written at {since}, is still being written). "
    "Only one painlog at a time can change a diary."
)
OPEN_ELSEWHERE = QT_TR_NOOP(
    "{diary} is already open in another painlog (process {pid} on {host}, open since {since}). "
    "Only one painlog at a time can change a diary."
)

SUFFIX = ".lock"
UNREADABLE_GRACE = 30.0  # seconds a lock file may be unreadable (being written) before it counts as stale
START_SLACK = 2.0  # seconds: a process that started this much after the lock was taken is not its holder
TRIES = 3


@dataclass(frozen=True)
class Holder:
    """Who has a diary open, as its lock file says."""

    pid: int
    host: str
    since: datetime

    def words(self) -> str:
        return STARTING.format(**self.values()) if self.pid == 0 else RUNNING.format(**self.values())

    def values(self) -> dict[str, object]:
        """What the sentences about this holder name: its process, its computer, since when."""
        since = f"{self.since:%Y-%m-%d %H:%M:%S}" if self.pid == 0 else f"{self.since:%Y-%m-%d %H:%M}"
        return {"pid": self.pid, "host": self.host, "since": since}

    def same_host(self) -> bool:
        return self.host == socket.gethostname()


def lock_path(diary: Path) -> Path:
    """Beside the file itself, so two paths to one diary (a link and its target) share one lock."""
    real = diary.expanduser().resolve()
    return real.with_name(real.name + SUFFIX)


def read_holder(diary: Path) -> Holder | None:
    """The holder the lock file names; None if there is no lock file. An unreadable one names nobody (pid 0)."""
    path = lock_path(diary)
    try:
        text = path.read_text(encoding="utf-8")
        modified = datetime.fromtimestamp(path.stat().st_mtime)
    except FileNotFoundError:
        return None
    except OSError:
        return Holder(0, "", datetime.now())
    try:
        data = json.loads(text)
        return Holder(int(data["pid"]), str(data["host"]), datetime.fromisoformat(data["since"]))
    except (ValueError, KeyError, TypeError):
        return Holder(0, "", modified)


def is_stale(holder: Holder, *, now: datetime | None = None) -> bool:
    """Whether the lock can be taken over: its process is gone from this computer (or the file was left
    unreadable long ago). A lock from another computer is never stale: its process cannot be checked."""
    now = now or datetime.now()
    if holder.pid == 0:
        return (now - holder.since).total_seconds() > UNREADABLE_GRACE
    if not holder.same_host():
        return False
    return not process_alive(holder.pid, holder.since)


def held_elsewhere(diary: Path) -> Holder | None:
    """The holder of a live lock on the diary other than this process, else None."""
    holder = read_holder(diary)
    if holder is None or is_stale(holder) or (holder.pid == os.getpid() and holder.same_host()):
        return None
    return holder


def in_use(diary: Path, holder: Holder) -> DiaryInUseError:
    """What a command that writes says when it finds the diary open elsewhere."""
    values = {"diary": diary, "lock": lock_path(diary), **holder.values()}
    if holder.pid == 0:
        template = IN_USE_STARTING
    elif holder.same_host():
        template = IN_USE_HERE
    else:  # its process cannot be seen from here, so its lock never goes stale
        template = IN_USE_ELSEWHERE
    return DiaryInUseError(template, values=values)


def in_use_sentence(diary: Path, holder: Holder) -> str:
    """What the command line says when a command that writes finds the diary open elsewhere."""
    return str(in_use(diary, holder))


def open_elsewhere(diary: Path, holder: Holder) -> DiaryInUseError:
    """What the app says when it is started on a diary another painlog has open."""
    template = OPEN_ELSEWHERE_STARTING if holder.pid == 0 else OPEN_ELSEWHERE
    return DiaryInUseError(template, values={"diary": diary, **holder.values()})


class DiaryLock:
    """A lock this process holds; `release()` removes the file if it is still ours."""

    def __init__(self, diary: Path, text: str) -> None:
        self.path = lock_path(diary)
        self._text = text

    def release(self) -> None:
        with suppress(OSError):
            if self.path.read_text(encoding="utf-8") == self._text:
                self.path.unlink()

    def __enter__(self) -> DiaryLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(diary: Path) -> DiaryLock:
    """Take the diary's lock, taking over a stale one; DiaryInUseError naming the holder if it is held."""
    diary = Path(diary).expanduser()
    check_place(diary)
    text = json.dumps({"program": "painlog", "pid": os.getpid(), "host": socket.gethostname(),
                       "since": datetime.now().isoformat(timespec="seconds")})  # fmt: skip
    path = lock_path(diary)
    try:
        diary.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        for _ in range(TRIES):
            if _create(path, text):
                return DiaryLock(diary, text)
            holder = read_holder(diary)
            if holder is not None and not is_stale(holder):
                raise in_use(diary, holder)
            _take_over(path)
    except OSError as error:
        raise cannot_write_beside(diary, error) from error
    raise DiaryInUseError(
        QT_TR_NOOP("{diary} is being opened by another painlog right now; try again in a moment"),
        values={"diary": diary},
    )


def _create(path: Path, text: str) -> bool:
    """Write the lock complete under a private name and link it into place; False if a lock is there."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.{time.monotonic_ns()}")
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with open(fd, "w", encoding="utf-8") as file:
            file.write(text)
        try:
            os.link(partial, path)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links (FAT on a USB stick): create it exclusively
            return _create_exclusive(path, text)
        return True
    finally:
        partial.unlink(missing_ok=True)


def _create_exclusive(path: Path, text: str) -> bool:
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    with open(fd, "w", encoding="utf-8") as file:
        file.write(text)
    return True


def _take_over(path: Path) -> None:
    """Move a stale lock out of the way; if another painlog took it over meanwhile, put that one back."""
    try:
        seen = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return
    moved = path.with_name(f"{path.name}.stale.{os.getpid()}")
    try:
        os.replace(path, moved)
    except FileNotFoundError:
        return
    try:
        if moved.read_text(encoding="utf-8") != seen:
            with suppress(OSError):
                os.link(moved, path)
    finally:
        moved.unlink(missing_ok=True)


def process_alive(pid: int, since: datetime) -> bool:
    """Whether process `pid` on this computer is still the one that took the lock at `since`."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    started = _linux_start_time(pid)
    return started is None or started <= since.timestamp() + START_SLACK


def _linux_start_time(pid: int) -> float | None:
    """When process `pid` started (seconds since the epoch), where /proc says; None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        boot = next(line for line in Path("/proc/stat").read_text().splitlines() if line.startswith("btime"))
        return int(boot.split()[1]) + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(code.value == 259)  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def refuse_if_in_use(diary: Path) -> None:
    """Before a restore moves the diary aside: refuse while another painlog has it open (its lock file) or
    another program holds an SQLite lock on it, since either would go on writing to the file moved aside."""
    holder = held_elsewhere(diary)
    if holder is not None:
        raise in_use(diary, holder)
    if _sqlite_lock_held(diary):
        raise DiaryInUseError(
            QT_TR_NOOP(
                "{diary} is in use by another program, which has locked it, so painlog did not restore the backup. "
                "Close that program, then try again; nothing was changed"
            ),
            values={"diary": diary},
        )


def _sqlite_lock_held(diary: Path) -> bool:
    """Whether another connection holds a write lock on the diary (BEGIN IMMEDIATE cannot start at once)."""
    if not diary.is_file():
        return False
    try:
        conn = sqlite3.connect(f"{diary.resolve().as_uri()}?mode=rw", uri=True, timeout=0)
    except sqlite3.Error:
        return False
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.rollback()
    except sqlite3.OperationalError as error:
        return failure_of(error) is Failure.BUSY
    except sqlite3.Error:
        return False  # a damaged diary is what a restore is for
    finally:
        conn.close()
    return False


def instance_name(diary: Path) -> str:
    """The local socket a running painlog listens on for its diary: a hash of the diary's resolved path, so
    two paths to one file meet, and the name says nothing about where the diary is."""
    import hashlib

    return "painlog-" + hashlib.sha256(str(diary.expanduser().resolve()).encode()).hexdigest()[:24]
