"""Dialogs for therapies: add or edit one, change its dose, stop or restart it, and procedures' relief."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QSpinBox, QWidget

from painlog.domain import clock
from painlog.domain.errors import ValidationError
from painlog.domain.therapy import Procedure, Regimen, SideEffect, Therapy, same_prescription
from painlog.domain.vocabulary import PROCEDURE_KINDS
from painlog.ui.form_dialog import (
    FormDialog,
    choice_input,
    choose,
    chosen,
    date_input,
    date_of,
    datetime_input,
    moment_of,
)
from painlog.ui.plain_text import plain_label
from painlog.ui.regimen_fields import RegimenFields
from painlog.ui.style import set_tone
from painlog.ui.words import INGREDIENTS, KIND_WORDS, NAME_HINTS, SEVERITY_WORDS, STOP_REASON_WORDS, tr, word, words_of
from painlog.wording import QT_TR_NOOP


class TherapyDialog(FormDialog):
    """Add a therapy with its first regimen or procedure; with `therapy`, edit its details only."""

    what = QT_TR_NOOP("this therapy")

    def __init__(self, parent: QWidget | None, *, today: date, therapy: Therapy | None = None) -> None:
        super().__init__(parent, tr("Edit therapy") if therapy else tr("Add a therapy"))
        self._editing = therapy
        self.kind = choice_input(words_of(KIND_WORDS))
        self.name = QLineEdit()
        self.ingredient = QComboBox()
        self.ingredient.setEditable(True)
        self.ingredient.addItem("")
        self.ingredient.addItems(INGREDIENTS)
        self.target = QLineEdit()
        self.target.setPlaceholderText(tr("for example: nerve pain in the left leg"))
        self.prescriber = QLineEdit()
        self.start = date_input(today)
        self.site = QLineEdit()
        self.site.setPlaceholderText(tr("for example: L4–L5, left"))
        self.notes = QLineEdit()
        self.form.addRow(tr("Kind"), self.kind)
        self.form.addRow(tr("Name"), self.name)
        self.form.addRow(tr("Generic name"), self.ingredient)
        self.form.addRow(tr("What it is for"), self.target)
        self.form.addRow(tr("Prescribed by"), self.prescriber)
        self.form.addRow(tr("Start date"), self.start)
        self.form.addRow(tr("Site or level"), self.site)
        self.regimen_fields = RegimenFields(self.form)
        self.form.addRow(tr("Notes"), self.notes)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if therapy is not None:
            choose(self.kind, therapy.kind)
            self.kind.setEnabled(False)
            self.name.setText(therapy.name)
            self.ingredient.setCurrentText(therapy.ingredient or "")
            self.target.setText(therapy.target)
            self.prescriber.setText(therapy.prescriber)
            self.notes.setText(therapy.notes)
        self._kind_changed()
        self.name.setFocus()

    def _kind_changed(self) -> None:
        kind = chosen(self.kind)
        procedure = kind in PROCEDURE_KINDS
        adding = self._editing is None
        self.name.setPlaceholderText(word(NAME_HINTS, kind))
        self.form.setRowVisible(self.ingredient, kind == "medication")
        self.form.setRowVisible(self.start, adding)
        label = self.form.labelForField(self.start)
        if isinstance(label, QLabel):
            label.setText(tr("Date") if procedure else tr("Start date"))
        self.form.setRowVisible(self.site, adding and procedure)
        self.regimen_fields.show_for(kind == "medication", visible=adding and not procedure)

    def value(self) -> tuple[Therapy, Regimen | Procedure | None]:
        therapy = Therapy(
            kind=chosen(self.kind),
            name=self.name.text().strip(),
            ingredient=self.ingredient.currentText().strip().lower() or None
            if chosen(self.kind) == "medication"
            else None,
            target=self.target.text().strip(),
            prescriber=self.prescriber.text().strip(),
            notes=self.notes.text().strip(),
            id=self._editing.id if self._editing else None,
        ).validated()
        if self._editing is not None:
            return therapy, None
        start = date_of(self.start)
        if therapy.is_procedure:
            return therapy, Procedure(0, start, self.site.text().strip()).validated(clock.latest_day())
        return therapy, self.regimen_fields.regimen(0, start)

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, today: date, therapy: Therapy | None = None
    ) -> tuple[Therapy, Regimen | Procedure | None] | None:
        return cls.run(cls(parent, today=today, therapy=therapy))


class RegimenDialog(FormDialog):
    """A new regimen from a date: a dose change of a running therapy, or a restart of a stopped one."""

    what = QT_TR_NOOP("this dose change")

    def __init__(self, parent: QWidget | None, *, therapy: Therapy, base: Regimen, today: date, restart: bool) -> None:
        title = tr("Start {name} again") if restart else tr("Change the dose of {name}")
        super().__init__(parent, title.format(name=therapy.name))
        earliest = (base.end if restart and base.end else base.start) + timedelta(days=1)
        self.start = date_input(max(today, earliest))
        self.start.setMinimumDate(self.start.date().addDays((earliest - max(today, earliest)).days))
        self.form.addRow(tr("From") if not restart else tr("Start date"), self.start)
        self.fields = RegimenFields(self.form)
        self.fields.fill(base)
        self.fields.show_for(therapy.is_medication)
        self._therapy_id = base.therapy_id
        self._base = base
        self.unchanged = plain_label(tr("This is the dose and schedule now: change what is different, then Save."))
        set_tone(self.unchanged, "hint")
        self.unchanged.setWordWrap(True)
        self.layout_.insertWidget(1, self.unchanged)
        self.unchanged.setVisible(False)
        if not restart:  # Save waits for a change, so Enter cannot record the same dose as a change
            self.fields.on_change(self._allow_save)
            self._allow_save()
            (self.fields.amount if therapy.is_medication else self.fields.sessions).setFocus()

    def _allow_save(self) -> None:
        try:
            unchanged = same_prescription(self.fields.regimen(self._therapy_id, date_of(self.start)), self._base)
        except ValidationError:
            unchanged = False  # Save then says what is missing
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not unchanged)
        self.unchanged.setVisible(unchanged)

    def value(self) -> tuple[date, Regimen]:
        start = date_of(self.start)
        return start, self.fields.regimen(self._therapy_id, start)

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, therapy: Therapy, base: Regimen, today: date, restart: bool = False
    ) -> tuple[date, Regimen] | None:
        return cls.run(cls(parent, therapy=therapy, base=base, today=today, restart=restart))


class StopDialog(FormDialog):
    what = QT_TR_NOOP("this stop")

    def __init__(self, parent: QWidget | None, *, therapy: Therapy, current: Regimen, today: date) -> None:
        super().__init__(parent, tr("Stop {name}").format(name=therapy.name))
        self.day = date_input(max(today, current.start))
        self.day.setMinimumDate(self.day.date().addDays((current.start - max(today, current.start)).days))
        self.reason = choice_input(words_of(STOP_REASON_WORDS), placeholder=tr("Choose a reason…"))
        self.form.addRow(tr("Last day"), self.day)
        self.form.addRow(tr("Why"), self.reason)

    def value(self) -> tuple[date, str]:
        if chosen(self.reason) is None:
            raise ValidationError("stop_reason", tr("Choose why the therapy stopped."))
        return date_of(self.day), chosen(self.reason)

    @classmethod
    def ask(cls, parent: QWidget | None, *, therapy: Therapy, current: Regimen, today: date) -> tuple[date, str] | None:
        return cls.run(cls(parent, therapy=therapy, current=current, today=today))


class ProcedureDialog(FormDialog):
    """Another date of a procedure therapy (a repeat injection, the other side)."""

    what = QT_TR_NOOP("this procedure")

    def __init__(self, parent: QWidget | None, *, therapy: Therapy, today: date) -> None:
        super().__init__(parent, tr("Add a date for {name}").format(name=therapy.name))
        self._therapy_id = therapy.id
        self.day = date_input(today)
        self.site = QLineEdit()
        self.notes = QLineEdit()
        self.form.addRow(tr("Date"), self.day)
        self.form.addRow(tr("Site or level"), self.site)
        self.form.addRow(tr("Notes"), self.notes)

    def value(self) -> Procedure:
        return Procedure(self._therapy_id or 0, date_of(self.day), self.site.text().strip(),
                         notes=self.notes.text().strip()).validated(clock.latest_day())  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget | None, *, therapy: Therapy, today: date) -> Procedure | None:
        return cls.run(cls(parent, therapy=therapy, today=today))


class ReliefDialog(FormDialog):
    """How much relief the procedure gave, and when the patient judged it."""

    what = QT_TR_NOOP("this relief score")

    def __init__(self, parent: QWidget | None, *, procedure: Procedure) -> None:
        super().__init__(parent, tr("Relief after the procedure of {day}").format(day=procedure.day.isoformat()))
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(procedure.relief_percent or 0)
        self.at = datetime_input(procedure.relief_at or clock.now(), latest=clock.latest_moment())
        self.form.addRow(tr("Relief (0 % none, 100 % complete)"), self.percent)
        self.form.addRow(tr("Judged on"), self.at)
        self._procedure = procedure

    def value(self) -> tuple[int, datetime]:
        at = moment_of(self.at)
        if at.date() < self._procedure.day:
            raise ValidationError("relief_at", tr("Relief is judged after the procedure, not before."))
        return self.percent.value(), at

    @classmethod
    def ask(cls, parent: QWidget | None, *, procedure: Procedure) -> tuple[int, datetime] | None:
        return cls.run(cls(parent, procedure=procedure))


class SideEffectDialog(FormDialog):
    what = QT_TR_NOOP("this side effect")

    def __init__(self, parent: QWidget | None, *, therapies: list[Therapy], today: date) -> None:
        super().__init__(parent, tr("Report a side effect"))
        self.day = date_input(today, latest=clock.latest_day())
        self.therapy = QComboBox()
        self.therapy.addItem(tr("Not sure / none"), None)
        for therapy in therapies:
            self.therapy.addItem(therapy.name, therapy.id)
        self.description = QLineEdit()
        self.description.setPlaceholderText(tr("for example: dizzy after the evening dose"))
        self.severity = choice_input(words_of(SEVERITY_WORDS), placeholder=tr("Choose…"))
        self.form.addRow(tr("Date"), self.day)
        self.form.addRow(tr("Caused by"), self.therapy)
        self.form.addRow(tr("What happened"), self.description)
        self.form.addRow(tr("How bad"), self.severity)

    def value(self) -> SideEffect:
        if chosen(self.severity) is None:
            raise ValidationError("severity", tr("Choose how bad it was: mild, moderate or severe."))
        return SideEffect(date_of(self.day), self.description.text().strip(), chosen(self.severity),
                          chosen(self.therapy)).validated(clock.latest_day())  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget | None, *, therapies: list[Therapy], today: date) -> SideEffect | None:
        return cls.run(cls(parent, therapies=therapies, today=today))
