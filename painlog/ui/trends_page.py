"""The Trends page: pain, function and mood against the therapies; whether each therapy helped; patterns.

Built the first time it is opened (it loads matplotlib); each tab draws only when it is shown.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import matplotlib.dates as mdates
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from painlog.charts.describe import describe_counts, describe_response, describe_trends
from painlog.charts.patterns import counts_figure, sleep_figure
from painlog.charts.response import response_figure
from painlog.charts.style import SCREEN
from painlog.charts.trends import Layout, trends_figure
from painlog.domain import clock, numbers
from painlog.domain.checkin import CheckIn
from painlog.domain.impressions import about_starts
from painlog.domain.visits import last_visit
from painlog.files import FileWriteError, write_bytes
from painlog.report.sources import DiarySource, patterns, responses, trends_data
from painlog.ui import dialogs
from painlog.ui.body_drawing import BodyShading
from painlog.ui.chart_canvas import ChartCanvas, chart_style
from painlog.ui.empty_state import EmptyState
from painlog.ui.flow_layout import FlowLayout
from painlog.ui.form_dialog import date_input, date_of
from painlog.ui.plain_text import plain_label
from painlog.ui.qt_dates import qdate
from painlog.ui.response_model import WORDS_COLUMNS, ResponseModel, share_width
from painlog.ui.style import set_font, set_tone
from painlog.ui.words import describe_sleep_relation, location_word, quality_word, refusal, tr, weekday_day
from painlog.wording import QT_TR_NOOP
from painlog.wording.notes import cause_line, windows_line

RANGES = (
    (QT_TR_NOOP("30 days"), 30),
    (QT_TR_NOOP("90 days"), 90),
    (QT_TR_NOOP("1 year"), 365),
    (QT_TR_NOOP("All"), None),
)
POINT_AT_A_DAY = QT_TR_NOOP("Point at a day to see its values; double-click to open it.")
NOTHING_TO_COMPARE = QT_TR_NOOP("No therapy has been started or changed yet, so there is nothing to compare.")


class TrendsPage(QWidget):
    open_day = Signal(object)  # date
    open_therapies = Signal()  # "Did it help?" has nothing to judge yet: the therapies are entered there

    def __init__(self, source: DiarySource, *, today: Callable[[], date] = clock.today,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._source = source
        self._today = today
        self._stale = {"trends", "responses", "patterns"}
        self._all_checkins: list[CheckIn] | None = None  # read once, until the diary changes
        self.start, self.end = today() - timedelta(days=89), today()

        self.range_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        toolbar = QWidget()
        top = FlowLayout(toolbar)  # wraps on a narrow window rather than widening it
        for title, days in RANGES:
            button = QPushButton(tr.known(title))
            button.setCheckable(True)
            button.toggled.connect(lambda checked, b=button: set_font(b, bold=checked))  # seen in any colours
            button.clicked.connect(lambda _=False, d=days: self.show_last(d))
            group.addButton(button)
            top.addWidget(button)
            self.range_buttons[title] = button
        self.since_visit_button = QPushButton(tr("Since last visit"))
        self.since_visit_button.setCheckable(True)
        self.since_visit_button.toggled.connect(lambda checked: set_font(self.since_visit_button, bold=checked))
        self.since_visit_button.clicked.connect(self.show_since_last_visit)
        group.addButton(self.since_visit_button)
        top.addWidget(self.since_visit_button)
        self.custom_start = date_input(self.start, latest=clock.latest_day())
        self.custom_end = date_input(self.end, latest=clock.latest_day())
        self.custom_button = QPushButton(tr("Show"))
        self.custom_button.clicked.connect(self.show_custom)
        custom = QWidget()  # "From … to … Show" wraps as one piece
        row = QHBoxLayout(custom)
        row.setContentsMargins(12, 0, 12, 0)
        since, until = QLabel(tr("From")), QLabel(tr("to"))
        since.setBuddy(self.custom_start)
        until.setBuddy(self.custom_end)
        for widget in (since, self.custom_start, until, self.custom_end, self.custom_button):
            row.addWidget(widget)
        top.addWidget(custom)
        self.save_button = QPushButton(tr("Save chart…"))
        self.save_button.clicked.connect(self.save_chart)
        self.range_buttons["90 days"].setChecked(True)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Charts"))
        self.trends_canvas = ChartCanvas(tr("Pain, PEG score, mood and sleep over time, with the therapies"))
        self.trends_canvas.on("motion_notify_event", self._hover)
        self.trends_canvas.on("button_press_event", self._click)
        self.trends_canvas.resized.connect(self._show_trends)
        self.day_info = plain_label(tr.known(POINT_AT_A_DAY))
        self.day_info.setWordWrap(True)
        trends_tab = QWidget()
        box = QVBoxLayout(trends_tab)
        chart_area = QScrollArea()  # on a small screen the chart scrolls rather than flatten its panels
        chart_area.setWidgetResizable(True)
        chart_area.setFrameShape(QScrollArea.Shape.NoFrame)
        chart_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chart_area.setWidget(self.trends_canvas)
        box.addWidget(chart_area, 1)
        box.addWidget(self.day_info)
        self.tabs.addTab(trends_tab, tr("Trends"))

        self.response_model = ResponseModel()
        self.response_table = QTableView()
        self.response_table.setAccessibleName(tr("Therapy changes and whether they helped"))
        self.response_table.setModel(self.response_model)
        self.response_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.response_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.response_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.response_table.verticalHeader().hide()
        # Dates and figures as wide as they are; the words share what is left and wrap onto more lines, so the
        # result and the notes stay in sight on a small screen instead of past the right edge.
        header = self.response_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in WORDS_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.response_table.installEventFilter(self)  # a new width: share it again
        self.response_table.setWordWrap(True)
        self.response_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.response_table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_response())
        self.response_canvas = ChartCanvas(tr("Daily pain before and after the chosen therapy change"))
        self.response_canvas.resized.connect(self._show_response)
        explanation = QLabel(tr("{windows} IMMPACT, either way: a change of 30 % or more is moderately important, "
                                "50 % or more substantial. {cause}").format(windows=windows_line(tr),
                                                                            cause=cause_line(tr)))  # fmt: skip
        explanation.setWordWrap(True)
        set_tone(explanation, "hint")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.response_table)
        split.addWidget(self.response_canvas)
        split.setSizes([280, 360])
        self.no_responses = EmptyState(
            tr("Nothing to compare yet. Add the therapies you take or have had on the Therapies page: once days "
               "are recorded before and after one starts, changes or is done, this shows whether it helped."),
            tr("Go to Therapies"),
        )  # fmt: skip
        self.no_responses.button.clicked.connect(self.open_therapies)
        responses_tab = QWidget()
        box = QVBoxLayout(responses_tab)
        box.addWidget(split, 1)
        box.addWidget(self.no_responses, 1)
        box.addWidget(explanation)
        self.tabs.addTab(responses_tab, tr("Did it help?"))

        self.counts_canvas = ChartCanvas(tr("Where it hurt and what it felt like, in days"))
        self.sleep_canvas = ChartCanvas(tr("A night's sleep against the pain of the next day"))
        self.counts_canvas.resized.connect(self._show_patterns)
        self.sleep_canvas.resized.connect(self._show_patterns)
        self.sleep_text = plain_label()
        self.sleep_text.setWordWrap(True)
        self.body_shading = BodyShading()
        where = QHBoxLayout()
        where.addWidget(self.body_shading)
        where.addWidget(self.counts_canvas, 1)
        patterns_tab = QWidget()
        box = QVBoxLayout(patterns_tab)
        box.addLayout(where, 3)
        box.addWidget(self.sleep_canvas, 2)
        box.addWidget(self.sleep_text)
        self.tabs.addTab(patterns_tab, tr("Patterns"))
        self.tabs.currentChanged.connect(lambda _: self._draw_visible())
        self.tabs.setCornerWidget(self.save_button)  # beside the charts it saves, not in the range's row

        self.empty = EmptyState(
            tr("Nothing is recorded yet. Your pain, mood and sleep are charted here once you have saved a few "
               "days on the Today page."),
            tr("Go to Today (Ctrl+T)"),
        )  # fmt: skip
        self.empty.button.clicked.connect(lambda: self.open_day.emit(self._today()))
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)

    # ----- ranges ----------------------------------------------------------------------------------

    def show_last(self, days: int | None) -> None:
        today = self._today()
        if days is None:
            everything = self.all_checkins()
            self.show_range(everything[0].day if everything else today - timedelta(days=29), today)
        else:
            self.show_range(today - timedelta(days=days - 1), today)

    def show_since_last_visit(self) -> None:
        visit = last_visit(self._source.visits.all(), self._today())
        if visit is None:
            self.show_last(30)
            self.day_info.setText(tr("No past visit is recorded yet; showing the last 30 days."))
            return
        self.show_range(visit.day, self._today())

    def show_custom(self) -> None:
        start, end = date_of(self.custom_start), date_of(self.custom_end)
        if start > end:
            self.day_info.setText(tr("The first day comes after the last one; swap them and try again."))
            return
        self.show_range(start, end)

    def show_range(self, start: date, end: date) -> None:
        self.start, self.end = start, min(end, clock.latest_day())
        for edit, day in ((self.custom_start, self.start), (self.custom_end, self.end)):
            edit.setDate(qdate(day))
        self._stale |= {"trends", "patterns"}
        set_tone(self.day_info, "normal")
        self.day_info.setText(tr.known(POINT_AT_A_DAY))  # the day pointed at before may not be in the new range
        self._draw_visible()

    def mark_stale(self) -> None:
        self._stale = {"trends", "responses", "patterns"}
        self._all_checkins = None
        if self.isVisible():
            self._draw_visible()

    def showEvent(self, event) -> None:  # noqa: ANN001 - QShowEvent
        super().showEvent(event)
        self._draw_visible()

    def changeEvent(self, event: QEvent) -> None:
        """Light or dark, a larger or smaller text: every chart is drawn again in the new look."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._stale = {"trends", "responses", "patterns"}
            self._draw_visible()
        super().changeEvent(event)

    # ----- drawing ---------------------------------------------------------------------------------

    def _draw_visible(self) -> None:
        if not self.isVisible():
            return
        nothing = not self.all_checkins()  # a new diary: what to do first, not three empty charts
        self.empty.setVisible(nothing)
        self.tabs.setVisible(not nothing)
        tab = ("trends", "responses", "patterns")[self.tabs.currentIndex()]
        if tab not in self._stale or nothing:
            return
        {"trends": self.draw_trends, "responses": self.draw_responses, "patterns": self.draw_patterns}[tab]()
        self._stale.discard(tab)

    def all_checkins(self) -> list[CheckIn]:
        if self._all_checkins is None:
            self._all_checkins = self._source.checkins.all()
        return self._all_checkins

    def draw_trends(self) -> None:
        self.data = trends_data(self._source, self.start, self.end, self.all_checkins())
        self._by_day = {c.day: c for c in self.data.checkins}
        self._show_trends()

    def _show_trends(self) -> None:
        canvas = self.trends_canvas
        least = Layout.least_height(self.data, chart_style())  # the page scrolls rather than flatten the panels
        canvas.setMinimumHeight(round(least * canvas.base_dpi()))
        canvas.show_figure(trends_figure(self.data, **canvas.frame(), tr=tr), describe_trends(self.data, tr))

    def draw_responses(self) -> None:
        self._checkins = self.all_checkins()
        starts = {r.id: (r.therapy_id, r.start) for r in self._source.therapies.regimens() if r.id is not None}
        self.response_model.load(responses(self._source, self._today()),
                                 about_starts(self._source.impressions.all(), starts))  # fmt: skip
        for widget in filter(
            None, (self.response_table.parentWidget(), self.no_responses)
        ):  # table and chart, or why not
            widget.setVisible((widget is self.no_responses) != bool(self.response_model.rowCount()))
        self._share_width()
        if self.response_model.rowCount():
            self.response_table.selectRow(0)
        self._show_response()

    def _share_width(self) -> None:
        """The words' columns take the width the dates and figures leave, each at least its longest word."""
        table, model = self.response_table, self.response_model
        header, metrics = table.horizontalHeader(), table.fontMetrics()
        padding, most = metrics.height(), metrics.horizontalAdvance("M") * 14  # a longer word is cut; tooltip has it
        needs = []
        for column in WORDS_COLUMNS:
            texts = [str(model.index(row, column).data()) for row in range(model.rowCount())]
            texts += str(model.headerData(column, Qt.Orientation.Horizontal)).splitlines()
            word = max((metrics.horizontalAdvance(w) for text in texts for w in text.split()), default=0)
            line = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            needs.append((min(word, most) + padding, line + padding))
        figures = sum(header.sectionSize(c) for c in range(model.columnCount()) if c not in WORDS_COLUMNS)
        scroll = table.verticalScrollBar()  # room kept for it, as wrapped rows may soon need it
        free = table.viewport().width() - figures - (0 if scroll.isVisible() else scroll.sizeHint().width())
        for column, width in zip(WORDS_COLUMNS, share_width(free, needs), strict=True):
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.response_table and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._share_width)  # once the table has laid out its new size
        return super().eventFilter(watched, event)

    def _show_response(self) -> None:
        row = self.response_table.currentIndex().row()
        if row < 0:
            self.response_canvas.setAccessibleDescription(tr.known(NOTHING_TO_COMPARE))
            return
        response = self.response_model.response_at(row)
        figure = response_figure(response, self._checkins, **self.response_canvas.frame(), tr=tr)
        self.response_canvas.show_figure(figure, describe_response(response, tr))

    def draw_patterns(self) -> None:
        locations, qualities, sleep = patterns(self._source, self.start, self.end)
        self.body_shading.set_days(dict(locations))
        self._counts = [(tr("Where it hurt"), [(location_word(c), n) for c, n in locations[:10]]),
                        (tr("What it felt like"), [(quality_word(c), n) for c, n in qualities])]  # fmt: skip
        self._sleep = [(tr("sleep quality"), sleep[0]), (tr("hours of sleep"), sleep[1])]
        self.sleep_text.setText("\n".join([
            describe_sleep_relation(sleep[0], tr("sleep quality"), tr("better sleep")),
            describe_sleep_relation(sleep[1], tr("hours of sleep"), tr("more hours of sleep")),
        ]))  # fmt: skip
        self._show_patterns()

    def _show_patterns(self) -> None:
        self.counts_canvas.show_figure(counts_figure(self._counts, **self.counts_canvas.frame(), tr=tr),
                                       describe_counts(self._counts, tr))  # fmt: skip
        self.sleep_canvas.show_figure(
            sleep_figure(self._sleep, **self.sleep_canvas.frame(), tr=tr), self.sleep_text.text()
        )

    # ----- pointing at a day -----------------------------------------------------------------------

    def _day_at(self, event) -> date | None:  # noqa: ANN001 - a matplotlib MouseEvent
        if event.inaxes is None or event.xdata is None:
            return None
        return mdates.num2date(round(event.xdata)).date()  # each day is drawn at its own date

    def describe_day(self, day: date) -> str:
        checkin = self._by_day.get(day)
        if checkin is None:
            return tr("{day}: no entry").format(day=weekday_day(day))
        parts = [tr("pain {n}").format(n=checkin.pain_avg)]
        if checkin.pain_worst is not None and checkin.pain_least is not None:
            parts[0] += tr(" (worst {w}, least {l})").format(w=checkin.pain_worst, l=checkin.pain_least)
        parts.append(tr("PEG {peg}").format(peg=numbers.scale_mean(checkin.exact_peg)))
        parts.append(tr("mood {n}").format(n=checkin.mood))
        if checkin.sleep_quality is not None:
            parts.append(tr("sleep quality {n}").format(n=checkin.sleep_quality))
        return f"{weekday_day(day)}: " + ", ".join(parts)

    def _hover(self, event) -> None:  # noqa: ANN001
        day = self._day_at(event)
        if day is not None:
            self.day_info.setText(self.describe_day(day) + tr(" — double-click to open this day."))

    def _click(self, event) -> None:  # noqa: ANN001
        day = self._day_at(event)
        if day is None:
            return
        self.day_info.setText(self.describe_day(day))
        if event.dblclick:
            self.open_day.emit(day)

    # ----- saving ----------------------------------------------------------------------------------

    def current_figure(self):  # noqa: ANN201 - a matplotlib Figure
        """The chart of the tab shown, drawn again in the light look: a saved chart is printed or sent on, and
        paper is light whatever the screen's colours."""
        index = self.tabs.currentIndex()
        canvas = (self.trends_canvas, self.response_canvas, self.counts_canvas)[index]
        frame = {**canvas.frame(), "style": SCREEN.sized(chart_style().font_size)}
        row = self.response_table.currentIndex().row()
        if index == 0:
            return trends_figure(self.data, **frame, tr=tr)
        if index == 1 and row >= 0:
            return response_figure(self.response_model.response_at(row), self._checkins, **frame, tr=tr)
        if index == 2:
            return counts_figure(self._counts, **frame, tr=tr)
        return canvas.figure

    def save_chart(self) -> None:
        name = f"painlog-{self.start.isoformat()}-to-{self.end.isoformat()}.png"
        path = dialogs.ask_save_path(
            self, tr("Save chart"), name, tr("PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)")
        )
        if path is None:
            return
        chosen = path
        if Path(path).suffix.lower() not in (".png", ".svg", ".pdf"):
            path = str(Path(path).with_suffix(".png"))
        image = io.BytesIO()
        self.current_figure().savefig(image, format=Path(path).suffix.lower()[1:], dpi=150)
        try:  # the save dialog asked before replacing the name it returned, not one with a suffix changed
            write_bytes(Path(path), image.getvalue(), replace=path == chosen)
        except FileWriteError as error:
            set_tone(self.day_info, "error")
            self.day_info.setText(refusal(error))
            return
        set_tone(self.day_info, "saved")
        self.day_info.setText(tr("Chart saved to {path}.").format(path=path))
