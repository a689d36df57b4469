"""Composition root: where the diary lives, opening it, and building the window around it.

Nothing happens at import time; Qt is imported only when the GUI is started, so the headless commands
never need a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from painlog.storage.errors import (
    DiaryError,
    DiaryInUseError,
    DiaryLinkError,
    DiaryUnwritableError,
    DiaryWriteError,
    StrayWalError,
)

if TYPE_CHECKING:
    from painlog.opening import DiaryOpening

DIARY_FILE_NAME = "diary.sqlite"
AUTO_BACKUP_DELAY_MS = 1500
MISSED_DAYS_DELAY_MS = 300  # the question about days without an entry, once the window is on screen
ICON_DELAY_MS = 50  # the window icon (Qt's SVG engine) after the first paint
QUESTION_DELAY_MS = 2000  # the first-run question, once the window has settled
# Problems of the place or of the files beside the diary, not of the diary: offering its backup would not help.
NO_BACKUP_HELPS = (StrayWalError, DiaryLinkError, DiaryUnwritableError, DiaryWriteError)


def default_diary_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("painlog", appauthor=False)) / DIARY_FILE_NAME


def diary_path(option: str | None) -> Path:
    """--db wins, then PAINLOG_DB, then the per-user data folder."""
    chosen = option or os.environ.get("PAINLOG_DB")
    return Path(chosen).expanduser() if chosen else default_diary_path()


def run_gui(path: Path, *, after_show: Callable[[object], None] | None = None, background: bool = False) -> int:
    """Open the diary and run the app until its window closes (or Quit painlog in the tray); the exit code.

    `after_show(window)` runs once the window is on screen (the start-up benchmark stops its clock there), or
    once painlog runs in the tray. `background` (painlog --background, started at log-in): only the tray icon,
    no window, where the desktop has a tray; else the window shows as usual.
    """
    from painlog.opening import DiaryOpening

    opening = DiaryOpening(path)  # first: it runs while Qt loads
    from PySide6.QtWidgets import QApplication

    from painlog.ui.style import apply_style

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("painlog")
    app.setApplicationDisplayName("painlog")
    apply_style(app)
    use_language(app, None)  # the system's, until the diary says which it keeps
    from painlog.bugs import reporting_bugs
    from painlog.ui import dialogs
    from painlog.ui.words import refusal, tr

    try:
        with reporting_bugs(lambda title, sentence: dialogs.show_error(None, title, sentence)):
            problem = opening.problem()
            if isinstance(problem, DiaryInUseError):
                return run_beside(path, problem, after_show)
            if isinstance(problem, NO_BACKUP_HELPS):
                dialogs.show_error(None, tr("painlog cannot open the diary"), refusal(problem))
                return 1
            session = open_session(path, opening)
            if session is None:
                return 1
            return _run_window(session, after_show, background)
    finally:
        opening.release()


def run_beside(path: Path, in_use: DiaryError, after_show: Callable[[object], None] | None) -> int:
    """Another painlog has the diary open: bring that one to the front, or open this one read-only."""
    from painlog.storage.lock import open_elsewhere, read_holder
    from painlog.ui import dialogs, instance
    from painlog.ui.words import refusal, tr

    holder = read_holder(path)
    problem = refusal(open_elsewhere(path, holder) if holder is not None else in_use)
    choice = dialogs.ask_diary_in_use(None, problem, holder is not None and holder.same_host())
    if choice is dialogs.InUse.SHOW:
        if instance.bring_forward(path):
            return 0
        dialogs.show_error(None, tr("painlog cannot open the diary"), instance.no_answer())
        return 1
    if choice is not dialogs.InUse.READ_ONLY:
        return 1
    from painlog.session import DiarySession

    try:
        session = DiarySession(path, read_only=True)
    except DiaryError as error:
        dialogs.show_error(None, tr("painlog cannot open the diary"), refusal(error))
        return 1
    return _run_window(session, after_show)


def _run_window(session, after_show: Callable[[object], None] | None,  # noqa: ANN001 - a DiarySession
                background: bool = False) -> int:  # fmt: skip
    """Show the window over the open session (or only the tray icon, in the background) and run until it closes;
    the session is closed at the end."""
    from PySide6.QtCore import QTimer

    from painlog.ui.style import apply_icon, running_app

    app = running_app()
    window = build_window(session)
    if not (background and window.reminders.start_in_tray()):
        window.show()
        QTimer.singleShot(QUESTION_DELAY_MS, window, window.reminders.ask_first_run)
    if after_show is not None:
        QTimer.singleShot(0, lambda: after_show(window))
    QTimer.singleShot(ICON_DELAY_MS, lambda: apply_icon(app))
    servers = [] if session.read_only else _answer_later(session.path)
    QTimer.singleShot(MISSED_DAYS_DELAY_MS, window, window.ask_missed_days)
    QTimer.singleShot(AUTO_BACKUP_DELAY_MS, window, window.auto_backup)  # once the window is up and idle
    try:
        return app.exec()
    finally:
        for server in servers:
            server.close()
        session.close()


def _answer_later(path: Path) -> list:
    """Listen for a second painlog on this diary (it asks this window to come to the front), from just after
    the first paint: QtNetwork takes about 15 ms to load. Returns the list the server is put in."""
    from PySide6.QtCore import QTimer

    servers: list = []

    def listen() -> None:
        from painlog.ui import instance

        server = instance.answer_for(path)
        if server is not None:
            servers.append(server)

    QTimer.singleShot(ICON_DELAY_MS, listen)
    return servers


def open_session(path: Path, opening: DiaryOpening | None = None):  # noqa: ANN201 - a DiarySession, or None
    """Open the diary (or take it from `opening`, already under way); when it cannot be opened, say why and
    offer every backup that passes the check, newest first, until one is restored. None when the person
    gave up or there was no good backup."""
    from painlog.session import DiarySession
    from painlog.ui import dialogs
    from painlog.ui.words import refusal, tr

    try:
        return opening.session() if opening else DiarySession(path)
    except DiaryError as error:
        # The problem, in the app's language, without the command line's advice: the app offers the backups itself.
        problem = refusal(error) if error.template else error.problem
        whole = problem + error.hint  # the command line's advice, when there is nothing to offer
    from datetime import datetime

    from painlog.storage.backup_folder import good_backups, restore

    offered = good_backups(path) if path.exists() else []
    if not offered:  # nothing to offer here: the command-line advice is all there is
        problem = whole
    title = tr("painlog cannot open the diary")
    while offered:
        chosen = dialogs.ask_restore_after_error(None, problem, offered)
        if chosen is None:
            break
        try:
            restore(path, chosen.path, datetime.now())
            return DiarySession(path)
        except DiaryError as error:
            problem, title = refusal(error), tr("painlog could not restore the backup")
            offered = [backup for backup in offered if backup != chosen]
    dialogs.show_error(None, title, problem)
    return None


def use_language(app, choice: str | None) -> str:  # noqa: ANN001 - a QCoreApplication
    """Install the translators of `choice` ("system", "en", "es"; None: the system's) on `app`, in place of
    any installed before; returns the language code."""
    from painlog import languages

    language = languages.resolve(choice)
    languages.uninstall(app, getattr(app, "painlog_translators", []))
    app.painlog_translators = languages.install(app, language)
    return language


def build_window(session):  # noqa: ANN001, ANN201 - a DiarySession → a QMainWindow; Qt is imported lazily
    """The main window over the session's diary, in the language the diary keeps (View ▸ Settings); after a
    restore it is built again over the restored one."""
    from PySide6.QtWidgets import QApplication

    from painlog.languages import LANGUAGE_KEY
    from painlog.ui.main_window import MainWindow

    use_language(QApplication.instance(), session.diary.settings.get(LANGUAGE_KEY))

    window = MainWindow(session.diary, diary_path=session.path, session=session)

    def rebuild(message: str) -> None:
        fresh = build_window(session)
        fresh.setGeometry(window.geometry())
        fresh.show()
        fresh.statusBar().showMessage(message)
        window.close_without_asking()

    window.rebuild_requested.connect(rebuild)
    return window
