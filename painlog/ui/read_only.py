"""A window that shows the diary read-only (another painlog has it open) offers nothing that would change it.

Each page names the controls that change the diary and locks them here: they are disabled and stay disabled,
whatever the page later decides from what is selected (a page enables "Delete…" once something is chosen).
The refusals in storage stay as the safety net.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from painlog.ui.style import set_font
from painlog.ui.words import tr


class _KeepDisabled(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget) and watched.isEnabled():
            watched.setEnabled(False)
        return False


def lock(*controls: QWidget) -> None:
    """Disable `controls` for good (a container: everything in it)."""
    for control in controls:
        keeper = _KeepDisabled(control)
        control.installEventFilter(keeper)
        control.setEnabled(False)


def banner() -> QLabel:
    """The sentence at the top of every page that says why nothing can be changed here."""
    label = QLabel(
        tr(
            "This diary is open in another painlog window. Here you can look, but not change anything: "
            "make changes in the other window."
        )
    )
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(8)
    label.setAccessibleName(tr("Read-only"))
    set_font(label, bold=True, grow=1)
    return label
