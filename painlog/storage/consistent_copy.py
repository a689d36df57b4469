"""Consistent copies of a diary through SQLite's backup API (never a file copy of a live WAL database),
written the one safe way painlog writes every file (painlog.files)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from painlog.domain.marks import QT_TR_NOOP
from painlog.files import OWNER_ONLY, FileExistsRefusedError, FileWriteError, staged, write_file
from painlog.storage.errors import DiaryWriteError
from painlog.storage.failures import Phrase, known_failure, words


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
        raise _not_written(error) from error
    except sqlite3.Error as error:
        raise _not_copied(error, destination) from error


@contextmanager
def staged_copy(source: sqlite3.Connection, destination: Path) -> Iterator[Path]:
    """A checked copy of `source` under a temporary name beside `destination`, for the caller to place."""
    try:
        with staged(destination, _copy_of(source), check=is_sound, may_exist=True) as partial:
            yield partial
    except FileWriteError as error:
        raise _not_written(error) from error
    except sqlite3.Error as error:
        raise _not_copied(error, destination) from error


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


def _not_written(error: FileWriteError) -> DiaryWriteError:
    """The file writer's refusal as the diary's: its sentence as it is, its template for the app's language."""
    refused = DiaryWriteError(str(error))
    refused.template, refused.values = error.template, error.values
    return refused


def _not_copied(error: sqlite3.Error, destination: Path) -> DiaryWriteError:
    """Why the copy was not written; a bug (no failure of the disk or the files) is raised again as it is."""
    outcome = Phrase(COPY_NOT_WRITTEN, {"copy": destination})
    template, values = words(known_failure(error), where=destination.parent, outcome=outcome)
    return DiaryWriteError(template, values=values)


COPY_NOT_WRITTEN = QT_TR_NOOP("the copy {copy} was not written and nothing was changed")
