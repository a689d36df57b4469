"""Pick any of a fixed list of codes (body locations, pain qualities) with large check boxes, in as many
columns (up to a most) as the width holds: a language with longer words gets fewer columns, never a page that
scrolls sideways."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLayout, QWidget


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
        self._most, self._columns = columns, 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # this widget says its own sizes
        for code in codes:
            box = QCheckBox(word(code))
            box.toggled.connect(self.changed)
            self.boxes[code] = box
        self._place(columns)

    def _cell(self) -> QSize:
        """One box's room: the widest box and the tallest, with the grid's spacing."""
        hints = [box.sizeHint() for box in self.boxes.values()]
        gap = self._grid.horizontalSpacing(), self._grid.verticalSpacing()
        return QSize(max(h.width() for h in hints) + max(gap[0], 0), max(h.height() for h in hints) + max(gap[1], 0))

    def _fits(self, width: int) -> int:
        return max(1, min(self._most, width // max(1, self._cell().width())))

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for box in self.boxes.values():
            self._grid.removeWidget(box)
        for index, box in enumerate(self.boxes.values()):
            self._grid.addWidget(box, index // columns, index % columns)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(self._fits(event.size().width()))
        super().resizeEvent(event)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return math.ceil(len(self.boxes) / self._fits(width)) * self._cell().height()

    def sizeHint(self) -> QSize:
        wide = self._cell().width() * self._most
        return QSize(wide, self.heightForWidth(wide))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._cell().width(), self.heightForWidth(max(self.width(), self._cell().width())))

    def codes(self) -> tuple[str, ...]:
        """The ticked codes, in the list's own order."""
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: Sequence[str]) -> None:
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)
