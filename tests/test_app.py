"""The composition root: where the diary is, and what the app does when it cannot open one."""

from pathlib import Path

import pytest

from painlog import app
from painlog.storage.diary import open_diary
from painlog.storage.errors import DiaryError
from painlog.ui import dialogs
from tests.damage import wreck_checkins_page


def test_db_option_wins_then_environment_then_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("PAINLOG_DB", str(tmp_path / "env.sqlite"))
    assert app.diary_path(str(tmp_path / "cli.sqlite")) == tmp_path / "cli.sqlite"
    assert app.diary_path(None) == tmp_path / "env.sqlite"
    monkeypatch.delenv("PAINLOG_DB")
    default = app.diary_path(None)
    assert default.name == "diary.sqlite" and "painlog" in default.parts


def test_the_app_explains_a_diary_it_cannot_open_and_changes_nothing(qapp, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    foreign = tmp_path / "letter.txt"
    foreign.write_text("Dear doctor")
    assert app.run_gui(Path(foreign)) == 1
    assert shown and "not a painlog diary" in shown[0][1]
    assert foreign.read_text() == "Dear doctor"


def test_the_app_opens_and_closes_on_a_diary(qapp, tmp_path):
    seen = []

    def close(window):
        seen.append(window.windowTitle())
        window.close()

    assert app.run_gui(tmp_path / "new.sqlite", after_show=close) == 0
    assert seen == ["new"]  # the diary's name; Qt adds " — painlog", the application's display name, once
    assert (tmp_path / "new.sqlite").exists()


def test_the_app_makes_the_daily_backup_once_its_window_is_up(qapp, monkeypatch, tmp_path):
    from PySide6.QtCore import QTimer

    from painlog.storage.backup_folder import list_backups

    monkeypatch.setattr(app, "AUTO_BACKUP_DELAY_MS", 10)
    path = tmp_path / "diary.sqlite"
    assert app.run_gui(path, after_show=lambda window: QTimer.singleShot(300, window.close)) == 0
    (backup,) = list_backups(path)
    assert backup.kind == "daily"


def open_choosing_the_first_backup(monkeypatch, path):
    """Open the damaged diary, choosing the first backup offered; the dates offered, and the session."""
    offered = []

    def choose_first(parent, problem, backups):
        offered.append([b.made for b in backups])
        return backups[0]

    monkeypatch.setattr(dialogs, "ask_restore_after_error", choose_first)
    return offered, app.open_session(path)


def test_a_diary_that_cannot_be_opened_offers_its_newest_backup(qapp, monkeypatch, tmp_path):
    from datetime import datetime

    path, data = damaged_diary_with_a_backup(tmp_path)
    offered, session = open_choosing_the_first_backup(monkeypatch, path)
    assert offered == [[datetime(2026, 11, 1, 8, 0)]]
    assert session.diary.checkins.count() == 27
    session.close()
    damaged = [p for p in (tmp_path / "backups").iterdir() if "before-restore" in p.name]
    assert damaged and damaged[0].read_bytes()[:100] == bytes(data)[:100]  # the damaged diary is kept, not deleted


def test_the_diary_opened_in_a_thread_while_qt_loads_is_used_from_the_gui_thread(tmp_path):
    from datetime import date

    from painlog.domain.checkin import CheckIn
    from painlog.opening import DiaryOpening

    session = DiaryOpening(tmp_path / "diary.sqlite").session()
    session.diary.checkins.save(CheckIn(date(2026, 11, 2), 4, 3, 3, 6))  # sqlite3 refuses this unless handed over
    assert session.diary.checkins.get(date(2026, 11, 2)).pain_avg == 4
    session.close()


def test_what_stopped_the_diary_opening_in_its_thread_reaches_the_person(qapp, monkeypatch, tmp_path):
    from painlog.opening import DiaryOpening

    path, _ = damaged_diary_with_a_backup(tmp_path)
    problems = []
    monkeypatch.setattr(dialogs, "ask_restore_after_error", lambda parent, problem, backups: problems.append(problem))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: problems.append(title))
    assert app.open_session(path, DiaryOpening(path)) is None  # the person chose not to restore
    assert "is damaged" in problems[0] and problems[1] == "painlog cannot open the diary"


