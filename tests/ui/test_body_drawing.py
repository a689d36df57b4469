"""The pain drawing on Today and in the flare dialog (issue 15): clicks, Tab, Space and the check boxes agree."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from painlog.domain.body_map import TAB_ORDER, centre_of
from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.ui.body_drawing import BodyShading
from painlog.ui.episode_dialog import EpisodeDialog
from tests.ui.conftest import answer, click, press_save, scroll_into_view, stored

TODAY = date.today()


def click_region(qtbot, drawing, code: str) -> None:
    """Click the middle of `code`'s first shape, as a person pointing at it."""
    scroll_into_view(drawing)
    qtbot.mouseClick(drawing, Qt.MouseButton.LeftButton, pos=drawing.centre_point(*centre_of(code)).toPoint())


def colour_at(drawing, code: str):
    image = drawing.grab().toImage()
    spot = drawing.centre_point(*centre_of(code)) * drawing.devicePixelRatioF()
    return image.pixelColor(spot.toPoint())


def highlighted_around_head(drawing) -> int:
    """How many pixels of the highlight colour lie in the box around the front view's head."""
    image = drawing.grab().toImage()
    ratio = drawing.devicePixelRatioF()
    top_left, bottom_right = drawing.centre_point(74, 18) * ratio, drawing.centre_point(126, 82) * ratio
    highlight = drawing.palette().color(QPalette.ColorRole.Highlight)
    return sum(
        image.pixelColor(x, y) == highlight
        for x in range(int(top_left.x()), int(bottom_right.x()))
        for y in range(int(top_left.y()), int(bottom_right.y()))
    )


def test_clicking_regions_ticks_their_boxes_and_the_day_is_saved_with_them(page, qtbot, diary):
    for field in ("pain_avg", "enjoyment", "activity", "mood"):
        answer(qtbot, page, field, 4)
    drawing = page.location_drawing
    click_region(qtbot, drawing, "lower_back")  # on the back view
    click_region(qtbot, drawing, "knee_left")  # on the front view, the viewer's right
    click(qtbot, page.locations.boxes["head"])  # the list still works, and the drawing shows it
    assert page.locations.codes() == ("head", "lower_back", "knee_left")
    assert drawing.marked() == ("head", "lower_back", "knee_left")
    click_region(qtbot, drawing, "head")  # a second click clears it
    assert not page.locations.boxes["head"].isChecked()
    assert page.is_dirty()

    click(qtbot, page.save_button)

    assert stored(diary, TODAY)["locations"] == '["lower_back", "knee_left"]'


def test_clicking_between_regions_changes_nothing(page, qtbot):
    scroll_into_view(page.location_drawing)
    between = page.location_drawing.centre_point(210, 200).toPoint()  # between the front and the back view
    qtbot.mouseClick(page.location_drawing, Qt.MouseButton.LeftButton, pos=between)
    assert page.locations.codes() == ()
    assert not page.is_dirty()


def test_tab_visits_every_region_head_to_feet_then_leaves_and_shift_tab_comes_back(page, qtbot):
    drawing = page.location_drawing
    scroll_into_view(drawing)
    drawing.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(drawing.hasFocus)
    visited = [drawing.focused]
    for _ in range(20):
        qtbot.keyClick(drawing, Qt.Key.Key_Tab)
        visited.append(drawing.focused)
    assert visited == list(TAB_ORDER)
    assert visited[:5] == ["head", "neck", "shoulder_right", "shoulder_left", "chest"]
    assert drawing.hasFocus()

    qtbot.keyClick(drawing, Qt.Key.Key_Tab)  # past the last region: on to the next control
    assert not drawing.hasFocus()
    after = page.focusWidget()
    qtbot.keyClick(after, Qt.Key.Key_Backtab)  # and back in, at the last region
    assert drawing.hasFocus()
    assert drawing.focused == "foot_left"
    qtbot.keyClick(drawing, Qt.Key.Key_Backtab)
    assert drawing.focused == "foot_right"


def test_space_marks_the_focused_region_and_says_so(page, qtbot):
    drawing = page.location_drawing
    scroll_into_view(drawing)
    drawing.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(drawing.hasFocus)
    for _ in range(TAB_ORDER.index("lower_back")):
        qtbot.keyClick(drawing, Qt.Key.Key_Tab)
    assert drawing.accessibleDescription() == "Lower back, not marked"
    qtbot.keyClick(drawing, Qt.Key.Key_Space)
    assert page.locations.boxes["lower_back"].isChecked()
    assert drawing.accessibleDescription() == "Lower back, marked"
    qtbot.keyClick(drawing, Qt.Key.Key_Space)
    assert not page.locations.boxes["lower_back"].isChecked()
    assert drawing.accessibleName() == "Where it hurts, on a drawing of the body"


