"""The History page: every day in a sortable table; double-click (or Open) goes to that day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from painlog.domain import clock
from painlog.domain.history import day_rows
from painlog.storage.checkins import CheckinRepository
from painlog.storage.episodes import EpisodeRepository
from painlog.ui.empty_state import EmptyState
from painlog.ui.history_model import LEGEND, HistoryModel
from painlog.ui.plain_text import plain_label
from painlog.ui.sort_header import SortHeader
from painlog.ui.style import set_font, set_tone
from painlog.ui.words import days, tr

NUMBER_COLUMN_TEXT = "no entry"  # the widest thing a number column shows; columns are sized to the text size
PAIN_COLUMN_TEXT = "not recorded"  # the widest thing the average pain column shows (a day marked so)
DATE_COLUMN_TEXT = "Wed 2026-11-25 · late"
NOTE_COLUMN_TEXT = "[for doctor] Knee worse after the long walk"  # the note's mark and its first words, at least


class HistoryPage(QWidget):
    open_day = Signal(object)  # date

    def __init__(
        self,
        checkins: CheckinRepository,
        episodes: EpisodeRepository,
        *,
        today: Callable[[], date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._checkins = checkins
        self._episodes = episodes
        self._today = today
        self._stale = True
        self.model = HistoryModel()
        self.table = QTableView()
        self.table.setAccessibleName(tr("Days of the diary"))
        self.table.setHorizontalHeader(SortHeader(self.table))  # its arrow points the way the rows run
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._size_columns()
        header.setStretchLastSection(True)
        set_font(header, grow=-2)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda index: self.open_day.emit(self.model.day_at(index.row())))
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.open_button = QPushButton(tr("Open this day"))
        self.open_button.clicked.connect(self._open_selected)
        self.order_button = QPushButton()  # sorting by keyboard: the column titles take no focus
        self.order_button.setToolTip(tr("Or click a column's title to sort by it"))
        self.order_button.clicked.connect(self._turn_order)
        header.sortIndicatorChanged.connect(lambda *_: self._say_order())
        self._say_order()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.order_button)
        top.addWidget(self.open_button)
        self.empty = EmptyState(
            tr("Nothing is recorded yet. Each day you save on the Today page shows here, newest first."),
            tr("Go to Today (Ctrl+T)"),
        )
        self.empty.button.clicked.connect(lambda: self.open_day.emit(self._today()))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.legend = QLabel(tr.known(LEGEND))
        self.legend.setWordWrap(True)  # a long legend wraps rather than widen the page
        set_tone(self.legend, "hint")
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

    def _turn_order(self) -> None:
        """Days newest first, or oldest first."""
        header = self.table.horizontalHeader()
        newest = header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder if newest else Qt.SortOrder.DescendingOrder)

    def _say_order(self) -> None:
        header = self.table.horizontalHeader()
        newest = header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.order_button.setText(tr("Show oldest first") if newest else tr("Show newest first"))

    def mark_stale(self) -> None:
        """The diary changed; reload when the page is next shown (or now, if it is showing)."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        rows = day_rows(self._checkins.all(), self._episodes.count_by_day(), self._today(),
                        self._checkins.first_written(), self._checkins.not_recorded_days())  # fmt: skip
        self.model.load(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._stale = False
        recorded = sum(1 for row in rows if row.checkin)
        marked = sum(1 for row in rows if row.not_recorded)
        for widget in (self.legend, self.table, self.open_button, self.order_button, self.summary):
            widget.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            first = rows[-1].day.isoformat()
            if marked:  # one whole sentence each, for the translator
                said = tr("{recorded} of {days} recorded since {first}, %n marked not recorded; a missing day says "
                          "“no entry”.", None, marked)  # fmt: skip
            else:
                said = tr("{recorded} of {days} recorded since {first}; a missing day says “no entry”.")
            self.summary.setText(said.format(recorded=recorded, days=days(len(rows)), first=first))
        else:
            self.summary.setText(tr("No days recorded yet. Start on the Today page."))

    def _size_columns(self) -> None:
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader()
        header.setDefaultSectionSize(metrics.horizontalAdvance(NUMBER_COLUMN_TEXT) + metrics.height())
        header.resizeSection(0, metrics.horizontalAdvance(DATE_COLUMN_TEXT) + metrics.height())
        header.resizeSection(1, metrics.horizontalAdvance(PAIN_COLUMN_TEXT) + metrics.height())
        note = header.count() - 1  # last: it stretches when there is room, and keeps this much when there is not
        header.resizeSection(note, max(header.sectionSize(note), metrics.horizontalAdvance(NOTE_COLUMN_TEXT)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # a larger text size: wider columns
            self._size_columns()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: ANN001 - QShowEvent
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _open_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self.open_day.emit(self.model.day_at(selected[0].row()))
