"""Dose and schedule inputs, shared by adding a therapy, changing its dose and starting it again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from painlog.domain.errors import ValidationError
from painlog.domain.therapy import Regimen
from painlog.ui.amount_input import AmountInput
from painlog.ui.form_dialog import choice_input, choose, chosen
from painlog.ui.words import DOSE_UNITS, ROUTE_WORDS, SCHEDULE_WORDS, WEEKDAY_WORDS, tr, word, words_of


def _spin(low: int, high: int, special: str | None = None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    if special is not None:
        spin.setSpecialValueText(special)
    return spin


class ScheduleFields:
    """How often: a drop-down of schedule kinds, then only the inputs that kind needs, all reached by Tab."""

    def __init__(self, parent: QWidget) -> None:
        self.kind = choice_input(words_of(SCHEDULE_WORDS))
        self.kind.setAccessibleName(tr("How often"))
        self.times = _spin(1, 24)
        self.hours = _spin(1, 24 * 28)
        self.hours.setValue(72)
        self.days = _spin(1, 366)
        self.days.setValue(2)
        self.most = _spin(1, 24)
        self.most.setValue(4)
        self.weekdays = {code: QCheckBox(word(WEEKDAY_WORDS, code)) for code, words in WEEKDAY_WORDS.items()}
        for spin, name in ((self.times, tr("Times a day")), (self.hours, tr("Every how many hours")),
                           (self.days, tr("Every how many days")), (self.most, tr("Most doses a day"))):  # fmt: skip
            spin.setAccessibleName(name)
        monthly = QLabel(tr("on the start date's day of the month"))
        line = QHBoxLayout(parent)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.kind)
        self._parts: dict[str, list[QWidget]] = {
            "times_a_day": [self.times, QLabel(tr("times a day"))],
            "every_hours": [QLabel(tr("every")), self.hours, QLabel(tr("hours"))],
            "every_days": [QLabel(tr("every")), self.days, QLabel(tr("days"))],
            "weekly": list(self.weekdays.values()),
            "monthly": [monthly],
            "as_needed": [QLabel(tr("at most")), self.most, QLabel(tr("a day"))],
        }
        for widgets in self._parts.values():
            for widget in widgets:
                line.addWidget(widget)
        line.addStretch(1)
        self.kind.currentIndexChanged.connect(self._show_kind)
        self._show_kind()

    def _show_kind(self) -> None:
        for kind, widgets in self._parts.items():
            for widget in widgets:
                widget.setVisible(kind == chosen(self.kind))

    def on_change(self, slot: Callable[[], object]) -> None:
        signals = [self.kind.currentIndexChanged, self.times.valueChanged, self.hours.valueChanged,
                   self.days.valueChanged, self.most.valueChanged]  # fmt: skip
        signals += [box.toggled for box in self.weekdays.values()]
        for signal in signals:
            signal.connect(lambda *_: slot())

    def fill(self, regimen: Regimen) -> None:
        choose(self.kind, regimen.schedule or "times_a_day")
        self.times.setValue(regimen.times_per_day or 1)
        spin = self.hours if regimen.schedule == "every_hours" else self.days
        spin.setValue(regimen.every or spin.value())
        self.most.setValue(regimen.max_per_day or 4)
        for code, box in self.weekdays.items():
            box.setChecked(code in regimen.weekdays)

    def values(self) -> dict[str, Any]:
        """The Regimen fields of the chosen schedule; the others are left empty."""
        kind = chosen(self.kind)
        every = {"every_hours": self.hours.value(), "every_days": self.days.value()}.get(kind)
        return {
            "schedule": kind,
            "prn": kind == "as_needed",
            "times_per_day": self.times.value() if kind == "times_a_day" else None,
            "every": every,
            "weekdays": tuple(c for c, box in self.weekdays.items() if box.isChecked()) if kind == "weekly" else (),
            "max_per_day": self.most.value() if kind == "as_needed" else None,
        }


class RegimenFields:
    """Adds its rows to `form`; `regimen()` reads them back as a (validated) Regimen."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.amount = AmountInput(0, 100_000)
        self.amount.setSpecialValueText(tr("not given"))
        self.amount.setAccessibleName(tr("Dose taken each time"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setAccessibleName(tr("Unit of the dose"))
        self.unit.addItems(DOSE_UNITS)
        dose = QWidget()
        row = QHBoxLayout(dose)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount)
        row.addWidget(self.unit)
        row.addWidget(QLabel(tr("each time")), 1)
        self.route = choice_input(words_of(ROUTE_WORDS))

        schedule = QWidget()
        self.schedule = ScheduleFields(schedule)

        self.sessions = _spin(0, 21, tr("not set"))
        self.instructions = QLineEdit()
        self.instructions.setPlaceholderText(tr("for example: with food"))
        form.addRow(tr("Dose"), dose)
        form.addRow(tr("How it is taken"), self.route)
        form.addRow(tr("How often"), schedule)
        form.addRow(tr("Sessions a week"), self.sessions)
        form.addRow(tr("Instructions"), self.instructions)
        self._medication_rows = [dose, self.route, schedule]
        self._medication = True

    def show_for(self, medication: bool, *, visible: bool = True) -> None:
        """Show the rows a medication (dose, route, schedule) or a course (sessions a week) needs."""
        self._medication = medication
        for widget in self._medication_rows:
            self.form.setRowVisible(widget, visible and medication)
        self.form.setRowVisible(self.sessions, visible and not medication)
        self.form.setRowVisible(self.instructions, visible)

    def on_change(self, slot: Callable[[], object]) -> None:
        """Call `slot` whenever the person changes any of these fields."""
        for signal in (
            self.amount.valueChanged, self.unit.currentTextChanged, self.route.currentIndexChanged,
            self.sessions.valueChanged, self.instructions.textChanged,
        ):  # fmt: skip
            signal.connect(lambda *_: slot())
        self.schedule.on_change(slot)

    def fill(self, regimen: Regimen) -> None:
        self.amount.setValue(regimen.dose_amount or 0)
        if regimen.dose_unit:
            self.unit.setCurrentText(regimen.dose_unit)
        choose(self.route, regimen.route or "oral")
        self.schedule.fill(regimen)
        self.sessions.setValue(regimen.sessions_per_week or 0)
        self.instructions.setText(regimen.instructions)

    def regimen(self, therapy_id: int, start: date) -> Regimen:
        if self._medication:
            if self.amount.value() <= 0:
                raise ValidationError("dose_amount", tr("Enter the dose taken each time."))
            if not self.unit.currentText().strip():
                raise ValidationError("dose_unit", tr("Enter the unit of the dose (for example mg)."))
            return Regimen(
                therapy_id,
                start,
                dose_amount=self.amount.value(),
                dose_unit=self.unit.currentText().strip(),
                route=chosen(self.route),
                instructions=self.instructions.text().strip(),
                **self.schedule.values(),
            ).validated()
        return Regimen(
            therapy_id,
            start,
            sessions_per_week=self.sessions.value() or None,
            instructions=self.instructions.text().strip(),
        ).validated()
