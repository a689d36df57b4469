"""Opening a diary file: recognise it, refuse what is not ours, back up, migrate, and configure.

Every refusal leaves the file byte-for-byte as it was: nothing is written before the file is known to be a
painlog diary that this version understands.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import AbstractContextManager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from painlog.storage.backup import backup_to, create_owner_only
from painlog.storage.checkins import CheckinRepository
from painlog.storage.doses import DoseRepository
from painlog.storage.episodes import EpisodeRepository
from painlog.storage.errors import (
    DiaryDamagedError,
    DiaryLockedError,
    DiaryTooNewError,
    DiaryUnwritableError,
    DiaryWriteError,
    NotADiaryError,
)
from painlog.storage.format import DIARY_TABLES, KNOWN_MIGRATIONS, MIGRATION_SET
from painlog.storage.therapies import TherapyRepository
from painlog.storage.writes import explain_write_error, write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

    from painlog.storage.settings import SettingsRepository
    from painlog.storage.side_effects import SideEffectRepository
    from painlog.storage.visits import GoalRepository, VisitRepository

SQLITE_HEADER = b"SQLite format 3\x00"
OPEN_TIMEOUT = 5.0  # seconds to wait for another program's lock before saying the diary is in use


class Diary:
    """An open diary: one connection and the repositories that read and write it."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.checkins = CheckinRepository(conn)
        self.episodes = EpisodeRepository(conn)
        self.therapies = TherapyRepository(conn)
        self.doses = DoseRepository(conn)

    # The repositories the first window does not need are made (and their modules imported) on first use.

    @cached_property
    def side_effects(self) -> SideEffectRepository:
        from painlog.storage.side_effects import SideEffectRepository

        return SideEffectRepository(self.conn)

    @cached_property
    def visits(self) -> VisitRepository:
        from painlog.storage.visits import VisitRepository

        return VisitRepository(self.conn)

    @cached_property
    def goals(self) -> GoalRepository:
        from painlog.storage.visits import GoalRepository

        return GoalRepository(self.conn)

    @cached_property
    def settings(self) -> SettingsRepository:
        from painlog.storage.settings import SettingsRepository

        return SettingsRepository(self.conn)

    @cached_property
    def db(self) -> Database:
        """The same connection as a sqlite-utils Database, for tools (check, export) and tests."""
        from sqlite_utils import Database

        return Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Diary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def is_empty(self) -> bool:
        return not has_data(self.conn)

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """Group several repository writes so they are committed together or not at all."""
        return write_transaction(self.conn)

    def clear(self) -> None:
        """Delete every entry (children before parents, so foreign keys hold); the schema stays."""
        with self.transaction() as conn:
            for table in reversed(DIARY_TABLES):
                conn.execute(f"DELETE FROM [{table}]")


def open_diary(path: Path | str, *, handed_over: bool = False) -> Diary:
    """Open (creating if missing) the diary at `path`, migrated to this painlog's schema.

    `handed_over`: opened in one thread and then used in another (never in two at once).
    """
    path = Path(path).expanduser()
    if not path.exists():
        _create(path)
    check_header(path)
    _check_writable(path)
    conn = sqlite3.connect(path, timeout=OPEN_TIMEOUT, check_same_thread=not handed_over)
    try:
        applied = identify(conn, path)
        _quick_check(conn, path)
        _configure(conn)
        pending = [name for name in KNOWN_MIGRATIONS if name not in applied]
        if pending:
            _migrate(conn, path, pending)
    except sqlite3.OperationalError as error:
        conn.close()
        if _is_lock(error):
            raise _locked(path) from error
        raise DiaryDamagedError(f"{path} cannot be read ({error}). painlog left it unchanged." + _hint(path)) from error
    except sqlite3.DatabaseError as error:
        conn.close()
        raise DiaryDamagedError(f"{path} is damaged ({error}). painlog left it unchanged." + _hint(path)) from error
    except BaseException:
        conn.close()
        raise
    return Diary(conn, path)


