"""Three looks for every chart: colour for a light screen and for a dark one, and ink that survives a
black-and-white printer.

The print style tells lines apart by dash pattern and marker, not by colour alone. On screen, every line, dot
and marker keeps 3:1 contrast with the chart's background and every text 4.5:1 (WCAG 2.2 AA); the filled areas
(the worst–least band, the therapy bars, the before and after windows) lie under marks and are named in the key.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal, TypeVar

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
    face: str = "#ffffff"  # the background
    ink: str = "#000000"  # text, frames and tick marks

    MARKS = ("pain", "peg", "mood", "sleep", "points", "lane_edge", "procedure", "stop")  # lines, dots, markers

    def sized(self, font_size: float) -> ChartStyle:
        """This look with text of `font_size` points (the screen's text size)."""
        return replace(self, font_size=font_size)

    def rc(self) -> dict[str, Any]:
        """matplotlib's settings for this look, read as each artist is made."""
        return {
            "figure.facecolor": self.face, "axes.facecolor": self.face, "savefig.facecolor": self.face,
            "text.color": self.ink, "axes.labelcolor": self.ink, "axes.edgecolor": self.ink,
            "xtick.color": self.ink, "ytick.color": self.ink, "font.size": self.font_size,
        }  # fmt: skip


SCREEN = ChartStyle(
    name="screen", pain="#1f5fbf", band="#c9d8f2", peg="#7b3fa0", mood="#1d7a4c", sleep="#b35c00",
    points="#5d6b82", lane="#dbe6f7", lane_edge="#1f5fbf", procedure="#a3361b", stop="#a3361b",
    grid="#e3e5e8", baseline="#d9d9d9", response="#cfe8d8",
)  # fmt: skip

SCREEN_DARK = ChartStyle(
    name="screen dark", pain="#7ab0ff", band="#394761", peg="#c994f2", mood="#5fd08f", sleep="#f0a04b",
    points="#a3adbd", lane="#33415a", lane_edge="#7ab0ff", procedure="#ff8a73", stop="#ff8a73",
    grid="#3a3e45", baseline="#3a3d43", response="#26493b", face="#23262b", ink="#e8eaed",
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


Drawing = TypeVar("Drawing", bound=Callable[..., Figure])


def styled(draw: Drawing) -> Drawing:
    """Make a figure function build its artists in its `style`'s colours (matplotlib reads them as it goes)."""
    signature = inspect.signature(draw)

    @functools.wraps(draw)
    def in_style(*args: Any, **kwargs: Any) -> Figure:  # noqa: ANN401 - the figure function's own arguments
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        with mpl.rc_context(bound.arguments["style"].rc()):
            return draw(*args, **kwargs)

    return in_style  # type: ignore[return-value]


def chart_figure(
    size: tuple[float, float], dpi: float, layout: Literal["constrained", "compressed", "tight"] | None = None
) -> Figure:
    return ChartFigure(figsize=size, dpi=dpi, layout=layout)
