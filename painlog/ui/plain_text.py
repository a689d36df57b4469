"""The patient's words shown as they wrote them: never read as markup, never as a keyboard shortcut.

Qt reads the text of a label, a tooltip or a message box as HTML when it merely looks like HTML (AutoText),
so a therapy called "<b>BIG</b>" would show in bold, and an <img> would load a picture. A "&" in a check
box's or button's text marks a shortcut and disappears, and so does "[*]" in a window title. Every widget
text that can hold what the patient typed goes through one of these.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text literally, whatever it contains."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def tooltip(text: str) -> str:
    """Tooltip text that shows `text` literally: tooltips are always read as HTML when they look like it."""
    if not text:
        return ""
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'


def window_title(text: str) -> str:
    """A window title in which "[*]" shows: Qt takes it for the unsaved-changes mark and hides it."""
    return text.replace("[*]", "[*][*]")


def literal_ampersands(text: str) -> str:
    """Button and check box text in which every "&" shows, instead of marking a shortcut."""
    return text.replace("&", "&&")
