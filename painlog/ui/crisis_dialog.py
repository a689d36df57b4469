"""The calm screen shown the moment PHQ-9 question 9 is answered above "Not at all": where to turn now.

No clinician reads the diary as it is written, so the places to turn are shown at once, on the answer itself,
never kept only for the next visit (clinical.md).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from painlog.domain.crisis import CrisisResources
from painlog.ui.coping_words import crisis_lines, emergency_words
from painlog.ui.plain_text import plain_label
from painlog.ui.style import set_font
from painlog.ui.words import tr
from painlog.ui.wrapped_height import fit_height


class CrisisDialog(QDialog):
    def __init__(self, parent: QWidget | None, resources: CrisisResources) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("You do not have to wait"))
        self.setMinimumWidth(520)
        heading = QLabel(tr("Thank you for answering honestly."))
        set_font(heading, bold=True, grow=3)
        opening = QLabel(
            tr(
                "You said you have had thoughts that you would be better off dead or of hurting yourself. "
                "You do not have to wait for your next visit: people are there to talk to now."
            )  # fmt: skip
        )
        self.lines = [plain_label(line) for line in crisis_lines(resources, tr)]  # the own line may hold anything
        self.clinician = QLabel(tr("Please tell your clinician about this now, not only at your next visit."))
        self.emergency = QLabel(emergency_words(resources, tr))
        set_font(self.emergency, bold=True)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(opening)
        for line in self.lines:
            set_font(line, bold=True, grow=2)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(line)
        layout.addWidget(self.clinician)
        layout.addWidget(self.emergency)
        for label in (opening, self.clinician, self.emergency, *self.lines):
            label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(tr("I have read this"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height(self, event.size().width())  # every sentence whole, at any text size

    def text(self) -> str:
        """Everything the screen says, in order (for the screen reader's summary and for tests)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))
