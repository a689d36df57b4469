"""Longer languages do not clip: with every text made about 40 % longer (as vorta's TRANS_SCALE does), each page
and main dialog of a window filling a 1366×768 laptop at 125 % display scaling (1093×614 logical pixels, the
tightest common screen: tests/fixtures/screens.json) still shows every label and button whole. The same run
records every text the app looked up: each must be one the translation file holds (else extraction missed it)."""

import math
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tests.ui.conftest import seed_days
from tests.ui.gallery import PAGES, main_dialogs, retire

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "painlog_es.ts"
SCALE = 0.4  # Spanish and German run 20–40 % longer than English; the longest is the test
LAPTOP = "laptop at 125 %"  # 1366×768 at 125 %
FRAME = (16, 40)  # the window's frame and title bar


def stretched(text: str) -> str:
    """`text` about 40 % longer, in words that wrap like words; placeholders, %n and & keep working."""
    extra = math.ceil(len(text) * SCALE)
    return text + "".join(" " + "x" * min(6, extra - i) for i in range(0, extra, 7))


class Stretching(QTranslator):
    """Every text longer, and every text looked up noted."""

    def __init__(self) -> None:
        super().__init__()
        self.looked_up: set[str] = set()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 - Qt's signature
        if context == "":  # painlog's own texts (Qt's widgets ask in contexts of their own)
            self.looked_up.add(source)
        return stretched(source)


def clipped(root: QWidget) -> list[str]:
    """The visible labels and buttons under `root` that are smaller than their text needs, and the parts that
    scroll sideways (what is off to the side is cut)."""
    found = []
    for area in root.findChildren(QScrollArea) + root.findChildren(QListView):
        if area.isVisibleTo(root) and area.horizontalScrollBar().maximum() > 0:
            found.append(f"{type(area).__name__} {area.accessibleName()!r} scrolls sideways")
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text()
        if not text.strip() or (isinstance(widget, QLabel) and widget.pixmap() is not None and text == ""):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            short = widget.height() < widget.heightForWidth(widget.width())
        else:
            short = widget.width() < widget.minimumSizeHint().width()
        if short:
            found.append(f"{type(widget).__name__} {text[:60]!r}: {widget.width()}×{widget.height()}")
    return found


def test_the_check_finds_a_button_too_narrow_for_its_words(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("Save this day and everything else that was changed")
    QVBoxLayout(holder).addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    assert clipped(holder) == []
    button.setFixedWidth(80)  # as a layout without room squeezes it
    assert clipped(holder) == [f"QPushButton {button.text()!r}: 80×{button.height()}"]


@pytest.fixture
def stretching(qapp):
    translator = Stretching()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def with_medicines(diary) -> None:
    """A few days, a scheduled and an as-needed medicine: every section of Today and Therapies has words."""
    from datetime import timedelta

    from painlog.domain.therapy import Regimen, Therapy
    from painlog.domain.visits import Visit

    seed_days(diary, 20)
    start = date.today() - timedelta(days=10)
    diary.therapies.add(Therapy("medication", "Gabapentin", "gabapentin"),
                        Regimen(0, start, dose_amount=300, dose_unit="mg", route="oral", times_per_day=3))  # fmt: skip
    diary.visits.save(Visit(date.today() + timedelta(days=9), "Dr Amara Reyes-Castellanos, pain clinic"))
    diary.therapies.add(Therapy("medication", "Oxycodone IR", "oxycodone"),
                        Regimen(0, start, dose_amount=5, dose_unit="mg", prn=True, max_per_day=4))  # fmt: skip


@pytest.fixture
def laptop_window(stretching, diary, qtbot):
    """The main window filling the laptop's free room, over a diary with days and medicines."""
    from PySide6.QtGui import QGuiApplication

    from painlog.app import build_window
    from painlog.session import DiarySession

    screen = next((s for s in QGuiApplication.screens() if s.name() == LAPTOP), None)
    if screen is None:
        pytest.skip("Qt runs on a platform other than the offscreen screens of tests/fixtures/screens.json")
    with_medicines(diary)
    window = build_window(DiarySession(diary.path, diary))
    window.setScreen(screen)
    free = screen.availableGeometry()
    window.move(free.topLeft())
    window.resize(free.width() - FRAME[0], free.height() - FRAME[1])
    window.show()
    qtbot.waitExposed(window)
    yield window
    retire(window)


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_shows_its_longer_words_whole_on_a_laptop(laptop_window, qtbot, page):
    window = laptop_window
    window.navigation.setCurrentRow(PAGES[page])
    settle(qtbot)
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() - FRAME[0], f"the window needs {window.width()} pixels across"
    assert clipped(window.centralWidget()) == []


def test_every_main_dialog_shows_its_longer_words_whole(laptop_window, qtbot):
    problems = []
    for name, dialog in main_dialogs(laptop_window, date.today()):
        dialog.show()
        settle(qtbot)
        problems += [f"{name}: {problem}" for problem in clipped(dialog)]
        dialog.done(0)
        dialog.deleteLater()
    assert problems == [], "\n".join(problems)


def test_every_text_the_app_looked_up_is_in_the_translation_file(stretching, diary, qtbot):
    """A text the app asks for at run time that extraction never saw would stay in English in Spanish."""
    from painlog.app import build_window
    from painlog.session import DiarySession

    with_medicines(diary)
    window = build_window(DiarySession(diary.path, diary))
    window.show()
    qtbot.waitExposed(window)
    try:
        for row in PAGES.values():
            window.navigation.setCurrentRow(row)
            settle(qtbot)
        for _name, dialog in main_dialogs(window, date.today()):
            dialog.show()
            settle(qtbot)
            dialog.done(0)
            dialog.deleteLater()
    finally:
        retire(window)
    known = {message.findtext("source") for message in ET.parse(TS).getroot().iter("message")}
    assert sorted(stretching.looked_up - known) == []
