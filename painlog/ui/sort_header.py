"""A table header whose sort arrow points the way the rows run: ▼ when the largest or newest is at the top.

Qt's header hands the style "sort up" for a descending sort (and "sort down" for ascending), so a list of days
newest first showed an arrow pointing up. This header swaps the two before the style draws them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyleOptionHeader, QWidget

_Sort = QStyleOptionHeader.SortIndicator
_SWAPPED = {_Sort.SortUp: _Sort.SortDown, _Sort.SortDown: _Sort.SortUp}


class SortHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as the table's own header is made
        self.setHighlightSections(True)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        option.sortIndicator = _SWAPPED.get(option.sortIndicator, option.sortIndicator)
