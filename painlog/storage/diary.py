"""Opening a diary file: recognise it, refuse what is not ours, back up, migrate, and configure.

Every refusal leaves the file byte-for-byte as it was: nothing is written before the file is known to be a
painlog diary that this version understands.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import AbstractContextManager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from painlog.domain.marks import QT_TR_NOOP
from painlog.storage.backup_folder import newest_backup_hint
from painlog.storage.checkins import CheckinRepository
from painlog.storage.consistent_copy import backup_to, create_owner_only
from painlog.storage.doses import DoseRepository
from painlog.storage.episodes import EpisodeRepository
from painlog.storage.errors import DiaryDamagedError, DiaryError, DiaryInUseError, DiaryWriteError
from painlog.storage.failures import Failure, known_failure
from painlog.storage.format import DIARY_TABLES, KNOWN_MIGRATIONS
from painlog.storage.identity import (
    IS_DAMAGED,
    applied_migrations,
    check_header,
    companion,
    identify,
    inspect,
    locked,
    table_names,
)
from painlog.storage.lock import held_elsewhere
from painlog.storage.places import cannot_write_beside, check_place, check_writable
from painlog.storage.therapies import TherapyRepository
from painlog.storage.writes import write_refused, write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

    from painlog.storage.procedure_diaries import ProcedureDiaryRepository
    from painlog.storage.questionnaires import ImpressionRepository, ScreenRepository
    from painlog.storage.settings import SettingsRepository
    from painlog.storage.side_effects import SideEffectRepository
    from painlog.storage.visits import GoalRepository, VisitRepository

__all__ = ["Diary", "applied_migrations", "check_header", "identify", "open_diary", "table_names"]
OPEN_TIMEOUT = 5.0  # seconds to wait for another program's lock before saying the diary is in use


class Diary:
    """An open diary: one connection and the repositories that read and write it."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
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
    def screens(self) -> ScreenRepository:
        from painlog.storage.questionnaires import ScreenRepository

        return ScreenRepository(self.conn)

    @cached_property
    def impressions(self) -> ImpressionRepository:
        from painlog.storage.questionnaires import ImpressionRepository

        return ImpressionRepository(self.conn)

    @cached_property
    def procedure_diaries(self) -> ProcedureDiaryRepository:
        from painlog.storage.procedure_diaries import ProcedureDiaryRepository

        return ProcedureDiaryRepository(self.conn)

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


def open_diary(path: Path | str, *, handed_over: bool = False, read_only: bool = False) -> Diary:
    """Open (creating if missing) the diary at `path`, migrated to this painlog's schema.

    The file is identified read-only first (see identity.py): nothing is written to a file painlog refuses,
    nor to its -wal and -shm. `handed_over`: opened in one thread and then used in another (never in two at
    once). `read_only`: another painlog has the diary open; read it, and refuse every write with a sentence.
    """
    path = Path(path).expanduser()
    check_place(path)
    if not path.exists() and not read_only:
        _create(path)
    try:
        applied = inspect(path, live=read_only or held_elsewhere(path) is not None)
    except DiaryDamagedError as error:
        if error.template:
            raise DiaryDamagedError(error.template, _hint(path), values=error.values) from error
        raise DiaryDamagedError(error.problem, _hint(path)) from error
    if read_only:
        return _open_read_only(path, applied, handed_over=handed_over)
    check_writable(path)
    conn = _connect(path, str(path.absolute()), handed_over=handed_over)  # never read as a "file:" address
    try:
        _configure(conn)
        pending = [name for name in KNOWN_MIGRATIONS if name not in applied]
        if pending:
            _migrate(conn, path, pending)
    except BaseException as error:
        conn.close()
        if isinstance(error, sqlite3.Error):
            raise _opening_failure(path, error) from error
        raise
    return Diary(conn, path)


def _opening_failure(path: Path, error: sqlite3.Error) -> DiaryError:
    """Why configuring or migrating the diary failed; a bug (no failure of the file or the drive) is raised."""
    failure = known_failure(error)
    if failure is Failure.BUSY:
        return locked(path)
    if failure is Failure.DAMAGED:  # damaged since it was checked a moment ago
        return DiaryDamagedError(IS_DAMAGED, _hint(path), values={"path": path, "error": error})
    return cannot_write_beside(path, error)


def _connect(path: Path, target: str, *, handed_over: bool, uri: bool = False) -> sqlite3.Connection:
    try:
        return sqlite3.connect(target, timeout=OPEN_TIMEOUT, check_same_thread=not handed_over, uri=uri)
    except sqlite3.Error as error:
        raise cannot_write_beside(path, error) from error


def _open_read_only(path: Path, applied: list[str], *, handed_over: bool) -> Diary:
    """A connection that cannot write: SQLite opens the file read-only, and query_only refuses writes."""
    if [name for name in KNOWN_MIGRATIONS if name not in applied]:
        raise DiaryInUseError(
            QT_TR_NOOP(
                "{path} is open in an older painlog and needs an update that only one painlog at a time can make. "
                "Close the other painlog, then open it again; nothing was changed."
            ),
            values={"path": path},
        )
    conn = _connect(path, f"{path.resolve().as_uri()}?mode=ro", handed_over=handed_over, uri=True)
    conn.execute("PRAGMA query_only = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(OPEN_TIMEOUT * 1000)}")
    return Diary(conn, path, read_only=True)


def _hint(path: Path) -> str:
    """How to recover a diary that cannot be opened: the newest good backup, else a copy kept elsewhere."""
    return newest_backup_hint(path) or (
        f" If you have a copy of the diary elsewhere, put it back with: painlog restore --db {path} COPY"
    )


def has_data(conn: sqlite3.Connection) -> bool:
    present = table_names(conn) & set(DIARY_TABLES)
    return any(conn.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone() for table in present)


def _create(path: Path) -> None:
    """Build a new diary under a temporary name and move it into place, so a crash leaves no half file."""
    fresh = path.with_name(path.name + ".new")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _remove_with_companions(fresh)
        create_owner_only(fresh)
        from painlog.storage.schema import apply_migrations

        conn = sqlite3.connect(fresh.absolute())  # a relative "file:…" name is a name, not an address
        try:
            _configure(conn)
            apply_migrations(conn)
        finally:
            conn.close()
        if companion(fresh, "-wal").exists():  # closing could not copy it all into the file (a full disk)
            raise OSError(errno.EIO, "the new diary could not be completed")
        os.replace(fresh, path)
    except (OSError, sqlite3.Error) as error:
        _remove_with_companions(fresh)
        raise cannot_write_beside(path, error) from error


def _remove_with_companions(path: Path) -> None:
    for name in (path, companion(path, "-wal"), companion(path, "-shm")):
        name.unlink(missing_ok=True)


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(OPEN_TIMEOUT * 1000)}")
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
            QT_TR_NOOP("Updating {path} to this version of painlog failed: {why}"),
            values={"path": path, "why": write_refused(error)},
        ) from error
