"""painlog's place outside its window: the system-tray icon, where the desktop has a tray, with its menu (Open
painlog, Snooze one hour while a reminder shows, Quit painlog) and its notifications; where there is no tray, a
notice makes the window ask for attention (its task-bar entry flashes). The window shows the same sentence in a
banner either way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from painlog.ui.words import tr

SHOWN_MS = 60_000


def tray_available() -> bool:
    """Whether this desktop has a system tray (many Linux desktops have none without an extension)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    """The tray icon of one window; made when first needed. `open_requested`, `snooze_requested` and
    `quit_requested` come from its menu (and a click on the icon opens painlog)."""

    open_requested = Signal()
    snooze_requested = Signal()
    quit_requested = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.icon: QSystemTrayIcon | None = None
        self.kept = False
        self._on_click: Callable[[], None] | None = None
        self.open_action = QAction(tr("Open painlog"), self)
        self.open_action.triggered.connect(self.open_requested)
        self.snooze_action = QAction(tr("Snooze one hour"), self)
        self.snooze_action.triggered.connect(self.snooze_requested)
        self.snooze_action.setVisible(False)
        self.quit_action = QAction(tr("Quit painlog"), self)
        self.quit_action.triggered.connect(self.quit_requested)

    def _made(self) -> QSystemTrayIcon:
        if self.icon is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = self._window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.icon = QSystemTrayIcon(icon, self._window)
            self.icon.setObjectName("painlog-notices")
            self.icon.setToolTip("painlog")
            self.menu = QMenu(self._window)
            for action in (self.open_action, self.snooze_action, self.quit_action):
                self.menu.addAction(action)
            self.icon.setContextMenu(self.menu)
            self.icon.messageClicked.connect(self._clicked)
            self.icon.activated.connect(self._activated)
        return self.icon

    def keep(self, on: bool) -> bool:
        """Keep the icon in the tray (painlog runs there for the reminder), or take it away; whether it is kept."""
        self.kept = on and tray_available()
        if self.kept:
            self._made().show()
        elif self.icon is not None:
            self.icon.hide()
        return self.kept

    def show_snooze(self, showing: bool) -> None:
        """The menu offers Snooze one hour while a reminder shows."""
        self.snooze_action.setVisible(showing)

    def notify(self, widget: QWidget, title: str, text: str, on_click: Callable[[], None] | None = None) -> str:
        """Say `text` outside the window; `on_click` when the notification is clicked. Returns how: "tray" or
        "alert" (no tray: `widget`'s window asks for attention)."""
        if tray_available():
            icon = self._made()
            icon.show()
            self._on_click = on_click
            icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)
            return "tray"
        QApplication.alert(widget)
        return "alert"

    def _clicked(self) -> None:
        act, self._on_click = self._on_click, None
        (act or self.open_requested.emit)()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def remove(self) -> None:
        """painlog is quitting: the icon goes with it."""
        if self.icon is not None:
            self.icon.hide()
