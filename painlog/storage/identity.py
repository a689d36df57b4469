"""What a file is, found out read-only before anything may write to it: its header, whose database it is,
which painlog wrote it, SQLite's quick check, and whether the -wal file beside it belongs to it.

Nothing here opens the file for writing. SQLite applies a -wal beside a database to it, whatever database the
-wal came from, and the first connection that can write checkpoints it into the file; so a -wal is judged on a
copy (in a private temporary folder) unless another painlog is using the diary right now.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from painlog.domain.marks import QT_TR_NOOP
from painlog.storage.errors import (
    DiaryDamagedError,
    DiaryError,
    DiaryLockedError,
    DiaryTooNewError,
    DiaryUnwritableError,
    NotADiaryError,
    StrayWalError,
)
from painlog.storage.failures import Failure, known_failure
from painlog.storage.format import KNOWN_MIGRATIONS, MIGRATION_SET

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm")
SHOWN_PROBLEM = 90  # characters of SQLite's first finding quoted in a message
SNAPSHOT_TRIES = 3
QUICK_CHECK_LIMIT = 100  # SQLite's quick_check stops after this many findings


def companion(path: Path, suffix: str) -> Path:
    """The -wal or -shm file SQLite keeps beside `path`."""
    return path.with_name(path.name + suffix)


def inspect(path: Path, *, live: bool = False) -> list[str]:
    """Header, identity and quick check, read-only; returns the painlog migrations the file has (none for a
    blank SQLite file). Raises a DiaryError saying why painlog must not open it; the files are left as they were.

    `live`: another painlog has the diary open, so its -wal is in use and is its own.
    """
    check_header(path)
    wal = companion(path, "-wal")
    if live or not _has_content(wal):
        return _examine(reading_uri(path, live=live), path)
    return _examine_with_wal(path, wal)


def reading_uri(path: Path, *, live: bool) -> str:
    """How to read the diary without writing to it: with SQLite's shared index when its -wal is in use (or
    has content, once inspect() found it is the diary's own), else the file alone, touching nothing beside it."""
    if live or _has_content(companion(path, "-wal")):
        return f"{_uri(path)}?mode=ro"
    return f"{_uri(path)}?immutable=1"


def _examine_with_wal(path: Path, wal: Path) -> list[str]:
    """The file as SQLite would read it with its -wal, judged on a copy of both; the main file alone tells
    whether a refusal is the -wal's fault."""
    with tempfile.TemporaryDirectory(prefix="painlog-") as folder:
        try:
            copy = _snapshot(path, wal, Path(folder) / "diary.sqlite")
        except FileNotFoundError:  # the program that used it closed and removed its -wal meanwhile
            return _examine(reading_uri(path, live=False), path)
        if copy is None:  # written to while copied: some program is using the file and its -wal right now
            return _examine(f"{_uri(path)}?mode=ro", path)
        try:
            return _examine(_uri(copy), path)
        except (NotADiaryError, DiaryDamagedError) as with_wal:
            try:
                alone = _examine(f"{_uri(path)}?immutable=1", path)
            except DiaryError:
                alone = []
            if not alone:  # the file alone is no painlog diary either: the -wal may well be its own
                raise
            shm = companion(path, "-shm")
            names = wal.name + (f" and {shm.name}" if shm.exists() else "")
            stray = STRAY_DAMAGED if isinstance(with_wal, DiaryDamagedError) else STRAY_FOREIGN
            raise StrayWalError(stray, values={"path": path, "wal": wal.name, "names": names}) from with_wal


STRAY_DAMAGED = QT_TR_NOOP(
    "{path} is a painlog diary, but the file {wal} beside it belongs to another database (with it, SQLite reads "
    "the diary as damaged). Move {names} to another folder, then open the diary again; painlog left all of them "
    "unchanged."
)
STRAY_FOREIGN = QT_TR_NOOP(
    "{path} is a painlog diary, but the file {wal} beside it belongs to another database (with it, SQLite reads "
    "the diary as another program's database). Move {names} to another folder, then open the diary again; "
    "painlog left all of them unchanged."
)
CANNOT_READ = QT_TR_NOOP("painlog cannot read {path}: {reason}.")


def _snapshot(path: Path, wal: Path, copy: Path) -> Path | None:
    """Copy the -wal, then the file; None if either changed meanwhile, each of SNAPSHOT_TRIES times."""
    for _ in range(SNAPSHOT_TRIES):
        before = _stamps(path, wal)
        try:
            shutil.copyfile(wal, companion(copy, "-wal"))
            shutil.copyfile(path, copy)
        except FileNotFoundError:
            raise
        except OSError as error:
            raise DiaryUnwritableError(CANNOT_READ, values={"path": path, "reason": error.strerror or error}) from error
        if _stamps(path, wal) == before:
            return copy
    return None


