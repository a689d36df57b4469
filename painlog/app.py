"""Composition root: where the diary lives, opening it, and building the window around it.

Nothing happens at import time; Qt is imported only when the GUI is started, so the headless commands
never need a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from painlog.storage.diary import Diary, open_diary
from painlog.storage.errors import DiaryError

DIARY_FILE_NAME = "diary.sqlite"


def default_diary_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("painlog", appauthor=False)) / DIARY_FILE_NAME


def diary_path(option: str | None) -> Path:
    """--db wins, then PAINLOG_DB, then the per-user data folder."""
    chosen = option or os.environ.get("PAINLOG_DB")
    return Path(chosen).expanduser() if chosen else default_diary_path()


def run_gui(path: Path, *, after_show: Callable[[object], None] | None = None) -> int:
    """Open the diary and run the app until its window closes; returns the exit code.

    `after_show(window)` runs once the window is on screen (the start-up benchmark stops its clock there).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from painlog.ui import dialogs
    from painlog.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("painlog")
    app.setApplicationDisplayName("painlog")
    apply_style(app)
    try:
        diary = open_diary(path)
    except DiaryError as error:
        dialogs.show_error(None, "painlog cannot open the diary", str(error))
        return 1
    window = build_window(diary)
    window.show()
    if after_show is not None:
        QTimer.singleShot(0, lambda: after_show(window))
    try:
        return app.exec()
    finally:
        diary.close()


def build_window(diary: Diary):  # noqa: ANN201 - a QMainWindow; Qt is imported lazily
    from painlog.ui.main_window import MainWindow

    return MainWindow(diary, diary_path=diary.path)
