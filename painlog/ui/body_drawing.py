"""The pain drawing: a front and back body outline to mark where it hurts, or to show how often it hurt.

`BodyDrawing` marks the regions of a location CodeChecklist: its state is the check boxes' state, so the two
always agree and either can be used. `BodyShading` shows a period's days per region in shades, with a key.
The shapes, the Tab order and the shade bands are in painlog.domain.body_map.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from painlog.domain.body_map import (
    HEIGHT,
    LABELS,
    SHADE_BANDS,
    SHAPES,
    TAB_ORDER,
    WIDTH,
    Shape,
    region_at,
    shade_level,
)
from painlog.ui.code_checklist import CodeChecklist
from painlog.ui.style import rgb
from painlog.ui.words import days, location_word, tr
from painlog.wording.clinical import band_words

LINES_TALL = 17  # the drawing's height in lines of text, so it grows with the text size
SHADING_LINES, SHADING_LINES_SMALLEST = 13, 8  # the period's drawing on Patterns


def shape_path(shape: Shape) -> QPainterPath:
    path = QPainterPath()
    if shape.ellipse is not None:
        cx, cy, rx, ry = shape.ellipse
        path.addEllipse(QPointF(cx, cy), rx, ry)
    else:
        path.moveTo(*shape.points[0])
        for point in shape.points[1:]:
            path.lineTo(*point)
        path.closeSubpath()
    return path


PATHS = [(shape.code, shape_path(shape)) for shape in SHAPES]
FIGURE_TOP = min(shape.bounds()[1] for shape in SHAPES)  # the figures' extent; the words go above and below
FIGURE_BOTTOM = max(shape.bounds()[3] for shape in SHAPES)


def mix(a: QColor, b: QColor, share: float) -> QColor:
    """`share` of b over a."""
    return QColor.fromRgbF(*(x + (y - x) * share for x, y in zip(rgb(a), rgb(b), strict=True)))


class _Outline(QWidget):
    """The drawing scaled into the widget, its aspect kept; subclasses say how each region is filled."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = LINES_TALL) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _drawing_height(self) -> int:
        return self.fontMetrics().lineSpacing() * self._lines

    def sizeHint(self) -> QSize:
        tall = self._drawing_height()
        figures = tall - 2 * self.fontMetrics().lineSpacing()  # a line of words above and below (`transform`)
        return QSize(round(figures * WIDTH / (FIGURE_BOTTOM - FIGURE_TOP)), tall)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()  # smaller, a hand or a foot would be too small to point at

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    def transform(self) -> QTransform:
        """Drawing coordinates to widget pixels: the figures between a line of text above (Front, Back) and one
        below (R, L), in the top part of the widget (`_area_height`), centred, their shape kept."""
        line = self.fontMetrics().lineSpacing()
        room = QRectF(0, line, self.width(), max(1.0, self._area_height() - 2 * line))
        scale = max(0.01, min(room.width() / WIDTH, room.height() / (FIGURE_BOTTOM - FIGURE_TOP)))
        left = (room.width() - WIDTH * scale) / 2
        top = room.top() + (room.height() - (FIGURE_BOTTOM - FIGURE_TOP) * scale) / 2 - FIGURE_TOP * scale
        return QTransform(scale, 0, 0, scale, left, top)

    def _area_height(self) -> float:
        return self.height()

    def region_at(self, point: QPointF) -> str | None:
        inverse, _ = self.transform().inverted()
        spot = inverse.map(point)
        return region_at(spot.x(), spot.y())

    def centre_point(self, x: float, y: float) -> QPointF:
        """Where drawing point (x, y) is in this widget: for tests and for pointing."""
        return self.transform().map(QPointF(x, y))

    def fill(self, code: str) -> QColor:
        raise NotImplementedError

    def paint_outline(self, painter: QPainter, focused: str | None = None) -> None:
        palette = self.palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        transform = self.transform()
        scale = transform.m11()
        painter.setTransform(transform)
        outline = QPen(palette.color(QPalette.ColorRole.WindowText), 1.5 / scale)  # 1.5 pixels at any size
        for code, path in PATHS:
            painter.setPen(outline)
            painter.setBrush(self.fill(code))
            painter.drawPath(path)
        if focused is not None:  # a thick ring in two colours, seen on a marked region and an unmarked one
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rings = (QPen(palette.color(QPalette.ColorRole.WindowText), 5 / scale),
                     QPen(palette.color(QPalette.ColorRole.Highlight), 2.5 / scale, Qt.PenStyle.DashLine))  # fmt: skip
            for ring in rings:
                painter.setPen(ring)
                for code, path in PATHS:
                    if code == focused:
                        painter.drawPath(path)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.resetTransform()
        metrics = self.fontMetrics()
        above = transform.map(QPointF(0, FIGURE_TOP)).y() - metrics.descent() - 1
        below = transform.map(QPointF(0, FIGURE_BOTTOM)).y() + metrics.ascent() + 1
        for text, x, y in LABELS:
            word = tr.known(text)
            left = transform.map(QPointF(x, y)).x() - metrics.horizontalAdvance(word) / 2
            painter.drawText(QPointF(left, above if y < FIGURE_TOP else below), word)


