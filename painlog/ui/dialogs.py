"""Every modal question the app asks, each behind one small function that tests replace.

QMessageBox is imported when a question is first asked, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from painlog.presenters.questions import Elsewhere, Unsaved
from painlog.ui.modal import run_modal
from painlog.ui.plain_text import window_title
from painlog.ui.words import tr

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QMessageBox, QWidget

    from painlog.domain.crisis import CrisisResources
    from painlog.domain.keeping import MissedDays
    from painlog.storage.backup_folder import BackupInfo


def message_box(parent: QWidget | None, icon: str, title: str, text: str, more: str = "") -> QMessageBox:
    """A message box that shows its text literally: it may quote a name or a note the patient typed."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(getattr(QMessageBox.Icon, icon))
    box.setWindowTitle(window_title(title))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if more:
        box.setInformativeText(more)
    return box


def ask_save_changes(parent: QWidget | None) -> Unsaved:
    """Ask what to do with unsaved changes before they would be lost."""
    from PySide6.QtWidgets import QMessageBox

    text = tr("You have changes to this day that are not saved yet.")
    box = message_box(parent, "Question", tr("Unsaved changes"), text, tr("Do you want to save them?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = run_modal(box)
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def ask_changed_elsewhere(parent: QWidget | None, what: str) -> Elsewhere:
    """The day was saved elsewhere since it was opened: show that version, or save these answers over it."""
    from PySide6.QtWidgets import QMessageBox

    more = tr(
        "Reload shows the day as it is saved now, without your changes here. Keep mine saves your answers over it."
    )
    box = message_box(parent, "Warning", tr("Changed elsewhere"), what, more)
    reload = box.addButton(tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    run_modal(box)
    clicked = box.clickedButton()
    return Elsewhere.RELOAD if clicked is reload else Elsewhere.KEEP_MINE if clicked is keep else Elsewhere.CANCEL


def confirm(parent: QWidget | None, text: str, action: str) -> bool:
    """Ask yes/no before something that cannot be undone; `action` names the yes button."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, "Warning", tr("Please confirm"), text)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    run_modal(box)
    return box.clickedButton() is yes


def ask_discard(parent: QWidget | None, question: str) -> bool:
    """Before closing a dialog with something typed in it: True to throw it away; Keep editing is the default."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, "Question", tr("Discard what you entered?"), question)
    discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    run_modal(box)
    return box.clickedButton() is discard


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    run_modal(message_box(parent, "Critical", title, title, text))


def show_about(parent: QWidget | None, version: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        parent,
        tr("About painlog"),
        tr("painlog {version}\nA private pain diary: everything stays in one file on this computer.").format(
            version=version
        ),
    )


def show_keys(parent: QWidget | None, text: str) -> None:
    """The keyboard's keys, listed (Help ▸ Keyboard)."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, "Information", tr("Keyboard"), tr("Everything in painlog works from the keyboard."))
    box.setInformativeText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    run_modal(box)


def ask_text(parent: QWidget | None, title: str, question: str) -> str | None:
    """A short line of text (a reason, a question); None if cancelled or left empty."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog, QLabel

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(window_title(title))
    dialog.setLabelText(question)
    for label in dialog.findChildren(QLabel):  # the question may name a therapy: show it literally
        label.setTextFormat(Qt.TextFormat.PlainText)
    ok = run_modal(dialog) == QInputDialog.DialogCode.Accepted
    return dialog.textValue().strip() or None if ok else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """Where to save a file; None if cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def show_print_preview(parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter], None]) -> None:
    """Qt's print preview of what `paint(printer)` draws; the person may print from it."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    preview = QPrintPreviewDialog(printer, parent)
    preview.paintRequested.connect(paint)
    preview.resize(900, 1000)
    run_modal(preview)


def ask_print(parent: QWidget | None, printer: QPrinter) -> bool:
    """Qt's print dialog; True when the person chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    return run_modal(QPrintDialog(printer, parent)) == QPrintDialog.DialogCode.Accepted


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str | None:
    """A file to open; None if cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_restore_after_error(parent: QWidget | None, problem: str, backups: list[BackupInfo]) -> BackupInfo | None:
    """The diary cannot be opened: offer the backups that passed the check (newest first), each with its date
    and the days it holds, to put in its place (the diary is kept aside); None when the person declines."""
    from painlog.ui.restore_dialog import RestoreDialog

    return RestoreDialog.ask(parent, backups, problem)


class InUse(Enum):
    SHOW = "show"  # bring the painlog that has the diary open to the front, and quit this one
    READ_ONLY = "read-only"  # open the diary here to look at, changing nothing
    QUIT = "quit"


def ask_diary_in_use(parent: QWidget | None, problem: str, can_show: bool) -> InUse:
    """Another painlog has the diary open (`problem` says which): show it, open read-only, or quit.
    `can_show`: it runs on this computer, so its window can be brought to the front."""
    from PySide6.QtWidgets import QMessageBox

    more = tr("Go to that window, or open the diary here read-only: you can see every page, but nothing can be "
              "changed here.")  # fmt: skip
    box = message_box(parent, "Information", tr("The diary is already open"), problem, more)
    show = box.addButton(tr("Show the open painlog"), QMessageBox.ButtonRole.AcceptRole) if can_show else None
    read_only = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(show or read_only)
    run_modal(box)
    if show is not None and box.clickedButton() is show:
        return InUse.SHOW
    return InUse.READ_ONLY if box.clickedButton() is read_only else InUse.QUIT


def show_crisis(parent: QWidget | None, resources: CrisisResources) -> None:
    """Where to turn now, shown the moment PHQ-9 question 9 is answered above "Not at all"."""
    from painlog.ui.crisis_dialog import CrisisDialog

    run_modal(CrisisDialog(parent, resources))


def ask_go_on(parent: QWidget | None, text: str, form: str) -> bool:
    """A short form screened positive: go on to the full form now? True to go on."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, "Question", tr("One more questionnaire"), text)
    go_on = box.addButton(tr("Go on to the {form}").format(form=form), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go_on)
    run_modal(box)
    return box.clickedButton() is go_on


def show_still_running(parent: QWidget | None) -> None:
    """Said once, the first time the window is closed while the reminder keeps painlog in the tray."""
    from PySide6.QtWidgets import QMessageBox

    text = tr("painlog keeps running in the system tray, so it can remind you to fill in your diary.")
    more = tr("To open it again, click its icon in the tray. To stop it, choose Quit painlog in the icon's menu.")
    box = message_box(parent, "Information", tr("painlog is still running"), text, more)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    run_modal(box)


def ask_missed_days(parent: QWidget | None, missed: MissedDays, today: date,
                    mark: Callable[[Sequence[date]], str | None]) -> date | None:  # fmt: skip
    """Days without an entry since the last one: fill one in (the day is returned, for the editor to open on),
    mark days "didn't record" (`mark` writes them at the click), or close; None unless a day is to be filled."""
    from painlog.ui.missed_days_dialog import MissedDaysDialog

    dialog = MissedDaysDialog(parent, missed, today, mark)
    run_modal(dialog)
    return dialog.fill_day
