"""The keyboard focus is always visible: a ring follows the button, tick box or list that Tab reached, in a
colour that stands out from the window in the light and the dark scheme; a click hides it, as Qt does."""

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from painlog.ui.focus_ring import FocusRing
from painlog.ui.schemes import DARK, LIGHT, contrast
from painlog.ui.tab_order import move_focus, tab_chain
from tests.ui.conftest import seed_days


def tab_to(qtbot, window, widget) -> None:
    """Press Tab on the stop before `widget`, as a person does."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    chain = tab_chain(window)
    before = chain[chain.index(widget) - 1]
    move_focus(before, Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget


def ring_around(widget) -> FocusRing | None:
    rings = [r for r in widget.window().findChildren(FocusRing) if r.isVisible()]
    assert len(rings) <= 1
    return rings[0] if rings else None


def on_window(widget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def test_tab_shows_a_ring_around_a_tick_box_a_button_and_the_page_list(window, look, qtbot):
    page = window.today_page
    for widget in (page.locations.boxes["neck"], page.save_button, page.previous_button):
        tab_to(qtbot, window, widget)
        ring = ring_around(widget)
        assert ring is not None, widget.text()
        assert on_window(ring).contains(on_window(widget))  # around it, not on it
        assert on_window(ring) != on_window(widget)
    tab_to(qtbot, window, page.previous_button)  # Shift+Tab from here goes back to the page list
    qtbot.keyClick(page.previous_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.navigation
    ring = ring_around(window.navigation)
    assert ring is not None and on_window(ring).contains(on_window(window.navigation))


def test_every_control_gets_the_ring_but_an_answer_or_a_chart_draws_its_own(window, diary, qtbot):
    seed_days(diary, 5)  # Trends shows its charts (an empty diary shows what to do first instead)
    page = window.today_page
    for widget in (page.date_edit, page.sleep_hours, page.note, page.flare_list):
        tab_to(qtbot, window, widget)
        ring = ring_around(widget)
        assert ring is not None and on_window(ring).contains(on_window(widget)), widget
    tab_to(qtbot, window, page.scales["pain_avg"])
    assert ring_around(page.scales["pain_avg"]) is None
    trends = window.trends_page
    window.show_page(trends)
    qtbot.wait(20)
    tab_to(qtbot, window, trends.trends_canvas)  # a chart draws its own frame
    assert ring_around(trends.trends_canvas) is None


def test_a_click_hides_the_ring(window, qtbot):
    page = window.today_page
    tab_to(qtbot, window, page.previous_button)
    assert ring_around(page.previous_button) is not None
    qtbot.mouseClick(page.for_doctor, Qt.MouseButton.LeftButton, pos=QPoint(10, page.for_doctor.height() // 2))
    assert ring_around(page.for_doctor) is None


def test_the_ring_colour_stands_out_from_the_window_in_both_schemes():
    for scheme in (LIGHT, DARK):
        ring, window, base = (scheme.palette[role] for role in ("Highlight", "Window", "Base"))
        assert contrast(ring, window) >= 3.0, scheme.name  # WCAG 2.2 non-text contrast
        assert contrast(ring, base) >= 3.0, scheme.name


def test_the_ring_around_a_dialog_button_is_whole(window, look, qtbot, drive_dialog):
    """A row of dialog buttons is no taller than its buttons: the ring lies over the dialog, so it is drawn above
    and below the button too, in the scheme's selection colour."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QDialogButtonBox

    from painlog.ui.therapy_dialogs import SideEffectDialog

    seen = {}

    def steps(dialog) -> None:
        qtbot.waitExposed(dialog)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        tab_to(qtbot, dialog, save)
        qtbot.wait(20)
        image = dialog.grab().toImage()
        ratio = image.devicePixelRatio()
        at = QRect(save.mapTo(dialog, QPoint(0, 0)), save.size())
        middle = at.center().x()
        seen["above"] = image.pixelColor(round(middle * ratio), round((at.top() - 2) * ratio))
        seen["below"] = image.pixelColor(round(middle * ratio), round((at.bottom() + 3) * ratio))
        seen["ring"] = dialog.palette().color(QPalette.ColorRole.Highlight)
        dialog.done(0)

    drive_dialog(SideEffectDialog, steps)
    window.show_page(window.therapies_page)
    window.therapies_page.side_effect_button.click()

    def near(colour: QColor, ring: QColor) -> bool:
        return all(abs(a - b) <= 40 for a, b in zip(colour.getRgb()[:3], ring.getRgb()[:3], strict=True))

    assert near(seen["above"], seen["ring"]), (seen["above"].name(), seen["ring"].name())
    assert near(seen["below"], seen["ring"]), (seen["below"].name(), seen["ring"].name())
