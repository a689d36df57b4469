"""A dialog the patient types into: closing it (Esc, Cancel, the window's close button) asks before throwing away
what was entered, and closes at once when nothing was.

Whether anything was entered is told by comparing the fields' plain values with those the dialog opened with.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from painlog.ui import dialogs
from painlog.ui.scale_input import ScaleInput
from painlog.ui.words import tr
from painlog.wording import QT_TR_NOOP


def entries(form: QWidget) -> tuple[object, ...]:
    """What every field in `form` holds now, as plain values (numbers and dates as values, not as shown)."""
    values: list[object] = []
    for field in form.findChildren(QWidget):
        if isinstance(field, ScaleInput | QSpinBox | QDoubleSpinBox):
            values.append(field.value())
        elif isinstance(field, QDateTimeEdit):  # and QDateEdit
            values.append(field.dateTime())
        elif isinstance(field, QComboBox):
            values.append((field.currentIndex(), field.currentText()))
        elif isinstance(field, QLineEdit) and not isinstance(field.parentWidget(), QAbstractSpinBox | QComboBox):
            values.append(field.text())
        elif isinstance(field, QPlainTextEdit):
            values.append(field.toPlainText())
        elif isinstance(field, QAbstractButton) and field.isCheckable():
            values.append(field.isChecked())
    return tuple(values)


class EntryDialog(QDialog):
    what = QT_TR_NOOP("this entry")  # named in the question, as "Discard this flare?"; subclasses name what they hold

    _opened_with: tuple[object, ...] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._opened_with is None:  # the fields as filled in before the patient saw them
            self._opened_with = entries(self)
        super().showEvent(event)

    def entered_anything(self) -> bool:
        return self._opened_with is not None and entries(self) != self._opened_with

    def reject(self) -> None:
        """Esc, Cancel and the close button all come here: keep the dialog open unless the patient agrees."""
        question = tr("Discard {what}? What you entered will be lost.").format(what=tr.known(self.what))
        if self.entered_anything() and not dialogs.ask_discard(self, question):
            return
        super().reject()