class BodyDrawing(_Outline):
    """Click a region, or Tab to it and press Space, to tick or clear its box in `checklist`."""

    focus_moved = Signal(str)  # the location code now focused

    def __init__(self, checklist: CodeChecklist, word: Callable[[str], str], *, lines: int = LINES_TALL,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent, lines=lines)
        self._checklist = checklist
        self._word = word
        self.focused = TAB_ORDER[0]
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Where it hurts, on a drawing of the body"))
        self.setMouseTracking(True)
        for box in checklist.boxes.values():
            box.toggled.connect(self.refresh)
        self.refresh()

    def marked(self) -> tuple[str, ...]:
        return self._checklist.codes()

    def toggle(self, code: str) -> None:
        """Tick or clear `code`'s box; its `toggled` signal tells the page, and this drawing repaints."""
        box = self._checklist.boxes[code]
        if box.isEnabled():
            box.toggle()

    def state_words(self, code: str) -> str:
        """What a screen reader says for a region: "Lower back, marked"."""
        state = tr("marked") if code in self.marked() else tr("not marked")
        return f"{self._word(code)}, {state}"

    def refresh(self) -> None:
        """Show the boxes' state again (after `set_codes`, which changes them quietly)."""
        self.setAccessibleDescription(self.state_words(self.focused))
        self.setToolTip(self.state_words(self.focused))
        self.update()

    def _focus(self, code: str) -> None:
        self.focused = code
        self.refresh()
        self.focus_moved.emit(code)

    # ----- painting -------------------------------------------------------------------------------------------

    def fill(self, code: str) -> QColor:
        palette = self.palette()
        if code in self.marked():
            return palette.color(QPalette.ColorRole.Highlight)
        return palette.color(QPalette.ColorRole.Base)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_outline(painter, self.focused if self.hasFocus() else None)
        painter.end()

    # ----- mouse and keys -------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        code = self.region_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or code is None:
            super().mousePressEvent(event)
            return
        self._focus(code)
        self.toggle(code)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        code = self.region_at(event.position())
        self.setToolTip(self.state_words(code) if code else "")
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.toggle(self.focused)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() == Qt.FocusReason.TabFocusReason:
            self._focus(TAB_ORDER[0])
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            self._focus(TAB_ORDER[-1])
        else:
            self.refresh()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def tab_within(self, forward: bool) -> bool:
        """Tab and Shift+Tab move between the regions first, then on to the next control (painlog's Tab order,
        ui/tab_order.py, asks this before it moves on)."""
        index = TAB_ORDER.index(self.focused) + (1 if forward else -1)
        if self.hasFocus() and 0 <= index < len(TAB_ORDER):
            self._focus(TAB_ORDER[index])
            return True
        return False

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's own name
        return self.tab_within(next) or super().focusNextPrevChild(next)


def beside(drawing: BodyDrawing, checklist: CodeChecklist) -> QWidget:
    """The drawing with its check boxes on its right: either can be used, and they show the same."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(drawing, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(checklist, 1, Qt.AlignmentFlag.AlignTop)
    return row


class BodyShading(_Outline):
    """A period's drawing: each region shaded by how many days it hurt, the key underneath. Read only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, lines=SHADING_LINES)
        self._levels: dict[str, int] = {}
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(tr("Where it hurt, on a drawing of the body, shaded by days"))
        self.set_days({})

    def set_days(self, days_by_code: Mapping[str, int]) -> None:
        self._levels = {code: shade_level(days) for code, days in days_by_code.items()}
        self.setAccessibleDescription(describe_shading(days_by_code))
        self.update()

    def level(self, code: str) -> int:
        return self._levels.get(code, 0)

    def _key_height(self) -> int:
        return self.fontMetrics().lineSpacing() * 2

    def _area_height(self) -> float:
        return self.height() - self._key_height()

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        return QSize(size.width(), size.height() + self._key_height())

    def minimumSizeHint(self) -> QSize:
        """Only looked at, never pointed at: it may shrink, so the charts beside it keep their room."""
        tall = self.fontMetrics().lineSpacing() * SHADING_LINES_SMALLEST
        return QSize(max(round(tall * WIDTH / HEIGHT), self._key_width()), tall + self._key_height())

    def _key_width(self) -> int:
        metrics = self.fontMetrics()
        return 2 * (metrics.height() + 16 + metrics.horizontalAdvance(band_words(3, tr)))

    def shade(self, level: int) -> QColor:
        """Base for none, then towards the text colour: darker in light colours, lighter in dark ones."""
        palette = self.palette()
        shares = (0.0, 0.2, 0.4, 0.62, 0.85)
        return mix(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), shares[level])

    def fill(self, code: str) -> QColor:
        return self.shade(self.level(code))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_outline(painter)
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        box = metrics.height() * 0.8
        words = [band_words(level, tr) for level in range(1, len(SHADE_BANDS) + 1)]
        widths = [box + 4 + metrics.horizontalAdvance(w) + 12 for w in words]
        per_row = max(2, min(len(words), int(self.width() // max(widths))))  # two rows at most
        top = self.height() - self._key_height()
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for index, text in enumerate(words):
            row, column = divmod(index, per_row)
            x = column * max(widths) + 2
            y = top + row * line + (line - box) / 2
            painter.setBrush(self.shade(index + 1))
            painter.drawRect(QRectF(x, y, box, box))
            painter.drawText(QPointF(x + box + 4, top + row * line + metrics.ascent()), text)
        painter.end()


def describe_shading(days_by_code: Mapping[str, int]) -> str:
    """The drawing in words, for a screen reader: "Lower back: 20 days; Head: 2 days"."""
    pairs = sorted(((code, n) for code, n in days_by_code.items() if n > 0), key=lambda p: (-p[1], p[0]))
    if not pairs:
        return tr("No place was marked in this period.")
    return "; ".join(f"{location_word(code)}: {days(n)}" for code, n in pairs)
