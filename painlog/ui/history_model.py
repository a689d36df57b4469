"""The History table's model: one row per calendar day, newest first, sortable by any column."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from painlog.domain import numbers
from painlog.domain.history import DayRow
from painlog.ui.plain_text import tooltip
from painlog.ui.style import tone_colour
from painlog.ui.words import tr, weekday_day
from painlog.wording import QT_TR_NOOP

Index = QModelIndex | QPersistentModelIndex
LEGEND = QT_TR_NOOP(
    "Pain, PEG and interference: 0–10, lower is better. Mood and sleep quality: 0–10, higher is better. "
    "“late”: first written more than a day after the day. “no entry”: nothing written for the day; "
    "“not recorded”: a day you marked that way."
)
_LOWER, _HIGHER = QT_TR_NOOP("0–10, lower is better"), QT_TR_NOOP("0–10, higher is better")
_PEG = QT_TR_NOOP("Mean of pain, enjoyment and activity; 0–10, lower is better")
HEADER_TIPS = {1: _LOWER, 2: _LOWER, 3: _LOWER, 4: _PEG, 5: _LOWER, 6: _LOWER, 7: _HIGHER, 9: _HIGHER}


def _number(value: float | None, decimals: int = 0) -> str:
    return "" if value is None else numbers.fixed(value, decimals)


def date_words(row: DayRow) -> str:
    """ "Thu 2026-11-20", with "· late" for an entry first written later than the next day (the legend says so)."""
    text = weekday_day(row.day)
    return tr("{day} · late").format(day=text) if row.late else text


def pain_words(row: DayRow) -> str:
    """The day's average pain, or what stands for a day without one: "no entry", or "not recorded" when marked."""
    if row.checkin:
        return _number(row.checkin.pain_avg)
    return tr("not recorded") if row.not_recorded else tr("no entry")


def _columns() -> list[tuple[str, Callable[[DayRow], Any], Callable[[DayRow], str]]]:
    """(header, sort key, display) for each column; a key of None sorts last either way."""

    def field(name: str) -> Callable[[DayRow], Any]:
        return lambda row: getattr(row.checkin, name) if row.checkin else None

    def shown(name: str, decimals: int = 0) -> Callable[[DayRow], str]:
        return lambda row: _number(field(name)(row), decimals)

    def peg(row: DayRow) -> float | None:
        return row.checkin.peg if row.checkin else None

    def note(row: DayRow) -> str:
        if not row.checkin or not row.checkin.note:
            return ""
        mark = tr("[for doctor] ") if row.checkin.for_doctor else ""
        return mark + row.checkin.note.splitlines()[0]

    return [
        (tr("Date"), lambda row: row.day, date_words),
        (tr("Pain\n(average)"), field("pain_avg"), pain_words),
        (tr("Worst\npain"), field("pain_worst"), shown("pain_worst")),
        (tr("Least\npain"), field("pain_least"), shown("pain_least")),
        (tr("PEG\nscore"), peg, lambda row: _number(peg(row), 1)),
        (tr("Interfered:\nenjoyment"), field("enjoyment"), shown("enjoyment")),
        (tr("Interfered:\nactivity"), field("activity"), shown("activity")),
        (tr("Mood"), field("mood"), shown("mood")),
        (tr("Sleep\nhours"), field("sleep_hours"), shown("sleep_hours", 1)),
        (tr("Sleep\nquality"), field("sleep_quality"), shown("sleep_quality")),
        (tr("Flares"), lambda row: row.flares, lambda row: str(row.flares) if row.flares else ""),
        (tr("Note"), lambda row: note(row) or None, note),
    ]  # fmt: skip


class HistoryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[DayRow] = []
        self._columns = _columns()
        self._italic = QFont()
        self._italic.setItalic(True)

    def load(self, rows: list[DayRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def day_at(self, row: int) -> date:
        return self._rows[row].day

    def row_of(self, day: date) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.day == day), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][2](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < index.column() < len(self._columns) - 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.checkin is None:
            return tone_colour("hint")  # of the scheme shown now
        if role == Qt.ItemDataRole.FontRole and row.checkin is None:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and row.late and row.written is not None:
            return tr("First written on {day}, %n day(s) after the day it describes.", None,
                      (row.written - row.day).days).format(day=row.written.isoformat())  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and row.not_recorded:
            return tr("You marked this day as not recorded. Open it to fill it in after all.")
        if role == Qt.ItemDataRole.ToolTipRole and row.checkin and row.checkin.note:
            return tooltip(row.checkin.note)
        if role == Qt.ItemDataRole.UserRole:
            return row.day
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr.known(HEADER_TIPS[section]) if section in HEADER_TIPS else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; missing values go last in both directions, ties newest first."""
        key = self._columns[column][1]
        descending = order == Qt.SortOrder.DescendingOrder
        by_day = sorted(self._rows, key=lambda row: row.day, reverse=True)
        present = [row for row in by_day if key(row) is not None]
        absent = [row for row in by_day if key(row) is None]
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        kept_days = [self._rows[index.row()].day for index in kept]
        self._rows = sorted(present, key=key, reverse=descending) + absent
        position = {row.day: number for number, row in enumerate(self._rows)}
        moved = [self.index(position[day], index.column()) for day, index in zip(kept_days, kept, strict=True)]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()
