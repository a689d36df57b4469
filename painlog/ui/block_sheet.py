"""A diagnostic block's sheet in a window of its own: each rating time with its clock time and state, a large
"Rate now" for the one due, the countdown to the next, and the result so far (numbers, never a verdict)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from painlog.domain import numbers
from painlog.domain.block_diary import BlockDiary, TimedRating, block_result
from painlog.domain.therapy import Therapy
from painlog.storage.procedure_diaries import ProcedureDiaryRepository
from painlog.ui import read_only
from painlog.ui.feedback import attempt, say
from painlog.ui.page_scroll import PageScroll
from painlog.ui.plain_text import plain_label, window_title
from painlog.ui.scale_input import ScaleInput
from painlog.ui.section import Section
from painlog.ui.style import set_font, set_tone
from painlog.ui.words import (
    ACTIVITY_WORDS,
    countdown,
    describe_anaesthetic,
    describe_late_and_missed,
    describe_peak,
    describe_row,
    describe_span,
    due_message,
    long_day,
    offset,
    rateable,
    sheet_rows,
    tr,
)

if TYPE_CHECKING:
    from painlog.ui.desktop_notice import Tray
    from painlog.ui.prompt_timer import PromptTimer

NOT_TRIED = ""


class BlockSheetWindow(QWidget):
    """One block diary's sheet; `rated` after each rating is saved."""

    rated = Signal()

    def __init__(self, repository: ProcedureDiaryRepository, sheet: BlockDiary, therapy: Therapy,
                 scheduler: PromptTimer, tray: Tray, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self._repository = repository
        self.sheet = sheet
        self._therapy = therapy
        self._tray = tray
        self.setWindowTitle(window_title(tr("Block diary: {name}").format(name=therapy.name)))
        self.scheduler = scheduler  # painlog's one timer: it says when each time falls due

        day = long_day(sheet.block_at.date())
        self.title = plain_label(tr("After the block: {name}, {day}").format(name=therapy.name, day=day))
        set_font(self.title, bold=True, grow=3)
        facts = [tr("Given at {time}").format(time=f"{sheet.block_at:%H:%M}"),
                 tr("your usual pain {pain}").format(pain=sheet.usual_pain), describe_anaesthetic(sheet)]  # fmt: skip
        self.facts = plain_label(" · ".join(facts))
        self.facts.setWordWrap(True)
        self.banner = plain_label()
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(8)
        self.banner.setAccessibleName(tr("A rating is due"))
        set_font(self.banner, bold=True, grow=2)
        self.banner.hide()
        self.countdown = plain_label()
        self.countdown.setWordWrap(True)
        set_font(self.countdown, bold=True, grow=2)

        rate = Section(tr("Rate now"))
        self.rate_heading = plain_label()
        self.pain = ScaleInput("pain_now", required=True)
        tried = ", ".join(sheet.activities) or tr("what usually brings the pain on")
        self.activity_question = plain_label(tr("Tried {activities}? Compared with before the block it was:")
                                             .format(activities=tried))  # fmt: skip
        self.activity_question.setWordWrap(True)
        self.activity = QButtonGroup(self)
        choices = QHBoxLayout()
        for code, words in (*ACTIVITY_WORDS.items(), (NOT_TRIED, tr("Did not try"))):
            button = QRadioButton(tr.known(words) if code != NOT_TRIED else words)
            button.setProperty("code", code)
            button.setAccessibleName(tr("The activity: {how}").format(how=button.text().lower()))
            self.activity.addButton(button)
            choices.addWidget(button)
        choices.addStretch(1)
        self.rate_button = QPushButton(tr("Save this rating"))
        set_font(self.rate_button, bold=True, grow=2)
        self.rate_button.setMinimumSize(220, 52)
        self.rate_button.clicked.connect(self.rate)
        self.message = plain_label()
        self.message.setWordWrap(True)
        for widget in (self.rate_heading, self.pain, self.activity_question):
            rate.content.addWidget(widget)
        rate.content.addLayout(choices)
        button_row = QHBoxLayout()
        button_row.addWidget(self.rate_button)
        button_row.addWidget(self.message, 1)
        rate.content.addLayout(button_row)
        self.rate_box = rate

        times = Section(tr("The times"))
        self.times = QListWidget()
        self.times.setAccessibleName(tr("Rating times and what was recorded"))
        self.times.addItems(["" for _ in sheet.times])
        times.content.addWidget(self.times)

        result = Section(tr("Relief so far (against your usual pain)"))
        self.peak = plain_label()
        self.spans = [plain_label() for _ in range(2)]
        self.late_missed = plain_label()
        set_tone(self.late_missed, "hint")
        for label in (self.peak, *self.spans, self.late_missed):
            label.setWordWrap(True)
            result.content.addWidget(label)
        from painlog.ui.chart_canvas import ChartCanvas  # matplotlib only once a sheet is shown

        self.curve = ChartCanvas(tr("Relief by hours after the block, with the 50 % and 80 % lines"))
        self.curve.setMinimumHeight(220)
        self.curve.resized.connect(self._draw_curve)
        result.content.addWidget(self.curve)
        self._drawn: tuple[object, ...] | None = None  # the ratings the curve shows: drawn again only when they change

        self.close_button = QPushButton(tr("Close (it comes back when a rating is due)"))
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        for part in (rate, times, result):
            body_layout.addWidget(part)
        body_layout.addLayout(bottom)
        self.times.setMinimumHeight(self.times.sizeHintForRow(0) * len(sheet.times) + 2 * self.times.frameWidth() + 4)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.facts, self.banner, self.countdown):  # in view on the smallest screen
            layout.addWidget(widget)
        layout.addWidget(PageScroll(body), 1)
        self._body = body
        self._fitted_on: object = None
        self.scheduler.ticked.connect(self.show_state)
        self.scheduler.block_due.connect(self._block_due)
        self._quiet = False

    def _ratings(self) -> list[TimedRating]:
        return self._repository.ratings(self.sheet.procedure_id)

    def showEvent(self, event: QShowEvent) -> None:
        self.show_state()
        self.scheduler.watch_block(self.sheet, self._ratings)  # from the first showing until painlog closes
        if self._fitted_on is not self.screen():
            self._fit()
        super().showEvent(event)

    def _fit(self) -> None:
        """Every time of the sheet in view, within the screen (on a small one, the part under the countdown
        scrolls)."""
        header = sum(w.sizeHint().height() for w in (self.title, self.facts, self.banner, self.countdown))
        body = self._body
        self._fitted_on = self.screen()
        height = body.sizeHint().height() + header + 80  # the window's margins and spacing, the banner's frame
        room = self.screen().availableGeometry()
        self.resize(min(max(760, body.sizeHint().width() + 40), room.width()), min(height, room.height() - 40))

    def set_read_only(self) -> None:
        """Shown by a read-only painlog: no rating here, and no notices (the other painlog gives them)."""
        read_only.lock(self.rate_box)
        self._quiet = True

    # ----- showing -----------------------------------------------------------------------------------

    def show_state(self) -> None:
        now = self.scheduler.now()
        ratings = self._repository.ratings(self.sheet.procedure_id)
        items = [self.times.item(i) for i in range(self.times.count())]
        for row, item in zip(sheet_rows(self.sheet, ratings, now), items, strict=True):
            item.setText(describe_row(row))
            item.setData(Qt.ItemDataRole.UserRole, row.state)
            font = item.font()
            font.setBold(row.state in ("due", "next"))  # the one to rate, or the one to wait for
            item.setFont(font)
        self.countdown.setText(countdown(self.sheet, ratings, now))
        self.rate_for = rateable(self.sheet, ratings, now)
        if self.rate_for is None:
            self.rate_heading.setText(tr("Nothing to rate just now: the countdown above says when."))
            self.banner.hide()
        else:
            due = self.sheet.due_at(self.rate_for)
            self.rate_heading.setText(tr("The {offset} rating ({time})").format(offset=offset(self.rate_for),
                                                                                time=f"{due:%H:%M}"))  # fmt: skip
            if now < due:
                self.banner.hide()
        self.rate_button.setEnabled(self.rate_for is not None)
        self.pain.setEnabled(self.rate_for is not None)
        result = block_result(self.sheet, ratings, now)
        self.peak.setText(describe_peak(result))
        for label, span in zip(self.spans, result.spans, strict=True):
            label.setText(describe_span(span))
        self.late_missed.setText(describe_late_and_missed(result))
        self.late_missed.setVisible(bool(self.late_missed.text()))
        if self._drawn != tuple(result.curve):
            self._draw_curve()

    def _draw_curve(self) -> None:
        """The relief curve as the printed report draws it, in the window's look."""
        from painlog.charts.procedure import Curve, relief_figure

        result = block_result(self.sheet, self._repository.ratings(self.sheet.procedure_id), self.scheduler.now())
        label = tr("this block")
        figure = relief_figure([Curve(label, result.curve, self.sheet.expected_hours)], **self.curve.frame(), tr=tr)
        words = "; ".join(f"{offset(m)} {numbers.percent(v)}" for m, v in result.curve) or tr("no rating yet")
        self.curve.show_figure(figure, tr("Relief by hours after the block: {points}.").format(points=words))
        self._drawn = tuple(result.curve)

    def _block_due(self, procedure_id: int, minutes: int) -> None:
        if procedure_id == self.sheet.procedure_id:
            self._fell_due(minutes)

    def _fell_due(self, minutes: int) -> None:
        """Closing the sheet only hides it while painlog runs: a time falling due brings it back."""
        if self._quiet:
            return
        if not self.isVisible():
            self.show()
        text = due_message(self.sheet, minutes, self._therapy.name)
        self.banner.setText(text)
        self.banner.show()
        self.notice = self._tray.notify(self, tr("painlog: time to rate your pain"), text, self._come_back)

    def _come_back(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    # ----- rating ------------------------------------------------------------------------------------

    def rate(self) -> None:
        minutes = self.rate_for
        if minutes is None:
            return
        pain = self.pain.value()
        if pain is None:
            say(self.message, tr("Choose your pain now, 0 to 10, then save"), "error")
            return
        chosen = self.activity.checkedButton()
        rating = TimedRating(self.sheet.procedure_id, minutes, self.scheduler.now(), pain,
                             chosen.property("code") if chosen is not None else NOT_TRIED)  # fmt: skip
        if attempt(self.message, lambda: self._repository.rate(rating),
                   tr("The {offset} rating is saved").format(offset=offset(minutes))):  # fmt: skip
            self.pain.set_value(None)
            self.activity.setExclusive(False)
            for button in self.activity.buttons():
                button.setChecked(False)
            self.activity.setExclusive(True)
            self.banner.hide()
            self.show_state()
            self.rated.emit()

    def finish(self) -> None:
        """painlog is closing: no more ticks (the sheet's times stay in the diary)."""
        self.scheduler.forget_block(self.sheet.procedure_id)
        self.close()
