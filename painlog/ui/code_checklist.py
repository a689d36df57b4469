"""Pick any of a fixed list of codes (body locations, pain qualities) with large check boxes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget


class CodeChecklist(QWidget):
    changed = Signal()

    def __init__(
        self,
        codes: Sequence[str],
        word: Callable[[str], str],
        *,
        columns: int = 4,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, code in enumerate(codes):
            box = QCheckBox(word(code))
            box.toggled.connect(self.changed)
            self.boxes[code] = box
            grid.addWidget(box, index // columns, index % columns)

    def codes(self) -> tuple[str, ...]:
        """The ticked codes, in the list's own order."""
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: Sequence[str]) -> None:
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)
