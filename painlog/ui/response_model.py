"""The "Did it help?" table: one row per start, dose change or procedure, newest first."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from painlog.domain import numbers
from painlog.domain.impressions import Impression
from painlog.domain.response import Change, Response
from painlog.ui.plain_text import tooltip
from painlog.ui.words import CATEGORY_WORDS, EVENT_WORDS, describe_answer, describe_missing_judgement, tr, word
from painlog.wording import QT_TR_NOOP

Index = QModelIndex | QPersistentModelIndex


def _before_after(change: Change | None) -> str:
    """ "6.0 → 2.7": both means in one column, so the result and the notes fit beside them on a small screen."""
    return "" if change is None else f"{numbers.scale_mean(change.before)} → {numbers.scale_mean(change.after)}"


def _change(change: Change | None) -> str:
    """ "−3.3 (−56 %)", or the points alone when there is no percentage (a mean of 0 before)."""
    if change is None:
        return ""
    points = numbers.signed(change.points, 1)
    return points if change.percent is None else f"{points} ({numbers.signed_percent(change.percent)})"


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
    (QT_TR_NOOP("Date"), lambda r: r.event.day.isoformat()),
    (QT_TR_NOOP("Therapy"), lambda r: r.event.therapy.name),
    (
        QT_TR_NOOP("What\nhappened"),
        lambda r: word(EVENT_WORDS, r.event.what) + (f" ({r.event.detail})" if r.event.detail else ""),
    ),
    (QT_TR_NOOP("Pain\nbefore →\nafter"), lambda r: _before_after(r.pain)),
    (QT_TR_NOOP("Pain\nchange\n(points, %)"), lambda r: _change(r.pain)),
    (QT_TR_NOOP("PEG\nbefore →\nafter"), lambda r: _before_after(r.peg)),
    (QT_TR_NOOP("Result\n(IMMPACT)"), _result),
    (QT_TR_NOOP("Your\nimpression\n(PGIC)"), None),  # the patient's own answer about this start or change, if asked
    (QT_TR_NOOP("Notes"), notes),
]
IMPRESSION_COLUMN = next(n for n, (_, value) in enumerate(COLUMNS) if value is None)
FIGURES_COLUMNS = (3, 4, 5)  # centred
WORDS_COLUMNS = (1, 2, 6, 7, 8)  # therapy, what happened, result, impression, notes: share the width left, wrap


def share_width(free: int, needs: list[tuple[int, int]]) -> list[int]:
    """Widths for columns of words that wrap, from (longest word, longest line) in pixels each: every column at
    least its longest word (never "improvem…"), the rest of `free` shared in proportion to what each still
    needs for its longest line; whatever is left over goes to the last column."""
    widths = [word for word, _ in needs]
    left = free - sum(widths)
    wanted = [max(line - word, 0) for word, line in needs]
    if left <= 0 or not needs:
        return widths
    total = sum(wanted)
    given = [min(want, left * want // total) if total else 0 for want in wanted]
    widths = [width + extra for width, extra in zip(widths, given, strict=True)]
    widths[-1] += left - sum(given)
    return widths


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
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in FIGURES_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr.known(COLUMNS[section][0])
        return None
