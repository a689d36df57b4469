"""Medications on the Today page: tick each scheduled intake, mark one skipped, log an as-needed dose."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from painlog.domain import clock
from painlog.domain.errors import ValidationError
from painlog.domain.schedule import due_on, has_doses_due
from painlog.domain.therapy import Dose, Regimen, Therapy
from painlog.storage.doses import DoseRepository
from painlog.storage.errors import DiaryError
from painlog.storage.therapies import TherapyRepository
from painlog.ui import dialogs
from painlog.ui.plain_text import literal_ampersands, plain_label
from painlog.ui.section import Section
from painlog.ui.style import set_font, set_tone
from painlog.ui.words import number, tr

ORDINALS = ("1st", "2nd", "3rd")


def intake_label(index: int) -> str:
    return tr(ORDINALS[index] if index < len(ORDINALS) else f"{index + 1}th")


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
        self.prn_list = QListWidget()
        self.prn_list.setMaximumHeight(90)
        self.pain_after_button = QPushButton(tr("Add pain afterwards…"))
        self.pain_after_button.clicked.connect(self.add_pain_after)
        self.prn_list.itemDoubleClicked.connect(lambda _item: self.add_pain_after())
        prn_row = QHBoxLayout()
        prn_row.addWidget(self.prn_button)
        prn_row.addWidget(self.pain_after_button)
        prn_row.addStretch(1)
        layout = self.content
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addLayout(prn_row)
        layout.addWidget(self.prn_list)
        self.intakes: dict[int, list[QCheckBox]] = {}
        self.skip_buttons: dict[int, QPushButton] = {}
        self.unskip_buttons: dict[int, QPushButton] = {}

    def load(self, day: date) -> None:
        self.day = day
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
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
            text = tr("{time} {name} {amount} {unit} · pain before {before} · after {after}").format(
                time=f"{dose.taken_at:%H:%M}", name=names.get(dose.therapy_id, "?"), amount=number(dose.amount),
                unit=dose.dose_unit or "", before=before, after=after,
            )  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, dose)
            self.prn_list.addItem(item)
        self.prn_list.setVisible(self.prn_list.count() > 0)
        self.pain_after_button.setEnabled(self.prn_list.count() > 0)

    def _add_row(self, row: int, therapy: Therapy, regimen: Regimen, logged: list[Dose]) -> None:
        name = plain_label(f"{therapy.name} {number(regimen.dose_amount)} {regimen.dose_unit or ''}".strip())
        set_font(name, bold=True)
        self.grid.addWidget(name, row, 0)
        taken = [d for d in logged if not d.skipped]
        skipped = [d for d in logged if d.skipped]
        boxes = []
        due = due_on(regimen, self.day)
        for index in range(max(due, len(taken) + len(skipped))):
            box = QCheckBox(intake_label(index))
            if index < len(taken):
                box.setChecked(True)
                box.setToolTip(tr("Taken at {time}").format(time=f"{taken[index].taken_at:%H:%M}"))
            elif index < len(taken) + len(skipped):
                reason = skipped[index - len(taken)].skip_reason
                box.setText(
                    literal_ampersands(tr("{n}: skipped ({reason})").format(n=intake_label(index), reason=reason))
                )
                box.setEnabled(False)  # "Undo skip" takes it back
            box.toggled.connect(lambda on, t=therapy, r=regimen: self._toggle(t, r, on))
            boxes.append(box)
            self.grid.addWidget(box, row, 1 + index)
        skip = QPushButton(tr("Skip a dose…"))
        skip.setEnabled(len(taken) + len(skipped) < due)
        skip.clicked.connect(lambda _=False, t=therapy: self._skip(t))
        self.grid.addWidget(skip, row, 1 + len(boxes))
        unskip = QPushButton(tr("Undo skip"))
        unskip.setToolTip(tr("The dose was not skipped after all: remove the skip"))
        unskip.clicked.connect(lambda _=False, t=therapy: self._unskip(t))
        self.grid.addWidget(unskip, row, 2 + len(boxes))
        unskip.setVisible(bool(skipped))
        self.grid.setColumnStretch(3 + len(boxes), 1)
        self.intakes[therapy.id] = boxes
        self.skip_buttons[therapy.id] = skip
        self.unskip_buttons[therapy.id] = unskip

    def _moment(self) -> datetime:
        return clock.moment_on(self.day, clock.now(), clock.latest_moment())

    def _write(self, action: Callable[[], object], done: str) -> None:
        try:
            action()
        except (ValidationError, DiaryError) as error:
            self.load(self.day)
            self.changed.emit(str(error), False)
            return
        self.load(self.day)
        self.changed.emit(done, True)

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
            self._write(lambda: self._doses.add(dose), tr("As-needed dose recorded."))

    def add_pain_after(self) -> None:
        item = self.prn_list.currentItem() or self.prn_list.item(0)
        if item is None:
            return
        dose: Dose = item.data(Qt.ItemDataRole.UserRole)
        choices = [(t, r) for t, r in self._therapies.current_regimens(dose.day) if t.id == dose.therapy_id]
        if not choices:
            return
        from painlog.ui.dose_dialog import AsNeededDoseDialog

        updated = AsNeededDoseDialog.ask(self, choices=choices, moment=dose.taken_at, dose=dose)
        if updated is not None:
            self._write(lambda: self._doses.update(updated), tr("Pain after the dose recorded."))
