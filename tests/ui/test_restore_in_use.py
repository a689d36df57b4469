"""Restoring a backup while another program has the diary open is refused, and nothing changes: that program
would go on writing to the diary moved aside."""

from datetime import date

import pytest

from painlog import demo
from painlog.app import build_window
from painlog.domain.checkin import CheckIn
from painlog.session import DiarySession
from painlog.storage.backup_folder import list_backups
from painlog.storage.errors import DiaryInUseError
from painlog.ui import dialogs
from painlog.ui.file_actions import RestoreDialog
from tests.holder import HOLD_SQLITE_LOCK, OtherProgram


def files(folder) -> dict[str, bytes]:
    """The diary, its companions and its backups, byte for byte. Not compared: the lock file, the diary's -shm
    (SQLite's shared index, which any reader updates), and the empty -wal that listing a backup's entries for
    the restore dialog leaves beside it (backup_folder.py reads each backup with a read-only connection)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith((".lock", "-shm"))
            and not (p.parent.name == "backups" and p.name.endswith("-wal"))}  # fmt: skip


def test_restore_in_the_app_refuses_while_another_program_holds_an_sqlite_lock(
    diary_path, monkeypatch, drive_dialog, qtbot
):
    session = DiarySession(diary_path)
    demo.write(session.diary, demo.generate(days=10, seed=2))
    window = build_window(session)
    qtbot.addWidget(window)
    window.show()
    window.backup_action.trigger()
    session.diary.checkins.save(CheckIn(date.today(), 9, 9, 9, 1))
    shown = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text, action: True)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    drive_dialog(RestoreDialog, lambda dialog: dialog.accept())
    with OtherProgram(diary_path, HOLD_SQLITE_LOCK):
        before = files(diary_path.parent)
        window.restore_action.trigger()
        assert files(diary_path.parent) == before
    assert shown and "in use by another program" in shown[0] and "nothing was changed" in shown[0]
    assert window.isVisible()  # the window was not rebuilt over another diary
    assert [b.kind for b in list_backups(diary_path)] == ["manual"]  # nothing was moved aside
    assert session.diary.checkins.get(date.today()).pain_avg == 9  # and the diary is still open and whole
    session.diary.checkins.save(CheckIn(date.today(), 3, 3, 3, 7))
    window.close_without_asking()  # as the app does: the window closes before its session
    session.close()


def test_a_read_only_session_cannot_restore_while_the_other_painlog_has_the_diary(diary_path):
    from datetime import datetime

    from painlog.storage.backup_folder import make_backup

    session = DiarySession(diary_path)
    backup = make_backup(session.diary.conn, diary_path, datetime(2026, 11, 1, 8, 0))
    session.close()
    with OtherProgram(diary_path) as other:
        watching = DiarySession(diary_path, read_only=True)
        before = files(diary_path.parent)
        with pytest.raises(DiaryInUseError, match=f"process {other.pid}"):
            watching.restore(backup)
        assert files(diary_path.parent) == before
        watching.close()
