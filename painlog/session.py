"""An open diary and what the File menu does with the whole file: backups, restore, export and import.

No Qt: the app's menus and the tests call the same methods.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from painlog.storage.diary import Diary, applied_migrations, open_diary
from painlog.storage.errors import DiaryWriteError
from painlog.storage.writes import READ_ONLY_WINDOW

if TYPE_CHECKING:  # backups, exports and imports load when first asked for
    from painlog.exchange.importing import ImportPlan
    from painlog.storage.backup_folder import BackupInfo
    from painlog.storage.tables import LoadReport

EXPORT_FORMATS = ("csv", "json", "fhir")


class DiarySession:
    def __init__(
        self, path: Path, diary: Diary | None = None, *, handed_over: bool = False, read_only: bool = False
    ) -> None:
        self.path = Path(path)
        self.diary: Diary = diary or open_diary(self.path, handed_over=handed_over, read_only=read_only)

    @property
    def read_only(self) -> bool:
        """Another painlog has the diary open: this session reads it and refuses every write."""
        return self.diary.read_only

    def close(self) -> None:
        self.diary.close()

    def auto_backup(self) -> Path | None:
        if self.read_only:  # the painlog that has the diary open makes the daily backup
            return None
        from painlog.storage.backup_folder import auto_backup

        return auto_backup(self.diary.conn, self.path, datetime.now())

    def backup_now(self) -> Path:
        from painlog.storage.backup_folder import make_backup

        return make_backup(self.diary.conn, self.path, datetime.now())

    def backups(self) -> list[BackupInfo]:
        from painlog.storage.backup_folder import list_backups

        return list_backups(self.path)

    def restore(self, backup: Path) -> Path | None:
        """Put `backup` in place (the current diary is kept aside first) and open it; returns the kept copy."""
        from painlog.storage.backup_folder import restore
        from painlog.storage.lock import refuse_if_in_use

        refuse_if_in_use(self.path)  # another painlog or program would go on writing to the diary moved aside
        if self.read_only:  # this painlog does not hold the diary's lock, even once the other one has closed
            raise DiaryWriteError(READ_ONLY_WINDOW, values={})
        self.diary.close()
        try:
            aside = restore(self.path, backup, datetime.now())
        finally:
            self.diary = open_diary(self.path)
        return aside

    def export(self, kind: str, out: Path, *, replace: bool = False) -> Path:
        """Write the export; an existing file is replaced only when `replace` (the person asked to)."""
        from painlog.exchange.fhir import procedure_records, write_fhir
        from painlog.exchange.tabular import write_csv, write_json
        from painlog.storage.tables import columns, dump

        if kind == "json":
            return write_json(out, dump(self.diary.conn), applied_migrations(self.diary.conn), datetime.now(),
                              replace=replace)  # fmt: skip
        if kind == "csv":
            return write_csv(out, dump(self.diary.conn), columns(self.diary.conn), replace=replace)
        if kind == "fhir":
            settings = self.diary.settings
            return write_fhir(out, self.diary.checkins.all(), datetime.now(), patient=settings.get("patient_name"),
                              birth_date=settings.get("birth_date"), screens=self.diary.screens.all(),
                              impressions=self.diary.impressions.all(), procedures=procedure_records(self.diary),
                              replace=replace)  # fmt: skip
        raise ValueError(f"unknown export format {kind!r}")

    def read_import(self, path: Path) -> ImportPlan:
        from painlog.exchange.importing import read_export

        return read_export(path, self.diary)

    def apply_import(self, plan: ImportPlan, *, replace_days: bool) -> LoadReport:
        from painlog.exchange.importing import apply

        return apply(plan, self.diary, replace_days=replace_days)