def test_a_day_opened_shows_its_places_on_the_drawing(page, qtbot, diary):
    yesterday = TODAY - timedelta(days=1)
    diary.checkins.save(CheckIn(day=yesterday, pain_avg=5, enjoyment=4, activity=4, mood=6, locations=("hip_right",)))
    drawing = page.location_drawing
    scroll_into_view(drawing)
    drawing.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(drawing.hasFocus)
    for _ in range(TAB_ORDER.index("hip_right")):
        qtbot.keyClick(drawing, Qt.Key.Key_Tab)
    assert drawing.accessibleDescription() == "Right hip, not marked"
    assert page.open_day(yesterday)
    assert drawing.accessibleDescription() == "Right hip, marked"  # told again, though the boxes changed quietly
    highlight = drawing.palette().color(QPalette.ColorRole.Highlight)
    base = drawing.palette().color(QPalette.ColorRole.Base)
    assert colour_at(drawing, "hip_right") == highlight
    assert colour_at(drawing, "hip_left") == base
    assert drawing.marked() == ("hip_right",)


def test_the_flare_dialog_drawing_marks_its_places(window, qtbot, diary, drive_dialog):
    def steps(dialog):
        qtbot.keyClick(dialog.intensity, Qt.Key.Key_6)
        click_region(qtbot, dialog.location_drawing, "neck")
        click_region(qtbot, dialog.location_drawing, "shoulder_right")
        assert dialog.locations.codes() == ("neck", "shoulder_right")
        press_save(qtbot, dialog)

    drive_dialog(EpisodeDialog, steps)
    window.flare_action.trigger()

    (locations,) = diary.db.execute("SELECT locations FROM episodes").fetchone()
    assert locations == '["neck", "shoulder_right"]'


def test_shading_levels_and_words(qtbot):
    shading = BodyShading()
    qtbot.addWidget(shading)
    shading.set_days({"lower_back": 20, "head": 2, "knee_left": 9})
    assert (shading.level("lower_back"), shading.level("knee_left"), shading.level("head")) == (4, 3, 1)
    assert shading.level("chest") == 0
    assert shading.accessibleDescription() == "Lower back: 20 days; Left knee: 9 days; Head: 2 days"
    assert shading.shade(4) != shading.shade(1) != shading.shade(0)


def test_patterns_shade_the_period_by_days_per_place(window, qtbot, diary):
    # 10 days: lower back on all 10, right knee on 4 (3 check-ins and a flare on a fourth day), head on 1;
    # a check-in before the period does not count.
    start = TODAY - timedelta(days=9)
    for n in range(10):
        places = ("lower_back",) + (("knee_right",) if n < 3 else ()) + (("head",) if n == 5 else ())
        diary.checkins.save(CheckIn(start + timedelta(days=n), 5, 4, 4, 5, locations=places))
    diary.checkins.save(CheckIn(start - timedelta(days=1), 5, 4, 4, 5, locations=("foot_left",)))
    diary.episodes.add(Episode(datetime.combine(start + timedelta(days=6), time(9)), 7, locations=("knee_right",)))
    window.show_page(window.trends_page)
    trends = window.trends_page
    trends.tabs.setCurrentIndex(2)
    trends.show_range(start, TODAY)
    shading = trends.body_shading
    assert shading.isVisible()
    levels = {code: shading.level(code) for code in ("lower_back", "knee_right", "head", "foot_left", "chest")}
    assert levels == {"lower_back": 3, "knee_right": 2, "head": 1, "foot_left": 0, "chest": 0}
    assert shading.accessibleDescription() == "Lower back: 10 days; Right knee: 4 days; Head: 1 day"


def test_the_drawing_takes_its_colours_from_the_scheme_and_stays_big_enough(look, window, page, qtbot):
    """At 100 % light and 150 % dark: a marked place in the highlight colour, an unmarked one in the base colour,
    the focused one ringed, and a hand still at least 12 points tall to point at, on Today and in the dialog."""
    scheme, ratio = look
    page.locations.set_codes(("hand_right",))
    page.location_drawing.refresh()
    dialog = EpisodeDialog(window, day=TODAY, episode=None)
    qtbot.addWidget(dialog)
    dialog.locations.set_codes(("hand_right",))
    dialog.show()
    qtbot.waitExposed(dialog)
    for drawing in (page.location_drawing, dialog.location_drawing):
        scroll_into_view(drawing)
        palette = drawing.palette()
        base = palette.color(QPalette.ColorRole.Base)
        assert (base.lightness() < 100) == (scheme == "dark")
        assert colour_at(drawing, "hand_right") == palette.color(QPalette.ColorRole.Highlight)
        assert colour_at(drawing, "hand_left") == base
        hand_top, hand_bottom = drawing.centre_point(49, 237).y(), drawing.centre_point(49, 267).y()
        assert hand_bottom - hand_top >= 12
        drawing.clearFocus()
        unfocused = highlighted_around_head(drawing)
        drawing.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(drawing.hasFocus)
        assert drawing.focused == "head"
        assert unfocused == 0 < highlighted_around_head(drawing)  # the ring, in the highlight colour
    dialog.close()


def test_the_drawing_grows_with_the_text_size(window, page, qtbot):
    normal = page.location_drawing.sizeHint().height()
    window.view.choose_text_size("larger")  # 1.5 × the type
    try:
        qtbot.waitUntil(lambda: page.location_drawing.sizeHint().height() > normal)
        assert page.location_drawing.sizeHint().height() == pytest.approx(1.5 * normal, rel=0.1)
        qtbot.waitUntil(lambda: page.location_drawing.height() >= page.location_drawing.sizeHint().height())
    finally:
        window.view.choose_text_size("normal")
