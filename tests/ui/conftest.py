from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QScrollArea

from painlog.app import build_window
from painlog.domain.checkin import CheckIn


@pytest.fixture
def window(diary, qtbot):
    from painlog.session import DiarySession

    win = build_window(DiarySession(diary.path, diary))
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.today_page.refresh()  # drop what a test left unsaved, so closing asks nothing
    win.close()
    win.deleteLater()
    # Deleted now, not at an event loop that never comes: a window left alive keeps its timers (the day check
    # of the procedure offers), which would later read this test's closed diary in another test.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def page(window):
    return window.today_page


def scroll_into_view(widget) -> None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)


def click(qtbot, widget) -> None:
    """Scroll the widget into view, as a person would, then click it (a check box on its box)."""
    scroll_into_view(widget)
    position = QPoint(10, widget.height() // 2) if isinstance(widget, QCheckBox | QRadioButton) else QPoint()
    if position.isNull():
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=position)


def choose_by_keys(qtbot, combo, text: str) -> None:
    """Pick the drop-down entry that starts with `text` with the arrow keys, as a keyboard user would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text)


def answer(qtbot, page, field: str, value: int) -> None:
    """Click the numbered box, as a person would."""
    click_box(qtbot, page.scales[field], value)


def click_box(qtbot, scale, value: int) -> None:
    scroll_into_view(scale.boxes)
    qtbot.mouseClick(scale.boxes, Qt.MouseButton.LeftButton, pos=scale.boxes.box_rect(value).center())


def stored(diary, day: date) -> dict | None:
    row = diary.db.execute("SELECT * FROM checkins WHERE date = ?", [day.isoformat()]).fetchone()
    if row is None:
        return None
    columns = [c[0] for c in diary.db.execute("SELECT * FROM checkins LIMIT 0").description]
    return dict(zip(columns, row, strict=True))


def seed_days(diary, days: int, *, pain: int = 5) -> None:
    for offset in range(1, days + 1):
        diary.checkins.save(
            CheckIn(day=date.today() - timedelta(days=offset), pain_avg=pain, enjoyment=4, activity=4, mood=6)
        )


def type_into(qtbot, widget, text: str) -> None:
    """Replace what a line edit or spin box holds by typing, as a person would."""
    line = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    line.selectAll()
    qtbot.keyClicks(line, text)


def press_save(qtbot, dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


# The chart and theme tests run twice: at 100 % in light colours, and at 150 % display scaling in dark colours
# (tests/fixtures/screens.json names the screens; Qt scales a screen whose logical DPI is above 96).
LOOKS = {"100 % light": ("desktop", "light", 1.0), "150 % dark": ("desktop at 150 %", "dark", 1.5)}


@pytest.fixture(params=list(LOOKS))
def look(request, window, qtbot):
    """The window moved to the look's screen, in its colours; yields (scheme name, device pixel ratio)."""
    from PySide6.QtGui import QGuiApplication

    name, scheme, ratio = LOOKS[request.param]
    screen = next((s for s in QGuiApplication.screens() if s.name() == name), None)
    if screen is None:
        pytest.skip("Qt runs on a platform other than the offscreen screens of tests/fixtures/screens.json")
    window.setScreen(screen)
    window.move(screen.availableGeometry().topLeft() + QPoint(10, 40))
    window.view.choose_appearance(scheme)
    qtbot.waitUntil(lambda: window.devicePixelRatioF() == ratio)
    yield scheme, ratio
    window.view.choose_appearance("system")
    window.view.choose_text_size("normal")


def said_beside(message, button, lines: int = 3) -> bool:
    """Whether a message line shows text within a few lines below (or beside) the button that caused it."""
    top = button.mapTo(button.window(), QPoint()).y()
    where = message.mapTo(message.window(), QPoint()).y()
    return bool(message.text()) and message.isVisible() and 0 <= where - top <= lines * button.height()