def damaged_diary_with_a_backup(folder: Path) -> tuple[Path, bytes]:
    """27 days, a backup of 2026-11-01 08:00, then a wrecked page; returns the path and the damaged bytes."""
    from datetime import date, datetime

    from painlog.domain.checkin import CheckIn
    from painlog.storage.backup_folder import make_backup
    from painlog.storage.diary import open_diary

    path = folder / "diary.sqlite"
    with open_diary(path) as diary:
        for day in range(1, 28):
            diary.checkins.save(CheckIn(date(2026, 10, day), 5, 5, 5, 5, note="x" * 300))
        make_backup(diary.conn, path, datetime(2026, 11, 1, 8, 0))
    return path, wreck_checkins_page(path)


def test_a_corrupt_newest_backup_is_not_offered_and_an_older_good_one_is_restored(qapp, monkeypatch, tmp_path):
    import sqlite3
    from datetime import datetime

    from painlog.storage.backup_folder import make_backup

    (tmp_path / "other").mkdir()
    other, _ = damaged_diary_with_a_backup(tmp_path / "other")  # any diary with days, as the newest backup
    path, _ = damaged_diary_with_a_backup(tmp_path)
    copy = sqlite3.connect(other.with_name("backups") / "diary-manual-20261101-080000.sqlite")
    corrupt = make_backup(copy, path, datetime(2026, 11, 20, 8, 0))
    copy.close()
    wreck_checkins_page(corrupt)
    offered, session = open_choosing_the_first_backup(monkeypatch, path)
    assert offered == [[datetime(2026, 11, 1, 8, 0)]]  # the corrupt one of 11-20 was checked and left out
    assert session.diary.checkins.count() == 27
    session.close()


def test_the_person_chooses_among_the_checked_backups_by_date_and_days(qapp, monkeypatch, tmp_path, drive_dialog):
    from datetime import date, datetime

    from painlog.domain.checkin import CheckIn
    from painlog.storage.backup_folder import make_backup
    from painlog.storage.diary import open_diary
    from painlog.ui.restore_dialog import RestoreDialog

    path = tmp_path / "diary.sqlite"
    with open_diary(path) as diary:
        for day in range(1, 11):
            diary.checkins.save(CheckIn(date(2026, 10, day), 5, 5, 5, 5, note="x" * 300))
        make_backup(diary.conn, path, datetime(2026, 10, 10, 20, 0))  # 10 days
        for day in range(11, 28):
            diary.checkins.save(CheckIn(date(2026, 10, day), 5, 5, 5, 5, note="x" * 300))
        make_backup(diary.conn, path, datetime(2026, 11, 1, 8, 0), "daily")  # 27 days
    wreck_checkins_page(path)
    seen = {}

    def steps(dialog):
        seen["lines"] = [dialog.list.item(row).text() for row in range(dialog.list.count())]
        dialog.list.setCurrentRow(1)  # the older one
        dialog.accept()

    drive_dialog(RestoreDialog, steps)
    session = app.open_session(path)
    assert seen["lines"] == [
        "2026-11-01 08:00 · automatic · 27 days recorded",
        "2026-10-10 20:00 · made by hand · 10 days recorded",
    ]
    assert session.diary.checkins.count() == 10
    session.close()


def test_the_app_offers_its_backups_without_the_command_lines_advice(qapp, monkeypatch, tmp_path):
    """Inside the app the person chooses a backup in the dialog; `painlog restore …` is for the command line."""
    path, _ = damaged_diary_with_a_backup(tmp_path)
    said = []

    def decline(parent, problem, backups):
        said.append(problem)
        return None

    monkeypatch.setattr(dialogs, "ask_restore_after_error", decline)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: said.append(text))
    assert app.open_session(path) is None
    assert said and all("damaged" in text and "painlog restore" not in text for text in said)
    with pytest.raises(DiaryError, match="painlog restore --db"):  # the command line still says how
        open_diary(path)
