"""Opening a diary file: recognise it, refuse what is not ours, back up, migrate, and configure.

Every refusal leaves the file byte-for-byte as it was: nothing is written before the file is known to be a
painlog diary that this version understands.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from painlog.storage.backup import backup_to, create_owner_only
from painlog.storage.checkins import CheckinRepository
from painlog.storage.episodes import EpisodeRepository
from painlog.storage.errors import (
    DiaryDamagedError,
    DiaryTooNewError,
    DiaryUnwritableError,
    DiaryWriteError,
    NotADiaryError,
)
from painlog.storage.schema import DIARY_TABLES, KNOWN_MIGRATIONS, MIGRATIONS
from painlog.storage.writes import explain_write_error, write_transaction

SQLITE_HEADER = b"SQLite format 3\x00"


class Diary:
    """An open diary: one connection and the repositories that read and write it."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.checkins = CheckinRepository(db)
        self.episodes = EpisodeRepository(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Diary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def is_empty(self) -> bool:
        return not has_data(self.db)

    def transaction(self) -> AbstractContextManager[Database]:
        """Group several repository writes so they are committed together or not at all."""
        return write_transaction(self.db)

    def clear(self) -> None:
        """Delete every entry (children before parents, so foreign keys hold); the schema stays."""
        with self.transaction() as db:
            for table in reversed(DIARY_TABLES):
                db.execute(f"DELETE FROM [{table}]")


def open_diary(path: Path | str) -> Diary:
    """Open (creating if missing) the diary at `path`, migrated to this painlog's schema."""
    path = Path(path).expanduser()
    if not path.exists():
        _create(path)
    check_header(path)
    _check_writable(path)
    conn = sqlite3.connect(path, timeout=5)
    db = Database(conn)
    try:
        identify(db, path)
        _configure(db)
        _migrate(db, path)
    except sqlite3.DatabaseError as error:
        db.close()
        raise DiaryDamagedError(
            f"{path} is damaged ({error}). painlog left it unchanged; restore a backup."
        ) from error
    except BaseException:
        db.close()
        raise
    return Diary(db, path)


def has_data(db: Database) -> bool:
    present = set(db.table_names()) & set(DIARY_TABLES)
    return any(db.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone() for table in present)


def _create(path: Path) -> None:
    """Build a new diary under a temporary name and move it into place, so a crash leaves no half file."""
    fresh = path.with_name(path.name + ".new")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fresh.unlink(missing_ok=True)
        create_owner_only(fresh)
        with Database(sqlite3.connect(fresh)) as db:
            _configure(db)
            MIGRATIONS.apply(db)
        os.replace(fresh, path)
    except OSError as error:
        fresh.unlink(missing_ok=True)
        raise DiaryUnwritableError(
            f"painlog cannot create a diary at {path}: {error.strerror or error}."
        ) from error
    except sqlite3.Error as error:
        fresh.unlink(missing_ok=True)
        raise DiaryWriteError(
            f"painlog cannot create a diary at {path}: {explain_write_error(error)}"
        ) from error


def check_header(path: Path) -> None:
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except IsADirectoryError as error:
        raise NotADiaryError(f"{path} is a folder, not a painlog diary.") from error
    except OSError as error:
        raise DiaryUnwritableError(f"painlog cannot read {path}: {error.strerror or error}.") from error
    if not head:
        raise NotADiaryError(
            f"{path} is an empty file (0 bytes), not a painlog diary. painlog left it unchanged."
        )
    if head != SQLITE_HEADER:
        raise NotADiaryError(
            f"{path} is not a painlog diary (it is not an SQLite database). painlog left it unchanged."
        )


def _check_writable(path: Path) -> None:
    # WAL mode needs to create the -wal and -shm files beside the diary.
    for place in (path, path.parent):
        if not os.access(place, os.W_OK):
            raise DiaryUnwritableError(
                f"painlog cannot write to {place}: it is read-only. "
                "Copy the diary to a folder you can write to, or change its permissions."
            )


def identify(db: Database, path: Path) -> None:
    """Refuse a foreign SQLite file or one written by a newer painlog, before writing anything."""
    try:
        tables = set(db.table_names())
    except sqlite3.DatabaseError as error:
        raise DiaryDamagedError(
            f"{path} is damaged or not a database ({error}). painlog left it unchanged."
        ) from error
    if not tables:
        return  # a blank SQLite file becomes a new diary
    try:
        applied = {migration.name for migration in MIGRATIONS.applied(db)}
    except sqlite3.Error:
        applied = set()
    if not applied:
        raise NotADiaryError(
            f"{path} is not a painlog diary (it is an SQLite database of another program). "
            "painlog left it unchanged."
        )
    unknown = sorted(applied - set(KNOWN_MIGRATIONS))
    if unknown:
        raise DiaryTooNewError(
            f"{path} was written by a newer version of painlog (it has {', '.join(unknown)}). "
            "Update painlog to open it; this version left it unchanged."
        )


def _configure(db: Database) -> None:
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def _migrate(db: Database, path: Path) -> None:
    pending = MIGRATIONS.pending(db)
    if not pending:
        return
    if has_data(db):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_to(db.conn, path.with_name(f"{path.stem}.before-{pending[0].name}-{stamp}{path.suffix}"))
    try:
        MIGRATIONS.apply(db)
    except sqlite3.Error as error:
        raise DiaryWriteError(
            f"Updating {path} to this version of painlog failed: {explain_write_error(error)}"
        ) from error
