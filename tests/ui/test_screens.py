"""Every patient's screen: charts at any display scaling, light and dark colours, a text size, a window that
fits the screen (issue 12)."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication, QPalette

from painlog import demo
from painlog.ui.trends_page import POINT_AT_A_DAY
from tests.ui.conftest import click

TODAY = date.today()


@pytest.fixture
def trends(diary, window, look, qtbot):
    demo.write(diary, demo.generate(days=120, seed=3))
    window.show_page(window.trends_page)
    page = window.trends_page
    qtbot.waitUntil(lambda: page.trends_canvas.figure.axes != [])
    return page


def test_the_chart_fills_its_widget_in_device_pixels_at_any_scale(trends, look, qtbot):
    _, ratio = look
    canvas = trends.trends_canvas
    assert canvas.device_pixel_ratio == ratio
    assert canvas.figure.dpi == pytest.approx(96 * ratio)  # built at the window's 96 dpi, drawn for the screen
    width, height = canvas.get_width_height(physical=True)
    assert abs(width - canvas.width() * ratio) <= 1 and abs(height - canvas.height() * ratio) <= 1
    canvas.draw()
    (ax,) = canvas.figure.axes
    box = ax.get_window_extent()
    assert box.x1 > 0.9 * width and box.y1 > 0.9 * height  # the panels reach the far corner, not a quarter
    title = next(t for t in ax.texts if t.get_gid() == "pain")
    assert title.get_fontsize() == 12  # as large as the window's text (12 points)


def test_a_resized_chart_is_laid_out_again_for_its_new_size(trends, window, qtbot):
    canvas = trends.trends_canvas
    before = canvas.figure
    window.resize(window.width() - 200, window.height())
    qtbot.waitUntil(lambda: canvas.figure is not before, timeout=3000)
    width, _ = canvas.figure.get_size_inches()
    assert width * 96 == pytest.approx(canvas.width(), abs=2)


def test_the_chart_says_what_it_shows_and_a_new_range_forgets_the_day_pointed_at(trends, qtbot):
    canvas = trends.trends_canvas
    assert canvas.accessibleName() == "Pain, PEG score, mood and sleep over time, with the therapies"
    description = canvas.accessibleDescription()
    assert (TODAY - timedelta(days=89)).isoformat() in description and TODAY.isoformat() in description
    assert "days recorded" in description and "Average pain" in description
    trends.day_info.setText(trends.describe_day(TODAY - timedelta(days=3)))  # as pointing at a day does
    click(qtbot, trends.range_buttons["30 days"])
    assert trends.day_info.text() == POINT_AT_A_DAY
    assert (TODAY - timedelta(days=29)).isoformat() in canvas.accessibleDescription()


def test_charts_take_the_dark_look_on_a_dark_screen(trends, look):
    scheme, _ = look
    face = trends.trends_canvas.figure.get_facecolor()
    assert (sum(face[:3]) / 3 < 0.3) if scheme == "dark" else face[:3] == (1.0, 1.0, 1.0)


def test_the_answer_boxes_are_painted_in_the_palette_shown(window, look):
    from PySide6.QtGui import QColor

    scale = window.today_page.scales["pain_avg"]
    image = scale.boxes.grab().toImage()
    ratio = image.devicePixelRatio()
    corner = scale.boxes.box_rect(3).topLeft() + QPoint(6, 6)  # inside the box, clear of its digit
    painted = QColor(image.pixel(int(corner.x() * ratio), int(corner.y() * ratio)))
    assert painted.name() == scale.palette().color(QPalette.ColorRole.Base).name()
    scheme, _ = look
    assert painted.lightness() < 80 if scheme == "dark" else painted.lightness() > 240


def test_the_view_menu_chooses_colours_and_text_size_and_the_diary_remembers_them(window, diary, qapp, qtbot):
    actions = {action.data(): action for action in window.view_menu.actions() if action.data()}
    actions["dark"].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert diary.settings.get("appearance") == "dark"
    title = window.today_page.title
    normal_box = window.today_page.scales["pain_avg"].boxes.box
    header = window.history_page.table.horizontalHeader()
    normal_column = header.defaultSectionSize()
    actions["larger"].trigger()
    qtbot.waitUntil(lambda: window.today_page.scales["pain_avg"].boxes.box > normal_box)
    assert qapp.font().pointSizeF() == 18  # 12 points × 1.5
    assert title.font().pointSizeF() == pytest.approx((12 + 5) * 1.5)  # the day's title stays 5 points larger
    assert diary.settings.get("text_size") == "larger"
    qtbot.waitUntil(lambda: header.defaultSectionSize() > normal_column)  # "no entry" still fits its column
    from painlog.ui.chart_canvas import chart_style

    assert chart_style().font_size == 18 and chart_style().name == "screen dark"
    actions["system"].trigger()
    actions["normal"].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200  # the offscreen system is light
    assert diary.settings.get("appearance") == "system"


def test_a_new_window_opens_in_the_remembered_colours_size_and_place(diary, qapp, qtbot):
    from painlog.app import build_window
    from painlog.session import DiarySession

    diary.settings.set("appearance", "dark")
    diary.settings.set("window_geometry", "100,120,900,600")
    window = build_window(DiarySession(diary.path, diary))
    qtbot.addWidget(window)
    try:
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert window.geometry() == QRect(100, 120, 900, 600)
        window.show()
        window.setGeometry(150, 160, 1000, 700)
        window.close()
        assert diary.settings.get("window_geometry") == "150,160,1000,700"
    finally:
        window.view.choose_appearance("system")


@pytest.mark.parametrize(("name", "free"), [("laptop", (1280, 720)), ("laptop at 125 %", (1093, 614))])
def test_every_page_fits_a_small_screen_and_the_window_opens_within_it(window, qtbot, name, free):
    screen = next((s for s in QGuiApplication.screens() if s.name() == name), None)
    if screen is None:
        pytest.skip("Qt runs on a platform other than the offscreen screens of tests/fixtures/screens.json")
    assert (screen.availableGeometry().width(), screen.availableGeometry().height()) == free
    window.setScreen(screen)
    window.view.place(window)
    room = screen.availableGeometry()
    assert room.contains(window.geometry().adjusted(-8, -32, 8, 8))  # with its frame and title bar
    for index in range(window.navigation.count()):
        window.navigation.setCurrentRow(index)
        least = window.minimumSizeHint()
        assert least.width() <= window.width() and least.height() <= window.height(), index


def test_the_trends_toolbar_wraps_instead_of_widening_the_window(window, qtbot):
    window.resize(900, 640)
    window.show_page(window.trends_page)
    page = window.trends_page
    qtbot.waitUntil(lambda: page.custom_button.isVisible())
    assert window.width() == 900
    first, custom = page.range_buttons["30 days"], page.custom_button
    assert custom.mapTo(page, QPoint()).y() > first.mapTo(page, QPoint()).y() + first.height() // 2  # a second row
    assert page.custom_button.visibleRegion().boundingRect().width() == page.custom_button.width()  # not clipped


def test_a_new_text_size_or_scheme_draws_the_chart_again_in_it(trends, window, look, qtbot):
    canvas = trends.trends_canvas

    def title_size() -> float:
        return next(t for t in canvas.figure.axes[0].texts if t.get_gid() == "pain").get_fontsize()

    window.view.choose_text_size("large")
    qtbot.waitUntil(lambda: title_size() == 15)  # 12 points × 1.25, as the window's text
    scheme, _ = look
    window.view.choose_appearance("light" if scheme == "dark" else "dark")

    def turned() -> bool:
        face = canvas.figure.get_facecolor()
        return (sum(face[:3]) / 3 < 0.3) if scheme == "light" else face[:3] == (1.0, 1.0, 1.0)

    qtbot.waitUntil(turned)


def test_a_saved_chart_is_light_on_any_screen(trends, look, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage

    from painlog.ui import dialogs

    target = tmp_path / "chart.png"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(target))
    click(qtbot, trends.save_button)
    image = QImage(str(target))
    assert QColor(image.pixel(2, 2)).name() == "#ffffff"  # paper, not the dark screen's background
