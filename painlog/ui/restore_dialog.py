"""Choosing a backup to restore: from the File menu, or when the diary cannot be opened at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from painlog.ui.modal import run_modal
from painlog.ui.plain_text import plain_label
from painlog.ui.words import tr, word
from painlog.wording import QT_TR_NOOP

if TYPE_CHECKING:
    from painlog.storage.backup_folder import BackupInfo

KIND_WORDS = {"daily": QT_TR_NOOP("automatic"), "manual": QT_TR_NOOP("made by hand"),
              "before-restore": QT_TR_NOOP("kept before a restore")}  # fmt: skip


def backup_line(backup: BackupInfo) -> str:
    """One backup as the person sees it: when, what kind, and how many days it holds."""
    entries = backup.entries()
    days = tr("%n day(s) recorded", None, entries) if entries is not None else tr("cannot be read")
    return f"{backup.made:%Y-%m-%d %H:%M} · {word(KIND_WORDS, backup.kind)} · {days}"


class RestoreDialog(QDialog):
    """Pick a backup, with its date, kind and the number of days it holds; `problem` says why it is asked
    (the diary could not be opened), else it is the File menu's restore."""

    def __init__(self, parent: QWidget | None, backups: list[BackupInfo], problem: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("painlog cannot open the diary") if problem else tr("Restore a backup"))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Backups, newest first"))
        for backup in backups:
            item = QListWidgetItem(backup_line(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        choice = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(choice.Ok | (choice.Close if problem else choice.Cancel))
        self.buttons.button(choice.Ok).setText(tr("Restore this backup…") if not problem else tr("Restore this backup"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if problem:
            said = plain_label(problem)
            said.setWordWrap(True)
            layout.addWidget(said)
            layout.addWidget(QLabel(tr("These backups were checked and can be restored, newest first:")))
        layout.addWidget(QLabel(tr("Your diary as it is now is kept aside first, so this can be undone.")))
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @classmethod
    def ask(cls, parent: QWidget | None, backups: list[BackupInfo], problem: str | None = None) -> BackupInfo | None:
        dialog = cls(parent, backups, problem)
        return dialog.chosen() if run_modal(dialog) == QDialog.DialogCode.Accepted else None
