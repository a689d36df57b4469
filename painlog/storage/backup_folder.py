"""The backups folder beside the diary (storage.consistent_copy makes each copy): daily automatic copies kept
as 7 daily and 8 weekly, copies by hand, and restoring one (after copying the current diary aside, so a restore
can itself be undone).

Every copy goes through SQLite's backup API, so it is consistent even while the app has the diary open.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from painlog.domain.marks import QT_TR_NOOP
from painlog.files import move_without_replacing, place
from painlog.storage.consistent_copy import backup_to, staged_copy
from painlog.storage.errors import DiaryDamagedError, DiaryError, DiaryWriteError
from painlog.storage.failures import known_failure
from painlog.storage.identity import check_header, identify

FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 8
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime
    kind: str  # daily (automatic), manual, before-restore
    number: int = 1  # the second copy made in the same second is "-2", and so on

    def entries(self) -> int | None:
        """Days recorded in the backup, read without changing it; None if it cannot be read."""
        try:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                return int(conn.execute("SELECT count(*) FROM checkins").fetchone()[0])
            finally:
                conn.close()
        except sqlite3.Error:
            return None


def folder_for(diary_path: Path) -> Path:
    return diary_path.parent / FOLDER


def _pattern(diary_path: Path) -> re.Pattern[str]:
    kinds = "daily|manual|before-restore"
    return re.compile(rf"^{re.escape(diary_path.stem)}-({kinds})-(\d{{8}}-\d{{6}})(?:-(\d+))?\.sqlite$")


def list_backups(diary_path: Path) -> list[BackupInfo]:
    """The diary's backups, newest first by the time in their names (files of other names are not touched)."""
    folder = folder_for(diary_path)
    if not folder.is_dir():
        return []
    found = []
    pattern = _pattern(diary_path)
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match:
            made = datetime.strptime(match.group(2), STAMP)
            found.append(BackupInfo(path, made, match.group(1), int(match.group(3) or 1)))
    return sorted(found, key=lambda b: (b.made, b.number), reverse=True)


def make_backup(conn: sqlite3.Connection, diary_path: Path, now: datetime, kind: str = "manual") -> Path:
    """A consistent, owner-only copy in the backups folder, never replacing another (a second copy in the
    same second is numbered); raises DiaryWriteError with a plain reason."""
    folder = _backup_folder(diary_path)
    return backup_to(conn, folder / f"{diary_path.stem}-{kind}-{now.strftime(STAMP)}.sqlite", unique=True)


def require_folder(diary_path: Path) -> None:
    """A backup or a restore needs the diary's folder; it is never made for them (a mistyped --db would be)."""
    if not diary_path.parent.is_dir():
        raise DiaryWriteError(
            QT_TR_NOOP(
                "The folder {folder} does not exist, so nothing was written; choose a diary in a folder that exists"
            ),
            values={"folder": diary_path.parent},
        )


def _backup_folder(diary_path: Path) -> Path:
    folder = folder_for(diary_path)
    require_folder(diary_path)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        raise DiaryWriteError(
            QT_TR_NOOP(
                "painlog could not make the backup folder {folder} ({reason}), so nothing was written; check that "
                "folder"
            ),
            values={"folder": folder, "reason": (error.strerror or str(error)).lower()},
        ) from error
    return folder


def auto_backup(conn: sqlite3.Connection, diary_path: Path, now: datetime) -> Path | None:
    """When no backup is less than a day old (or there is none), make one and prune old ones.

    A backup's age is `now` minus the time in its name. A backup stamped in the future (the clock was wrong
    when it was made, or is wrong now) has no age that can be trusted: it never counts as recent, so it
    never holds back the daily backup, and rotation never deletes it (see prune).
    """
    if any(timedelta(0) <= now - backup.made < timedelta(days=1) for backup in list_backups(diary_path)):
        return None
    made = make_backup(conn, diary_path, now, "daily")
    prune(diary_path, now)
    return made


