"""The View menu's settings, kept in the diary's settings: light, dark or the system's colours; the text size;
and where the window was, so it opens there again, within the screen."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from painlog.storage.errors import DiaryError
from painlog.storage.settings import SettingsRepository
from painlog.ui import placement
from painlog.ui.schemes import CHOICES, TEXT_SIZES
from painlog.ui.style import apply_choice, apply_text_size, running_app
from painlog.ui.words import tr
from painlog.wording import QT_TR_NOOP

APPEARANCE_KEY, TEXT_SIZE_KEY, GEOMETRY_KEY = "appearance", "text_size", "window_geometry"
APPEARANCE_WORDS = {
    "system": QT_TR_NOOP("Like the &system"),
    "light": QT_TR_NOOP("&Light"),
    "dark": QT_TR_NOOP("&Dark"),
}
TEXT_SIZE_WORDS = {
    "normal": QT_TR_NOOP("&Normal text"),
    "large": QT_TR_NOOP("L&arge text"),
    "larger": QT_TR_NOOP("La&rger text"),
}


class ViewSettings(QObject):
    def __init__(self, settings: SettingsRepository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.appearance = self._read(APPEARANCE_KEY, CHOICES, "system")
        self.text_size = self._read(TEXT_SIZE_KEY, tuple(TEXT_SIZES), "normal")
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def _read(self, key: str, known: tuple[str, ...], default: str) -> str:
        value = self._settings.get(key, default)
        return value if value in known else default

    def apply(self) -> None:
        """Show the remembered colours and text size (before the pages are built, so they start that way)."""
        app = running_app()
        apply_text_size(app, TEXT_SIZES[self.text_size])
        apply_choice(app, self.appearance)

    def choose_appearance(self, choice: str) -> None:
        self.appearance = choice
        self._keep(APPEARANCE_KEY, choice)
        apply_choice(running_app(), choice)

    def choose_text_size(self, choice: str) -> None:
        self.text_size = choice
        self._keep(TEXT_SIZE_KEY, choice)
        apply_text_size(running_app(), TEXT_SIZES[choice])

    def _system_changed(self) -> None:
        if self.appearance == "system":
            apply_choice(running_app(), "system")

    def _keep(self, key: str, value: str) -> None:
        """A look is only a preference: it is shown even when a locked or read-only diary cannot keep it."""
        with contextlib.suppress(DiaryError):
            self._settings.set(key, value)

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(tr("&View"), parent)
        for words, current, choose in ((APPEARANCE_WORDS, self.appearance, self.choose_appearance),
                                       (TEXT_SIZE_WORDS, self.text_size, self.choose_text_size)):  # fmt: skip
            if menu.actions():
                menu.addSeparator()
            group = QActionGroup(menu)
            for choice, title in words.items():
                action = menu.addAction(tr.known(title))
                action.setCheckable(True)
                action.setChecked(choice == current)
                action.setData(choice)
                action.triggered.connect(lambda _=False, c=choice, f=choose: f(c))
                group.addAction(action)
        return menu

    def place(self, window: QMainWindow) -> None:
        """Open where the window was, or centred; never larger than the screen's free area."""
        screens = [window.screen() or QGuiApplication.primaryScreen()]
        screens += [s for s in QGuiApplication.screens() if s not in screens]
        free = [_rect(s.availableGeometry()) for s in screens]
        rect = placement.place(placement.parse(self._settings.get(GEOMETRY_KEY)), free)
        window.setGeometry(*rect)

    def remember(self, window: QMainWindow) -> None:
        if not window.isMaximized() and not window.isFullScreen():
            self._keep(GEOMETRY_KEY, placement.unparse(_rect(window.geometry())))


def _rect(rect: QRect) -> placement.Rect:
    return placement.Rect(rect.x(), rect.y(), rect.width(), rect.height())
