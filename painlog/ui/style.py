"""The app's look: one stylesheet shipped in resources/, larger type for tired eyes."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), BASE_POINT_SIZE))
    app.setFont(font)
    app.setStyleSheet(files("painlog.resources").joinpath("painlog.qss").read_text(encoding="utf-8"))
