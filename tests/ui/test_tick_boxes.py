"""Tick boxes and round choice buttons at least 20 pixels, growing with the Text size setting (issue 12)."""

import pytest
from PySide6.QtWidgets import QStyle, QStyleOptionButton

from painlog.ui.style import apply_style
from painlog.ui.summary_dialog import SummaryDialog

pytestmark = pytest.mark.usefixtures("look")  # at 100 % light and at 150 % dark


def indicator_width(box) -> int:
    """The box's tick area as its style lays it out, in the window's pixels."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if box.inherits("QCheckBox")
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return box.style().subElementRect(element, option, box).width()


def test_tick_boxes_are_at_least_20_pixels_and_grow_with_the_text_size(window, qapp, qtbot):
    from datetime import date

    apply_style(qapp)  # as the app starts: the sizer is installed there
    window.view.apply()  # in the look's colours again
    dialog = SummaryDialog(window, window._repositories, today=date.today())
    qtbot.addWidget(dialog)
    dialog.show()
    boxes = [*dialog.sections.values(), dialog.last_30]
    assert all(indicator_width(box) >= 20 for box in boxes)  # the style's own are 13 or 14
    normal = indicator_width(boxes[0])
    window.view.choose_text_size("larger")
    qtbot.waitUntil(lambda: indicator_width(boxes[0]) > normal)
    assert all(indicator_width(box) >= box.fontMetrics().height() for box in boxes)  # as tall as a line of text
    dialog.close()
