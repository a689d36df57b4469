"""Medications on the Today page: tick each scheduled intake, mark one skipped, log an as-needed dose (said
plainly when it goes over the prescribed maximum), add the pain afterwards, or remove a mistaken one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from painlog.domain import clock
from painlog.domain.errors import ValidationError
from painlog.domain.medication_use import over_maximum_on
from painlog.domain.schedule import due_on, has_doses_due
from painlog.domain.therapy import Dose, Regimen, Therapy
from painlog.storage.doses import DoseRepository
from painlog.storage.errors import DiaryError
from painlog.storage.therapies import TherapyRepository
from painlog.ui import dialogs
from painlog.ui.flow_layout import FlowLayout
from painlog.ui.plain_text import literal_ampersands, plain_label
from painlog.ui.section import Section
from painlog.ui.style import set_font, set_tone
from painlog.ui.words import long_day, number, refusal, tr

MAX_ROWS = 8  # as-needed doses shown at once; more scroll, with the scroll bar showing


def intake_label(index: int, intakes: int) -> str:
    """ "2 of 3", beside the medicine's name: no ordinals, which each language builds its own way."""
    return tr("{n} of {count}", "a dose of the day's").format(n=index + 1, count=intakes)


class DoseList(QListWidget):
    """The day's as-needed doses: as tall as its rows, up to MAX_ROWS, so no row is ever hidden without a
    scroll bar to reach it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # a long row: its tooltip

    def sizeHint(self) -> QSize:
        rows = sum(max(self.sizeHintForRow(row), 0) for row in range(min(self.count(), MAX_ROWS)))
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()


class MedicationsToday(Section):
    """Doses are written as they are ticked (each its own commit), like flares, not with the day's Save."""

    changed = Signal(str, bool)  # a sentence saying what was recorded or why not; whether it was recorded

    def __init__(
        self,
        therapies: TherapyRepository,
        doses: DoseRepository,
        *,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Medications on this day"), parent)
        self._therapies = therapies
        self._doses = doses
        self._today = today
        self.day = today()
        self.grid = QGridLayout()
        self.empty = QLabel(tr("No scheduled dose on this day."))
        set_tone(self.empty, "hint")
        self.prn_button = QPushButton(tr("Took an as-needed dose…"))
        self.prn_button.clicked.connect(self.log_as_needed)
        self.prn_list = DoseList()
        self.pain_after_button = QPushButton(tr("Add pain afterwards…"))
        self.pain_after_button.clicked.connect(lambda: self.add_pain_after())
        self.prn_list.itemDoubleClicked.connect(lambda _item: self.add_pain_after())
        self.remove_button = QPushButton(tr("Remove this dose…"))
        self.remove_button.setToolTip(tr("Remove the as-needed dose chosen in the list, if it was logged by mistake"))
        self.remove_button.clicked.connect(self.remove_dose)
        self.prn_list.currentItemChanged.connect(lambda *_: self._enable_remove())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.prn_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_dose)
        prn_buttons = QWidget()  # they wrap onto a second line rather than widen the page (a longer language)
        prn_row = FlowLayout(prn_buttons)
        prn_row.addWidget(self.prn_button)
        prn_row.addWidget(self.pain_after_button)
        prn_row.addWidget(self.remove_button)
        layout = self.content
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addWidget(prn_buttons)
        layout.addWidget(self.prn_list)
        self.intakes: dict[int, list[QCheckBox]] = {}
        self.skip_buttons: dict[int, QPushButton] = {}
        self.unskip_buttons: dict[int, QPushButton] = {}

    def load(self, day: date) -> None:
        self.day = day
        self.prn_list.setAccessibleName(tr("As-needed doses on {day}").format(day=long_day(day)))
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.intakes.clear()
        self.skip_buttons.clear()
        self.unskip_buttons.clear()
        current = self._therapies.current_regimens(day)
        doses = self._doses.on_day(day)
        # A dose due this day by the schedule (a patch only on its change day), or one already logged.
        logged = {t.id: [d for d in doses if d.therapy_id == t.id and not d.prn] for t, _ in current}
        scheduled = [
            (t, r) for t, r in current if t.is_medication and has_doses_due(r) and (due_on(r, day) or logged[t.id])
        ]
        for row, (therapy, regimen) in enumerate(scheduled):
            self._add_row(row, therapy, regimen, logged[therapy.id])
        self.empty.setVisible(not scheduled)
        self._as_needed = [(t, r) for t, r in current if t.is_medication and r.prn]
        self.prn_button.setEnabled(bool(self._as_needed))
        self.prn_button.setToolTip("" if self._as_needed else tr("No as-needed medication is prescribed on this day."))
        names = {t.id: t.name for t, _ in current}
        self.prn_list.clear()
        for dose in (d for d in doses if d.prn):
            after = number(dose.pain_after) if dose.pain_after is not None else tr("not yet")
            before = number(dose.pain_before) if dose.pain_before is not None else "—"
            text = tr("{time} {name} · pain before {before} · after {after}").format(
                time=f"{dose.taken_at:%H:%M}", name=dose_name(names.get(dose.therapy_id, "?"), dose), before=before,
                after=after,
            )  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, dose)
            item.setData(Qt.ItemDataRole.ToolTipRole, text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.prn_list.addItem(item)
        self.prn_list.setVisible(self.prn_list.count() > 0)
        self.prn_list.updateGeometry()
        self.pain_after_button.setEnabled(self.prn_list.count() > 0)
        self._enable_remove()

    def _enable_remove(self) -> None:
        chosen = self.prn_list.currentItem() is not None
        self.remove_button.setVisible(self.prn_list.count() > 0)
        self.remove_button.setEnabled(chosen)
        self.remove_button.setToolTip(
            tr("Remove the as-needed dose chosen in the list, if it was logged by mistake")
            if chosen
            else tr("Choose a dose in the list first")
        )

    def _add_row(self, row: int, therapy: Therapy, regimen: Regimen, logged: list[Dose]) -> None:
        name = plain_label(f"{therapy.name} {number(regimen.dose_amount)} {regimen.dose_unit or ''}".strip())
        set_font(name, bold=True)
        line = QWidget()  # one medicine's line: it wraps rather than widen the page (a longer language)
        flow = FlowLayout(line)
        flow.addWidget(name)
        self.grid.addWidget(line, row, 0)
        line.show()  # at once, as its controls are (a layout would show it only once events are processed)
        taken = [d for d in logged if not d.skipped]
        skipped = [d for d in logged if d.skipped]
        boxes = []
        due = due_on(regimen, self.day)
        intakes = max(due, len(taken) + len(skipped))
        for index in range(intakes):
            box = QCheckBox(intake_label(index, intakes))
            state = tr("not taken yet")
            if index < len(taken):
                box.setChecked(True)
                box.setToolTip(tr("Taken at {time}").format(time=f"{taken[index].taken_at:%H:%M}"))
                state = tr("taken at {time}").format(time=f"{taken[index].taken_at:%H:%M}")
            elif index < len(taken) + len(skipped):
                reason = skipped[index - len(taken)].skip_reason
                box.setText(
                    literal_ampersands(
                        tr("{n}: skipped ({reason})").format(n=intake_label(index, intakes), reason=reason)
                    )
                )
                box.setEnabled(False)  # "Undo skip" takes it back
                state = tr("skipped ({reason})").format(reason=reason)
            box.setAccessibleName(tr("{medicine}, dose {n} of {count}, {state}").format(
                medicine=name.text(), n=index + 1, count=intakes, state=state))  # fmt: skip
            box.toggled.connect(lambda on, t=therapy, r=regimen: self._toggle(t, r, on))
            boxes.append(box)
            flow.addWidget(box)
        skip = QPushButton(tr("Skip a dose…"))
        skip.setAccessibleName(tr("Skip a dose of {name}…").format(name=therapy.name))
        skip.setEnabled(len(taken) + len(skipped) < due)
        skip.clicked.connect(lambda _=False, t=therapy: self._skip(t))
        flow.addWidget(skip)
        unskip = QPushButton(tr("Undo skip"))
        unskip.setToolTip(tr("The dose was not skipped after all: remove the skip"))
        unskip.setAccessibleName(tr("Undo the skipped dose of {name}").format(name=therapy.name))
        unskip.clicked.connect(lambda _=False, t=therapy: self._unskip(t))
        flow.addWidget(unskip)
        unskip.setVisible(bool(skipped))
        assert therapy.id is not None  # a stored therapy
        self.intakes[therapy.id] = boxes
        self.skip_buttons[therapy.id] = skip
        self.unskip_buttons[therapy.id] = unskip

    def _moment(self) -> datetime:
        return clock.moment_on(self.day, clock.now(), clock.latest_moment())

    def _write(self, action: Callable[[], object], done: str, then: Callable[[], str] | None = None) -> None:
        """Write, reload, and say what happened; `then` may add a sentence about what was written."""
        try:
            action()
        except (ValidationError, DiaryError) as error:
            self.load(self.day)
            self.changed.emit(refusal(error), False)
            return
        self.load(self.day)
        more = then() if then is not None else ""
        self.changed.emit(f"{done} {more}" if more else done, True)

    def _toggle(self, therapy: Therapy, regimen: Regimen, on: bool) -> None:
        if on:
            dose = Dose(therapy.id or 0, self._moment(), regimen.dose_amount, regimen.dose_unit)
            self._write(lambda: self._doses.add(dose), tr("{name}: dose recorded.").format(name=therapy.name))
            return
        therapy_id, day = therapy.id or 0, self.day
        self._write(lambda: self._doses.undo_scheduled(therapy_id, day, skipped=False),
                    tr("{name}: dose removed.").format(name=therapy.name))  # fmt: skip

    def _skip(self, therapy: Therapy) -> None:
        reason = dialogs.ask_text(
            self, tr("Skip a dose"), tr("Why was this dose of {name} skipped?").format(name=therapy.name)
        )
        if reason is None:
            return
        dose = Dose(therapy.id or 0, self._moment(), skipped=True, skip_reason=reason)
        self._write(lambda: self._doses.add(dose), tr("{name}: skipped dose recorded.").format(name=therapy.name))

    def _unskip(self, therapy: Therapy) -> None:
        therapy_id, day = therapy.id or 0, self.day
        self._write(lambda: self._doses.undo_scheduled(therapy_id, day, skipped=True),
                    tr("{name}: the skip was taken back.").format(name=therapy.name))  # fmt: skip

    def log_as_needed(self) -> None:
        if not self._as_needed:
            return
        from painlog.ui.dose_dialog import AsNeededDoseDialog

        dose = AsNeededDoseDialog.ask(self, choices=self._as_needed, moment=self._moment())
        if dose is not None:
            self._write(lambda: self._doses.add(dose), tr("As-needed dose recorded."), lambda: self._over_maximum(dose))

    def _over_maximum(self, dose: Dose) -> str:
        """After an as-needed dose: a plain sentence when the day now goes over the prescribed maximum, else ""."""
        current = [(t, r) for t, r in self._therapies.current_regimens(dose.day) if t.id == dose.therapy_id]
        day_doses = [d for d in self._doses.on_day(dose.day) if d.therapy_id == dose.therapy_id]
        over = over_maximum_on([r for _, r in current], day_doses, dose.day)
        if over is None or not current:
            return ""
        when = tr("today") if dose.day == self._today() else tr("on {day}").format(day=dose.day.isoformat())
        return tr("That makes %n dose(s) of {name} {when}; the prescription says at most {most} a day.", None,
                  over.doses).format(name=current[0][0].name, when=when, most=over.max_per_day)  # fmt: skip

    def add_pain_after(self, dose: Dose | None = None) -> None:
        """The pain an hour or two after an as-needed dose: the one chosen in the list, or `dose` (when painlog
        asked about it)."""
        if dose is None:
            item = self.prn_list.currentItem() or self.prn_list.item(0)
            if item is None:
                return
            dose = item.data(Qt.ItemDataRole.UserRole)
        else:  # as the diary holds it now (removed meanwhile: nothing to ask)
            dose = next((d for d in self._doses.on_day(dose.day) if d.id == dose.id), None)
            if dose is None:
                return
        choices = [(t, r) for t, r in self._therapies.current_regimens(dose.day) if t.id == dose.therapy_id]
        if not choices:
            return
        from painlog.ui.dose_dialog import AsNeededDoseDialog

        updated = AsNeededDoseDialog.ask(self, choices=choices, moment=dose.taken_at, dose=dose)
        if updated is not None:
            self._write(lambda: self._doses.update(updated), tr("Pain after the dose recorded."))

    def remove_dose(self) -> None:
        """Remove the chosen as-needed dose, logged by mistake, after asking."""
        item = self.prn_list.currentItem()
        if item is None:
            return
        dose: Dose = item.data(Qt.ItemDataRole.UserRole)
        name = self._therapies.get(dose.therapy_id).name
        question = tr("Remove the {time} dose of {dose}? It will no longer count in your summary.").format(
            time=f"{dose.taken_at:%H:%M}", dose=dose_name(name, dose)
        )
        if not dialogs.confirm(self, question, tr("Remove the dose")):
            return
        dose_id = dose.id or 0
        self._write(lambda: self._doses.delete(dose_id), tr("The {time} dose of {dose} was removed.").format(
            time=f"{dose.taken_at:%H:%M}", dose=dose_name(name, dose)))  # fmt: skip


def dose_name(name: str, dose: Dose) -> str:
    """ "Oxycodone IR 5 mg": the medicine and the amount of one dose, as the list and the questions name it."""
    amount = f"{number(dose.amount)} {dose.dose_unit or ''}".strip() if dose.amount is not None else ""
    return f"{name} {amount}".strip()
