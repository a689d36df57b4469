"""A chart rendered to an image at print resolution, for the summary document."""

from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

PRINT_DPI = 220


def png_bytes(figure: Figure, dpi: int = PRINT_DPI) -> bytes:
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
