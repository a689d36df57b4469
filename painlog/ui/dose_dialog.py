"""Log an as-needed dose with the pain before it, or add the pain felt an hour or two after."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from painlog.domain import clock
from painlog.domain.therapy import Dose, Regimen, Therapy
from painlog.ui.amount_input import AmountInput
from painlog.ui.form_dialog import FormDialog, datetime_input, moment_of
from painlog.ui.plain_text import plain_label
from painlog.ui.scale_input import ScaleInput
from painlog.ui.words import describe_regimen, tr


class AsNeededDoseDialog(FormDialog):
    """Log an as-needed dose with the pain before it, or add the pain an hour or two after."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        choices: list[tuple[Therapy, Regimen]],
        moment: datetime,
        dose: Dose | None = None,
    ) -> None:
        super().__init__(parent, tr("Pain after the dose") if dose else tr("Took an as-needed dose"))
        self._choices = choices
        self._latest = clock.latest_moment()
        self._dose = dose
        self.medication = QComboBox()
        for therapy, regimen in choices:
            self.medication.addItem(f"{therapy.name} — {describe_regimen(regimen)}", therapy.id)
        self.at = datetime_input(dose.taken_at if dose else moment, latest=self._latest)
        self.amount = AmountInput(0.01, 100_000)
        self.unit = plain_label()
        amount_row = QWidget()
        row = QHBoxLayout(amount_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount)
        row.addWidget(self.unit, 1)
        self.pain_before = ScaleInput("pain_before", required=False)
        self.pain_after = ScaleInput("pain_after", required=False)
        self.form.addRow(tr("Medication"), self.medication)
        self.form.addRow(tr("Taken at"), self.at)
        self.form.addRow(tr("Amount"), amount_row)
        self.layout_.insertWidget(1, self.pain_before)
        self.layout_.insertWidget(2, self.pain_after)
        self.medication.currentIndexChanged.connect(self._medication_changed)
        self._medication_changed()
        if dose is not None:
            index = self.medication.findData(dose.therapy_id)
            self.medication.setCurrentIndex(max(index, 0))
            self.medication.setEnabled(False)
            self.amount.setValue(dose.amount or 0.01)
            self.pain_before.set_value(dose.pain_before)
            self.pain_after.set_value(dose.pain_after)
            self.pain_after.setFocus()
        else:
            self.pain_after.hide()
            self.pain_before.setFocus()

    def _medication_changed(self) -> None:
        _, regimen = self._choices[max(self.medication.currentIndex(), 0)]
        self.amount.setValue(regimen.dose_amount or 1)
        self.unit.setText(regimen.dose_unit or "")
        self.amount.setAccessibleName(
            tr("Amount taken, in {unit}").format(unit=regimen.dose_unit) if regimen.dose_unit else tr("Amount taken")
        )

    def value(self) -> Dose:
        therapy, regimen = self._choices[self.medication.currentIndex()]
        return Dose(
            therapy.id or 0,
            moment_of(self.at),
            self.amount.value(),
            regimen.dose_unit,
            prn=True,
            pain_before=self.pain_before.value(),
            pain_after=self.pain_after.value(),
            id=self._dose.id if self._dose else None,
        ).validated(self._latest.replace(second=59))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        choices: list[tuple[Therapy, Regimen]],
        moment: datetime,
        dose: Dose | None = None,
    ) -> Dose | None:
        return cls.run(cls(parent, choices=choices, moment=moment, dose=dose))
