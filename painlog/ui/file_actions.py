"""The File menu's work on the whole diary: back up, restore, export and import, each with plain feedback."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from painlog.exchange.tabular import ImportFileError
from painlog.files import FileWriteError
from painlog.storage.errors import DiaryError
from painlog.ui import dialogs
from painlog.ui.plain_text import plain_label
from painlog.ui.restore_dialog import RestoreDialog
from painlog.ui.words import EXPORT_WORDS, days, refusal, said, tr

if TYPE_CHECKING:
    from painlog.exchange.importing import ImportPlan
    from painlog.session import DiarySession


# What an import adds, table by table, singular and plural.
IMPORT_TABLES = ("checkins", "episodes", "therapies", "regimens", "doses", "side_effects", "visits", "goals")


def import_words(table: str, n: int) -> str:
    """ "3 new days": what an import adds to one table, in Qt's plural forms."""
    return {
        "checkins": lambda: tr("%n new day(s)", None, n),
        "episodes": lambda: tr("%n flare(s)", None, n),
        "therapies": lambda: tr("%n therapy(-ies)", None, n),
        "regimens": lambda: tr("%n dose period(s)", None, n),
        "doses": lambda: tr("%n logged dose(s)", None, n),
        "side_effects": lambda: tr("%n side effect(s)", None, n),
        "visits": lambda: tr("%n visit(s)", None, n),
        "goals": lambda: tr("%n goal(s)", None, n),
    }[table]()


class ImportDialog(QDialog):
    """What an import would add, and what to do with days already in the diary."""

    def __init__(self, parent: QWidget | None, plan: ImportPlan) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import"))
        lines = [tr("From {name} painlog would add:").format(name=plan.source.name)]
        for table in IMPORT_TABLES:
            if added := plan.expected.added.get(table, 0):
                lines.append(f"  • {import_words(table, added)}")
        if len(lines) == 1:
            lines.append("  " + tr("nothing new"))
        if plan.expected.already_there:
            lines.append(tr("%n entry(-ies) in the file already in your diary, not added again.", None,
                            plan.expected.already_there))  # fmt: skip
        summary = plain_label("\n".join(lines))
        self.keep = QRadioButton(tr("Keep the days already in my diary"))
        self.replace = QRadioButton(tr("Replace them with the imported days"))
        self.keep.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.keep)
        group.addButton(self.replace)
        choice = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(choice.Ok | choice.Cancel)
        self.buttons.button(choice.Ok).setText(tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if plan.days_already_there:
            shown = ", ".join(plan.days_already_there[:6]) + (" …" if len(plan.days_already_there) > 6 else "")
            layout.addWidget(QLabel(tr("%n of these day(s) already in your diary ({days}).", None,
                                       len(plan.days_already_there)).format(days=shown)))  # fmt: skip
            layout.addWidget(self.keep)
            layout.addWidget(self.replace)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ImportPlan) -> bool | None:
        """None if cancelled, else whether to replace the days already in the diary."""
        dialog = cls(parent, plan)
        return dialog.replace.isChecked() if dialogs.run_modal(dialog) == QDialog.DialogCode.Accepted else None


class FileActions(QObject):
    """Runs the File menu's actions for a window; `said` carries each outcome as one sentence."""

    said = Signal(str, bool)  # the sentence, and whether it went well
    diary_changed = Signal()  # an import added rows
    restored = Signal(str)  # the diary was replaced by a backup: the window must be built again

    def __init__(self, session: DiarySession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._window = parent

    def auto_backup(self) -> None:
        try:
            made = self._session.auto_backup()
        except DiaryError as error:
            self.said.emit(tr("The daily backup could not be made: {why}").format(why=refusal(error)), False)
            return
        if made is not None:
            self.said.emit(tr("Daily backup made: {path}").format(path=made), True)

    def backup_now(self) -> None:
        try:
            made = self._session.backup_now()
        except DiaryError as error:
            self.said.emit(refusal(error), False)
            return
        self.said.emit(tr("Backup made: {path}").format(path=made), True)

    def restore(self) -> None:
        backups = self._session.backups()
        if not backups:
            self.said.emit(tr("There is no backup yet. Use “Back up now” to make one."), False)
            return
        chosen = RestoreDialog.ask(self._window, backups)
        if chosen is None:
            return
        question = tr("Replace your diary with the backup of {when}? Your diary as it is now is kept aside.").format(
            when=f"{chosen.made:%Y-%m-%d %H:%M}"
        )
        if not dialogs.confirm(self._window, question, tr("Restore")):
            return
        try:
            aside = self._session.restore(chosen.path)
        except DiaryError as error:
            self.said.emit(refusal(error), False)
            return
        self.restored.emit(tr("Restored the backup of {when}. Your diary as it was is kept as {aside}.").format(
            when=f"{chosen.made:%Y-%m-%d %H:%M}", aside=aside))  # fmt: skip

    def export(self, kind: str) -> None:
        title, name, kinds = EXPORT_WORDS[kind]
        path = dialogs.ask_save_path(
            self._window, tr.known(title).rstrip("…"), str(Path.home() / name), tr.known(kinds)
        )
        if path is None:
            return
        suffix = ".zip" if kind == "csv" else ".json"
        out = Path(path if path.lower().endswith(suffix) else path + suffix)
        try:  # the save dialog asked before replacing the name it returned, not one with a suffix added
            self._session.export(kind, out, replace=str(out) == path)
        except (FileWriteError, DiaryError) as error:
            self.said.emit(refusal(error), False)
            return
        self.said.emit(tr("Exported to {path}.").format(path=out), True)

    def import_(self) -> None:
        path = dialogs.ask_open_path(self._window, tr("Import a painlog export"),
                                     tr("painlog exports (*.json *.zip)"))  # fmt: skip
        if path is None:
            return
        try:
            plan = self._session.read_import(Path(path))
        except ImportFileError as error:
            dialogs.show_error(self._window, tr("Nothing was imported"), "\n".join(map(said, error.phrases[:15])))
            return
        replace = ImportDialog.ask(self._window, plan)
        if replace is None:
            return
        try:
            report = self._session.apply_import(plan, replace_days=replace)
        except (ImportFileError, DiaryError) as error:
            problems = list(map(said, error.phrases)) if isinstance(error, ImportFileError) else [refusal(error)]
            dialogs.show_error(self._window, tr("Nothing was imported"), "\n".join(problems[:15]))
            return
        added = sum(report.added.values())
        self.said.emit(tr("Imported {entries} ({kept} already there kept, {replaced} replaced).").format(
            entries=tr("%n entry(-ies)", None, added), kept=days(report.skipped_days),
            replaced=days(report.replaced_days)), True)  # fmt: skip
        self.diary_changed.emit()
