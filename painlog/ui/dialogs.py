"""Every modal question the app asks, each behind one small function that tests replace.

QMessageBox is imported when a question is first asked, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from painlog.ui.words import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget | None) -> Unsaved:
    """Ask what to do with unsaved changes before they would be lost."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("You have changes to this day that are not saved yet."))
    box.setInformativeText(tr("Do you want to save them?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def confirm(parent: QWidget | None, text: str, action: str) -> bool:
    """Ask yes/no before something that cannot be undone; `action` names the yes button."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Please confirm"))
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(text)
    box.exec()


def show_about(parent: QWidget | None, version: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        parent,
        tr("About painlog"),
        tr("painlog {version}\nA private pain diary: everything stays in one file on this computer.").format(
            version=version
        ),
    )


def ask_text(parent: QWidget | None, title: str, question: str) -> str | None:
    """A short line of text (a reason, a question); None if cancelled or left empty."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, question)
    return text.strip() or None if ok else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """Where to save a file; None if cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def show_print_preview(parent: QWidget | None, printer: object, paint: Callable[[object], None]) -> None:
    """Qt's print preview of what `paint(printer)` draws; the person may print from it."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    preview = QPrintPreviewDialog(printer, parent)
    preview.paintRequested.connect(paint)
    preview.resize(900, 1000)
    preview.exec()


def ask_print(parent: QWidget | None, printer: object) -> bool:
    """Qt's print dialog; True when the person chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str | None:
    """A file to open; None if cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_restore_after_error(parent: QWidget | None, problem: str, newest: object) -> bool:
    """The diary cannot be opened: offer to put the newest backup in its place (the diary is kept aside)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("painlog cannot open the diary"))
    box.setText(tr("painlog cannot open the diary"))
    box.setInformativeText(problem)
    restore = box.addButton(tr("Restore the backup of {when}").format(when=f"{newest:%Y-%m-%d %H:%M}"),
                            QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is restore


class InUse(Enum):
    SHOW = "show"  # bring the painlog that has the diary open to the front, and quit this one
    READ_ONLY = "read-only"  # open the diary here to look at, changing nothing
    QUIT = "quit"


def ask_diary_in_use(parent: QWidget | None, problem: str, can_show: bool) -> InUse:
    """Another painlog has the diary open (`problem` says which): show it, open read-only, or quit.
    `can_show`: it runs on this computer, so its window can be brought to the front."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("The diary is already open"))
    box.setText(problem)
    box.setInformativeText(tr("Go to that window, or open the diary here read-only: you can see every page, "
                              "but nothing can be changed here."))  # fmt: skip
    show = box.addButton(tr("Show the open painlog"), QMessageBox.ButtonRole.AcceptRole) if can_show else None
    read_only = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(show or read_only)
    box.exec()
    if show is not None and box.clickedButton() is show:
        return InUse.SHOW
    return InUse.READ_ONLY if box.clickedButton() is read_only else InUse.QUIT
