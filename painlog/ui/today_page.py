"""The Today page: one day's check-in, its flares, and moving between days."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

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
from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.errors import ValidationError
from painlog.domain.scales import FIELD_NAMES
from painlog.domain.vocabulary import LOCATIONS, QUALITIES
from painlog.storage.checkins import CheckinRepository, DayChangedElsewhereError
from painlog.storage.doses import DoseRepository
from painlog.storage.episodes import EpisodeRepository
from painlog.storage.errors import DiaryError
from painlog.storage.therapies import TherapyRepository
from painlog.ui import dialogs, read_only
from painlog.ui.body_drawing import BodyDrawing, beside
from painlog.ui.code_checklist import CodeChecklist
from painlog.ui.date_field import DateField
from painlog.ui.feedback import attempt, say
from painlog.ui.medications_today import MedicationsToday
from painlog.ui.plain_text import plain_label
from painlog.ui.scale_input import ScaleInput
from painlog.ui.section import Section
from painlog.ui.style import set_font, set_tone
from painlog.ui.words import describe_episode, location_word, long_day, quality_word, refusal, tr

if TYPE_CHECKING:
    from painlog.ui.day_calendar import RecordedDaysCalendar

REQUIRED = ("pain_avg", "enjoyment", "activity", "mood")
SLEEP_NOT_RECORDED = -0.5


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TodayPage(QWidget):
    """Edits one day at a time; `saved` tells the rest of the window that the diary changed."""

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
        self._episodes = episodes
        self._therapies = therapies
        self._doses = doses
        self._today = today
        self.day = today()
        self._stored: CheckIn | None = None
        self._clean: dict[str, object] = {}
        self.read_only = False

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
        self._load(self.day)

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
        self.read_only = True
        read_only.lock(self._form, self.save_button, self.delete_button)
        self._show_status()

    # ----- the day shown --------------------------------------------------------------------------

    def open_day(self, day: date) -> bool:
        """Show `day`, first asking about unsaved changes; False if the person chose to stay."""
        day = min(day, self.furthest_day())
        if day == self.day:
            self._sync_date_edit()
            return True
        if not self.can_leave():
            self._sync_date_edit()
            return False
        self._load(day)
        return True

    def can_leave(self) -> bool:
        """True when nothing unsaved would be lost: saved first, or thrown away, as the person chose."""
        if not self.is_dirty():
            return True
        answer = dialogs.ask_save_changes(self)
        if answer is dialogs.Unsaved.SAVE:
            return self.save()
        if answer is dialogs.Unsaved.DISCARD:
            self.refresh()  # the form shows the day as stored again
            return True
        return False

    def is_dirty(self) -> bool:
        return self._values() != self._clean

    def refresh(self) -> None:
        """Re-read the day from the diary (after it changed elsewhere), keeping nothing unsaved."""
        self._load(self.day)

    def _load(self, day: date) -> None:
        self.day = day
        self._stored = self._checkins.get(day)
        self._fill(self._stored)
        self._clean = self._values()
        self._sync_date_edit()
        self._show_title()
        self._name_for_day()
        self._show_flares()
        self.medications.load(day)
        self.message.clear()
        self._show_status()

    def _fill(self, checkin: CheckIn | None) -> None:
        widgets = [*self.scales.values(), self.sleep_hours, self.note, self.for_doctor]
        widgets += [self.locations, self.qualities]
        for widget in widgets:
            widget.blockSignals(True)
        for name, scale in self.scales.items():
            scale.set_value(getattr(checkin, name) if checkin else None)
        hours = checkin.sleep_hours if checkin else None
        self.sleep_hours.setValue(SLEEP_NOT_RECORDED if hours is None else hours)
        self.locations.set_codes(checkin.locations if checkin else ())
        self.location_drawing.refresh()
        self.qualities.set_codes(checkin.qualities if checkin else ())
        self.note.setPlainText(checkin.note if checkin else "")
        self.for_doctor.setChecked(checkin.for_doctor if checkin else False)
        for widget in widgets:
            widget.blockSignals(False)

    def _values(self) -> dict[str, object]:
        """What the form shows now, keyed like CheckIn's fields (compared to tell unsaved changes)."""
        values: dict[str, object] = {name: scale.value() for name, scale in self.scales.items()}
        hours = self.sleep_hours.value()
        values["sleep_hours"] = None if hours <= SLEEP_NOT_RECORDED else round(hours, 1)
        values["locations"] = self.locations.codes()
        values["qualities"] = self.qualities.codes()
        values["note"] = self.note.toPlainText()
        values["for_doctor"] = self.for_doctor.isChecked()
        return values

    def _sync_date_edit(self) -> None:
        self.date_edit.blockSignals(True)
        latest = self.furthest_day()
        self.date_edit.setMaximumDate(qdate(max(latest, self.day)))
        self.date_edit.setDate(qdate(self.day))
        self.date_edit.blockSignals(False)
        self.next_button.setEnabled(self.day < latest)
        self.today_button.setEnabled(self.day != self._today())

    def furthest_day(self) -> date:
        """How far the page goes: today here, or a later day that already holds a check-in, dose or flare (saved
        before flying west, it is "tomorrow" here yet not in the future). An empty tomorrow is never offered,
        though saving one is allowed up to clock.latest_day(): a patient in the Americas should not record
        tomorrow by a slip of "Next day"."""
        latest = clock.latest_day()
        recorded = (source.last_day() for source in (self._checkins, self._doses, self._episodes))
        return max([self._today(), *(day for day in recorded if day is not None and day <= latest)])

    def _date_edited(self, value: QDate) -> None:
        self.open_day(pydate(value))

    def _show_title(self) -> None:
        text = long_day(self.day)
        days_ago = (self._today() - self.day).days
        if days_ago == 0:
            text += tr(" — today")
        elif days_ago == 1:
            text += tr(" — yesterday")
        self.title.setText(text)

    def _name_for_day(self) -> None:
        """A screen reader says which day the field, the note and the flares belong to."""
        self.date_edit.setAccessibleDescription(long_day(self.day))
        self.note.setAccessibleName(tr("Note about {day}").format(day=long_day(self.day)))
        self.flare_list.setAccessibleName(tr("Flares on {day}").format(day=long_day(self.day)))

    def _show_status(self) -> None:
        if self.read_only:
            self.status.setText(tr("This day is saved.") if self._stored else tr("Nothing is recorded for this day."))
        elif self.is_dirty():
            self.status.setText(tr("Unsaved changes — press Save (Ctrl+S) to keep them."))
        elif self._stored is None:
            self.status.setText(tr("No entry for this day yet. Answer the required questions and press Save."))
        else:
            self.status.setText(tr("This day is saved. You can change any answer and save again."))
        self.delete_button.setEnabled(self._stored is not None)

    def _changed(self, *_args: object) -> None:
        self.message.clear()
        self._show_status()

    def recorded_days_changed(self) -> None:
        if self.calendar is not None:
            self.calendar.invalidate()

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
            self._sync_date_edit()
        return self.calendar

    # ----- saving ---------------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and commit the day; True once it is on disk.

        The day is written only over the version this page opened with: if another window or program saved
        it since, the person chooses between that version and theirs; nothing is overwritten unasked.
        """
        try:
            checkin = self._checkin()
            stamp = self._checkins.save(checkin, expected=self._stored)
        except DayChangedElsewhereError as changed:
            return self._changed_elsewhere(changed)
        except (ValidationError, DiaryError) as error:
            self._say(refusal(error), "error")
            return False
        self._stored = self._checkins.get(self.day)
        self._clean = self._values()
        self._show_status()
        self._say(tr("Saved at {time}.").format(time=stamp[11:16]), "saved")
        self.saved.emit(self.day)
        return True

    def _changed_elsewhere(self, changed: DayChangedElsewhereError) -> bool:
        answer = dialogs.ask_changed_elsewhere(self, str(changed))
        if answer is dialogs.Elsewhere.KEEP_MINE:
            self._stored = changed.stored  # the person has seen that version and chose theirs
            return self.save()
        if answer is dialogs.Elsewhere.RELOAD:
            self._load(self.day)
            self._say(tr("This is the day as it is saved now; your changes were not saved."), "normal")
        else:
            self._say(str(changed) + tr(" Nothing was saved."), "error")
        return False

    def _checkin(self) -> CheckIn:
        values = self._values()
        missing = [tr.known(FIELD_NAMES[name]) for name in REQUIRED if values[name] is None]
        if missing:
            raise ValidationError(missing[0], tr("Please answer: {items}.").format(items=", ".join(missing)))
        return CheckIn(day=self.day, **values).validated(clock.latest_day())  # type: ignore[arg-type]

    def delete_day(self) -> None:
        if self._stored is None:
            return
        if not dialogs.confirm(
            self,
            tr("Delete the entry for {day}? Its flares stay.").format(day=self.day.isoformat()),
            tr("Delete entry"),
        ):
            return
        try:
            self._checkins.delete(self.day, expected=self._stored)
        except DayChangedElsewhereError as changed:
            self._load(self.day)
            self._say(str(changed) + tr(" Nothing was deleted; the day as it is saved now is shown."), "error")
            return
        except DiaryError as error:
            self._say(str(error), "error")
            return
        self._load(self.day)
        self._say(tr("The entry for this day was deleted."), "saved")
        self.saved.emit(self.day)

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)

    # ----- flares ---------------------------------------------------------------------------------

    def _show_flares(self) -> None:
        self.flare_list.clear()
        for episode in self._episodes.on_day(self.day):
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

    def _selected_or_first_flare(self) -> Episode | None:
        item = self.flare_list.currentItem() or self.flare_list.item(0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def log_flare(self) -> None:
        from painlog.ui.episode_dialog import EpisodeDialog

        episode = EpisodeDialog.ask(self, day=self.day)
        if episode is not None:
            self._store_flare(lambda: self._episodes.add(episode))

    def edit_flare(self) -> None:
        current = self._selected_or_first_flare()
        if current is None:
            return
        from painlog.ui.episode_dialog import EpisodeDialog

        episode = EpisodeDialog.ask(self, day=self.day, episode=current)
        if episode is not None:
            self._store_flare(lambda: self._episodes.update(dataclasses.replace(episode, id=current.id)))

    def delete_flare(self) -> None:
        current = self._selected_or_first_flare()
        if current is None or current.id is None:
            return
        if dialogs.confirm(self, tr("Delete this flare?\n{text}").format(text=describe_episode(current)), tr("Delete")):
            episode_id = current.id
            self._store_flare(lambda: self._episodes.delete(episode_id))

    def _store_flare(self, write: Callable[[], object]) -> None:
        if attempt(self.message, write, tr("Flare saved.")):
            self._show_flares()
            self.saved.emit(self.day)

    def _medication_recorded(self, text: str, ok: bool) -> None:
        self._say(text, "saved" if ok else "error")
        self.saved.emit(self.day)
