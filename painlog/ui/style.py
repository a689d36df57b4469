"""The app's look, set in code: larger type, the light or dark palette, the words' tones, the icon.

No application-wide Qt stylesheet: it routes every widget through QStyleSheetStyle, which cost about a fifth
of start-up time. Fonts and palettes give the same look for a fraction of that.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from painlog.ui.schemes import LIGHT, Scheme, is_dark, scheme_for

BASE_POINT_SIZE = 12
TONE_PROPERTY = "painlog_tone"  # a label's tone, kept on it so a change of scheme can colour it again
GROW_PROPERTY = "painlog_grow"  # points above the body text, kept so a change of text size can size it again
NATIVE_WITHOUT_DARK = ("windowsvista", "windows")  # styles that draw light controls whatever the palette


INDICATOR_LEAST_PX = 20  # tick boxes and round choices: the styles' own 13–14 px is too small for shaky hands
INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)
INDICATOR_METRICS = (
    QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)  # fmt: skip


def indicator_px() -> int:
    """A tick box's side: at least 20 px, and about a line of body text tall at larger text sizes."""
    return max(INDICATOR_LEAST_PX, round(body_points() * 96 / 72 * 1.1))


class LargerIndicators(QProxyStyle):
    """The platform's own style with larger tick boxes and round choices, growing with the Text size.

    A metric, not a style sheet: a style sheet on each box routes it through QStyleSheetStyle, which cost
    start-up time and made PySide6 6.11 on Python 3.11 drop references to None on hover (the soak caught it).
    """

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:  # fmt: skip
        if metric in INDICATOR_METRICS:
            return indicator_px()
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:  # fmt: skip
        """The style's box or circle, with an edge in the text colour: the styles' pale grey edge has less than
        the 3:1 contrast a control's boundary needs (WCAG 2.2, 1.4.11), in light and dark alike."""
        super().drawPrimitive(element, option, painter, widget)
        if element not in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        ):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.WindowText), 1.25))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        edge = QRectF(option.rect).adjusted(0.75, 0.75, -0.75, -0.75)
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            painter.drawRoundedRect(edge, 2, 2)
        else:
            painter.drawEllipse(edge)
        painter.restore()


def style_name(app: QApplication) -> str:
    """The Qt style drawing the window ("fusion", "windowsvista" …), under painlog's proxy."""
    current = app.style()
    return (current.baseStyle() if isinstance(current, QProxyStyle) else current).name().lower()


def use_style(app: QApplication, name: str | None = None) -> None:
    """The named Qt style (or the one in use) with painlog's larger indicators."""
    app.setStyle(LargerIndicators(name or style_name(app)))


def apply_style(app: QApplication) -> None:
    """The light scheme at the normal text size, until the diary's own settings are read; the wheel scrolls
    pages rather than changing the fields under the pointer; Tab goes in reading order, a ring shows the focus."""
    from painlog.ui.focus_ring import show_focus_rings
    from painlog.ui.tab_order import tab_in_reading_order
    from painlog.ui.wheel_guard import guard_wheels

    guard_wheels(app)
    tab_in_reading_order(app)
    show_focus_rings(app)
    apply_text_size(app, 1.0)
    apply_scheme(app, LIGHT)


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_choice(app: QApplication, choice: str) -> Scheme:
    """Follow the system ("system") or keep to "light" or "dark", asking the platform to match where it can."""
    hints = app.styleHints()
    if choice == "system":
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light)
    scheme = scheme_for(choice, system_is_dark())
    apply_scheme(app, scheme)
    return scheme


def apply_scheme(app: QApplication, scheme: Scheme) -> None:
    if scheme.name == "dark" and style_name(app) in NATIVE_WITHOUT_DARK:
        use_style(app, "Fusion")
    app.setPalette(palette_of(scheme))
    for widget in app.allWidgets():
        tone = widget.property(TONE_PROPERTY)
        if tone:
            set_tone(widget, tone)


def palette_of(scheme: Scheme) -> QPalette:
    palette = QPalette()
    for name, colour in scheme.palette.items():
        palette.setColor(QPalette.ColorRole[name], QColor(colour))
    for name, colour in scheme.disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole[name], QColor(colour))
    return palette


def current_scheme() -> Scheme:
    """The scheme the application shows, told by its window colour."""
    from painlog.ui.schemes import DARK

    window = QApplication.palette().color(QPalette.ColorRole.Window).name()
    return DARK if is_dark(window) else LIGHT


def tone_colour(tone: str) -> QColor:
    """hint, required, error or saved as this scheme shows them; normal is the window's text colour."""
    colour = current_scheme().tones.get(tone)
    return QColor(colour) if colour else QApplication.palette().color(QPalette.ColorRole.WindowText)


def apply_text_size(app: QApplication, factor: float) -> None:
    """Scale the whole type: the body text, every title kept a few points above it, and the tick boxes."""
    if not isinstance(app.style(), LargerIndicators):
        use_style(app)
    app.setProperty("painlog_text_factor", factor)
    if app.property("painlog_base_points") is None:  # the system's own size, when it is larger than ours
        app.setProperty("painlog_base_points", max(app.font().pointSizeF(), BASE_POINT_SIZE))
    font = QFont(app.font())
    font.setPointSizeF(body_points())
    app.setFont(font)
    for widget in app.allWidgets():
        grow = widget.property(GROW_PROPERTY)
        if grow is not None:
            set_font(widget, grow=int(grow))


def rgb(color: QColor) -> tuple[float, float, float]:
    """Red, green and blue from 0 to 1 (to mix two colours)."""
    return color.redF(), color.greenF(), color.blueF()


def running_app() -> QApplication:
    """The QApplication this process runs: widgets exist only once there is one."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "painlog's widgets need a QApplication"
    return app


def _app_number(name: str, default: float) -> float:
    app = QApplication.instance()
    value = app.property(name) if app is not None else None
    return float(value) if value else default


def text_factor() -> float:
    return _app_number("painlog_text_factor", 1.0)


def body_points(grow: int = 0) -> float:
    """The body text's size in points (or `grow` points above it, at the normal size), at the chosen size."""
    return round((_app_number("painlog_base_points", BASE_POINT_SIZE) + grow) * text_factor(), 1)


def apply_icon(app: QApplication) -> None:
    """The window icon (an SVG: loading Qt's SVG icon engine is left until the window is on screen)."""
    from importlib.resources import files

    icon = QIcon()
    icon.addFile(str(files("painlog.resources").joinpath("painlog.svg")))
    app.setWindowIcon(icon)


def set_font(widget: QWidget, *, bold: bool | None = None, grow: int | None = None) -> None:
    """Make a widget's text bold (or not), or `grow` points larger than the body text, at any text size."""
    font = QFont(widget.font())
    if bold is not None:
        font.setBold(bold)
    if grow is not None:
        widget.setProperty(GROW_PROPERTY, grow)
        font.setPointSizeF(body_points(grow))
    widget.setFont(font)


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour a label's text: hint, required, error, saved or normal, in the colours of the scheme shown."""
    widget.setProperty(TONE_PROPERTY, tone)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, tone_colour(tone))
    widget.setPalette(palette)
    set_font(widget, bold=tone in ("error", "saved"))
