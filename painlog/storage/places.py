"""Where a diary lives: links that lead nowhere, loops of links, and folders painlog cannot write to or that
are full, each said as what it is (never as a damaged diary)."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from painlog.domain.marks import QT_TR_NOOP
from painlog.storage.errors import DiaryError, DiaryLinkError, DiaryUnwritableError, DiaryWriteError
from painlog.storage.failures import Failure, failure_of, known_failure

ROOM_NEEDED = 1024 * 1024  # bytes free below which a failed write beside the diary is a full disk


def check_place(path: Path) -> None:
    """Refuse a path through a link whose target is missing (a drive not plugged in), or a loop of links,
    before anything could create a new diary there."""
    try:
        os.stat(path)
        return
    except FileNotFoundError:
        pass
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise DiaryLinkError(
                QT_TR_NOOP(
                    "{path} leads through a loop of links (a link that points, in the end, back to itself), so "
                    "there is no diary behind it. Point the link at the diary file, or choose another file with "
                    "--db; painlog changed nothing."
                ),
                values={"path": path},
            ) from error
        return  # other problems (a file where a folder should be) are said when the file is opened
    for place in (path, *path.parents):
        if place.is_symlink() and not place.exists():
            target = Path(os.path.normpath(place.parent / os.readlink(place)))
            raise DiaryLinkError(
                QT_TR_NOOP(
                    "{place} is a link to {target}, which is not there (is the drive plugged in?). painlog did not "
                    "create a new diary in its place; nothing was changed."
                ),
                values={"place": place, "target": target},
            )


def cannot_write_beside(path: Path, error: sqlite3.Error | OSError) -> DiaryError:
    """What stopped painlog writing the diary's working files (-wal, -shm) or the diary itself, as it is.

    An SQLite error that is no failure of the file or the drive is a bug, raised again as it is."""
    failure = failure_of(error) if isinstance(error, OSError) else known_failure(error)
    if failure is Failure.FULL or _free(path.parent) < ROOM_NEEDED:
        return DiaryWriteError(
            QT_TR_NOOP(
                "The disk that holds {path} is full, so painlog cannot write the diary. Free some space "
                "and open it again; nothing was changed."
            ),
            values={"path": path},
        )
    if failure is Failure.READ_ONLY or not _writable(path):
        return _read_only(path)
    reason = error.strerror if isinstance(error, OSError) and error.strerror else error  # never "[Errno 5]"
    return DiaryUnwritableError(
        QT_TR_NOOP(
            "painlog cannot write beside {path} ({reason}). Check that the drive is connected and writable, then "
            "try again; nothing was changed."
        ),
        values={"path": path, "reason": reason},
    )


def check_writable(path: Path) -> None:
    """WAL mode needs to write the -wal and -shm files beside the diary: refuse before writing anything."""
    if not _writable(path):
        raise _read_only(path)


def _read_only(path: Path) -> DiaryUnwritableError:
    return DiaryUnwritableError(
        QT_TR_NOOP(
            "painlog cannot write to {path} or its folder: it is read-only, or you lack permission. Copy the "
            "diary to a folder you can write to, or change its permissions; nothing was changed."
        ),
        values={"path": path},
    )


def _free(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return ROOM_NEEDED


def _writable(path: Path) -> bool:
    return all(os.access(place, os.W_OK) for place in (path, path.parent) if place.exists())
