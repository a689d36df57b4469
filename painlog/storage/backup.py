"""Consistent copies of a diary through SQLite's backup API (never a file copy of a live WAL database)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from painlog.storage.errors import DiaryWriteError

OWNER_ONLY = 0o600


def create_owner_only(path: Path) -> None:
    """Create an empty file only its owner can read, failing if it exists (so nothing is overwritten)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY)
    os.close(fd)


def backup_to(source: sqlite3.Connection, destination: Path) -> Path:
    """Write a consistent copy of `source` to a new owner-only file; on any failure leave no partial file."""
    partial = destination.with_name(destination.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        create_owner_only(partial)
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            target.close()
        os.replace(partial, destination)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise DiaryWriteError(f"Could not write the backup {destination}: {_reason(error)}") from error
    return destination


def _reason(error: BaseException) -> str:
    text = str(error)
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror
    if "full" in text.lower():
        return "the disk is full."
    return text.rstrip(".") + "."
