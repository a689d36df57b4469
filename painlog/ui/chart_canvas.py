"""A thin Qt home for a matplotlib Figure: the charts are built elsewhere, this only shows them.

Imported only when a chart page opens, so matplotlib never loads at start-up.

A figure is built at the screen's logical DPI (so a point in a chart is a point in the window) and sized in
logical pixels; the canvas then multiplies its DPI by the device pixel ratio, as matplotlib's Qt canvas does
for the figure it was made with, so the chart fills its widget sharply at 125 %, 150 % or 200 % scaling.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: I001
from matplotlib.figure import Figure
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget  # PySide6 first, then matplotlib's Qt backend

from painlog.charts.style import SCREEN, SCREEN_DARK, ChartStyle
from painlog.ui.style import body_points, current_scheme

SETTLE_MS = 150  # a chart is laid out again once its widget has kept one size this long
FOCUS_FRAME = 3  # pixels
SMALLEST = (300, 150)  # pixels: a chart is never laid out smaller (its widget scrolls or clips instead)


class ChartCanvas(FigureCanvasQTAgg):
    resized = Signal()  # the widget settled on a size its chart was not laid out for: build the chart again
    draws_own_focus = True  # its frame shows the focus: focus_ring.py adds no ring

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(Figure())
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(SMALLEST[1])
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader reaches it by Tab and reads what it shows
        self._handlers: list[tuple[Any, Callable[[Any], object]]] = []
        self._laid_out_for = QSize()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

    def on(self, event: Any, handler: Callable[[Any], object]) -> None:  # noqa: ANN401 - matplotlib's event names
        """Listen to a matplotlib event on whatever figure is shown (callbacks live on the figure)."""
        self._handlers.append((event, handler))
        self.mpl_connect(event, handler)

    def base_dpi(self) -> float:
        """Dots per inch of the window's logical pixels: chart text in points is then as large as the window's."""
        return float(self.logicalDpiY())

    def size_inches(self) -> tuple[float, float]:
        """The figure size that fills this widget at `base_dpi`, so a new figure needs no resampling."""
        dpi = self.base_dpi()
        return max(self.width(), SMALLEST[0]) / dpi, max(self.height(), SMALLEST[1]) / dpi

    def frame(self) -> dict[str, Any]:
        """The size, DPI and look a figure function should build for this canvas: `f(data, **canvas.frame())`."""
        return {"size": self.size_inches(), "dpi": self.base_dpi(), "style": chart_style()}

    def show_figure(self, figure: Figure, description: str = "") -> None:
        """Show a figure built with `frame()`, and say in words what it shows (for a screen reader)."""
        base = figure.dpi  # what it was built at, kept by matplotlib as the figure's own DPI on any screen
        figure.set_dpi(base * self.device_pixel_ratio)
        width, height = self.size_inches()
        figure.set_size_inches(width, height, forward=False)
        self.figure = figure
        figure.set_canvas(self)
        for event, handler in self._handlers:
            self.mpl_connect(event, handler)
        self._laid_out_for = self.size()
        self.setAccessibleDescription(description)
        self.draw_idle()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # a clear frame shows that the keys are on this chart
            painter = QPainter(self)
            colour = self.window().palette().color(QPalette.ColorRole.Highlight)  # matplotlib gave the canvas its own
            painter.setPen(QPen(colour, FOCUS_FRAME))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # matplotlib stretches the drawn chart at once; it is laid out again below
        self._settle.start()

    def _settled(self) -> None:
        if self.isVisible() and self.size() != self._laid_out_for and not self._laid_out_for.isEmpty():
            self.resized.emit()


def chart_style() -> ChartStyle:
    """The screen's look in the window's colours, with text as large as the window's."""
    look = SCREEN_DARK if current_scheme().name == "dark" else SCREEN
    return look.sized(body_points())
