"""The mouse wheel scrolls the page; it never changes a number, a date or a choice the pointer passes over."""

from datetime import date

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from painlog.ui.form_dialog import choice_input, date_input
from painlog.ui.style import apply_style


def wheel(widget, notches: int = -3) -> None:
    """Turn the wheel over the middle of `widget` (negative: towards the person, which scrolls down)."""
    centre = QPointF(widget.rect().center())
    for _ in range(abs(notches)):
        event = QWheelEvent(
            centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, 120 if notches > 0 else -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(widget, event)


def the_scroll_area(widget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def test_the_wheel_over_the_sleep_hours_scrolls_the_page_and_changes_nothing(qapp, window, page, qtbot):
    apply_style(qapp)  # where the app installs the guard
    window.resize(900, 500)  # small enough that the Today form scrolls
    qtbot.wait(50)
    scroll = the_scroll_area(page.sleep_hours)
    scroll.ensureWidgetVisible(page.sleep_hours)
    window.navigation.setFocus()
    top = scroll.verticalScrollBar().value()
    assert scroll.verticalScrollBar().maximum() > top  # there is room to scroll down
    assert page.sleep_hours.text() == "not recorded" and not page.sleep_hours.hasFocus()

    wheel(page.sleep_hours, -3)

    assert page.sleep_hours.text() == "not recorded"
    assert not page.is_dirty()
    assert scroll.verticalScrollBar().value() > top  # the wheel went on to the page


def test_the_wheel_over_the_date_shown_leaves_the_day(qapp, window, page):
    apply_style(qapp)
    window.navigation.setFocus()
    shown = page.date_edit.date()

    wheel(page.date_edit, -3)  # towards the past: the day shown is the latest the field allows

    assert page.date_edit.date() == shown and page.day == shown.toPython()


def test_a_field_being_typed_in_still_follows_the_wheel(qapp, window, page, qtbot):
    apply_style(qapp)
    the_scroll_area(page.sleep_hours).ensureWidgetVisible(page.sleep_hours)
    page.sleep_hours.setFocus()
    qtbot.waitUntil(page.sleep_hours.hasFocus)

    wheel(page.sleep_hours, 1)  # up one step from "not recorded" (-0.5 inside) to 0.0 hours

    assert page.sleep_hours.value() == 0.0


def test_dialog_fields_ignore_the_wheel_without_focus(qapp, qtbot):
    apply_style(qapp)
    day = date(2026, 3, 14)
    field, combo = date_input(day), choice_input({"a": "first", "b": "second"})
    for widget in (field, combo):
        qtbot.addWidget(widget)
        widget.show()
        wheel(widget, -3)
    assert field.date().toPython() == day
    assert combo.currentText() == "first"
