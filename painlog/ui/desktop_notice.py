"""A notification outside painlog's window: in the system tray where the desktop has one, else the window asks
for attention (its task-bar entry flashes); the window shows the same sentence in a banner either way."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

SHOWN_MS = 60_000


def notify(window: QWidget, title: str, text: str) -> str:
    """Say `text` outside the window; returns how: "tray" or "alert"."""
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = window.findChild(QSystemTrayIcon, "painlog-notices")
        if tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            tray = QSystemTrayIcon(icon, window)
            tray.setObjectName("painlog-notices")
            tray.setToolTip("painlog")
            tray.show()
        tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)
        return "tray"
    QApplication.alert(window)
    return "alert"
