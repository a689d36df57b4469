"""The File menu as a person uses it: back up, export, import with a preview, restore a backup."""

import json
import stat
from datetime import date, timedelta

import pytest

from painlog import demo
from painlog.domain.checkin import CheckIn
from painlog.storage.backup_folder import list_backups
from painlog.ui import dialogs
from painlog.ui.file_actions import ImportDialog, RestoreDialog
from tests.ui.conftest import click

TODAY = date.today()


@pytest.fixture
def filled(diary, window):
    demo.write(diary, demo.generate(days=30, seed=5))
    window.today_page.refresh()
    return diary


def test_back_up_now_and_export_every_format(window, filled, diary_path, tmp_path, monkeypatch):
    window.backup_action.trigger()
    (backup,) = list_backups(diary_path)
    assert "Backup made" in window.statusBar().currentMessage()
    for kind, name in (("json", "e"), ("csv", "e.zip"), ("fhir", "f.json")):
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *args, n=name: str(tmp_path / n))
        window.export_actions[kind].trigger()
    assert json.loads((tmp_path / "e.json").read_text())["format"] == "painlog-export"
    assert (tmp_path / "e.zip").stat().st_size > 1000
    assert json.loads((tmp_path / "f.json").read_text())["resourceType"] == "Bundle"


def test_an_export_that_cannot_be_written_says_why(window, filled, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(tmp_path / "missing" / "e.json"))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    window.export_actions["json"].trigger()
    assert shown and "does not exist" in shown[0]


def test_import_shows_a_preview_and_adds_the_rows(window, filled, tmp_path, monkeypatch, drive_dialog, qtbot):
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(tmp_path / "e.json"))
    window.export_actions["json"].trigger()
    filled.checkins.delete(TODAY - timedelta(days=1))
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: str(tmp_path / "e.json"))
    seen = {}

    def steps(dialog):
        from PySide6.QtWidgets import QLabel

        seen["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        click(qtbot, dialog.replace)
        dialog.accept()

    drive_dialog(ImportDialog, steps)
    window.import_action.trigger()
    assert "days" in seen["text"] and "already in your diary" in seen["text"]
    assert filled.checkins.get(TODAY - timedelta(days=1)) is not None
    assert "Imported" in window.statusBar().currentMessage()


def test_restore_a_backup_rebuilds_the_window_over_the_restored_diary(diary_path, monkeypatch, drive_dialog, qtbot):
    from PySide6.QtWidgets import QApplication

    from painlog.app import build_window
    from painlog.session import DiarySession

    session = DiarySession(diary_path)
    demo.write(session.diary, demo.generate(days=10, seed=2))
    window = build_window(session)
    window.show()
    window.backup_action.trigger()
    session.diary.checkins.save(CheckIn(TODAY, 9, 9, 9, 1))
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text, action: True)
    drive_dialog(RestoreDialog, lambda dialog: dialog.accept())
    window.restore_action.trigger()
    assert not window.isVisible()  # the old window closed without asking
    (fresh,) = [w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "rebuild_requested")]
    assert "Restored the backup" in fresh.statusBar().currentMessage()
    assert session.diary.checkins.get(TODAY) is None  # the restored diary, without today's entry
    kept = [b for b in list_backups(diary_path) if b.kind == "before-restore"]
    assert kept and kept[0].entries() == session.diary.checkins.count() + 1
    fresh.close_without_asking()
    session.close()


def test_no_network_connection_is_opened_during_a_full_session(window, filled, qtbot, monkeypatch, tmp_path):
    import socket

    attempts = []

    def refuse(self, address):
        attempts.append(address)
        raise OSError("painlog must not open network connections")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    for page in (window.history_page, window.trends_page, window.therapies_page, window.visits_page, window.today_page):
        window.show_page(page)
        qtbot.wait(10)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(tmp_path / "s.json"))
    window.export_actions["fhir"].trigger()
    window.backup_action.trigger()
    window.trends_page.range_buttons["All"].click()
    assert attempts == []


def test_an_export_replaces_only_the_name_the_save_dialog_confirmed(window, filled, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    confirmed = tmp_path / "e.json"  # the save dialog asked "replace?" about this very name
    confirmed.write_text("old export")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(confirmed))
    window.export_actions["json"].trigger()
    assert json.loads(confirmed.read_text())["format"] == "painlog-export"
    assert stat.S_IMODE(confirmed.stat().st_mode) == 0o600
    unasked = tmp_path / "f.json"  # the dialog returned "f"; ".json" is added, and that file was never confirmed
    unasked.write_text("the person's own file")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(tmp_path / "f"))
    window.export_actions["fhir"].trigger()
    assert unasked.read_text() == "the person's own file"
    assert shown == [f"{unasked} already exists, so painlog left it unchanged; choose another name."]
