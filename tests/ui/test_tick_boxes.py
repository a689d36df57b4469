"""Tick boxes and round choices are at least 20 px and grow with the Text size (issue 12: they were 12–14 px)."""

from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

from painlog.ui.style import style_name


def indicator(widget) -> int:
    option = QStyleOptionButton()
    option.initFrom(widget)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(widget, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonIndicator)  # fmt: skip
    return min(widget.style().subElementRect(element, option, widget).size().toTuple())


def test_tick_boxes_are_at_least_20_pixels_and_grow_with_the_text_size(window, qapp):
    boxes = window.findChildren(QCheckBox)
    assert boxes
    assert min(indicator(b) for b in boxes) >= 20
    window.view.choose_text_size("larger")  # 1.5 × the body text: 18 pt → round(18 × 96/72 × 1.1) = 26 px
    assert min(indicator(b) for b in window.findChildren(QCheckBox)) >= 26
    assert min(b.sizeHint().height() for b in window.findChildren(QCheckBox)) >= 26


def test_round_choices_too_and_the_style_underneath_is_still_named(window, qapp):
    from painlog.ui.summary_dialog import SummaryDialog

    dialog = SummaryDialog(window, window._repositories, today=window._today())
    radios = dialog.findChildren(QRadioButton)
    assert radios and min(indicator(r) for r in radios) >= 20
    assert style_name(qapp) == "fusion"
