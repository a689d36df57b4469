"""Consistent copies of a diary through SQLite's backup API (never a file copy of a live WAL database),
written the one safe way painlog writes every file (painlog.files)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from painlog.files import OWNER_ONLY, FileExistsRefusedError, FileWriteError, staged, write_file
from painlog.storage.errors import DiaryWriteError
from painlog.storage.failures import known_failure, sentence


def create_owner_only(path: Path) -> None:
    """Create an empty file only its owner can read, failing if it exists (so nothing is overwritten)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY)
    os.close(fd)


def backup_to(source: sqlite3.Connection, destination: Path, *, unique: bool = False, replace: bool = False) -> Path:
    """Write a consistent, checked copy of `source` to a new owner-only file; returns where it was put.

    `unique`: if the name is taken (two copies in the same second), the next free `-2`, `-3` … name is used;
    otherwise an existing file is refused unless `replace`. On any failure no partial file is left.
    """
    try:
        return write_file(destination, _copy_of(source), unique=unique, replace=replace, check=is_sound)
    except FileExistsRefusedError:
        raise  # the command line adds how to replace it
    except FileWriteError as error:
        raise DiaryWriteError(str(error)) from error
    except sqlite3.Error as error:
        raise DiaryWriteError(_sentence(error, destination)) from error


@contextmanager
def staged_copy(source: sqlite3.Connection, destination: Path) -> Iterator[Path]:
    """A checked copy of `source` under a temporary name beside `destination`, for the caller to place."""
    try:
        with staged(destination, _copy_of(source), check=is_sound, may_exist=True) as partial:
            yield partial
    except FileWriteError as error:
        raise DiaryWriteError(str(error)) from error
    except sqlite3.Error as error:
        raise DiaryWriteError(_sentence(error, destination)) from error


def is_sound(path: Path) -> bool:
    """SQLite's quick check of a written copy passes."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    finally:
        conn.close()


def _copy_of(source: sqlite3.Connection) -> Callable[[Path], None]:
    def fill(partial: Path) -> None:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, nothing beside it
        finally:
            target.close()

    return fill


def _sentence(error: sqlite3.Error, destination: Path) -> str:
    """Why the copy was not written; a bug (no failure of the disk or the files) is raised again as it is."""
    outcome = f"the copy {destination} was not written and nothing was changed"
    return sentence(known_failure(error), where=str(destination.parent), outcome=outcome)