def prune(diary_path: Path, now: datetime) -> list[Path]:
    """Keep the newest automatic backup of each of the last 7 days and of each of the last 8 weeks.

    Copies made by hand and the copies made before a restore are never deleted automatically, nor are
    copies stamped in the future: which clock was wrong cannot be told, so they wait until the clock
    passes their time and then rotate like the others.
    """
    daily = [b for b in list_backups(diary_path) if b.kind == "daily" and b.made <= now]
    keep: set[Path] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in daily:  # newest first: the first seen of each day and week is kept
        day = backup.made.date()
        week = day.isocalendar()[:2]
        if (now.date() - day).days < KEEP_DAILY and day not in days:
            days.add(day)
            keep.add(backup.path)
        if (now.date() - day).days < KEEP_WEEKLY * 7 and week not in weeks:
            weeks.add(week)
            keep.add(backup.path)
    removed = []
    for backup in daily:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def verify_backup(path: Path) -> None:
    """Refuse a file that is not a readable painlog diary of a schema this painlog knows (read-only)."""
    check_header(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        identify(conn, path)
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise _damaged(path, str(error)) from error
    finally:
        conn.close()
    if result != "ok":
        raise _damaged(path, result)


def _damaged(path: Path, found: str) -> DiaryDamagedError:
    return DiaryDamagedError(
        QT_TR_NOOP(
            "The backup {name} is damaged ({found}), so nothing was restored and your diary was not changed; "
            "choose another backup."
        ),
        values={"name": path.name, "found": found},
    )


def good_backups(diary_path: Path) -> list[BackupInfo]:
    """The backups that pass verify_backup, newest first: the ones worth offering after a failure."""
    return [backup for backup in list_backups(diary_path) if _is_good(backup.path)]


def newest_good_backup(diary_path: Path) -> BackupInfo | None:
    return next((backup for backup in list_backups(diary_path) if _is_good(backup.path)), None)


def _is_good(path: Path) -> bool:
    """Whether the backup passes verify_backup; a bug in checking it is raised, not taken for a bad backup."""
    try:
        verify_backup(path)
    except (DiaryError, OSError):
        return False
    except sqlite3.Error as error:
        known_failure(error)  # the file could not be opened or read: not a backup to offer
        return False
    return True


def restore(diary_path: Path, backup: Path, now: datetime) -> Path | None:
    """Put `backup` in place of the diary, which must be closed; returns where the previous diary was moved
    (None if there was none).

    The backup is checked, then copied with SQLite's backup API under a temporary name. Only then is the
    previous diary (damaged or not) moved aside into the backups folder under a name no other file has,
    never deleted, so a restore can itself be undone; then the copy takes its place. The caller opens the
    diary again (a backup of an older schema is migrated then).
    """
    verify_backup(backup)
    folder = _backup_folder(diary_path)
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with staged_copy(source, diary_path) as fresh:
            aside = _move_aside(diary_path, folder / f"{diary_path.stem}-before-restore-{now.strftime(STAMP)}.sqlite")
            try:
                place(fresh, diary_path)
            except OSError as error:
                if aside is not None:
                    _move_with_sides(aside, diary_path, unique=False)
                raise DiaryWriteError(
                    QT_TR_NOOP("Restoring {name} did not finish, so your diary was put back as it was: {error}"),
                    values={"name": backup.name, "error": error},
                ) from error
    finally:
        source.close()
    return aside


def _move_aside(diary_path: Path, aside: Path) -> Path | None:
    if not os.path.lexists(diary_path):
        return None
    try:
        return _move_with_sides(diary_path, aside, unique=True)
    except OSError as error:
        raise DiaryWriteError(
            QT_TR_NOOP(
                "Nothing was restored, because painlog could not first keep your diary aside in {folder}: {error}"
            ),
            values={"folder": aside.parent, "error": error},
        ) from error


def _move_with_sides(path: Path, target: Path, *, unique: bool) -> Path:
    """Move a closed diary and any -wal and -shm files beside it, never replacing a file."""
    moved = move_without_replacing(path, target, unique=unique)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            move_without_replacing(side, moved.with_name(moved.name + suffix))
    return moved


def newest_backup_hint(diary_path: Path) -> str:
    """A sentence pointing at the newest backup that passes the check, for messages about a diary that
    cannot be opened (a damaged backup is never suggested)."""
    newest = newest_good_backup(diary_path)
    if newest is None:
        return ""
    return (
        f" The newest backup that can be read is from {newest.made:%Y-%m-%d %H:%M}. To go back to it, open painlog and "
        f"choose to restore it, or run: painlog restore --db {diary_path} {newest.path}"
    )