def _stamps(*paths: Path) -> list[tuple[int, int]]:
    found = []
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            found.append((-1, -1))
        else:
            found.append((info.st_size, info.st_mtime_ns))
    return found


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _uri(path: Path) -> str:
    return path.resolve().as_uri()


def _examine(uri: str, shown: Path) -> list[str]:
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise DiaryUnwritableError(
            QT_TR_NOOP("painlog cannot read {path} ({reason}); painlog left it unchanged."),
            values={"path": shown, "reason": error},
        ) from error
    try:
        applied = identify(conn, shown)
        quick_check(conn, shown)
        return applied
    except sqlite3.DatabaseError as error:
        unreadable = isinstance(error, sqlite3.OperationalError)
        raise reading_error(error, shown, CANNOT_BE_READ if unreadable else IS_DAMAGED) from error
    finally:
        conn.close()


CANNOT_BE_READ = QT_TR_NOOP("{path} cannot be read ({error}). painlog left it unchanged.")
IS_DAMAGED = QT_TR_NOOP("{path} is damaged ({error}). painlog left it unchanged.")
DAMAGED_OR_NO_DATABASE = QT_TR_NOOP("{path} is damaged or not a database ({error}). painlog left it unchanged.")


def reading_error(error: sqlite3.DatabaseError, path: Path, what: str) -> DiaryError:
    """A failed read said as what it is: another program's lock, or `what` the file is (IS_DAMAGED, a template
    with {path} and {error}).

    An error that is no failure of the file or the drive is a bug, raised again as it is."""
    if known_failure(error) is Failure.BUSY:
        return locked(path)
    return DiaryDamagedError(what, values={"path": path, "error": error})


def locked(path: Path) -> DiaryLockedError:
    return DiaryLockedError(
        QT_TR_NOOP(
            "{path} is in use by another program, which has locked it. Close that program (or the other painlog "
            "window) and try again; the diary was not changed."
        ),
        values={"path": path},
    )


def check_header(path: Path) -> None:
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except IsADirectoryError as error:
        raise NotADiaryError(QT_TR_NOOP("{path} is a folder, not a painlog diary."), values={"path": path}) from error
    except OSError as error:
        raise DiaryUnwritableError(CANNOT_READ, values={"path": path, "reason": error.strerror or error}) from error
    if not head:
        raise NotADiaryError(
            QT_TR_NOOP("{path} is an empty file (0 bytes), not a painlog diary. painlog left it unchanged."),
            values={"path": path},
        )
    if head != SQLITE_HEADER:
        raise NotADiaryError(
            QT_TR_NOOP("{path} is not a painlog diary (it is not an SQLite database). painlog left it unchanged."),
            values={"path": path},
        )


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """The painlog migrations recorded in the file, in the order they ran."""
    if "_sqlite_migrations" not in table_names(conn):
        return []
    rows = conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])
    return [row[0] for row in rows]


def identify(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Refuse a foreign SQLite file or one written by a newer painlog, before writing anything.

    Returns the migrations already applied (none for a blank SQLite file, which becomes a new diary).
    """
    try:
        tables = table_names(conn)
    except sqlite3.DatabaseError as error:
        raise reading_error(error, path, DAMAGED_OR_NO_DATABASE) from error
    if not tables:
        return []
    try:
        applied = applied_migrations(conn)
    except sqlite3.Error:
        applied = []
    if not applied:
        raise NotADiaryError(
            QT_TR_NOOP(
                "{path} is not a painlog diary (it is an SQLite database of another program). painlog left it "
                "unchanged."
            ),
            values={"path": path},
        )
    unknown = sorted(set(applied) - set(KNOWN_MIGRATIONS))
    if unknown:
        raise DiaryTooNewError(
            QT_TR_NOOP(
                "{path} was written by a newer version of painlog (it has {unknown}). Update painlog to open it; "
                "this version left it unchanged."
            ),
            values={"path": path, "unknown": ", ".join(unknown)},
        )
    return applied


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's quick integrity check; a damaged file is refused in one sentence."""
    findings = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if findings != ["ok"]:
        raise DiaryDamagedError(
            QT_TR_NOOP("{path} is damaged: {findings}. painlog left it unchanged."),
            values={"path": path, "findings": damage_summary(findings)},
        )


def damage_summary(findings: list[str]) -> str:
    """SQLite's findings (rows that may each hold several lines) as: how many, and the first one, shortened."""
    lines = [line.strip() for row in findings for line in str(row).splitlines()]
    problems = [line for line in lines if line and not line.startswith("***")]
    if not problems:
        return "SQLite's check found a problem"
    first = problems[0] if len(problems[0]) <= SHOWN_PROBLEM else problems[0][: SHOWN_PROBLEM - 1].rstrip() + "…"
    count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
    if len(findings) >= QUICK_CHECK_LIMIT:
        count = f"at least {QUICK_CHECK_LIMIT} problems"
    return f"SQLite's check found {count}, the first: “{first.rstrip('.')}”"
