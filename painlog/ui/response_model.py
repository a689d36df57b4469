"""The "Did it help?" table: one row per start, dose change or procedure, newest first."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from painlog.domain import numbers
from painlog.domain.impressions import Impression
from painlog.domain.response import Change, Response
from painlog.screen_words import describe_answer
from painlog.ui.plain_text import tooltip
from painlog.ui.words import tr
from painlog.wording import CATEGORY_WORDS, EVENT_WORDS, describe_missing_judgement, word

Index = QModelIndex | QPersistentModelIndex


def _mean(change: Change | None, attribute: str) -> str:
    return "" if change is None else numbers.scale_mean(getattr(change, attribute))


def _points(change: Change | None) -> str:
    return "" if change is None else numbers.signed(change.points, 1)


def _percent(change: Change | None) -> str:
    return "" if change is None or change.percent is None else numbers.signed_percent(change.percent)


def _result(response: Response) -> str:
    if response.pain is not None:
        return word(CATEGORY_WORDS, response.pain.category)
    return tr("not complete yet") if not response.complete else tr("not enough data")


def notes(response: Response) -> str:
    parts = [describe_missing_judgement(response)] if not response.enough_data else []
    if response.overlaps:
        names = ", ".join(sorted({o.therapy.name for o in response.overlaps}))
        parts.append(tr("overlaps with {names}").format(names=names))
    return "; ".join(parts)


COLUMNS: list[tuple[str, Any]] = [
    ("Date", lambda r: r.event.day.isoformat()),
    ("Therapy", lambda r: r.event.therapy.name),
    ("What happened", lambda r: word(EVENT_WORDS, r.event.what) + (f" ({r.event.detail})" if r.event.detail else "")),
    ("Pain\nbefore", lambda r: _mean(r.pain, "before")),
    ("Pain\nafter", lambda r: _mean(r.pain, "after")),
    ("Change\n(points)", lambda r: _points(r.pain)),
    ("Change\n(%)", lambda r: _percent(r.pain)),
    ("PEG\nbefore", lambda r: _mean(r.peg, "before")),
    ("PEG\nafter", lambda r: _mean(r.peg, "after")),
    ("Result (IMMPACT)", _result),
    ("Your impression\n(PGIC)", None),  # the patient's own answer about this start or change, if asked
    ("Notes", notes),
]
IMPRESSION_COLUMN = next(n for n, (_, value) in enumerate(COLUMNS) if value is None)


class ResponseModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Response] = []
        self._impressions: Mapping[tuple[int, date], Impression] = {}

    def load(self, responses: list[Response], impressions: Mapping[tuple[int, date], Impression] | None = None) -> None:
        """`impressions`: the PGIC answer about each start or change, keyed by (therapy id, day)."""
        self.beginResetModel()
        self._rows = sorted(responses, key=lambda r: r.event.day, reverse=True)
        self._impressions = impressions or {}
        self.endResetModel()

    def _text(self, response: Response, column: int) -> str:
        if column != IMPRESSION_COLUMN:
            return str(COLUMNS[column][1](response))
        found = self._impressions.get((response.event.therapy.id or 0, response.event.day))
        if found is None or response.event.what == "procedure":
            return ""
        return tr("{answer} ({day})").format(answer=describe_answer(found.answer), day=found.day.isoformat())

    def response_at(self, row: int) -> Response:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        response = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(response, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._text(response, index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= index.column() <= 8:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][0])
        return None