def _is_lock(error: sqlite3.Error) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def _locked(path: Path) -> DiaryLockedError:
    return DiaryLockedError(
        f"{path} is in use by another program, which has locked it. Close that program (or the other painlog "
        "window) and try again; the diary was not changed."
    )


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's quick integrity check, before anything is written to the file."""
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise DiaryDamagedError(
            f"{path} is damaged (SQLite's check found: {result}). painlog left it unchanged." + _hint(path)
        )


def _hint(path: Path) -> str:
    from painlog.storage.backups import newest_backup_hint

    return newest_backup_hint(path)


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def has_data(conn: sqlite3.Connection) -> bool:
    present = table_names(conn) & set(DIARY_TABLES)
    return any(conn.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone() for table in present)


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """The painlog migrations recorded in the file, in the order they ran."""
    if "_sqlite_migrations" not in table_names(conn):
        return []
    rows = conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])
    return [row[0] for row in rows]


def _create(path: Path) -> None:
    """Build a new diary under a temporary name and move it into place, so a crash leaves no half file."""
    fresh = path.with_name(path.name + ".new")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fresh.unlink(missing_ok=True)
        create_owner_only(fresh)
        from painlog.storage.schema import apply_migrations

        conn = sqlite3.connect(fresh)
        try:
            _configure(conn)
            apply_migrations(conn)
        finally:
            conn.close()
        os.replace(fresh, path)
    except OSError as error:
        fresh.unlink(missing_ok=True)
        raise DiaryUnwritableError(f"painlog cannot create a diary at {path}: {error.strerror or error}.") from error
    except sqlite3.Error as error:
        fresh.unlink(missing_ok=True)
        raise DiaryWriteError(f"painlog cannot create a diary at {path}: {explain_write_error(error)}") from error


def check_header(path: Path) -> None:
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except IsADirectoryError as error:
        raise NotADiaryError(f"{path} is a folder, not a painlog diary.") from error
    except OSError as error:
        raise DiaryUnwritableError(f"painlog cannot read {path}: {error.strerror or error}.") from error
    if not head:
        raise NotADiaryError(f"{path} is an empty file (0 bytes), not a painlog diary. painlog left it unchanged.")
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


def identify(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Refuse a foreign SQLite file or one written by a newer painlog, before writing anything.

    Returns the migrations already applied (none for a blank SQLite file, which becomes a new diary).
    """
    try:
        tables = table_names(conn)
    except sqlite3.OperationalError as error:
        if _is_lock(error):
            raise _locked(path) from error
        raise DiaryDamagedError(f"{path} is damaged or not a database ({error}). painlog left it unchanged.") from error
    except sqlite3.DatabaseError as error:
        raise DiaryDamagedError(f"{path} is damaged or not a database ({error}). painlog left it unchanged.") from error
    if not tables:
        return []
    try:
        applied = applied_migrations(conn)
    except sqlite3.Error:
        applied = []
    if not applied:
        raise NotADiaryError(
            f"{path} is not a painlog diary (it is an SQLite database of another program). painlog left it unchanged."
        )
    unknown = sorted(set(applied) - set(KNOWN_MIGRATIONS))
    if unknown:
        raise DiaryTooNewError(
            f"{path} was written by a newer version of painlog (it has {', '.join(unknown)}). "
            "Update painlog to open it; this version left it unchanged."
        )
    return applied


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def _migrate(conn: sqlite3.Connection, path: Path, pending: list[str]) -> None:
    from painlog.storage.schema import apply_migrations

    if has_data(conn):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_to(conn, path.with_name(f"{path.stem}.before-{pending[0]}-{stamp}{path.suffix}"), unique=True)
    try:
        apply_migrations(conn)
    except sqlite3.Error as error:
        raise DiaryWriteError(
            f"Updating {path} to this version of painlog failed: {explain_write_error(error)}"
        ) from error
