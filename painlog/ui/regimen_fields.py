"""Dose and schedule inputs, shared by adding a therapy, changing its dose and starting it again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from painlog.domain.errors import ValidationError
from painlog.domain.therapy import Regimen
from painlog.ui.form_dialog import choice_input, choose, chosen
from painlog.ui.words import DOSE_UNITS, ROUTE_WORDS, tr


def _spin(low: int, high: int, special: str | None = None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    if special is not None:
        spin.setSpecialValueText(special)
    return spin


class RegimenFields:
    """Adds its rows to `form`; `regimen()` reads them back as a (validated) Regimen."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 100_000)
        self.amount.setDecimals(2)
        self.amount.setSpecialValueText(tr("not given"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(DOSE_UNITS)
        dose = QWidget()
        row = QHBoxLayout(dose)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount)
        row.addWidget(self.unit)
        row.addWidget(QLabel(tr("each time")), 1)
        self.route = choice_input(ROUTE_WORDS)

        self.scheduled = QRadioButton(tr("At set times:"))
        self.times = _spin(1, 24)
        self.as_needed = QRadioButton(tr("As needed, at most"))
        self.most = _spin(1, 24)
        self.most.setValue(4)
        self.scheduled.setChecked(True)
        group = QButtonGroup(dose)
        group.addButton(self.scheduled)
        group.addButton(self.as_needed)
        schedule = QWidget()
        line = QHBoxLayout(schedule)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in (self.scheduled, self.times, QLabel(tr("a day")), self.as_needed, self.most, QLabel(tr("a day"))):
            line.addWidget(widget)
        line.addStretch(1)

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
            self.scheduled.toggled, self.times.valueChanged, self.most.valueChanged, self.sessions.valueChanged,
            self.instructions.textChanged,
        ):  # fmt: skip
            signal.connect(lambda *_: slot())

    def fill(self, regimen: Regimen) -> None:
        self.amount.setValue(regimen.dose_amount or 0)
        if regimen.dose_unit:
            self.unit.setCurrentText(regimen.dose_unit)
        choose(self.route, regimen.route or "oral")
        self.as_needed.setChecked(regimen.prn)
        self.scheduled.setChecked(not regimen.prn)
        self.times.setValue(regimen.times_per_day or 1)
        self.most.setValue(regimen.max_per_day or 4)
        self.sessions.setValue(regimen.sessions_per_week or 0)
        self.instructions.setText(regimen.instructions)

    def regimen(self, therapy_id: int, start: date) -> Regimen:
        if self._medication:
            if self.amount.value() <= 0:
                raise ValidationError("dose_amount", tr("Enter the dose taken each time."))
            if not self.unit.currentText().strip():
                raise ValidationError("dose_unit", tr("Enter the unit of the dose (for example mg)."))
            prn = self.as_needed.isChecked()
            return Regimen(
                therapy_id,
                start,
                dose_amount=self.amount.value(),
                dose_unit=self.unit.currentText().strip(),
                route=chosen(self.route),
                times_per_day=None if prn else self.times.value(),
                prn=prn,
                max_per_day=self.most.value() if prn else None,
                instructions=self.instructions.text().strip(),
            ).validated()
        return Regimen(
            therapy_id,
            start,
            sessions_per_week=self.sessions.value() or None,
            instructions=self.instructions.text().strip(),
        ).validated()
