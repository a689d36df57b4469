"""The period's pain drawing for the printed summary: each region in a grey by how many days it hurt.

Grey levels, not hues, so a black-and-white printer keeps them apart; the key says what each grey means.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from painlog.domain.body_map import HEIGHT, PRINT_GREYS, SHADE_BANDS, WIDTH, shade_levels, svg_text
from painlog.report.chart_image import PRINT_DPI
from painlog.wording import Translator
from painlog.wording.clinical import band_words

BODY_URL = "painlog://body.png"
BODY_IN = 1.6  # the drawing's printed width in inches: each region big enough to see its grey


def body_image(days_by_code: Mapping[str, int], width_in: float = BODY_IN) -> QImage:
    """The drawing shaded by `days_by_code` (code → days), at print resolution on white."""
    width = round(width_in * PRINT_DPI)
    image = QImage(width, round(width * HEIGHT / WIDTH), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    renderer = QSvgRenderer(QByteArray(svg_text(shade_levels(days_by_code)).encode("utf-8")))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def with_body(words: str, tr: Translator, width_in: float = BODY_IN) -> str:
    """`words` (rich text) with the key under them, the drawing on their right: beside, not below, so the
    drawing adds little to the page (the image is the document's BODY_URL resource)."""
    swatches = "".join(
        f'<td bgcolor="{PRINT_GREYS[level]}" width="16" style="border: 1px solid #000000">&nbsp;</td>'
        f"<td>{escape(band_words(level, tr))}&nbsp;&nbsp;</td>"
        for level in range(1, len(SHADE_BANDS) + 1)
    )
    key = (
        '<p class="small">'
        + escape(tr("On the drawing, days each place hurt (a check-in or a flare that day):"))
        + '</p><table cellspacing="2" cellpadding="1"><tr>'
        + str(swatches)
        + '</tr></table><p class="small">'
        + escape(tr("White: not marked. Front: as facing you; back: as seen from behind."))
        + "</p>"
    )
    width = round(width_in * 96)  # rich text sizes are in 1/96 inch
    return (
        f'<table cellpadding="0" width="100%"><tr><td valign="top">{words}{key}</td>'
        f'<td valign="top" width="{width}"><img src="{BODY_URL}" width="{width}"></td></tr></table>'
    )
