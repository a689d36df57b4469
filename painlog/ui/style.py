"""The app's look: the stylesheet and icon shipped in resources/, and larger type for tired eyes."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), BASE_POINT_SIZE))
    app.setFont(font)
    resources = files("painlog.resources")
    app.setStyleSheet(resources.joinpath("painlog.qss").read_text(encoding="utf-8"))
    icon = QIcon()
    icon.addFile(str(resources.joinpath("painlog.svg")))
    app.setWindowIcon(icon)
