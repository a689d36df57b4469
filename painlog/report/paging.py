"""Painting a laid-out QTextDocument page by page with a running header and footer on every page.

QTextDocument.print_ only prints a bare page number; the summary needs the patient's name, the period and
"page N of M" on each sheet, so a page that slips out of the pile can be put back. Used for the PDF, the
printer and the print preview alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)

RUNNING_PT = 7.5
GAP_LINES = 1.2  # room between the running text and the body, in lines of the running text

if TYPE_CHECKING:
    from PySide6.QtGui import QPdfWriter
    from PySide6.QtPrintSupport import QPrinter

    PrintDevice = QPdfWriter | QPrinter  # the devices a document is laid out for: both know their resolution


@dataclass(frozen=True)
class Running:
    """The text in the header (left, right) and footer (left, right); `page` has {n} and {m}."""

    top_left: str
    top_right: str
    bottom_left: str
    page: str  # e.g. "page {n} of {m}"


def running_font() -> QFont:
    font = QFont()
    font.setPointSizeF(RUNNING_PT)
    return font


def band_height(device: QPagedPaintDevice) -> float:
    """The height, in device pixels, of the header band (and of the footer band)."""
    return QFontMetricsF(running_font(), device).height() * (1 + GAP_LINES)


def paint_pages(document: QTextDocument, device: PrintDevice, running: Running) -> None:
    """Paint every page of `document` (laid out for `device`, its page height already less both bands)."""
    width = document.pageSize().width()
    body = document.pageSize().height()
    band = band_height(device)
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            _running_text(painter, device, running, index + 1, pages, width, band, body)
            painter.save()
            painter.translate(0, band - index * body)
            clip = QRectF(0, index * body, width, body)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
            document.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()


def _running_text(
    painter: QPainter,
    device: PrintDevice,
    running: Running,
    n: int,
    m: int,
    width: float,
    band: float,
    body: float,
) -> None:
    font = running_font()
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, device.resolution() / 300)))
    line = QFontMetricsF(font, device).height()
    top = QRectF(0, 0, width, line)
    bottom = QRectF(0, band + body + band - line, width, line)
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    painter.drawText(top, left | Qt.AlignmentFlag.AlignVCenter, running.top_left)
    painter.drawText(top, right | Qt.AlignmentFlag.AlignVCenter, running.top_right)
    painter.drawText(bottom, left | Qt.AlignmentFlag.AlignVCenter, running.bottom_left)
    painter.drawText(bottom, right | Qt.AlignmentFlag.AlignVCenter, running.page.format(n=n, m=m))
    rule = line + (band - line) * 0.3
    painter.drawLine(QPointF(0, rule), QPointF(width, rule))
    rule = band + body + (band - line) * 0.7
    painter.drawLine(QPointF(0, rule), QPointF(width, rule))
