"""The Today page: one day's check-in, its flares, and moving between days."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from painlog.domain import clock
from painlog.domain.episode import Episode
from painlog.domain.errors import ChangedElsewhereError
from painlog.domain.scales import FIELD_NAMES
from painlog.domain.vocabulary import LOCATIONS, QUALITIES
from painlog.presenters.questions import Elsewhere, Unsaved
from painlog.presenters.today import REQUIRED, Answers, DayShown, Outcome, Said, Status, TodayPresenter
from painlog.storage.checkins import CheckinRepository
from painlog.storage.doses import DoseRepository
from painlog.storage.episodes import EpisodeRepository
from painlog.storage.therapies import TherapyRepository
from painlog.ui import dialogs, read_only
from painlog.ui.body_drawing import BodyDrawing, beside
from painlog.ui.code_checklist import CodeChecklist
from painlog.ui.date_field import DateField
from painlog.ui.feedback import say
from painlog.ui.medications_today import MedicationsToday
from painlog.ui.plain_text import plain_label
from painlog.ui.qt_dates import pydate, qdate
from painlog.ui.scale_input import ScaleInput
from painlog.ui.section import Section
from painlog.ui.style import set_font, set_tone
from painlog.ui.words import describe_episode, location_word, long_day, quality_word, refusal, tr

if TYPE_CHECKING:
    from painlog.ui.day_calendar import RecordedDaysCalendar

SLEEP_NOT_RECORDED = -0.5


class TodayPage(QWidget):
    """Edits one day at a time; `saved` tells the rest of the window that the diary changed.

    The form's layout only: what it shows, and what becomes of an edit, Save or a flare, TodayPresenter
    decides (this page is its TodayView)."""

    saved = Signal(object)  # the date saved or deleted

    def __init__(
        self,
        checkins: CheckinRepository,
        episodes: EpisodeRepository,
        therapies: TherapyRepository,
        doses: DoseRepository,
        *,
        today: Callable[[], date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._checkins = checkins
        self._therapies = therapies
        self._doses = doses
        self._today = today
        self.presenter = TodayPresenter(self, checkins, episodes, also_recorded=(doses,), today=today)

        self._build_header()
        self._build_form()
        self._build_footer()
        outer = QVBoxLayout(self)
        outer.addLayout(self._header)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own: Tab goes to what it holds
        scroll.setWidget(self._form)
        outer.addWidget(scroll, 1)
        outer.addLayout(self._footer)
        self.presenter.refresh()

    # ----- building -------------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.previous_button = QPushButton(tr("◀ Previous day"))
        self.previous_button.clicked.connect(lambda: self.open_day(self.day - timedelta(days=1)))
        self.next_button = QPushButton(tr("Next day ▶"))
        self.next_button.clicked.connect(lambda: self.open_day(self.day + timedelta(days=1)))
        self.today_button = QPushButton(tr("Today"))
        self.today_button.clicked.connect(lambda: self.open_day(self._today()))
        self.date_edit = DateField()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(tr("Day shown"))
        self.calendar: RecordedDaysCalendar | None = None  # made when the picker is first used
        self.date_edit.installEventFilter(self)
        self.date_edit.dateChanged.connect(self._date_edited)
        self.date_edit.refused.connect(lambda problem: self._say(problem, "error"))
        self.title = plain_label()
        set_font(self.title, bold=True, grow=5)
        self.status = plain_label()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.date_edit)
        top.addWidget(self.next_button)
        top.addWidget(self.today_button)
        top.addStretch(1)
        self._header = QVBoxLayout()
        self._header.addLayout(top)
        self._header.addWidget(self.title)
        self._header.addWidget(self.status)

    def _build_form(self) -> None:
        self._form = QWidget()
        layout = QVBoxLayout(self._form)
        self.scales: dict[str, ScaleInput] = {}

        def scale_group(title: str, fields: tuple[str, ...]) -> Section:
            group = Section(title)
            box = group.content
            for name in fields:
                self.scales[name] = ScaleInput(name, required=name in REQUIRED)
                self.scales[name].value_changed.connect(self._changed)
                box.addWidget(self.scales[name])
            layout.addWidget(group)
            return group

        scale_group(tr("Pain"), ("pain_avg", "pain_worst", "pain_least"))
        scale_group(tr("How pain got in the way"), ("enjoyment", "activity"))
        scale_group(tr("Mood"), ("mood",))
        sleep = scale_group(tr("Sleep"), ("sleep_quality",))
        self.sleep_hours = QDoubleSpinBox()
        self.sleep_hours.setRange(SLEEP_NOT_RECORDED, 24.0)
        self.sleep_hours.setDecimals(1)
        self.sleep_hours.setSingleStep(0.5)
        self.sleep_hours.setSpecialValueText(tr("not recorded"))
        self.sleep_hours.setSuffix(tr(" hours"))
        self.sleep_hours.setAccessibleName(tr("Hours of sleep last night"))
        self.sleep_hours.setMinimumWidth(160)
        self.sleep_hours.valueChanged.connect(self._changed)
        hours_row = QHBoxLayout()
        hours_label = QLabel(tr("Hours of sleep last night"))
        set_font(hours_label, bold=True)
        optional = QLabel(tr("optional"))
        set_tone(optional, "hint")
        hours_row.addWidget(hours_label)
        hours_row.addWidget(self.sleep_hours)
        hours_row.addWidget(optional)
        hours_row.addStretch(1)
        sleep.content.insertLayout(0, hours_row)

        self.medications = MedicationsToday(self._therapies, self._doses, today=self._today)
        self.medications.changed.connect(self._medication_recorded)
        layout.addWidget(self.medications)

        where = Section(tr("Where does it hurt? (optional)"))
        self.locations = CodeChecklist(LOCATIONS, location_word, columns=3)
        self.locations.changed.connect(self._changed)
        self.location_drawing = BodyDrawing(self.locations, location_word)
        where.content.addWidget(beside(self.location_drawing, self.locations))
        layout.addWidget(where)
        feel = Section(tr("What does the pain feel like? (optional)"))
        self.qualities = CodeChecklist(QUALITIES, quality_word, columns=4)
        self.qualities.changed.connect(self._changed)
        feel.content.addWidget(self.qualities)
        layout.addWidget(feel)

        notes = Section(tr("Note (optional)"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("Anything worth remembering about today"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.note.textChanged.connect(self._changed)
        self.for_doctor = QCheckBox(tr("Show this note to my doctor on the visit summary"))
        self.for_doctor.toggled.connect(self._changed)
        notes_box = notes.content
        notes_box.addWidget(self.note)
        notes_box.addWidget(self.for_doctor)
        layout.addWidget(notes)

        flares = Section(tr("Flares on this day"))
        self.flare_list = QListWidget()
        self.flare_list.setMaximumHeight(120)
        self.flare_list.itemDoubleClicked.connect(lambda _item: self.edit_flare())
        self.log_flare_button = QPushButton(tr("Log a flare…"))
        self.log_flare_button.clicked.connect(self.log_flare)
        self.edit_flare_button = QPushButton(tr("Edit…"))
        self.edit_flare_button.clicked.connect(self.edit_flare)
        self.delete_flare_button = QPushButton(tr("Delete flare"))
        self.delete_flare_button.clicked.connect(self.delete_flare)
        buttons = QHBoxLayout()
        for button in (self.log_flare_button, self.edit_flare_button, self.delete_flare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        flares_box = flares.content
        flares_box.addWidget(self.flare_list)
        flares_box.addLayout(buttons)
        layout.addWidget(flares)
        layout.addStretch(1)

    def _build_footer(self) -> None:
        self.save_button = QPushButton(tr("Save"))
        set_font(self.save_button, bold=True)
        self.save_button.setMinimumSize(160, 44)
        self.save_button.setToolTip(tr("Save this day (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(tr("Delete this day's entry…"))
        self.delete_button.clicked.connect(self.delete_day)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self._footer = QHBoxLayout()
        self._footer.addWidget(self.save_button)
        self._footer.addWidget(self.message, 1)
        self._footer.addWidget(self.delete_button)

    def show_above_form(self, widget: QWidget) -> None:
        """Something that asks for the patient's attention today (a procedure diary's offer), under the title."""
        self._header.addWidget(widget)

    def set_read_only(self) -> None:
        """Another painlog has the diary open: every day can be shown here, none changed."""
        read_only.lock(self._form, self.save_button, self.delete_button)
        self.presenter.set_read_only()

    # ----- what the rest of the window asks of the page (the presenter decides) -------------------

    @property
    def day(self) -> date:
        return self.presenter.day

    @property
    def read_only(self) -> bool:
        return self.presenter.read_only

    def open_day(self, day: date) -> bool:
        """Show `day`, first asking about unsaved changes; False if the person chose to stay."""
        return self.presenter.open_day(day)

    def can_leave(self) -> bool:
        """True when nothing unsaved would be lost: saved first, or thrown away, as the person chose."""
        return self.presenter.can_leave()

    def is_dirty(self) -> bool:
        return self.presenter.is_dirty()

    def refresh(self) -> None:
        """Re-read the day from the diary (after it changed elsewhere), keeping nothing unsaved."""
        self.presenter.refresh()

    def furthest_day(self) -> date:
        return self.presenter.furthest_day()

    def save(self) -> bool:
        """Validate and commit the day; True once it is on disk."""
        return self.presenter.save()

    def delete_day(self) -> None:
        self.presenter.delete_day()

    def log_flare(self) -> None:
        self.presenter.log_flare()

    def edit_flare(self) -> None:
        self.presenter.edit_flare(self._selected_or_first_flare())

    def delete_flare(self) -> None:
        self.presenter.delete_flare(self._selected_or_first_flare())

    def recorded_days_changed(self) -> None:
        if self.calendar is not None:
            self.calendar.invalidate()

    # ----- TodayView: showing what the presenter decided -------------------------------------------

    def answers(self) -> Answers:
        """What the form shows now (compared with the saved day to tell unsaved changes)."""
        values: dict[str, Any] = {name: scale.value() for name, scale in self.scales.items()}
        hours = self.sleep_hours.value()
        return Answers(
            **values,
            sleep_hours=None if hours <= SLEEP_NOT_RECORDED else round(hours, 1),
            locations=self.locations.codes(),
            qualities=self.qualities.codes(),
            note=self.note.toPlainText(),
            for_doctor=self.for_doctor.isChecked(),
        )

    def show_answers(self, answers: Answers) -> None:
        for name, scale in self.scales.items():
            scale.set_value(getattr(answers, name))
        hours = answers.sleep_hours
        self.sleep_hours.setValue(SLEEP_NOT_RECORDED if hours is None else hours)
        self.locations.set_codes(answers.locations)
        self.location_drawing.refresh()
        self.qualities.set_codes(answers.qualities)
        self.note.setPlainText(answers.note)
        self.for_doctor.setChecked(answers.for_doctor)

    def show_day(self, shown: DayShown) -> None:
        self.date_edit.blockSignals(True)  # showing the day is not the person choosing one
        self.date_edit.setMaximumDate(qdate(max(shown.furthest, shown.day)))
        self.date_edit.setDate(qdate(shown.day))
        self.date_edit.blockSignals(False)
        self.next_button.setEnabled(shown.can_go_later)
        self.today_button.setEnabled(shown.days_ago != 0)
        text = long_day(shown.day)
        if shown.days_ago == 0:
            text += tr(" — today")
        elif shown.days_ago == 1:
            text += tr(" — yesterday")
        self.title.setText(text)
        # a screen reader says which day the field, the note and the flares belong to
        self.date_edit.setAccessibleDescription(long_day(shown.day))
        self.note.setAccessibleName(tr("Note about {day}").format(day=long_day(shown.day)))
        self.flare_list.setAccessibleName(tr("Flares on {day}").format(day=long_day(shown.day)))

    def show_status(self, status: Status, deletable: bool) -> None:
        match status:
            case Status.READ_ONLY_SAVED:
                text = tr("This day is saved.")
            case Status.READ_ONLY_EMPTY:
                text = tr("Nothing is recorded for this day.")
            case Status.UNSAVED:
                text = tr("Unsaved changes — press Save (Ctrl+S) to keep them.")
            case Status.NEW:
                text = tr("No entry for this day yet. Answer the required questions and press Save.")
            case Status.SAVED:
                text = tr("This day is saved. You can change any answer and save again.")
        self.status.setText(text)
        self.delete_button.setEnabled(deletable)

    def show_flares(self, flares: Sequence[Episode]) -> None:
        self.flare_list.clear()
        for episode in flares:
            item = QListWidgetItem(describe_episode(episode))
            item.setData(Qt.ItemDataRole.UserRole, episode)
            self.flare_list.addItem(item)
        if self.flare_list.count() == 0:
            placeholder = QListWidgetItem(tr("No flares logged on this day."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.flare_list.addItem(placeholder)
        has_flares = bool(self._selected_or_first_flare())
        self.edit_flare_button.setEnabled(has_flares)
        self.delete_flare_button.setEnabled(has_flares)

    def show_medications(self, day: date) -> None:
        self.medications.load(day)

    def say(self, said: Said) -> None:
        match said.outcome:
            case Outcome.SAVED:
                self._say(tr("Saved at {time}.").format(time=said.text), "saved")
            case Outcome.MISSING:
                missing = [FIELD_NAMES[name] for name in said.fields]
                self._say(tr("Please answer: {items}.").format(items=", ".join(missing)), "error")
            case Outcome.REFUSED:
                self._say(refusal(said.error) if said.error else said.text, "error")
            case Outcome.NOT_SAVED:
                what = refusal(said.error) if said.error else said.text
                self._say(what + tr(" Nothing was saved."), "error")
            case Outcome.RELOADED:
                self._say(tr("This is the day as it is saved now; your changes were not saved."), "normal")
            case Outcome.NOT_DELETED:
                what = refusal(said.error) if said.error else said.text
                self._say(what + tr(" Nothing was deleted; the day as it is saved now is shown."), "error")
            case Outcome.DELETED:
                self._say(tr("The entry for this day was deleted."), "saved")
            case Outcome.FLARE_SAVED:
                self._say(tr("Flare saved."), "saved")

    def clear_message(self) -> None:
        self.message.clear()

    def ask_save_changes(self) -> Unsaved:
        return dialogs.ask_save_changes(self)

    def ask_changed_elsewhere(self, changed: ChangedElsewhereError) -> Elsewhere:
        return dialogs.ask_changed_elsewhere(self, refusal(changed))

    def confirm_delete_day(self, day: date) -> bool:
        question = tr("Delete the entry for {day}? Its flares stay.").format(day=day.isoformat())
        return dialogs.confirm(self, question, tr("Delete entry"))

    def ask_flare(self, day: date, flare: Episode | None) -> Episode | None:
        from painlog.ui.episode_dialog import EpisodeDialog

        return EpisodeDialog.ask(self, day=day, episode=flare)

    def confirm_delete_flare(self, flare: Episode) -> bool:
        question = tr("Delete this flare?\n{text}").format(text=describe_episode(flare))
        return dialogs.confirm(self, question, tr("Delete"))

    def diary_changed(self, day: date) -> None:
        self.saved.emit(day)

    # ----- the widget's own --------------------------------------------------------------------------

    def _date_edited(self, value: QDate) -> None:
        self.open_day(pydate(value))

    def _changed(self, *_args: object) -> None:
        self.presenter.edited()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.date_edit and event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress):
            self.ensure_calendar()
        return super().eventFilter(watched, event)

    def ensure_calendar(self) -> RecordedDaysCalendar:
        """The picker's calendar, with recorded days in bold; built on first use to keep start-up quick."""
        if self.calendar is None:
            from painlog.ui.day_calendar import RecordedDaysCalendar

            self.calendar = RecordedDaysCalendar(self._checkins.recorded_days)
            self.date_edit.blockSignals(True)
            self.date_edit.setCalendarWidget(self.calendar)
            self.date_edit.blockSignals(False)
            self.presenter.show_day()  # its date and limits, in the new calendar
        return self.calendar

    def _selected_or_first_flare(self) -> Episode | None:
        item = self.flare_list.currentItem() or self.flare_list.item(0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)

    def _medication_recorded(self, text: str, ok: bool) -> None:
        self._say(text, "saved" if ok else "error")
        self.saved.emit(self.day)
