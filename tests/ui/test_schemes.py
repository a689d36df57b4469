"""Light and dark colours: every text 4.5:1 and every mark 3:1 against what it is drawn on (WCAG 2.2 AA),
computed from the colours the application actually shows."""

import pytest

from painlog.charts.style import PRINT, SCREEN, SCREEN_DARK
from painlog.ui.schemes import contrast, scheme_for
from painlog.ui.style import apply_choice, apply_style, tone_colour


def test_contrast_is_wcag_arithmetic():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WCAG's own example of a pass
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # and of a fail


def test_the_system_choice_follows_the_system_and_a_choice_wins():
    assert scheme_for("system", system_is_dark=True).name == "dark"
    assert scheme_for("system", system_is_dark=False).name == "light"
    assert scheme_for("light", system_is_dark=True).name == "light"
    assert scheme_for("dark", system_is_dark=False).name == "dark"
    assert scheme_for("purple", system_is_dark=False).name == "light"  # a setting written by hand, not known


@pytest.fixture(params=["light", "dark"])
def shown(request, qapp):
    apply_choice(qapp, request.param)
    yield request.param
    apply_style(qapp)


def test_texts_keep_4_5_to_1_and_marks_3_to_1_in_the_palette_shown(shown, qapp):
    from PySide6.QtGui import QPalette

    from painlog.ui.scale_input import box_colours

    palette = qapp.palette()
    role = QPalette.ColorRole

    def ratio(first, second) -> float:
        return contrast(first.name(), second.name())

    window, base = palette.color(role.Window), palette.color(role.Base)
    assert palette.color(role.Window).lightness() < 80 if shown == "dark" else window.lightness() > 200
    for text, ground in ((role.WindowText, role.Window), (role.Text, role.Base), (role.ButtonText, role.Button),
                         (role.HighlightedText, role.Highlight), (role.PlaceholderText, role.Base),
                         (role.ToolTipText, role.ToolTipBase), (role.Link, role.Base)):  # fmt: skip
        assert ratio(palette.color(text), palette.color(ground)) >= 4.5, (shown, text, ground)
    for tone in ("hint", "required", "error", "saved"):
        for ground in (window, base):
            assert ratio(tone_colour(tone), ground) >= 4.5, (shown, tone)
    boxes = box_colours(palette)  # the 0–10 answer boxes
    assert ratio(boxes["digit"], boxes["box"]) >= 4.5
    assert ratio(boxes["digit"], boxes["hover"]) >= 4.5
    assert ratio(boxes["chosen digit"], boxes["chosen"]) >= 4.5
    assert ratio(boxes["edge"], boxes["box"]) >= 3 and ratio(boxes["edge"], window) >= 3
    assert ratio(boxes["chosen"], boxes["box"]) >= 3  # the chosen box stands out from the others


@pytest.mark.parametrize("style", [SCREEN, SCREEN_DARK, PRINT], ids=lambda s: s.name)
def test_chart_marks_keep_3_to_1_and_chart_text_4_5_to_1(style):
    assert contrast(style.ink, style.face) >= 4.5
    for mark in style.MARKS:
        assert contrast(getattr(style, mark), style.face) >= 3, mark
