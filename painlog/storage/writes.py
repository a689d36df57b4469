"""One way to write: a transaction whose failures become plain sentences, and nothing half-kept."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from painlog.storage.errors import DiaryWriteError


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """Commit everything in the block or nothing; committed means on disk (synchronous=FULL)."""
    try:
        with db.atomic():
            yield db
    except sqlite3.Error as error:
        raise DiaryWriteError(explain_write_error(error)) from error


def explain_write_error(error: sqlite3.Error) -> str:
    text = str(error).lower()
    if "full" in text:
        return "The disk is full, so nothing was saved. Free some space and save again."
    if "readonly" in text or "read-only" in text:
        return "The diary file is read-only, so nothing was saved. Check the file's permissions."
    if "locked" in text or "busy" in text:
        return "The diary is busy in another painlog window; nothing was saved. Try again in a moment."
    if isinstance(error, sqlite3.IntegrityError):
        return f"The diary refused this entry ({error}); nothing was saved."
    return f"Saving failed ({error}); nothing was saved."
