"""The File menu's export entries: the menu title, the suggested file name and the file dialog's filter."""

from __future__ import annotations

from painlog.wording.translator import QT_TR_NOOP

EXPORT_WORDS = {
    "csv": (
        QT_TR_NOOP("Export for a spreadsheet (CSV, zip)…"),
        "painlog-diary.zip",
        QT_TR_NOOP("Zip of CSV files (*.zip)"),
    ),
    "json": (
        QT_TR_NOOP("Export everything (JSON, can be imported again)…"),
        "painlog-diary.json",
        QT_TR_NOOP("JSON (*.json)"),
    ),
    "fhir": (
        QT_TR_NOOP("Export for other health apps (FHIR)…"),
        "painlog-diary.fhir.json",
        QT_TR_NOOP("FHIR JSON (*.json)"),
    ),
}
