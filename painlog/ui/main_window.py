"""The main window: navigation on the left, one page at a time, the diary's actions in the menus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from painlog import __version__
from painlog.storage.checkins import CheckinRepository
from painlog.storage.episodes import EpisodeRepository
from painlog.ui import dialogs
from painlog.ui.history_page import HistoryPage
from painlog.ui.today_page import TodayPage
from painlog.ui.words import tr


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        checkins: CheckinRepository,
        episodes: EpisodeRepository,
        diary_path: Path,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.setWindowTitle(tr("painlog — pain diary"))
        self._checkins = checkins
        self.today_page = TodayPage(checkins, episodes, today=today)
        self.history_page = HistoryPage(checkins, episodes, today=today)
        self.today_page.saved.connect(self._diary_changed)
        self.history_page.open_day.connect(self.open_day)

        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setAccessibleName(tr("Pages"))
        self.pages = QStackedWidget()
        for title, page in ((tr("Today"), self.today_page), (tr("History"), self.history_page)):
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(tr("Diary: {path}").format(path=diary_path))
        self.today_page.mark_recorded_days(checkins.recorded_days())
        self.resize(1180, 860)

    def _build_menus(self) -> None:
        def action(title: str, shortcut: QKeySequence | str | None, slot: Callable[[], object]) -> QAction:
            item = QAction(title, self)
            if shortcut is not None:
                item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(slot)
            return item

        self.save_action = action(tr("&Save this day"), QKeySequence.StandardKey.Save, self._save)
        self.flare_action = action(tr("Log a &flare…"), "Ctrl+L", self._log_flare)
        self.today_action = action(tr("Go to &today"), "Ctrl+T", lambda: self.open_day(date.today()))
        quit_action = action(tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        about_action = action(tr("&About painlog"), None, self._about)

        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.addAction(quit_action)
        diary_menu = self.menuBar().addMenu(tr("&Diary"))
        for item in (self.save_action, self.flare_action, self.today_action):
            diary_menu.addAction(item)
        self.menuBar().addMenu(tr("&Help")).addAction(about_action)

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(page))

    def open_day(self, day: date) -> None:
        self.show_page(self.today_page)
        self.today_page.open_day(day)

    def _save(self) -> None:
        self.show_page(self.today_page)
        self.today_page.save()

    def _log_flare(self) -> None:
        self.show_page(self.today_page)
        self.today_page.log_flare()

    def _diary_changed(self, _day: object) -> None:
        self.history_page.mark_stale()
        self.today_page.mark_recorded_days(self._checkins.recorded_days())

    def _about(self) -> None:
        dialogs.show_about(self, __version__)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.today_page.can_leave():
            event.accept()
        else:
            event.ignore()
