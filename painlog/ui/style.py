"""The app's look, set in code: larger type, a few colours, the icon.

No application-wide Qt stylesheet: it routes every widget through QStyleSheetStyle, which cost about a fifth
of start-up time. Fonts and palettes give the same look for a fraction of that.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 12

# Text colours that keep at least 4.5:1 contrast on the default light background; every message also says
# in words what happened, so nothing relies on colour alone.
TONES = {
    "hint": QColor("#4d525a"),
    "required": QColor("#a3361b"),
    "error": QColor("#a3361b"),
    "saved": QColor("#1d6b34"),
    "normal": QColor(),
}
ACCENT = QColor("#1f5fbf")
ACCENT_DARK = QColor("#0b2d66")


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), BASE_POINT_SIZE))
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    app.setPalette(palette)


def apply_icon(app: QApplication) -> None:
    """The window icon (an SVG: loading Qt's SVG icon engine is left until the window is on screen)."""
    from importlib.resources import files

    icon = QIcon()
    icon.addFile(str(files("painlog.resources").joinpath("painlog.svg")))
    app.setWindowIcon(icon)


def set_font(widget: QWidget, *, bold: bool | None = None, points: int | None = None) -> None:
    font = QFont(widget.font())
    if bold is not None:
        font.setBold(bold)
    if points is not None:
        font.setPointSize(points)
    widget.setFont(font)


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour a label's text: hint, required, error, saved or normal."""
    palette = widget.palette()
    colour = TONES[tone]
    if not colour.isValid():
        colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    widget.setPalette(palette)
    set_font(widget, bold=tone in ("error", "saved"))
