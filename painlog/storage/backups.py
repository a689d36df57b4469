"""Backups beside the diary: daily automatic copies kept as 7 daily and 8 weekly, copies by hand, and
restoring one (after copying the current diary aside, so a restore can itself be undone).

Every copy goes through SQLite's backup API, so it is consistent even while the app has the diary open.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from painlog.storage.backup import backup_to
from painlog.storage.diary import check_header, identify
from painlog.storage.errors import DiaryDamagedError, DiaryWriteError

FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 8
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime
    kind: str  # daily (automatic), manual, before-restore

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
    return re.compile(rf"^{re.escape(diary_path.stem)}-(daily|manual|before-restore)-(\d{{8}}-\d{{6}})\.sqlite$")


def list_backups(diary_path: Path) -> list[BackupInfo]:
    """The diary's backups, newest first (files of other names in the folder are not touched)."""
    folder = folder_for(diary_path)
    if not folder.is_dir():
        return []
    found = []
    pattern = _pattern(diary_path)
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match:
            found.append(BackupInfo(path, datetime.strptime(match.group(2), STAMP), match.group(1)))
    return sorted(found, key=lambda b: b.made, reverse=True)


def make_backup(conn: sqlite3.Connection, diary_path: Path, now: datetime, kind: str = "manual") -> Path:
    """A consistent, owner-only copy in the backups folder; raises DiaryWriteError with a plain reason."""
    folder = folder_for(diary_path)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        raise DiaryWriteError(f"Could not create the backup folder {folder}: {error.strerror or error}.") from error
    return backup_to(conn, folder / f"{diary_path.stem}-{kind}-{now.strftime(STAMP)}.sqlite")


def auto_backup(conn: sqlite3.Connection, diary_path: Path, now: datetime) -> Path | None:
    """When the newest backup is more than a day old (or there is none), make one and prune old ones."""
    newest = next(iter(list_backups(diary_path)), None)
    if newest is not None and now - newest.made < timedelta(days=1):
        return None
    made = make_backup(conn, diary_path, now, "daily")
    prune(diary_path, now)
    return made


def prune(diary_path: Path, now: datetime) -> list[Path]:
    """Keep the newest automatic backup of each of the last 7 days and of each of the last 8 weeks.

    Copies made by hand and the copies made before a restore are never deleted automatically.
    """
    daily = [b for b in list_backups(diary_path) if b.kind == "daily"]
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
    """Refuse a file that is not a readable painlog diary of a schema this painlog knows."""
    check_header(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        identify(conn, path)
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise DiaryDamagedError(f"The backup {path.name} is damaged ({error}); choose another one.") from error
    finally:
        conn.close()
    if result != "ok":
        raise DiaryDamagedError(f"The backup {path.name} is damaged ({result}); choose another one.")


def restore(diary_path: Path, backup: Path, now: datetime) -> Path:
    """Put `backup` in place of the diary, which must be closed; returns where the previous diary was moved.

    The previous diary (damaged or not) is moved aside into the backups folder, never deleted, so a restore
    can itself be undone. The backup is copied with SQLite's backup API under a temporary name, then moved
    into place. The caller opens the diary again (a backup of an older schema is migrated then).
    """
    verify_backup(backup)
    folder = folder_for(diary_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    aside = folder / f"{diary_path.stem}-before-restore-{now.strftime(STAMP)}.sqlite"
    fresh = diary_path.with_name(diary_path.name + ".restoring")
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        backup_to(source, fresh)
    finally:
        source.close()
    try:
        if diary_path.exists():
            diary_path.replace(aside)
            for suffix in ("-wal", "-shm"):
                side = diary_path.with_name(diary_path.name + suffix)
                if side.exists():
                    side.replace(aside.with_name(aside.name + suffix))
        fresh.replace(diary_path)
    except OSError as error:
        fresh.unlink(missing_ok=True)
        raise DiaryWriteError(f"Restoring {backup.name} failed: {error.strerror or error}.") from error
    return aside


def newest_backup_hint(diary_path: Path) -> str:
    """A sentence pointing at the newest backup, for error messages about a diary that cannot be opened."""
    newest = next(iter(list_backups(diary_path)), None)
    if newest is None:
        return ""
    return (
        f" The newest backup is from {newest.made:%Y-%m-%d %H:%M}. To go back to it, open painlog and choose "
        f"to restore it, or run: painlog restore --db {diary_path} {newest.path}"
    )
