"""Two looks for every chart: colour for the screen, and ink that survives a black-and-white printer.

The print style tells lines apart by dash pattern and marker, not by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import matplotlib as mpl
from matplotlib.figure import Figure


@dataclass(frozen=True)
class ChartStyle:
    name: str
    pain: str
    band: str
    peg: str
    mood: str
    sleep: str
    points: str
    lane: str
    lane_edge: str
    procedure: str
    stop: str
    grid: str
    baseline: str
    response: str
    mood_dash: str = "-"
    sleep_dash: str = "-"
    peg_dash: str = "-"
    sleep_marker: str | None = None
    font_size: float = 9.0


SCREEN = ChartStyle(
    name="screen", pain="#1f5fbf", band="#c9d8f2", peg="#7b3fa0", mood="#1d7a4c", sleep="#b35c00",
    points="#5d6b82", lane="#dbe6f7", lane_edge="#1f5fbf", procedure="#a3361b", stop="#a3361b",
    grid="#e3e5e8", baseline="#d9d9d9", response="#cfe8d8",
)  # fmt: skip

PRINT = ChartStyle(
    name="print", pain="#000000", band="#d0d0d0", peg="#000000", mood="#000000", sleep="#555555",
    points="#707070", lane="#e6e6e6", lane_edge="#000000", procedure="#000000", stop="#000000",
    grid="#dddddd", baseline="#e0e0e0", response="#bdbdbd", mood_dash="-", sleep_dash="--", peg_dash="-",
    sleep_marker="s", font_size=8.0,
)  # fmt: skip


class ChartFigure(Figure):
    """A Figure whose text is drawn unhinted, as macOS draws all text: as sharp as hinted text at screen sizes,
    and a third cheaper with matplotlib 3.11, which lays out and renders every glyph on its own."""

    def draw(self, renderer: Any) -> None:  # noqa: ANN401 - any backend's renderer
        with mpl.rc_context({"text.hinting": "no_hinting"}):
            super().draw(renderer)


def chart_figure(size: tuple[float, float], dpi: float, layout: str | None = None) -> Figure:
    return ChartFigure(figsize=size, dpi=dpi, layout=layout)
