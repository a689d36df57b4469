"""A thin Qt home for a matplotlib Figure: the charts are built elsewhere, this only shows them.

Imported only when a chart page opens, so matplotlib never loads at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: I001
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QWidget  # PySide6 first, then matplotlib's Qt backend


class ChartCanvas(FigureCanvasQTAgg):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Figure())
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)
        self._handlers: list[tuple[str, Callable]] = []

    def on(self, event: str, handler: Callable) -> None:
        """Listen to a matplotlib event on whatever figure is shown (callbacks live on the figure)."""
        self._handlers.append((event, handler))
        self.mpl_connect(event, handler)

    def size_inches(self) -> tuple[float, float]:
        """The figure size that fills this widget, so a new figure needs no resampling."""
        dpi = self.figure.dpi
        return max(self.width(), 300) / dpi, max(self.height(), 200) / dpi

    def show_figure(self, figure: Figure) -> None:
        figure.set_dpi(self.figure.dpi)
        figure.set_size_inches(*self.size_inches(), forward=False)
        self.figure = figure
        figure.set_canvas(self)
        for event, handler in self._handlers:
            self.mpl_connect(event, handler)
        self.draw_idle()
