"""A dose amount field that shows 5, 600 or 2.5 as people write them, not 5.00 and 600.00."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from painlog.ui.words import number

DECIMALS = 2  # the finest amount that can be typed: 0.25 mL, 12.5 mcg/h


class AmountInput(QDoubleSpinBox):
    def __init__(self, least: float, most: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(DECIMALS)
        self.setRange(least, most)

    def textFromValue(self, value: float) -> str:
        """The one way painlog writes an amount (painlog.wording.number), rounded to what can be typed."""
        return number(round(value, DECIMALS))
